// SPDX-License-Identifier: GPL-3.0-or-later
// A year of holidays imported into the city's work calendar (docs/calendar.md): the file's
// checks, who may import, a known year replaced only on purpose, the row queued for the hub,
// deadlines computed on the new year, and when the missing year is announced. The 2027 dates
// here are test data, not the State Council's notice.
#include "casefixture.h"

#include <cc/cases/calendaryears.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace CcTest;

namespace {

const QByteArray kYear2027
    = R"({"year": 2027, "holidays": ["2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09"],
         "workdays": ["2027-02-13"]})";

} // namespace

class TestCalendarYears : public QObject
{
    Q_OBJECT

    Fixture f;
    const Core::WorkCalendar m_china = Core::WorkCalendar::chinaDefault();

private slots:
    void init()
    {
        f.setUp();
        Storage::UserRepository users(*f.db);
        QVERIFY(users.upsert({Core::uuidText(Core::makeUuidV7()),
                              "adm01",
                              "ADM01",
                              {},
                              {},
                              {},
                              {},
                              true,
                              {"admin"}}));
    }

    void refusedFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("array") << QByteArray("[2027]") << "calendar.bad-file";
        QTest::newRow("not-json") << QByteArray("{year: 2027") << "calendar.bad-file";
        QTest::newRow("no-year") << QByteArray(R"({"holidays": ["2027-01-01"]})")
                                 << "calendar.bad-file";
        QTest::newRow("year-as-text") << QByteArray(R"({"year": "2027"})") << "calendar.bad-file";
        QTest::newRow("no-years") << QByteArray(R"({"years": {}})") << "calendar.bad-file";
        QTest::newRow("far-year") << QByteArray(R"({"year": 2300, "holidays": ["2300-01-01"]})")
                                  << "calendar.bad-year";
        QTest::newRow("no-holidays")
            << QByteArray(R"({"year": 2027, "holidays": []})") << "calendar.no-holidays";
        QTest::newRow("other-year")
            << QByteArray(R"({"year": 2027, "holidays": ["2028-01-01"]})") << "calendar.bad-date";
        QTest::newRow("not-a-date")
            << QByteArray(R"({"year": 2027, "holidays": ["2027-02-30"]})") << "calendar.bad-date";
        QTest::newRow("both") << QByteArray(R"({"year": 2027, "holidays": ["2027-02-13"],
                                              "workdays": ["2027-02-13"]})")
                              << "calendar.conflict";
        // A Monday is worked anyway: a make-up workday there is a typo.
        QTest::newRow("workday-on-monday") << QByteArray(
            R"({"year": 2027, "holidays": ["2027-01-01"], "workdays": ["2027-01-04"]})")
                                           << "calendar.workday-on-workday";
    }

    void refusedFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QCOMPARE(CcTest::codeOf(Cases::parseCalendarYears(json, m_china)), code);
    }

    void bothForms()
    {
        auto one = Cases::parseCalendarYears(kYear2027, m_china);
        CC_VERIFY_OK(one);
        QCOMPARE(one->size(), 1);
        QCOMPARE(one->first().year, 2027);
        QCOMPARE(one->first().holidays.size(), 4);
        QCOMPARE(one->first().workdays, QList<QDate>{QDate(2027, 2, 13)});
        // The shipped calendar's own "years" read as years to import.
        QFile shipped(QStringLiteral(":/cc/calendar/cn.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        auto all = Cases::parseCalendarYears(shipped.readAll(), m_china);
        CC_VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(1).year, 2026);
    }

    void importAsAdministrator()
    {
        auto years = Cases::parseCalendarYears(kYear2027, m_china);
        CC_VERIFY_OK(years);
        Cases::CalendarYears store(*f.db, m_china);
        const qint64 outboxBefore = f.rows("outbox");
        // Only an administrator.
        QCOMPARE(CcTest::codeOf(store.import(years.value(), "sl01", false)),
                 QStringLiteral("auth.role-not-held"));
        QCOMPARE(f.rows("outbox"), outboxBefore);
        auto imported = store.import(years.value(), "adm01", false);
        CC_VERIFY_OK(imported);
        QVERIFY(imported->isKnownYear(2027));
        QVERIFY(!imported->isWorkday(QDate(2027, 2, 8))); // a Monday off
        QVERIFY(imported->isWorkday(QDate(2027, 2, 13))); // a Saturday worked
        // Stored as the city's calendar and queued for the hub in the same transaction.
        auto stored = Storage::CalendarRepository(*f.db).load();
        CC_VERIFY_OK(stored);
        QVERIFY(stored->has_value());
        auto reread = Core::WorkCalendar::fromJson(**stored);
        CC_VERIFY_OK(reread);
        QVERIFY(reread->isKnownYear(2027) && reread->isKnownYear(2026));
        QCOMPARE(f.rows("outbox"), outboxBefore + 1);
        auto pending = Storage::OutboxRepository(*f.db).pending(10);
        CC_VERIFY_OK(pending);
        QCOMPARE(pending->last().entity, QStringLiteral("work_calendar"));
        // Once known, a year is replaced only on purpose.
        QCOMPARE(CcTest::codeOf(store.import(years.value(), "adm01", false)),
                 QStringLiteral("calendar.year-known"));
        CC_VERIFY_OK(store.import(years.value(), "adm01", true));
    }

    void deadlinesUseTheNewYear()
    {
        // 暴露垃圾, 4 working hours, filed on Thursday 2026-12-31 at 17:00: one hour that day,
        // then 2027-01-01 is a holiday (Friday), so the rest runs on Monday 2027-01-04.
        const QDateTime start = cst(2026, 12, 31, 17, 0);
        const Core::TimeLimit fourHours = *Core::TimeLimit::parse(QStringLiteral("4wh"));
        const Core::Deadline before = m_china.deadline(start, fourHours);
        QVERIFY(before.beyondKnownCalendar);
        QCOMPARE(before.at, cst(2027, 1, 1, 11, 0).toUTC());
        auto years = Cases::parseCalendarYears(kYear2027, m_china);
        CC_VERIFY_OK(years);
        auto imported = Cases::CalendarYears(*f.db, m_china).import(years.value(), "adm01", false);
        CC_VERIFY_OK(imported);
        const Core::Deadline after = imported->deadline(start, fourHours);
        QVERIFY(!after.beyondKnownCalendar);
        QCOMPARE(after.at, cst(2027, 1, 4, 11, 0).toUTC());
    }

    void missingYear_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("missing"); // 0: none
        QTest::newRow("mid-year") << QDate(2026, 6, 1) << 0;
        QTest::newRow("31-october") << QDate(2026, 10, 31) << 0;
        QTest::newRow("1-november") << QDate(2026, 11, 1) << 2027;
        QTest::newRow("december") << QDate(2026, 12, 4) << 2027;
        QTest::newRow("new-year-unknown") << QDate(2027, 1, 2) << 2027;
        QTest::newRow("long-ago") << QDate(2024, 11, 2) << 2024;
    }

    void missingYear()
    {
        QFETCH(QDate, today);
        QFETCH(int, missing);
        QCOMPARE(Cases::missingCalendarYear(m_china, today).value_or(0), missing);
    }
};

QTEST_GUILESS_MAIN(TestCalendarYears)
#include "tst_calendaryears.moc"
