// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/gazetteer/reversegeocoder.h>

#include "linegeometry.h"

#include <cc/storage/database.h>

#include <QSet>

#include <array>
#include <cmath>
#include <memory>

namespace Cc::Gazetteer {

namespace {

/// Places a report can be "in": walled or fenced grounds with a name people use.
const QSet<QString> &enclosedKinds()
{
    static const QSet<QString> kinds{QStringLiteral("compound"), QStringLiteral("school"),
                                     QStringLiteral("hospital"), QStringLiteral("market"),
                                     QStringLiteral("park"),     QStringLiteral("landmark")};
    return kinds;
}

/// Where a point lies on a line: metres away, the fraction along it, and which side (left as
/// seen walking from the first point to the last).
struct Projection
{
    double distanceM = 1e300;
    double fraction = 0;
    bool left = false;
};

Projection project(const Core::Ring &line, const QPointF &lonLat)
{
    Projection best;
    const double total = lengthM(line);
    double walked = 0;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF d = metresBetween(line[i - 1], line[i]);
        const QPointF v = metresBetween(line[i - 1], lonLat);
        const double len2 = d.x() * d.x() + d.y() * d.y();
        const double len = std::sqrt(len2);
        const double t = len2 > 0 ? std::clamp((v.x() * d.x() + v.y() * d.y()) / len2, 0.0, 1.0)
                                  : 0.0;
        const double dist = std::hypot(v.x() - t * d.x(), v.y() - t * d.y());
        if (dist < best.distanceM) {
            best.distanceM = dist;
            best.fraction = total > 0 ? (walked + t * len) / total : 0.5;
            best.left = d.x() * v.y() - d.y() * v.x() > 0;
        }
        walked += len;
    }
    return best;
}

/// The eight winds of a vector (east, north in metres), as the Matcher reads them.
QString windOf(const QPointF &v)
{
    static const char16_t *const winds[] = {u"东", u"东北", u"北", u"西北",
                                            u"西", u"西南", u"南", u"东南"};
    const double angle = std::atan2(v.y(), v.x()); // 0 = east, counter-clockwise
    const int sector = int(std::lround(angle / (M_PI / 4))) & 7;
    return QString::fromUtf16(winds[sector]);
}

} // namespace

ReverseGeocoder::ReverseGeocoder(GazetteerData data) : m_data(std::move(data)) {}

QString ReverseGeocoder::describe(const QPointF &lonLat) const
{
    if (!std::isfinite(lonLat.x()) || !std::isfinite(lonLat.y()))
        return {};
    for (const auto &describeAt :
         {&ReverseGeocoder::placeAround, &ReverseGeocoder::houseNumberBeside,
          &ReverseGeocoder::crossingNear}) {
        if (QString text = (this->*describeAt)(lonLat); !text.isEmpty())
            return text;
    }
    return {};
}

QString ReverseGeocoder::placeAround(const QPointF &lonLat) const
{
    // The smallest enclosing one: a school inside a compound's square is the school.
    const Place *best = nullptr;
    for (const Place &place : m_data.places) {
        if (place.extentM <= 0 || !enclosedKinds().contains(place.kind))
            continue;
        const QPointF d = metresBetween(place.point, lonLat);
        if (std::abs(d.x()) <= place.extentM && std::abs(d.y()) <= place.extentM
            && (!best || place.extentM < best->extentM))
            best = &place;
    }
    return best ? best->name : QString();
}

QString ReverseGeocoder::houseNumberBeside(const QPointF &lonLat) const
{
    const Street *best = nullptr;
    Projection at;
    for (const Street &street : m_data.streets) {
        if (street.leftFrom <= 0 && street.leftTo <= 0 && street.rightFrom <= 0
            && street.rightTo <= 0)
            continue;
        const Projection p = project(street.line, lonLat);
        if (p.distanceM < at.distanceM) {
            at = p;
            best = &street;
        }
    }
    if (!best || at.distanceM > kStreetReachM)
        return {};
    // The side it lies on, or the other when that side has no numbers.
    const bool leftHas = best->leftFrom > 0 || best->leftTo > 0;
    const bool rightHas = best->rightFrom > 0 || best->rightTo > 0;
    const bool useLeft = at.left ? leftHas : !rightHas;
    const int from = useLeft ? best->leftFrom : best->rightFrom;
    const int to = useLeft ? best->leftTo : best->rightTo;
    const int parity = (from > 0 ? from : to) % 2;
    int number = int(std::lround(from + at.fraction * (to - from)));
    if (number % 2 != parity)
        number += number < std::max(from, to) ? 1 : -1;
    number = std::max(number, 1);
    return QStringLiteral("%1%2号").arg(best->name).arg(number);
}

QString ReverseGeocoder::crossingNear(const QPointF &lonLat) const
{
    const Intersection *best = nullptr;
    QPointF bestOffset;
    double bestM = kCrossingReachM;
    for (const Intersection &crossing : m_data.intersections) {
        const QPointF d = metresBetween(crossing.point, lonLat);
        const double m = std::hypot(d.x(), d.y());
        if (m <= bestM) {
            bestM = m;
            best = &crossing;
            bestOffset = d;
        }
    }
    if (!best)
        return {};
    const QString crossing = QStringLiteral("%1与%2交叉口").arg(best->streetA, best->streetB);
    const int metres = int(std::lround(bestM / 10.0)) * 10;
    if (metres < 10)
        return crossing;
    return crossing + QStringLiteral("向%1%2米").arg(windOf(bestOffset)).arg(metres);
}

std::function<QString(const QPointF &)> describerOf(Storage::Database &db)
{
    struct State
    {
        Storage::Database &db;
        std::array<qint64, 4> key{-1, -1, -1, -1};
        std::unique_ptr<ReverseGeocoder> reverse;
    };
    auto state = std::make_shared<State>(State{db, {}, nullptr});
    return [state](const QPointF &lonLat) -> QString {
        auto st = state->db.prepare(QStringLiteral(
            "SELECT (SELECT count(*) FROM gazetteer_street), (SELECT max(fid) FROM gazetteer_street), "
            "(SELECT count(*) FROM gazetteer_place), (SELECT max(fid) FROM gazetteer_place)"));
        if (!st)
            return {};
        if (auto row = st->step(); !row || !row.value())
            return {};
        const std::array<qint64, 4> key{st->integer(0), st->integer(1), st->integer(2),
                                        st->integer(3)};
        if (!state->reverse || key != state->key) {
            auto data = GazetteerStore(state->db).load();
            if (!data)
                return {};
            state->reverse = std::make_unique<ReverseGeocoder>(std::move(data).value());
            state->key = key;
        }
        return state->reverse->describe(lonLat);
    };
}

} // namespace Cc::Gazetteer
