// SPDX-License-Identifier: GPL-3.0-or-later
// The command hall's duty (docs/duty.md): which shift a moment falls in, the pattern and the
// roster with their refusals, the handover between shifts (its time window, the open items it
// carries, both signatures), the duty log's follow-ups and the hall's figures by shift.
#include "casefixture.h"

#include <cc/cases/duty.h>

using namespace CcTest;

namespace {

const QTimeZone kChina("Asia/Shanghai");

QDateTime cst(int day, int h, int m = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(h, m), kChina).toUTC();
}

QString errorCode(const Error &e)
{
    return e.code;
}

} // namespace

class TestDuty : public QObject
{
    Q_OBJECT

    Fixture f;
    std::unique_ptr<Cases::DutyBook> book;

    void roster(int day, const char *shift, const char *leader, const QStringList &staff)
    {
        CC_VERIFY_OK(book->setRoster({QDate(2026, 12, day)}, QString::fromLatin1(shift),
                                     QString::fromLatin1(leader), staff, "sl01", cst(day, 7)));
    }

private slots:
    void init()
    {
        f.setUp();
        Storage::UserRepository users(*f.db);
        for (auto [login, role] : {std::pair{"adm01", "admin"}, std::pair{"sl02", "shift-leader"},
                                   std::pair{"op02", "operator"}}) {
            QVERIFY(users.upsert({Fixture::newId(),
                                  login,
                                  QString::fromLatin1(login).toUpper(),
                                  {},
                                  {},
                                  {},
                                  {},
                                  true,
                                  {QString::fromLatin1(role)}}));
        }
        book = std::make_unique<Cases::DutyBook>(*f.db, kChina);
    }

