// SPDX-License-Identifier: GPL-3.0-or-later
#include "townlayout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <queue>
#include <random>

namespace Cc::Demo {

namespace {

// Where 汤阴 is: the plan's centre (fine 120, 100) lies here.
constexpr double kLon0 = 114.357;
constexpr double kLat0 = 35.925;
constexpr double kMetresPerDegLat = 111320.0;
const double kMetresPerDegLon = kMetresPerDegLat * std::cos(kLat0 * M_PI / 180.0);
constexpr int kCountyCells = 1738;
// A grid's target size: 万米 (10,000 m²) in the centre, doubling 2 km out and growing on.
// Only the ratios decide (the number of grids is given).
constexpr double kCentreGridM2 = 10000.0;
constexpr double kTargetGrowsM = 2000.0;

double bump(double d, double halfWidth)
{
    return std::abs(d) >= halfWidth ? 0.0 : 0.5 * (1.0 + std::cos(M_PI * d / halfWidth));
}

/// The bend: metres on the plan (about its centre) → metres on the ground. Near the river
/// the land follows its meander (and the riverside roads with it); elsewhere the streets only
/// wander a little. Gentle enough to stay one-to-one (every derivative well under 1).
QPointF bend(double u, double v)
{
    const double riverV = ((kRiverSouth + kRiverNorth) / 2.0 - kPlanRows / 2.0) * kFineM;
    const double meander = 150.0 * std::sin(2 * M_PI * u / 2700.0 + 0.7) + 0.045 * u;
    const double x = u + 55.0 * std::sin(2 * M_PI * v / 3100.0 + 1.3)
                     + 30.0 * std::sin(2 * M_PI * (u + v) / 2100.0);
    const double y = v + meander * bump(v - riverV, 1600.0);
    return {x, y};
}

double targetM2(const QPointF &planCenter)
{
    const double du = (planCenter.x() - kPlanCols / 2.0) * kFineM;
    const double dv = (planCenter.y() - kPlanRows / 2.0) * kFineM;
    const double d = std::hypot(du, dv * 1.15) / kTargetGrowsM;
    return kCentreGridM2 * (1.0 + d * d);
}

quint64 vertexKey(int x, int y)
{
    return (quint64(quint32(x + 1000)) << 32) | quint32(y + 1000);
}

} // namespace

QSet<qint64> countyCells()
{
    struct Candidate
    {
        int col, row;
        double d;
    };
    QList<Candidate> candidates;
    const int cols = kPlanCols / kFinePerCell, rows = kPlanRows / kFinePerCell;
    for (int c = 0; c < cols; ++c) {
        for (int r = 0; r < rows; ++r) {
            const double x = c + 0.5 - cols / 2.0, y = r + 0.5 - rows / 2.0;
            const double a = x > 0 ? 27.0 : 23.0, b = 21.0;
            candidates.append({c, r, (x * x) / (a * a) + (y * y) / (b * b)});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &l, const Candidate &r) { return l.d < r.d; });
    QSet<qint64> county;
    for (int i = 0; i < kCountyCells; ++i)
        county.insert(cellKey(candidates[i].col, candidates[i].row));
    return county;
}

QPointF townLonLat(const QPointF &plan)
{
    const QPointF m = bend((plan.x() - kPlanCols / 2.0) * kFineM,
                           (plan.y() - kPlanRows / 2.0) * kFineM);
    return {kLon0 + m.x() / kMetresPerDegLon, kLat0 + m.y() / kMetresPerDegLat};
}

Core::Ring townLine(const QPointF &a, const QPointF &b, double step)
{
    const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
    const int n = std::max(1, int(std::ceil(length / step - 1e-9)));
    Core::Ring line;
    for (int i = 0; i <= n; ++i)
        line << townLonLat(a + (b - a) * (double(i) / n));
    return line;
}

double ringAreaM2(const Core::Ring &ring)
{
    double twice = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const double x0 = (ring[i].x() - kLon0) * kMetresPerDegLon,
                     y0 = (ring[i].y() - kLat0) * kMetresPerDegLat;
        const double x1 = (ring[i + 1].x() - kLon0) * kMetresPerDegLon,
                     y1 = (ring[i + 1].y() - kLat0) * kMetresPerDegLat;
        twice += x0 * y1 - x1 * y0;
    }
    return std::abs(twice) / 2.0;
}

