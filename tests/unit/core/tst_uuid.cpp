// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/uuid.h>

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace Cc::Core;

class TestUuid : public QObject
{
    Q_OBJECT

private slots:
    void versionAndVariant_data();
    void versionAndVariant();
    void timestampRoundTrip_data();
    void timestampRoundTrip();
    void clockTimestamp();
    void otherVersionsHaveNoTimestamp();
    void monotonicWithinOneMillisecond();
    void monotonicFromTheClock();
    void uniqueAcrossThreads();
    void text();
};

void TestUuid::versionAndVariant_data()
{
    QTest::addColumn<bool>("fromClock");
    QTest::newRow("from-clock") << true;
    QTest::newRow("given-timestamp") << false;
}

void TestUuid::versionAndVariant()
{
    QFETCH(bool, fromClock);
    for (int i = 0; i < 1000; ++i) {
        const QUuid id = fromClock ? makeUuidV7() : makeUuidV7(1'700'000'000'000);
        const QByteArray bytes = id.toRfc4122();
        QCOMPARE(bytes.size(), 16);
        QCOMPARE(quint8(bytes.at(6)) >> 4, 7);        // version 7
        QCOMPARE(quint8(bytes.at(8)) >> 6, 0b10);     // RFC 9562 variant
        QCOMPARE(int(id.variant()), int(QUuid::DCE)); // Qt's name for that variant
        QVERIFY(!id.isNull());
    }
}

void TestUuid::timestampRoundTrip_data()
{
    QTest::addColumn<qint64>("unixMs");
    QTest::addColumn<QString>("prefix"); // the first 12 hex digits carry the timestamp
    QTest::newRow("epoch") << qint64(0) << QStringLiteral("00000000-0000");
    QTest::newRow("one-ms") << qint64(1) << QStringLiteral("00000000-0001");
    // 2026-10-01T00:00+08:00 = 1 790 784 000 000 ms = 0x01a0f30b5000
    QTest::newRow("2026-10-01") << qint64(1'790'784'000'000) << QStringLiteral("01a0f30b-5000");
    QTest::newRow("max-48-bit") << qint64(0xffffffffffffLL) << QStringLiteral("ffffffff-ffff");
}

void TestUuid::timestampRoundTrip()
{
    QFETCH(qint64, unixMs);
    QFETCH(QString, prefix);
    const QUuid id = makeUuidV7(unixMs);
    QCOMPARE(uuidV7UnixMs(id), unixMs);
    QCOMPARE(uuidText(id).left(13), prefix);
}

void TestUuid::clockTimestamp()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QUuid id = makeUuidV7();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const qint64 ms = uuidV7UnixMs(id);
    QVERIFY2(ms >= before && ms <= after + 1,
             qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(ms).arg(before).arg(after)));
}

void TestUuid::otherVersionsHaveNoTimestamp()
{
    QCOMPARE(uuidV7UnixMs(QUuid::createUuid()), qint64(-1)); // version 4
    QCOMPARE(uuidV7UnixMs(QUuid()), qint64(-1));
    // Version nibble 7 but the NCS variant: not a UUIDv7.
    QCOMPARE(uuidV7UnixMs(QUuid(QStringLiteral("01890000-0000-7000-0000-000000000000"))),
             qint64(-1));
    QCOMPARE(uuidV7UnixMs(QUuid(QStringLiteral("01890000-0000-7000-8000-000000000000"))),
             qint64(0x018900000000LL));
}

void TestUuid::monotonicWithinOneMillisecond()
{
    const qint64 ms = 1'767'225'600'000; // 2026-01-01T00:00:00Z
    QUuid previous = makeUuidV7(ms);
    QSet<QUuid> seen{previous};
    for (int i = 0; i < 100'000; ++i) {
        const QUuid id = makeUuidV7(ms);
        if (!(previous < id)) {
            QFAIL(qPrintable(QStringLiteral("id %1 (%2) is not above %3")
                                 .arg(i)
                                 .arg(uuidText(id), uuidText(previous))));
        }
        // QUuid's operator< must agree with the byte order a database sorts by.
        QVERIFY(previous.toRfc4122() < id.toRfc4122());
        QCOMPARE(uuidV7UnixMs(id), ms);
        seen.insert(id);
        previous = id;
    }
    QCOMPARE(seen.size(), 100'001);
}

void TestUuid::monotonicFromTheClock()
{
    QUuid previous = makeUuidV7();
    for (int i = 0; i < 100'000; ++i) {
        const QUuid id = makeUuidV7();
        QVERIFY(previous.toRfc4122() < id.toRfc4122());
        previous = id;
    }
}

void TestUuid::uniqueAcrossThreads()
{
    constexpr int kThreads = 4;
    constexpr int kPerThread = 20'000;
    std::vector<QList<QUuid>> lists(kThreads);
    std::atomic<bool> ordered{true};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&lists, &ordered, t] {
            QList<QUuid> &list = lists[t];
            list.reserve(kPerThread);
            for (int i = 0; i < kPerThread; ++i) {
                list.append(makeUuidV7());
                // Each thread sees its own ids strictly increasing, as a shared counter
                // under a lock guarantees.
                if (i > 0 && !(list.at(i - 1).toRfc4122() < list.at(i).toRfc4122()))
                    ordered = false;
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(60'000));
    QVERIFY(ordered);
    QSet<QUuid> all;
    for (const auto &list : lists) {
        for (const QUuid &id : list)
            all.insert(id);
    }
    QCOMPARE(all.size(), kThreads * kPerThread);
}

void TestUuid::text()
{
    const QUuid id(QStringLiteral("{0189ABCD-EF01-7234-8567-89ABCDEF0123}"));
    QCOMPARE(uuidText(id), QStringLiteral("0189abcd-ef01-7234-8567-89abcdef0123"));
    QCOMPARE(uuidText(id).size(), 36);
    QCOMPARE(uuidV7UnixMs(id), qint64(0x0189abcdef01LL));
}

QTEST_GUILESS_MAIN(TestUuid)
#include "tst_uuid.moc"
