// SPDX-License-Identifier: GPL-3.0-or-later
// Cases::evaluate on eight cases driven through CaseService at literal times, so that every
// count can be worked out by hand (below). All cases are in unit grid A (responsibility grid
// R01), reported on Monday 2026-03-09 at 09:00 (Asia/Shanghai); `now` is Tue 2026-03-10 18:00.
// Centre limits are 30 minutes; 暴露垃圾 has 4 工作时, 上水井盖 2 工作日 (16 工作时).
//
//  C1 暴露垃圾 by col01: accept 09:10, file 09:20, dispatch 09:30 (→ D01, deadline Mon 15:30),
//     dept-accept 10:00, feedback 11:00, send-check 11:10, check-pass 11:20,
//     close 12:00 (LATE: check-passed deadline 11:50).                         closed in time
//  C2 暴露垃圾 by col01: as C1 up to dept-accept; feedback Tue 09:00 (LATE), send-check
//     Tue 09:10, check-pass Tue 09:50 (LATE: 09:40), close Tue 10:00.          closed late
//  C3 暴露垃圾 by col01: as C1 up to send-check 11:10; check-fail 11:20 (返工; new deadline
//     11:20 + 4 h = 17:20), dept-accept 11:30, feedback 15:00, send-check 15:40 (LATE: 15:30),
//     check-pass 15:50, close 16:00.                                            closed in time
//  C4 暴露垃圾 by col01: accept 09:10, file 09:20, dispatch 10:00 (LATE: 09:50; deadline
//     Mon 16:00), dept-accept 10:30, request-postpone 8 h 11:00, approve 11:10 → deadline
//     Tue 16:00: still disposing at `now`, so overdue.
//  C5 上水井盖 by op01 (hotline-12345): send-verify 09:05, verify-confirm 09:20, file 09:30,
//     dispatch 09:40 (→ D02), dept-accept 10:00, request-hang 10:30, approve-hang 10:40: 挂账.
//  C6 上水井盖 by col01: accept 09:10, file 09:50 (LATE: 09:40), dispatch 10:00 (→ D02,
//     deadline Mon 10:00 + 16 h = Wed 10:00), dept-accept 10:30: open, not overdue.
//  C7 暴露垃圾 by col01: reject 09:10 (不予受理).
//  C8 暴露垃圾 by op01 (hotline-12345): accept 09:10, file 09:20, cancel 09:25 (作废 after 立案).
#include "casefixture.h"

#include <cc/cases/evaluation.h>

using namespace CcTest;
using Cases::EvaluationRow;
using Cases::EvaluationScope;

namespace {

struct Expected
{
    const char *id;
    qint64 numerator, denominator;
};

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

private:
    Fixture f;
    const QDateTime from = cst(2026, 3, 1, 0, 0).toUTC();
    const QDateTime to = cst(2026, 4, 1, 0, 0).toUTC();
    const QDateTime now = cst(2026, 3, 10, 18, 0).toUTC();

    QList<EvaluationRow> evaluate(EvaluationScope scope, const QDateTime &a, const QDateTime &b)
    {
        auto rows = Cases::evaluate(*f.db, scope, a, b, now);
        if (!rows) {
            qWarning("evaluate: %s", qPrintable(rows.error().message));
            return {};
        }
        return rows.value();
    }

    static void check(const EvaluationRow &row, const QList<Expected> &expected, double score,
                      char grade)
    {
        const QList<Core::Indicator> &indicators = row.evaluation.indicators;
        QCOMPARE(indicators.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(indicators.at(i).id, QString::fromLatin1(expected.at(i).id));
            QCOMPARE(indicators.at(i).numerator, expected.at(i).numerator);
            QCOMPARE(indicators.at(i).denominator, expected.at(i).denominator);
        }
        QVERIFY2(qAbs(row.evaluation.score - score) < 1e-9,
                 qPrintable(QStringLiteral("%1: score %2, expected %3")
                                .arg(row.name)
                                .arg(row.evaluation.score, 0, 'f', 6)
                                .arg(score, 0, 'f', 6)));
        QCOMPARE(row.evaluation.grade, QChar::fromLatin1(grade));
    }

