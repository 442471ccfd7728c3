// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/sync/prefetcher.h>

#include "resultcheck.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Cc;
using Cc::Sync::Prefetcher;

namespace {

using Item = std::unique_ptr<int>; // move-only, like the hub's result batches

/// Items 0 … count-1, then the end; counts the fetches.
Prefetcher<Item>::Fetch counting(int count, std::atomic<int> &fetches)
{
    return [count, &fetches]() -> Result<std::optional<Item>> {
        const int n = fetches++;
        if (n >= count)
            return std::optional<Item>();
        return std::optional<Item>(std::make_unique<int>(n));
    };
}

/// Waits (up to 5 s) until `fetches` stops growing for 100 ms, and returns it.
int settled(const std::atomic<int> &fetches)
{
    QElapsedTimer timer;
    timer.start();
    int last = -1;
    while (timer.elapsed() < 5000) {
        const int now = fetches.load();
        if (now == last)
            return now;
        last = now;
        QTest::qSleep(100);
    }
    return fetches.load();
}

} // namespace

class TestPrefetcher : public QObject
{
    Q_OBJECT

private slots:
    void deliversEveryItemInOrder_data();
    void deliversEveryItemInOrder();
    void staysBoundedAhead_data();
    void staysBoundedAhead();
    void errorEndsTheFetching();
    void stopWhileTheProducerWaits();
    void destroyedUnread();
    void zeroCapacityMeansOne();
};

void TestPrefetcher::deliversEveryItemInOrder_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("capacity");
    QTest::newRow("empty") << 0 << 4;
    QTest::newRow("one") << 1 << 4;
    QTest::newRow("fewer than the capacity") << 3 << 4;
    QTest::newRow("many, capacity 1") << 500 << 1;
    QTest::newRow("many, capacity 4") << 2000 << 4;
}

void TestPrefetcher::deliversEveryItemInOrder()
{
    QFETCH(int, count);
    QFETCH(int, capacity);
    std::atomic<int> fetches = 0;
    Prefetcher<Item> items(std::size_t(capacity), counting(count, fetches));
    int expected = 0;
    while (std::optional<Item> item = items.next()) {
        QVERIFY(*item);
        QCOMPARE(**item, expected);
        ++expected;
    }
    QCOMPARE(expected, count);
    QVERIFY(!items.error());
    QCOMPARE(fetches.load(), count + 1); // the last fetch said the end
    QVERIFY(!items.next());              // and it stays at the end
}

void TestPrefetcher::staysBoundedAhead_data()
{
    QTest::addColumn<int>("capacity");
    QTest::newRow("1") << 1;
    QTest::newRow("4") << 4;
}

void TestPrefetcher::staysBoundedAhead()
{
    QFETCH(int, capacity);
    std::atomic<int> fetches = 0;
    Prefetcher<Item> items(std::size_t(capacity), counting(1000, fetches));
    // Nobody reads: the queue fills, and one more item waits in the producer's hands.
    QCOMPARE(settled(fetches), capacity + 1);
    // Each item taken lets exactly one more be fetched.
    for (int taken = 1; taken <= 3; ++taken) {
        std::optional<Item> item = items.next();
        QVERIFY(item);
        QCOMPARE(**item, taken - 1);
        QCOMPARE(settled(fetches), capacity + 1 + taken);
    }
}

void TestPrefetcher::errorEndsTheFetching()
{
    std::atomic<int> fetches = 0;
    Prefetcher<Item> items(4, [&fetches]() -> Result<std::optional<Item>> {
        const int n = fetches++;
        if (n == 3)
            return makeError(QStringLiteral("sync.offline"), QStringLiteral("the link dropped"));
        return std::optional<Item>(std::make_unique<int>(n));
    });
    int taken = 0;
    while (std::optional<Item> item = items.next())
        QCOMPARE(**item, taken++);
    QCOMPARE(taken, 3); // what came before the failure is still delivered
    const std::optional<Error> error = items.error();
    QVERIFY(error);
    QCOMPARE(error->code, QStringLiteral("sync.offline"));
    QCOMPARE(settled(fetches), 4); // no fetch after the failure
}

void TestPrefetcher::stopWhileTheProducerWaits()
{
    std::atomic<int> fetches = 0;
    Prefetcher<Item> items(2, counting(1000, fetches));
    QVERIFY(items.next());
    QCOMPARE(settled(fetches), 4); // 1 taken, 2 queued, 1 waiting for room
    items.stop();
    QCOMPARE(fetches.load(), 4); // the waiting item was dropped, nothing fetched after
    QVERIFY(!items.next());
    QVERIFY(!items.error()); // a stop is no failure
}

void TestPrefetcher::destroyedUnread()
{
    std::atomic<int> fetches = 0;
    {
        Prefetcher<Item> items(3, counting(1000, fetches));
        QCOMPARE(settled(fetches), 4);
    } // joins its thread: a hang here would time the test out
    QCOMPARE(fetches.load(), 4);
}

void TestPrefetcher::zeroCapacityMeansOne()
{
    std::atomic<int> fetches = 0;
    Prefetcher<Item> items(0, counting(10, fetches));
    QCOMPARE(items.capacity(), std::size_t(1));
    QCOMPARE(settled(fetches), 2);
    int taken = 0;
    while (items.next())
        ++taken;
    QCOMPARE(taken, 10);
}

QTEST_GUILESS_MAIN(TestPrefetcher)
#include "tst_prefetcher.moc"
