// SPDX-License-Identifier: GPL-3.0-or-later
// Which segments the recorder deletes (planPruning): retention, per-camera and overall quota,
// never the open segment; and the spans of a camera's segments.

#include <cc/recording/retention.h>

#include <QTest>

using namespace Cc::Recording;

namespace {
constexpr qint64 kDay = 86'400'000'000LL;
constexpr qint64 kNow = 1'800'000'000'000'000LL;

// "a1:100:closed:-2" = camera a, id 1, 100 bytes, closed, started 2 days ago (1 h long).
QList<Segment> parse(const QString &spec)
{
    QList<Segment> rows;
    for (const QString &item : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList f = item.split(QLatin1Char(':'));
        const qint64 start = kNow + f[3].toLongLong() * kDay;
        rows.append(Segment{f[0].mid(1).toLongLong(), f[0].left(1), item, start,
                            start + 3'600'000'000LL, f[1].toLongLong(), f[2]});
    }
    return rows;
}
} // namespace

class TestRetention : public QObject
{
    Q_OBJECT
private slots:
    void plan_data()
    {
        QTest::addColumn<QString>("segments");
        QTest::addColumn<qint64>("cameraQuota");
        QTest::addColumn<qint64>("totalQuota");
        QTest::addColumn<int>("days");
        QTest::addColumn<QList<qint64>>("deleted");
        const QString ring = QStringLiteral("a1:100:closed:-9 b2:100:closed:-8 a3:100:closed:-7 "
                                            "b4:100:closed:-6 a5:100:open:-5");
        QTest::newRow("no limits") << ring << 0LL << 0LL << 0 << QList<qint64>{};
        QTest::newRow("retention") << ring << 0LL << 0LL << 7 << QList<qint64>{1, 2};
        QTest::newRow("camera quota") << ring << 150LL << 0LL << 0 << QList<qint64>{1, 2, 3};
        QTest::newRow("total quota") << ring << 0LL << 250LL << 0 << QList<qint64>{1, 2, 3};
        QTest::newRow("all three") << ring << 250LL << 150LL << 8 << QList<qint64>{1, 2, 3, 4};
        QTest::newRow("open segment is never deleted")
            << QStringLiteral("a1:500:open:-1") << 100LL << 100LL << 0 << QList<qint64>{};
        QTest::newRow("quota of one camera leaves the other")
            << QStringLiteral("a1:100:closed:-3 b2:100:closed:-2 a3:100:closed:-1") << 100LL << 0LL
            << 0 << QList<qint64>{1};
    }

    void plan()
    {
        QFETCH(QString, segments);
        QFETCH(qint64, cameraQuota);
        QFETCH(qint64, totalQuota);
        QFETCH(int, days);
        QFETCH(QList<qint64>, deleted);
        QList<qint64> ids;
        for (const Segment &s : planPruning(parse(segments), {cameraQuota, totalQuota, days}, kNow))
            ids.append(s.id);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, deleted);
    }

    void spans()
    {
        QList<Segment> rows;
        for (auto [start, end] : {std::pair{0LL, 2'000'000LL},
                                  {2'000'000LL, 4'000'000LL},
                                  {4'300'000LL, 6'000'000LL},
                                  {9'000'000LL, 10'000'000LL}})
            rows.append(
                Segment{0, QStringLiteral("a"), {}, start, end, 0, QStringLiteral("closed")});
        QCOMPARE(mergeSpans(rows), (QList<Span>{{0, 6'000'000}, {9'000'000, 10'000'000}}));
        QCOMPARE(mergeSpans(rows, 100'000),
                 (QList<Span>{{0, 4'000'000}, {4'300'000, 6'000'000}, {9'000'000, 10'000'000}}));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
