// SPDX-License-Identifier: GPL-3.0-or-later
// Every editing operation of the grid document, its undo/redo, the role check and snapping.
#include "mapfixture.h"

#include <cc/geo/operations.h>
#include <cc/map/snapping.h>

#include "resultcheck.h"

#include <QSignalSpy>
#include <QTest>

using namespace Cc;
using namespace Cc::Map;
using namespace MapFixture;

namespace {

Geo::Ring ringOf(const GridDocument &doc, const QString &id)
{
    return doc.grid(id)->geom.first();
}

bool hasVertex(const GridDocument &doc, const QString &id, QPointF p)
{
    return ringOf(doc, id).contains(p);
}

} // namespace

class TestGridDocument : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        resetDocument(m_doc);
    }

    void startsValidAndUnmodified()
    {
        QVERIFY(m_doc.validate().isEmpty());
        QVERIFY(!m_doc.isModified());
    }

    void onlySupervisorEdits_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("supervisor") << int(Core::Role::Supervisor) << true;
        QTest::newRow("operator") << int(Core::Role::Operator) << false;
        QTest::newRow("dispatcher") << int(Core::Role::Dispatcher) << false;
        QTest::newRow("admin") << int(Core::Role::Admin) << false;
        QTest::newRow("none") << int(Core::Role::Invalid) << false;
    }

    void onlySupervisorEdits()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        m_doc.setEditorRole(Core::Role(role));
        auto r = m_doc.moveVertex({"g1", 0, 0}, at(-0.1, -0.1));
        QCOMPARE(r.ok(), allowed);
        if (!allowed) {
            QCOMPARE(CcTest::codeOf(r), QStringLiteral("map.not-allowed"));
            QVERIFY(!m_doc.isModified());
            QCOMPARE(m_doc.undoStack()->count(), 0);
        }
    }

    void editsAndUndo_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<bool>("validAfter"); // what save-time validation says of the result
        QTest::newRow("move-vertex-alone") << "move-vertex" << false;        // opens a gap next to 01
        QTest::newRow("move-shared-vertex") << "move-shared-vertex" << true;  // all four follow
        QTest::newRow("move-shared-boundary") << "move-shared-boundary" << true;
        QTest::newRow("insert-vertex-shared") << "insert-vertex" << true;
        QTest::newRow("insert-then-move-shared") << "insert-move" << true;
        QTest::newRow("delete-vertex") << "delete-vertex" << false;           // cuts a corner: gap
        QTest::newRow("add-polygon-overlapping") << "add-polygon" << false;
        QTest::newRow("delete-grid") << "delete-grid" << false;               // gap
        QTest::newRow("split") << "split" << true;
        QTest::newRow("merge") << "merge" << true;
        QTest::newRow("set-codes-malformed") << "set-codes" << false;
    }

    void editsAndUndo()
    {
        QFETCH(QString, edit);
        QFETCH(bool, validAfter);
        const QList<GridPolygon> before = m_doc.grids();
        QSignalSpy changed(&m_doc, &GridDocument::changed);
        Result<void> r;
        if (edit == "move-vertex") {
            r = m_doc.moveVertex({"g1", 0, 2}, at(0.8, 0.8)); // 01's ne corner, alone
            QVERIFY(hasVertex(m_doc, "g1", at(0.8, 0.8)));
            QVERIFY(hasVertex(m_doc, "g2", at(1, 1))); // the neighbour kept its corner
        } else if (edit == "move-shared-vertex") {
            r = m_doc.moveSharedVertex(at(1, 1), at(1.2, 0.9));
            for (const char *id : {"g1", "g2", "g3", "g4"})
                QVERIFY2(hasVertex(m_doc, id, at(1.2, 0.9)), id);
        } else if (edit == "move-shared-boundary") {
            // The boundary between 01|02 and 03|04 (x = 1) moves east by 0.3 cells.
            r = m_doc.moveSharedBoundary({at(1, 0), at(1, 1), at(1, 2)}, QPointF(0.3 * S, 0));
            QVERIFY(hasVertex(m_doc, "g1", at(1.3, 0)));
            QVERIFY(hasVertex(m_doc, "g2", at(1.3, 0)));
            QVERIFY(std::abs(Geo::areaM2(m_doc.grid("g1")->geom) / Geo::areaM2({cell(0, 0, 1, 1)}) - 1.3) < 1e-6);
        } else if (edit == "insert-vertex") {
            // Midpoint of 01's east edge (index 1 → 2): 02 gets it too.
            r = m_doc.insertVertex("g1", 0, 1, at(1, 0.5));
            QCOMPARE(ringOf(m_doc, "g1").size(), 6);
            QVERIFY(hasVertex(m_doc, "g2", at(1, 0.5)));
            QCOMPARE(ringOf(m_doc, "g3").size(), 5);
        } else if (edit == "insert-move") {
            CC_VERIFY_OK(m_doc.insertVertex("g1", 0, 1, at(1, 0.5)));
            r = m_doc.moveSharedVertex(at(1, 0.5), at(1.25, 0.5));
            QVERIFY(hasVertex(m_doc, "g1", at(1.25, 0.5)) && hasVertex(m_doc, "g2", at(1.25, 0.5)));
        } else if (edit == "delete-vertex") {
            r = m_doc.deleteVertex(at(0, 0)); // 01's outer corner
            QCOMPARE(ringOf(m_doc, "g1").size(), 4);
        } else if (edit == "add-polygon") {
            r = m_doc.addPolygon({{}, code(5), kCommunity, "R01", 1, {{at(0.5, 0.5), at(1.5, 0.5), at(1.5, 1.5)}}});
            QCOMPARE(m_doc.grids().size(), 5);
            QVERIFY(m_doc.gridByCode(code(5))->geom.first().size() == 4); // closed for us
        } else if (edit == "delete-grid") {
            r = m_doc.deleteGrid("g4");
            QCOMPARE(m_doc.grids().size(), 3);
        } else if (edit == "split") {
            r = m_doc.splitGrid("g2", {at(1.5, -0.5), at(1.5, 1.5)}, {code(5)});
            QCOMPARE(m_doc.grids().size(), 5);
            QVERIFY(m_doc.gridByCode(code(5)));
        } else if (edit == "merge") {
            r = m_doc.mergeGrids({"g1", "g2"});
            QCOMPARE(m_doc.grids().size(), 3);
            QVERIFY(std::abs(Geo::areaM2(m_doc.grid("g1")->geom) - Geo::areaM2({cell(0, 0, 2, 1)})) < 1e-3);
        } else if (edit == "set-codes") {
            r = m_doc.setCodes("g1", "4105230010011X", kCommunity, "R01");
        }
        CC_VERIFY_OK(r);
        QVERIFY(changed.count() >= 1);
        QVERIFY(m_doc.isModified());
        const QList<GridPolygon> after = m_doc.grids();
        const QList<Geo::Problem> problems = m_doc.validate();
        QVERIFY2(problems.isEmpty() == validAfter,
                 qPrintable(problems.isEmpty() ? QStringLiteral("no problems") : problems.first().message));

        // Undo everything: exactly the loaded grids again; redo: exactly the edit again.
        while (m_doc.undoStack()->canUndo())
            m_doc.undoStack()->undo();
        QVERIFY(!m_doc.isModified());
        QCOMPARE(sorted(m_doc.grids()), sorted(before));
        while (m_doc.undoStack()->canRedo())
            m_doc.undoStack()->redo();
        QCOMPARE(sorted(m_doc.grids()), sorted(after));
    }

    void refusedEditsChangeNothing_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("code");
        QTest::newRow("split-line-inside") << "split-inside" << "geo.split-line";
        QTest::newRow("split-without-code") << "split-nocode" << "map.codes-needed";
        QTest::newRow("merge-corner-only") << "merge-apart" << "geo.merge";
        QTest::newRow("delete-vertex-of-triangle") << "delete-triangle" << "map.too-few-points";
        QTest::newRow("move-missing-vertex") << "move-missing" << "map.no-vertex";
        QTest::newRow("add-two-points") << "add-short" << "map.too-few-points";
    }

    void refusedEditsChangeNothing()
    {
        QFETCH(QString, edit);
        QFETCH(QString, code);
        Result<void> r;
        if (edit == "split-inside")
            r = m_doc.splitGrid("g1", {at(0.2, 0.5), at(0.8, 0.5)}, {MapFixture::code(5)});
        else if (edit == "split-nocode")
            r = m_doc.splitGrid("g1", {at(0.5, -0.5), at(0.5, 1.5)}, {});
        else if (edit == "merge-apart")
            r = m_doc.mergeGrids({"g1", "g4"});
        else if (edit == "delete-triangle") {
            CC_VERIFY_OK(m_doc.addPolygon({"t", MapFixture::code(9), kCommunity, "R01", 1,
                                      {{at(5, 5), at(6, 5), at(5, 6), at(5, 5)}}}));
            r = m_doc.deleteVertex(at(6, 5));
        } else if (edit == "move-missing")
            r = m_doc.moveSharedVertex(at(7, 7), at(8, 8));
        else if (edit == "add-short")
            r = m_doc.addPolygon({{}, MapFixture::code(5), kCommunity, "R01", 1, {{at(0, 0), at(1, 1)}}});
        QVERIFY(!r.ok());
        QCOMPARE(CcTest::codeOf(r), code);
        QVERIFY(!CcTest::messageOf(r).isEmpty());
        const int expectedCommands = edit == "delete-triangle" ? 1 : 0;
        QCOMPARE(m_doc.undoStack()->count(), expectedCommands);
    }

    void undoTextNamesTheGrid()
    {
        CC_VERIFY_OK(m_doc.moveVertex({"g2", 0, 1}, at(2.1, 0)));
        QVERIFY(m_doc.undoStack()->undoText().contains(code(2)));
    }

    void snapping_data()
    {
        QTest::addColumn<QPointF>("cursor");
        QTest::addColumn<double>("tolerance"); // in cells
        QTest::addColumn<int>("kind");
        QTest::addColumn<QPointF>("expected");
        QTest::newRow("vertex-within") << at(1.03, 0.98) << 0.1 << int(SnapResult::Kind::Vertex) << at(1, 1);
        QTest::newRow("vertex-beats-nearer-segment") << at(1.01, 0.93) << 0.1 << int(SnapResult::Kind::Vertex) << at(1, 1);
        QTest::newRow("segment") << at(1.04, 0.5) << 0.1 << int(SnapResult::Kind::Segment) << at(1, 0.5);
        QTest::newRow("segment-horizontal") << at(0.3, 1.02) << 0.1 << int(SnapResult::Kind::Segment) << at(0.3, 1);
        QTest::newRow("too-far") << at(0.5, 0.5) << 0.1 << int(SnapResult::Kind::None) << QPointF();
        QTest::newRow("outside-but-near") << at(2.05, 2.05) << 0.1 << int(SnapResult::Kind::Vertex) << at(2, 2);
    }

    void snapping()
    {
        QFETCH(QPointF, cursor);
        QFETCH(double, tolerance);
        QFETCH(int, kind);
        QFETCH(QPointF, expected);
        const Snapper snapper(m_doc);
        const SnapResult s = snapper.snap(cursor, tolerance * S);
        QCOMPARE(int(s.kind), kind);
        if (s.kind != SnapResult::Kind::None) {
            QVERIFY(std::abs(s.point.x() - expected.x()) < 1e-12);
            QVERIFY(std::abs(s.point.y() - expected.y()) < 1e-12);
        }
    }

    void snappedVertexIsTheNeighboursExactly()
    {
        // A new grid east of 02 and 04, drawn by snapping each click to their corners.
        const Snapper snapper(m_doc);
        Geo::Ring ring;
        for (const QPointF click : {at(2.02, -0.01), at(3, 0), at(3, 2), at(1.99, 2.03), at(2.01, 0.99)})
            ring << (snapper.snap(click, 0.1 * S).kind == SnapResult::Kind::Vertex ? snapper.snap(click, 0.1 * S).point
                                                                                    : click);
        QCOMPARE(ring[0], at(2, 0));
        QCOMPARE(ring[3], at(2, 2));
        QCOMPARE(ring[4], at(2, 1));
        CC_VERIFY_OK(m_doc.addPolygon({{}, code(5), kCommunity, "R01", 1, {ring}}));
        // Shares the edge exactly: no overlap with 02/04 (it is outside the community, though).
        for (const Geo::Problem &p : m_doc.validate())
            QVERIFY2(p.kind != "geo.overlap", qPrintable(p.message));
    }

private:
    static QList<GridPolygon> sorted(QList<GridPolygon> grids)
    {
        std::sort(grids.begin(), grids.end(), [](const GridPolygon &a, const GridPolygon &b) { return a.id < b.id; });
        return grids;
    }

    GridDocument m_doc;
};

QTEST_GUILESS_MAIN(TestGridDocument)
#include "tst_griddocument.moc"
