// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/gazetteer/gazetteer.h>

#include "linegeometry.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <tuple>

namespace Cc::Gazetteer {

namespace {

constexpr double kTouchM = 2.0;      // ends this close meet (digitised networks rarely snap)
constexpr double kSamePlaceM = 30.0; // one crossing of a pair of names, however drawn

struct Segment
{
    int street;
    QPointF a, b;      ///< lon/lat
    double minX, maxX; ///< lon, for the sweep
    double minY, maxY;
};

/// Where two segments cross or come within kTouchM (in metres from `origin`); nullopt else.
std::optional<QPointF> meeting(const Segment &s, const Segment &t, const QPointF &origin)
{
    const QPointF p = metresBetween(origin, s.a), p2 = metresBetween(origin, s.b);
    const QPointF q = metresBetween(origin, t.a), q2 = metresBetween(origin, t.b);
    const QPointF r = p2 - p, u = q2 - q;
    const double denom = r.x() * u.y() - r.y() * u.x();
    if (std::abs(denom) > 1e-9) {
        const QPointF qp = q - p;
        const double ts = (qp.x() * u.y() - qp.y() * u.x()) / denom;
        const double tt = (qp.x() * r.y() - qp.y() * r.x()) / denom;
        if (ts >= 0 && ts <= 1 && tt >= 0 && tt <= 1)
            return p + r * ts;
    }
    // Not crossing: an end of one near the other (a T that stops short, ends not snapped).
    const auto nearest = [](const QPointF &x, const QPointF &a, const QPointF &d) {
        const double len2 = QPointF::dotProduct(d, d);
        const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(x - a, d) / len2, 0.0, 1.0) : 0;
        return a + d * t;
    };
    for (const auto &[end, a, d] :
         {std::tuple{p, q, u}, std::tuple{p2, q, u}, std::tuple{q, p, r}, std::tuple{q2, p, r}}) {
        const QPointF n = nearest(end, a, d);
        if (std::hypot(n.x() - end.x(), n.y() - end.y()) <= kTouchM)
            return (n + end) / 2;
    }
    return std::nullopt;
}

} // namespace

QList<Intersection> deriveIntersections(const QList<Street> &streets)
{
    std::vector<Segment> segments;
    for (int s = 0; s < streets.size(); ++s) {
        const Core::Ring &line = streets[s].line;
        for (qsizetype i = 1; i < line.size(); ++i) {
            const QPointF a = line[i - 1], b = line[i];
            segments.push_back({s, a, b, std::min(a.x(), b.x()), std::max(a.x(), b.x()),
                                std::min(a.y(), b.y()), std::max(a.y(), b.y())});
        }
    }
    if (segments.empty())
        return {};
    std::sort(segments.begin(), segments.end(),
              [](const Segment &l, const Segment &r) { return l.minX < r.minX; });
    const QPointF origin(segments.front().minX, segments.front().minY);
    const double slackX = kTouchM / 80000.0, slackY = kTouchM / 110000.0; // degrees, generous

    std::map<std::pair<QString, QString>, QList<QPointF>> found; // ordered: stable output
    for (size_t i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        for (size_t j = i + 1; j < segments.size() && segments[j].minX <= s.maxX + slackX; ++j) {
            const Segment &t = segments[j];
            const QString &na = streets[s.street].name, &nb = streets[t.street].name;
            if (na == nb || t.minY > s.maxY + slackY || t.maxY < s.minY - slackY)
                continue;
            const auto at = meeting(s, t, origin);
            if (!at)
                continue;
            const QPointF lonLat = movedBy(origin, at->x(), at->y());
            QList<QPointF> &points = found[na < nb ? std::pair{na, nb} : std::pair{nb, na}];
            const bool known = std::any_of(points.cbegin(), points.cend(), [&](const QPointF &p) {
                const QPointF d = metresBetween(p, lonLat);
                return std::hypot(d.x(), d.y()) < kSamePlaceM;
            });
            if (!known)
                points << lonLat;
        }
    }
    QList<Intersection> out;
    for (const auto &[names, points] : found) {
        for (const QPointF &p : points)
            out << Intersection{names.first, names.second, p};
    }
    return out;
}

} // namespace Cc::Gazetteer