namespace {

/// The county's lots in one band rectangle: a rectangle per run of county cells in each
/// cell row, runs of equal extent in consecutive rows merged.
QList<FineRect> lotsIn(const FineRect &band, const QSet<qint64> &county)
{
    QList<FineRect> lots;
    for (int row = band.y0 / kFinePerCell; row * kFinePerCell < band.y1; ++row) {
        const int y0 = std::max(row * kFinePerCell, band.y0),
                  y1 = std::min((row + 1) * kFinePerCell, band.y1);
        int runStart = -1;
        for (int col = band.x0 / kFinePerCell; col <= band.x1 / kFinePerCell; ++col) {
            const bool in = col * kFinePerCell < band.x1 && county.contains(cellKey(col, row));
            if (in && runStart < 0)
                runStart = col;
            if (in || runStart < 0)
                continue;
            const FineRect run{runStart * kFinePerCell, y0, col * kFinePerCell, y1};
            runStart = -1;
            auto same = std::find_if(lots.begin(), lots.end(), [&](const FineRect &l) {
                return l.x0 == run.x0 && l.x1 == run.x1 && l.y1 == run.y0;
            });
            if (same != lots.end())
                same->y1 = run.y1;
            else
                lots << run;
        }
    }
    return lots;
}

QList<FineRect> splitAt(const QList<FineRect> &lots, int x, int y)
{
    QList<FineRect> out;
    for (const FineRect &l : lots) {
        QList<FineRect> pieces{l};
        if (x > l.x0 && x < l.x1)
            pieces = {{l.x0, l.y0, x, l.y1}, {x, l.y0, l.x1, l.y1}};
        for (const FineRect &p : std::as_const(pieces)) {
            if (y > p.y0 && y < p.y1)
                out << FineRect{p.x0, p.y0, p.x1, y} << FineRect{p.x0, y, p.x1, p.y1};
            else
                out << p;
        }
    }
    return out;
}

} // namespace

TownLayout TownLayout::build(const LayoutInput &input)
{
    TownLayout town;
    for (int x = 0; x <= kPlanCols; x += kBlockFine)
        town.colCuts << x;
    for (int y = 0; y <= kPlanRows; y += kBlockFine) {
        if (y / kBlockFine == kRiverBlockRow + 1)
            town.rowCuts << kRiverSouth << kRiverNorth;
        town.rowCuts << y;
    }
    if (town.rowCuts.last() != kPlanRows)
        town.rowCuts << kPlanRows;
    const QSet<QPoint> alleys(input.alleyBlocks.cbegin(), input.alleyBlocks.cend());
    const QSet<QPoint> walled(input.walledBlocks.cbegin(), input.walledBlocks.cend());
    for (int r = 0; r + 1 < town.rowCuts.size(); ++r) {
        for (int c = 0; c + 1 < town.colCuts.size(); ++c) {
            Block b;
            b.bounds = {town.colCuts[c], town.rowCuts[r], town.colCuts[c + 1], town.rowCuts[r + 1]};
            b.col = c;
            b.row = r;
            b.water = b.bounds.y0 == kRiverSouth;
            b.lots = lotsIn(b.bounds, input.county);
            if (b.lots.isEmpty())
                continue;
            const QPoint whole(b.bounds.x0 / kBlockFine, b.bounds.y0 / kBlockFine);
            const int midX = b.bounds.x0 + kBlockFine / 2, midY = b.bounds.y0 + kBlockFine / 2;
            if (b.bounds.height() == kBlockFine && walled.contains(whole))
                b.lots = splitAt(b.lots, midX, midY);
            else if (b.bounds.height() == kBlockFine && alleys.contains(whole))
                b.lots = splitAt(b.lots, -1, midY);
            town.blocks << b;
        }
    }

    // The lots, split one at a time: always the one furthest above its target (ties by
    // order), across its longer side near the middle.
    std::mt19937_64 random(input.seed);
    struct Entry
    {
        double over;
        int index;
        bool operator<(const Entry &o) const
        {
            return over != o.over ? over < o.over : index > o.index;
        }
    };
    std::priority_queue<Entry> queue;
    const auto push = [&](const TownGrid &g) {
        town.grids << g;
        const bool splittable = !g.water && std::max(g.rect.width(), g.rect.height()) >= 2;
        if (splittable)
            queue.push({g.rect.areaM2() / targetM2(g.rect.center()), int(town.grids.size()) - 1});
    };
    for (int b = 0; b < town.blocks.size(); ++b)
        for (const FineRect &lot : std::as_const(town.blocks[b].lots))
            push({lot, b, town.blocks[b].water});
    while (town.grids.size() < input.gridCount && !queue.empty()) {
        const int i = queue.top().index;
        queue.pop();
        const TownGrid g = town.grids[i];
        const FineRect r = g.rect;
        const bool alongX = r.width() * 1.0 >= r.height();
        const int length = alongX ? r.width() : r.height();
        const int jitter = length >= 5 ? int(random() % 3) - 1 : 0;
        const int at = std::clamp(length / 2 + jitter, 1, length - 1);
        TownGrid a = g, b = g;
        if (alongX) {
            a.rect.x1 = r.x0 + at;
            b.rect.x0 = r.x0 + at;
        } else {
            a.rect.y1 = r.y0 + at;
            b.rect.y0 = r.y0 + at;
        }
        town.grids[i] = a;
        if (std::max(a.rect.width(), a.rect.height()) >= 2)
            queue.push({a.rect.areaM2() / targetM2(a.rect.center()), i});
        push(b);
    }
    town.m_gridOfFine = QList<int>(kPlanCols * kPlanRows, -1);
    for (int i = 0; i < town.grids.size(); ++i) {
        const FineRect &r = town.grids[i].rect;
        town.blocks[town.grids[i].block].grids << i;
        for (int y = r.y0; y < r.y1; ++y)
            for (int x = r.x0; x < r.x1; ++x)
                town.m_gridOfFine[y * kPlanCols + x] = i;
    }
    return town;
}

