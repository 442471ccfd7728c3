// SPDX-License-Identifier: GPL-3.0-or-later
#include "townplaces.h"

#include <algorithm>
#include <cmath>

namespace Cc::Demo {

namespace {

double uniform(std::mt19937_64 &random, double lo, double hi)
{
    return std::uniform_real_distribution<double>(lo, hi)(random);
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF d = b - a;
    const double len2 = QPointF::dotProduct(d, d);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = a + d * t - p;
    return std::hypot(q.x(), q.y());
}

/// The house number at fraction t of a side numbered from→to (odd or even all along).
int houseNumber(int from, int to, double t)
{
    return from + 2 * int(std::lround(t * (to - from) / 2.0));
}

} // namespace

TownPlaces::TownPlaces(const CityPlan &plan) : m_plan(plan)
{
    const auto &streets = plan.network.gazetteer.streets;
    for (int i = 0; i < streets.size(); ++i) {
        const QLineF line = plan.network.planLines[i];
        const double length = line.length();
        if (length <= 0)
            continue;
        const QPointF d = (line.p2() - line.p1()) / length;
        for (const bool left : {true, false}) {
            const QPointF normal = left ? QPointF(-d.y(), d.x()) : QPointF(d.y(), -d.x());
            if (plan.town.gridAt(line.center() + normal * 0.5) < 0)
                continue; // no land of the county on this side
            m_kerbs << Kerb{i,
                            left,
                            line.p1(),
                            line.p2(),
                            normal,
                            length * kFineM,
                            streetHalfWidthM(streets[i].kind)};
            m_cumulative << kerbLengthM() + length * kFineM;
        }
    }
}

Spot TownPlaces::spotAt(const QPointF &plan) const
{
    Spot s;
    s.cell = m_plan.town.gridAt(plan);
    // A grid's edges are chords between lattice points of a bent line: a point within a few
    // centimetres of one may lie on the other side of it. Keep a metre clear.
    QPointF inside = plan;
    if (s.cell >= 0) {
        const FineRect &r = m_plan.town.grids[s.cell].rect;
        constexpr double margin = 1.0 / kFineM;
        inside = {std::clamp(plan.x(), r.x0 + margin, r.x1 - margin),
                  std::clamp(plan.y(), r.y0 + margin, r.y1 - margin)};
    }
    s.lonLat = townLonLat(inside);
    return s;
}

qsizetype TownPlaces::indexAt(double alongM) const
{
    return std::clamp<qsizetype>(std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(),
                                                  alongM)
                                     - m_cumulative.cbegin(),
                                 0, m_kerbs.size() - 1);
}

Spot TownPlaces::atKerb(double alongM, double offsetM) const
{
    const qsizetype k = indexAt(alongM);
    const Kerb &kerb = m_kerbs[k];
    const double start = k > 0 ? m_cumulative[k - 1] : 0.0;
    double t = std::clamp((alongM - start) / kerb.lengthM, 0.0, 1.0);
    QPointF at = kerb.a + (kerb.z - kerb.a) * t + kerb.normal * (offsetM / kFineM);
    if (m_plan.town.gridAt(at) < 0) { // past the county's edge: at the kerb's middle
        t = 0.5;
        at = kerb.a + (kerb.z - kerb.a) * t + kerb.normal * std::min(offsetM / kFineM, 0.5);
    }
    Spot s = spotAt(at);
    const Gazetteer::Street &street = m_plan.network.gazetteer.streets[kerb.street];
    s.road = street.name;
    int from = kerb.left ? street.leftFrom : street.rightFrom;
    int to = kerb.left ? street.leftTo : street.rightTo;
    if (from == 0) // a side with no numbers: the other side's
        from = kerb.left ? street.rightFrom : street.leftFrom,
        to = kerb.left ? street.rightTo : street.leftTo;
    s.address = street.name + QString::number(houseNumber(from, to, t)) + QStringLiteral("号");
    return s;
}

Spot TownPlaces::byStreet(std::mt19937_64 &random) const
{
    const double along = uniform(random, 0.0, kerbLengthM());
    return atKerb(along, kerbAt(along).halfWidthM + uniform(random, 1.0, 12.0));
}

Spot TownPlaces::byPlace(std::mt19937_64 &random, const QStringList &kinds) const
{
    const auto &places = m_plan.network.gazetteer.places;
    QList<int> fitting;
    for (int i = 0; i < places.size(); ++i)
        if (kinds.contains(places[i].kind))
            fitting << i;
    if (fitting.isEmpty())
        return {};
    const int i = fitting[qsizetype(random() % quint64(fitting.size()))];
    const FineRect &lot = m_plan.network.placeLots[i];
    // Inside the walls or just outside a gate: a lot and 30 m around it.
    const double margin = 30.0 / kFineM;
    const QPointF at(uniform(random, lot.x0 - margin, lot.x1 + margin),
                     uniform(random, lot.y0 - margin, lot.y1 + margin));
    Spot s = spotAt(m_plan.town.gridAt(at) >= 0 ? at : lot.center());
    s.road = roadNear(at);
    const QPointF off = at - lot.center();
    const bool inside = lot.contains(at);
    const QString gate = inside ? QString()
                         : std::abs(off.x()) > std::abs(off.y())
                             ? (off.x() > 0 ? QStringLiteral("东门") : QStringLiteral("西门"))
                         : off.y() > 0 ? QStringLiteral("北门")
                                       : QStringLiteral("南门");
    s.address = places[i].name + gate;
    return s;
}

QString TownPlaces::roadNear(const QPointF &plan) const
{
    const auto &lines = m_plan.network.planLines;
    double best = 1e300;
    int nearest = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const double d = distanceToSegment(plan, lines[i].p1(), lines[i].p2());
        if (d < best)
            best = d, nearest = i;
    }
    return nearest < 0 ? QString() : m_plan.network.gazetteer.streets[nearest].name;
}

} // namespace Cc::Demo
