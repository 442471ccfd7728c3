// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/geo/distance.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Cc::Geo {

namespace {
constexpr double kToRad = std::numbers::pi / 180.0;
}

double metresPerDegree()
{
    return kEarthRadiusM * kToRad;
}

double groundDistanceM(const QPointF &a, const QPointF &b)
{
    const double lat1 = a.y() * kToRad, lat2 = b.y() * kToRad;
    const double sinLat = std::sin((lat2 - lat1) / 2);
    const double sinLon = std::sin((b.x() - a.x()) * kToRad / 2);
    const double h = sinLat * sinLat + std::cos(lat1) * std::cos(lat2) * sinLon * sinLon;
    if (std::isnan(h))
        return h; // std::min below would turn NaN into 1 (half the globe)
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

QList<Nearby> nearestFirst(const QPointF &from, qsizetype size,
                           const std::function<QPointF(qsizetype)> &positionAt, qsizetype count)
{
    QList<Nearby> out;
    out.reserve(size);
    for (qsizetype i = 0; i < size; ++i) {
        const double metres = groundDistanceM(from, positionAt(i));
        if (std::isfinite(metres))
            out.append({i, metres});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Nearby &a, const Nearby &b) { return a.metres < b.metres; });
    if (count >= 0 && count < out.size())
        out.resize(count);
    return out;
}

} // namespace Cc::Geo
