// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/workcalendar.h>

#include "resultcheck.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Cc::Core;

namespace {

const QTimeZone kShanghai(QByteArrayLiteral("Asia/Shanghai"));

/// A wall-clock time in the city (all expected values below are worked out by hand).
QDateTime sh(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), kShanghai);
}

TimeLimit limit(const char *text)
{
    return TimeLimit::parse(QString::fromLatin1(text)).value();
}

QString show(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(kShanghai).toString(Qt::ISODate) : QStringLiteral("invalid");
}

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deadline_data();
    void deadline();
    void addWorkingMinutes_data();
    void addWorkingMinutes();
    void resultIsUtc();
    void workingMinutesBetween_data();
    void workingMinutesBetween();
    void symmetricForRandomStarts_data();
    void symmetricForRandomStarts();
    void isWorkday_data();
    void isWorkday();
    void makeupWorkdayUsesMondaySchedule();
    void knownYears();
    void defaultCalendar();
    void otherTimeZone();
    void limitMinutesAndUsed();
    void invalidInputs();
    void roundTrip_data();
    void roundTrip();
    void fromJsonRefuses_data();
    void fromJsonRefuses();
    void longLimitsAreFast();
    void hugeInputsAreBounded_data();
    void hugeInputsAreBounded();

private:
    WorkCalendar m_cn;
};

void TestWorkCalendar::initTestCase()
{
    QVERIFY(kShanghai.isValid());
    m_cn = WorkCalendar::chinaDefault();
}