    void slotOfAMoment_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("shift");
        QTest::newRow("07:59 night") << cst(4, 7, 59) << QDate(2026, 12, 4) << "late";
        QTest::newRow("08:00 early") << cst(4, 8) << QDate(2026, 12, 4) << "early";
        QTest::newRow("15:59 early") << cst(4, 15, 59) << QDate(2026, 12, 4) << "early";
        QTest::newRow("16:00 middle") << cst(4, 16) << QDate(2026, 12, 4) << "middle";
        QTest::newRow("23:59 middle") << cst(4, 23, 59) << QDate(2026, 12, 4) << "middle";
        QTest::newRow("00:00 next night") << cst(5, 0) << QDate(2026, 12, 5) << "late";
    }
    void slotOfAMoment()
    {
        QFETCH(QDateTime, at);
        auto slot = book->slotAt(at);
        CC_VERIFY_OK(slot);
        QFETCH(QDate, day);
        QCOMPARE(slot->day, day);
        QTEST(slot->shift.code, "shift");
        QVERIFY(slot->start <= at && at < slot->end);
        QCOMPARE(slot->start.secsTo(slot->end), 8 * 3600);
        auto next = book->nextSlot(slot.value());
        CC_VERIFY_OK(next);
        QCOMPARE(next->start, slot->end);
        auto back = book->previousSlot(next.value());
        CC_VERIFY_OK(back);
        QCOMPARE(back->start, slot->start);
    }

    void dayShiftRunsFromEightToEight()
    {
        CC_VERIFY_OK(book->setShifts({{"day", "全天班", "24-hour shift", QTime(8, 0), 1440}},
                                     "adm01", cst(4, 7)));
        auto slot = book->slotAt(cst(5, 7, 59));
        CC_VERIFY_OK(slot);
        QCOMPARE(slot->day, QDate(2026, 12, 4));
        QCOMPARE(slot->start, cst(4, 8));
        QCOMPARE(slot->end, cst(5, 8));
    }

    void patternRefused_data()
    {
        QTest::addColumn<QList<Cases::DutyShift>>("pattern");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("code");
        const Cases::DutyShift a{"a", "甲班", "A", QTime(8, 0), 720};
        QTest::newRow("not an administrator")
            << QList<Cases::DutyShift>{a, {"b", "乙班", "B", QTime(20, 0), 720}} << "sl01"
            << "auth.role-not-held";
        QTest::newRow("gap") << QList<Cases::DutyShift>{a, {"b", "乙班", "B", QTime(21, 0), 660}}
                             << "adm01"
                             << "duty.bad-pattern";
        QTest::newRow("overlap") << QList<Cases::DutyShift>{a,
                                                            {"b", "乙班", "B", QTime(19, 0), 720}}
                                 << "adm01"
                                 << "duty.bad-pattern";
        QTest::newRow("same code")
            << QList<Cases::DutyShift>{a, {"a", "乙班", "B", QTime(20, 0), 720}} << "adm01"
            << "duty.bad-pattern";
        QTest::newRow("bad code") << QList<Cases::DutyShift>{a,
                                                             {"B 班", "乙班", "B", QTime(20, 0),
                                                              720}}
                                  << "adm01"
                                  << "duty.bad-pattern";
        QTest::newRow("no name") << QList<Cases::DutyShift>{a, {"b", " ", "B", QTime(20, 0), 720}}
                                 << "adm01"
                                 << "duty.bad-pattern";
        QTest::newRow("half a day") << QList<Cases::DutyShift>{a} << "adm01"
                                    << "duty.bad-pattern";
        QTest::newRow("in use") << QList<Cases::DutyShift>{a, {"b", "乙班", "B", QTime(20, 0), 720}}
                                << "adm01"
                                << "duty.shift-in-use";
    }
    void patternRefused()
    {
        QFETCH(QList<Cases::DutyShift>, pattern);
        QFETCH(QString, login);
        roster(4, "early", "sl01", {"op01"});
        auto r = book->setShifts(pattern, login, cst(4, 7));
        QVERIFY(!r);
        QTEST(errorCode(r.error()), "code");
        auto kept = book->shifts();
        CC_VERIFY_OK(kept);
        QCOMPARE(kept->size(), 3);
    }

    void rosterRefused_data()
    {
        QTest::addColumn<QString>("shift");
        QTest::addColumn<QString>("leader");
        QTest::addColumn<QStringList>("staff");
        QTest::addColumn<QString>("by");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("code");
        const QDate d(2026, 12, 5);
        QTest::newRow("set by an operator")
            << "early"
            << "sl01" << QStringList{"op01"} << "op01" << d << "auth.role-not-held";
        QTest::newRow("led by an operator")
            << "early"
            << "op01" << QStringList{} << "sl01" << d << "duty.leader-role";
        QTest::newRow("a collector on duty")
            << "early"
            << "sl01" << QStringList{"col01"} << "sl01" << d << "duty.not-hall";
        QTest::newRow("an inactive user")
            << "early"
            << "sl01" << QStringList{"gone01"} << "sl01" << d << "auth.unknown-user";
        QTest::newRow("unknown shift")
            << "noon"
            << "sl01" << QStringList{} << "sl01" << d << "duty.unknown-shift";
        QTest::newRow("two years ahead")
            << "early"
            << "sl01" << QStringList{} << "sl01" << QDate(2028, 12, 5) << "duty.bad-days";
        QTest::newRow("a month ago")
            << "early"
            << "sl01" << QStringList{} << "sl01" << QDate(2026, 11, 4) << "duty.bad-days";
    }
    void rosterRefused()
    {
        QFETCH(QString, shift);
        QFETCH(QString, leader);
        QFETCH(QStringList, staff);
        QFETCH(QString, by);
        QFETCH(QDate, day);
        auto r = book->setRoster({day}, shift, leader, staff, by, cst(4, 12));
        QVERIFY(!r);
        QTEST(errorCode(r.error()), "code");
        auto people = book->roster(day, shift);
        CC_VERIFY_OK(people);
        QVERIFY(people->isEmpty());
    }

    void rosterIsReplaced()
    {
        roster(4, "early", "sl01", {"op01", "dp01"});
        roster(4, "early", "sl02", {"op02", "sl02"});
        auto people = book->roster(QDate(2026, 12, 4), "early");
        CC_VERIFY_OK(people);
        QCOMPARE(people->size(), 2);
        QCOMPARE(people->at(0).login, QStringLiteral("sl02"));
        QVERIFY(people->at(0).leader);
        QCOMPARE(people->at(1).login, QStringLiteral("op02"));
        QVERIFY(!people->at(1).leader);
    }

    void handoverCarriesOpenItemsAndNeedsBothSides()
    {
        roster(4, "early", "sl01", {"op01"});
        roster(4, "middle", "sl02", {"op02"});
        Storage::CaseRow waiting, overdue, closed;
        QVERIFY(f.report(waiting, kRubbish, f.op, cst(4, 9), QStringLiteral("hotline-12345")));
        QVERIFY(f.report(overdue, kCover, f.col, cst(1, 9)));
        QVERIFY(f.act(overdue, CaseAction::Accept, f.op, cst(1, 9, 20)));
        QVERIFY(f.act(overdue, CaseAction::File, f.sl, cst(1, 9, 30)));
        QVERIFY(f.act(overdue, CaseAction::Dispatch, f.dp, cst(1, 10)));
        QVERIFY(f.report(closed, kRubbish, f.col, cst(4, 9)));
        QVERIFY(f.act(closed, CaseAction::Reject, f.op, cst(4, 9, 10)));
        auto logged = book->log("op01", "12345 平台中断 10 分钟", {}, true, cst(4, 10));
        CC_VERIFY_OK(logged);
        CC_VERIFY_OK(book->log("op01", "巡查正常", {}, false, cst(4, 11)));

        auto h = book->handOver("op01", "op02", "白班平稳，井盖案件已超期请跟进", cst(4, 15, 30));
        CC_VERIFY_OK(h);
        QCOMPARE(h->outgoing.shift.code, QStringLiteral("early"));
        QStringList ids;
        for (const Cases::HandoverItem &i : h->items)
            ids.append(i.id);
        QVERIFY2(ids.contains(waiting.id), qPrintable(ids.join(',')));
        QVERIFY(ids.contains(overdue.id));
        QVERIFY(!ids.contains(closed.id));
        QVERIFY(ids.contains(logged.value()));
        QCOMPARE(ids.size(), 3);

        auto pending = book->pendingHandoverFor("op02");
        CC_VERIFY_OK(pending);
        QVERIFY(pending->has_value());
        QCOMPARE((*pending)->id, h->id);
        auto again = book->handOver("op01", "op02", "再交一次", cst(4, 15, 40));
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("duty.not-handover-time"));
        auto notMine = book->confirmHandover(h->id, "sl02", {}, cst(4, 16, 5));
        QVERIFY(!notMine);
        QCOMPARE(notMine.error().code, QStringLiteral("duty.not-recipient"));
        CC_VERIFY_OK(book->confirmHandover(h->id, "op02", "已接班", cst(4, 16, 5)));
        auto twice = book->confirmHandover(h->id, "op02", {}, cst(4, 16, 6));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("duty.already-confirmed"));
        pending = book->pendingHandoverFor("op02");
        CC_VERIFY_OK(pending);
        QVERIFY(!pending->has_value());
        auto kept = book->handoverOf(h->outgoing);
        CC_VERIFY_OK(kept);
        QVERIFY(kept->has_value());
        QCOMPARE((*kept)->confirmNote, QStringLiteral("已接班"));
        QCOMPARE((*kept)->items.size(), 3);
        QVERIFY((*kept)->confirmedAt.isValid());
    }

    void handoverRefused_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("code");
        QTest::newRow("ok in the last hour") << "op01"
                                             << "op02"
                                             << "平稳" << cst(4, 15) << "";
        QTest::newRow("ok while the next shift runs") << "op01"
                                                      << "op02"
                                                      << "平稳" << cst(4, 17, 59) << "";
        QTest::newRow("too early") << "op01"
                                   << "op02"
                                   << "平稳" << cst(4, 14, 59) << "duty.not-handover-time";
        QTest::newRow("too late") << "op01"
                                  << "op02"
                                  << "平稳" << cst(4, 18) << "duty.not-handover-time";
        QTest::newRow("not on the roster") << "dp01"
                                           << "op02"
                                           << "平稳" << cst(4, 15, 30) << "duty.not-handover-time";
        QTest::newRow("not on the next shift") << "op01"
                                               << "dp01"
                                               << "平稳" << cst(4, 15, 30) << "duty.not-next-shift";
        QTest::newRow("to oneself") << "op01"
                                    << "op01"
                                    << "平稳" << cst(4, 15, 30) << "duty.self-handover";
        QTest::newRow("no note") << "op01"
                                 << "op02"
                                 << "  " << cst(4, 15, 30) << "duty.empty-text";
        QTest::newRow("a book for a note")
            << "op01"
            << "op02" << QString(2001, QChar(u'字')) << cst(4, 15, 30) << "duty.text-too-long";
        QTest::newRow("unknown user") << "nobody"
                                      << "op02"
                                      << "平稳" << cst(4, 15, 30) << "auth.unknown-user";
    }
    void handoverRefused()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, note);
        QFETCH(QDateTime, at);
        QFETCH(QString, code);
        roster(4, "early", "sl01", {"op01"});
        roster(4, "middle", "sl02", {"op02"});
        auto h = book->handOver(from, to, note, at);
        if (code.isEmpty()) {
            CC_VERIFY_OK(h);
            return;
        }
        QVERIFY(!h);
        QCOMPARE(h.error().code, code);
        QCOMPARE(f.db->rowCount(QStringLiteral("duty_handover")), 0);
    }

    void logFollowUps()
    {
        Storage::CaseRow row;
        QVERIFY(f.report(row, kRubbish, f.op, cst(4, 9), QStringLiteral("hotline-12345")));
        auto refused = book->log("col01", "路过", {}, false, cst(4, 10));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("auth.role-not-held"));
        auto unknown = book->log("op01", "跟进", "NO-SUCH-CASE", true, cst(4, 10));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("case.not-found"));
        auto id = book->log("op01", "市民来电催办", row.number, true, cst(4, 10));
        CC_VERIFY_OK(id);
        auto entries = book->logBetween(cst(4, 0), cst(5, 0));
        CC_VERIFY_OK(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->at(0).caseNumber, row.number);
        QVERIFY(entries->at(0).followUp && !entries->at(0).doneAt.isValid());
        CC_VERIFY_OK(book->markDone(id.value(), "sl01", cst(4, 11)));
        auto twice = book->markDone(id.value(), "sl01", cst(4, 11));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("duty.no-open-item"));
        entries = book->logBetween(cst(4, 0), cst(5, 0));
        CC_VERIFY_OK(entries);
        QVERIFY(entries->at(0).doneAt.isValid());
    }

    void figuresByShift()
    {
        Storage::CaseRow a, b;
        QVERIFY(f.report(a, kRubbish, f.op, cst(4, 9), QStringLiteral("hotline-12345")));
        QVERIFY(f.act(a, CaseAction::Accept, f.op, cst(4, 9, 5)));
        QVERIFY(f.act(a, CaseAction::File, f.sl, cst(4, 17)));
        QVERIFY(f.act(a, CaseAction::Dispatch, f.dp, cst(4, 17, 10)));
        QVERIFY(f.report(b, kCover, f.col, cst(4, 23)));
        QVERIFY(f.act(b, CaseAction::Accept, f.op, cst(5, 0, 30)));
        QVERIFY(f.act(b, CaseAction::File, f.sl, cst(5, 1)));
        auto rows = book->figures(QDate(2026, 12, 4), QDate(2026, 12, 5));
        CC_VERIFY_OK(rows);
        QCOMPARE(rows->size(), 6);
        const auto at = [&](int i) { return rows->at(i); };
        QCOMPARE(at(0).slot.shift.code, QStringLiteral("late"));
        QCOMPARE(at(1).slot.shift.code, QStringLiteral("early"));
        QCOMPARE(at(1).reported, 1);
        QCOMPARE(at(1).steps, 2); // the report and 受理
        QCOMPARE(at(1).casesHandled, 1);
        QCOMPARE(at(2).filed, 1);
        QCOMPARE(at(2).dispatched, 1);
        QCOMPARE(at(2).reported, 0); // a collector's report is not the hall's
        QCOMPARE(at(3).slot.day, QDate(2026, 12, 5));
        QCOMPARE(at(3).filed, 1);
        auto tooLong = book->figures(QDate(2026, 1, 1), QDate(2026, 12, 31));
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, QStringLiteral("duty.bad-period"));
    }
};

QTEST_GUILESS_MAIN(TestDuty)
#include "tst_duty.moc"
