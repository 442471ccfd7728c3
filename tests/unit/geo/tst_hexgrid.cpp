// SPDX-License-Identifier: GPL-3.0-or-later
// The density layer's hexagons (docs/hotspots.md): each point in exactly one cell, the nearest
// centre's; points on an edge or a corner in the cell the rule names (south, then west).
#include <cc/geo/distance.h>
#include <cc/geo/hexgrid.h>

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Cc::Geo;

Q_DECLARE_METATYPE(Cc::Geo::HexCell)

namespace {
const QPointF kOrigin(114.36, 35.92);
} // namespace

class TestHexGrid : public QObject
{
    Q_OBJECT

private slots:
    void centreIsInItsCell()
    {
        const HexGrid grid(250, kOrigin);
        for (int q = -5; q <= 5; ++q) {
            for (int r = -5; r <= 5; ++r)
                QCOMPARE(grid.cellAt(grid.centre({q, r})), (HexCell{q, r}));
        }
        QCOMPARE(grid.cellAt(kOrigin), (HexCell{0, 0}));
    }

    void geometryOnTheGround()
    {
        const HexGrid grid(250, kOrigin);
        // Neighbours' centres are 250 m apart on the ground, corners 250/√3 m from the centre.
        for (const HexCell &n : {HexCell{1, 0}, HexCell{0, 1}, HexCell{-1, 1}}) {
            const double d = groundDistanceM(grid.centre({0, 0}), grid.centre(n));
            QVERIFY2(std::abs(d - 250) < 0.25, qPrintable(QString::number(d)));
        }
        for (const QPointF &corner : grid.corners({3, -2})) {
            const double d = groundDistanceM(grid.centre({3, -2}), corner);
            QVERIFY2(std::abs(d - 250 / std::sqrt(3.0)) < 0.2, qPrintable(QString::number(d)));
        }
        QVERIFY(std::abs(grid.cellAreaM2() - 54126.6) < 0.5); // (√3/2)·250²
    }

    void nearestCentreDecides()
    {
        const HexGrid grid(100, kOrigin);
        QRandomGenerator random(7);
        for (int i = 0; i < 20000; ++i) {
            const QPointF p(kOrigin.x() + (random.generateDouble() - 0.5) * 0.05,
                            kOrigin.y() + (random.generateDouble() - 0.5) * 0.05);
            const HexCell c = grid.cellAt(p);
            const double own = groundDistanceM(p, grid.centre(c));
            QVERIFY(own <= 100 / std::sqrt(3.0) + 0.1); // inside the cell's circumcircle
            for (const HexCell &n :
                 {HexCell{c.q + 1, c.r}, HexCell{c.q - 1, c.r}, HexCell{c.q, c.r + 1},
                  HexCell{c.q, c.r - 1}, HexCell{c.q + 1, c.r - 1}, HexCell{c.q - 1, c.r + 1}})
                QVERIFY(own <= groundDistanceM(p, grid.centre(n)) + 0.01);
        }
    }

    void boundary_data()
    {
        QTest::addColumn<HexCell>("a");
        QTest::addColumn<HexCell>("b");
        QTest::addColumn<HexCell>("expected");
        // The midpoint of two centres lies on their shared edge.
        QTest::newRow("east-west edge: the western cell")
            << HexCell{0, 0} << HexCell{1, 0} << HexCell{0, 0};
        QTest::newRow("north-east edge: the southern cell")
            << HexCell{0, 0} << HexCell{0, 1} << HexCell{0, 0};
        QTest::newRow("north-west edge: the southern cell")
            << HexCell{0, 0} << HexCell{-1, 1} << HexCell{0, 0};
        QTest::newRow("south-west edge: the southern cell")
            << HexCell{0, 0} << HexCell{0, -1} << HexCell{0, -1};
        QTest::newRow("far from the origin")
            << HexCell{40, -17} << HexCell{41, -17} << HexCell{40, -17};
    }

    void boundary()
    {
        QFETCH(HexCell, a);
        QFETCH(HexCell, b);
        QFETCH(HexCell, expected);
        const HexGrid grid(250, kOrigin);
        const QPointF ca = grid.centre(a), cb = grid.centre(b);
        const QPointF edge = (ca + cb) / 2;
        QCOMPARE(grid.cellAt(edge), expected);
        // One centimetre to either side is the cell on that side.
        const QPointF towardsA = edge + (ca - cb) * (0.01 / 250),
                      towardsB = edge + (cb - ca) * (0.01 / 250);
        QCOMPARE(grid.cellAt(towardsA), a);
        QCOMPARE(grid.cellAt(towardsB), b);
    }

    void cornerOfThreeCells()
    {
        const HexGrid grid(250, kOrigin);
        // The corners of (0, 0): each shared by three cells; the southernmost, then westernmost wins.
        const QList<QPointF> corners = grid.corners({0, 0});
        QCOMPARE(grid.cellAt(corners[0]), (HexCell{0, 0})); // east-north-east: (0,0), (1,0), (0,1)
        QCOMPARE(grid.cellAt(corners[1]), (HexCell{0, 0})); // north: (0,0), (0,1), (-1,1)
        QCOMPARE(grid.cellAt(corners[2]),
                 (HexCell{-1, 0})); // west-north-west: (0,0), (-1,0), (-1,1)
        QCOMPARE(grid.cellAt(corners[3]),
                 (HexCell{0, -1})); // west-south-west: (0,0), (-1,0), (0,-1)
        QCOMPARE(grid.cellAt(corners[4]), (HexCell{0, -1})); // south: (0,0), (0,-1), (1,-1)
        QCOMPARE(grid.cellAt(corners[5]),
                 (HexCell{1, -1})); // east-south-east: (0,0), (1,-1), (1,0)
    }
};

QTEST_GUILESS_MAIN(TestHexGrid)
#include "tst_hexgrid.moc"
