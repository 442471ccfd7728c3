// SPDX-License-Identifier: GPL-3.0-or-later
// CaseService: the closed loop, its exception flows, batches, journalling, the deadline preview
// and the grid lookup (refusals: tst_caserefusals; 回访: tst_caserevisit). Times are literal;
// deadlines are worked out by hand on the China calendar (Mon–Fri 08:00–12:00, 14:00–18:00
// Asia/Shanghai).
#include "casefixture.h"

#include "resultcheck.h"

#include <QMap>

#include <QJsonDocument>
#include <QJsonObject>

using namespace CcTest;
using Core::CaseState;

class TestCaseService : public QObject
{
    Q_OBJECT

private:
    Fixture f;

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

    void pointWithoutAddressIsDescribed()
    {
        // A report with a point and no address text gets the words the app's describer gives
        // (the city's gazetteer in the app); a typed address is kept; no point, no call.
        QList<QPointF> asked;
        f.service->setAddressOf([&asked](const QPointF &p) {
            asked << p;
            return QStringLiteral("和平路23号");
        });
        Cases::NewReport r;
        r.channel = QStringLiteral("collector");
        r.categoryKey = kRubbish;
        r.gridCode = kGridA;
        r.at = cst(2026, 3, 9, 9, 0);
        r.description = QStringLiteral("暴露垃圾");
        r.location = QPointF(kX0 + 0.0004, kY0 + 0.0004);
        auto described = f.service->report(r, f.col);
        QVERIFY(described);
        QCOMPARE(described->address, QStringLiteral("和平路23号"));
        QCOMPARE(asked, QList<QPointF>{QPointF(kX0 + 0.0004, kY0 + 0.0004)});
        r.address = QStringLiteral("人民路12号东侧");
        auto typed = f.service->report(r, f.col);
        QVERIFY(typed);
        QCOMPARE(typed->address, QStringLiteral("人民路12号东侧"));
        r.address.clear();
        r.location.reset();
        auto noPoint = f.service->report(r, f.col);
        QVERIFY(noPoint);
        QCOMPARE(noPoint->address, QString());
        QCOMPARE(asked.size(), 1);
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
        QVERIFY(f.openCase(row, until));
        QVERIFY(f.act(row, CaseAction(action), this->f.who(who), cst(2026, 3, 9, 9, 12)));
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
        QVERIFY(f.openCase(row, "dispatched"));
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
        QVERIFY(f.openCase(row, "disposing"));
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
        QVERIFY(f.openCase(row, "disposing"));
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
        QVERIFY(f.openCase(row, "dispatched"));
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
        QVERIFY(f.openCase(row, "disposing"));
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
        QVERIFY(f.openCase(row, "dispatched"));
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
        QVERIFY(f.openCase(row, "dispatched"));
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
        QVERIFY(f.openCase(row, "dispatched"));
        using L = QList<CaseAction>;
        QCOMPARE(f.service->allowedActions(row, f.userA),
                 (L{CaseAction::DeptAccept, CaseAction::RequestReturn, CaseAction::RequestHang}));
        QCOMPARE(f.service->allowedActions(row, f.userB), L{});
        QCOMPARE(f.service->allowedActions(row, f.dp),
                 (L{CaseAction::Redispatch, CaseAction::Urge}));
        QCOMPARE(f.service->allowedActions(row, f.sl),
                 (L{CaseAction::Supervise, CaseAction::Urge}));
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
        QVERIFY(f.openCase(row, until));
        Cases::ActionRequest request;
        request.action = CaseAction(action);
        request.extensionHours = hours;
        request.at = row.updatedAt.addSecs(600);
        const int versionBefore = f.stored(row.id).version;
        auto preview = f.service->previewDeadline(row, request, this->f.who(who).role);
        CC_VERIFY_OK(preview);
        QCOMPARE(f.stored(row.id).version, versionBefore); // nothing written
        QVERIFY(f.service->act(row, request, this->f.who(who)));
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

    void stateCountsFollowTheCases()
    {
        // case_state_count is kept by triggers: equal to counting the rows, after reports,
        // state changes and a deletion (the hub sync takes back a refused new case).
        Storage::CaseRow a, b, c;
        QVERIFY(f.openCase(a, "dispatched"));
        QVERIFY(f.openCase(b, "filed"));
        QVERIFY(f.openCase(c, "reported"));
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
        QVERIFY(f.openCase(row, "dispatched"));
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
        QVERIFY(f.counts() == (Counts{2, 4, 4}));

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
        QVERIFY(f.counts() == (Counts{2, 4, 4}));
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
        QVERIFY(f.counts() == (Counts{1, 2, 0}));
        f.service->setJournalling(true);
        QVERIFY(f.act(row, CaseAction::File, f.sl, cst(2026, 3, 9, 9, 10)));
        QVERIFY(f.counts() == (Counts{1, 3, 1}));
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
