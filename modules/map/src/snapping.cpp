// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map/snapping.h>

#include <cc/geo/geocoder.h>

#include <cmath>

namespace Cc::Map {

SnapResult Snapper::snap(const QPointF &p, double tolerance, const QString &exclude) const
{
    SnapResult bestVertex, bestSegment;
    bestVertex.distance = bestSegment.distance = tolerance;
    const auto dist = [this](QPointF a, QPointF b) {
        return std::hypot((a.x() - b.x()) * xScale, a.y() - b.y());
    };
    for (const GridPolygon &g : m_doc.grids()) {
        if (g.id == exclude)
            continue;
        const QRectF b = Geo::boundsOf(g.geom);
        if (p.x() < b.left() - tolerance / xScale || p.x() > b.right() + tolerance / xScale
            || p.y() < b.top() - tolerance || p.y() > b.bottom() + tolerance)
            continue;
        for (int r = 0; r < g.geom.size(); ++r) {
            const Geo::Ring &ring = g.geom[r];
            for (int i = 0; i + 1 < ring.size(); ++i) {
                const double dv = dist(p, ring[i]);
                if (dv <= bestVertex.distance) {
                    bestVertex = {SnapResult::Kind::Vertex, ring[i], g.id, r, i, dv};
                }
                // Nearest point on the segment, in the scaled space.
                const QPointF a = ring[i], c = ring[i + 1];
                const double ax = a.x() * xScale, cx = c.x() * xScale, px = p.x() * xScale;
                const double dx = cx - ax, dy = c.y() - a.y();
                const double len2 = dx * dx + dy * dy;
                if (len2 == 0)
                    continue;
                const double t = std::clamp(((px - ax) * dx + (p.y() - a.y()) * dy) / len2, 0.0,
                                            1.0);
                const QPointF q(a.x() + t * (c.x() - a.x()), a.y() + t * (c.y() - a.y()));
                const double ds = dist(p, q);
                if (ds < bestSegment.distance && t > 0 && t < 1)
                    bestSegment = {SnapResult::Kind::Segment, q, g.id, r, i, ds};
            }
        }
    }
    if (bestVertex.kind != SnapResult::Kind::None)
        return bestVertex;
    return bestSegment;
}

} // namespace Cc::Map
