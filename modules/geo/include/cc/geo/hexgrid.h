// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QList>
#include <QPointF>

namespace Cc::Geo {

/// One hexagon of a HexGrid, in axial coordinates (q grows to the east, r to the north-east).
struct HexCell
{
    int q = 0;
    int r = 0;
    friend bool operator==(const HexCell &, const HexCell &) = default;
};

inline size_t qHash(const HexCell &cell, size_t seed = 0) noexcept
{
    return qHashMulti(seed, cell.q, cell.r);
}

/// A tiling of the ground by equal pointy-top hexagons (the density layer of the map and
/// `cityctl hotspots`, docs/hotspots.md). Lon/lat are projected onto a plane tangent at the
/// origin (x = east, y = north, in metres of Geo::metresPerDegree, x shrunk by the cosine of
/// the origin's latitude, as the map draws): well within 0.1 % across a county.
///
/// Each point belongs to exactly one cell: the one whose centre is nearest. A point on an
/// edge or corner (equally near, within 1e-9 of the cell size) belongs to the southernmost
/// of the candidates, then the westernmost: the cells are closed to the south-west.
class HexGrid
{
public:
    /// `spacingM`: distance between the centres of neighbouring cells (the width across
    /// flats), > 0. `origin`: lon/lat of cell (0, 0)'s centre; the same origin and spacing
    /// give the same cells for any period or category.
    HexGrid(double spacingM, const QPointF &origin);

    double spacingM() const { return m_spacing; }
    QPointF origin() const { return m_origin; }
    /// Ground area of one cell in m².
    double cellAreaM2() const;

    HexCell cellAt(const QPointF &lonLat) const;
    QPointF centre(const HexCell &cell) const; ///< lon/lat
    QList<QPointF> corners(const HexCell &cell)
        const; ///< six lon/lat corners, from the east-north-east one counter-clockwise

private:
    QPointF toPlane(const QPointF &lonLat) const;
    QPointF fromPlane(const QPointF &xy) const;
    QPointF planeCentre(const HexCell &cell) const;

    double m_spacing;
    double m_radius; ///< centre to corner
    QPointF m_origin;
    double m_metresPerLon, m_metresPerLat;
};

} // namespace Cc::Geo
