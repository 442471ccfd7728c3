// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map_widgets/mapcanvas.h>

#include <cc/geo/geocoder.h>
#include <cc/geo/operations.h>
#include <cc/map/snapping.h>

#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Cc::MapWidgets {

using namespace Cc::Map;

namespace {

constexpr double kHandlePx = 7;

QString caseLookName(CaseLook look)
{
    switch (look) {
    case CaseLook::Intake:
        return MapCanvas::tr("being filed");
    case CaseLook::Dispatch:
        return MapCanvas::tr("awaiting dispatch or sign-for");
    case CaseLook::Disposal:
        return MapCanvas::tr("being disposed");
    case CaseLook::Check:
        return MapCanvas::tr("checking and closing");
    case CaseLook::Hung:
        return MapCanvas::tr("shelved");
    case CaseLook::Overdue:
        return MapCanvas::tr("overdue");
    case CaseLook::Closed:
        return MapCanvas::tr("closed");
    case CaseLook::Invalid:
        break;
    }
    return {};
}

} // namespace

MapCanvas::MapCanvas(GridDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_renderer.setLayers(defaultLayers());
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(40); // coalesce wheel steps and drag moves into one render
    connect(&m_renderTimer, &QTimer::timeout, this, [this] { m_renderer.render(m_viewport); });
    connect(&m_renderer, &MapRenderer::ready, this, qOverload<>(&QWidget::update));
    connect(m_doc, &GridDocument::changed, this, [this] {
        m_renderer.setGrids(m_doc->grids(), m_doc->revision());
        if (!m_selected.isEmpty() && !m_doc->grid(m_selected))
            m_selected.clear();
        m_mergeSelection.removeIf([this](const QString &id) { return !m_doc->grid(id); });
        scheduleRender();
        update();
    });
    m_renderer.setGrids(m_doc->grids(), m_doc->revision());
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setData(std::shared_ptr<const MapData> data)
{
    m_data = std::move(data);
    m_renderer.setData(m_data);
    if (!m_fitted)
        zoomToExtent();
    scheduleRender();
}

void MapCanvas::setLayers(const QList<LayerSettings> &layers)
{
    m_renderer.setLayers(layers);
    scheduleRender();
    update();
}

void MapCanvas::setBasemap(std::shared_ptr<const Geo::RasterSource> basemap)
{
    m_renderer.setBasemap(std::move(basemap));
    scheduleRender();
    update();
}

void MapCanvas::setCollectors(std::vector<PointFeature> collectors)
{
    m_liveCollectors = collectors;
    m_renderer.setCollectors(std::move(collectors));
    scheduleRender();
}

void MapCanvas::setViewport(const Viewport &viewport)
{
    m_viewport = viewport;
    m_viewport.size = size();
    scheduleRender();
    update();
    emit viewportChanged();
}

void MapCanvas::zoomToRect(const QRectF &lonLat)
{
    if (lonLat.isNull() && lonLat.width() <= 0)
        return;
    Viewport v = Viewport::fit(lonLat, size());
    if (m_fitted)
        v.xScale = m_viewport.xScale; // keep the projection of the session
    m_fitted = true;
    setViewport(v);
}

void MapCanvas::zoomToExtent()
{
    QRectF extent = m_data ? m_data->extent : QRectF();
    for (const GridPolygon &g : m_doc->grids())
        extent = extent.isNull() ? Geo::boundsOf(g.geom) : extent.united(Geo::boundsOf(g.geom));
    if (!extent.isNull())
        zoomToRect(extent);
}

void MapCanvas::zoomToPoint(const QPointF &lonLat, double metresPerPixel)
{
    m_userMoved = true;
    Viewport v = m_viewport;
    v.center = lonLat;
    v.unitsPerPixel = metresPerPixel / Geo::metresPerDegree();
    setViewport(v);
}

bool MapCanvas::zoomToCode(const QString &code)
{
    const QString c = code.trimmed();
    if (c.isEmpty())
        return false;
    m_userMoved = true;
    if (const auto g = m_doc->gridByCode(c)) {
        const QRectF b = Geo::boundsOf(g->geom);
        zoomToRect(
            b.adjusted(-b.width() * 0.3, -b.height() * 0.3, b.width() * 0.3, b.height() * 0.3));
        selectGrid(g->id);
        return true;
    }
    for (const auto &area : m_doc->responsibilityGrids() + m_doc->communities()) {
        if (area.code == c) {
            zoomToRect(Geo::boundsOf(area.geom));
            return true;
        }
    }
    if (m_data) {
        for (const auto *list : {&m_data->cases, &m_data->cameras, &m_data->components}) {
            for (const PointFeature &f : *list) {
                if (f.code == c || (list == &m_data->cameras && f.label == c)) {
                    zoomToPoint(f.pos, 1.0);
                    return true;
                }
            }
        }
    }
    return false;
}

void MapCanvas::zoomBy(double factor, const QPointF &aroundPx)
{
    // Keep the map point under the cursor where it is.
    const QPointF anchor = m_viewport.toMap(aroundPx);
    Viewport v = m_viewport;
    v.unitsPerPixel = std::clamp(v.unitsPerPixel / factor, 1e-8, 1.0);
    const QPointF moved = v.toMap(aroundPx);
    v.center += anchor - moved;
    setViewport(v);
}

void MapCanvas::setTool(Tool tool)
{
    m_tool = tool;
    m_sketch.clear();
    if (tool != Tool::Merge)
        m_mergeSelection.clear();
    setCursor(tool == Tool::Identify ? Qt::ArrowCursor : Qt::CrossCursor);
    update();
}

void MapCanvas::selectGrid(const QString &id)
{
    m_selected = id;
    update();
}

void MapCanvas::setProblems(const QList<Geo::Problem> &problems)
{
    m_problems = problems;
    update();
}

void MapCanvas::renderNow()
{
    m_renderTimer.stop();
    m_renderer.render(m_viewport);
    m_renderer.waitForFinished();
    update();
}

void MapCanvas::scheduleRender()
{
    if (!m_renderTimer.isActive())
        m_renderTimer.start();
}

void MapCanvas::report(const Result<void> &result)
{
    if (!result)
        emit editRefused(result.error().message);
}

// ------------------------------------------------------------------------------ queries

MapCanvas::Handle MapCanvas::handleAt(const QPointF &px) const
{
    Handle best;
    const auto g = m_doc->grid(m_selected);
    if (!g)
        return best;
    double bestD = kHandlePx;
    for (int r = 0; r < g->geom.size(); ++r) {
        const Geo::Ring &ring = g->geom[r];
        for (int i = 0; i + 1 < ring.size(); ++i) {
            const QPointF v = m_viewport.toPixel(ring[i]);
            const double d = std::hypot(v.x() - px.x(), v.y() - px.y());
            if (d <= bestD) {
                bestD = d;
                best = {true, false, {g->id, r, i}, ring[i]};
            }
        }
    }
    if (best.found)
        return best;
    for (int r = 0; r < g->geom.size(); ++r) {
        const Geo::Ring &ring = g->geom[r];
        for (int i = 0; i + 1 < ring.size(); ++i) {
            const QPointF mid = (ring[i] + ring[i + 1]) / 2;
            const QPointF m = m_viewport.toPixel(mid);
            const double d = std::hypot(m.x() - px.x(), m.y() - px.y());
            if (d <= bestD) {
                bestD = d;
                best = {true, true, {g->id, r, i}, mid};
            }
        }
    }
    return best;
}

QPointF MapCanvas::snapped(const QPointF &px, const QString &exclude, bool *didSnap) const
{
    Snapper snapper(*m_doc);
    snapper.xScale = m_viewport.xScale;
    const SnapResult s = snapper.snap(m_viewport.toMap(px),
                                      snapTolerancePx * m_viewport.unitsPerPixel, exclude);
    if (didSnap)
        *didSnap = s.kind != SnapResult::Kind::None;
    return s.kind == SnapResult::Kind::None ? m_viewport.toMap(px) : s.point;
}

MapCanvas::Identified MapCanvas::describePoint(LayerKind layer, const PointFeature &f) const
{
    const QString where = Geo::formatLonLat(f.pos);
    switch (layer) {
    case LayerKind::Cameras:
        return {LayerKind::Cameras,
                f.id,
                tr("Camera %1").arg(f.label),
                {{tr("Name"), f.label}, {tr("Component"), f.code}, {tr("Location"), where}},
                f.pos};
    case LayerKind::Collectors:
        return {LayerKind::Collectors,
                f.id,
                tr("Collector %1").arg(f.label),
                {{tr("Login"), f.code}, {tr("Location"), where}},
                f.pos};
    case LayerKind::Cases:
        return {LayerKind::Cases,
                f.id,
                tr("Case %1").arg(f.code),
                {{tr("Number"), f.code},
                 {tr("State"), caseLookName(f.look)},
                 {tr("Description"), f.label},
                 {tr("Location"), where}},
                f.pos};
    case LayerKind::Components:
        return {LayerKind::Components,
                f.id,
                tr("Component %1").arg(f.code),
                {{tr("Id"), f.code},
                 {tr("Name"), f.label},
                 {tr("Class"), QStringLiteral("%1").arg(f.category, 4, 10, QLatin1Char('0'))},
                 {tr("Location"), where}},
                f.pos};
    default:
        return {};
    }
}

MapCanvas::Identified MapCanvas::describeGrid(const GridPolygon &g, const QPointF &clicked) const
{
    return {LayerKind::UnitGrids,
            g.id,
            tr("Unit grid %1").arg(g.code),
            {{tr("Code"), g.code},
             {tr("Community"), g.communityCode},
             {tr("Responsibility grid"), g.responsibilityCode},
             {tr("Area"), tr("%1 m²").arg(Geo::areaM2(g.geom), 0, 'f', 0)},
             {tr("Version"), QString::number(g.version)},
             {tr("Clicked at"), Geo::formatLonLat(clicked)}},
            clicked};
}

MapCanvas::Identified MapCanvas::identifyAt(const QPointF &px) const
{
    Identified out;
    const QPointF at = m_viewport.toMap(px);
    QHash<int, bool> visible;
    for (const LayerSettings &s : m_renderer.layers())
        visible.insert(int(s.kind), s.visible);
    const double tolerance = 6 * m_viewport.unitsPerPixel;
    const auto nearest = [&](const std::vector<PointFeature> &list) -> const PointFeature * {
        const PointFeature *best = nullptr;
        double bestD = tolerance;
        for (const PointFeature &f : list) {
            const double d = std::hypot((f.pos.x() - at.x()) * m_viewport.xScale,
                                        f.pos.y() - at.y());
            if (d <= bestD) {
                bestD = d;
                best = &f;
            }
        }
        return best;
    };
    if (m_data) {
        if (visible.value(int(LayerKind::Cameras))) {
            if (const PointFeature *f = nearest(m_data->cameras))
                return describePoint(LayerKind::Cameras, *f);
        }
        if (visible.value(int(LayerKind::Collectors))) {
            if (const PointFeature *f = nearest(m_liveCollectors.empty() ? m_data->collectors
                                                                         : m_liveCollectors))
                return describePoint(LayerKind::Collectors, *f);
        }
        if (visible.value(int(LayerKind::Cases))) {
            // Open cases before closed ones under the cursor.
            const PointFeature *best = nullptr;
            double bestD = 0;
            bool bestOpen = false;
            for (const PointFeature &f : m_data->cases) {
                const double d = std::hypot((f.pos.x() - at.x()) * m_viewport.xScale,
                                            f.pos.y() - at.y());
                if (d > tolerance)
                    continue;
                const bool open = f.look != CaseLook::Closed;
                if (!best || (open && !bestOpen) || (open == bestOpen && d < bestD)) {
                    best = &f;
                    bestD = d;
                    bestOpen = open;
                }
            }
            if (best)
                return describePoint(LayerKind::Cases, *best);
        }
        if (visible.value(int(LayerKind::Components))) {
            if (const PointFeature *f = nearest(m_data->components))
                return describePoint(LayerKind::Components, *f);
        }
    }
    if (const auto g = m_doc->grid(m_doc->gridAt(at)))
        return describeGrid(*g, at);
    out.attributes = {{tr("Clicked at"), Geo::formatLonLat(at)}};
    out.position = at;
    return out;
}

MapCanvas::Identified MapCanvas::identifyFeature(LayerKind layer, const QString &id) const
{
    if (layer == LayerKind::UnitGrids) {
        if (const auto g = m_doc->grid(id))
            return describeGrid(*g, Geo::boundsOf(g->geom).center());
        return {};
    }
    if (!m_data)
        return {};
    const std::vector<PointFeature> *list = layer == LayerKind::Cases        ? &m_data->cases
                                            : layer == LayerKind::Cameras    ? &m_data->cameras
                                            : layer == LayerKind::Components ? &m_data->components
                                                                             : nullptr;
    if (!list)
        return {};
    for (const PointFeature &f : *list) {
        if (f.id == id)
            return describePoint(layer, f);
    }
    return {};
}

void MapCanvas::setHighlight(std::optional<QPointF> lonLat)
{
    m_highlight = lonLat;
    update();
}

// ------------------------------------------------------------------------------ tools

void MapCanvas::clickAt(const QPointF &px)
{
    switch (m_tool) {
    case Tool::Identify: {
        const Identified what = identifyAt(px);
        if (what.layer == LayerKind::UnitGrids)
            m_selected = what.id;
        emit identified(what);
        break;
    }
    case Tool::EditVertices:
        m_selected = m_doc->gridAt(m_viewport.toMap(px));
        break;
    case Tool::DrawPolygon:
    case Tool::SplitLine:
    case Tool::SketchArea:
        m_sketch << snapped(px, {});
        break;
    case Tool::Merge: {
        const QString id = m_doc->gridAt(m_viewport.toMap(px));
        if (id.isEmpty())
            break;
        if (m_mergeSelection.contains(id))
            m_mergeSelection.removeOne(id);
        else
            m_mergeSelection << id;
        break;
    }
    }
    update();
}

void MapCanvas::finishSketch()
{
    if (m_tool == Tool::SketchArea) {
        // A double-click's press repeats the last corner: the same spot counts once.
        QList<QPointF> corners;
        for (const QPointF &q : std::as_const(m_sketch)) {
            if (corners.isEmpty() || corners.last() != q)
                corners << q;
        }
        if (corners.size() >= 3) {
            m_area = corners;
            emit areaSketched(m_area);
        }
    } else if (m_tool == Tool::DrawPolygon && m_sketch.size() >= 3) {
        report(m_doc->drawGrid(m_sketch)); // the document picks its community and code
    } else if (m_tool == Tool::SplitLine && m_sketch.size() >= 2) {
        // The grid the line crosses: the one under the middle of the line's middle segment.
        const int mid = int(m_sketch.size() - 1) / 2;
        QString id = m_doc->gridAt((m_sketch[mid] + m_sketch[mid + 1]) / 2);
        if (id.isEmpty())
            id = m_selected;
        if (m_doc->grid(id))
            report(m_doc->splitGrid(id, m_sketch)); // new pieces get the community's free codes
        else
            emit editRefused(tr("Draw the split line across a grid."));
    }
    m_sketch.clear();
    update();
}

void MapCanvas::cancelSketch()
{
    m_sketch.clear();
    m_draggingVertex = false;
    update();
}

void MapCanvas::mergeSelected()
{
    report(m_doc->mergeGrids(m_mergeSelection));
    m_mergeSelection.clear();
    update();
}

// ------------------------------------------------------------------------------ events

void MapCanvas::resizeEvent(QResizeEvent *)
{
    if (!m_userMoved) {
        zoomToExtent();
        return;
    }
    m_viewport.size = size();
    scheduleRender();
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    m_userMoved = true;
    const double steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    const QPointF px = event->position();
    const bool pan = event->button() == Qt::MiddleButton
                     || (event->button() == Qt::LeftButton && m_tool == Tool::Identify);
    if (event->button() == Qt::LeftButton && m_tool == Tool::EditVertices) {
        const Handle h = handleAt(px);
        if (h.found) {
            m_draggingVertex = true;
            m_drag = h;
            m_dragShared = !(event->modifiers() & Qt::AltModifier);
            m_dragTo = h.at;
            return;
        }
    }
    if (pan) {
        m_panning = true;
        m_panStartPx = px;
        m_panStartViewport = m_viewport;
        return;
    }
    if (event->button() == Qt::LeftButton)
        clickAt(px);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    m_cursorPx = event->position();
    emit cursorMoved(m_viewport.toMap(m_cursorPx));
    if (m_panning) {
        m_userMoved = true;
        // Cached pan: only the viewport moves; the layer pictures are shifted in compose().
        Viewport v = m_panStartViewport;
        const QPointF d = m_cursorPx - m_panStartPx;
        v.center -= QPointF(d.x() * v.unitsPerPixel / v.xScale, -d.y() * v.unitsPerPixel);
        m_viewport = v;
        scheduleRender();
        emit viewportChanged();
    } else if (m_draggingVertex) {
        m_dragTo = snapped(m_cursorPx, m_selected);
    }
    update();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        // A click without a drag identifies.
        if ((event->position() - m_panStartPx).manhattanLength() < 3
            && event->button() == Qt::LeftButton)
            clickAt(event->position());
        return;
    }
    if (m_draggingVertex) {
        m_draggingVertex = false;
        const QPointF to = m_dragTo;
        if ((m_viewport.toPixel(to) - m_viewport.toPixel(m_drag.at)).manhattanLength() < 1) {
            update();
            return;
        }
        if (!m_doc->canEdit()) {
            emit editRefused(tr("Only a supervisor may edit grid boundaries."));
        } else if (m_drag.midpoint) {
            // One undo step: insert the vertex on the (shared) segment and move it.
            report(m_doc->insertAndMoveVertex(m_drag.vertex, m_drag.at, to, m_dragShared));
        } else {
            report(m_dragShared ? m_doc->moveSharedVertex(m_drag.at, to)
                                : m_doc->moveVertex(m_drag.vertex, to));
        }
        update();
    }
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (sketching()) {
        finishSketch();
        return;
    }
    if (m_tool == Tool::Identify) {
        const Identified what = identifyAt(event->position());
        if (what.layer == LayerKind::Cases)
            emit openCaseRequested(what.id);
        else if (what.layer == LayerKind::Cameras)
            emit playCameraRequested(what.id);
    }
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        cancelSketch();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_tool == Tool::Merge)
            mergeSelected();
        else
            finishSketch();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_tool == Tool::EditVertices) {
            const Handle h = handleAt(m_cursorPx);
            if (h.found && !h.midpoint)
                report(m_doc->deleteVertex(h.at));
            return;
        }
        if (sketching() && !m_sketch.isEmpty()) {
            m_sketch.removeLast();
            update();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void MapCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF px = event->pos();
    const Identified what = identifyAt(px);
    QMenu menu(this);
    if (what.layer == LayerKind::Cases)
        menu.addAction(tr("Open case %1").arg(what.title), this,
                       [this, id = what.id] { emit openCaseRequested(id); });
    if (what.layer == LayerKind::Cameras)
        menu.addAction(tr("Play %1").arg(what.title), this,
                       [this, id = what.id] { emit playCameraRequested(id); });
    menu.addAction(tr("Cameras near here"), this,
                   [this, at = m_viewport.toMap(px)] { emit camerasNearRequested(at); });
    menu.exec(event->globalPos());
}

