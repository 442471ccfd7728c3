// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map/maprenderer.h>

#include "townbasemap.h"

#include <cc/geo/geocoder.h>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtConcurrent>

#include <cmath>

namespace Cc::Map {

Viewport Viewport::fit(const QRectF &extent, const QSize &size)
{
    Viewport v;
    v.size = size;
    v.center = extent.center();
    v.xScale = std::cos(v.center.y() * M_PI / 180.0);
    const double upX = extent.width() * v.xScale / std::max(1, size.width());
    const double upY = extent.height() / std::max(1, size.height());
    v.unitsPerPixel = std::max({upX, upY, 1e-9}) * 1.05;
    return v;
}

QList<LayerSettings> defaultLayers()
{
    return {{LayerKind::Basemap, true, true, 1.0}, // street and place names of the town basemap
            {LayerKind::Streets, true, false, 0.6},
            {LayerKind::Communities, true, false, 1.0},
            {LayerKind::ResponsibilityGrids, true, true, 1.0},
            {LayerKind::UnitGrids, true, true, 1.0},
            {LayerKind::Components, false, false, 1.0},
            {LayerKind::Cases, true, false, 1.0},
            {LayerKind::Cameras, true, true, 1.0},
            {LayerKind::Collectors, true, true, 1.0}};
}

QColor componentColor(quint16 category)
{
    // GB/T 30428.2 大类: 01 公用设施, 02 道路交通, 03 市容环境, 04 园林绿化, 05 房屋土地, 06 其他, 21 扩展.
    switch (category / 100) {
    case 1:
        return QColor(0x1f, 0x77, 0xb4);
    case 2:
        return QColor(0x8c, 0x56, 0x4b);
    case 3:
        return QColor(0x94, 0x67, 0xbd);
    case 4:
        return QColor(0x2c, 0xa0, 0x2c);
    case 5:
        return QColor(0xbc, 0xbd, 0x22);
    case 6:
        return QColor(0x7f, 0x7f, 0x7f);
    default:
        return QColor(0x17, 0xbe, 0xcf);
    }
}

QColor caseColor(CaseLook look)
{
    switch (look) {
    case CaseLook::Intake:
        return QColor(0x33, 0x88, 0xee);
    case CaseLook::Dispatch:
        return QColor(0xee, 0x99, 0x00);
    case CaseLook::Disposal:
        return QColor(0xdd, 0x66, 0x00);
    case CaseLook::Check:
        return QColor(0x22, 0xaa, 0x55);
    case CaseLook::Hung:
        return QColor(0x88, 0x55, 0xaa);
    case CaseLook::Overdue:
        return QColor(0xe0, 0x10, 0x10);
    case CaseLook::Closed:
        return QColor(0x99, 0x99, 0x99, 0x90);
    case CaseLook::Invalid:
        break;
    }
    return Qt::black;
}

namespace {

/// Polls the feedback every 256 features: cheap enough for the densest layer, and a
/// cancelled job stops within a millisecond or so.
class CancelCheck
{
public:
    explicit CancelCheck(const RenderFeedback *feedback) : m_feedback(feedback) {}
    bool operator()() { return m_feedback && (++m_count & 255u) == 0 && m_feedback->isCancelled(); }

private:
    const RenderFeedback *m_feedback;
    unsigned m_count = 0;
};

QPolygonF toPixels(const Geo::Ring &ring, const Viewport &v)
{
    QPolygonF out;
    out.reserve(ring.size());
    for (const QPointF &p : ring)
        out.append(v.toPixel(p));
    return out;
}

QPainterPath pathOf(const Geo::PolygonRings &polygon, const Viewport &v)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Geo::Ring &ring : polygon)
        path.addPolygon(toPixels(ring, v));
    return path;
}

