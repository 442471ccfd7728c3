// SPDX-License-Identifier: GPL-3.0-or-later
// Cases::countFigures, the published figures (docs/kpi.md), on ten cases driven through
// CaseService at literal times so that every count can be worked out by hand. Times are
// Asia/Shanghai; 暴露垃圾 has 4 工作时 (Mon–Fri 08–12, 14–18), 上水井盖 2 工作日; March 2026
// has no public holiday.
//
//  K1 暴露垃圾 col: Mon 03-02 09:00, accept 09:10, file 09:20, dispatch 09:30 (D01, deadline
//     15:30), dept-accept 09:40, feedback 10:00, send-check 10:05, check-pass 10:10,
//     close 10:15.                                                  closed in time, first time
//  K2 暴露垃圾 col: Tue 03-03 09:00, self-dispose 09:05, close 09:30.  自行处置: 立案 and 结案
//  K3 暴露垃圾 col: Tue 03-31 17:00, accept 17:05, file 17:10, dispatch 17:15 (deadline
//     Wed 04-01 11:15); phase 2: dept-accept 04-01 09:00, feedback 10:00, send-check 10:05,
//     check-pass 10:10, close 10:15.       filed on March's last day, due and closed in April
//  K4 暴露垃圾 col: Thu 03-05 09:00, accept, file, dispatch 09:30 (D01), redispatch 09:35
//     (D02, deadline 15:35), dept-accept 10:00; never fed back.      overdue, not closed
//  K5 上水井盖 12319: Fri 03-06 09:00, accept, file, dispatch 09:30 (D02), dept-accept,
//     request-hang 10:00, approve-hang 10:10.                          挂账
//  K6 暴露垃圾 col: Mon 03-09 09:00, accept 09:10, file 09:20, cancel 09:25.    作废
//  K7 暴露垃圾 col: Mon 03-09 09:00, reject 09:10.                              不予受理
//  K8 暴露垃圾 col: Mon 03-09 09:00, accept, file, dispatch 09:30 (D01), dept-accept 09:40,
//     feedback 10:00, send-check 10:05, check-fail 10:10 (返工, deadline 16:10), dept-accept
//     10:20, feedback Tue 03-10 09:00 (late), send-check 09:05, check-pass 09:10, close 09:15.
//  K9 暴露垃圾 12345: Thu 02-26 09:00, accept, file, dispatch 09:30 (D01, deadline 15:30),
//     dept-accept 10:00; feedback Thu 03-12 09:00, send-check 09:05, check-pass 09:10,
//     close 09:20.                     filed in February, overdue across the month, closed in March
//  K10 暴露垃圾 WeChat: Wed 03-11 09:00, accept, file, dispatch 09:30 (D01, deadline 15:30),
//     dept-accept 09:40, request-postpone 8 h 10:00, approve 10:10 (deadline Thu 15:30),
//     feedback Thu 03-12 14:00, send-check 14:05, check-pass 14:10, close 14:15.
//                                                                   延期, closed in time
#include "casefixture.h"

#include <cc/cases/evaluation.h>
#include <cc/cases/kpifigures.h>

using namespace CcTest;
using Cases::FigureRow;
using Cases::FigureScope;
using Core::CaseFigures;

namespace {

using A = CaseAction;
using Step = std::tuple<A, const Cases::Actor *, QDateTime>;

QDateTime at(int month, int day, int h, int m)
{
    return cst(2026, month, day, h, m);
}

} // namespace

class TestKpiFigures : public QObject
{
    Q_OBJECT

private:
    Fixture f;
    Storage::CaseRow k3;
    const QDateTime march = at(3, 1, 0, 0).toUTC();
    const QDateTime april = at(4, 1, 0, 0).toUTC();
    const QDateTime now = at(4, 10, 12, 0).toUTC();

    bool run(Storage::CaseRow &row, const QList<Step> &steps, const QString &department = {})
    {
        for (const auto &[action, who, when] : steps) {
            const bool dispatching = action == A::Dispatch || action == A::Redispatch;
            if (!f.act(row, action, *who, when, dispatching ? department : QString(),
                       action == A::RequestPostpone ? 8 : 0))
                return false;
        }
        return true;
    }