// ------------------------------------------------------------------------------ painting

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0xfa, 0xfa, 0xf7));
    m_renderer.compose(p, m_viewport);
    drawDensity(p);
    drawPlaceMarks(p);
    drawArea(p);
    drawOverlay(p);
    drawScaleBar(p);
}

void MapCanvas::setDensity(QList<DensityCell> cells)
{
    m_density = std::move(cells);
    update();
}

void MapCanvas::setPlaceMarks(QList<PlaceMark> marks)
{
    m_placeMarks = std::move(marks);
    update();
}

void MapCanvas::drawDensity(QPainter &p) const
{
    if (m_density.isEmpty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(255, 255, 255, 90), 0.8));
    const QRectF visible = QRectF(rect()).adjusted(-50, -50, 50, 50);
    for (const DensityCell &cell : m_density) {
        QPolygonF px;
        px.reserve(cell.lonLat.size());
        for (const QPointF &q : cell.lonLat)
            px << m_viewport.toPixel(q);
        if (!visible.intersects(px.boundingRect()))
            continue;
        p.setBrush(cell.fill);
        p.drawPolygon(px);
    }
    p.restore();
}

void MapCanvas::setArea(const QList<QPointF> &lonLat)
{
    m_area = lonLat;
    update();
}

void MapCanvas::drawArea(QPainter &p) const
{
    if (m_area.size() < 3)
        return;
    QPolygonF px;
    for (const QPointF &q : m_area)
        px << m_viewport.toPixel(q);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(0xe0, 0x20, 0x60), 2));
    p.setBrush(QColor(0xe0, 0x20, 0x60, 50));
    p.drawPolygon(px);
    p.restore();
}

