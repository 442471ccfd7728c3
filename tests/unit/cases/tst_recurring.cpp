// SPDX-License-Identifier: GPL-3.0-or-later
// The 老不改 rule on hand-computed fixtures (docs/hotspots.md), the list from a database (places
// linked to their cases, 返工 and 重办 cases) and the thresholds as validated settings.
#include <cc/cases/recurring.h>
#include <cc/geo/distance.h>
#include <cc/storage/settings.h>

#include "casefixture.h"

#include <cmath>
#include <numbers>

using namespace Cc;
using namespace CcTest;

namespace {

/// A report `eastM`/`northM` metres from the fixture's corner, `days` after 2026-03-01 00:00Z.
struct Spec
{
    double eastM, northM, days;
    QString category = kRubbish;
};

QPointF offset(double eastM, double northM)
{
    const double perLat = Geo::metresPerDegree();
    const double perLon = perLat * std::cos(kY0 * std::numbers::pi / 180);
    return {kX0 + eastM / perLon, kY0 + northM / perLat};
}

QDateTime day0()
{
    return QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
}

QList<Cases::RecurringReport> reportsOf(const QList<Spec> &specs)
{
    QList<Cases::RecurringReport> out;
    for (int i = 0; i < specs.size(); ++i) {
        Cases::RecurringReport r;
        r.number = QStringLiteral("N%1").arg(i);
        r.categoryKey = specs[i].category;
        r.pos = offset(specs[i].eastM, specs[i].northM);
        r.reportedAt = day0().addMSecs(qint64(specs[i].days * 86400000.0));
        out << r;
    }
    return out;
}

} // namespace

class TestRecurring : public QObject
{
    Q_OBJECT

private slots:
    void rule_data()
    {
        QTest::addColumn<QList<Spec>>("specs");
        QTest::addColumn<double>("countFromDay");
        QTest::addColumn<QList<int>>("placeSizes"); // per listed place, most reports first
        const Spec a{0, 0, 0};
        QTest::newRow("two reports: none") << QList<Spec>{a, {10, 0, 3}} << 0.0 << QList<int>{};
        QTest::newRow("three within 50 m and 30 days: one")
            << QList<Spec>{a, {20, 0, 5}, {0, 30, 12}} << 0.0 << QList<int>{3};
        QTest::newRow("three over 31 days: none")
            << QList<Spec>{a, {10, 0, 15}, {0, 10, 31}} << 0.0 << QList<int>{};
        QTest::newRow("three over exactly 30 days: one")
            << QList<Spec>{a, {10, 0, 15}, {0, 10, 30}} << 0.0 << QList<int>{3};
        QTest::newRow("different 小类: none")
            << QList<Spec>{a, {10, 0, 1}, {0, 10, 2, kDirtyRoad}} << 0.0 << QList<int>{};
        QTest::newRow("third 51 m from both others: none")
            << QList<Spec>{a, {0, 0, 1}, {51, 0, 2}} << 0.0 << QList<int>{};
        QTest::newRow("third exactly 50 m from both: one")
            << QList<Spec>{a, {0, 0, 1}, {50 - 1e-6, 0, 2}} << 0.0 << QList<int>{3};
        // Day 35 sees days 10 and 20 (day 0 is out of its window): still one place of four.
        QTest::newRow("a window sliding along: one of four")
            << QList<Spec>{a, {5, 0, 10}, {0, 5, 20}, {5, 5, 35}} << 0.0 << QList<int>{4};
        QTest::newRow("two places of two 小类") << QList<Spec>{a,
                                                               {5, 0, 1},
                                                               {0, 5, 2},
                                                               {0, 0, 3, kCover},
                                                               {5, 5, 4, kCover},
                                                               {1, 1, 5, kCover},
                                                               {2, 2, 6, kCover}}
                                                << 0.0 << QList<int>{4, 3};
        QTest::newRow("places 200 m apart stay apart")
            << QList<Spec>{a, {5, 0, 1}, {0, 5, 2}, {200, 0, 3}, {205, 0, 4}, {200, 5, 5}} << 0.0
            << QList<int>{3, 3};
        QTest::newRow("repeat before the period: not listed")
            << QList<Spec>{a, {5, 0, 5}, {0, 5, 10}} << 25.0 << QList<int>{};
        QTest::newRow("repeat in the period with earlier reports: listed with them")
            << QList<Spec>{a, {5, 0, 5}, {0, 5, 10}} << 8.0 << QList<int>{3};
    }