void TestWorkCalendar::deadline_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<bool>("beyond");

    // Tuesday 2026-03-10, an ordinary week.
    QTest::newRow("within-morning")
        << sh(2026, 3, 10, 9, 0) << "2wh" << sh(2026, 3, 10, 11, 0) << false;
    // 10:30–12:00 = 90 min, then 150 min from 14:00.
    QTest::newRow("across-lunch") << sh(2026, 3, 10, 10, 30) << "4wh" << sh(2026, 3, 10, 16, 30)
                                  << false;
    // Exactly a whole morning ends at 12:00, not at 14:00.
    QTest::newRow("ends-at-noon") << sh(2026, 3, 10, 8, 0) << "4wh" << sh(2026, 3, 10, 12, 0)
                                  << false;
    QTest::newRow("start-in-lunch-break")
        << sh(2026, 3, 10, 12, 30) << "2wh" << sh(2026, 3, 10, 16, 0) << false;
    QTest::newRow("start-before-hours")
        << sh(2026, 3, 10, 6, 15) << "1wh" << sh(2026, 3, 10, 9, 0) << false;
    QTest::newRow("start-after-hours")
        << sh(2026, 3, 10, 19, 0) << "3wh" << sh(2026, 3, 11, 11, 0) << false;
    // 17:00–18:00 = 60 min, the other 60 min the next morning.
    QTest::newRow("across-a-night")
        << sh(2026, 3, 10, 17, 0) << "2wh" << sh(2026, 3, 11, 9, 0) << false;
    QTest::newRow("start-on-saturday")
        << sh(2026, 3, 14, 10, 0) << "4wh" << sh(2026, 3, 16, 12, 0) << false;
    // Friday 16:00–18:00 = 120 min, Monday 08:00–10:00 = 120 min.
    QTest::newRow("across-a-weekend")
        << sh(2026, 3, 13, 16, 0) << "4wh" << sh(2026, 3, 16, 10, 0) << false;
    // Tue → Wed, Thu, Fri, Mon, Tue at the same time.
    QTest::newRow("five-working-days")
        << sh(2026, 3, 10, 10, 0) << "5wd" << sh(2026, 3, 17, 10, 0) << false;
    // National Day 2026-10-01…07: 120 min on Wed 09-30, 120 min on Thu 10-08.
    QTest::newRow("before-national-day")
        << sh(2026, 9, 30, 16, 0) << "4wh" << sh(2026, 10, 8, 10, 0) << false;
    QTest::newRow("start-on-public-holiday")
        << sh(2026, 10, 3, 10, 0) << "1wh" << sh(2026, 10, 8, 9, 0) << false;
    // Saturday 2026-10-10 is a make-up workday (调休上班).
    QTest::newRow("start-on-makeup-saturday")
        << sh(2026, 10, 10, 9, 0) << "2wh" << sh(2026, 10, 10, 11, 0) << false;
    QTest::newRow("friday-into-makeup-saturday")
        << sh(2026, 10, 9, 17, 0) << "2wh" << sh(2026, 10, 10, 9, 0) << false;
    // Sunday 2026-01-04 is a make-up workday: 14:00–17:00.
    QTest::newRow("start-on-makeup-sunday")
        << sh(2026, 1, 4, 13, 0) << "3wh" << sh(2026, 1, 4, 17, 0) << false;
    // 60 min on 2025-12-31, Jan 1–3 off, Sunday Jan 4 worked.
    QTest::newRow("across-new-year")
        << sh(2025, 12, 31, 17, 0) << "2wh" << sh(2026, 1, 4, 9, 0) << false;
    // Spring Festival 2026: Sat 02-14 worked, 02-15…02-23 off.
    // Fri 02-13 from 10:00 = 360 min, Sat 02-14 = 480, Tue 02-24 08:00 + 120.
    QTest::newRow("across-spring-festival")
        << sh(2026, 2, 13, 10, 0) << "2wd" << sh(2026, 2, 24, 10, 0) << false;
    // Thu 02-12 240 + Fri 480 + Sat 480 + Tue 480 + Wed 480 + Thu 08:00–12:00 240 = 2400.
    QTest::newRow("spring-festival-five-days")
        << sh(2026, 2, 12, 14, 0) << "5wd" << sh(2026, 2, 26, 12, 0) << false;
    // Calendar limits are plain additions; holidays and nights do not matter.
    QTest::newRow("calendar-hours-on-holiday")
        << sh(2026, 10, 1, 22, 0) << "6h" << sh(2026, 10, 2, 4, 0) << false;
    QTest::newRow("calendar-minutes-past-midnight")
        << sh(2026, 2, 17, 23, 50) << "30m" << sh(2026, 2, 18, 0, 20) << false;
    QTest::newRow("calendar-hours-into-2028")
        << sh(2027, 12, 31, 20, 0) << "6h" << sh(2028, 1, 1, 2, 0) << false;
    // 2027 has no holiday data: the deadline is computed on the week schedule (Fri 2027-01-01
    // counts as a workday) and flagged. 12-30 120 + 12-31 480 + 01-01 480 + 01-04 480 +
    // 01-05 480 + 01-06 240 + 120 from 14:00.
    QTest::newRow("into-unknown-2027")
        << sh(2026, 12, 30, 16, 0) << "5wd" << sh(2027, 1, 6, 16, 0) << true;
    QTest::newRow("end-of-known-2026")
        << sh(2026, 12, 30, 9, 0) << "1wh" << sh(2026, 12, 30, 10, 0) << false;
    QTest::newRow("in-unknown-2028")
        << sh(2028, 3, 1, 9, 0) << "4wh" << sh(2028, 3, 1, 15, 0) << true;
    // Seconds are kept: the clock runs in working time only.
    QTest::newRow("seconds-kept") << sh(2026, 3, 10, 11, 59, 30) << "1wh"
                                  << sh(2026, 3, 10, 14, 59, 30) << false;
}

void TestWorkCalendar::deadline()
{
    QFETCH(QDateTime, start);
    QFETCH(QString, limit);
    QFETCH(QDateTime, expected);
    QFETCH(bool, beyond);
    const Deadline d = m_cn.deadline(start, TimeLimit::parse(limit).value());
    QVERIFY2(d.at == expected, qPrintable(show(d.at) + QStringLiteral(" != ") + show(expected)));
    QCOMPARE(d.beyondKnownCalendar, beyond);

    // The same start given in UTC gives the same instant.
    const Deadline fromUtc = m_cn.deadline(start.toUTC(), TimeLimit::parse(limit).value());
    QCOMPARE(fromUtc.at, d.at);
}