void MapCanvas::drawPlaceMarks(QPainter &p) const
{
    if (m_placeMarks.isEmpty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    QFont font = p.font();
    font.setBold(true);
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
    p.setFont(font);
    // The selected place last, so it is on top.
    for (const bool selected : {false, true}) {
        for (const PlaceMark &m : m_placeMarks) {
            if (m.selected != selected)
                continue;
            const QPointF at = m_viewport.toPixel(m.lonLat);
            const double radius = selected ? 13 : 9;
            p.setPen(QPen(selected ? QColor(0xff, 0xd0, 0x00) : QColor(0x6a, 0x00, 0x8a),
                          selected ? 3 : 2));
            p.setBrush(QColor(255, 255, 255, 200));
            p.drawEllipse(at, radius, radius);
            p.setPen(QColor(0x30, 0x00, 0x40));
            p.drawText(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius),
                       Qt::AlignCenter, QString::number(m.count));
        }
    }
    p.restore();
}

void MapCanvas::drawOverlay(QPainter &p)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const auto pathOf = [this](const Geo::PolygonRings &poly) {
        QPainterPath path;
        for (const Geo::Ring &ring : poly) {
            QPolygonF px;
            for (const QPointF &q : ring)
                px << m_viewport.toPixel(q);
            path.addPolygon(px);
        }
        return path;
    };
    for (const QString &id : m_mergeSelection)
        if (const auto g = m_doc->grid(id))
            p.fillPath(pathOf(g->geom), QColor(255, 210, 0, 110));
    if (m_highlight) { // what the search found: a ring that stands out on any layer
        const QPointF at = m_viewport.toPixel(*m_highlight);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(0, 0, 0, 160), 6));
        p.drawEllipse(at, 14, 14);
        p.setPen(QPen(QColor(0xff, 0xd0, 0x00), 3));
        p.drawEllipse(at, 14, 14);
    }

    if (const auto g = m_doc->grid(m_selected)) {
        p.strokePath(pathOf(g->geom), QPen(QColor(0x00, 0x66, 0xff), 2.5));
        if (m_tool == Tool::EditVertices) {
            for (const Geo::Ring &ring : g->geom) {
                for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
                    const QPointF v = m_viewport.toPixel(ring[i]);
                    const QPointF m = m_viewport.toPixel((ring[i] + ring[i + 1]) / 2);
                    p.setPen(QPen(QColor(0x00, 0x66, 0xff), 1.5));
                    p.setBrush(Qt::white);
                    p.drawRect(QRectF(v.x() - 4, v.y() - 4, 8, 8));
                    p.setBrush(QColor(0x00, 0x66, 0xff, 120));
                    p.drawEllipse(m, 3, 3);
                }
            }
        }
    }
    if (m_draggingVertex) {
        // Preview of every grid the move changes.
        for (const GridPolygon &g : m_doc->grids()) {
            const bool affected = m_dragShared ? [&] {
                for (const Geo::Ring &r : g.geom)
                    for (const QPointF &q : r)
                        if (q == m_drag.at)
                            return true;
                return false;
            }() || (m_drag.midpoint && g.id == m_drag.vertex.gridId)
                                               : g.id == m_drag.vertex.gridId;
            if (!affected)
                continue;
            Geo::PolygonRings poly = g.geom;
            for (Geo::Ring &r : poly) {
                if (m_drag.midpoint && g.id == m_drag.vertex.gridId
                    && &r == &poly[m_drag.vertex.ring]) {
                    r.insert(m_drag.vertex.index + 1, m_dragTo);
                    continue;
                }
                for (QPointF &q : r)
                    if (q == m_drag.at && (m_dragShared || g.id == m_drag.vertex.gridId))
                        q = m_dragTo;
            }
            p.strokePath(pathOf(poly), QPen(QColor(0xe0, 0x20, 0x60), 2, Qt::DashLine));
        }
    }
    if (!m_sketch.isEmpty()) {
        QPolygonF line;
        for (const QPointF &q : m_sketch)
            line << m_viewport.toPixel(q);
        line << m_viewport.toPixel(snapped(m_cursorPx, {}));
        if (m_tool == Tool::DrawPolygon || m_tool == Tool::SketchArea)
            line << line.first();
        p.setPen(QPen(QColor(0xe0, 0x20, 0x60), 2));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(line);
        for (const QPointF &q : m_sketch)
            p.drawEllipse(m_viewport.toPixel(q), 3, 3);
    }
    if (m_tool != Tool::Identify && m_tool != Tool::Merge && underMouse()) {
        bool didSnap = false;
        const QPointF s = snapped(m_cursorPx, m_draggingVertex ? m_selected : QString(), &didSnap);
        if (didSnap) {
            const QPointF c = m_viewport.toPixel(s);
            p.setPen(QPen(QColor(0xd0, 0x00, 0xd0), 2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, 6, 6);
        }
    }
    drawProblems(p);
    p.restore();
}