    void rule()
    {
        QFETCH(QList<Spec>, specs);
        QFETCH(double, countFromDay);
        QFETCH(QList<int>, placeSizes);
        const QList<Cases::RecurringPlace> places
            = Cases::findRecurringPlaces(reportsOf(specs), Storage::RecurringThresholds{},
                                         day0().addMSecs(qint64(countFromDay * 86400000.0)));
        QList<int> sizes;
        for (const Cases::RecurringPlace &p : places) {
            sizes << int(p.reports.size());
            for (int i = 1; i < p.reports.size(); ++i) // oldest first, one 小类
                QVERIFY(p.reports[i - 1].reportedAt <= p.reports[i].reportedAt);
            for (const Cases::RecurringReport &r : p.reports)
                QCOMPARE(r.categoryKey, p.categoryKey);
        }
        QCOMPARE(sizes, placeSizes);
    }

    void thresholdsChangeTheRule()
    {
        const QList<Spec> specs{{0, 0, 0}, {80, 0, 5}, {0, 80, 40}};
        QCOMPARE(Cases::findRecurringPlaces(reportsOf(specs), {}, day0()).size(), 0);
        const Storage::RecurringThresholds wide{120, 3, 45};
        QCOMPARE(Cases::findRecurringPlaces(reportsOf(specs), wide, day0()).size(), 1);
        const Storage::RecurringThresholds two{50, 2, 30};
        QCOMPARE(Cases::findRecurringPlaces(reportsOf({{0, 0, 0}, {10, 0, 1}}), two, day0()).size(),
                 1);
    }

    void thresholdsAreValidatedSettings()
    {
        QVERIFY(f.db);
        Storage::Settings settings(*f.db);
        auto defaults = settings.recurringThresholds();
        CC_VERIFY_OK(defaults);
        QCOMPARE(defaults.value(), (Storage::RecurringThresholds{50, 3, 30}));
        CC_VERIFY_OK(settings.setRecurringThresholds({80, 4, 14}));
        QCOMPARE(settings.recurringThresholds().value(), (Storage::RecurringThresholds{80, 4, 14}));
        CC_VERIFY_REFUSED(settings.setRecurringThresholds({0, 3, 30}), "hotspot.bad-threshold",
                          QStringLiteral("0"));
        CC_VERIFY_REFUSED(settings.setRecurringThresholds({50, 1, 30}), "hotspot.bad-threshold",
                          QStringLiteral("1"));
        CC_VERIFY_REFUSED(settings.setRecurringThresholds({50, 3, 400}), "hotspot.bad-threshold",
                          QStringLiteral("400"));
        QCOMPARE(settings.recurringThresholds().value(),
                 (Storage::RecurringThresholds{80, 4, 14})); // kept
        // A value written by hand that is no number is refused when read, not taken as 0.
        QVERIFY(
            Storage::SettingRepository(*f.db).set(QStringLiteral("hotspot.recurring-window-days"),
                                                  "many"));
        CC_VERIFY_REFUSED(settings.recurringThresholds(), "hotspot.bad-threshold",
                          QStringLiteral("many"));
        // The service holds every caller to the bounds, whatever the settings say.
        CC_VERIFY_REFUSED(Cases::recurringProblems(*f.db, day0(), day0().addDays(30),
                                                   {3000, 3, 30}),
                          "hotspot.bad-threshold", QStringLiteral("3000"));
    }

