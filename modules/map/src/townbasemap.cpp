// SPDX-License-Identifier: GPL-3.0-or-later
#include "townbasemap.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Cc::Map {

namespace {

/// Soft colours of a printed town plan, so the grids, cases and cameras on top stand out.
QColor areaFill(const QString &kind)
{
    static const QHash<QString, QColor> fills{{QStringLiteral("fields"), QColor(0xe9, 0xef, 0xdc)},
                                              {QStringLiteral("town"), QColor(0xf6, 0xf3, 0xee)},
                                              {QStringLiteral("block"), QColor(0xe8, 0xe3, 0xdb)},
                                              {QStringLiteral("water"), QColor(0xa8, 0xcc, 0xee)},
                                              {QStringLiteral("compound"),
                                               QColor(0xef, 0xe4, 0xd2)},
                                              {QStringLiteral("school"), QColor(0xf4, 0xe6, 0xc2)},
                                              {QStringLiteral("hospital"),
                                               QColor(0xf5, 0xdc, 0xdc)},
                                              {QStringLiteral("market"), QColor(0xf6, 0xd8, 0xbc)},
                                              {QStringLiteral("landmark"),
                                               QColor(0xe4, 0xdf, 0xee)},
                                              {QStringLiteral("park"), QColor(0xc9, 0xe4, 0xb8)},
                                              {QStringLiteral("sports"), QColor(0xd2, 0xea, 0xc6)},
                                              {QStringLiteral("plaza"), QColor(0xe6, 0xe6, 0xe2)}};
    return fills.value(kind, QColor(0xe8, 0xe3, 0xdb));
}

QColor lineFill(const QString &kind)
{
    return kind == QLatin1String("arterial") || kind == QLatin1String("road")
               ? QColor(0xfc, 0xe3, 0x9c)
               : QColor(Qt::white);
}

/// Width on screen: the street's own where it shows, else a readable minimum by kind.
double widthPx(const BasemapLine &l, const Viewport &v)
{
    const double minimum = l.kind == QLatin1String("arterial") ? 3.2
                           : l.kind == QLatin1String("alley")  ? 0.8
                           : l.kind == QLatin1String("bridge") ? 3.0
                           : l.kind == QLatin1String("road")   ? 2.0
                                                               : 1.6;
    return std::max(minimum, l.widthM / v.metresPerPixel());
}

QPolygonF pixels(const Geo::Ring &ring, const Viewport &v)
{
    QPolygonF out;
    out.reserve(ring.size());
    for (const QPointF &p : ring)
        out.append(v.toPixel(p));
    return out;
}

void haloText(QPainter &p, const QPointF &center, const QString &text, const QColor &color)
{
    const QFontMetricsF fm(p.font());
    QPainterPath path;
    path.addText(center.x() - fm.horizontalAdvance(text) / 2,
                 center.y() - fm.height() / 2 + fm.ascent(), p.font(), text);
    p.strokePath(path, QPen(QColor(255, 255, 255, 230), 3));
    p.fillPath(path, color);
}

/// Street names along the middle of stretches long enough on screen, once per name within
/// a label's length, so a street reads like one.
void streetLabels(QPainter &p, const QList<BasemapLine> &lines, const Viewport &v)
{
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);
    const QFontMetricsF fm(font);
    QList<QRectF> taken;
    for (const BasemapLine &l : lines) {
        if (l.kind == QLatin1String("bridge") || l.line.size() < 2 || l.name.isEmpty())
            continue;
        const QPolygonF px = pixels(l.line, v);
        const QRectF box = px.boundingRect();
        const double textWidth = fm.horizontalAdvance(l.name);
        if (std::max(box.width(), box.height()) < textWidth + 40)
            continue;
        const QPointF at = px[px.size() / 2];
        const QRectF label(at.x() - textWidth / 2 - 20, at.y() - fm.height(), textWidth + 40,
                           2 * fm.height());
        if (!QRectF(QPointF(0, 0), QSizeF(v.size)).contains(at))
            continue;
        bool clash = false;
        for (const QRectF &t : std::as_const(taken))
            clash = clash || t.intersects(label);
        if (clash)
            continue;
        taken << label;
        haloText(p, at, l.name, QColor(0x55, 0x4e, 0x44));
    }
}

void placeLabels(QPainter &p, const QList<BasemapArea> &areas, const Viewport &v)
{
    QFont font = p.font();
    font.setPixelSize(11);
    p.setFont(font);
    for (const BasemapArea &a : areas) {
        if (a.name.isEmpty() || a.kind == QLatin1String("water"))
            continue;
        const QPointF at = v.toPixel(a.bounds.center());
        if (QRectF(QPointF(0, 0), QSizeF(v.size)).contains(at))
            haloText(p, at, a.name, areaFill(a.kind).darker(260));
    }
}

} // namespace

bool drawTownBasemap(QPainter &p, const MapData &data, const Viewport &v, bool labels,
                     const RenderFeedback *feedback)
{
    const auto cancelled = [feedback] { return feedback && feedback->isCancelled(); };
    const QRectF view = v.extent();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    for (const BasemapArea &a : data.basemapAreas) {
        if (!a.bounds.intersects(view))
            continue;
        QPainterPath path;
        for (const Geo::Ring &ring : a.geom)
            path.addPolygon(pixels(ring, v));
        p.fillPath(path, areaFill(a.kind));
        if (a.kind == QLatin1String("water"))
            p.strokePath(path, QPen(QColor(0x7f, 0xae, 0xdc), 1.2));
    }
    if (cancelled())
        return false;
    // Casings under every street first, so crossings join cleanly; then the fills, bridges last.
    const double mpp = v.metresPerPixel();
    for (const bool casing : {true, false}) {
        for (const QString &kind :
             {QStringLiteral("road"), QStringLiteral("alley"), QStringLiteral("secondary"),
              QStringLiteral("arterial"), QStringLiteral("bridge")}) {
            if (kind == QLatin1String("alley") && mpp > 12)
                continue; // too small to read at the whole county's scale
            for (const BasemapLine &l : data.basemapLines) {
                if (l.kind != kind || !l.bounds.adjusted(-1e-3, -1e-3, 1e-3, 1e-3).intersects(view))
                    continue;
                const double w = widthPx(l, v);
                const QColor color = casing ? (kind == QLatin1String("bridge")
                                                   ? QColor(0x70, 0x6a, 0x60)
                                                   : QColor(0xc4, 0xba, 0xab))
                                            : lineFill(kind == QLatin1String("bridge")
                                                           ? QStringLiteral("secondary")
                                                           : kind);
                p.setPen(QPen(color, casing ? w + 1.6 : w, Qt::SolidLine,
                              kind == QLatin1String("bridge") ? Qt::FlatCap : Qt::RoundCap,
                              Qt::RoundJoin));
                p.drawPolyline(pixels(l.line, v));
            }
        }
        if (cancelled())
            return false;
    }
    if (labels && mpp < 5)
        streetLabels(p, data.basemapLines, v);
    if (labels && mpp < 2.5)
        placeLabels(p, data.basemapAreas, v);
    return !cancelled();
}

} // namespace Cc::Map
