// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/timelimit.h>

#include "resultcheck.h"

#include <QTest>

using namespace Cc::Core;
using Unit = TimeLimit::Unit;

Q_DECLARE_METATYPE(TimeLimit::Unit)

class TestTimeLimit : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void displayText_data();
    void displayText();
    void invalidLimit();
};

void TestTimeLimit::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("amount");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("working");
    QTest::newRow("working-hours") << "4wh" << 4 << Unit::WorkingHours << "4wh" << true;
    QTest::newRow("working-days") << "5wd" << 5 << Unit::WorkingDays << "5wd" << true;
    QTest::newRow("calendar-minutes") << "30m" << 30 << Unit::CalendarMinutes << "30m" << false;
    QTest::newRow("calendar-hours") << "6h" << 6 << Unit::CalendarHours << "6h" << false;
    QTest::newRow("surrounding-space") << " 2wh " << 2 << Unit::WorkingHours << "2wh" << true;
    QTest::newRow("upper-case") << "7WD" << 7 << Unit::WorkingDays << "7wd" << true;
    QTest::newRow("leading-zero") << "05wd" << 5 << Unit::WorkingDays << "5wd" << true;
    QTest::newRow("largest") << "99999m" << 99999 << Unit::CalendarMinutes << "99999m" << false;
}

void TestTimeLimit::parseValid()
{
    QFETCH(QString, text);
    QFETCH(int, amount);
    QFETCH(Unit, unit);
    QFETCH(QString, canonical);
    QFETCH(bool, working);
    const auto r = TimeLimit::parse(text);
    CC_VERIFY_OK(r);
    QCOMPARE(r->amount, amount);
    QCOMPARE(r->unit, unit);
    QVERIFY(r->isValid());
    QCOMPARE(r->isWorkingTime(), working);
    QCOMPARE(r->toString(), canonical);
    // Round trip through the canonical form.
    const auto again = TimeLimit::parse(r->toString());
    CC_VERIFY_OK(again);
    QCOMPARE(*again, *r);
}

void TestTimeLimit::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions"); // the message names what was wrong
    QTest::newRow("empty") << ""
                           << "timelimit.empty"
                           << "empty";
    QTest::newRow("blank") << "   "
                           << "timelimit.empty"
                           << "empty";
    QTest::newRow("no-number") << "wh"
                               << "timelimit.bad-number"
                               << "\"wh\"";
    QTest::newRow("negative") << "-4wh"
                              << "timelimit.bad-number"
                              << "\"-4wh\"";
    QTest::newRow("no-unit") << "4"
                             << "timelimit.bad-unit"
                             << "\"4\"";
    QTest::newRow("unknown-unit") << "4d"
                                  << "timelimit.bad-unit"
                                  << "\"d\"";
    QTest::newRow("space-inside") << "4 wh"
                                  << "timelimit.bad-unit"
                                  << "\" wh\"";
    QTest::newRow("trailing-junk") << "4whx"
                                   << "timelimit.bad-unit"
                                   << "\"whx\"";
    QTest::newRow("fraction") << "1.5h"
                              << "timelimit.bad-unit"
                              << "\".5h\"";
    QTest::newRow("full-width-digit")
        << QString::fromUtf8("４wh") << "timelimit.bad-number" << QString::fromUtf8("４wh");
    QTest::newRow("zero") << "0wd"
                          << "timelimit.not-positive"
                          << "\"0wd\"";
    QTest::newRow("too-large") << "100000m"
                               << "timelimit.too-large"
                               << "99999";
    QTest::newRow("overflow") << "99999999999wh"
                              << "timelimit.too-large"
                              << "99999999999wh";
}

void TestTimeLimit::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    CC_VERIFY_REFUSED(TimeLimit::parse(text), code, mentions);
}

void TestTimeLimit::displayText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("display");
    QTest::newRow("working-hours") << "4wh"
                                   << "4 working hours";
    QTest::newRow("one-working-hour") << "1wh"
                                      << "1 working hour";
    QTest::newRow("working-days") << "5wd"
                                  << "5 working days";
    QTest::newRow("one-working-day") << "1wd"
                                     << "1 working day";
    QTest::newRow("minutes") << "30m"
                             << "30 minutes";
    QTest::newRow("one-minute") << "1m"
                                << "1 minute";
    QTest::newRow("hours") << "6h"
                           << "6 hours";
    QTest::newRow("one-hour") << "1h"
                              << "1 hour";
}

void TestTimeLimit::displayText()
{
    QFETCH(QString, text);
    QFETCH(QString, display);
    QCOMPARE(TimeLimit::parse(text)->displayText(), display);
}

void TestTimeLimit::invalidLimit()
{
    const TimeLimit none;
    QVERIFY(!none.isValid());
    QVERIFY(!none.isWorkingTime());
    QCOMPARE(none.toString(), QString());
    QCOMPARE(none.displayText(), QStringLiteral("no limit"));
    const TimeLimit zero{0, Unit::WorkingHours};
    QVERIFY(!zero.isValid());
    QCOMPARE(zero.toString(), QString());
    QVERIFY(TimeLimit({4, Unit::WorkingHours}) != TimeLimit({4, Unit::CalendarHours}));
}

QTEST_GUILESS_MAIN(TestTimeLimit)
#include "tst_timelimit.moc"