void label(QPainter &p, const QPointF &at, const QString &text, const QColor &color)
{
    const QFontMetricsF fm(p.font());
    const QRectF r(at.x() - fm.horizontalAdvance(text) / 2, at.y() - fm.height() / 2,
                   fm.horizontalAdvance(text), fm.height());
    // A halo keeps labels readable over any fill.
    p.setPen(QPen(QColor(255, 255, 255, 200), 3));
    QPainterPath path;
    path.addText(r.left(), r.top() + fm.ascent(), p.font(), text);
    p.strokePath(path, QPen(QColor(255, 255, 255, 220), 3));
    p.fillPath(path, color);
}

void drawAreas(QPainter &p, const QList<AreaFeature> &areas, const Viewport &v, const QPen &pen,
               const QList<QColor> &fills, bool labels, double minLabelPx, bool useName,
               CancelCheck &cancelled)
{
    const QRectF view = v.extent();
    p.setRenderHint(QPainter::Antialiasing, true);
    int i = 0;
    for (const AreaFeature &a : areas) {
        if (cancelled())
            return;
        const QColor fill = fills.isEmpty() ? QColor(Qt::transparent) : fills[i++ % fills.size()];
        if (!a.bounds.intersects(view) && !view.contains(a.bounds.center()))
            continue;
        const QPainterPath path = pathOf(a.geom, v);
        if (fill.alpha() > 0)
            p.fillPath(path, fill);
        p.strokePath(path, pen);
    }
    if (!labels)
        return;
    for (const AreaFeature &a : areas) {
        if (!a.bounds.intersects(view))
            continue;
        const double widthPx = a.bounds.width() * v.xScale / v.unitsPerPixel;
        if (widthPx < minLabelPx)
            continue;
        label(p, v.toPixel(a.bounds.center()), useName ? a.name : a.code, pen.color().darker(130));
    }
}

void drawGrids(QPainter &p, const QList<GridPolygon> &grids, const Viewport &v, bool labels,
               CancelCheck &cancelled)
{
    const QRectF view = v.extent();
    p.setRenderHint(QPainter::Antialiasing, true);
    // Fainter when zoomed out, where the grids are dense and the town beneath should show.
    const bool far = v.metresPerPixel() > 4;
    const QPen pen(QColor(0x40, 0x60, 0x90, far ? 120 : 200), far ? 0.8 : 1);
    QFont font = p.font();
    font.setPixelSize(11);
    p.setFont(font);
    const QFontMetricsF fm(font);
    for (const GridPolygon &g : grids) {
        if (cancelled())
            return;
        const QRectF b = Geo::boundsOf(g.geom);
        if (!b.intersects(view))
            continue;
        p.strokePath(pathOf(g.geom, v), pen);
        if (!labels)
            continue;
        const double widthPx = b.width() * v.xScale / v.unitsPerPixel;
        // The full code when it fits, else its community-local sequence.
        const QString text = widthPx > fm.horizontalAdvance(g.code) + 6 ? g.code
                             : widthPx > fm.horizontalAdvance(QStringLiteral("0000")) + 4
                                 ? g.code.right(4)
                                 : QString();
        if (!text.isEmpty())
            label(p, v.toPixel(b.center()), text, QColor(0x20, 0x40, 0x70));
    }
}

void drawSymbol(QPainter &p, const QPointF &c, double r, int shape)
{
    switch (shape % 4) {
    case 0:
        p.drawEllipse(c, r, r);
        break;
    case 1:
        p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        break;
    case 2:
        p.drawPolygon(
            QPolygonF{{c.x(), c.y() - r}, {c.x() + r, c.y() + r}, {c.x() - r, c.y() + r}});
        break;
    default:
        p.drawPolygon(QPolygonF{{c.x(), c.y() - r},
                                {c.x() + r, c.y()},
                                {c.x(), c.y() + r},
                                {c.x() - r, c.y()}});
    }
}

