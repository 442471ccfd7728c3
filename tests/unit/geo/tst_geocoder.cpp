// SPDX-License-Identifier: GPL-3.0-or-later
// The geocoder against its semantics (ST_Covers, smallest code wins on shared boundaries)
// and against GEOS prepared covers as an independent reference on irregular grids.
#include <cc/geo/geocoder.h>

#define GEOS_USE_ONLY_R_API
#include <geos_c.h>

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <random>

using namespace Cc::Geo;

namespace {

Ring rect(double x0, double y0, double x1, double y1)
{
    return {QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1), QPointF(x0, y0)};
}

/// 2 × 2 squares of size 1 from (0,0): A (sw), B (se), C (nw), D (ne); plus E far east with a
/// hole, and a triangle F with a diagonal edge.
struct Fixture
{
    QStringList keys{"B", "A", "D", "C", "E", "F"};
    QList<PolygonRings> polys{{rect(1, 0, 2, 1)},
                              {rect(0, 0, 1, 1)},
                              {rect(1, 1, 2, 2)},
                              {rect(0, 1, 1, 2)},
                              {rect(10, 0, 14, 4), rect(11, 1, 13, 3)},
                              {{QPointF(20, 0), QPointF(24, 0), QPointF(20, 4), QPointF(20, 0)}}};
};

/// A jittered lattice: every interior lattice vertex moved at random, so shared edges are
/// slanted and irregular but still shared exactly by both neighbours.
QList<PolygonRings> jitteredLattice(int n, std::mt19937_64 &rng, QStringList &keys)
{
    std::uniform_real_distribution<double> jitter(-0.3, 0.3);
    QList<QList<QPointF>> v(n + 1, QList<QPointF>(n + 1));
    for (int i = 0; i <= n; ++i)
        for (int j = 0; j <= n; ++j) {
            const bool border = i == 0 || j == 0 || i == n || j == n;
            v[i][j] = QPointF(113.0 + 0.01 * (i + (border ? 0 : jitter(rng))),
                              35.0 + 0.01 * (j + (border ? 0 : jitter(rng))));
        }
    QList<PolygonRings> polys;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            // Keys in an order unrelated to the position, so resolution order is exercised.
            keys << QStringLiteral("%1").arg((i * 7919 + j * 104729) % 1000003, 8, 10,
                                             QLatin1Char('0'));
            polys << PolygonRings{{v[i][j], v[i + 1][j], v[i + 1][j + 1], v[i][j + 1], v[i][j]}};
        }
    return polys;
}

struct Geos
{
    GEOSContextHandle_t h = GEOS_init_r();
    ~Geos() { GEOS_finish_r(h); }
    GEOSGeometry *polygon(const PolygonRings &p)
    {
        auto seq = [&](const Ring &r) {
            GEOSCoordSequence *s = GEOSCoordSeq_create_r(h, unsigned(r.size()), 2);
            for (qsizetype i = 0; i < r.size(); ++i)
                GEOSCoordSeq_setXY_r(h, s, unsigned(i), r[i].x(), r[i].y());
            return GEOSGeom_createLinearRing_r(h, s);
        };
        return GEOSGeom_createPolygon_r(h, seq(p.first()), nullptr, 0);
    }
    GEOSGeometry *point(QPointF p) { return GEOSGeom_createPointFromXY_r(h, p.x(), p.y()); }
};

} // namespace

