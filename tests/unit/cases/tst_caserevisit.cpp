// SPDX-License-Identifier: GPL-3.0-or-later
// 回访 and 重办 (docs/domain.md "回访 and 重办"): who calls back, once per closing, reopening as a
// new disposal round, and the 群众满意率 counted from the results.
#include "casefixture.h"

#include "resultcheck.h"

#include <cc/cases/satisfaction.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace CcTest;
using Core::CaseState;

class TestCaseRevisit : public QObject
{
    Q_OBJECT

private:
    Fixture f;

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
        const Counts before = f.counts();
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
            QCOMPARE(f.counts(), before);
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
        const Counts before = f.counts();
        auto r = revisit(row, result, f.op, cst(2026, 3, 9, 14, 0),
                         QString(noteChars, QChar(u'话')));
        if (code.isEmpty()) {
            CC_VERIFY_OK(r);
            return;
        }
        QCOMPARE(codeOf(r), QString(code));
        QCOMPARE(f.counts(), before);
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
        const Counts before = f.counts();
        QCOMPARE(codeOf(revisit(row, QStringLiteral("unsatisfied"), f.op, cst(2026, 3, 9, 14, 5))),
                 QString("case.already-revisited"));
        QCOMPARE(f.counts(), before);
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
};

QTEST_GUILESS_MAIN(TestCaseRevisit)
#include "tst_caserevisit.moc"
