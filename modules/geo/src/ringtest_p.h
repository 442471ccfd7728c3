// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PostGIS's ring test (liblwgeom ptarray_contains_point_partial with lw_segment_side and
// lw_pt_in_seg): the same double expressions in the same order, so boundary decisions agree
// with ST_Covers (docs/map.md, "Geocoder"). Shared by Geocoder and covers(); this file is
// compiled with -ffp-contract=off (modules/geo/CMakeLists.txt).

namespace Cc::Geo::Detail {

/// Where a point lies against one ring.
enum class RingSide { Outside = -1, Boundary = 0, Inside = 1 };

/// One edge (x1,y1)→(x2,y2) of a ring against the point (x, y), whose y lies within the
/// edge's y range: true when the point is on the edge; else adds the edge's crossing to the
/// winding number `wn`.
inline bool windingStep(double x1, double y1, double x2, double y2, double x, double y, int &wn)
{
    const double side = (x - x1) * (y2 - y1) - (x2 - x1) * (y - y1);
    if (side == 0) {
        const bool inSeg = (x1 <= x && x < x2) || (x1 >= x && x > x2) || (y1 <= y && y < y2)
                           || (y1 >= y && y > y2);
        if (inSeg)
            return true;
    }
    if (side < 0 && y1 <= y && y < y2)
        ++wn;
    else if (side > 0 && y2 <= y && y < y1)
        --wn;
    return false;
}

/// Combines the ring sides of a polygon (exterior first, then holes) into ST_Covers: on any
/// boundary is covered, inside a hole is not. `sideOf(k)` tests ring k.
template<typename SideOf>
bool polygonCovers(qsizetype ringCount, SideOf sideOf)
{
    for (qsizetype k = 0; k < ringCount; ++k) {
        const RingSide t = sideOf(k);
        if (t == RingSide::Boundary)
            return true;
        if (k == 0 ? t == RingSide::Outside : t == RingSide::Inside)
            return false;
    }
    return ringCount > 0;
}

} // namespace Cc::Geo::Detail