void drawComponents(QPainter &p, const std::vector<PointFeature> &points, const Viewport &v,
                    bool labels, CancelCheck &cancelled)
{
    const QRectF view = v.extent();
    const bool detailed = v.metresPerPixel() < 2.0; // per-小类 symbols when zoomed in
    p.setRenderHint(QPainter::Antialiasing, detailed);
    quint16 lastCategory = 0xffff;
    QColor color;
    for (const PointFeature &f : points) {
        if (cancelled())
            return;
        if (!view.contains(f.pos))
            continue;
        if (f.category != lastCategory) {
            lastCategory = f.category;
            color = componentColor(f.category);
            p.setBrush(color);
            p.setPen(detailed ? QPen(color.darker(150), 1) : Qt::NoPen);
        }
        const QPointF c = v.toPixel(f.pos);
        if (detailed) {
            drawSymbol(p, c, 4, f.category % 100);
        } else {
            p.fillRect(QRectF(c.x() - 1, c.y() - 1, 2, 2), color);
        }
    }
    if (labels && detailed) {
        for (const PointFeature &f : points) {
            if (cancelled())
                return;
            if (view.contains(f.pos))
                label(p, v.toPixel(f.pos) + QPointF(0, 10), f.label, QColor(0x30, 0x30, 0x30));
        }
    }
}

void drawCases(QPainter &p, const std::vector<PointFeature> &cases, const Viewport &v, bool labels,
               CancelCheck &cancelled)
{
    const QRectF view = v.extent();
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const PointFeature &f : cases) {
        if (cancelled())
            return;
        if (!view.contains(f.pos))
            continue;
        const QPointF c = v.toPixel(f.pos);
        const QColor color = caseColor(f.look);
        if (f.look == CaseLook::Closed) {
            p.fillRect(QRectF(c.x() - 1, c.y() - 1, 2, 2), color);
            continue;
        }
        p.setBrush(color);
        p.setPen(QPen(color.darker(160), 1));
        p.drawEllipse(c, 3.5, 3.5);
        if (labels)
            label(p, c + QPointF(0, -10), f.code, color.darker(140));
    }
}

void drawMarkers(QPainter &p, const std::vector<PointFeature> &points, const Viewport &v,
                 bool labels, const QColor &color, bool camera, CancelCheck &cancelled)
{
    const QRectF view = v.extent();
    p.setRenderHint(QPainter::Antialiasing, true);
    QFont font = p.font();
    font.setPixelSize(11);
    p.setFont(font);
    for (const PointFeature &f : points) {
        if (cancelled())
            return;
        if (!view.contains(f.pos))
            continue;
        const QPointF c = v.toPixel(f.pos);
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(color);
        if (camera) {
            p.drawRoundedRect(QRectF(c.x() - 6, c.y() - 4, 9, 8), 1.5, 1.5);
            p.drawPolygon(
                QPolygonF{{c.x() + 3, c.y()}, {c.x() + 7, c.y() - 4}, {c.x() + 7, c.y() + 4}});
        } else {
            p.drawEllipse(c, 5, 5);
        }
        if (labels && v.metresPerPixel() < 4) // names only where they do not pile up
            label(p, c + QPointF(0, 13), f.label, color.darker(130));
    }
}

} // namespace

