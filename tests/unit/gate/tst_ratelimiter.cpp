// SPDX-License-Identifier: GPL-3.0-or-later
// citygate's rate limit per key, token or address (docs/citygate.md, "Security"): a token
// bucket of `perMinute` requests, refilled at perMinute/60 a second, with the Retry-After it
// answers; times are given, so nothing here waits.
#include <cc/gate/ratelimiter.h>

#include <QTest>

using namespace Cc::Gate;

class TstRateLimiter : public QObject
{
    Q_OBJECT

    const QDateTime t0 = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);

private slots:
    void burstThenWait_data()
    {
        QTest::addColumn<int>("perMinute");
        QTest::addColumn<int>("retryAfter"); ///< seconds, once the burst is spent
        QTest::newRow("5 a minute") << 5 << 12;
        QTest::newRow("60 a minute") << 60 << 1;
        QTest::newRow("600 a minute") << 600 << 1;
        QTest::newRow("1 a minute") << 1 << 60;
    }

    void burstThenWait()
    {
        QFETCH(int, perMinute);
        QFETCH(int, retryAfter);
        RateLimiter limiter(perMinute);
        for (int i = 0; i < perMinute; ++i)
            QCOMPARE(limiter.take("key:a", t0), 0);
        QCOMPARE(limiter.take("key:a", t0), retryAfter);
        QCOMPARE(limiter.take("key:b", t0), 0); // another client has its own bucket
        // After Retry-After seconds, what refilled meanwhile is allowed, and no more.
        const int refilled = retryAfter * perMinute / 60;
        QVERIFY(refilled >= 1);
        for (int i = 0; i < refilled; ++i)
            QCOMPARE(limiter.take("key:a", t0.addSecs(retryAfter)), 0);
        QVERIFY(limiter.take("key:a", t0.addSecs(retryAfter)) > 0);
        // A full minute refills the whole burst, never more.
        const QDateTime later = t0.addSecs(retryAfter + 600);
        for (int i = 0; i < perMinute; ++i)
            QCOMPARE(limiter.take("key:a", later), 0);
        QVERIFY(limiter.take("key:a", later) > 0);
    }

    void noLimit()
    {
        RateLimiter limiter(0);
        for (int i = 0; i < 10000; ++i)
            QCOMPARE(limiter.take("ip:127.0.0.1", t0), 0);
    }

    /// A clock that steps back (NTP) neither refills nor breaks the bucket.
    void clockBack()
    {
        RateLimiter limiter(2);
        QCOMPARE(limiter.take("a", t0), 0);
        QCOMPARE(limiter.take("a", t0), 0);
        QVERIFY(limiter.take("a", t0.addSecs(-3600)) > 0);
        QCOMPARE(limiter.take("a", t0.addSecs(30)), 0);
    }
};

QTEST_GUILESS_MAIN(TstRateLimiter)
#include "tst_ratelimiter.moc"