// Validation problems, at their spot, each message beside its marker.
void MapCanvas::drawProblems(QPainter &p)
{
    QFont font = p.font();
    font.setPixelSize(12);
    font.setBold(true);
    p.setFont(font);
    QList<QRectF> labels;
    for (const Geo::Problem &problem : m_problems) {
        const QPointF c = m_viewport.toPixel(problem.where);
        p.setPen(QPen(QColor(0xd0, 0x00, 0x00), 2.5));
        p.setBrush(QColor(255, 0, 0, 50));
        p.drawEllipse(c, 11, 11);
        p.drawLine(c + QPointF(-5, -5), c + QPointF(5, 5));
        p.drawLine(c + QPointF(-5, 5), c + QPointF(5, -5));
        // The message beside its marker, unless it would cover another one's.
        const QString text = problem.message.size() > 70
                                 ? problem.message.left(68) + QStringLiteral("…")
                                 : problem.message;
        const QRectF box = QFontMetricsF(font)
                               .boundingRect(text)
                               .adjusted(-4, -2, 4, 2)
                               .translated(c + QPointF(16, -8));
        if (std::any_of(labels.cbegin(), labels.cend(),
                        [&](const QRectF &r) { return r.intersects(box); }))
            continue;
        labels << box;
        p.fillRect(box, QColor(255, 255, 255, 230));
        p.setPen(QColor(0xb0, 0x00, 0x00));
        p.drawText(box, Qt::AlignCenter, text);
    }
}