void TestWorkCalendar::addWorkingMinutes_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("zero-in-working-time")
        << sh(2026, 3, 10, 9, 15) << qint64(0) << sh(2026, 3, 10, 9, 15);
    // Zero minutes from a lunch break: the clock starts with the next period.
    QTest::newRow("zero-in-lunch-break")
        << sh(2026, 3, 10, 12, 30) << qint64(0) << sh(2026, 3, 10, 14, 0);
    QTest::newRow("one-minute") << sh(2026, 3, 10, 17, 59) << qint64(1) << sh(2026, 3, 10, 18, 0);
    QTest::newRow("one-minute-past-day-end")
        << sh(2026, 3, 10, 17, 59) << qint64(2) << sh(2026, 3, 11, 8, 1);
    // Monday 08:00–09:00 = 60 min back, then Friday 18:00 − 60.
    QTest::newRow("negative-across-weekend")
        << sh(2026, 3, 16, 9, 0) << qint64(-120) << sh(2026, 3, 13, 17, 0);
    // Back over National Day from Thu 10-08 09:00: 60 on 10-08, then Wed 09-30 18:00 − 60.
    QTest::newRow("negative-across-holiday")
        << sh(2026, 10, 8, 9, 0) << qint64(-120) << sh(2026, 9, 30, 17, 0);
    // 08:00–12:00 back from 14:00 is exactly the morning.
    QTest::newRow("negative-from-lunch-end")
        << sh(2026, 3, 10, 14, 0) << qint64(-240) << sh(2026, 3, 10, 8, 0);
}

void TestWorkCalendar::addWorkingMinutes()
{
    QFETCH(QDateTime, start);
    QFETCH(qint64, minutes);
    QFETCH(QDateTime, expected);
    const Deadline d = m_cn.addWorkingMinutes(start, minutes);
    QVERIFY2(d.at == expected, qPrintable(show(d.at) + QStringLiteral(" != ") + show(expected)));
    QVERIFY(!d.beyondKnownCalendar);
}

void TestWorkCalendar::resultIsUtc()
{
    const Deadline d = m_cn.addWorkingHours(sh(2026, 3, 10, 9, 0), 2);
    QCOMPARE(d.at, QDateTime(QDate(2026, 3, 10), QTime(3, 0), QTimeZone::utc()));
    QCOMPARE(d.at.offsetFromUtc(), 0);
    QCOMPARE(d.at.timeSpec() == Qt::UTC
                 || (d.at.timeSpec() == Qt::TimeZone && d.at.timeZone() == QTimeZone::utc()),
             true);
    QCOMPARE(m_cn.addWorkingDays(sh(2026, 3, 10, 9, 0), 1).at,
             QDateTime(QDate(2026, 3, 11), QTime(1, 0), QTimeZone::utc()));
}

void TestWorkCalendar::workingMinutesBetween_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("same-instant") << sh(2026, 3, 10, 9, 0) << sh(2026, 3, 10, 9, 0) << qint64(0);
    QTest::newRow("across-lunch") << sh(2026, 3, 10, 9, 0) << sh(2026, 3, 10, 15, 0) << qint64(240);
    QTest::newRow("reversed") << sh(2026, 3, 10, 15, 0) << sh(2026, 3, 10, 9, 0) << qint64(-240);
    QTest::newRow("lunch-only") << sh(2026, 3, 10, 12, 0) << sh(2026, 3, 10, 14, 0) << qint64(0);
    QTest::newRow("weekend-only") << sh(2026, 3, 14, 9, 0) << sh(2026, 3, 15, 18, 0) << qint64(0);
    QTest::newRow("full-week") << sh(2026, 3, 9, 0, 0) << sh(2026, 3, 16, 0, 0) << qint64(2400);
    // 09-30 480 + 10-08 480; the holiday week counts nothing.
    QTest::newRow("across-national-day")
        << sh(2026, 9, 30, 8, 0) << sh(2026, 10, 9, 8, 0) << qint64(960);
    // Fri 02-13, the make-up Sat 02-14 and Tue 02-24.
    QTest::newRow("across-spring-festival")
        << sh(2026, 2, 13, 0, 0) << sh(2026, 2, 25, 0, 0) << qint64(1440);
    // The whole of National Day week including make-up Sat 10-10: 10-08, 10-09, 10-10.
    QTest::newRow("makeup-saturday-counts")
        << sh(2026, 10, 1, 0, 0) << sh(2026, 10, 11, 0, 0) << qint64(1440);
    QTest::newRow("part-minute-truncated")
        << sh(2026, 3, 10, 9, 0, 0) << sh(2026, 3, 10, 9, 0, 59) << qint64(0);
    QTest::newRow("minute-and-a-half")
        << sh(2026, 3, 10, 9, 0, 0) << sh(2026, 3, 10, 9, 1, 30) << qint64(1);
}

