// SPDX-License-Identifier: GPL-3.0-or-later
#include "linegeometry.h"

#include <cc/geo/distance.h>

#include <algorithm>
#include <cmath>

namespace Cc::Gazetteer {

namespace {
double metresPerDegreeLon(double lat)
{
    return Geo::metresPerDegree() * std::cos(lat * M_PI / 180.0);
}
} // namespace

QPointF metresBetween(const QPointF &from, const QPointF &to)
{
    const double lat = (from.y() + to.y()) / 2;
    return {(to.x() - from.x()) * metresPerDegreeLon(lat),
            (to.y() - from.y()) * Geo::metresPerDegree()};
}

QPointF movedBy(const QPointF &lonLat, double eastM, double northM)
{
    return {lonLat.x() + eastM / metresPerDegreeLon(lonLat.y()),
            lonLat.y() + northM / Geo::metresPerDegree()};
}

double lengthM(const Core::Ring &line)
{
    double total = 0;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF d = metresBetween(line[i - 1], line[i]);
        total += std::hypot(d.x(), d.y());
    }
    return total;
}

Along alongLine(const Core::Ring &line, double fraction)
{
    if (line.isEmpty())
        return {};
    if (line.size() == 1)
        return {line.first()};
    double remaining = std::clamp(fraction, 0.0, 1.0) * lengthM(line);
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF d = metresBetween(line[i - 1], line[i]);
        const double len = std::hypot(d.x(), d.y());
        if (len <= 0)
            continue;
        const QPointF unit(d.x() / len, d.y() / len);
        if (remaining <= len || i == line.size() - 1) {
            const double t = std::min(remaining, len);
            return {movedBy(line[i - 1], unit.x() * t, unit.y() * t), unit};
        }
        remaining -= len;
    }
    return {line.last()};
}

} // namespace Cc::Gazetteer