class TestGeocoder : public QObject
{
    Q_OBJECT

private slots:
    void semantics_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<QString>("expected");
        QTest::newRow("inside-a") << QPointF(0.5, 0.5) << "A";
        QTest::newRow("inside-d") << QPointF(1.5, 1.5) << "D";
        QTest::newRow("shared-edge-a-b") << QPointF(1.0, 0.25) << "A";
        QTest::newRow("shared-edge-b-d") << QPointF(1.75, 1.0) << "B";
        QTest::newRow("shared-edge-c-d") << QPointF(1.0, 1.5) << "C";
        QTest::newRow("vertex-of-all-four") << QPointF(1.0, 1.0) << "A";
        QTest::newRow("outer-vertex-d") << QPointF(2.0, 2.0) << "D";
        QTest::newRow("outer-edge-b") << QPointF(2.0, 0.5) << "B";
        QTest::newRow("outer-edge-bottom-a") << QPointF(0.3, 0.0) << "A";
        QTest::newRow("just-outside") << QPointF(2.0000001, 0.5) << "";
        QTest::newRow("outside-all") << QPointF(5.0, 5.0) << "";
        QTest::newRow("below-extent") << QPointF(0.5, -3.0) << "";
        QTest::newRow("in-hole") << QPointF(12.0, 2.0) << "";
        QTest::newRow("on-hole-edge") << QPointF(11.0, 2.0) << "E";
        QTest::newRow("on-hole-vertex") << QPointF(13.0, 3.0) << "E";
        QTest::newRow("ring-around-hole") << QPointF(10.5, 2.0) << "E";
        QTest::newRow("on-diagonal") << QPointF(22.0, 2.0) << "F";
        QTest::newRow("beyond-diagonal") << QPointF(22.0, 2.0000001) << "";
        QTest::newRow("inside-triangle") << QPointF(21.0, 1.0) << "F";
        QTest::newRow("nan") << QPointF(std::nan(""), 1.0) << "";
    }

    void semantics()
    {
        QFETCH(QPointF, point);
        QFETCH(QString, expected);
        const Fixture f;
        // The answer must not depend on the index resolution.
        for (const int cells : {1, 4, 48, 1000}) {
            const Geocoder g(f.keys, f.polys, cells);
            QCOMPARE(g.keyAt(point), expected);
        }
    }

    void unclosedRingIsClosed()
    {
        const Geocoder g({"T"}, {{{QPointF(0, 0), QPointF(4, 0), QPointF(4, 4), QPointF(0, 4)}}});
        QCOMPARE(g.keyAt(QPointF(2, 2)), QStringLiteral("T"));
        QCOMPARE(g.keyAt(QPointF(0, 2)), QStringLiteral("T")); // on the implied closing edge
        QCOMPARE(g.keyAt(QPointF(-0.1, 2)), QString());
    }

    void emptyLayer()
    {
        const Geocoder g({}, {});
        QCOMPARE(g.locate(1, 1), -1);
        QCOMPARE(g.keyAt(QPointF(0, 0)), QString());
    }

    void agreesWithGeosCovers_data()
    {
        QTest::addColumn<int>("lattice");
        QTest::addColumn<int>("cellsPerPolygon");
        QTest::newRow("8x8-coarse") << 8 << 2;
        QTest::newRow("30x30-default") << 30 << 128;
        QTest::newRow("30x30-fine") << 30 << 400;
    }

    void agreesWithGeosCovers()
    {
        QFETCH(int, lattice);
        QFETCH(int, cellsPerPolygon);
        std::mt19937_64 rng(42 + lattice);
        QStringList keys;
        const QList<PolygonRings> polys = jitteredLattice(lattice, rng, keys);
        const Geocoder g(keys, polys, cellsPerPolygon);

        Geos geos;
        std::vector<GEOSGeometry *> geoms;
        std::vector<const GEOSPreparedGeometry *> prepared;
        for (const PolygonRings &p : polys) {
            geoms.push_back(geos.polygon(p));
            prepared.push_back(GEOSPrepare_r(geos.h, geoms.back()));
        }
        auto reference = [&](QPointF p) {
            GEOSGeometry *pt = geos.point(p);
            QString best;
            for (size_t i = 0; i < prepared.size(); ++i)
                if (GEOSPreparedCovers_r(geos.h, prepared[i], pt) == 1
                    && (best.isEmpty() || keys[i] < best))
                    best = keys[i];
            GEOSGeom_destroy_r(geos.h, pt);
            return best;
        };

        // Random points over and around the lattice, and every lattice vertex (exactly on
        // the shared boundary of up to four grids).
        std::uniform_real_distribution<double> ux(112.995, 113.0 + 0.01 * lattice + 0.005);
        std::uniform_real_distribution<double> uy(34.995, 35.0 + 0.01 * lattice + 0.005);
        QList<QPointF> points;
        for (int i = 0; i < 20000; ++i)
            points << QPointF(ux(rng), uy(rng));
        for (const PolygonRings &p : polys)
            for (const QPointF &v : p.first())
                points << v;
        int disagreements = 0;
        for (const QPointF &p : points) {
            if (g.keyAt(p) != reference(p)) {
                if (++disagreements < 5)
                    qWarning() << "disagreement at" << p << g.keyAt(p) << reference(p);
            }
        }
        for (size_t i = 0; i < geoms.size(); ++i) {
            GEOSPreparedGeom_destroy_r(geos.h, prepared[i]);
            GEOSGeom_destroy_r(geos.h, geoms[i]);
        }
        QCOMPARE(disagreements, 0);
    }

    void throughput()
    {
        // Not a timing assertion (the benchmark reports figures): checks that a large batch
        // runs and that most index cells answer without the edge test.
        std::mt19937_64 rng(7);
        QStringList keys;
        const QList<PolygonRings> polys = jitteredLattice(40, rng, keys);
        const Geocoder g(keys, polys);
        QVERIFY(g.borderCellShare() < 0.9);
        std::uniform_real_distribution<double> ux(113.0, 113.4), uy(35.0, 35.4);
        std::vector<QPointF> pts(200000);
        for (QPointF &p : pts)
            p = QPointF(ux(rng), uy(rng));
        QElapsedTimer t;
        t.start();
        qint64 found = 0;
        for (const QPointF &p : pts)
            found += g.locate(p) >= 0;
        qInfo() << "geocoded" << pts.size() << "points in" << t.nsecsElapsed() / 1e6 << "ms";
        QCOMPARE(found, qint64(pts.size())); // all inside the lattice
    }
};

QTEST_GUILESS_MAIN(TestGeocoder)
#include "tst_geocoder.moc"
