// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/geo/pointinpolygon.h>

#include "ringtest_p.h"

#include <algorithm>

namespace Cc::Geo {

namespace {

Detail::RingSide sideOfRing(const Ring &ring, double x, double y)
{
    const qsizetype n = ring.size();
    if (n < 2)
        return Detail::RingSide::Outside;
    const bool closed = ring.first() == ring.last();
    int wn = 0;
    for (qsizetype i = 1; i <= n; ++i) {
        if (i == n && closed)
            break;
        const QPointF &a = ring[i - 1], &b = ring[i == n ? 0 : i];
        if (y > std::max(a.y(), b.y()) || y < std::min(a.y(), b.y()))
            continue;
        if (Detail::windingStep(a.x(), a.y(), b.x(), b.y(), x, y, wn))
            return Detail::RingSide::Boundary;
    }
    return wn == 0 ? Detail::RingSide::Outside : Detail::RingSide::Inside;
}

} // namespace

bool covers(const PolygonRings &polygon, const QPointF &point)
{
    const double x = point.x(), y = point.y();
    return Detail::polygonCovers(polygon.size(),
                                 [&](qsizetype k) { return sideOfRing(polygon[k], x, y); });
}

} // namespace Cc::Geo
