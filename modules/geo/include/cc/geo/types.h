// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/geometry.h>

#include <QRectF>
#include <QString>

namespace Cc::Geo {

// The shapes shared with Cc::Storage (geo is its sibling and may not link it) live in core.
using Core::PolygonRings;
using Core::Ring;

/// Bounding box of a polygon's exterior ring (x = lon, y = lat); null for an empty polygon.
QRectF boundsOf(const PolygonRings &polygon);

/// One thing wrong with a layer, with the spot a user must look at.
struct Problem
{
    QString kind;        ///< stable: "geo.invalid", "geo.overlap", "geo.gap", "geo.outside-parent",
                         ///< "code.malformed", "code.duplicate", "code.not-nested"
    QString featureCode; ///< the grid the problem is in
    QString otherCode;   ///< the neighbour or parent involved, if any
    QPointF where; ///< lon/lat of the spot (a self-intersection, a point inside the overlap or gap)
    QString message; ///< translated, names the grid(s) and the spot
};

} // namespace Cc::Geo
