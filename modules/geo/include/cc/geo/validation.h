// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/geo/types.h>

namespace Cc::Geo {

/// A unit grid as the validator sees it.
struct GridFeature
{
    QString code;               ///< 14-digit GB/T 30428.1 code
    QString communityCode;      ///< 12 digits: its community (must prefix the code)
    QString responsibilityCode; ///< its responsibility grid
    PolygonRings geom;
};

/// A parent boundary (community or responsibility grid) the unit grids must tile.
struct ParentArea
{
    QString code;
    PolygonRings geom;
    friend bool operator==(const ParentArea &, const ParentArea &) = default;
};

/// Checks of a grid layer with GEOS (GEOS 3.11 has no coverage validation, so these are
/// built from an STRtree and prepared geometries). Every Problem names the grid(s) and the
/// spot. Areas below the tolerance (deg², ~1 m² at the default) are numerical noise.
class GridValidator
{
public:
    double areaTolerance = 1e-10;

    /// Self-intersections, unclosed or too short rings (GEOS isValidDetail).
    QList<Problem> validity(const QList<GridFeature> &grids) const;
    /// Pairs whose interiors intersect (neighbours found with an STRtree).
    QList<Problem> overlaps(const QList<GridFeature> &grids) const;
    /// Parts of each parent not covered by its grids (gaps), and grids reaching outside
    /// their parent. `parentOf` picks the parent code of a grid (community or responsibility).
    QList<Problem> coverage(const QList<GridFeature> &grids, const QList<ParentArea> &parents,
                            bool byCommunity) const;
    /// GB/T 30428.1 form, uniqueness, and nesting of the code in its community; parent codes
    /// that do not exist. Empty lists skip the existence checks.
    QList<Problem> codes(const QList<GridFeature> &grids, const QList<ParentArea> &communities,
                         const QList<ParentArea> &responsibilityGrids) const;

    /// All of the above; geometry checks on invalid polygons are skipped (GEOS would only
    /// add noise about them).
    QList<Problem> all(const QList<GridFeature> &grids, const QList<ParentArea> &communities,
                       const QList<ParentArea> &responsibilityGrids) const;
};

} // namespace Cc::Geo
