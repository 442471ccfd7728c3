// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/geo/types.h>

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace Cc::Geo {

/// Point → polygon for one layer (unit grids, responsibility grids or communities), built
/// for batch speed: a uniform cell index over the layer's extent. A cell that lies wholly
/// inside one polygon (or outside all) answers with one array read; a border cell keeps,
/// per candidate polygon, only the edges that can cross a ray from a point of that cell to
/// the east, and runs the winding-number test over those.
///
/// Semantics are those of PostGIS ST_Covers: a point on an edge or a vertex is covered. A
/// point covered by several polygons (on a shared edge or vertex) resolves to the polygon
/// whose key sorts first, so the answer is deterministic and equals
/// `SELECT min(code) … WHERE ST_Covers(geom, point)`. The side test is the same plain
/// double expression PostGIS uses, so the boundary decisions agree bit for bit.
///
/// Immutable after construction: locate() is safe from any number of threads.
class Geocoder
{
public:
    Geocoder() = default;
    /// `keys[i]` names `polygons[i]`; both lists have the same length. cellsPerPolygon sets
    /// the index resolution (memory ~4 bytes per cell).
    Geocoder(const QStringList &keys, const QList<PolygonRings> &polygons,
             int cellsPerPolygon = 128);

    /// Index into the constructor's lists, or -1 when no polygon covers the point.
    int locate(double x, double y) const;
    int locate(const QPointF &p) const { return locate(p.x(), p.y()); }
    /// The key, or an empty string outside every polygon.
    QString keyAt(const QPointF &p) const;

    int size() const { return int(m_keys.size()); }
    const QStringList &keys() const { return m_keys; }
    /// Share of index cells that need the edge test (for the benchmark's report).
    double borderCellShare() const;

private:
    struct Edge
    {
        double x1, y1, x2, y2, ymin, ymax;
    };
    struct RingRef
    {
        std::uint32_t first, count;
    }; ///< exterior first, then holes
    struct Candidate
    {
        int polygon;
        std::uint32_t firstRing, ringCount;
    };
    struct BorderCell
    {
        std::uint32_t firstCandidate, candidateCount;
        int fallback;
    };

    struct PolygonEdges;
    struct CellBox;

    // Building the index (the constructor's steps).
    std::vector<PolygonEdges> collectEdges(const QList<PolygonRings> &polygons, int n);
    std::vector<std::vector<int>> candidatesPerCell(const std::vector<int> &order,
                                                    const std::vector<PolygonEdges> &poly,
                                                    double eps) const;
    void indexCell(size_t cell, const std::vector<int> &cands,
                   const std::vector<PolygonEdges> &poly, const CellBox &box, double eps);

    bool covers(const Candidate &c, double x, double y) const;

    QStringList m_keys;
    double m_minX = 0, m_minY = 0, m_maxX = 0, m_maxY = 0, m_invCellW = 0, m_invCellH = 0;
    int m_cols = 0, m_rows = 0;
    /// >= 0: polygon; -1: none; <= -2: border cell -(value + 2).
    std::vector<std::int32_t> m_cells;
    std::vector<BorderCell> m_border;
    std::vector<Candidate> m_candidates; ///< per border cell, in resolution order
    std::vector<RingRef> m_rings;
    std::vector<Edge> m_edges;
};

} // namespace Cc::Geo
