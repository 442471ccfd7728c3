// SPDX-License-Identifier: GPL-3.0-or-later
// The one change notifier (modules/city): a step made on this process's connection is
// signalled as soon as control is back in the event loop, a write by another connection at
// the next poll, each as what it changed (cases, grids, components, cameras, reference).
#include "../cases/casefixture.h"

#include <cc/city/changenotifier.h>
#include <cc/storage/settings.h>

#include "resultcheck.h"

#include <QSignalSpy>

using namespace CcTest;
using Cc::City::ChangeNotifier;

namespace {

/// One spy per typed signal, to see which fired and how often.
struct Spies
{
    explicit Spies(ChangeNotifier &n)
        : cases(&n, &ChangeNotifier::casesChanged)
        , grids(&n, &ChangeNotifier::gridsChanged)
        , components(&n, &ChangeNotifier::componentsChanged)
        , cameras(&n, &ChangeNotifier::camerasChanged)
        , reference(&n, &ChangeNotifier::referenceChanged)
        , any(&n, &ChangeNotifier::changed)
    {}
    /// "cases=1 grids=0 …": one string, so a failure shows every count.
    QString counts() const
    {
        return QStringLiteral("cases=%1 grids=%2 components=%3 cameras=%4 reference=%5 changed=%6")
            .arg(cases.count())
            .arg(grids.count())
            .arg(components.count())
            .arg(cameras.count())
            .arg(reference.count())
            .arg(any.count());
    }
    QSignalSpy cases, grids, components, cameras, reference, any;
};

QString counts(int cases, int grids, int components, int cameras, int reference, int any)
{
    return QStringLiteral("cases=%1 grids=%2 components=%3 cameras=%4 reference=%5 changed=%6")
        .arg(cases)
        .arg(grids)
        .arg(components)
        .arg(cameras)
        .arg(reference)
        .arg(any);
}

} // namespace

class TestChangeNotifier : public QObject
{
    Q_OBJECT

private:
    Fixture f;
    /// A second connection to the same file: another process or the hub sync's thread.
    std::unique_ptr<Storage::Database> other()
    {
        auto db = Storage::Database::open(f.db->path(), Storage::Database::OpenMode::ReadWrite);
        return db ? std::move(db.value()) : nullptr;
    }

private slots:
    void init() { f.setUp(); }

    void ownStepIsSignalledAtOnce()
    {
        ChangeNotifier notifier(*f.db);
        Spies spies(notifier);
        Storage::CaseRow row;
        QVERIFY(f.report(row, kRubbish, f.col, cst(2026, 3, 9, 9, 0)));
        // Not from inside SQLite's commit (the connection is busy there): once the event
        // loop runs, with no poll at all.
        QCOMPARE(spies.cases.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(spies.cases.count(), 1, 1000);
        QCOMPARE(spies.counts(), counts(1, 0, 0, 0, 0, 1));

        // A step on the case (no new row): signalled too, once per step however many
        // commits it made.
        QVERIFY(f.act(row, CaseAction::Accept, f.op, cst(2026, 3, 9, 9, 5)));
        QTRY_COMPARE_WITH_TIMEOUT(spies.cases.count(), 2, 1000);
        QTest::qWait(50);
        QCOMPARE(spies.counts(), counts(2, 0, 0, 0, 0, 2));
        // The poll does not report the same step again.
        QVERIFY(!notifier.poll());
        QCOMPARE(spies.any.count(), 2);
    }

    void otherConnectionsWriteIsSignalledAtTheNextPoll()
    {
        ChangeNotifier notifier(*f.db);
        Spies spies(notifier);
        auto second = other();
        QVERIFY(second);
        QVERIFY(!notifier.poll()); // nothing yet

        Cases::CaseService elsewhere(*second, Core::CategoryDictionary::builtin(),
                                     Core::WorkCalendar::chinaDefault());
        Cases::NewReport report;
        report.channel = QStringLiteral("hotline-12319");
        report.categoryKey = kRubbish;
        report.gridCode = kGridA;
        report.at = cst(2026, 3, 9, 9, 0);
        report.description = QStringLiteral("另一台工作站上报");
        auto row = elsewhere.report(report, f.op);
        CC_VERIFY_OK(row);
        QTest::qWait(50);
        QCOMPARE(spies.any.count(), 0); // another connection's commit: only the poll sees it

        QVERIFY(notifier.poll());
        QCOMPARE(spies.counts(), counts(1, 0, 0, 0, 0, 1));
        QVERIFY(!notifier.poll());
        QCOMPARE(spies.any.count(), 1);
    }

    void eachKindOfWriteIsItsOwnSignal_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unit grid edited")
            << "UPDATE grid_unit SET area_m2 = 9600, version = version + 1 WHERE code = '41052300100101'"
            << counts(0, 1, 0, 0, 0, 1);
        QTest::newRow("responsibility grid renamed")
            << "UPDATE grid_responsibility SET name = '一号' WHERE code = 'R01'"
            << counts(0, 1, 0, 0, 0, 1);
        QTest::newRow("component added")
            << "INSERT INTO component (id, object_code, category_code, updated_at) "
               "VALUES ('c1', '4105230101000001', '0101', '2026-03-09T01:00:00.000Z')"
            << counts(0, 0, 1, 0, 0, 1);
        QTest::newRow("camera added")
            << "INSERT INTO camera (id, name, url_main, updated_at) "
               "VALUES ('k1', '人民路口', 'rtsp://127.0.0.1/cam', '2026-03-09T01:00:00.000Z')"
            << counts(0, 0, 0, 1, 0, 1);
        QTest::newRow("department renamed")
            << "UPDATE department SET name_zh = '环卫处' WHERE code = 'D01'"
            << counts(0, 0, 0, 0, 1, 1);
        QTest::newRow("city setting")
            << "INSERT INTO setting (key, value) VALUES ('city.name', '测试市')"
            << counts(0, 0, 0, 0, 1, 1);
        // The sync engine's bookkeeping changes on every sync and shows nowhere.
        QTest::newRow("sync bookkeeping")
            << "INSERT INTO setting (key, value) VALUES ('sync.lastPull', '42')"
            << counts(0, 0, 0, 0, 0, 0);
    }

