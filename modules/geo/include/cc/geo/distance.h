// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

#include <functional>

namespace Cc::Geo {

/// Mean earth radius (IUGG), the sphere PostGIS's ST_DistanceSphere measures on.
inline constexpr double kEarthRadiusM = 6371008.8;

/// Metres along a meridian per degree of latitude on that sphere (~111,195 m): the map's
/// scale unit, so a pixel's length agrees with groundDistanceM.
double metresPerDegree();

/// Great-circle distance in metres between two lon/lat points (haversine on the mean
/// sphere, as ST_DistanceSphere): the one ground distance of the product. Within 0.5 % of
/// the ellipsoid at any range a city needs; NaN when a coordinate is not finite.
double groundDistanceM(const QPointF &a, const QPointF &b);

/// One point of a list and how far it lies from the query point.
struct Nearby
{
    qsizetype index = -1; ///< into the list given to nearestFirst
    double metres = 0;
    friend bool operator==(const Nearby &, const Nearby &) = default;
};

/// The `count` points nearest to `from` (all when count < 0), nearest first; equal distances
/// keep the list's order. `positionAt(i)` gives the lon/lat of item i of `size`; a point with
/// a non-finite coordinate is left out.
QList<Nearby> nearestFirst(const QPointF &from, qsizetype size,
                           const std::function<QPointF(qsizetype)> &positionAt,
                           qsizetype count = -1);

} // namespace Cc::Geo
