// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/codes.h>

#include "resultcheck.h"

#include <QTest>

using namespace Cc::Core;

class TestCodes : public QObject
{
    Q_OBJECT

private slots:
    void gridValid_data();
    void gridValid();
    void gridInvalid_data();
    void gridInvalid();
    void componentValid_data();
    void componentValid();
    void componentInvalid_data();
    void componentInvalid();
};

void TestCodes::gridValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("county");
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("community");
    QTest::addColumn<QString>("sequence");
    QTest::addColumn<bool>("communityLevel");
    QTest::newRow("grid-cell") << "32050800100203"
                               << "320508"
                               << "001"
                               << "002"
                               << "03" << false;
    QTest::newRow("community-level") << "11010100200300"
                                     << "110101"
                                     << "002"
                                     << "003"
                                     << "00" << true;
    QTest::newRow("max-values") << "65432199999999"
                                << "654321"
                                << "999"
                                << "999"
                                << "99" << false;
}

void TestCodes::gridValid()
{
    QFETCH(QString, text);
    QFETCH(QString, county);
    QFETCH(QString, street);
    QFETCH(QString, community);
    QFETCH(QString, sequence);
    QFETCH(bool, communityLevel);
    const auto r = UnitGridCode::parse(text);
    CC_VERIFY_OK(r);
    QCOMPARE(r->county, county);
    QCOMPARE(r->street, street);
    QCOMPARE(r->community, community);
    QCOMPARE(r->sequence, sequence);
    QCOMPARE(r->isCommunityLevel(), communityLevel);
    QCOMPARE(r->streetCode(), county + street);
    QCOMPARE(r->communityCode(), county + street + community);
    QCOMPARE(r->toString(), text);
    QCOMPARE(*UnitGridCode::parse(r->toString()), *r);
}

void TestCodes::gridInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << ""
                           << "code.bad-length"
                           << "14";
    QTest::newRow("too-short") << "3205080010020"
                               << "code.bad-length"
                               << "13";
    QTest::newRow("too-long") << "320508001002030"
                              << "code.bad-length"
                              << "15";
    QTest::newRow("beijing-15-digit") << "110101002003001"
                                      << "code.bad-length"
                                      << "14";
    QTest::newRow("letter") << "3205080010020A"
                            << "code.not-digits"
                            << "3205080010020A";
    QTest::newRow("space") << "320508 01002030"
                           << "code.bad-length"
                           << "15";
    QTest::newRow("inner-space") << "320508 0100203"
                                 << "code.not-digits"
                                 << "0–9";
    QTest::newRow("full-width-digit") << QString::fromUtf8("３2050800100203") << "code.not-digits"
                                      << "0–9";
    QTest::newRow("zero-county") << "00000000100203"
                                 << "code.zero-part"
                                 << "county";
    QTest::newRow("zero-street") << "32050800000203"
                                 << "code.zero-part"
                                 << "street";
    QTest::newRow("zero-community") << "32050800100003"
                                    << "code.zero-part"
                                    << "community";
}

void TestCodes::gridInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    CC_VERIFY_REFUSED(UnitGridCode::parse(text), code, mentions);
}

void TestCodes::componentValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("admin");
    QTest::addColumn<QString>("major");
    QTest::addColumn<QString>("minor");
    QTest::addColumn<QString>("sequence");
    QTest::newRow("gusu-water-cover") << "3205080101000001"
                                      << "320508"
                                      << "01"
                                      << "01"
                                      << "000001";
    QTest::newRow("camera") << "1101050136123456"
                            << "110105"
                            << "01"
                            << "36"
                            << "123456";
    QTest::newRow("other-facilities") << "3205080606999999"
                                      << "320508"
                                      << "06"
                                      << "06"
                                      << "999999";
    QTest::newRow("extension-major") << "3205082101000010"
                                     << "320508"
                                     << "21"
                                     << "01"
                                     << "000010";
}

void TestCodes::componentValid()
{
    QFETCH(QString, text);
    QFETCH(QString, admin);
    QFETCH(QString, major);
    QFETCH(QString, minor);
    QFETCH(QString, sequence);
    const auto r = ComponentId::parse(text);
    CC_VERIFY_OK(r);
    QCOMPARE(r->admin, admin);
    QCOMPARE(r->major, major);
    QCOMPARE(r->minor, minor);
    QCOMPARE(r->sequence, sequence);
    QCOMPARE(r->categoryCode(), major + minor);
    QCOMPARE(r->toString(), text);
    QCOMPARE(*ComponentId::parse(r->toString()), *r);
}

void TestCodes::componentInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << ""
                           << "code.bad-length"
                           << "16";
    QTest::newRow("too-short") << "320508010100001"
                               << "code.bad-length"
                               << "15";
    QTest::newRow("too-long") << "32050801010000011"
                              << "code.bad-length"
                              << "17";
    QTest::newRow("new-scheme-17") << "32050806010000001"
                                   << "code.bad-length"
                                   << "16";
    QTest::newRow("letter") << "32050801010000x1"
                            << "code.not-digits"
                            << "32050801010000x1";
    QTest::newRow("dash") << "320508-101000001"
                          << "code.not-digits"
                          << "0–9";
    QTest::newRow("zero-admin") << "0000000101000001"
                                << "code.zero-part"
                                << "administrative division";
    QTest::newRow("major-00") << "3205080001000001"
                              << "code.bad-major"
                              << "00";
    QTest::newRow("major-07") << "3205080701000001"
                              << "code.bad-major"
                              << "07";
    QTest::newRow("major-20") << "3205082001000001"
                              << "code.bad-major"
                              << "20";
    QTest::newRow("major-22") << "3205082201000001"
                              << "code.bad-major"
                              << "22";
    QTest::newRow("zero-minor") << "3205080100000001"
                                << "code.zero-part"
                                << "minor class";
    QTest::newRow("zero-sequence") << "3205080101000000"
                                   << "code.zero-part"
                                   << "sequence";
}

void TestCodes::componentInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    CC_VERIFY_REFUSED(ComponentId::parse(text), code, mentions);
}

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"