void MapCanvas::drawScaleBar(QPainter &p)
{
    // 1, 2 or 5 × 10^k metres, about 120 px long.
    const double mpp = m_viewport.metresPerPixel();
    const double target = mpp * 120;
    const double base = std::pow(10.0, std::floor(std::log10(target)));
    double length = base;
    for (const double f : {1.0, 2.0, 5.0})
        if (base * f <= target)
            length = base * f;
    const double px = length / mpp;
    const QPointF origin(16, height() - 18);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(QRectF(origin.x() - 6, origin.y() - 20, px + 90, 30), QColor(255, 255, 255, 200));
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(origin, origin + QPointF(px, 0));
    p.drawLine(origin, origin + QPointF(0, -6));
    p.drawLine(origin + QPointF(px, 0), origin + QPointF(px, -6));
    const QString text = length >= 1000 ? tr("%1 km").arg(length / 1000) : tr("%1 m").arg(length);
    p.drawText(origin + QPointF(px + 8, 0), text);
    // The cursor's coordinates.
    const QString coords = QStringLiteral("%1  ·  1:%2")
                               .arg(Geo::formatLonLat(m_viewport.toMap(m_cursorPx)))
                               .arg(qRound(mpp / 0.00028)); // OGC standard pixel, 0.28 mm
    const QFontMetricsF fm(p.font());
    const QRectF box(width() - fm.horizontalAdvance(coords) - 24, height() - 30,
                     fm.horizontalAdvance(coords) + 12, 22);
    p.fillRect(box, QColor(255, 255, 255, 200));
    p.setPen(Qt::black);
    p.drawText(box, Qt::AlignCenter, coords);
    p.restore();
}

} // namespace Cc::MapWidgets