int TownLayout::gridAt(const QPointF &plan) const
{
    const int x = int(std::floor(plan.x())), y = int(std::floor(plan.y()));
    if (x < 0 || y < 0 || x >= kPlanCols || y >= kPlanRows)
        return -1;
    return m_gridOfFine[y * kPlanCols + x];
}

Core::Ring TownLayout::ringOf(const FineRect &r) const
{
    Core::Ring ring;
    for (int x = r.x0; x < r.x1; ++x)
        ring << townLonLat(QPointF(x, r.y0));
    for (int y = r.y0; y < r.y1; ++y)
        ring << townLonLat(QPointF(r.x1, y));
    for (int x = r.x1; x > r.x0; --x)
        ring << townLonLat(QPointF(x, r.y1));
    for (int y = r.y1; y > r.y0; --y)
        ring << townLonLat(QPointF(r.x0, y));
    ring << ring.first();
    return ring;
}

Core::Ring TownLayout::outlineOf(const QList<int> &gridIndexes) const
{
    // Every grid's boundary as unit edges, counter-clockwise; an edge shared with a
    // neighbour in the set appears once each way and cancels; the rest chain into the outline.
    std::map<std::pair<quint64, quint64>, bool> edges;
    const auto add = [&](int ax, int ay, int bx, int by) {
        const auto reverse = std::make_pair(vertexKey(bx, by), vertexKey(ax, ay));
        if (auto it = edges.find(reverse); it != edges.end())
            edges.erase(it);
        else
            edges.emplace(std::make_pair(vertexKey(ax, ay), vertexKey(bx, by)), true);
    };
    for (int i : gridIndexes) {
        const FineRect &r = grids[i].rect;
        for (int x = r.x0; x < r.x1; ++x) {
            add(x, r.y0, x + 1, r.y0);
            add(x + 1, r.y1, x, r.y1);
        }
        for (int y = r.y0; y < r.y1; ++y) {
            add(r.x1, y, r.x1, y + 1);
            add(r.x0, y + 1, r.x0, y);
        }
    }
    std::map<quint64, quint64> next;
    for (const auto &[edge, unused] : edges)
        next[edge.first] = edge.second;
    Core::Ring ring;
    if (next.empty())
        return ring;
    const quint64 start = next.begin()->first;
    quint64 at = start;
    do {
        ring << townLonLat(QPointF(int(at >> 32) - 1000, int(at & 0xffffffffu) - 1000));
        at = next.at(at);
    } while (at != start && ring.size() <= qsizetype(next.size()));
    ring << ring.first();
    return ring;
}

} // namespace Cc::Demo