void TestWorkCalendar::workingMinutesBetween()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, expected);
    QCOMPARE(m_cn.workingMinutesBetween(from, to), expected);
    QCOMPARE(m_cn.workingMinutesBetween(from.toUTC(), to.toUTC()), expected);
}

void TestWorkCalendar::symmetricForRandomStarts_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed-1") << 1u;
    QTest::newRow("seed-2026") << 2026u;
    QTest::newRow("seed-31337") << 31337u;
}

void TestWorkCalendar::symmetricForRandomStarts()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const qint64 first = sh(2025, 1, 1, 0, 0).toSecsSinceEpoch();
    const qint64 span = sh(2026, 12, 1, 0, 0).toSecsSinceEpoch() - first;
    for (int i = 0; i < 300; ++i) {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(first
                                                                  + qint64(
                                                                      rng.bounded(quint64(span))),
                                                              QTimeZone::utc());
        const qint64 minutes = qint64(rng.bounded(6000));
        const Deadline forward = m_cn.addWorkingMinutes(start, minutes);
        QVERIFY(forward.at >= start);
        const qint64 measured = m_cn.workingMinutesBetween(start, forward.at);
        if (measured != minutes) {
            QFAIL(qPrintable(QStringLiteral("start %1 + %2 min = %3, measured %4")
                                 .arg(show(start))
                                 .arg(minutes)
                                 .arg(show(forward.at))
                                 .arg(measured)));
        }
        const Deadline backward = m_cn.addWorkingMinutes(start, -minutes);
        QVERIFY(backward.at <= start);
        QCOMPARE(m_cn.workingMinutesBetween(backward.at, start), minutes);
        QCOMPARE(m_cn.workingMinutesBetween(start, backward.at), -minutes);
    }
}

void TestWorkCalendar::isWorkday_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("workday");
    QTest::newRow("ordinary-tuesday") << QDate(2026, 3, 10) << true;
    QTest::newRow("ordinary-saturday") << QDate(2026, 3, 14) << false;
    QTest::newRow("ordinary-sunday") << QDate(2026, 3, 15) << false;
    QTest::newRow("national-day") << QDate(2026, 10, 1) << false;
    QTest::newRow("national-day-last") << QDate(2026, 10, 7) << false;
    QTest::newRow("after-national-day") << QDate(2026, 10, 8) << true;
    QTest::newRow("makeup-2026-10-10") << QDate(2026, 10, 10) << true;
    QTest::newRow("sunday-after-makeup") << QDate(2026, 10, 11) << false;
    QTest::newRow("makeup-2026-09-20") << QDate(2026, 9, 20) << true;
    QTest::newRow("makeup-2026-01-04") << QDate(2026, 1, 4) << true;
    QTest::newRow("new-year-2026-01-02") << QDate(2026, 1, 2) << false;
    QTest::newRow("spring-festival-monday") << QDate(2026, 2, 23) << false;
    QTest::newRow("makeup-2026-02-14") << QDate(2026, 2, 14) << true;
    QTest::newRow("makeup-2026-02-28") << QDate(2026, 2, 28) << true;
    QTest::newRow("labour-day-2026-05-05") << QDate(2026, 5, 5) << false;
    QTest::newRow("makeup-2026-05-09") << QDate(2026, 5, 9) << true;
    QTest::newRow("mid-autumn-2026-09-25") << QDate(2026, 9, 25) << false;
    QTest::newRow("makeup-2025-01-26") << QDate(2025, 1, 26) << true;
    QTest::newRow("national-day-2025-10-08") << QDate(2025, 10, 8) << false;
    QTest::newRow("unknown-2027-new-year") << QDate(2027, 1, 1) << true;
    QTest::newRow("invalid-date") << QDate() << false;
}

