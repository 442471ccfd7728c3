// SPDX-License-Identifier: GPL-3.0-or-later
// Storage::DetachedRtree: an R-tree built on a connection of its own and copied into a
// GeoPackage's R-tree is one SQLite itself finds sound and that answers window queries as
// the points say.
#include <cc/storage/database.h>
#include <cc/storage/detachedrtree.h>

#include "resultcheck.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cc;
using namespace Cc::Storage;

class tst_DetachedRtree : public QObject
{
    Q_OBJECT

private slots:
    void copiedTreeIsSoundAndAnswersWindows_data();
    void copiedTreeIsSoundAndAnswersWindows();
    void anotherPageSizeIsRefused();

private:
    std::unique_ptr<Database> newDatabase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("t%1.gpkg").arg(++m_counter)),
                                 Database::OpenMode::Create);
        return db ? std::move(db).value() : nullptr;
    }
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void tst_DetachedRtree::copiedTreeIsSoundAndAnswersWindows_data()
{
    QTest::addColumn<int>("points");
    QTest::newRow("empty") << 0;
    QTest::newRow("one node") << 40;
    QTest::newRow("three levels") << 30000;
}

void tst_DetachedRtree::copiedTreeIsSoundAndAnswersWindows()
{
    QFETCH(int, points);
    auto db = newDatabase();
    QVERIFY(db);
    auto pageSize = db->scalar(QStringLiteral("PRAGMA page_size"));
    CC_VERIFY_OK(pageSize);
    auto tree = DetachedRtree::create(QStringLiteral("rtree_component_geom"),
                                      int(pageSize.value()));
    CC_VERIFY_OK(tree);
    QRandomGenerator random(7);
    QList<QPointF> at;
    for (int i = 1; i <= points; ++i) {
        at.append({114.2 + random.bounded(0.2), 35.8 + random.bounded(0.2)});
        CC_VERIFY_OK(
            tree.value()->add(i, at.last().x(), at.last().x(), at.last().y(), at.last().y()));
    }
    // What was there before is replaced, inside the target's transaction.
    CC_VERIFY_OK(
        db->exec(QStringLiteral("INSERT INTO rtree_component_geom VALUES (999999, 1, 2, 3, 4)")));
    CC_VERIFY_OK(db->exec(QStringLiteral("BEGIN")));
    CC_VERIFY_OK(tree.value()->copyInto(*db));
    CC_VERIFY_OK(db->exec(QStringLiteral("COMMIT")));

    auto check = db->prepare(QStringLiteral("SELECT rtreecheck('rtree_component_geom')"));
    CC_VERIFY_OK(check);
    QVERIFY(check.value().step().value());
    QCOMPARE(check.value().text(0), QStringLiteral("ok"));
    QCOMPARE(db->rowCount(QStringLiteral("rtree_component_geom")), qint64(points));
    for (const QRectF window :
         {QRectF(114.25, 35.85, 0.05, 0.05), QRectF(114.3, 35.8, 0.1, 0.2), QRectF(0, 0, 1, 1)}) {
        // `+minx` is no column constraint, so SQLite scans every entry instead of searching.
        const auto count = [&](const QString &prefix) {
            return db->scalar(
                QStringLiteral("SELECT count(*) FROM rtree_component_geom WHERE %1minx >= %2 AND "
                               "%1maxx <= %3 AND %1miny >= %4 AND %1maxy <= %5")
                    .arg(prefix)
                    .arg(window.left(), 0, 'g', 17)
                    .arg(window.right(), 0, 'g', 17)
                    .arg(window.top(), 0, 'g', 17)
                    .arg(window.bottom(), 0, 'g', 17));
        };
        auto searched = count(QString());
        auto scanned = count(QStringLiteral("+"));
        CC_VERIFY_OK(searched);
        CC_VERIFY_OK(scanned);
        QCOMPARE(searched.value(), scanned.value());
        // The R-tree keeps 32-bit floats rounded outwards (~1e-5° here): a point that close to
        // the window's edge may count either way.
        const qint64 expected = std::count_if(at.cbegin(), at.cend(),
                                              [&](const QPointF &p) { return window.contains(p); });
        QVERIFY2(qAbs(scanned.value() - expected) <= points / 5000 + 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(scanned.value()).arg(expected)));
    }
    // The tree is the target's own now: it takes the next entry as any other.
    CC_VERIFY_OK(db->exec(QStringLiteral(
        "INSERT INTO rtree_component_geom VALUES (999999, 114.3, 114.3, 35.9, 35.9)")));
    check.value().reset();
    QVERIFY(check.value().step().value());
    QCOMPARE(check.value().text(0), QStringLiteral("ok"));
}

void tst_DetachedRtree::anotherPageSizeIsRefused()
{
    auto db = newDatabase();
    QVERIFY(db);
    auto tree = DetachedRtree::create(QStringLiteral("rtree_component_geom"), 8192);
    CC_VERIFY_OK(tree);
    CC_VERIFY_OK(tree.value()->add(1, 114.3, 114.3, 35.9, 35.9));
    CC_VERIFY_OK(db->exec(
        QStringLiteral("INSERT INTO rtree_component_geom VALUES (7, 114.2, 114.2, 35.8, 35.8)")));
    auto copied = tree.value()->copyInto(*db);
    QVERIFY(!copied);
    QCOMPARE(copied.error().code, QStringLiteral("database.rtree-page-size"));
    QCOMPARE(db->rowCount(QStringLiteral("rtree_component_geom")), qint64(1)); // untouched
}

QTEST_GUILESS_MAIN(tst_DetachedRtree)
#include "tst_detachedrtree.moc"
