// SPDX-License-Identifier: GPL-3.0-or-later
// Bulletin periods: ISO weeks, months, quarters; the period before (环比) and a year earlier
// (同比); bad periods refused with a clear code.
#include "resultcheck.h"

#include <cc/bulletin/period.h>

#include <QTest>

using namespace Cc;
using namespace Cc::Bulletin;

class TestBulletinPeriod : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void previousAndYearEarlier_data();
    void previousAndYearEarlier();
    void periodContainingADay();
};

void TestBulletinPeriod::parses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("id");
    QTest::newRow("week 48") << "week"
                             << "2026-W48" << QDate(2026, 11, 23) << QDate(2026, 11, 29)
                             << "2026-W48";
    // 1 January 2026 is a Thursday: week 1 starts on Monday 29 December 2025.
    QTest::newRow("week 1 starts the year before")
        << "week"
        << "2026-W1" << QDate(2025, 12, 29) << QDate(2026, 1, 4) << "2026-W01";
    QTest::newRow("2026 has a week 53")
        << "week"
        << "2026-W53" << QDate(2026, 12, 28) << QDate(2027, 1, 3) << "2026-W53";
    QTest::newRow("month") << "month"
                           << "2026-11" << QDate(2026, 11, 1) << QDate(2026, 11, 30) << "2026-11";
    QTest::newRow("February") << "month"
                              << "2026-02" << QDate(2026, 2, 1) << QDate(2026, 2, 28) << "2026-02";
    QTest::newRow("leap February")
        << "month"
        << "2024-2" << QDate(2024, 2, 1) << QDate(2024, 2, 29) << "2024-02";
    QTest::newRow("quarter 4") << "quarter"
                               << "2026-Q4" << QDate(2026, 10, 1) << QDate(2026, 12, 31)
                               << "2026-Q4";
    QTest::newRow("quarter 1, spaces around")
        << "quarter"
        << " 2026-Q1 " << QDate(2026, 1, 1) << QDate(2026, 3, 31) << "2026-Q1";
}

void TestBulletinPeriod::parses()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, id);
    auto p = parsePeriod(kindFromId(kind), text);
    CC_VERIFY_OK(p);
    QCOMPARE(p->first, first);
    QCOMPARE(p->last, last);
    QCOMPARE(p->id(), id);
    QCOMPARE(parsePeriod(p->kind, p->id())->first, first); // id() parses back
}

void TestBulletinPeriod::refuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("month 13") << "month"
                              << "2026-13"
                              << "bulletin.bad-period"
                              << "13";
    QTest::newRow("month 0") << "month"
                             << "2026-00"
                             << "bulletin.bad-period"
                             << "0";
    QTest::newRow("quarter 5") << "quarter"
                               << "2026-Q5"
                               << "bulletin.bad-period"
                               << "5";
    QTest::newRow("week 0") << "week"
                            << "2026-W00"
                            << "bulletin.bad-period"
                            << "0";
    QTest::newRow("2027 has no week 53") << "week"
                                         << "2027-W53"
                                         << "bulletin.bad-period"
                                         << "52";
    QTest::newRow("a quarter given as month") << "month"
                                              << "2026-Q4"
                                              << "bulletin.bad-period"
                                              << "2026-11";
    QTest::newRow("a month given as week") << "week"
                                           << "2026-11"
                                           << "bulletin.bad-period"
                                           << "2026-W48";
    QTest::newRow("slashes") << "month"
                             << "2026/11"
                             << "bulletin.bad-period"
                             << "2026/11";
    QTest::newRow("two-digit year") << "month"
                                    << "26-11"
                                    << "bulletin.bad-period"
                                    << "26-11";
    QTest::newRow("empty") << "quarter"
                           << ""
                           << "bulletin.bad-period"
                           << "2026-Q4";
    QTest::newRow("year out of range") << "month"
                                       << "0999-01"
                                       << "bulletin.bad-period"
                                       << "999";
    QTest::newRow("unknown kind") << "year"
                                  << "2026"
                                  << "bulletin.bad-kind"
                                  << "quarter";
}

void TestBulletinPeriod::refuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    CC_VERIFY_REFUSED(parsePeriod(kindFromId(kind), text), code, mentions);
}

void TestBulletinPeriod::previousAndYearEarlier_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("yearEarlier");
    QTest::newRow("month") << "month"
                           << "2026-11"
                           << "2026-10"
                           << "2025-11";
    QTest::newRow("January") << "month"
                             << "2026-01"
                             << "2025-12"
                             << "2025-01";
    QTest::newRow("week") << "week"
                          << "2026-W48"
                          << "2026-W47"
                          << "2025-W48";
    QTest::newRow("week 1") << "week"
                            << "2026-W01"
                            << "2025-W52"
                            << "2025-W01";
    QTest::newRow("week 53 a year earlier is 52") << "week"
                                                  << "2026-W53"
                                                  << "2026-W52"
                                                  << "2025-W52";
    QTest::newRow("quarter 1") << "quarter"
                               << "2026-Q1"
                               << "2025-Q4"
                               << "2025-Q1";
}

void TestBulletinPeriod::previousAndYearEarlier()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, previous);
    QFETCH(QString, yearEarlier);
    auto p = parsePeriod(kindFromId(kind), text);
    CC_VERIFY_OK(p);
    QCOMPARE(p->previous().id(), previous);
    QCOMPARE(p->previous().last.addDays(1), p->first); // back to back
    QCOMPARE(p->yearEarlier().id(), yearEarlier);
}

void TestBulletinPeriod::periodContainingADay()
{
    QCOMPARE(periodContaining(Kind::Week, QDate(2027, 1, 2)).id(), QStringLiteral("2026-W53"));
    QCOMPARE(periodContaining(Kind::Month, QDate(2026, 12, 31)).id(), QStringLiteral("2026-12"));
    QCOMPARE(periodContaining(Kind::Quarter, QDate(2026, 7, 1)).id(), QStringLiteral("2026-Q3"));
    QCOMPARE(periodContaining(Kind::Quarter, QDate(2026, 7, 1)).days(), 92);
}

QTEST_GUILESS_MAIN(TestBulletinPeriod)
#include "tst_bulletinperiod.moc"