void TestWorkCalendar::isWorkday()
{
    QFETCH(QDate, date);
    QFETCH(bool, workday);
    QCOMPARE(m_cn.isWorkday(date), workday);
    QCOMPARE(m_cn.periodsOn(date).isEmpty(), !workday);
}

void TestWorkCalendar::makeupWorkdayUsesMondaySchedule()
{
    WorkCalendar cal;
    cal.setWeekSchedule(1, {{QTime(9, 0), QTime(17, 0)}});
    cal.addMakeupWorkday(QDate(2026, 10, 10));
    QCOMPARE(cal.periodsOn(QDate(2026, 10, 10)), (QList<WorkPeriod>{{QTime(9, 0), QTime(17, 0)}}));
    // Saturday 09:00 + 8 h = 17:00 in one block.
    QCOMPARE(cal.addWorkingHours(sh(2026, 10, 10, 8, 0), 8).at, sh(2026, 10, 10, 17, 0));
    // A make-up weekday keeps its own schedule.
    cal.addMakeupWorkday(QDate(2026, 10, 9));
    QCOMPARE(cal.periodsOn(QDate(2026, 10, 9)).size(), 2);
    // The latest call wins between holiday and make-up workday.
    cal.addHoliday(QDate(2026, 10, 10));
    QVERIFY(!cal.isWorkday(QDate(2026, 10, 10)));
    cal.addMakeupWorkday(QDate(2026, 10, 10));
    QVERIFY(cal.isWorkday(QDate(2026, 10, 10)));
}

void TestWorkCalendar::knownYears()
{
    QVERIFY(m_cn.isKnownYear(2025));
    QVERIFY(m_cn.isKnownYear(2026));
    QVERIFY(!m_cn.isKnownYear(2024));
    QVERIFY(!m_cn.isKnownYear(2027));
    QVERIFY(!m_cn.isKnownYear(2028));
    // A deadline entirely in an unknown year before the data starts is flagged too.
    QVERIFY(m_cn.deadline(sh(2024, 6, 3, 9, 0), limit("1wh")).beyondKnownCalendar);
}

void TestWorkCalendar::defaultCalendar()
{
    const WorkCalendar cal;
    QCOMPARE(cal.timeZone().id(), QByteArrayLiteral("Asia/Shanghai"));
    QCOMPARE(cal.minutesPerWorkday(), 480);
    const QList<WorkPeriod> day{{QTime(8, 0), QTime(12, 0)}, {QTime(14, 0), QTime(18, 0)}};
    for (int dow = 1; dow <= 5; ++dow)
        QCOMPARE(cal.weekSchedule(dow), day);
    QVERIFY(cal.weekSchedule(6).isEmpty());
    QVERIFY(cal.weekSchedule(7).isEmpty());
    QVERIFY(cal.weekSchedule(0).isEmpty());
    QVERIFY(cal.weekSchedule(8).isEmpty());
    // No holidays: National Day is an ordinary Thursday, and nothing is vouched for.
    QVERIFY(cal.isWorkday(QDate(2026, 10, 1)));
    QVERIFY(!cal.isKnownYear(2026));
    const Deadline d = cal.deadline(sh(2026, 10, 1, 9, 0), limit("1wh"));
    QCOMPARE(d.at, sh(2026, 10, 1, 10, 0));
    QVERIFY(d.beyondKnownCalendar);
    WorkCalendar marked = cal;
    marked.markYearKnown(2026);
    QVERIFY(!marked.deadline(sh(2026, 10, 1, 9, 0), limit("1wh")).beyondKnownCalendar);
}