QImage renderLayer(const RenderInput &input, LayerKind kind, const Viewport &v, bool labels,
                   const RenderFeedback *feedback)
{
    if (feedback && feedback->isCancelled())
        return {};
    CancelCheck cancelled(feedback);
    QImage image(v.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);
    const MapData *d = input.data.get();
    switch (kind) {
    case LayerKind::Streets:
        if (d) {
            // Over a town basemap only a tint, so its streets and blocks show through.
            const int alpha = d->basemapAreas.isEmpty() ? 255 : 40;
            QList<QColor> fills{QColor(0xf0, 0xd9, 0xa8), QColor(0xc8, 0xe4, 0xb8),
                                QColor(0xc4, 0xd4, 0xf0), QColor(0xf2, 0xc4, 0xc4),
                                QColor(0xdc, 0xcc, 0xf0)};
            for (QColor &c : fills)
                c.setAlpha(alpha);
            drawAreas(p, d->streets, v, QPen(QColor(0x70, 0x70, 0x70), 2), fills, labels, 120, true,
                      cancelled);
        }
        break;
    case LayerKind::Communities:
        if (d)
            drawAreas(p, d->communities, v, QPen(QColor(0x55, 0x88, 0x55), 1.5, Qt::DashLine), {},
                      labels, 90, true, cancelled);
        break;
    case LayerKind::ResponsibilityGrids:
        if (d)
            drawAreas(p, d->responsibilityGrids, v, QPen(QColor(0xe0, 0x70, 0x10), 2.5), {}, labels,
                      60, false, cancelled);
        break;
    case LayerKind::UnitGrids:
        drawGrids(p, input.grids, v, labels, cancelled);
        break;
    case LayerKind::Components:
        if (d)
            drawComponents(p, d->components, v, labels, cancelled);
        break;
    case LayerKind::Cases:
        if (d)
            drawCases(p, d->cases, v, labels, cancelled);
        break;
    case LayerKind::Cameras:
        if (d)
            drawMarkers(p, d->cameras, v, labels, QColor(0x10, 0x60, 0xd0), true, cancelled);
        break;
    case LayerKind::Collectors:
        if (input.collectors)
            drawMarkers(p, *input.collectors, v, labels, QColor(0x10, 0x99, 0x50), false,
                        cancelled);
        else if (d)
            drawMarkers(p, d->collectors, v, labels, QColor(0x10, 0x99, 0x50), false, cancelled);
        break;
    case LayerKind::Basemap:
        if (input.basemap) {
            // The raster's own lon/lat grid is drawn into the viewport's extent (the x
            // shrink by cos(latitude) is a linear scale, so the extent maps exactly).
            p.drawImage(QPointF(0, 0), input.basemap->render(v.extent(), v.size));
        } else if (d && !drawTownBasemap(p, *d, v, labels, feedback)) {
            p.end();
            return {};
        }
        break;
    case LayerKind::Invalid:
        break;
    }
    p.end();
    if (feedback && feedback->isCancelled())
        return {}; // a half-drawn picture must never reach the cache
    return image;
}

// ------------------------------------------------------------------------------ renderer

struct MapRenderer::Job
{
    int layer = 0;
    quint64 key = 0;
    Viewport viewport;
    std::shared_ptr<RenderFeedback> feedback = std::make_shared<RenderFeedback>();
    QFutureWatcher<QImage> *watcher = nullptr; ///< a child of the renderer
};

MapRenderer::MapRenderer(QObject *parent) : QObject(parent), m_pool(QThreadPool::globalInstance())
{}

MapRenderer::~MapRenderer()
{
    // Never wait for a worker here: each holds its own snapshot of the input, so it may
    // finish after we are gone; told to stop, it does so at its next check.
    cancelWithoutBlocking();
}

void MapRenderer::setData(std::shared_ptr<const MapData> data)
{
    m_input.data = std::move(data);
    ++m_dataRevision;
}

void MapRenderer::setGrids(const QList<GridPolygon> &grids, int revision)
{
    m_input.grids = grids;
    m_gridRevision = revision;
}

void MapRenderer::setBasemap(std::shared_ptr<const Geo::RasterSource> basemap)
{
    m_input.basemap = std::move(basemap);
    ++m_basemapRevision;
}

void MapRenderer::setCollectors(std::vector<PointFeature> collectors)
{
    m_input.collectors = std::make_shared<const std::vector<PointFeature>>(std::move(collectors));
    ++m_collectorRevision;
}

void MapRenderer::setLayers(const QList<LayerSettings> &layers)
{
    m_layers = layers;
}

quint64 MapRenderer::keyOf(const LayerSettings &s) const
{
    quint64 key = quint64(s.kind) * 1000003u + (s.labels ? 1 : 0);
    key = key * 1000003u + quint64(s.kind == LayerKind::UnitGrids ? m_gridRevision : 0);
    key = key * 1000003u + quint64(s.kind == LayerKind::Basemap ? m_basemapRevision : 0);
    key = key * 1000003u + quint64(s.kind == LayerKind::Collectors ? m_collectorRevision : 0);
    return key * 1000003u + quint64(m_dataRevision);
}

