// SPDX-License-Identifier: GPL-3.0-or-later
// CaseService: the closed loop, its exception flows, refusals that leave nothing behind,
// batches, journalling and the grid lookup. Times are literal; deadlines are worked out by
// hand on the China calendar (Mon–Fri 08:00–12:00, 14:00–18:00 Asia/Shanghai).
#include "casefixture.h"

#include "resultcheck.h"

#include <cc/cases/satisfaction.h>

#include <QMap>

#include <cmath>
#include <limits>

#include <QJsonDocument>
#include <QJsonObject>

using namespace CcTest;
using Core::CaseState;

namespace {

struct Counts
{
    qint64 cases, events, outbox;
    friend bool operator==(const Counts &, const Counts &) = default;
};

} // namespace

class TestCaseService : public QObject
{
    Q_OBJECT

private:
    Fixture f;

    Counts counts() { return {f.rows("case_record"), f.rows("case_event"), f.rows("outbox")}; }
    const Cases::Actor &who(const QString &key) { return f.who(key); }
    bool openCase(Storage::CaseRow &row, const QString &until, const QString &category = kRubbish)
    {
        return f.openCase(row, until, category);
    }

    /// A case reported through `channel` on Monday 2026-03-09 09:00 and closed at 10:30 (or
    /// on `day` of March), on the standard path.
    bool closedCase(Storage::CaseRow &row, const QString &channel, int day = 9)
    {
        const Cases::Actor &reporter = channel == QLatin1String("collector") ? f.col : f.op;
        if (!f.report(row, kRubbish, reporter, cst(2026, 3, day, 9, 0), channel))
            return false;
        const struct
        {
            CaseAction action;
            const Cases::Actor *who;
            int hour, minute;
        } path[] = {{CaseAction::Accept, &f.op, 9, 5},
                    {CaseAction::File, &f.sl, 9, 10},
                    {CaseAction::Dispatch, &f.dp, 9, 15},
                    {CaseAction::DeptAccept, &f.userA, 9, 30},
                    {CaseAction::Feedback, &f.userA, 10, 0},
                    {CaseAction::SendCheck, &f.op, 10, 10},
                    {CaseAction::CheckPass, &f.col, 10, 20},
                    {CaseAction::Close, &f.sl, 10, 30}};
        for (const auto &step : path) {
            if (!f.act(row, step.action, *step.who, cst(2026, 3, day, step.hour, step.minute)))
                return false;
        }
        return row.state == QLatin1String("closed");
    }

    Result<void> revisit(Storage::CaseRow &row, const QString &result, const Cases::Actor &who,
                         const QDateTime &at,
                         const QString &note = QStringLiteral("回访: 已电话联系"))
    {
        Cases::ActionRequest request;
        request.action = CaseAction::Revisit;
        request.revisitResult = result;
        request.note = note;
        request.at = at;
        return f.service->act(row, request, who);
    }

private slots:
    void init() { f.setUp(); }

    void fullLoop()
    {
        // 暴露垃圾 (4 工作时) reported on Friday 2026-03-06 at 15:00; dispatched at 16:00, so
        // 2 h run on Friday (16–18) and 2 h on Monday from 08:00: deadline Mon 10:00 = 02:00Z.
        Storage::CaseRow row;
        QVERIFY(f.report(row, kRubbish, f.col, cst(2026, 3, 6, 15, 0)));
        QCOMPARE(row.number, QStringLiteral("2026-000001"));
        QCOMPARE(row.reportedAt, utc("2026-03-06T07:00:00Z"));
        QCOMPARE(row.responsibilityCode, kResp);
        QCOMPARE(row.communityCode, kCommunity);
        QCOMPARE(row.kind, QStringLiteral("event"));
        QCOMPARE(row.level, QStringLiteral("normal"));
        QCOMPARE(row.createdBy, f.col.userId);

        struct Step
        {
            CaseAction action;
            const Cases::Actor *who;
            QDateTime at;
            const char *state, *stage, *deadline; // the row afterwards
            const char *eventDeadline;
            int inTime, used; // the event (-1: none)
        };
        const Step steps[] = {
            {CaseAction::Report, &f.col, cst(2026, 3, 6, 15, 0), "reported", "collection",
             "2026-03-06T07:30:00Z", nullptr, -1, -1},
            {CaseAction::Accept, &f.op, cst(2026, 3, 6, 15, 10), "pending-filing", "filing",
             "2026-03-06T07:40:00Z", "2026-03-06T07:30:00Z", 1, 10},
            {CaseAction::File, &f.sl, cst(2026, 3, 6, 15, 20), "filed", "dispatch",
             "2026-03-06T07:50:00Z", "2026-03-06T07:40:00Z", 1, 10},
            // 10 minutes late for the 30-minute dispatch limit
            {CaseAction::Dispatch, &f.dp, cst(2026, 3, 6, 16, 0), "dispatched", "disposal",
             "2026-03-09T02:00:00Z", "2026-03-06T07:50:00Z", 0, 40},
            {CaseAction::DeptAccept, &f.userA, cst(2026, 3, 6, 16, 30), "disposing", "disposal",
             "2026-03-09T02:00:00Z", "2026-03-09T02:00:00Z", 1, 30},
            // Fri 16:00–18:00 + Mon 08:00–09:00 = 180 working minutes used
            {CaseAction::Feedback, &f.userA, cst(2026, 3, 9, 9, 0), "disposed", "feedback",
             "2026-03-09T01:30:00Z", "2026-03-09T02:00:00Z", 1, 180},
            {CaseAction::SendCheck, &f.op, cst(2026, 3, 9, 9, 10), "checking", "check-close",
             "2026-03-09T01:40:00Z", "2026-03-09T01:30:00Z", 1, 10},
            {CaseAction::CheckPass, &f.col, cst(2026, 3, 9, 9, 30), "check-passed", "check-close",
             "2026-03-09T02:00:00Z", "2026-03-09T01:40:00Z", 1, 20},
            {CaseAction::Close, &f.sl, cst(2026, 3, 9, 9, 50), "closed", "", nullptr,
             "2026-03-09T02:00:00Z", 1, 20},
        };
        QString previous;
        for (int i = 0; i < int(std::size(steps)); ++i) {
            const Step &s = steps[i];
            if (i > 0)
                QVERIFY2(f.act(row, s.action, *s.who, s.at), qPrintable(Core::actionId(s.action)));
            const Storage::CaseRow stored = f.stored(row.id);
            QCOMPARE(stored.state, QString::fromLatin1(s.state));
            QCOMPARE(stored.stage, QString::fromLatin1(s.stage));
            QCOMPARE(stored.stageDeadline, s.deadline ? utc(s.deadline) : QDateTime());
            QCOMPARE(stored.version, i + 1);
            QCOMPARE(stored.updatedAt, s.at.toUTC());
            QCOMPARE(row.version, stored.version);

            const QList<Storage::CaseEventRow> events = f.events(row.id);
            QCOMPARE(events.size(), i + 1);
            const Storage::CaseEventRow &e = events.last();
            QCOMPARE(e.seq, i + 1);
            QCOMPARE(e.action, Core::actionId(s.action));
            QCOMPARE(e.actorId, s.who->userId);
            QCOMPARE(e.actorName, s.who->name);
            QCOMPARE(e.role, Core::roleId(s.who->role));
            QCOMPARE(e.fromState, previous);
            QCOMPARE(e.toState, QString::fromLatin1(s.state));
            QCOMPARE(e.at, s.at.toUTC());
            QCOMPARE(e.deadline, s.eventDeadline ? utc(s.eventDeadline) : QDateTime());
            QCOMPARE(e.inTime.has_value(), s.inTime >= 0);
            if (e.inTime)
                QCOMPARE(int(*e.inTime), s.inTime);
            QCOMPARE(e.usedMinutes.has_value(), s.used >= 0);
            if (e.usedMinutes)
                QCOMPARE(*e.usedMinutes, qint64(s.used));
            QCOMPARE(f.rows("outbox"), qint64(i + 1));
            previous = stored.state;
        }

        const Storage::CaseRow done = f.stored(row.id);
        QCOMPARE(done.departmentId, f.deptA);
        QCOMPARE(done.filedAt, utc("2026-03-06T07:20:00Z"));
        QCOMPARE(done.dispatchedAt, utc("2026-03-06T08:00:00Z"));
        QCOMPARE(done.disposalDeadline, utc("2026-03-09T02:00:00Z"));
        QCOMPARE(done.disposedAt, utc("2026-03-09T01:00:00Z"));
        QCOMPARE(done.closedAt, utc("2026-03-09T01:50:00Z"));
        QCOMPARE(tri(done.closedInTime), 1);
        QCOMPARE(done.stageStartedAt, QDateTime());
        QCOMPARE(done.dispatchCount, 1);
        QCOMPARE(done.reworkCount, 0);
        QCOMPARE(done.postponeCount, 0);
        QCOMPARE(done.superviseCount + done.urgeCount, 0);
        QCOMPARE(done.hung, false);

        const QList<Storage::CaseEventRow> events = f.events(row.id);
        QCOMPARE(events.at(0).stage, QStringLiteral("collection"));
        QCOMPARE(events.at(1).stage, QStringLiteral("filing"));
        QCOMPARE(events.at(3).stage, QStringLiteral("dispatch"));
        QCOMPARE(events.at(3).departmentId, f.deptA);
        QCOMPARE(events.at(4).stage, QStringLiteral("disposal"));
        QCOMPARE(events.at(5).stage, QStringLiteral("feedback"));
        QCOMPARE(events.at(8).stage, QStringLiteral("check-close"));

        // One outbox row per action, each carrying its event and the case version.
        auto outbox = Storage::OutboxRepository(*f.db).pending(100);
        QVERIFY(outbox);
        QCOMPARE(outbox->size(), 9);
        for (int i = 0; i < 9; ++i) {
            const Storage::OutboxRow &o = outbox->at(i);
            QCOMPARE(o.entity, QStringLiteral("case_event"));
            QCOMPARE(o.op, QStringLiteral("action"));
            QCOMPARE(o.rowId, events.at(i).id);
            const QJsonObject payload = QJsonDocument::fromJson(o.payload.toUtf8()).object();
            QCOMPARE(payload.value("caseVersion").toInt(), i + 1);
            QCOMPARE(payload.value("action").toString(), events.at(i).action);
            QCOMPARE(payload.contains("case"), i == 0);
        }
        QCOMPARE(QJsonDocument::fromJson(outbox->at(0).payload.toUtf8())["case"]["number"]
                     .toString(),
                 QStringLiteral("2026-000001"));
    }

