// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/geo/geocoder.h>

#include "ringtest_p.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Cc::Geo {

QRectF boundsOf(const PolygonRings &polygon)
{
    if (polygon.isEmpty() || polygon.first().isEmpty())
        return {};
    double minX = polygon.first().first().x(), maxX = minX;
    double minY = polygon.first().first().y(), maxY = minY;
    for (const QPointF &p : polygon.first()) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

namespace {

struct RawEdge
{
    double x1, y1, x2, y2;
};

// Liang–Barsky: does the segment touch the closed rectangle? Used to decide whether a cell
// is crossed by a polygon's boundary; a false "yes" only costs speed, never correctness.
bool segmentTouchesRect(const RawEdge &e, double x0, double y0, double x1, double y1)
{
    double t0 = 0, t1 = 1;
    const double dx = e.x2 - e.x1, dy = e.y2 - e.y1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {e.x1 - x0, x1 - e.x1, e.y1 - y0, y1 - e.y1};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

// One ring's edges (those whose y range can matter are tested) against the point.
template<typename EdgeT>
Detail::RingSide ringTest(const EdgeT *edges, std::uint32_t count, double x, double y)
{
    int wn = 0;
    for (std::uint32_t i = 0; i < count; ++i) {
        const EdgeT &e = edges[i];
        if (y > e.ymax || y < e.ymin)
            continue;
        if (Detail::windingStep(e.x1, e.y1, e.x2, e.y2, x, y, wn))
            return Detail::RingSide::Boundary;
    }
    return wn == 0 ? Detail::RingSide::Outside : Detail::RingSide::Inside;
}

} // namespace

/// One polygon's edges per ring (zero-length edges left out, as PostGIS does) and its
/// bounds; only while the index is built.
struct Geocoder::PolygonEdges
{
    QList<QList<Edge>> rings;
    QRectF bounds;
};

/// A cell of the index grown by eps on every side.
struct Geocoder::CellBox
{
    double x0, y0, x1, y1;
};

Geocoder::Geocoder(const QStringList &keys, const QList<PolygonRings> &polygons,
                   int cellsPerPolygon)
{
    const int n = int(std::min(keys.size(), polygons.size()));
    m_keys = keys.mid(0, n);
    if (n == 0)
        return;
    const std::vector<PolygonEdges> poly = collectEdges(polygons, n);
    if (poly.empty())
        return;

    // Resolution order: by key, so a point on a shared edge gets the smallest code.
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keys[a] < keys[b]; });

    const double w = std::max(m_maxX - m_minX, 1e-9), h = std::max(m_maxY - m_minY, 1e-9);
    const double total = std::clamp(double(n) * cellsPerPolygon, 1.0, 4.0e6);
    m_cols = std::max(1, int(std::ceil(std::sqrt(total * w / h))));
    m_rows = std::max(1, int(std::ceil(total / m_cols)));
    const double cellW = w / m_cols, cellH = h / m_rows;
    m_invCellW = 1.0 / cellW;
    m_invCellH = 1.0 / cellH;
    // A point near a cell line may be binned into either neighbour: every decision about a
    // cell is made for the cell grown by eps, far above the binning's rounding error.
    const double eps = std::max({cellW, cellH}) * 1e-6 + 1e-12;

    const std::vector<std::vector<int>> cellCandidates = candidatesPerCell(order, poly, eps);
    m_cells.assign(cellCandidates.size(), -1);
    for (int r = 0; r < m_rows; ++r) {
        for (int c = 0; c < m_cols; ++c) {
            const size_t cell = size_t(r) * m_cols + c;
            if (cellCandidates[cell].empty())
                continue;
            const CellBox box{m_minX + c * cellW - eps, m_minY + r * cellH - eps,
                              m_minX + (c + 1) * cellW + eps, m_minY + (r + 1) * cellH + eps};
            indexCell(cell, cellCandidates[cell], poly, box, eps);
        }
    }
}

std::vector<Geocoder::PolygonEdges> Geocoder::collectEdges(const QList<PolygonRings> &polygons,
                                                           int n)
{
    std::vector<PolygonEdges> poly(n);
    bool any = false;
    for (int i = 0; i < n; ++i) {
        for (const Ring &given : polygons[i]) {
            // An unclosed ring (the validator refuses those) is closed here rather than
            // leaving its last edge out.
            Ring ring = given;
            if (!ring.isEmpty() && ring.first() != ring.last())
                ring.append(ring.first());
            QList<Edge> edges;
            for (qsizetype k = 1; k < ring.size(); ++k) {
                const QPointF a = ring[k - 1], b = ring[k];
                if (a == b)
                    continue;
                edges.append(
                    {a.x(), a.y(), b.x(), b.y(), std::min(a.y(), b.y()), std::max(a.y(), b.y())});
            }
            poly[i].rings.append(edges);
        }
        poly[i].bounds = boundsOf(polygons[i]);
        if (poly[i].bounds.isNull() && polygons[i].isEmpty())
            continue;
        const QRectF b = poly[i].bounds;
        if (!any) {
            m_minX = b.left();
            m_maxX = b.right();
            m_minY = b.top();
            m_maxY = b.bottom();
            any = true;
        } else {
            m_minX = std::min(m_minX, b.left());
            m_maxX = std::max(m_maxX, b.right());
            m_minY = std::min(m_minY, b.top());
            m_maxY = std::max(m_maxY, b.bottom());
        }
    }
    if (!any)
        poly.clear();
    return poly;
}