    void listFromDatabase()
    {
        // Three 暴露垃圾 within 30 m in March (one 不予受理: not counted, so a fourth is needed),
        // a 暴露垃圾 200 m away, and a 道路不洁 at the same spot.
        const QList<std::pair<QPointF, QDateTime>> rubbish{{offset(10, 10), cst(2026, 3, 2, 9, 0)},
                                                           {offset(20, 10), cst(2026, 3, 9, 9, 0)},
                                                           {offset(10, 30), cst(2026, 3, 16, 9, 0)},
                                                           {offset(15, 15),
                                                            cst(2026, 3, 20, 9, 0)}};
        QStringList numbers;
        for (int i = 0; i < rubbish.size(); ++i) {
            Storage::CaseRow row;
            QVERIFY(reportAt(row, kRubbish, rubbish[i].first, rubbish[i].second));
            if (i == 1)
                QVERIFY(f.act(row, CaseAction::Reject, f.op, rubbish[i].second.addSecs(300)));
            else
                numbers << row.number;
        }
        Storage::CaseRow far, other;
        QVERIFY(reportAt(far, kRubbish, offset(70, 10), cst(2026, 3, 10, 9, 0)));
        QVERIFY(reportAt(other, kDirtyRoad, offset(10, 10), cst(2026, 3, 10, 9, 0)));

        // 返工: the check failed once; 重办: a step out of 已结案 (the 回访 step's reopening).
        Storage::CaseRow reworked, reopened;
        QVERIFY(openCase(reworked, "disposing"));
        QVERIFY(f.act(reworked, CaseAction::Feedback, f.userA, cst(2026, 3, 9, 11, 0)));
        QVERIFY(f.act(reworked, CaseAction::SendCheck, f.op, cst(2026, 3, 9, 11, 10)));
        QVERIFY(f.act(reworked, CaseAction::CheckFail, f.col, cst(2026, 3, 9, 11, 30)));
        QVERIFY(reportAt(reopened, kCover, offset(60, 60), cst(2026, 3, 3, 9, 0)));
        QVERIFY(f.act(reopened, CaseAction::SelfDispose, f.col, cst(2026, 3, 3, 9, 20)));
        QVERIFY(f.act(reopened, CaseAction::Close, f.sl, cst(2026, 3, 3, 9, 40)));
        QVERIFY(appendReopening(reopened.id, cst(2026, 3, 12, 10, 0)));

        auto list = Cases::recurringProblems(*f.db, cst(2026, 3, 1, 0, 0), cst(2026, 4, 1, 0, 0),
                                             {});
        CC_VERIFY_OK(list);
        QCOMPARE(list->places.size(), 1);
        const Cases::RecurringPlace &place = list->places.first();
        QCOMPARE(place.categoryKey, kRubbish);
        QStringList listed;
        for (const Cases::RecurringReport &r : place.reports) {
            listed << r.number;
            QVERIFY(!r.caseId.isEmpty());
        }
        QCOMPARE(listed, numbers); // linked to its cases, oldest first
        QVERIFY(Geo::groundDistanceM(place.centre, offset(35.0 / 3, 55.0 / 3)) < 0.01);

        QCOMPARE(list->reopened.size(), 2);
        QCOMPARE(list->reopened[0].report.number, reopened.number); // most recent first
        QCOMPARE(list->reopened[0].reason, Cases::ReopenedCase::Reason::Reopened);
        QCOMPARE(list->reopened[0].times, 1);
        QCOMPARE(list->reopened[1].report.number, reworked.number);
        QCOMPARE(list->reopened[1].reason, Cases::ReopenedCase::Reason::Rework);
        QCOMPARE(Cases::reasonId(list->reopened[1].reason), QStringLiteral("rework"));

        // February has none of it; the bulletin's top places are the list's first.
        auto february = Cases::recurringProblems(*f.db, cst(2026, 2, 1, 0, 0),
                                                 cst(2026, 3, 1, 0, 0), {});
        CC_VERIFY_OK(february);
        QVERIFY(february->places.isEmpty() && february->reopened.isEmpty());
        auto top = Cases::topRecurringPlaces(*f.db, cst(2026, 3, 1, 0, 0), cst(2026, 4, 1, 0, 0),
                                             {}, 5);
        CC_VERIFY_OK(top);
        QCOMPARE(top->size(), 1);
        QCOMPARE(top->first().reports.size(), 3);
    }

    void init() { f.setUp(); }

private:
    bool reportAt(Storage::CaseRow &out, const QString &category, const QPointF &at,
                  const QDateTime &when)
    {
        Cases::NewReport r;
        r.channel = QStringLiteral("collector");
        r.categoryKey = category;
        r.level = Core::CaseLevel::Normal;
        r.location = at;
        r.at = when;
        r.description = QStringLiteral("测试案卷");
        auto row = f.service->report(r, f.col);
        if (!row) {
            qWarning("report refused: %s", qPrintable(row.error().message));
            return false;
        }
        out = row.value();
        return true;
    }

    bool openCase(Storage::CaseRow &row, const QString &until) { return f.openCase(row, until); }

    /// The event the 重办 step writes (CaseAction::Reopen: 已结案 → 待签收, after an unsatisfied
    /// 回访 of a hotline case), written directly here to keep the fixture short; the list finds
    /// it by its states, whatever the action is called.
    bool appendReopening(const QString &caseId, const QDateTime &at)
    {
        auto st = f.db->prepare(QStringLiteral(
            "INSERT INTO case_event (id, case_id, seq, stage, action, from_state, to_state, actor_id, role, at) "
            "SELECT ?1, ?2, max(seq) + 1, 'disposal', 'reopen', 'closed', 'dispatched', 'x', 'shift-leader', ?3 "
            "FROM case_event WHERE case_id = ?2"));
        if (!st)
            return false;
        st->bindText(1, Fixture::newId()).bindText(2, caseId).bindText(3, Storage::isoUtc(at));
        return bool(st->exec());
    }

    Fixture f;
};

QTEST_GUILESS_MAIN(TestRecurring)
#include "tst_recurring.moc"
