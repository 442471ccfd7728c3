// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small town for the gazetteer tests, laid out in metres around an origin: three streets
// west–east (岳飞街 y = −600, 人民路 y = 0 in two blocks, 中华路 y = 600), two north–south
// (解放路 x = 0, 迎宾大道 x = 600), four places. Numbers 左单右双, a door every ~10 m.

#include <cc/gazetteer/gazetteer.h>
#include <cc/geo/distance.h>

#include <cmath>

namespace GazTest {

inline const QPointF kOrigin(114.35, 35.92);

inline QPointF at(double eastM, double northM)
{
    const double perLat = Cc::Geo::metresPerDegree();
    const double perLon = perLat * std::cos(kOrigin.y() * M_PI / 180.0);
    return {kOrigin.x() + eastM / perLon, kOrigin.y() + northM / perLat};
}

inline Cc::Gazetteer::Street street(const QString &name, QPointF from, QPointF to, int leftFrom,
                                    int leftTo, int rightFrom, int rightTo)
{
    Cc::Gazetteer::Street s;
    s.name = name;
    s.line = {at(from.x(), from.y()), at(to.x(), to.y())};
    s.leftFrom = leftFrom;
    s.leftTo = leftTo;
    s.rightFrom = rightFrom;
    s.rightTo = rightTo;
    s.source = QStringLiteral("test");
    return s;
}

inline Cc::Gazetteer::Place place(const QString &name, const QString &kind, QPointF where,
                                  double extentM, const QStringList &aliases = {})
{
    Cc::Gazetteer::Place p;
    p.name = name;
    p.kind = kind;
    p.point = at(where.x(), where.y());
    p.extentM = extentM;
    p.aliases = aliases;
    p.source = QStringLiteral("test");
    return p;
}

inline Cc::Gazetteer::GazetteerData town()
{
    Cc::Gazetteer::GazetteerData d;
    d.streets = {
        street(QStringLiteral("人民路"), {-600, 0}, {0, 0}, 1, 59, 2, 60),
        street(QStringLiteral("人民路"), {0, 0}, {600, 0}, 61, 119, 62, 120),
        street(QStringLiteral("中华路"), {-600, 600}, {600, 600}, 1, 119, 2, 120),
        street(QStringLiteral("岳飞街"), {-600, -600}, {600, -600}, 1, 119, 2, 120),
        street(QStringLiteral("解放路"), {0, 600}, {0, -600}, 1, 119, 2, 120),
        street(QStringLiteral("迎宾大道"), {600, 600}, {600, -600}, 1, 119, 2, 120),
    };
    d.places = {
        place(QStringLiteral("第一中学"), QStringLiteral("school"), {300, 300}, 90,
              {QStringLiteral("一中")}),
        place(QStringLiteral("人民路小学"), QStringLiteral("school"), {-300, 300}, 45),
        place(QStringLiteral("县人民医院"), QStringLiteral("hospital"), {300, -300}, 80,
              {QStringLiteral("人民医院"), QStringLiteral("县医院")}),
        place(QStringLiteral("和平小区"), QStringLiteral("compound"), {-300, -300}, 100),
    };
    d.intersections = Cc::Gazetteer::deriveIntersections(d.streets);
    return d;
}

} // namespace GazTest
