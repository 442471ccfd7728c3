// SPDX-License-Identifier: GPL-3.0-or-later
// The one ground distance (haversine on the mean sphere, as PostGIS ST_DistanceSphere)
// against known values, and "the nearest points" built on it.
#include <cc/geo/distance.h>

#include <QTest>

#include <cmath>
#include <limits>
#include <numbers>

using namespace Cc;

class TestDistance : public QObject
{
    Q_OBJECT

private slots:
    void knownDistances_data()
    {
        QTest::addColumn<QPointF>("a");
        QTest::addColumn<QPointF>("b");
        QTest::addColumn<double>("metres");
        QTest::addColumn<double>("tolerance");
        const double r = Geo::kEarthRadiusM;
        // Arcs of the sphere: exact by definition.
        QTest::newRow("same point") << QPointF(114.3, 35.9) << QPointF(114.3, 35.9) << 0.0 << 0.0;
        QTest::newRow("equator, quarter")
            << QPointF(0, 0) << QPointF(90, 0) << r * std::numbers::pi / 2 << 1e-6;
        QTest::newRow("equator to pole")
            << QPointF(30, 0) << QPointF(-150, 90) << r * std::numbers::pi / 2 << 1e-6;
        QTest::newRow("antipodes") << QPointF(0, 0) << QPointF(180, 0) << 20015114.4420 << 1e-3;
        QTest::newRow("one degree of latitude")
            << QPointF(114.3, 35.0) << QPointF(114.3, 36.0) << 111195.080234 << 1e-5;
        QTest::newRow("across the date line")
            << QPointF(179.5, 0) << QPointF(-179.5, 0) << 111195.080234 << 1e-5;
        // Spherical law of cosines (another formula on the same sphere), city and country scale.
        QTest::newRow("0.01 deg east at 35.9 N")
            << QPointF(114.30, 35.90) << QPointF(114.31, 35.90) << 900.726445 << 1e-3;
        QTest::newRow("Beijing-Shanghai")
            << QPointF(116.4074, 39.9042) << QPointF(121.4737, 31.2304) << 1067311.6452 << 1e-2;
    }

    void knownDistances()
    {
        QFETCH(QPointF, a);
        QFETCH(QPointF, b);
        QFETCH(double, metres);
        QFETCH(double, tolerance);
        const double d = Geo::groundDistanceM(a, b);
        QVERIFY2(std::abs(d - metres) <= tolerance,
                 qPrintable(QStringLiteral("%1 m").arg(d, 0, 'f', 6)));
        QCOMPARE(Geo::groundDistanceM(b, a), d); // symmetric
    }

    void mapScaleAgreesWithTheDistance()
    {
        // A pixel's metres (Viewport::metresPerPixel) are measured with the same sphere.
        const QPointF p(114.3, 35.9);
        QVERIFY(
            std::abs(Geo::groundDistanceM(p, p + QPointF(0, 1e-3)) - Geo::metresPerDegree() * 1e-3)
            < 1e-6);
    }

    void nonFiniteIsNotANumber_data()
    {
        QTest::addColumn<QPointF>("b");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("nan lon") << QPointF(nan, 35.9);
        QTest::newRow("nan lat") << QPointF(114.3, nan);
        QTest::newRow("inf lon") << QPointF(inf, 35.9);
    }

    void nonFiniteIsNotANumber()
    {
        QFETCH(QPointF, b);
        QVERIFY(std::isnan(Geo::groundDistanceM(QPointF(114.3, 35.9), b)));
    }

    void nearestFirst()
    {
        const QPointF from(114.30, 35.90);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const QList<QPointF> points{from + QPointF(0.003, 0),  from + QPointF(0, 0.001),
                                    QPointF(nan, nan),         from + QPointF(-0.001, 0),
                                    from + QPointF(0, -0.001), from + QPointF(0.0005, 0)};
        const auto at = [&](qsizetype i) { return points[i]; };
        const QList<Geo::Nearby> all = Geo::nearestFirst(from, points.size(), at);
        QList<qsizetype> order;
        for (const Geo::Nearby &n : all)
            order << n.index;
        // 5 (0.0005° east, ~45 m); 3 (0.001° west, ~90 m) before 1 and 4 (0.001° of
        // latitude, ~111 m, equal: list order); then 0; the NaN point is left out.
        QCOMPARE(order, (QList<qsizetype>{5, 3, 1, 4, 0}));
        QVERIFY(std::abs(all[2].metres - Geo::metresPerDegree() * 0.001) < 1e-6);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1].metres <= all[i].metres);
        QCOMPARE(Geo::nearestFirst(from, points.size(), at, 2), all.mid(0, 2));
        QCOMPARE(Geo::nearestFirst(from, points.size(), at, 0).size(), 0);
        QCOMPARE(Geo::nearestFirst(from, 0, at).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDistance)
#include "tst_distance.moc"
