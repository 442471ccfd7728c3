// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/geo/types.h>

namespace Cc::Geo {

/// Does `polygon` (exterior ring, then holes) cover `point`? The semantics of PostGIS
/// ST_Covers and of Geocoder: a point on an edge or vertex (of the exterior or of a hole) is
/// covered, a point inside a hole is not. An unclosed ring is read as closed. For one-off
/// tests (the editor's clicks); Geocoder answers many points against a whole layer.
bool covers(const PolygonRings &polygon, const QPointF &point);

/// The first of `polygons` that covers `point` (its index), or -1.
template<typename List, typename GeomOf>
qsizetype firstCovering(const List &polygons, const QPointF &point, GeomOf geomOf)
{
    for (qsizetype i = 0; i < qsizetype(polygons.size()); ++i) {
        if (covers(geomOf(polygons[i]), point))
            return i;
    }
    return -1;
}

} // namespace Cc::Geo