    /// report → accept → file → dispatch to `dept` at the given minutes of the same day.
    bool opened(Storage::CaseRow &row, const QString &channel, const QDateTime &reported,
                const QString &dept, int dispatchMinute = 30, const QString &category = kRubbish)
    {
        const Cases::Actor &reporter = channel == QLatin1String("collector") ? f.col : f.op;
        if (!f.report(row, category, reporter, reported, channel))
            return false;
        const auto t = [&](int minutes) { return reported.addSecs(60 * minutes); };
        return run(row,
                   {{A::Accept, &f.op, t(10)},
                    {A::File, &f.sl, t(20)},
                    {A::Dispatch, &f.dp, t(dispatchMinute)}},
                   dept);
    }

    /// dept-accept (unless `accept` is invalid: already disposing) … close on the standard
    /// path, `feedback` the result's time.
    bool finished(Storage::CaseRow &row, const Cases::Actor &dept, const QDateTime &accept,
                  const QDateTime &feedback)
    {
        const auto t = [&](int minutes) { return feedback.addSecs(60 * minutes); };
        QList<Step> steps{{A::Feedback, &dept, feedback},
                          {A::SendCheck, &f.op, t(5)},
                          {A::CheckPass, &f.col, t(10)},
                          {A::Close, &f.sl, t(15)}};
        if (accept.isValid())
            steps.prepend({A::DeptAccept, &dept, accept});
        return run(row, steps);
    }

    QList<FigureRow> count(FigureScope scope, const QDateTime &from, const QDateTime &to,
                           Core::DueMethod method = Core::DueMethod::Bulletin)
    {
        Cases::FigureQuery query;
        query.scope = scope;
        query.from = from;
        query.to = to;
        query.now = now;
        query.rules.dueMethod = method;
        auto rows = Cases::countFigures(*f.db, query);
        if (!rows) {
            qWarning("countFigures: %s", qPrintable(rows.error().message));
            return {};
        }
        return rows.value();
    }

    CaseFigures city(const QDateTime &from, const QDateTime &to,
                     Core::DueMethod method = Core::DueMethod::Bulletin)
    {
        const QList<FigureRow> rows = count(FigureScope::City, from, to, method);
        return rows.size() == 1 ? rows.first().figures : CaseFigures{};
    }