    void eachKindOfWriteIsItsOwnSignal()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        ChangeNotifier notifier(*f.db);
        Spies spies(notifier);
        auto second = other();
        QVERIFY(second);
        auto done = second->exec(sql);
        CC_VERIFY_OK(done);
        notifier.poll();
        QCOMPARE(spies.counts(), expected);
    }

    void aCaseRowChangedWithoutANewCaseIsSignalled()
    {
        // E.g. the hub sync rewinding a refused local step: no new case, the row changes.
        Storage::CaseRow row;
        QVERIFY(f.report(row, kRubbish, f.col, cst(2026, 3, 9, 9, 0)));
        ChangeNotifier notifier(*f.db);
        Spies spies(notifier);
        auto second = other();
        QVERIFY(second);
        QVERIFY(second->exec(QStringLiteral("UPDATE case_record SET address = '人民路 1 号'")));
        QVERIFY(notifier.poll());
        QCOMPARE(spies.counts(), counts(1, 0, 0, 0, 0, 1));
    }

    void timerPollsAtItsInterval()
    {
        ChangeNotifier notifier(*f.db);
        Spies spies(notifier);
        notifier.setIntervalMs(20);
        notifier.start();
        QVERIFY(notifier.isPolling());
        auto second = other();
        QVERIFY(second);
        QVERIFY(Storage::Settings(*second).setBasemap(QStringLiteral("/data/basemap.mbtiles")));
        QTRY_COMPARE_WITH_TIMEOUT(spies.reference.count(), 1, 2000);
        notifier.stop();
        QVERIFY(!notifier.isPolling());
    }

    void refreshAllSignalsEverythingOnce()
    {
        ChangeNotifier notifier(*f.db);
        Spies spies(notifier);
        auto second = other();
        QVERIFY(second);
        QVERIFY(second->exec(QStringLiteral("UPDATE grid_responsibility SET name = '一号'")));
        notifier.refreshAll();
        QCOMPARE(spies.counts(), counts(1, 1, 1, 1, 1, 1));
        QVERIFY(!notifier.poll()); // the grid edit was taken in by the refresh
        QCOMPARE(spies.any.count(), 1);
    }

    void ownReadsDoNotLoop()
    {
        // A read-only statement commits nothing: no signal, and no check queued forever.
        ChangeNotifier notifier(*f.db);
        Spies spies(notifier);
        QCOMPARE(f.db->rowCount(QStringLiteral("case_record")), 0);
        QVERIFY(notifier.checkNow());
        QTest::qWait(50);
        QCOMPARE(spies.any.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "tst_changenotifier.moc"
