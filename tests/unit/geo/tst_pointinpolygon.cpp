// SPDX-License-Identifier: GPL-3.0-or-later
// The one point-in-polygon test (ST_Covers semantics, holes respected) and its agreement
// with the Geocoder, which shares the side test.
#include <cc/geo/geocoder.h>
#include <cc/geo/pointinpolygon.h>

#include <QTest>

#include <limits>
#include <random>

using namespace Cc::Geo;

namespace {

Ring rect(double x0, double y0, double x1, double y1)
{
    return {QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1), QPointF(x0, y0)};
}

/// A 4 × 4 square with a 2 × 2 hole in its middle.
const PolygonRings kFramed{rect(0, 0, 4, 4), rect(1, 1, 3, 3)};

} // namespace

class TestPointInPolygon : public QObject
{
    Q_OBJECT

private slots:
    void covers_data()
    {
        QTest::addColumn<PolygonRings>("polygon");
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<bool>("covered");
        QTest::newRow("inside the frame") << kFramed << QPointF(0.5, 0.5) << true;
        QTest::newRow("inside the hole") << kFramed << QPointF(2, 2) << false;
        QTest::newRow("on the hole's edge") << kFramed << QPointF(2, 1) << true;
        QTest::newRow("on the hole's corner") << kFramed << QPointF(3, 3) << true;
        QTest::newRow("on the outer edge") << kFramed << QPointF(4, 2) << true;
        QTest::newRow("on the outer corner") << kFramed << QPointF(0, 0) << true;
        QTest::newRow("outside") << kFramed << QPointF(5, 2) << false;
        QTest::newRow("level with a vertex, outside") << kFramed << QPointF(-1, 4) << false;
        QTest::newRow("no hole: centre") << PolygonRings{rect(0, 0, 4, 4)} << QPointF(2, 2) << true;
        QTest::newRow("unclosed ring")
            << PolygonRings{{QPointF(0, 0), QPointF(4, 0), QPointF(0, 4)}} << QPointF(1, 1) << true;
        QTest::newRow("unclosed ring, its closing edge")
            << PolygonRings{{QPointF(0, 0), QPointF(4, 0), QPointF(0, 4)}} << QPointF(0, 2) << true;
        QTest::newRow("diagonal edge, just outside")
            << PolygonRings{{QPointF(0, 0), QPointF(4, 0), QPointF(0, 4), QPointF(0, 0)}}
            << QPointF(2.0001, 2) << false;
        QTest::newRow("empty polygon") << PolygonRings{} << QPointF(0, 0) << false;
        QTest::newRow("NaN") << kFramed << QPointF(std::numeric_limits<double>::quiet_NaN(), 2)
                             << false;
    }

    void covers()
    {
        QFETCH(PolygonRings, polygon);
        QFETCH(QPointF, point);
        QFETCH(bool, covered);
        QCOMPARE(Cc::Geo::covers(polygon, point), covered);
    }

    void firstCoveringSkipsHoles()
    {
        // A square inside the hole of the frame: the point in the hole belongs to it alone.
        const QList<PolygonRings> layer{kFramed, {rect(1, 1, 3, 3)}};
        const auto geom = [](const PolygonRings &p) { return p; };
        QCOMPARE(firstCovering(layer, QPointF(2, 2), geom), qsizetype(1));
        QCOMPARE(firstCovering(layer, QPointF(0.5, 2), geom), qsizetype(0));
        QCOMPARE(firstCovering(layer, QPointF(9, 9), geom), qsizetype(-1));
    }

    void agreesWithTheGeocoder()
    {
        // Framed squares with holes of varying size on a lattice, edges shared between
        // neighbours; random points and every vertex.
        QStringList keys;
        QList<PolygonRings> polygons;
        for (int i = 0; i < 6; ++i)
            for (int j = 0; j < 6; ++j) {
                const double h = 0.1 + 0.05 * ((i + j) % 5);
                keys << QStringLiteral("%1").arg(i * 6 + j, 3, 10, QLatin1Char('0'));
                polygons << PolygonRings{rect(i, j, i + 1, j + 1),
                                         rect(i + h, j + h, i + 1 - h, j + 1 - h)};
            }
        const Geocoder geocoder(keys, polygons);
        QList<QPointF> points;
        std::mt19937_64 rng(11);
        std::uniform_real_distribution<double> u(-0.5, 6.5);
        for (int k = 0; k < 20000; ++k)
            points << QPointF(u(rng), u(rng));
        for (const PolygonRings &p : polygons)
            for (const Ring &r : p)
                points << r;
        int inHoles = 0;
        for (const QPointF &p : points) {
            const int expected = geocoder.locate(p);
            QCOMPARE(firstCovering(polygons, p, [](const PolygonRings &g) { return g; }),
                     qsizetype(expected));
            inHoles += expected < 0 && p.x() > 0 && p.x() < 6 && p.y() > 0 && p.y() < 6;
        }
        QVERIFY(inHoles > 1000); // the holes were exercised
    }
};

QTEST_GUILESS_MAIN(TestPointInPolygon)
#include "tst_pointinpolygon.moc"