    void verifyPath_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::addColumn<int>("minute");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QDateTime>("deadline");
        QTest::addColumn<bool>("inTime");
        // send-verify at 09:05 → the collector has until 09:35 (01:35Z)
        QTest::newRow("verify-confirm") << true << 20 << "pending-filing"
                                        << "filing" << utc("2026-03-09T01:50:00Z") << true;
        QTest::newRow("verify-reject-late") << false << 40 << "rejected"
                                            << "" << QDateTime() << false;
    }

    void verifyPath()
    {
        QFETCH(bool, confirm);
        QFETCH(int, minute);
        Storage::CaseRow row;
        QVERIFY(f.report(row, kRubbish, f.op, cst(2026, 3, 9, 9, 0), "hotline-12345"));
        QVERIFY(f.act(row, CaseAction::SendVerify, f.op, cst(2026, 3, 9, 9, 5)));
        QCOMPARE(row.state, QStringLiteral("verifying"));
        QCOMPARE(row.stage, QStringLiteral("collection"));
        QCOMPARE(row.stageDeadline, utc("2026-03-09T01:35:00Z"));
        QVERIFY(f.act(row, confirm ? CaseAction::VerifyConfirm : CaseAction::VerifyReject, f.col,
                      cst(2026, 3, 9, 9, minute)));
        const Storage::CaseRow stored = f.stored(row.id);
        QTEST(stored.state, "state");
        QTEST(stored.stage, "stage");
        QTEST(stored.stageDeadline, "deadline");
        QCOMPARE(stored.version, 3);
        const auto last = f.events(row.id).last();
        QCOMPARE(last.role, QStringLiteral("collector"));
        QTEST(*last.inTime, "inTime");
        QCOMPARE(*last.usedMinutes, qint64(minute - 5));
    }

    void rejectAndCancel_data()
    {
        QTest::addColumn<QString>("until");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("filed");
        QTest::newRow("reject-by-operator") << "reported" << int(CaseAction::Reject) << "op"
                                            << "rejected" << 2 << false;
        QTest::newRow("cancel-pending-filing")
            << "pending-filing" << int(CaseAction::Cancel) << "sl"
            << "cancelled" << 3 << false;
        QTest::newRow("cancel-filed") << "filed" << int(CaseAction::Cancel) << "sl"
                                      << "cancelled" << 4 << true;
    }

    void rejectAndCancel()
    {
        QFETCH(QString, until);
        QFETCH(int, action);
        QFETCH(QString, who);
        Storage::CaseRow row;
        QVERIFY(openCase(row, until));
        QVERIFY(f.act(row, CaseAction(action), this->who(who), cst(2026, 3, 9, 9, 12)));
        const Storage::CaseRow stored = f.stored(row.id);
        QTEST(stored.state, "state");
        QTEST(stored.version, "version");
        QTEST(stored.filedAt.isValid(), "filed");
        QCOMPARE(stored.stage, QString());
        QCOMPARE(stored.stageDeadline, QDateTime());
        // A terminal case takes no further step.
        auto again = f.tryAct(row, CaseAction::File, f.sl, cst(2026, 3, 9, 9, 20));
        QCOMPARE(codeOf(again), QStringLiteral("workflow.illegal-step"));
    }

    void returnApprovedThenRedispatch()
    {
        Storage::CaseRow row;
        QVERIFY(openCase(row, "dispatched"));
        QCOMPARE(row.disposalDeadline, utc("2026-03-09T07:15:00Z"));
        QVERIFY(f.act(row, CaseAction::RequestReturn, f.userA, cst(2026, 3, 9, 9, 40)));
        QCOMPARE(row.state, QStringLiteral("return-requested"));
        QCOMPARE(row.resumeState, QStringLiteral("dispatched"));
        QCOMPARE(row.stageDeadline, utc("2026-03-09T07:15:00Z"));
        QVERIFY(f.act(row, CaseAction::ApproveReturn, f.sl, cst(2026, 3, 9, 9, 50)));
        QCOMPARE(row.state, QStringLiteral("filed"));
        // Back with the centre: the returning department no longer holds it, and the event
        // says who returned it (its KPIs are charged by that).
        QVERIFY(row.departmentId.isEmpty());
        QCOMPARE(f.events(row.id).last().departmentId, f.userA.departmentId);
        QCOMPARE(row.resumeState, QString());
        QCOMPARE(row.stage, QStringLiteral("dispatch"));
        QCOMPARE(row.stageDeadline, utc("2026-03-09T02:20:00Z"));
        // Re-dispatch to D02 by code at 10:00: 10–12 + 14–16 → 16:00 = 08:00Z.
        QVERIFY(f.act(row, CaseAction::Dispatch, f.dp, cst(2026, 3, 9, 10, 0), "D02"));
        const Storage::CaseRow stored = f.stored(row.id);
        QCOMPARE(stored.state, QStringLiteral("dispatched"));
        QCOMPARE(stored.departmentId, f.deptB);
        QCOMPARE(stored.dispatchCount, 2);
        QCOMPARE(stored.dispatchedAt, utc("2026-03-09T01:15:00Z")); // the first dispatch
        QCOMPARE(stored.disposalDeadline, utc("2026-03-09T08:00:00Z"));
        QCOMPARE(stored.version, 7);
        QCOMPARE(f.events(row.id).last().departmentId, f.deptB);
        auto wrong = f.tryAct(row, CaseAction::DeptAccept, f.userA, cst(2026, 3, 9, 10, 5));
        QCOMPARE(codeOf(wrong), QStringLiteral("workflow.out-of-scope"));
        QVERIFY(f.act(row, CaseAction::DeptAccept, f.userB, cst(2026, 3, 9, 10, 10)));
        QCOMPARE(row.state, QStringLiteral("disposing"));
    }

    void returnRefused()
    {
        Storage::CaseRow row;
        QVERIFY(openCase(row, "disposing"));
        QVERIFY(f.act(row, CaseAction::RequestReturn, f.userA, cst(2026, 3, 9, 10, 0)));
        QCOMPARE(row.resumeState, QStringLiteral("disposing"));
        QVERIFY(f.act(row, CaseAction::RefuseReturn, f.sl, cst(2026, 3, 9, 10, 10)));
        const Storage::CaseRow stored = f.stored(row.id);
        QCOMPARE(stored.state, QStringLiteral("disposing"));
        QCOMPARE(stored.resumeState, QString());
        QCOMPARE(stored.departmentId, f.deptA);
        QCOMPARE(stored.stageDeadline, utc("2026-03-09T07:15:00Z"));
        QCOMPARE(stored.disposalDeadline, utc("2026-03-09T07:15:00Z"));
        QCOMPARE(stored.dispatchCount, 1);
        QCOMPARE(stored.version, 7);
    }

    void postpone_data()
    {
        QTest::addColumn<int>("grant");
        QTest::addColumn<int>("granted");
        QTest::addColumn<QDateTime>("deadline");
        // From Mon 15:15: 2h45 on Monday, then Tuesday 08:00–12:00, 14:00–15:15 → Tue 15:15.
        QTest::newRow("grant-as-asked") << 0 << 8 << utc("2026-03-10T07:15:00Z");
        // 4 h: 2h45 on Monday, 1h15 on Tuesday → Tue 09:15.
        QTest::newRow("grant-less") << 4 << 4 << utc("2026-03-10T01:15:00Z");
        // Refused: back to disposing with the old deadline, nothing counted.
        QTest::newRow("refused") << -1 << 0 << utc("2026-03-09T07:15:00Z");
    }

    void postpone()
    {
        QFETCH(int, grant);
        QFETCH(int, granted);
        Storage::CaseRow row;
        QVERIFY(openCase(row, "disposing"));
        QVERIFY(f.act(row, CaseAction::RequestPostpone, f.userA, cst(2026, 3, 9, 10, 0), {}, 8));
        QCOMPARE(row.state, QStringLiteral("postpone-requested"));
        QCOMPARE(row.stageDeadline, utc("2026-03-09T07:15:00Z"));
        QCOMPARE(QJsonDocument::fromJson(f.events(row.id).last().payload.toUtf8())["extensionHours"]
                     .toInt(),
                 8);
        QVERIFY(f.act(row, grant < 0 ? CaseAction::RefusePostpone : CaseAction::ApprovePostpone,
                      f.sl, cst(2026, 3, 9, 10, 10), {}, qMax(grant, 0)));
        const Storage::CaseRow stored = f.stored(row.id);
        QCOMPARE(stored.state, QStringLiteral("disposing"));
        QCOMPARE(stored.resumeState, QString());
        QTEST(stored.disposalDeadline, "deadline");
        QTEST(stored.stageDeadline, "deadline");
        QCOMPARE(stored.postponeCount, grant < 0 ? 0 : 1);
        QCOMPARE(QJsonDocument::fromJson(f.events(row.id).last().payload.toUtf8())["extensionHours"]
                     .toInt(),
                 granted);
    }

    void hangAndResume()
    {
        Storage::CaseRow row;
        QVERIFY(openCase(row, "dispatched"));
        QVERIFY(f.act(row, CaseAction::RequestHang, f.userA, cst(2026, 3, 9, 9, 40)));
        QCOMPARE(row.state, QStringLiteral("hang-requested"));
        QVERIFY(f.act(row, CaseAction::ApproveHang, f.sl, cst(2026, 3, 9, 9, 50)));
        Storage::CaseRow stored = f.stored(row.id);
        QCOMPARE(stored.state, QStringLiteral("hung"));
        QCOMPARE(stored.hung, true);
        QCOMPARE(stored.resumeState, QStringLiteral("dispatched"));
        QCOMPARE(stored.stage, QString());
        QCOMPARE(stored.stageDeadline, QDateTime());
        // Resumed on Wednesday 09:00: a new 4 h limit, 09–12 + 14–15 → 15:00 = 07:00Z.
        QVERIFY(f.act(row, CaseAction::ResumeHang, f.sl, cst(2026, 3, 11, 9, 0)));
        stored = f.stored(row.id);
        QCOMPARE(stored.state, QStringLiteral("dispatched"));
        QCOMPARE(stored.hung, false);
        QCOMPARE(stored.resumeState, QString());
        QCOMPARE(stored.stage, QStringLiteral("disposal"));
        QCOMPARE(stored.stageDeadline, utc("2026-03-11T07:00:00Z"));
        QCOMPARE(stored.disposalDeadline, utc("2026-03-11T07:00:00Z"));
        QVERIFY(f.act(row, CaseAction::DeptAccept, f.userA, cst(2026, 3, 11, 9, 5)));
    }

    void reworkAfterCheckFail()
    {
        Storage::CaseRow row;
        QVERIFY(openCase(row, "disposing"));
        QVERIFY(f.act(row, CaseAction::Feedback, f.userA, cst(2026, 3, 9, 11, 0)));
        QVERIFY(f.act(row, CaseAction::SendCheck, f.op, cst(2026, 3, 9, 11, 10)));
        QVERIFY(f.act(row, CaseAction::CheckFail, f.col, cst(2026, 3, 9, 11, 30)));
        Storage::CaseRow stored = f.stored(row.id);
        QCOMPARE(stored.state, QStringLiteral("dispatched"));
        QCOMPARE(stored.departmentId, f.deptA);
        QCOMPARE(stored.reworkCount, 1);
        QCOMPARE(stored.dispatchCount, 1);
        // A new 4 h limit from 11:30: 30 min before noon, 3h30 after 14:00 → 17:30 = 09:30Z.
        QCOMPARE(stored.disposalDeadline, utc("2026-03-09T09:30:00Z"));
        QCOMPARE(f.events(row.id).last().stage, QStringLiteral("disposal"));
        auto other = f.tryAct(row, CaseAction::DeptAccept, f.userB, cst(2026, 3, 9, 11, 40));
        QCOMPARE(codeOf(other), QStringLiteral("workflow.out-of-scope"));
        QVERIFY(f.act(row, CaseAction::DeptAccept, f.userA, cst(2026, 3, 9, 11, 40)));
        QVERIFY(f.act(row, CaseAction::Feedback, f.userA, cst(2026, 3, 9, 15, 0)));
        QVERIFY(f.act(row, CaseAction::SendCheck, f.op, cst(2026, 3, 9, 15, 10)));
        QVERIFY(f.act(row, CaseAction::CheckPass, f.col, cst(2026, 3, 9, 15, 20)));
        QVERIFY(f.act(row, CaseAction::Close, f.sl, cst(2026, 3, 9, 15, 30)));
        stored = f.stored(row.id);
        QCOMPARE(stored.state, QStringLiteral("closed"));
        QCOMPARE(stored.version, 13);
        QCOMPARE(stored.disposedAt, utc("2026-03-09T07:00:00Z"));
        QCOMPARE(tri(stored.closedInTime), 1);
    }

    void superviseAndUrge()
    {
        Storage::CaseRow row;
        QVERIFY(openCase(row, "dispatched"));
        QVERIFY(f.act(row, CaseAction::Supervise, f.sl, cst(2026, 3, 9, 9, 20)));
        QVERIFY(f.act(row, CaseAction::Supervise, f.sv, cst(2026, 3, 9, 9, 25)));
        QVERIFY(f.act(row, CaseAction::Urge, f.dp, cst(2026, 3, 9, 9, 30)));
        QVERIFY(f.act(row, CaseAction::Urge, f.sl, cst(2026, 3, 9, 9, 35)));
        const Storage::CaseRow stored = f.stored(row.id);
        QCOMPARE(stored.state, QStringLiteral("dispatched"));
        QCOMPARE(stored.superviseCount, 2);
        QCOMPARE(stored.urgeCount, 2);
        QCOMPARE(stored.version, 8);
        QCOMPARE(stored.stageDeadline, utc("2026-03-09T07:15:00Z"));
        const auto events = f.events(row.id);
        QCOMPARE(events.last().fromState, QStringLiteral("dispatched"));
        QCOMPARE(events.last().toState, QStringLiteral("dispatched"));
        QCOMPARE(events.last().stage, QStringLiteral("disposal"));
        QCOMPARE(events.at(4).role, QStringLiteral("shift-leader"));
        QCOMPARE(events.at(5).role, QStringLiteral("supervisor"));
    }

    void selfDispose()
    {
        Storage::CaseRow row;
        QVERIFY(f.report(row, kRubbish, f.col, cst(2026, 3, 9, 9, 0)));
        QVERIFY(f.act(row, CaseAction::SelfDispose, f.col, cst(2026, 3, 9, 9, 20)));
        QCOMPARE(row.state, QStringLiteral("self-disposed"));
        QCOMPARE(row.stage, QStringLiteral("check-close"));
        QCOMPARE(row.stageDeadline, utc("2026-03-09T01:50:00Z"));
        QVERIFY(f.act(row, CaseAction::Close, f.sl, cst(2026, 3, 9, 9, 30)));
        const Storage::CaseRow stored = f.stored(row.id);
        QCOMPARE(stored.state, QStringLiteral("closed"));
        QCOMPARE(stored.version, 3);
        QCOMPARE(stored.departmentId, QString());
        QCOMPARE(tri(stored.closedInTime), 1);
    }

    void redispatch()
    {
        Storage::CaseRow row;
        QVERIFY(openCase(row, "dispatched"));
        QVERIFY(f.act(row, CaseAction::Redispatch, f.dp, cst(2026, 3, 9, 9, 20), f.deptB));
        const Storage::CaseRow stored = f.stored(row.id);
        QCOMPARE(stored.state, QStringLiteral("dispatched"));
        QCOMPARE(stored.departmentId, f.deptB);
        QCOMPARE(stored.dispatchCount, 2);
        QCOMPARE(stored.disposalDeadline, utc("2026-03-09T07:20:00Z"));
        const auto e = f.events(row.id).last();
        QCOMPARE(e.action, QStringLiteral("redispatch"));
        QCOMPARE(e.departmentId, f.deptB);
        QCOMPARE(*e.usedMinutes, qint64(5));
        QVERIFY(f.act(row, CaseAction::DeptAccept, f.userB, cst(2026, 3, 9, 9, 30)));
    }

    void suggestDepartment_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("responsibility");
        QTest::addColumn<QString>("department"); // A, B or empty
        QTest::newRow("rubbish-city-wide") << kRubbish << kResp << "A";
        QTest::newRow("dirty-road-grid-bound-first") << kDirtyRoad << kResp << "B";
        QTest::newRow("dirty-road-elsewhere") << kDirtyRoad << "R99"
                                              << "A";
        QTest::newRow("cover") << kCover << kResp << "B";
        QTest::newRow("nobody-responsible") << "event:0201" << kResp << "";
    }

    void suggestDepartment()
    {
        QFETCH(QString, category);
        QFETCH(QString, responsibility);
        QFETCH(QString, department);
        const QString expected = department == "A"   ? f.deptA
                                 : department == "B" ? f.deptB
                                                     : QString();
        QCOMPARE(f.service->suggestDepartment(category, responsibility), expected);
    }

    void allowedActions()
    {
        Storage::CaseRow row;
        QVERIFY(openCase(row, "dispatched"));
        using L = QList<CaseAction>;
        QCOMPARE(f.service->allowedActions(row, f.userA),
                 (L{CaseAction::DeptAccept, CaseAction::RequestReturn, CaseAction::RequestHang}));
        QCOMPARE(f.service->allowedActions(row, f.userB), L{});
        QCOMPARE(f.service->allowedActions(row, f.dp),
                 (L{CaseAction::Redispatch, CaseAction::Urge}));
        QCOMPARE(f.service->allowedActions(row, f.sl),
                 (L{CaseAction::Supervise, CaseAction::Urge}));
    }

    void refusedAction_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("until");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("minutes"); // after the case's last change
        QTest::addColumn<QString>("department");
        QTest::addColumn<int>("hours");
        QTest::addColumn<QString>("code");
        auto row = [](const char *name, const QString &category, const char *until, CaseAction a,
                      const char *who, int minutes, const char *dept, int hours, const char *code) {
            QTest::newRow(name) << category << until << int(a) << who << minutes << dept << hours
                                << code;
        };
        row("illegal-step-file-reported", kRubbish, "reported", CaseAction::File, "sl", 5, "", 0,
            "workflow.illegal-step");
        row("illegal-step-report-again", kRubbish, "reported", CaseAction::Report, "op", 5, "", 0,
            "workflow.illegal-step");
        row("illegal-step-close-disposing", kRubbish, "disposing", CaseAction::Close, "sl", 5, "",
            0, "workflow.illegal-step");
        row("illegal-step-supervise-reported", kRubbish, "reported", CaseAction::Supervise, "sl", 5,
            "", 0, "workflow.illegal-step");
        row("forbidden-role-accept-by-shift-leader", kRubbish, "reported", CaseAction::Accept, "sl",
            5, "", 0, "workflow.forbidden-role");
        row("forbidden-role-dispatch-by-operator", kRubbish, "filed", CaseAction::Dispatch, "op", 5,
            "", 0, "workflow.forbidden-role");
        row("forbidden-role-urge-by-operator", kRubbish, "dispatched", CaseAction::Urge, "op", 5,
            "", 0, "workflow.forbidden-role");
        row("forbidden-role-self-dispose-by-operator", kRubbish, "reported",
            CaseAction::SelfDispose, "op", 5, "", 0, "workflow.forbidden-role");
        row("out-of-scope-dept-accept", kRubbish, "dispatched", CaseAction::DeptAccept, "userB", 5,
            "", 0, "workflow.out-of-scope");
        row("out-of-scope-feedback", kRubbish, "disposing", CaseAction::Feedback, "userB", 5, "", 0,
            "workflow.out-of-scope");
        row("out-of-scope-request-return", kCover, "disposing", CaseAction::RequestReturn, "userA",
            5, "", 0, "workflow.out-of-scope");
        row("time-before-last-change", kRubbish, "reported", CaseAction::Accept, "op", -1, "", 0,
            "case.time-order");
        row("time-before-last-change-dispatch", kRubbish, "filed", CaseAction::Dispatch, "dp", -30,
            "", 0, "case.time-order");
        row("unknown-department", kRubbish, "filed", CaseAction::Dispatch, "dp", 5, "D99", 0,
            "case.unknown-department");
        row("no-responsible-department", "event:0201", "filed", CaseAction::Dispatch, "dp", 5, "",
            0, "case.no-department");
        row("redispatch-same-department", kRubbish, "dispatched", CaseAction::Redispatch, "dp", 5,
            "D01", 0, "case.same-department");
        row("postpone-without-hours", kRubbish, "disposing", CaseAction::RequestPostpone, "userA",
            5, "", 0, "case.extension-missing");
        // 30 working days of 8 h are the default cap: 241 h and 2^31-1 h are refused at once.
        row("postpone-over-cap", kRubbish, "disposing", CaseAction::RequestPostpone, "userA", 5, "",
            241, "case.extension-too-long");
        row("postpone-int-max", kRubbish, "disposing", CaseAction::RequestPostpone, "userA", 5, "",
            2147483647, "case.extension-too-long");
        row("postpone-hundred-million", kRubbish, "disposing", CaseAction::RequestPostpone, "userA",
            5, "", 100000000, "case.extension-too-long");
        // Times outside [2000-01-01, now + 1 day].
        row("time-far-future", kRubbish, "reported", CaseAction::Accept, "op", 60 * 24 * 365 * 10,
            "", 0, "case.time-out-of-range");
    }

    void refusedAction()
    {
        QFETCH(QString, category);
        QFETCH(QString, until);
        QFETCH(int, action);
        QFETCH(QString, who);
        QFETCH(int, minutes);
        QFETCH(QString, department);
        QFETCH(int, hours);
        Storage::CaseRow row;
        QVERIFY(openCase(row, until, category));
        QCOMPARE(row.state, until);
        const Storage::CaseRow before = f.stored(row.id);
        const Counts countsBefore = counts();

        auto r = f.tryAct(row, CaseAction(action), this->who(who),
                          row.updatedAt.addSecs(60 * minutes), department, hours);
        QVERIFY(!r);
        QTEST(CcTest::codeOf(r), "code");
        QVERIFY(!CcTest::messageOf(r).isEmpty());

        // Nothing changed: the caller's row, the stored row, the events and the outbox.
        QCOMPARE(row.version, before.version);
        QCOMPARE(row.state, before.state);
        const Storage::CaseRow after = f.stored(row.id);
        QCOMPARE(after.version, before.version);
        QCOMPARE(after.state, before.state);
        QCOMPARE(after.updatedAt, before.updatedAt);
        QCOMPARE(after.departmentId, before.departmentId);
        QCOMPARE(after.stageDeadline, before.stageDeadline);
        QVERIFY(counts() == countsBefore);
        QCOMPARE(f.events(row.id).size(), before.version);
    }

    void refusedReport_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("grid");
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("code");
        const int normal = int(Core::CaseLevel::Normal);
        QTest::newRow("unknown-category")
            << "event:9999"
            << "collector" << kGridA << "col" << normal << "case.unknown-category";
        QTest::newRow("unknown-channel")
            << kRubbish << "fax" << kGridA << "col" << normal << "case.unknown-channel";
        QTest::newRow("unknown-grid") << kRubbish << "collector"
                                      << "41052300100199"
                                      << "col" << normal << "case.unknown-grid";
        QTest::newRow("unknown-level") << kRubbish << "collector" << kGridA << "col"
                                       << int(Core::CaseLevel::Invalid) << "case.unknown-level";
        QTest::newRow("forbidden-role-dispatcher")
            << kRubbish << "collector" << kGridA << "dp" << normal << "workflow.forbidden-role";
        QTest::newRow("forbidden-role-department")
            << kRubbish << "collector" << kGridA << "userA" << normal << "workflow.forbidden-role";
        QTest::newRow("collector-channel-by-operator")
            << kRubbish << "collector" << kGridA << "op" << normal << "case.channel-role";
        QTest::newRow("hotline-by-collector")
            << kRubbish << "hotline-12345" << kGridA << "col" << normal << "case.channel-role";
    }

    void refusedReport()
    {
        QFETCH(QString, category);
        QFETCH(QString, channel);
        QFETCH(QString, grid);
        QFETCH(QString, who);
        QFETCH(int, level);
        Storage::CaseRow first;
        QVERIFY(f.report(first, kRubbish, f.col, cst(2026, 3, 9, 9, 0)));
        const Counts before = counts();
        Cases::NewReport report;
        report.categoryKey = category;
        report.channel = channel;
        report.gridCode = grid;
        report.level = Core::CaseLevel(level);
        report.at = cst(2026, 3, 9, 9, 5);
        auto r = f.service->report(report, this->who(who));
        QVERIFY(!r);
        QTEST(CcTest::codeOf(r), "code");
        QVERIFY(counts() == before);
        // The number sequence did not move.
        Storage::CaseRow next;
        QVERIFY(f.report(next, kRubbish, f.col, cst(2026, 3, 9, 9, 10)));
        QCOMPARE(next.number, QStringLiteral("2026-000002"));
    }

    void refusedReportInput_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("code");
        const double nan = std::nan(""), inf = std::numeric_limits<double>::infinity();
        const QDateTime ok = cst(2026, 3, 9, 9, 5);
        const double x = 114.0005, y = 35.0005; // inside grid A
        QTest::newRow("lon-nan") << nan << y << ok << "case.bad-location";
        QTest::newRow("lat-nan") << x << nan << ok << "case.bad-location";
        QTest::newRow("lon-inf") << inf << y << ok << "case.bad-location";
        QTest::newRow("lon-1e308") << 1e308 << y << ok << "case.bad-location";
        QTest::newRow("lat-minus-1e308") << x << -1e308 << ok << "case.bad-location";
        QTest::newRow("lon-181") << 181.0 << y << ok << "case.bad-location";
        QTest::newRow("lat-91") << x << 91.0 << ok << "case.bad-location";
        QTest::newRow("dated-1900") << x << y << cst(1900, 1, 1, 9, 0) << "case.time-out-of-range";
        QTest::newRow("dated-1999")
            << x << y << cst(1999, 12, 31, 23, 0) << "case.time-out-of-range";
        QTest::newRow("dated-9999")
            << x << y << QDateTime(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::utc())
            << "case.time-out-of-range";
        QTest::newRow("dated-next-week")
            << x << y << QDateTime::currentDateTimeUtc().addDays(7) << "case.time-out-of-range";
        QTest::newRow("accepted") << x << y << ok << "ok";
    }

    void refusedReportInput()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QDateTime, at);
        const Counts before = counts();
        Cases::NewReport report;
        report.categoryKey = kRubbish;
        report.channel = QStringLiteral("collector");
        report.location = QPointF(lon, lat);
        report.at = at;
        auto r = f.service->report(report, f.col);
        QTEST(codeOf(r), "code");
        if (!r) {
            QVERIFY(!CcTest::messageOf(r).isEmpty());
            QVERIFY(counts() == before);
        } else {
            QCOMPARE(r->gridCode, kGridA);
        }
    }

    void extensionCapIsASetting()
    {
        // The cap comes from the database's settings; approving more than it is refused too.
        QVERIFY(Storage::SettingRepository(*f.db).set("case.max-extension-working-days", "2"));
        Cases::CaseService service(*f.db, Core::CategoryDictionary::builtin(),
                                   Core::WorkCalendar::chinaDefault());
        QCOMPARE(service.rules().maxExtensionWorkingDays, 2);
        QCOMPARE(service.maxExtensionHours(), 16);
        Storage::CaseRow row;
        QVERIFY(openCase(row, "disposing"));
        Cases::ActionRequest request;
        request.action = CaseAction::RequestPostpone;
        request.extensionHours = 17;
        request.at = cst(2026, 3, 9, 10, 0);
        QCOMPARE(codeOf(service.act(row, request, f.userA)),
                 QStringLiteral("case.extension-too-long"));
        request.extensionHours = 16;
        QCOMPARE(codeOf(service.act(row, request, f.userA)), QStringLiteral("ok"));
        Cases::ActionRequest approve;
        approve.action = CaseAction::ApprovePostpone;
        approve.extensionHours = 100;
        approve.at = cst(2026, 3, 9, 10, 10);
        QCOMPARE(codeOf(service.act(row, approve, f.sl)),
                 QStringLiteral("case.extension-too-long"));
        approve.extensionHours = 0; // as asked: 16 h from Mon 15:15 → Wed 15:15
        QCOMPARE(codeOf(service.act(row, approve, f.sl)), QStringLiteral("ok"));
        QCOMPARE(f.stored(row.id).disposalDeadline, utc("2026-03-11T07:15:00Z"));
        // An unusable setting falls back to the default.
        QVERIFY(Storage::SettingRepository(*f.db).set("case.max-extension-working-days", "many"));
        QCOMPARE(Cases::CaseRules::load(*f.db).maxExtensionWorkingDays, 30);
    }

    void previewDeadlineMatchesTheStep_data()
    {
        QTest::addColumn<QString>("until");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("hours");
        QTest::newRow("dispatch") << "filed" << int(CaseAction::Dispatch) << "dp" << 0;
        QTest::newRow("file") << "pending-filing" << int(CaseAction::File) << "sl" << 0;
        QTest::newRow("accept") << "reported" << int(CaseAction::Accept) << "op" << 0;
        QTest::newRow("feedback-stops-or-restarts")
            << "disposing" << int(CaseAction::Feedback) << "userA" << 0;
    }

    void previewDeadlineMatchesTheStep()
    {
        QFETCH(QString, until);
        QFETCH(int, action);
        QFETCH(QString, who);
        QFETCH(int, hours);
        Storage::CaseRow row;
        QVERIFY(openCase(row, until));
        Cases::ActionRequest request;
        request.action = CaseAction(action);
        request.extensionHours = hours;
        request.at = row.updatedAt.addSecs(600);
        const int versionBefore = f.stored(row.id).version;
        auto preview = f.service->previewDeadline(row, request, this->who(who).role);
        CC_VERIFY_OK(preview);
        QCOMPARE(f.stored(row.id).version, versionBefore); // nothing written
        QVERIFY(f.service->act(row, request, this->who(who)));
        QCOMPARE(preview->stageDeadline, row.stageDeadline);
        if (CaseAction(action) == CaseAction::Dispatch)
            QCOMPARE(preview->limit.displayText(), Core::CategoryDictionary::builtin()
                                                       .findByKey(kRubbish)
                                                       ->limit(Core::CaseLevel::Normal)
                                                       .displayText());
        // A step the role may not take is refused like act() would.
        Cases::ActionRequest again = request;
        again.at = row.updatedAt.addSecs(60);
        QCOMPARE(codeOf(f.service->previewDeadline(row, again, Role::Collector)),
                 codeOf(f.service->act(row, again, f.col)));
        QVERIFY(!f.service->previewDeadline(row, again, Role::Collector));
    }

    void refusedActor_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown-user") << "nobody" << int(Role::Operator) << "auth.unknown-user";
        QTest::newRow("inactive-user") << "gone01" << int(Role::Operator) << "auth.unknown-user";
        QTest::newRow("role-not-held") << "op01" << int(Role::ShiftLeader) << "auth.role-not-held";
        QTest::newRow("collector-as-department")
            << "col01" << int(Role::Department) << "auth.role-not-held";
        QTest::newRow("invalid-role") << "op01" << int(Role::Invalid) << "auth.unknown-role";
    }

    void refusedActor()
    {
        QFETCH(QString, login);
        QFETCH(int, role);
        const Counts before = counts();
        auto actor = f.service->actor(login, Role(role));
        QVERIFY(!actor);
        QTEST(CcTest::codeOf(actor), "code");
        QVERIFY(counts() == before);
    }

    void forgedActor_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("code");
        // Hand-made Actor claims, as a forged request would carry them.
        QTest::newRow("unknown-id") << "no-such-id" << int(Role::ShiftLeader) << ""
                                    << "auth.unknown-user";
        QTest::newRow("dispatcher-claims-shift-leader") << "dp" << int(Role::ShiftLeader) << ""
                                                        << "auth.role-not-held";
        QTest::newRow("department-claims-other-department")
            << "userA" << int(Role::Department) << "B"
            << "auth.department-mismatch";
    }

    void forgedActor()
    {
        QFETCH(QString, userId);
        QFETCH(int, role);
        QFETCH(QString, department);
        Storage::CaseRow row;
        QVERIFY(openCase(row, "disposing"));
        Cases::Actor forged = who(userId);
        if (forged.userId.isEmpty())
            forged.userId = userId;
        forged.role = Role(role);
        if (department == QLatin1String("B"))
            forged.departmentId = f.userB.departmentId;
        const Counts before = counts();
        const CaseAction action = forged.role == Role::Department ? CaseAction::Feedback
                                                                  : CaseAction::Supervise;
        auto r = f.tryAct(row, action, forged, cst(2026, 3, 9, 10, 0));
        QTEST(codeOf(r), "code");
        QVERIFY(counts() == before);
    }

    void pointOutsideItsGrid()
    {
        const Counts before = counts();
        Cases::NewReport report;
        report.channel = QStringLiteral("collector");
        report.categoryKey = kRubbish;
        report.gridCode = kGridA;
        report.location = QPointF(100.0, 20.0); // far from grid A
        report.at = cst(2026, 3, 9, 9, 0);
        auto r = f.service->report(report, f.col);
        QVERIFY(!r);
        QCOMPARE(CcTest::codeOf(r), QStringLiteral("case.point-outside-grid"));
        QVERIFY(counts() == before);
    }

    void stateCountsFollowTheCases()
    {
        // case_state_count is kept by triggers: equal to counting the rows, after reports,
        // state changes and a deletion (the hub sync takes back a refused new case).
        Storage::CaseRow a, b, c;
        QVERIFY(openCase(a, "dispatched"));
        QVERIFY(openCase(b, "filed"));
        QVERIFY(openCase(c, "reported"));
        QVERIFY(f.db->exec(
            QStringLiteral(
                "INSERT OR REPLACE INTO setting (key, value) VALUES ('sync.rewinding', '1');"
                "DELETE FROM case_event WHERE case_id = '%1';"
                "DELETE FROM case_record WHERE id = '%1';"
                // a's dispatch is the only one of its post and day
                "DELETE FROM case_event WHERE case_id = '%2' AND action = 'dispatch';"
                "DELETE FROM setting WHERE key = 'sync.rewinding'")
                .arg(c.id, a.id)));
        QCOMPARE(f.stored(c.id).id, QString());
        const auto counts = [this](const char *sql) {
            QMap<QString, qint64> m;
            auto st = f.db->prepare(QString::fromLatin1(sql));
            while (st && st->step().value())
                if (st->integer(1) != 0)
                    m.insert(st->text(0), st->integer(1));
            return m;
        };
        const auto kept = counts("SELECT state, n FROM case_state_count");
        QCOMPARE(kept, counts("SELECT state, count(*) FROM case_record GROUP BY state"));
        QVERIFY(kept.value(QStringLiteral("dispatched")) >= 1);
        // And the posts' daily KPI facts follow the events, the deleted ones included.
        QCOMPARE(counts("SELECT actor_id || action, sum(n) FROM kpi_post_day GROUP BY 1"),
                 counts("SELECT actor_id || action, count(*) FROM case_event GROUP BY 1"));
        // A group whose last event went is gone too, not left as a row of zeros.
        auto zeros = f.db->prepare(QStringLiteral("SELECT count(*) FROM kpi_post_day WHERE n = 0"));
        QVERIFY(zeros && zeros->step().value());
        QCOMPARE(zeros->integer(0), 0);
    }

    void outboxCarriesTheWholeAction()
    {
        Storage::CaseRow row;
        QVERIFY(openCase(row, "dispatched"));
        auto pending = Storage::OutboxRepository(*f.db).pending(100);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 4); // report, accept, file, dispatch
        const QJsonObject first = QJsonDocument::fromJson(pending->first().payload.toUtf8())
                                      .object();
        const QJsonObject report = first.value("case").toObject();
        QCOMPARE(report.value("responsibilityCode").toString(), kResp);
        QCOMPARE(report.value("gridCode").toString(), kGridA);
        QCOMPARE(report.value("kind").toString(), QStringLiteral("event"));
        QCOMPARE(first.value("action").toString(), QStringLiteral("report"));
        const QJsonObject dispatch = QJsonDocument::fromJson(pending->last().payload.toUtf8())
                                         .object();
        QCOMPARE(dispatch.value("action").toString(), QStringLiteral("dispatch"));
        QCOMPARE(dispatch.value("caseVersion").toInt(), 4);
        QCOMPARE(dispatch.value("departmentId").toString(), row.departmentId);
        QVERIFY(dispatch.value("deadline").isString()); // the 派遣 limit that applied
        QCOMPARE(dispatch.value("inTime").toBool(), true);
        QVERIFY(!dispatch.value("actorName").toString().isEmpty());
    }

    void batch()
    {
        Storage::CaseRow row;
        QVERIFY(f.report(row, kRubbish, f.col, cst(2026, 3, 9, 9, 0)));
        QVERIFY(f.service->beginBatch());
        QVERIFY(f.service->inBatch());
        QCOMPARE(codeOf(f.service->beginBatch()), QStringLiteral("case.batch"));
        QVERIFY(f.act(row, CaseAction::Accept, f.op, cst(2026, 3, 9, 9, 5)));
        auto refused = f.tryAct(row, CaseAction::File, f.dp, cst(2026, 3, 9, 9, 8));
        QCOMPARE(codeOf(refused), QStringLiteral("workflow.forbidden-role"));
        QVERIFY(f.act(row, CaseAction::File, f.sl, cst(2026, 3, 9, 9, 10)));
        Storage::CaseRow second;
        QVERIFY(f.report(second, kCover, f.col, cst(2026, 3, 9, 9, 12)));
        QCOMPARE(second.number, QStringLiteral("2026-000002"));
        QVERIFY(f.service->commitBatch());
        QVERIFY(!f.service->inBatch());
        QCOMPARE(codeOf(f.service->commitBatch()), QStringLiteral("case.batch"));

        const Storage::CaseRow stored = f.stored(row.id);
        QCOMPARE(stored.state, QStringLiteral("filed"));
        QCOMPARE(stored.version, 3);
        QCOMPARE(f.events(row.id).size(), 3);
        QCOMPARE(f.events(row.id).at(2).role, QStringLiteral("shift-leader"));
        QVERIFY(counts() == (Counts{2, 4, 4}));

        // A batch that is never committed leaves nothing.
        {
            Cases::CaseService other(*f.db, Core::CategoryDictionary::builtin(),
                                     Core::WorkCalendar::chinaDefault());
            QVERIFY(other.beginBatch());
            Cases::ActionRequest dispatch;
            dispatch.action = CaseAction::Dispatch;
            dispatch.at = cst(2026, 3, 9, 9, 20);
            QVERIFY(other.act(row.id, dispatch, f.dp));
        }
        QCOMPARE(f.stored(row.id).state, QStringLiteral("filed"));
        QVERIFY(counts() == (Counts{2, 4, 4}));
    }

    void numbering()
    {
        Storage::CaseRow a, b, c, d;
        QVERIFY(f.report(a, kRubbish, f.col, cst(2025, 3, 10, 9, 0)));
        QVERIFY(f.report(b, kRubbish, f.col, cst(2025, 3, 10, 9, 1)));
        // 2025-12-31 17:00Z is 2026-01-01 01:00 in the city: a new year's first number.
        QVERIFY(f.report(c, kRubbish, f.col, utc("2025-12-31T17:00:00Z")));
        QCOMPARE(a.number, QStringLiteral("2025-000001"));
        QCOMPARE(b.number, QStringLiteral("2025-000002"));
        QCOMPARE(c.number, QStringLiteral("2026-000001"));
        Cases::CaseService fresh(*f.db, Core::CategoryDictionary::builtin(),
                                 Core::WorkCalendar::chinaDefault());
        Cases::NewReport r;
        r.channel = "collector";
        r.categoryKey = kRubbish;
        r.gridCode = kGridB;
        r.at = cst(2025, 3, 11, 9, 0);
        auto row = fresh.report(r, f.col);
        QVERIFY(row);
        QCOMPARE(row->number, QStringLiteral("2025-000003"));
        QCOMPARE(codeOf(f.service->find("2025-000003")), QStringLiteral("ok"));
        QCOMPARE(f.service->find("2025-000003")->id, row->id);
        QCOMPARE(f.service->find(row->id)->number, QStringLiteral("2025-000003"));
        QCOMPARE(codeOf(f.service->find("2026-000099")), QStringLiteral("case.not-found"));
    }

    void journallingOff()
    {
        f.service->setJournalling(false);
        Storage::CaseRow row;
        QVERIFY(f.report(row, kRubbish, f.col, cst(2026, 3, 9, 9, 0)));
        QVERIFY(f.act(row, CaseAction::Accept, f.op, cst(2026, 3, 9, 9, 5)));
        QVERIFY(counts() == (Counts{1, 2, 0}));
        f.service->setJournalling(true);
        QVERIFY(f.act(row, CaseAction::File, f.sl, cst(2026, 3, 9, 9, 10)));
        QVERIFY(counts() == (Counts{1, 3, 1}));
    }

    void gridAt_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<QString>("grids"); // the grids that cover it: "A", "B", "AB" or ""
        const double q = 1.0 / 4096;
        QTest::newRow("inside-a") << QPointF(kX0 + q, kY0 + q) << "A";
        QTest::newRow("inside-b") << QPointF(kX2 - q, kY1 - q) << "B";
        QTest::newRow("shared-edge") << QPointF(kX1, kY0 + q) << "AB";
        QTest::newRow("shared-vertex") << QPointF(kX1, kY1) << "AB";
        QTest::newRow("outer-vertex-a") << QPointF(kX0, kY0) << "A";
        QTest::newRow("outer-edge-b") << QPointF(kX2, kY0 + q) << "B";
        QTest::newRow("outside-west") << QPointF(kX0 - q, kY0 + q) << "";
        QTest::newRow("outside-north") << QPointF(kX1, kY1 + q) << "";
        QTest::newRow("far-away") << QPointF(116.4, 39.9) << "";
    }

    void gridAt()
    {
        QFETCH(QPointF, point);
        QFETCH(QString, grids);
        auto found = f.service->gridAt(point);
        QVERIFY(found);
        QCOMPARE(found->has_value(), !grids.isEmpty());
        if (found->has_value()) {
            const QString letter = (*found)->code == kGridA   ? "A"
                                   : (*found)->code == kGridB ? "B"
                                                              : "?";
            QVERIFY2(grids.contains(letter), qPrintable((*found)->code));
        }
        QCOMPARE(Cases::covers(rect(kX0, kY0, kX1, kY1), point), grids.contains('A'));
        QCOMPARE(Cases::covers(rect(kX1, kY0, kX2, kY1), point), grids.contains('B'));
        // A report at that point takes the grid from it.
        Cases::NewReport r;
        r.channel = "collector";
        r.categoryKey = kRubbish;
        r.location = point;
        r.at = cst(2026, 3, 9, 9, 0);
        auto row = f.service->report(r, f.col);
        QVERIFY(row);
        QCOMPARE(row->gridCode.isEmpty(), grids.isEmpty());
        QCOMPARE(row->responsibilityCode, grids.isEmpty() ? QString() : kResp);
    }

    // 回访 (docs/domain.md "回访 and 重办"): per role, only the operator calls back.
    void revisitByRole_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("code"); // empty: taken
        QTest::newRow("operator") << "op"
                                  << "";
        QTest::newRow("shift-leader") << "sl"
                                      << "workflow.forbidden-role";
        QTest::newRow("dispatcher") << "dp"
                                    << "workflow.forbidden-role";
        QTest::newRow("department") << "userA"
                                    << "workflow.forbidden-role";
        QTest::newRow("collector") << "col"
                                   << "workflow.forbidden-role";
        QTest::newRow("supervisor") << "sv"
                                    << "workflow.forbidden-role";
    }

    void revisitByRole()
    {
        QFETCH(QString, who);
        QFETCH(QString, code);
        Storage::CaseRow row;
        QVERIFY(closedCase(row, QStringLiteral("hotline-12345")));
        const Counts before = counts();
        auto r = revisit(row, QStringLiteral("satisfied"), f.who(who), cst(2026, 3, 9, 14, 0));
        if (code.isEmpty()) {
            CC_VERIFY_OK(r);
            const Storage::CaseRow stored = f.stored(row.id);
            QCOMPARE(stored.state, QStringLiteral("closed"));
            QCOMPARE(stored.closedAt, utc("2026-03-09T02:30:00Z"));
            const Storage::CaseEventRow e = f.events(row.id).last();
            QCOMPARE(e.action, QStringLiteral("revisit"));
            QCOMPARE(e.stage, QStringLiteral("evaluation"));
            QCOMPARE(e.fromState, QStringLiteral("closed"));
            QCOMPARE(e.toState, QStringLiteral("closed"));
            QCOMPARE(e.departmentId, f.deptA);
            QCOMPARE(QJsonDocument::fromJson(e.payload.toUtf8())["revisitResult"].toString(),
                     QStringLiteral("satisfied"));
            QCOMPARE(f.rows("case_revisit"), qint64(1));
        } else {
            QCOMPARE(codeOf(r), QString(code));
            QCOMPARE(counts(), before);
        }
    }

    void refusedRevisit_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("result");
        QTest::addColumn<int>("noteChars");
        QTest::addColumn<QString>("code");
        QTest::newRow("12319") << "hotline-12319"
                               << "basic" << 10 << "";
        QTest::newRow("wechat") << "wechat"
                                << "unsatisfied" << 10 << "";
        QTest::newRow("note at the limit") << "hotline-12345"
                                           << "satisfied" << 2000 << "";
        QTest::newRow("collector channel") << "collector"
                                           << "satisfied" << 10 << "case.revisit-channel";
        QTest::newRow("video channel") << "video"
                                       << "satisfied" << 10 << "case.revisit-channel";
        QTest::newRow("superior channel") << "superior"
                                          << "satisfied" << 10 << "case.revisit-channel";
        QTest::newRow("no result") << "hotline-12345"
                                   << "" << 10 << "case.revisit-result";
        QTest::newRow("unknown result") << "hotline-12345"
                                        << "delighted" << 10 << "case.revisit-result";
        QTest::newRow("chinese result") << "hotline-12345"
                                        << "满意" << 10 << "case.revisit-result";
        QTest::newRow("note too long") << "hotline-12345"
                                       << "satisfied" << 2001 << "case.note-too-long";
    }

    void refusedRevisit()
    {
        QFETCH(QString, channel);
        QFETCH(QString, result);
        QFETCH(int, noteChars);
        QFETCH(QString, code);
        Storage::CaseRow row;
        QVERIFY(closedCase(row, channel));
        const Counts before = counts();
        auto r = revisit(row, result, f.op, cst(2026, 3, 9, 14, 0),
                         QString(noteChars, QChar(u'话')));
        if (code.isEmpty()) {
            CC_VERIFY_OK(r);
            return;
        }
        QCOMPARE(codeOf(r), QString(code));
        QCOMPARE(counts(), before);
        QCOMPARE(f.rows("case_revisit"), qint64(0));
    }

    void revisitOncePerClosing()
    {
        Storage::CaseRow row;
        QVERIFY(closedCase(row, QStringLiteral("wechat")));
        // Not before it is closed: an open case has nothing to call back about yet.
        Storage::CaseRow open;
        QVERIFY(f.report(open, kRubbish, f.op, cst(2026, 3, 9, 9, 0), QStringLiteral("wechat")));
        QCOMPARE(codeOf(revisit(open, QStringLiteral("satisfied"), f.op, cst(2026, 3, 9, 9, 5))),
                 QString("workflow.illegal-step"));
        CC_VERIFY_OK(revisit(row, QStringLiteral("basic"), f.op, cst(2026, 3, 9, 14, 0)));
        const Counts before = counts();
        QCOMPARE(codeOf(revisit(row, QStringLiteral("unsatisfied"), f.op, cst(2026, 3, 9, 14, 5))),
                 QString("case.already-revisited"));
        QCOMPARE(counts(), before);
        // 基本满意: no 重办.
        QCOMPARE(codeOf(f.tryAct(row, CaseAction::Reopen, f.sl, cst(2026, 3, 9, 14, 10))),
                 QString("case.reopen-not-unsatisfied"));
    }

    void reopenNeedsAnUnsatisfiedRevisit()
    {
        Storage::CaseRow row;
        QVERIFY(closedCase(row, QStringLiteral("hotline-12345")));
        QCOMPARE(codeOf(f.tryAct(row, CaseAction::Reopen, f.sl, cst(2026, 3, 9, 14, 0))),
                 QString("case.reopen-not-unsatisfied"));
        CC_VERIFY_OK(revisit(row, QStringLiteral("unsatisfied"), f.op, cst(2026, 3, 9, 14, 0)));
        QCOMPARE(codeOf(f.tryAct(row, CaseAction::Reopen, f.op, cst(2026, 3, 9, 14, 5))),
                 QString("workflow.forbidden-role"));
        QCOMPARE(codeOf(f.tryAct(row, CaseAction::Reopen, f.dp, cst(2026, 3, 9, 14, 5))),
                 QString("workflow.forbidden-role"));
    }

    void reopenIsANewDisposalRound()
    {
        // 不满意 → 重办: back to the same department with a new 4 h limit from Mon 14:10
        // (3h50 to 18:00, 10 min on Tuesday → 08:10 = 00:10Z); not closed any more until the new round is closed; the second
        // round gets its own 回访, and both count.
        Storage::CaseRow row;
        QVERIFY(closedCase(row, QStringLiteral("hotline-12345")));
        CC_VERIFY_OK(revisit(row, QStringLiteral("unsatisfied"), f.op, cst(2026, 3, 9, 14, 0),
                             QStringLiteral("垃圾仍未清运")));
        QVERIFY(f.act(row, CaseAction::Reopen, f.sl, cst(2026, 3, 9, 14, 10)));
        Storage::CaseRow stored = f.stored(row.id);
        QCOMPARE(stored.state, QStringLiteral("dispatched"));
        QCOMPARE(stored.departmentId, f.deptA);
        QCOMPARE(stored.closedAt, QDateTime());
        QCOMPARE(tri(stored.closedInTime), -1);
        QCOMPARE(stored.stage, QStringLiteral("disposal"));
        QCOMPARE(stored.disposalDeadline, utc("2026-03-10T00:10:00Z"));
        QCOMPARE(stored.dispatchCount, 1); // not a dispatch of the centre's: 准确派遣率 stays
        QCOMPARE(stored.reworkCount, 0);
        QCOMPARE(f.events(row.id).last().stage, QStringLiteral("disposal"));
        QVERIFY(f.act(row, CaseAction::DeptAccept, f.userA, cst(2026, 3, 9, 14, 20)));
        QVERIFY(f.act(row, CaseAction::Feedback, f.userA, cst(2026, 3, 9, 16, 0)));
        QVERIFY(f.act(row, CaseAction::SendCheck, f.op, cst(2026, 3, 9, 16, 10)));
        QVERIFY(f.act(row, CaseAction::CheckPass, f.col, cst(2026, 3, 9, 16, 20)));
        QVERIFY(f.act(row, CaseAction::Close, f.sl, cst(2026, 3, 9, 16, 30)));
        CC_VERIFY_OK(revisit(row, QStringLiteral("satisfied"), f.op, cst(2026, 3, 10, 9, 0)));
        stored = f.stored(row.id);
        QCOMPARE(stored.state, QStringLiteral("closed"));
        QCOMPARE(stored.closedAt, utc("2026-03-09T08:30:00Z"));
        QCOMPARE(tri(stored.closedInTime), 1);

        auto week = Cases::satisfaction(*f.db, cst(2026, 3, 9, 0, 0), cst(2026, 3, 16, 0, 0));
        CC_VERIFY_OK(week);
        QCOMPARE(week->revisited, 2);
        QCOMPARE(week->satisfied, 1);
        QCOMPARE(week->unsatisfied, 1);
        QCOMPARE(week->reopened, 1);
        QCOMPARE(week->rate().value(), 50.0);
        // The 9th alone: the unsatisfied call and the 重办; the 10th: the satisfied call.
        auto monday = Cases::satisfaction(*f.db, cst(2026, 3, 9, 0, 0), cst(2026, 3, 10, 0, 0));
        CC_VERIFY_OK(monday);
        QCOMPARE(monday->revisited, 1);
        QCOMPARE(monday->rate().value(), 0.0);
        QCOMPARE(monday->reopened, 1);
    }

    void onlyARevisitCarriesAnAnswer()
    {
        // A forged answer on another step is dropped: it never reaches the counts.
        Storage::CaseRow row;
        QVERIFY(
            f.report(row, kRubbish, f.op, cst(2026, 3, 9, 9, 0), QStringLiteral("hotline-12345")));
        Cases::ActionRequest request;
        request.action = CaseAction::Accept;
        request.payload = QJsonObject{{"revisitResult", "satisfied"}};
        request.at = cst(2026, 3, 9, 9, 5);
        CC_VERIFY_OK(f.service->act(row, request, f.op));
        QVERIFY(!f.events(row.id).last().payload.contains(QStringLiteral("revisitResult")));
        QCOMPARE(f.rows("case_revisit"), qint64(0));
    }

    void satisfactionCounts()
    {
        // Three hotline cases and one WeChat case called back; 满意率 = (满意 + 基本满意) / 回访.
        const struct
        {
            const char *channel;
            const char *result;
            int day;
        } calls[] = {{"hotline-12345", "satisfied", 9},
                     {"hotline-12345", "basic", 10},
                     {"hotline-12319", "unsatisfied", 10},
                     {"wechat", "satisfied", 11}};
        QStringList ids;
        for (const auto &call : calls) {
            Storage::CaseRow row;
            QVERIFY(closedCase(row, QString::fromLatin1(call.channel), call.day));
            CC_VERIFY_OK(revisit(row, QString::fromLatin1(call.result), f.op,
                                 cst(2026, 3, call.day, 15, 0)));
            ids << row.id;
        }
        Storage::CaseRow notCalled;
        QVERIFY(closedCase(notCalled, QStringLiteral("hotline-12345"), 12));

        auto all = Cases::satisfaction(*f.db, cst(2026, 3, 1, 0, 0), cst(2026, 4, 1, 0, 0));
        CC_VERIFY_OK(all);
        QCOMPARE(all->satisfied, 2);
        QCOMPARE(all->basic, 1);
        QCOMPARE(all->unsatisfied, 1);
        QCOMPARE(all->revisited, 4);
        QCOMPARE(all->rate().value(), 75.0);

        Cases::SatisfactionFilter some;
        some.caseIds = {ids.at(1), ids.at(2)};
        auto two = Cases::satisfaction(*f.db, cst(2026, 3, 1, 0, 0), cst(2026, 4, 1, 0, 0), some);
        CC_VERIFY_OK(two);
        QCOMPARE(two->revisited, 2);
        QCOMPARE(two->rate().value(), 50.0);

        Cases::SatisfactionFilter hotlines;
        hotlines.channels = {QStringLiteral("hotline-12345"), QStringLiteral("hotline-12319")};
        hotlines.departmentIds = {f.deptA};
        auto h = Cases::satisfaction(*f.db, cst(2026, 3, 10, 0, 0), cst(2026, 4, 1, 0, 0),
                                     hotlines);
        CC_VERIFY_OK(h);
        QCOMPARE(h->revisited, 2); // the 9th is outside the period, WeChat outside the channels
        QCOMPARE(h->basic, 1);

        auto byChannel = Cases::satisfactionBy(*f.db, Cases::SatisfactionGroup::Channel,
                                               cst(2026, 3, 1, 0, 0), cst(2026, 4, 1, 0, 0));
        CC_VERIFY_OK(byChannel);
        QCOMPARE(byChannel->keys(), (QStringList{"hotline-12319", "hotline-12345", "wechat"}));
        QCOMPARE(byChannel->value("hotline-12345").revisited, 2);
        QCOMPARE(byChannel->value("hotline-12319").rate().value(), 0.0);

        // Nobody called back: no rate at all, never 100 %.
        auto none = Cases::satisfaction(*f.db, cst(2026, 5, 1, 0, 0), cst(2026, 6, 1, 0, 0));
        CC_VERIFY_OK(none);
        QCOMPARE(none->revisited, 0);
        QVERIFY(!none->rate().has_value());
    }

    void coversHoleAndSlope_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<bool>("inHoled");    // [0,4]² minus the hole (1,3)²
        QTest::addColumn<bool>("inTriangle"); // (0,0) (4,0) (0,4)
        QTest::newRow("inside-both") << QPointF(0.5, 0.5) << true << true;
        QTest::newRow("in-the-hole") << QPointF(2, 1.5) << false << true;
        QTest::newRow("hole-edge") << QPointF(1, 2) << true << true;
        QTest::newRow("hole-vertex") << QPointF(3, 3) << true << false;
        QTest::newRow("hypotenuse") << QPointF(2, 2) << false << true;
        QTest::newRow("hypotenuse-end") << QPointF(0, 4) << true << true;
        QTest::newRow("outer-vertex") << QPointF(4, 4) << true << false;
        QTest::newRow("beyond-hypotenuse") << QPointF(2.5, 2.5) << false << false;
        QTest::newRow("outside") << QPointF(5, 2) << false << false;
    }

    void coversHoleAndSlope()
    {
        QFETCH(QPointF, point);
        Storage::PolygonRings holed = rect(0, 0, 4, 4);
        holed << rect(1, 1, 3, 3).first();
        const Storage::PolygonRings triangle{
            {QPointF(0, 0), QPointF(4, 0), QPointF(0, 4), QPointF(0, 0)}};
        QTEST(Cases::covers(holed, point), "inHoled");
        QTEST(Cases::covers(triangle, point), "inTriangle");
    }
};

QTEST_GUILESS_MAIN(TestCaseService)
#include "tst_caseservice.moc"
