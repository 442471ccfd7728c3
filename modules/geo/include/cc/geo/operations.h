// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/geo/types.h>

namespace Cc::Geo {

/// GEOS validity of one polygon: reason and the spot (a self-intersection, a ring that is
/// not closed …). valid == true leaves the rest empty.
struct Validity
{
    bool valid = true;
    QString reason;
    QPointF where;
};
Validity checkValidity(const PolygonRings &polygon);

/// Area on the ground (m²) of a lon/lat polygon, by a local equirectangular projection
/// at its centre latitude: well within 0.1 % for a county-sized grid.
double areaM2(const PolygonRings &polygon);

/// Whether two polygons share any point (GEOS intersects; an invalid one shares none).
bool intersects(const PolygonRings &a, const PolygonRings &b);

/// A point inside the polygon (GEOS point on surface), for labels and for pointing at it.
QPointF interiorPoint(const PolygonRings &polygon);

/// Cuts a polygon in two or more along a polyline that crosses it from outside to outside.
/// Refuses a line that does not cut it into at least two pieces.
Result<QList<PolygonRings>> splitPolygon(const PolygonRings &polygon, const QList<QPointF> &line);

/// Unites polygons that share boundary into one. Refuses when the result is not a single
/// polygon (the parts only touch at a point, or lie apart).
Result<PolygonRings> mergePolygons(const QList<PolygonRings> &polygons);

/// "114.35712, 35.92134": how every message writes a spot.
QString formatLonLat(const QPointF &p);

} // namespace Cc::Geo