    bool run(Storage::CaseRow &row,
             const QList<std::tuple<CaseAction, const Cases::Actor *, QDateTime>> &steps,
             int hours = 0)
    {
        for (const auto &[action, who, at] : steps) {
            if (!f.act(row, action, *who, at, {},
                       action == CaseAction::RequestPostpone ? hours : 0))
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        f.setUp();
        if (QTest::currentTestFailed())
            return;
        auto mon = [](int h, int m) { return cst(2026, 3, 9, h, m); };
        auto tue = [](int h, int m) { return cst(2026, 3, 10, h, m); };
        using A = CaseAction;
        Storage::CaseRow c1, c2, c3, c4, c5, c6, c7, c8;
        for (Storage::CaseRow *c : {&c1, &c2, &c3, &c4, &c7})
            QVERIFY(f.report(*c, kRubbish, f.col, mon(9, 0)));
        QVERIFY(f.report(c5, kCover, f.op, mon(9, 0), "hotline-12345"));
        QVERIFY(f.report(c6, kCover, f.col, mon(9, 0)));
        QVERIFY(f.report(c8, kRubbish, f.op, mon(9, 0), "hotline-12345"));

        const auto opening = [&](const QDateTime &dispatchAt) {
            return QList<std::tuple<A, const Cases::Actor *, QDateTime>>{{A::Accept, &f.op,
                                                                          mon(9, 10)},
                                                                         {A::File, &f.sl,
                                                                          mon(9, 20)},
                                                                         {A::Dispatch, &f.dp,
                                                                          dispatchAt}};
        };
        QVERIFY(run(c1, opening(mon(9, 30))
                            + QList<std::tuple<A, const Cases::Actor *, QDateTime>>{
                                {A::DeptAccept, &f.userA, mon(10, 0)},
                                {A::Feedback, &f.userA, mon(11, 0)},
                                {A::SendCheck, &f.op, mon(11, 10)},
                                {A::CheckPass, &f.col, mon(11, 20)},
                                {A::Close, &f.sl, mon(12, 0)}}));
        QVERIFY(run(c2, opening(mon(9, 30))
                            + QList<std::tuple<A, const Cases::Actor *, QDateTime>>{
                                {A::DeptAccept, &f.userA, mon(10, 0)},
                                {A::Feedback, &f.userA, tue(9, 0)},
                                {A::SendCheck, &f.op, tue(9, 10)},
                                {A::CheckPass, &f.col, tue(9, 50)},
                                {A::Close, &f.sl, tue(10, 0)}}));
        QVERIFY(run(c3, opening(mon(9, 30))
                            + QList<std::tuple<A, const Cases::Actor *, QDateTime>>{
                                {A::DeptAccept, &f.userA, mon(10, 0)},
                                {A::Feedback, &f.userA, mon(11, 0)},
                                {A::SendCheck, &f.op, mon(11, 10)},
                                {A::CheckFail, &f.col, mon(11, 20)},
                                {A::DeptAccept, &f.userA, mon(11, 30)},
                                {A::Feedback, &f.userA, mon(15, 0)},
                                {A::SendCheck, &f.op, mon(15, 40)},
                                {A::CheckPass, &f.col, mon(15, 50)},
                                {A::Close, &f.sl, mon(16, 0)}}));
        QVERIFY(
            run(c4,
                opening(mon(10, 0))
                    + QList<std::tuple<A, const Cases::Actor *, QDateTime>>{{A::DeptAccept,
                                                                             &f.userA, mon(10, 30)},
                                                                            {A::RequestPostpone,
                                                                             &f.userA, mon(11, 0)},
                                                                            {A::ApprovePostpone,
                                                                             &f.sl, mon(11, 10)}},
                8));
        QVERIFY(run(c5, {{A::SendVerify, &f.op, mon(9, 5)},
                         {A::VerifyConfirm, &f.col, mon(9, 20)},
                         {A::File, &f.sl, mon(9, 30)},
                         {A::Dispatch, &f.dp, mon(9, 40)},
                         {A::DeptAccept, &f.userB, mon(10, 0)},
                         {A::RequestHang, &f.userB, mon(10, 30)},
                         {A::ApproveHang, &f.sl, mon(10, 40)}}));
        QVERIFY(run(c6, {{A::Accept, &f.op, mon(9, 10)},
                         {A::File, &f.sl, mon(9, 50)},
                         {A::Dispatch, &f.dp, mon(10, 0)},
                         {A::DeptAccept, &f.userB, mon(10, 30)}}));
        QVERIFY(run(c7, {{A::Reject, &f.op, mon(9, 10)}}));
        QVERIFY(run(c8, {{A::Accept, &f.op, mon(9, 10)},
                         {A::File, &f.sl, mon(9, 20)},
                         {A::Cancel, &f.sl, mon(9, 25)}}));

        // The fixture is what the comments say.
        QCOMPARE(f.stored(c1.id).state, QStringLiteral("closed"));
        QCOMPARE(tri(f.stored(c2.id).closedInTime), 0);
        QCOMPARE(tri(f.stored(c3.id).closedInTime), 1);
        QCOMPARE(f.stored(c4.id).disposalDeadline, utc("2026-03-10T08:00:00Z"));
        QCOMPARE(f.stored(c5.id).state, QStringLiteral("hung"));
        QCOMPARE(f.stored(c6.id).disposalDeadline, utc("2026-03-11T02:00:00Z"));
        QCOMPARE(f.stored(c6.id).departmentId, f.deptB);
        QCOMPARE(f.rows("case_record"), qint64(8));
    }

    void byDepartment()
    {
        const QList<EvaluationRow> rows = evaluate(EvaluationScope::Department, from, to);
        QCOMPARE(rows.size(), 2);
        // D01: 应处置 4 (C1–C4 dispatched there), 处置 3 (C1–C3 fed back), 按期 2 (C1, C3;
        // C2 fed back late), 返工 1 (C3) of 应结案 3, 超期待处置 1 (C4, deadline Tue 16:00 <
        // now), 延期 1 (C4).
        // 30·3/4 + 20·2/4 + 20·(1 − 1/3) + 20·(1 − 1/4) + 10·(1 − 1/4) = 68.33 → C
        QCOMPARE(rows.at(0).key, f.deptA);
        QCOMPARE(rows.at(0).name, QStringLiteral("环卫所"));
        QCOMPARE(rows.at(0).role, Role::Department);
        check(rows.at(0),
              {{"disposal-rate", 3, 4},
               {"on-time-disposal-rate", 2, 4},
               {"rework-rate", 1, 3},
               {"overdue-undisposed-rate", 1, 4},
               {"postpone-rate", 1, 4}},
              22.5 + 10 + 20.0 * 2 / 3 + 15 + 7.5, 'C');
        // D02: C5 is 挂账 and leaves the denominators; C6 is due in the period (deadline Wed
        // 10:00), not yet disposed, not overdue at `now`. Nothing closed: 返工率 has no value
        // and leaves the composite: (30·0 + 20·0 + 20·(1 − 0/1) + 10·(1 − 0/1)) / 80 % = 37.5 → E
        QCOMPARE(rows.at(1).key, f.deptB);
        check(rows.at(1),
              {{"disposal-rate", 0, 1},
               {"on-time-disposal-rate", 0, 1},
               {"rework-rate", 0, 0},
               {"overdue-undisposed-rate", 0, 1},
               {"postpone-rate", 0, 1}},
              37.5, 'E');
        QVERIFY(!rows.at(1).evaluation.indicators.at(2).hasValue);
    }

    void byGrid()
    {
        const QList<EvaluationRow> rows = evaluate(EvaluationScope::Grid, from, to);
        QCOMPARE(rows.size(), 1);
        // R01: 立案 6 (C1–C6; C5 挂账 was filed; C7 never filed, C8 作废), 5 by collectors
        // (C5 came by 12345); 应结案 5 (C1–C3 closed in March, C4 and C6 due in March; C5 挂账
        // is never due), 结案 3 (C1–C3), 按期结案 2 (C1, C3) (docs/kpi.md).
        // 10·5/6 + 35·3/5 + 50·2/5 + 5·countScore(6) = 8.33 + 21 + 20 + 0 = 49.33 → D
        QCOMPARE(rows.at(0).key, kResp);
        QCOMPARE(rows.at(0).name, QStringLiteral("一号责任网格"));
        check(rows.at(0),
              {{"supervisor-report-rate", 5, 6},
               {"closing-rate", 3, 5},
               {"on-time-closing-rate", 2, 5},
               {"filed-count-score", 6, 0}},
              10.0 * 5 / 6 + 21 + 20, 'D');
    }

    void byPost()
    {
        const QList<EvaluationRow> rows = evaluate(EvaluationScope::Post, from, to);
        // Operator, shift leader, dispatcher, collector in Role order; col02 (no work),
        // gone01 (no work), sv01 (no KPIs) and the department users have no row.
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).key, f.op.userId);
        QCOMPARE(rows.at(0).name, QStringLiteral("OP01"));
        QCOMPARE(rows.at(0).role, Role::Operator);
        // op01: 受理 7 (6 accepts + C7's reject), 发核实 1 in time (C5 09:05 ≤ 09:30),
        // 发核查 4 of which 3 in time (C3's second at 15:40 > 15:30).
        // 25·countScore(7) + 40·1 + 35·3/4 = 0 + 40 + 26.25 = 66.25 → C
        check(rows.at(0),
              {{"accepted-count-score", 7, 0},
               {"on-time-send-verify-rate", 1, 1},
               {"on-time-send-check-rate", 3, 4}},
              66.25, 'C');
        QCOMPARE(rows.at(1).key, f.sl.userId);
        QCOMPARE(rows.at(1).role, Role::ShiftLeader);
        // sl01: 立案 7 (all but C7), 6 in time (C6 at 09:50 > 09:40), 作废 after 立案 1 (C8),
        // 结案 3, 2 in time (C1 at 12:00 > 11:50).
        // 25·6/7 + 40·6/7 + 35·2/3 = 79.05 → B
        check(rows.at(1),
              {{"on-time-filing-rate", 6, 7},
               {"accurate-filing-rate", 6, 7},
               {"on-time-closing-rate", 2, 3}},
              25.0 * 6 / 7 + 40.0 * 6 / 7 + 35.0 * 2 / 3, 'B');
        QCOMPARE(rows.at(2).key, f.dp.userId);
        QCOMPARE(rows.at(2).role, Role::Dispatcher);
        // dp01: 派遣 6 (C1–C6), 5 in time (C4 at 10:00 > 09:50), 返工 after its dispatch 1 (C3).
        // 20·5/6 + 40·(6 − 1)/6 + 40·countScore(6) = 16.67 + 33.33 + 0 = 50 → D
        check(rows.at(2),
              {{"on-time-dispatch-rate", 5, 6},
               {"accurate-dispatch-rate", 5, 6},
               {"dispatch-count-score", 6, 0}},
              50, 'D');
        QCOMPARE(rows.at(3).key, f.col.userId);
        QCOMPARE(rows.at(3).role, Role::Collector);
        // col01: 上报 6 (C1–C4, C6, C7), 有效 5 (C7 rejected), 漏报 2 (C5, C8: public reports
        // filed in R01) of 立案 7 in R01 (C5 counts here, hung or not), 核实 1 in time,
        // 核查 4 of which 3 in time (C2's at Tue 09:50 > 09:40).
        // 40·5/6 + 20·(1 − 2/7) + 20·1 + 20·3/4 = 82.62 → B
        check(rows.at(3),
              {{"valid-report-rate", 5, 6},
               {"missed-report-rate", 2, 7},
               {"on-time-verify-rate", 1, 1},
               {"on-time-check-rate", 3, 4}},
              40.0 * 5 / 6 + 20.0 * 5 / 7 + 20 + 15, 'B');
    }

    void postDailyFactsMatchTheEvents_data()
    {
        QTest::addColumn<QDateTime>("a");
        QTest::addColumn<QDateTime>("b");
        QTest::newRow("march") << from << to;
        QTest::newRow("monday") << cst(2026, 3, 9, 0, 0).toUTC() << cst(2026, 3, 10, 0, 0).toUTC();
        QTest::newRow("tuesday") << cst(2026, 3, 10, 0, 0).toUTC()
                                 << cst(2026, 3, 11, 0, 0).toUTC();
    }

    void postDailyFactsMatchTheEvents()
    {
        // Whole CST days add up kpi_post_day; the same period 1 ms earlier (no event of the
        // fixture sits on a bound) counts the events of its partial days: for one day (monday,
        // tuesday) all of them, for march those of its first and last day around the facts
        // of the days between. Both must agree.
        QFETCH(QDateTime, a);
        QFETCH(QDateTime, b);
        const QList<EvaluationRow> facts = evaluate(EvaluationScope::Post, a, b);
        const QList<EvaluationRow> events = evaluate(EvaluationScope::Post, a.addMSecs(-1),
                                                     b.addMSecs(-1));
        QVERIFY(!facts.isEmpty());
        QCOMPARE(facts.size(), events.size());
        for (qsizetype i = 0; i < facts.size(); ++i) {
            QCOMPARE(facts.at(i).key, events.at(i).key);
            QCOMPARE(facts.at(i).role, events.at(i).role);
            QCOMPARE(facts.at(i).evaluation.score, events.at(i).evaluation.score);
        }
    }

    void periodExcludesEverything()
    {
        const QDateTime april = cst(2026, 4, 1, 0, 0).toUTC();
        const QDateTime may = cst(2026, 5, 1, 0, 0).toUTC();
        // C4 (D01) and C6 (D02) were due in March and are still open: both stay due in April
        // (the published-bulletin method), so both departments and the grid are evaluated.
        QCOMPARE(evaluate(EvaluationScope::Department, april, may).size(), 2);
        QCOMPARE(evaluate(EvaluationScope::Grid, april, may).size(), 1);
        QCOMPARE(evaluate(EvaluationScope::Post, april, may).size(), 0);
        // A period before anything happened has no rows.
        const QDateTime january = cst(2026, 1, 1, 0, 0).toUTC();
        QCOMPARE(evaluate(EvaluationScope::Department, january, from).size(), 0);
        QCOMPARE(evaluate(EvaluationScope::Grid, january, from).size(), 0);
        // The period is half-open: ending at Monday 09:00 sharp leaves out the 09:00 reports.
        QCOMPARE(evaluate(EvaluationScope::Post, from, cst(2026, 3, 9, 9, 0).toUTC()).size(), 0);
    }

    void scopeIds()
    {
        QCOMPARE(Cases::scopeId(EvaluationScope::Department), QStringLiteral("department"));
        QCOMPARE(Cases::scopeFromId(u"grid"), EvaluationScope::Grid);
        QCOMPARE(Cases::scopeFromId(u"post"), EvaluationScope::Post);
        QCOMPARE(Cases::scopeFromId(u"street"), EvaluationScope::Invalid);
        QVERIFY(!Cases::evaluate(*f.db, EvaluationScope::Invalid, from, to, now));
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
