// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace Cc::Geo {

/// The same shapes as Cc::Storage (geo is a sibling of storage and may not link it): a ring
/// is closed (last point == first), a polygon is its exterior ring then its holes, all in
/// lon/lat (EPSG:4490) unless said otherwise.
using Ring = QList<QPointF>;
using PolygonRings = QList<Ring>;

/// Bounding box of a polygon's exterior ring (x = lon, y = lat); null for an empty polygon.
QRectF boundsOf(const PolygonRings &polygon);

/// One thing wrong with a layer, with the spot a user must look at.
struct Problem
{
    QString kind;        ///< stable: "geo.invalid", "geo.overlap", "geo.gap", "geo.outside-parent",
                         ///< "code.malformed", "code.duplicate", "code.not-nested"
    QString featureCode; ///< the grid the problem is in
    QString otherCode;   ///< the neighbour or parent involved, if any
    QPointF where;       ///< lon/lat of the spot (a self-intersection, a point inside the overlap or gap)
    QString message;     ///< translated, names the grid(s) and the spot
};

} // namespace Cc::Geo
