// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/geometry.h>

#include <QList>
#include <QPoint>
#include <QPointF>
#include <QSet>

namespace Cc::Demo {

/// The town is laid out on a plan: a fine lattice of 37.25 m units (a quarter of the old
/// 149 m lattice cell), x east and y north of the plan's south-west corner. Roads, the river,
/// walls and every unit grid lie on lattice lines of the plan; the plan is then bent
/// (townLonLat) so that streets curve and the river meanders. What tiles the plan tiles the
/// map: neighbours share their edges' lattice points, so they share their vertices.
inline constexpr int kFinePerCell = 4;
inline constexpr double kFineM = 149.0 / kFinePerCell;
inline constexpr int kPlanCols = 60 * kFinePerCell, kPlanRows = 50 * kFinePerCell;
inline constexpr int kBlockFine = 4 * kFinePerCell; ///< a street every four cells (~600 m)
/// The river (汤河) runs west to east over fine rows [kRiverSouth, kRiverNorth), inside the
/// fifth row of blocks (which has no alleys or places).
inline constexpr int kRiverSouth = 68, kRiverNorth = 71;
inline constexpr int kRiverBlockRow = 4;

inline qint64 cellKey(int col, int row)
{
    return qint64(col) * 1000 + row;
}
/// The county's lattice cells (cellKey), the 1,738 nearest an egg wider to the east (38.6 km²).
QSet<qint64> countyCells();

/// A plan point (fine units, fractions allowed) on the map, lon/lat.
QPointF townLonLat(const QPointF &plan);
/// The plan's segment a→b on the map, a point every `step` fine units and at both ends.
Core::Ring townLine(const QPointF &a, const QPointF &b, double step = 1.0);
/// Area of a closed lon/lat ring in m² (local projection about the town).
double ringAreaM2(const Core::Ring &ring);

struct FineRect
{
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0; ///< half-open: [x0, x1) × [y0, y1)
    int width() const { return x1 - x0; }
    int height() const { return y1 - y0; }
    double areaM2() const { return double(width()) * height() * kFineM * kFineM; }
    QPointF center() const { return {(x0 + x1) / 2.0, (y0 + y1) / 2.0}; }
    bool contains(const QPointF &p) const
    {
        return p.x() >= x0 && p.x() < x1 && p.y() >= y0 && p.y() < y1;
    }
    friend bool operator==(const FineRect &, const FineRect &) = default;
};

/// A block: the land between two pairs of consecutive road lines (or the river's banks),
/// clipped to the county; `lots` are its pieces before the unit grids divide it (rows of
/// the county's edge, the halves an alley makes, the quarters of a walled place).
struct Block
{
    FineRect bounds;
    int col = 0, row = 0; ///< index of its band of columns / rows
    bool water = false;
    QList<FineRect> lots;
    QList<int> grids; ///< indexes into TownLayout::grids
};

struct TownGrid
{
    FineRect rect;
    int block = -1;
    bool water = false;
};

/// What divides the blocks before the unit grids do: block (j, k) on the 4-cell lattice.
struct LayoutInput
{
    QSet<qint64> county;
    QList<QPoint> alleyBlocks;  ///< an alley through the middle, west to east
    QList<QPoint> walledBlocks; ///< a walled place in a quarter: split into quarters
    int gridCount = 1738;
    quint64 seed = 0;
};

class TownLayout
{
public:
    /// Blocks, then unit grids: the lots are split, always the one furthest above its
    /// target size (~10,000 m² in the centre, growing outwards), across its longer side,
    /// until there are `gridCount` grids (more when the lots alone outnumber it). The river
    /// is one grid per block.
    static TownLayout build(const LayoutInput &input);

    QList<Block> blocks;
    QList<TownGrid> grids;
    QList<int> colCuts, rowCuts; ///< the band boundaries (fine units)

    int gridAt(const QPointF &plan) const; ///< -1 outside the county
    /// The rectangle's outline on the map, counter-clockwise, every lattice point, closed.
    Core::Ring ringOf(const FineRect &r) const;
    /// The outline of a union of grids (one piece, no holes) on the map.
    Core::Ring outlineOf(const QList<int> &gridIndexes) const;

private:
    QList<int> m_gridOfFine; ///< kPlanCols × kPlanRows
};

} // namespace Cc::Demo
