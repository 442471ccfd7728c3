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
    void init() { resetDocument(m_doc); }

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
        QTest::newRow("move-vertex-alone") << "move-vertex" << false; // opens a gap next to 01
        QTest::newRow("move-shared-vertex") << "move-shared-vertex" << true; // all four follow
        QTest::newRow("move-shared-boundary") << "move-shared-boundary" << true;
        QTest::newRow("insert-vertex-shared") << "insert-vertex" << true;
        QTest::newRow("insert-then-move-shared") << "insert-move" << true;
        QTest::newRow("delete-vertex") << "delete-vertex" << false; // cuts a corner: gap
        QTest::newRow("add-polygon-overlapping") << "add-polygon" << false;
        QTest::newRow("delete-grid") << "delete-grid" << false; // gap
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
            QVERIFY(std::abs(Geo::areaM2(m_doc.grid("g1")->geom) / Geo::areaM2({cell(0, 0, 1, 1)})
                             - 1.3)
                    < 1e-6);
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
            r = m_doc.addPolygon(
                {{}, code(5), kCommunity, "R01", 1, {{at(0.5, 0.5), at(1.5, 0.5), at(1.5, 1.5)}}});
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
            QVERIFY(std::abs(Geo::areaM2(m_doc.grid("g1")->geom) - Geo::areaM2({cell(0, 0, 2, 1)}))
                    < 1e-3);
        } else if (edit == "set-codes") {
            r = m_doc.setCodes("g1", "4105230010011X", kCommunity, "R01");
        }
        CC_VERIFY_OK(r);
        QVERIFY(changed.count() >= 1);
        QVERIFY(m_doc.isModified());
        const QList<GridPolygon> after = m_doc.grids();
        const QList<Geo::Problem> problems = m_doc.validate();
        QVERIFY2(problems.isEmpty() == validAfter,
                 qPrintable(problems.isEmpty() ? QStringLiteral("no problems")
                                               : problems.first().message));

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
        QTest::newRow("split-line-inside") << "split-inside"
                                           << "geo.split-line";
        QTest::newRow("split-without-code") << "split-nocode"
                                            << "map.codes-needed";
        QTest::newRow("merge-corner-only") << "merge-apart"
                                           << "geo.merge";
        QTest::newRow("delete-vertex-of-triangle") << "delete-triangle"
                                                   << "map.too-few-points";
        QTest::newRow("move-missing-vertex") << "move-missing"
                                             << "map.no-vertex";
        QTest::newRow("add-two-points") << "add-short"
                                        << "map.too-few-points";
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
            CC_VERIFY_OK(m_doc.addPolygon({"t",
                                           MapFixture::code(9),
                                           kCommunity,
                                           "R01",
                                           1,
                                           {{at(5, 5), at(6, 5), at(5, 6), at(5, 5)}}}));
            r = m_doc.deleteVertex(at(6, 5));
        } else if (edit == "move-missing")
            r = m_doc.moveSharedVertex(at(7, 7), at(8, 8));
        else if (edit == "add-short")
            r = m_doc.addPolygon(
                {{}, MapFixture::code(5), kCommunity, "R01", 1, {{at(0, 0), at(1, 1)}}});
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
        QTest::newRow("vertex-within")
            << at(1.03, 0.98) << 0.1 << int(SnapResult::Kind::Vertex) << at(1, 1);
        QTest::newRow("vertex-beats-nearer-segment")
            << at(1.01, 0.93) << 0.1 << int(SnapResult::Kind::Vertex) << at(1, 1);
        QTest::newRow("segment") << at(1.04, 0.5) << 0.1 << int(SnapResult::Kind::Segment)
                                 << at(1, 0.5);
        QTest::newRow("segment-horizontal")
            << at(0.3, 1.02) << 0.1 << int(SnapResult::Kind::Segment) << at(0.3, 1);
        QTest::newRow("too-far") << at(0.5, 0.5) << 0.1 << int(SnapResult::Kind::None) << QPointF();
        QTest::newRow("outside-but-near")
            << at(2.05, 2.05) << 0.1 << int(SnapResult::Kind::Vertex) << at(2, 2);
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
        for (const QPointF click :
             {at(2.02, -0.01), at(3, 0), at(3, 2), at(1.99, 2.03), at(2.01, 0.99)})
            ring << (snapper.snap(click, 0.1 * S).kind == SnapResult::Kind::Vertex
                         ? snapper.snap(click, 0.1 * S).point
                         : click);
        QCOMPARE(ring[0], at(2, 0));
        QCOMPARE(ring[3], at(2, 2));
        QCOMPARE(ring[4], at(2, 1));
        CC_VERIFY_OK(m_doc.addPolygon({{}, code(5), kCommunity, "R01", 1, {ring}}));
        // Shares the edge exactly: no overlap with 02/04 (it is outside the community, though).
        for (const Geo::Problem &p : m_doc.validate())
            QVERIFY2(p.kind != "geo.overlap", qPrintable(p.message));
    }

    void drawnGridJoinsItsCommunityWithTheNextCode()
    {
        // East half of the community has no grid once 02 and 04 are gone; draw one there.
        CC_VERIFY_OK(m_doc.deleteGrid("g2"));
        CC_VERIFY_OK(m_doc.deleteGrid("g4"));
        CC_VERIFY_OK(m_doc.drawGrid({at(1, 0), at(2, 0), at(2, 2), at(1, 2)}));
        const auto g = m_doc.gridByCode(code(4)); // the highest left is 03
        QVERIFY(g);
        QCOMPARE(g->communityCode, kCommunity);
        QCOMPARE(g->responsibilityCode, QStringLiteral("R01"));
        QCOMPARE(g->geom.first().size(), 5); // closed
        QCOMPARE(m_doc.undoStack()->count(), 3);

        // Outside every community: no community, no code (save-time validation names it).
        CC_VERIFY_OK(m_doc.drawGrid({at(5, 5), at(6, 5), at(6, 6)}));
        QCOMPARE(m_doc.grids().last().communityCode, QString());
        QCOMPARE(m_doc.grids().last().code, QString());
    }

    void freeCodes_data()
    {
        QTest::addColumn<QList<int>>("taken"); // sequences in use besides none
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("expected"); // empty: refused
        QTest::newRow("after the highest") << QList<int>{1, 2, 3, 4} << 1 << QList<int>{5};
        QTest::newRow("three after a gap") << QList<int>{1, 7} << 3 << QList<int>{8, 9, 10};
        QTest::newRow("runs into 99, then the gaps")
            << QList<int>{2, 97} << 4 << QList<int>{98, 99, 1, 3};
        QTest::newRow("99 taken: lowest gap") << QList<int>{1, 2, 99} << 1 << QList<int>{3};
        QTest::newRow("the last free code") << allBut(42) << 1 << QList<int>{42};
        QTest::newRow("full") << allBut(0) << 1 << QList<int>{};
        QTest::newRow("one free, two needed") << allBut(42) << 2 << QList<int>{};
    }

    void freeCodes()
    {
        QFETCH(QList<int>, taken);
        QFETCH(int, count);
        QFETCH(QList<int>, expected);
        m_doc.reset(gridsWithCodes(taken), {{kCommunity, {cell(0, 0, 2, 2)}}},
                    {{"R01", {cell(0, 0, 2, 2)}}});
        const auto codes = m_doc.freeCodes(kCommunity, count);
        if (expected.isEmpty()) {
            QVERIFY(!codes.ok());
            QCOMPARE(CcTest::codeOf(codes), QStringLiteral("map.community-full"));
            QVERIFY(CcTest::messageOf(codes).contains(kCommunity));
            return;
        }
        CC_VERIFY_OK(codes);
        QStringList want;
        for (int n : expected)
            want << code(n);
        QCOMPARE(*codes, want);
    }

    void fullCommunityRefusesNewGrids()
    {
        // 01–99 all taken (01–04 the fixture's, the rest far away): drawing in the community
        // and splitting one of its grids are refused with nothing changed, never a duplicate.
        QList<GridPolygon> grids = MapFixture::grids();
        for (const GridPolygon &g : gridsWithCodes(allBut(0)))
            if (!g.code.endsWith("01") && !g.code.endsWith("02") && !g.code.endsWith("03")
                && !g.code.endsWith("04"))
                grids << g;
        m_doc.reset(grids, {{kCommunity, {cell(0, 0, 2, 2)}}}, {{"R01", {cell(0, 0, 2, 2)}}});
        m_doc.setEditorRole(Core::Role::Supervisor);
        QCOMPARE(m_doc.grids().size(), 99);

        CC_VERIFY_OK(m_doc.deleteGrid("g4")); // frees 04 …
        CC_VERIFY_OK(
            m_doc.drawGrid({at(1, 1), at(2, 1), at(2, 2), at(1, 2)})); // … which the drawing takes
        QVERIFY(m_doc.gridByCode(code(4)));
        const QList<GridPolygon> before = m_doc.grids();
        const int commands = m_doc.undoStack()->count();

        auto r = m_doc.drawGrid({at(0.2, 0.2), at(0.4, 0.2), at(0.4, 0.4)});
        QVERIFY(!r.ok());
        QCOMPARE(CcTest::codeOf(r), QStringLiteral("map.community-full"));
        r = m_doc.splitGrid("g1", {at(0.5, -0.5), at(0.5, 1.5)});
        QVERIFY(!r.ok());
        QCOMPARE(CcTest::codeOf(r), QStringLiteral("map.community-full"));
        QCOMPARE(m_doc.grids(), before);
        QCOMPARE(m_doc.undoStack()->count(), commands);
        QSet<QString> codes;
        for (const GridPolygon &g : m_doc.grids())
            QVERIFY2(!codes.contains(g.code), qPrintable(g.code));
    }

    void splitAllocatesFreeCodes()
    {
        CC_VERIFY_OK(m_doc.splitGrid("g2", {at(1.5, -0.5), at(1.5, 1.5)}));
        QCOMPARE(m_doc.grids().size(), 5);
        QCOMPARE(m_doc.gridByCode(code(5))->communityCode, kCommunity);
        QVERIFY(m_doc.gridByCode(code(2))); // the first piece keeps the grid's code
    }

    void insertAndMoveIsOneUndoStep_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("shared") << true;
        QTest::newRow("this grid only") << false;
    }

    void insertAndMoveIsOneUndoStep()
    {
        QFETCH(bool, shared);
        const QList<GridPolygon> before = m_doc.grids();
        CC_VERIFY_OK(m_doc.insertAndMoveVertex({"g1", 0, 1}, at(1, 0.5), at(1.25, 0.5), shared));
        QCOMPARE(m_doc.undoStack()->count(), 1);
        QVERIFY(hasVertex(m_doc, "g1", at(1.25, 0.5)));
        QCOMPARE(hasVertex(m_doc, "g2", at(1.25, 0.5)), shared);
        QCOMPARE(hasVertex(m_doc, "g2", at(1, 0.5)), !shared); // inserted on both, moved on one
        m_doc.undoStack()->undo();
        QCOMPARE(sorted(m_doc.grids()), sorted(before));

        auto r = m_doc.insertAndMoveVertex({"g1", 0, 9}, at(1, 0.5), at(1.25, 0.5), shared);
        QCOMPARE(CcTest::codeOf(r), QStringLiteral("map.no-vertex"));
        QCOMPARE(m_doc.undoStack()->count(), 1); // nothing pushed (the undone step stays redoable)
        QVERIFY(m_doc.undoStack()->canRedo());
    }

    void modifiedFollowsTheCleanState()
    {
        QSignalSpy clean(m_doc.undoStack(), &QUndoStack::cleanChanged);
        CC_VERIFY_OK(m_doc.moveVertex({"g1", 0, 0}, at(-0.1, -0.1)));
        QVERIFY(m_doc.isModified());
        m_doc.markSaved(); // what GridStore::save does after its commit
        QVERIFY(!m_doc.isModified());
        QVERIFY(m_doc.undoStack()->isClean());
        QCOMPARE(m_doc.undoStack()->count(), 1); // the history stays
        QCOMPARE(m_doc.grid("g1")->version, 2);
        QCOMPARE(clean.count(), 2); // dirty, then clean again

        // Undo after the save: a change to save, based on the saved version.
        m_doc.undoStack()->undo();
        QVERIFY(m_doc.isModified());
        const GridDocument::Changes c = m_doc.changes();
        QCOMPARE(c.updated.size(), 1);
        QCOMPARE(c.updated.first().id, QStringLiteral("g1"));
        QCOMPARE(c.updated.first().version, 2); // not the snapshot's 1: the database has 2
        QVERIFY(hasVertex(m_doc, "g1", at(0, 0)));
        // Redo: back at the saved state.
        m_doc.undoStack()->redo();
        QVERIFY(!m_doc.isModified());
        QVERIFY(m_doc.changes().updated.isEmpty());

        // A command that changes nothing (the same grids again) leaves nothing to save.
        CC_VERIFY_OK(m_doc.replaceGrids("same", m_doc.grids()));
        QVERIFY(!m_doc.undoStack()->isClean());
        QVERIFY(!m_doc.isModified());
    }

    void reloadAfterSaveKeepsTheHistory()
    {
        const QList<Geo::ParentArea> communities{{kCommunity, {cell(0, 0, 2, 2)}}};
        const QList<Geo::ParentArea> responsibility{{"R01", {cell(0, 0, 2, 2)}}};
        CC_VERIFY_OK(m_doc.moveSharedVertex(at(1, 1), at(1.1, 1.1)));
        m_doc.markSaved();
        const QList<GridPolygon> saved = m_doc.grids(); // what the database now holds
        // A refresh reading just that: the history stays, the saved edit can be undone.
        m_doc.reload(saved, communities, responsibility);
        QCOMPARE(m_doc.undoStack()->count(), 1);
        QVERIFY(!m_doc.isModified());
        // A refresh bringing someone else's change: a fresh start on it.
        QList<GridPolygon> theirs = saved;
        theirs[2].version += 1;
        m_doc.reload(theirs, communities, responsibility);
        QCOMPARE(m_doc.undoStack()->count(), 0);
        QCOMPARE(m_doc.grid(theirs[2].id)->version, theirs[2].version);
        // Away from the saved state (modified), a reload of the same rows drops the edit.
        CC_VERIFY_OK(m_doc.moveVertex({"g1", 0, 0}, at(-0.1, -0.1)));
        m_doc.reload(theirs, communities, responsibility);
        QCOMPARE(m_doc.undoStack()->count(), 0);
        QCOMPARE(sorted(m_doc.grids()), sorted(theirs));
        // reset() always starts afresh.
        CC_VERIFY_OK(m_doc.moveVertex({"g1", 0, 0}, at(-0.1, -0.1)));
        m_doc.markSaved();
        m_doc.reset(m_doc.grids(), communities, responsibility);
        QCOMPARE(m_doc.undoStack()->count(), 0);
    }

    void gridAtRespectsHoles()
    {
        // 01 with a hole, and a small grid filling the hole.
        QList<GridPolygon> grids = MapFixture::grids();
        grids[0].geom = {cell(0, 0, 1, 1), cell(0.25, 0.25, 0.75, 0.75)};
        grids << GridPolygon{"g9", code(9), kCommunity, "R01", 1, {cell(0.25, 0.25, 0.75, 0.75)}};
        m_doc.reset(grids, {{kCommunity, {cell(0, 0, 2, 2), cell(0.4, 0.4, 0.6, 0.6)}}},
                    {{"R01", {cell(0, 0, 2, 2)}}});
        QCOMPARE(m_doc.gridAt(at(0.1, 0.1)), QStringLiteral("g1"));
        QCOMPARE(m_doc.gridAt(at(0.5, 0.3)), QStringLiteral("g9"));
        QCOMPARE(m_doc.gridAt(at(1.5, 0.5)), QStringLiteral("g2"));
        QCOMPARE(m_doc.gridAt(at(3, 3)), QString());
        QCOMPARE(m_doc.communityAt(at(0.3, 0.3)), kCommunity);
        QCOMPARE(m_doc.communityAt(at(0.5, 0.5)), QString()); // in the community's hole
        QCOMPARE(m_doc.responsibilityGridAt(at(0.5, 0.5)), QStringLiteral("R01"));
    }

private:
    static QList<int> allBut(int free)
    {
        QList<int> taken;
        for (int n = 1; n <= 99; ++n)
            if (n != free)
                taken << n;
        return taken;
    }

    /// One small grid per taken sequence, in a row east of the community.
    static QList<GridPolygon> gridsWithCodes(const QList<int> &taken)
    {
        QList<GridPolygon> grids;
        for (int n : taken)
            grids << GridPolygon{QStringLiteral("t%1").arg(n),  code(n), kCommunity, "R01", 1,
                                 {cell(3 + n, 0, 3.5 + n, 0.5)}};
        return grids;
    }

    static QList<GridPolygon> sorted(QList<GridPolygon> grids)
    {
        std::sort(grids.begin(), grids.end(),
                  [](const GridPolygon &a, const GridPolygon &b) { return a.id < b.id; });
        return grids;
    }

    GridDocument m_doc;
};

QTEST_GUILESS_MAIN(TestGridDocument)
#include "tst_griddocument.moc"
