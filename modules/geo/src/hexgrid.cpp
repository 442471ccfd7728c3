// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/geo/hexgrid.h>

#include <cc/geo/distance.h>

#include <cmath>
#include <numbers>

namespace Cc::Geo {

namespace {
constexpr double kSqrt3 = std::numbers::sqrt3;
constexpr double kToRad = std::numbers::pi / 180.0;
} // namespace

HexGrid::HexGrid(double spacingM, const QPointF &origin)
    : m_spacing(spacingM)
    , m_radius(spacingM / kSqrt3)
    , m_origin(origin)
    , m_metresPerLon(metresPerDegree() * std::cos(origin.y() * kToRad))
    , m_metresPerLat(metresPerDegree())
{}

double HexGrid::cellAreaM2() const
{
    return 1.5 * kSqrt3 * m_radius * m_radius;
}

QPointF HexGrid::toPlane(const QPointF &lonLat) const
{
    return {(lonLat.x() - m_origin.x()) * m_metresPerLon,
            (lonLat.y() - m_origin.y()) * m_metresPerLat};
}

QPointF HexGrid::fromPlane(const QPointF &xy) const
{
    return {m_origin.x() + xy.x() / m_metresPerLon, m_origin.y() + xy.y() / m_metresPerLat};
}

QPointF HexGrid::planeCentre(const HexCell &cell) const
{
    return {m_radius * kSqrt3 * (cell.q + cell.r / 2.0), m_radius * 1.5 * cell.r};
}

HexCell HexGrid::cellAt(const QPointF &lonLat) const
{
    const QPointF p = toPlane(lonLat);
    // Cube rounding finds the cell or a neighbour of it; the nearest centre among the
    // rounded cell and its six neighbours decides, so ties follow the documented rule and
    // not the rounding's floating-point luck.
    const double fq = (kSqrt3 / 3 * p.x() - p.y() / 3) / m_radius;
    const double fr = (2.0 / 3 * p.y()) / m_radius;
    const double fs = -fq - fr;
    double q = std::round(fq), r = std::round(fr), s = std::round(fs);
    const double dq = std::abs(q - fq), dr = std::abs(r - fr), ds = std::abs(s - fs);
    if (dq > dr && dq > ds)
        q = -r - s;
    else if (dr > ds)
        r = -q - s;
    const HexCell rounded{int(q), int(r)};
    static constexpr int kNeighbours[7][2] = {{0, 0},  {1, 0},  {-1, 0}, {0, 1},
                                              {0, -1}, {1, -1}, {-1, 1}};
    const double tie = 1e-9 * m_spacing * m_spacing;
    HexCell best = rounded;
    double bestD = -1;
    for (const auto &n : kNeighbours) {
        const HexCell c{rounded.q + n[0], rounded.r + n[1]};
        const QPointF d = planeCentre(c) - p;
        const double d2 = d.x() * d.x() + d.y() * d.y();
        // South first (smaller r), then west (smaller x of the centre at equal r: smaller q).
        const bool better = bestD < 0 || d2 < bestD - tie
                            || (d2 <= bestD + tie
                                && (c.r < best.r || (c.r == best.r && c.q < best.q)));
        if (better) {
            best = c;
            bestD = bestD < 0 || d2 < bestD ? d2 : bestD;
        }
    }
    return best;
}

QPointF HexGrid::centre(const HexCell &cell) const
{
    return fromPlane(planeCentre(cell));
}

QList<QPointF> HexGrid::corners(const HexCell &cell) const
{
    const QPointF c = planeCentre(cell);
    QList<QPointF> out;
    out.reserve(6);
    for (int i = 0; i < 6; ++i) {
        const double a = (60.0 * i + 30.0) * kToRad;
        out << fromPlane(c + QPointF(m_radius * std::cos(a), m_radius * std::sin(a)));
    }
    return out;
}

} // namespace Cc::Geo