    static std::optional<double> value(const CaseFigures &figures, const char *id)
    {
        return Core::figureValue(figures, QLatin1String(id)).value;
    }

private slots:
    void initTestCase()
    {
        f.setUp();
        if (QTest::currentTestFailed())
            return;
        Storage::CaseRow k1, k2, k4, k5, k6, k7, k8, k9, k10;
        QVERIFY(opened(k1, "collector", at(3, 2, 9, 0), "D01"));
        QVERIFY(finished(k1, f.userA, at(3, 2, 9, 40), at(3, 2, 10, 0)));
        QVERIFY(f.report(k2, kRubbish, f.col, at(3, 3, 9, 0)));
        QVERIFY(run(k2, {{A::SelfDispose, &f.col, at(3, 3, 9, 5)},
                         {A::Close, &f.sl, at(3, 3, 9, 30)}}));
        QVERIFY(f.report(k3, kRubbish, f.col, at(3, 31, 17, 0)));
        QVERIFY(run(k3,
                    {{A::Accept, &f.op, at(3, 31, 17, 5)},
                     {A::File, &f.sl, at(3, 31, 17, 10)},
                     {A::Dispatch, &f.dp, at(3, 31, 17, 15)}},
                    "D01"));
        QVERIFY(opened(k4, "collector", at(3, 5, 9, 0), "D01"));
        QVERIFY(run(k4,
                    {{A::Redispatch, &f.dp, at(3, 5, 9, 35)},
                     {A::DeptAccept, &f.userB, at(3, 5, 10, 0)}},
                    "D02"));
        QVERIFY(opened(k5, "hotline-12319", at(3, 6, 9, 0), "D02", 30, kCover));
        QVERIFY(run(k5, {{A::DeptAccept, &f.userB, at(3, 6, 9, 40)},
                         {A::RequestHang, &f.userB, at(3, 6, 10, 0)},
                         {A::ApproveHang, &f.sl, at(3, 6, 10, 10)}}));
        QVERIFY(f.report(k6, kRubbish, f.col, at(3, 9, 9, 0)));
        QVERIFY(run(k6, {{A::Accept, &f.op, at(3, 9, 9, 10)},
                         {A::File, &f.sl, at(3, 9, 9, 20)},
                         {A::Cancel, &f.sl, at(3, 9, 9, 25)}}));
        QVERIFY(f.report(k7, kRubbish, f.col, at(3, 9, 9, 0)));
        QVERIFY(run(k7, {{A::Reject, &f.op, at(3, 9, 9, 10)}}));
        QVERIFY(opened(k8, "collector", at(3, 9, 9, 0), "D01"));
        QVERIFY(run(k8, {{A::DeptAccept, &f.userA, at(3, 9, 9, 40)},
                         {A::Feedback, &f.userA, at(3, 9, 10, 0)},
                         {A::SendCheck, &f.op, at(3, 9, 10, 5)},
                         {A::CheckFail, &f.col, at(3, 9, 10, 10)}}));
        QVERIFY(finished(k8, f.userA, at(3, 9, 10, 20), at(3, 10, 9, 0)));
        QVERIFY(opened(k9, "hotline-12345", at(2, 26, 9, 0), "D01"));
        QVERIFY(finished(k9, f.userA, at(2, 26, 10, 0), at(3, 12, 9, 0)));
        QVERIFY(opened(k10, "wechat", at(3, 11, 9, 0), "D01"));
        QVERIFY(run(k10, {{A::DeptAccept, &f.userA, at(3, 11, 9, 40)},
                          {A::RequestPostpone, &f.userA, at(3, 11, 10, 0)},
                          {A::ApprovePostpone, &f.sl, at(3, 11, 10, 10)}}));
        QVERIFY(finished(k10, f.userA, {}, at(3, 12, 14, 0)));

        // The fixture is what the comments say.
        QCOMPARE(f.stored(k3.id).disposalDeadline, at(4, 1, 11, 15).toUTC());
        QCOMPARE(f.stored(k4.id).departmentId, f.deptB);
        QCOMPARE(f.stored(k5.id).state, QStringLiteral("hung"));
        QCOMPARE(tri(f.stored(k8.id).closedInTime), 0);
        QCOMPARE(tri(f.stored(k9.id).closedInTime), 0);
        QCOMPARE(tri(f.stored(k10.id).closedInTime), 1);
        QCOMPARE(f.stored(k10.id).disposalDeadline, at(3, 12, 15, 30).toUTC());
        QCOMPARE(tri(f.stored(k2.id).closedInTime), 1);
    }