void TestWorkCalendar::otherTimeZone()
{
    WorkCalendar cal;
    cal.setTimeZone(QTimeZone::utc());
    cal.markYearKnown(2026);
    // 09:00 Shanghai is 01:00 UTC, before hours in a UTC city: 08:00 UTC + 60 min.
    QCOMPARE(cal.addWorkingHours(sh(2026, 3, 10, 9, 0), 1).at,
             QDateTime(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::utc()));
    // An invalid zone is ignored.
    cal.setTimeZone(QTimeZone());
    QCOMPARE(cal.timeZone(), QTimeZone::utc());
}

void TestWorkCalendar::limitMinutesAndUsed()
{
    QCOMPARE(m_cn.limitMinutes(limit("4wh")), qint64(240));
    QCOMPARE(m_cn.limitMinutes(limit("5wd")), qint64(2400));
    QCOMPARE(m_cn.limitMinutes(limit("30m")), qint64(30));
    QCOMPARE(m_cn.limitMinutes(limit("6h")), qint64(360));
    QCOMPARE(m_cn.limitMinutes(TimeLimit{}), qint64(0));

    WorkCalendar shortDays;
    shortDays.setMinutesPerWorkday(450);
    QCOMPARE(shortDays.minutesPerWorkday(), 450);
    QCOMPARE(shortDays.limitMinutes(limit("5wd")), qint64(2250));
    shortDays.setMinutesPerWorkday(0); // ignored
    QCOMPARE(shortDays.minutesPerWorkday(), 450);

    // Calendar limit: plain elapsed minutes, across lunch and night alike.
    QCOMPARE(m_cn.minutesUsed(sh(2026, 3, 10, 10, 0), sh(2026, 3, 10, 12, 30), limit("6h")),
             qint64(150));
    QCOMPARE(m_cn.minutesUsed(sh(2026, 10, 1, 23, 0), sh(2026, 10, 2, 1, 0), limit("30m")),
             qint64(120));
    // Working limit: 11:00–12:00 and 14:00–15:00.
    QCOMPARE(m_cn.minutesUsed(sh(2026, 3, 10, 11, 0), sh(2026, 3, 10, 15, 0), limit("4wh")),
             qint64(120));
    QCOMPARE(m_cn.minutesUsed(sh(2026, 3, 10, 11, 0), sh(2026, 3, 11, 9, 0), limit("2wd")),
             qint64(360));
}

void TestWorkCalendar::invalidInputs()
{
    const Deadline none = m_cn.deadline(sh(2026, 3, 10, 9, 0), TimeLimit{});
    QVERIFY(!none.at.isValid());
    QVERIFY(!m_cn.deadline(QDateTime(), limit("4wh")).at.isValid());
    QCOMPARE(m_cn.workingMinutesBetween(QDateTime(), sh(2026, 3, 10, 9, 0)), qint64(0));

    // A calendar without any working time must not hang.
    WorkCalendar idle;
    for (int dow = 1; dow <= 7; ++dow)
        idle.setWeekSchedule(dow, {});
    const Deadline never = idle.addWorkingMinutes(sh(2026, 3, 10, 9, 0), 60);
    QVERIFY(!never.at.isValid());
    QVERIFY(never.beyondKnownCalendar);
}

void TestWorkCalendar::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QFile file(QStringLiteral(":/cc/calendar/cn.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QTest::newRow("shipped-china") << file.readAll();
    QTest::newRow("custom-24h-utc") << QByteArray(R"({
        "timeZone": "UTC", "minutesPerWorkday": 450,
        "week": {"1": [["00:00", "24:00"]], "6": [["09:00", "11:30"], ["13:00", "15:00"]]},
        "years": {"2030": {"holidays": ["2030-01-01"]},
                  "2031": {"known": false, "workdays": ["2031-01-04"]}}})");
    QTest::newRow("empty-object") << QByteArray("{}");
}

