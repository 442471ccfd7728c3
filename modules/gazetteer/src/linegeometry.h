// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/geometry.h>

#include <QPointF>

namespace Cc::Gazetteer {

/// Metres east and north between lon/lat points, on a plane tangent at their latitude:
/// within a county (a few km) it agrees with Geo::groundDistanceM to well under a metre.
QPointF metresBetween(const QPointF &from, const QPointF &to);
/// The point `east`/`north` metres away.
QPointF movedBy(const QPointF &lonLat, double eastM, double northM);
double lengthM(const Core::Ring &line);

/// A point `fraction` (0–1) of the way along a line, and the unit direction (east, north)
/// of the line there.
struct Along
{
    QPointF point;
    QPointF direction{1, 0};
};
Along alongLine(const Core::Ring &line, double fraction);

/// The point halfway along the line.
inline QPointF midpoint(const Core::Ring &line)
{
    return alongLine(line, 0.5).point;
}

} // namespace Cc::Gazetteer