    // Every count of March before K3's April steps, by hand (see the file's head).
    void marchCounts_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<qint64>("expected");
        // 受理: K1–K5, K8, K10 (K6 作废, K7 不予受理, K9 February).
        QTest::newRow("受理数") << "reported" << qint64(7);
        QTest::newRow("of them filed") << "reportedFiled" << qint64(7);
        // 立案: K1, K2 (自行处置), K3, K4, K5 (挂账 is filed), K8, K10.
        QTest::newRow("立案数") << "filed" << qint64(7);
        QTest::newRow("自行处置") << "selfDisposed" << qint64(1);
        // 派遣: K1, K3, K4, K5, K8, K10 first dispatched in March; K4 was dispatched twice.
        QTest::newRow("派遣数") << "dispatched" << qint64(6);
        QTest::newRow("dispatched once") << "dispatchedOnce" << qint64(5);
        // 应处置: K1, K8, K9, K10 disposed in March, K4 overdue; K3 due in April, K5 挂账.
        QTest::newRow("应处置数") << "disposalDue" << qint64(5);
        QTest::newRow("处置数") << "disposed" << qint64(4);
        // K1 (10:00 ≤ 15:30) and K10 (extended to Thu 15:30); K8 after its rework deadline, K9 weeks late.
        QTest::newRow("按期处置") << "disposedInTime" << qint64(2);
        QTest::newRow("延期") << "postponed" << qint64(1);
        // 应结案 (bulletin): closed in March K1, K2, K8, K9, K10 + K4 (deadline in March, open).
        QTest::newRow("应结案数") << "due" << qint64(6);
        QTest::newRow("结案数") << "closed" << qint64(5);
        QTest::newRow("按期结案数") << "closedInTime" << qint64(3);  // K1, K2, K10
        QTest::newRow("一次完成") << "closedFirstTime" << qint64(4); // all but K8
        QTest::newRow("返工") << "closedReworked" << qint64(1);      // K8
        QTest::newRow("超期未结数") << "overdueOpen" << qint64(1);   // K4
        QTest::newRow("挂账数") << "hung" << qint64(1);              // K5
        QTest::newRow("监督举报") << "collectorFiled" << qint64(5);  // K1–K4, K8
        QTest::newRow("公众举报") << "publicFiled" << qint64(2);     // K5 (12319), K10 (WeChat)
    }

    void marchCounts()
    {
        QFETCH(QString, member);
        QFETCH(qint64, expected);
        const QJsonObject counts = Core::figuresToJson(city(march, april));
        QVERIFY2(counts.contains(member), qPrintable(member));
        QCOMPARE(counts.value(member).toInteger(), expected);
    }

    void marchRates_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("expected"); // NaN: no value ("—")
        QTest::newRow("结案率 5/6") << "close-rate" << 83.33;
        QTest::newRow("按期结案率 3/6") << "in-time-close-rate" << 50.0;
        QTest::newRow("立案率 7/7") << "filing-rate" << 100.0;
        QTest::newRow("准确派遣率 5/6") << "accurate-dispatch-rate" << 83.33;
        QTest::newRow("处置率 4/5") << "disposal-rate" << 80.0;
        QTest::newRow("按期处置率 2/5") << "on-time-disposal-rate" << 40.0;
        QTest::newRow("一次完成率 4/5") << "first-time-rate" << 80.0;
        QTest::newRow("返工率 1/5") << "rework-rate" << 20.0;
        QTest::newRow("延期率 1/5") << "postpone-rate" << 20.0;
        QTest::newRow("监督举报率 5/7") << "supervisor-report-rate" << 71.43;
        QTest::newRow("漏报率 2/7") << "missed-report-rate" << 28.57;
        QTest::newRow("群众满意率: no 回访") << "satisfaction-rate" << qQNaN();
    }

    void marchRates()
    {
        QFETCH(QString, id);
        QFETCH(double, expected);
        const auto v = Core::figureValue(city(march, april), id).value;
        if (qIsNaN(expected)) {
            QVERIFY(!v);
            return;
        }
        QVERIFY(v);
        QCOMPARE(*v, expected);
    }

    void averageDisposalHours()
    {
        // Monday 03-02: K1's only result, 30 working minutes after its dispatch.
        const CaseFigures day = city(at(3, 2, 0, 0).toUTC(), at(3, 3, 0, 0).toUTC());
        QCOMPARE(day.disposalsTimed, qint64(1));
        QCOMPARE(value(day, "average-disposal-hours"), std::optional<double>(0.5));
    }

    void nothingDueIsNoValue()
    {
        // Sunday 02-01, before any case: nothing due, nothing closed: "—", never 100 %. (A later
        // Sunday still has K4 due: it stays due, overdue, until it is closed.)
        QCOMPARE(city(at(3, 22, 0, 0).toUTC(), at(3, 23, 0, 0).toUTC()).due, qint64(1));
        const CaseFigures sunday = city(at(2, 1, 0, 0).toUTC(), at(2, 2, 0, 0).toUTC());
        QCOMPARE(sunday.due, qint64(0));
        QVERIFY(!value(sunday, "close-rate"));
        QVERIFY(!value(sunday, "in-time-close-rate"));
        QVERIFY(!value(sunday, "disposal-rate"));
        const QList<FigureRow> rows = count(FigureScope::City, at(2, 1, 0, 0).toUTC(),
                                            at(2, 2, 0, 0).toUTC());
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows.first().evaluation.hasScore);
    }

    void februaryCarriesTheOverdueCase()
    {
        // K9 was due in February and not closed then: 应结案 1, 结案 0 → 0.00 %, 超期未结 1.
        const CaseFigures feb = city(at(2, 1, 0, 0).toUTC(), march);
        QCOMPARE(feb.due, qint64(1));
        QCOMPARE(feb.closed, qint64(0));
        QCOMPARE(feb.overdueOpen, qint64(1));
        QCOMPARE(value(feb, "close-rate"), std::optional<double>(0.0));
    }

    void departmentsAreChargedWhatWasDueToThem()
    {
        const QList<FigureRow> rows = count(FigureScope::Department, march, april);
        QCOMPARE(rows.size(), 2);
        QHash<QString, CaseFigures> byId;
        for (const FigureRow &r : rows)
            byId.insert(r.key, r.figures);
        // D01: K1, K8, K9, K10 due and disposed, K1 and K10 in time; K3 is due in April.
        QCOMPARE(byId.value(f.deptA).disposalDue, qint64(4));
        QCOMPARE(byId.value(f.deptA).disposed, qint64(4));
        QCOMPARE(value(byId.value(f.deptA), "on-time-disposal-rate"), std::optional<double>(50.0));
        // D02: K4 due (overdue), nothing disposed: 0 %, not 100 %; K5 挂账 is not due.
        QCOMPARE(byId.value(f.deptB).disposalDue, qint64(1));
        QCOMPARE(value(byId.value(f.deptB), "disposal-rate"), std::optional<double>(0.0));
        QCOMPARE(byId.value(f.deptB).overdueOpen, qint64(1));
        QCOMPARE(byId.value(f.deptB).hung, qint64(1));
    }

    void rowsOfEveryScope_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("city") << int(FigureScope::City) << QStringList{""};
        QTest::newRow("street") << int(FigureScope::Street) << QStringList{kGridA.left(9)};
        QTest::newRow("community") << int(FigureScope::Community) << QStringList{kCommunity};
        QTest::newRow("grid") << int(FigureScope::Grid) << QStringList{kResp};
        QTest::newRow("unit-grid") << int(FigureScope::UnitGrid) << QStringList{kGridA};
        QTest::newRow("channel") << int(FigureScope::Channel)
                                 << QStringList{"collector", "hotline-12319", "hotline-12345",
                                                "wechat"};
        QTest::newRow("kind") << int(FigureScope::Kind) << QStringList{"event", "part"};
        QTest::newRow("class") << int(FigureScope::Class) << QStringList{"event:01", "part:01"};
    }

    void rowsOfEveryScope()
    {
        QFETCH(int, scope);
        QFETCH(QStringList, keys);
        const QList<FigureRow> rows = count(FigureScope(scope), march, april);
        QStringList got;
        CaseFigures sum;
        for (const FigureRow &r : rows) {
            got << r.key;
            sum += r.figures;
            QVERIFY(!r.name.isEmpty());
        }
        QCOMPARE(got, keys);
        // Every case is in exactly one row: the rows add up to the city.
        QCOMPARE(Core::figuresToJson(sum), Core::figuresToJson(city(march, april)));
    }

    // Must run last: K3's April steps.
    void zLaterStepsDoNotChangeABulletinMonth()
    {
        const CaseFigures before = city(march, april);
        const CaseFigures filedBefore = city(march, april, Core::DueMethod::FiledInPeriod);
        // Filed in March: K1–K5, K8, K10 less 挂账 K5 = 6 due, 4 closed by now (K3 and K4 open).
        QCOMPARE(filedBefore.due, qint64(6));
        QCOMPARE(filedBefore.closed, qint64(4));
        QVERIFY(finished(k3, f.userA, at(4, 1, 9, 0), at(4, 1, 10, 0)));
        const CaseFigures after = city(march, april);
        const CaseFigures filedAfter = city(march, april, Core::DueMethod::FiledInPeriod);
        // The bulletin month is what it was; the filed-in-period month moved afterwards.
        QCOMPARE(Core::figuresToJson(after), Core::figuresToJson(before));
        QCOMPARE(filedAfter.closed, qint64(5));
        QCOMPARE(value(filedAfter, "close-rate"), std::optional<double>(83.33));
        // April: K3 due and closed in time, K4 still overdue (carried).
        const CaseFigures apr = city(april, at(5, 1, 0, 0).toUTC());
        QCOMPARE(apr.due, qint64(2));
        QCOMPARE(apr.closed, qint64(1));
        QCOMPARE(apr.closedInTime, qint64(1));
    }

    void badPeriodIsRefused()
    {
        Cases::FigureQuery query;
        query.from = april;
        query.to = march;
        const auto r = Cases::countFigures(*f.db, query);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("kpi.period"));
    }
};

QTEST_GUILESS_MAIN(TestKpiFigures)
#include "tst_kpifigures.moc"