void TestWorkCalendar::roundTrip()
{
    QFETCH(QByteArray, json);
    const auto first = WorkCalendar::fromJson(json);
    CC_VERIFY_OK(first);
    const QByteArray written = first->toJson();
    const auto second = WorkCalendar::fromJson(written);
    CC_VERIFY_OK(second);
    QCOMPARE(second->toJson(), written);
    QCOMPARE(second->timeZone(), first->timeZone());
    QCOMPARE(second->minutesPerWorkday(), first->minutesPerWorkday());
    for (int dow = 1; dow <= 7; ++dow)
        QCOMPARE(second->weekSchedule(dow), first->weekSchedule(dow));
    for (QDate d(2025, 1, 1); d <= QDate(2031, 12, 31); d = d.addDays(1)) {
        QCOMPARE(second->periodsOn(d), first->periodsOn(d));
        QCOMPARE(second->isKnownYear(d.year()), first->isKnownYear(d.year()));
    }
}

void TestWorkCalendar::fromJsonRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not-json") << QByteArray("{") << "calendar.bad-json"
                              << "offset";
    QTest::newRow("array-root") << QByteArray("[]") << "calendar.bad-json"
                                << "JSON object";
    QTest::newRow("unknown-zone") << QByteArray(R"({"timeZone": "Mars/Olympus_Mons"})")
                                  << "calendar.bad-zone"
                                  << "Mars/Olympus_Mons";
    QTest::newRow("zone-not-text") << QByteArray(R"({"timeZone": 8})") << "calendar.bad-zone"
                                   << "time zone";
    QTest::newRow("minutes-zero") << QByteArray(R"({"minutesPerWorkday": 0})")
                                  << "calendar.bad-minutes"
                                  << "minutesPerWorkday";
    QTest::newRow("minutes-fraction")
        << QByteArray(R"({"minutesPerWorkday": 480.5})") << "calendar.bad-minutes"
        << "whole number";
    QTest::newRow("minutes-text") << QByteArray(R"({"minutesPerWorkday": "480"})")
                                  << "calendar.bad-minutes"
                                  << "1440";
    QTest::newRow("minutes-over-a-day")
        << QByteArray(R"({"minutesPerWorkday": 1441})") << "calendar.bad-minutes"
        << "1440";
    QTest::newRow("week-not-object") << QByteArray(R"({"week": []})") << "calendar.bad-day"
                                     << "week";
    QTest::newRow("day-eight") << QByteArray(R"({"week": {"8": []}})") << "calendar.bad-day"
                               << "\"8\"";
    QTest::newRow("day-zero") << QByteArray(R"({"week": {"0": []}})") << "calendar.bad-day"
                              << "\"0\"";
    QTest::newRow("day-name") << QByteArray(R"({"week": {"Mon": []}})") << "calendar.bad-day"
                              << "\"Mon\"";
    QTest::newRow("periods-not-list")
        << QByteArray(R"({"week": {"1": "08:00-12:00"}})") << "calendar.bad-period"
        << "day 1";
    QTest::newRow("period-reversed")
        << QByteArray(R"({"week": {"2": [["12:00", "08:00"]]}})") << "calendar.bad-period"
        << "day 2";
    QTest::newRow("period-empty") << QByteArray(R"({"week": {"3": [["08:00", "08:00"]]}})")
                                  << "calendar.bad-period"
                                  << "08:00";
    QTest::newRow("period-bad-time")
        << QByteArray(R"({"week": {"1": [["08:00", "25:00"]]}})") << "calendar.bad-period"
        << "25:00";
    QTest::newRow("period-one-time")
        << QByteArray(R"({"week": {"1": [["08:00"]]}})") << "calendar.bad-period"
        << "08:00";
    QTest::newRow("period-three-times")
        << QByteArray(R"({"week": {"1": [["08:00", "12:00", "13:00"]]}})") << "calendar.bad-period"
        << "13:00";
    QTest::newRow("period-overlap")
        << QByteArray(R"({"week": {"5": [["08:00", "12:00"], ["11:00", "13:00"]]}})")
        << "calendar.bad-period"
        << "overlap";
    QTest::newRow("years-not-object") << QByteArray(R"({"years": []})") << "calendar.bad-year"
                                      << "years";
    QTest::newRow("year-two-digits")
        << QByteArray(R"({"years": {"26": {}}})") << "calendar.bad-year"
        << "\"26\"";
    QTest::newRow("year-not-object")
        << QByteArray(R"({"years": {"2026": []}})") << "calendar.bad-year"
        << "\"2026\"";
    QTest::newRow("impossible-date")
        << QByteArray(R"({"years": {"2026": {"holidays": ["2026-02-30"]}}})") << "calendar.bad-date"
        << "2026-02-30";
    QTest::newRow("slashed-date") << QByteArray(
        R"({"years": {"2026": {"workdays": ["2026/10/10"]}}})")
                                  << "calendar.bad-date"
                                  << "2026/10/10";
    QTest::newRow("date-not-text")
        << QByteArray(R"({"years": {"2026": {"holidays": [20261001]}}})") << "calendar.bad-date"
        << "holidays";
    QTest::newRow("date-in-wrong-year")
        << QByteArray(R"({"years": {"2026": {"holidays": ["2027-01-01"]}}})") << "calendar.bad-date"
        << "2027-01-01";
    QTest::newRow("holidays-not-list")
        << QByteArray(R"({"years": {"2026": {"holidays": "2026-10-01"}}})") << "calendar.bad-date"
        << "holidays";
    QTest::newRow("holiday-and-workday")
        << QByteArray(R"({"years": {"2026": {"holidays": ["2026-10-10"],
                                              "workdays": ["2026-10-10"]}}})")
        << "calendar.conflict"
        << "2026-10-10";
}