void MapRenderer::render(const Viewport &viewport)
{
    for (const LayerSettings &s : m_layers) {
        if (!s.visible)
            continue;
        const int layer = int(s.kind);
        const quint64 key = keyOf(s);
        const auto it = m_cache.constFind(layer);
        if (it != m_cache.cend() && it->valid && it->key == key && it->viewport == viewport)
            continue;
        bool running = false;
        for (Job *j : QList<Job *>(m_jobs)) {
            if (j->layer != layer)
                continue;
            if (j->key == key && j->viewport == viewport)
                running = true;
            else
                forget(j); // superseded: its picture would only be overwritten
        }
        if (running)
            continue;
        auto *job = new Job;
        job->layer = layer;
        job->key = key;
        job->viewport = viewport;
        job->watcher = new QFutureWatcher<QImage>(this);
        connect(job->watcher, &QFutureWatcher<QImage>::finished, this,
                [this, job] { finish(job); });
        m_jobs.append(job);
        job->watcher->setFuture(
            QtConcurrent::run(m_pool, [input = m_input, kind = s.kind, viewport, labels = s.labels,
                                       feedback = job->feedback] {
                return renderLayer(input, kind, viewport, labels, feedback.get());
            }));
    }
}

void MapRenderer::finish(Job *job)
{
    const QImage image = job->watcher->result();
    if (!image.isNull())
        m_cache[job->layer] = {image, job->viewport, job->key, true};
    forget(job);
    emit ready();
}

void MapRenderer::forget(Job *job)
{
    job->feedback->cancel(); // a finished job ignores it
    m_jobs.removeOne(job);
    job->watcher->disconnect(this);
    // Not deleted at once: this may run inside the watcher's own finished() signal.
    job->watcher->deleteLater();
    delete job;
}

void MapRenderer::cancelWithoutBlocking()
{
    while (!m_jobs.isEmpty())
        forget(m_jobs.first());
}

void MapRenderer::compose(QPainter &painter, const Viewport &viewport) const
{
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (const LayerSettings &s : m_layers) {
        if (!s.visible)
            continue;
        const auto it = m_cache.constFind(int(s.kind));
        if (it == m_cache.cend() || !it->valid)
            continue;
        painter.setOpacity(s.opacity);
        if (it->viewport == viewport) {
            painter.drawImage(QPointF(0, 0), it->image);
            continue;
        }
        // Cached pan/zoom: place the old picture where its map now is.
        const Viewport &old = it->viewport;
        const double scale = old.unitsPerPixel / viewport.unitsPerPixel;
        const QPointF topLeft = viewport.toPixel(old.toMap(QPointF(0, 0)));
        painter.drawImage(QRectF(topLeft, QSizeF(old.size) * scale), it->image);
    }
    painter.restore();
}

bool MapRenderer::isRendering() const
{
    return !m_jobs.isEmpty();
}

void MapRenderer::waitForFinished()
{
    // Takes each picture directly: no event loop runs here (the queued finished() signals
    // die with their watchers).
    while (!m_jobs.isEmpty()) {
        Job *job = m_jobs.first();
        job->watcher->waitForFinished();
        finish(job);
    }
}

QImage MapRenderer::renderAll(const RenderInput &input, const QList<LayerSettings> &layers,
                              const Viewport &viewport)
{
    QList<LayerSettings> visible;
    for (const LayerSettings &s : layers)
        if (s.visible)
            visible << s;
    const QList<QImage> images = QtConcurrent::blockingMapped(visible, [&](const LayerSettings &s) {
        return renderLayer(input, s.kind, viewport, s.labels);
    });
    QImage out(viewport.size, QImage::Format_ARGB32_Premultiplied);
    out.fill(QColor(0xfa, 0xfa, 0xf7));
    QPainter p(&out);
    for (int i = 0; i < visible.size(); ++i) {
        p.setOpacity(visible[i].opacity);
        p.drawImage(0, 0, images[i]);
    }
    return out;
}

} // namespace Cc::Map