std::vector<std::vector<int>> Geocoder::candidatesPerCell(const std::vector<int> &order,
                                                          const std::vector<PolygonEdges> &poly,
                                                          double eps) const
{
    std::vector<std::vector<int>> cellCandidates(size_t(m_cols) * m_rows);
    for (const int i : order) {
        const QRectF b = poly[i].bounds;
        if (b.isNull() && poly[i].rings.isEmpty())
            continue;
        const int c0 = std::clamp(int(std::floor((b.left() - eps - m_minX) * m_invCellW)), 0,
                                  m_cols - 1);
        const int c1 = std::clamp(int(std::floor((b.right() + eps - m_minX) * m_invCellW)), 0,
                                  m_cols - 1);
        const int r0 = std::clamp(int(std::floor((b.top() - eps - m_minY) * m_invCellH)), 0,
                                  m_rows - 1);
        const int r1 = std::clamp(int(std::floor((b.bottom() + eps - m_minY) * m_invCellH)), 0,
                                  m_rows - 1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                cellCandidates[size_t(r) * m_cols + c].push_back(i); // rank order
    }
    return cellCandidates;
}

void Geocoder::indexCell(size_t cell, const std::vector<int> &cands,
                         const std::vector<PolygonEdges> &poly, const CellBox &box, double eps)
{
    const double cx = (box.x0 + box.x1) / 2, cy = (box.y0 + box.y1) / 2;
    int fallback = -1;
    std::vector<Candidate> border;
    for (const int i : cands) {
        Candidate cand{i, std::uint32_t(m_rings.size()), 0};
        bool crossed = false;
        std::vector<RingRef> rings;
        std::vector<Edge> kept;
        for (const QList<Edge> &ringEdges : poly[i].rings) {
            RingRef ref{std::uint32_t(m_edges.size() + kept.size()), 0};
            for (const Edge &e : ringEdges) {
                // Only edges that can cross an eastward ray from a point of this cell.
                if (e.ymax < box.y0 || e.ymin > box.y1 || std::max(e.x1, e.x2) < box.x0)
                    continue;
                kept.push_back(e);
                ++ref.count;
                if (!crossed
                    && segmentTouchesRect({e.x1, e.y1, e.x2, e.y2}, box.x0 - eps, box.y0 - eps,
                                          box.x1 + eps, box.y1 + eps))
                    crossed = true;
            }
            rings.push_back(ref);
        }
        if (!crossed) {
            // The boundary keeps away from the whole cell: one answer for all of it.
            const bool inside = Detail::polygonCovers(qsizetype(rings.size()), [&](qsizetype k) {
                return ringTest(kept.data() + (rings[k].first - rings[0].first), rings[k].count, cx,
                                cy);
            });
            if (inside) {
                fallback = i;
                break; // later candidates sort after this one
            }
            continue;
        }
        cand.ringCount = std::uint32_t(rings.size());
        m_rings.insert(m_rings.end(), rings.begin(), rings.end());
        m_edges.insert(m_edges.end(), kept.begin(), kept.end());
        border.push_back(cand);
    }
    std::int32_t &value = m_cells[cell];
    if (border.empty()) {
        value = fallback;
    } else {
        value = -(std::int32_t(m_border.size()) + 2);
        m_border.push_back(
            {std::uint32_t(m_candidates.size()), std::uint32_t(border.size()), fallback});
        m_candidates.insert(m_candidates.end(), border.begin(), border.end());
    }
}

bool Geocoder::covers(const Candidate &c, double x, double y) const
{
    return Detail::polygonCovers(qsizetype(c.ringCount), [&](qsizetype k) {
        const RingRef &ring = m_rings[c.firstRing + k];
        return ringTest(m_edges.data() + ring.first, ring.count, x, y);
    });
}

int Geocoder::locate(double x, double y) const
{
    // Written so NaN falls out as "outside".
    if (!(x >= m_minX && x <= m_maxX && y >= m_minY && y <= m_maxY) || m_cells.empty())
        return -1;
    const int c = std::min(int((x - m_minX) * m_invCellW), m_cols - 1);
    const int r = std::min(int((y - m_minY) * m_invCellH), m_rows - 1);
    const std::int32_t v = m_cells[size_t(r) * m_cols + c];
    if (v >= -1)
        return v;
    const BorderCell &b = m_border[size_t(-(v + 2))];
    for (std::uint32_t k = 0; k < b.candidateCount; ++k) {
        const Candidate &cand = m_candidates[b.firstCandidate + k];
        if (covers(cand, x, y))
            return cand.polygon;
    }
    return b.fallback;
}

QString Geocoder::keyAt(const QPointF &p) const
{
    const int i = locate(p);
    return i < 0 ? QString() : m_keys.at(i);
}

double Geocoder::borderCellShare() const
{
    if (m_cells.empty())
        return 0;
    return double(
               std::count_if(m_cells.begin(), m_cells.end(), [](std::int32_t v) { return v < -1; }))
           / double(m_cells.size());
}

} // namespace Cc::Geo