void TestWorkCalendar::fromJsonRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    CC_VERIFY_REFUSED(WorkCalendar::fromJson(json), code, mentions);
}

void TestWorkCalendar::longLimitsAreFast()
{
    // Per-day stepping: 1000 working days (about four years) many times over stays well
    // under a second; a minute-by-minute walk would take minutes.
    QElapsedTimer timer;
    timer.start();
    const QDateTime start = sh(2025, 1, 6, 9, 0);
    Deadline d;
    for (int i = 0; i < 20; ++i)
        d = m_cn.addWorkingDays(start, 1000);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(d.beyondKnownCalendar);
    QCOMPARE(m_cn.workingMinutesBetween(start, d.at), qint64(1000) * 480);
}

void TestWorkCalendar::hugeInputsAreBounded_data()
{
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<bool>("valid");
    // Beyond a century of minutes: refused at once instead of walking for minutes.
    QTest::newRow("int-max-hours") << qint64(2147483647) * 60 << false;
    QTest::newRow("hundred-million-hours") << qint64(100000000) * 60 << false;
    QTest::newRow("int64-max") << std::numeric_limits<qint64>::max() << false;
    QTest::newRow("int64-min") << std::numeric_limits<qint64>::min() << false;
    QTest::newRow("minus-int-max-hours") << -qint64(2147483647) * 60 << false;
    // Forty years of working time still has a deadline (just beyond the known years).
    QTest::newRow("forty-years") << qint64(40) * 250 * 480 << true;
}

void TestWorkCalendar::hugeInputsAreBounded()
{
    QFETCH(qint64, minutes);
    QFETCH(bool, valid);
    const Deadline d = m_cn.addWorkingMinutes(sh(2026, 3, 10, 9, 0), minutes);
    QCOMPARE(d.at.isValid(), valid);
    QVERIFY(d.beyondKnownCalendar);
    // Hours given as int go through the same bound.
    QVERIFY(!m_cn.addWorkingHours(sh(2026, 3, 10, 9, 0), 2147483647).at.isValid());
    // A span of 8000 years counts its first century only, and returns.
    const qint64 span = m_cn.workingMinutesBetween(sh(2000, 1, 1, 0, 0),
                                                   QDateTime(QDate(9999, 12, 31), QTime(0, 0),
                                                             QTimeZone::utc()));
    QVERIFY(span > 0 && span <= qint64(100) * 366 * 24 * 60);
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
