// SPDX-License-Identifier: GPL-3.0-or-later
// The gazetteer tables: written and read back, intersections derived on every write, a
// source replaced as a whole, bad rows refused with nothing written.
#include "testnetwork.h"

#include <cc/gazetteer/gazetteer.h>
#include <cc/storage/database.h>

#include <resultcheck.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Cc;
using namespace Cc::Gazetteer;

class tst_GazetteerStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void roundTrip();
    void sourceReplaced();
    void badRowsRefused_data();
    void badRowsRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
};

void tst_GazetteerStore::init()
{
    m_db.reset();
    const QString path = m_dir.filePath(
        QStringLiteral("%1.gpkg").arg(QTest::currentDataTag() ? QTest::currentDataTag() : "db"));
    QFile::remove(path);
    auto db = Storage::Database::open(path, Storage::Database::OpenMode::Create);
    CC_VERIFY_OK(db);
    m_db = std::move(db).value();
}

void tst_GazetteerStore::roundTrip()
{
    const GazetteerData town = GazTest::town();
    GazetteerStore store(*m_db);
    CC_VERIFY_OK(store.add(town.streets, town.places));
    auto back = store.load();
    CC_VERIFY_OK(back);
    QCOMPARE(back->streets.size(), town.streets.size());
    QCOMPARE(back->places.size(), town.places.size());
    QCOMPARE(back->intersections.size(), 6);
    for (qsizetype i = 0; i < town.streets.size(); ++i) {
        const Street &a = town.streets[i], &b = back->streets[i];
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.line, a.line);
        QCOMPARE(QList<int>({b.leftFrom, b.leftTo, b.rightFrom, b.rightTo}),
                 QList<int>({a.leftFrom, a.leftTo, a.rightFrom, a.rightTo}));
    }
    QCOMPARE(back->places[2].aliases, town.places[2].aliases);
    QCOMPARE(back->places[0].extentM, 90.0);
    // GDAL and QGIS see the layers: registered with their geometry type.
    auto type = m_db->scalar(QStringLiteral(
        "SELECT count(*) FROM gpkg_geometry_columns WHERE table_name = 'gazetteer_street' "
        "AND geometry_type_name = 'LINESTRING'"));
    CC_VERIFY_OK(type);
    QCOMPARE(type.value(), 1);
}

void tst_GazetteerStore::sourceReplaced()
{
    const GazetteerData town = GazTest::town();
    GazetteerStore store(*m_db);
    CC_VERIFY_OK(store.add(town.streets, town.places, QStringLiteral("test")));
    // The same source again, with one street less: replaced, not doubled.
    CC_VERIFY_OK(store.add(town.streets.mid(0, 5), {}, QStringLiteral("test")));
    auto counts = store.counts();
    CC_VERIFY_OK(counts);
    QCOMPARE(counts.value()[0], 5);
    QCOMPARE(counts.value()[1], 0);
    QCOMPARE(counts.value()[2], 3); // 迎宾大道 is gone with its three crossings
}

void tst_GazetteerStore::badRowsRefused_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("street without a name") << 0;
    QTest::newRow("one-point street") << 1;
    QTest::newRow("odd and even on one side") << 2;
    QTest::newRow("place without a point") << 3;
    QTest::newRow("negative number") << 4;
}

void tst_GazetteerStore::badRowsRefused()
{
    QFETCH(int, which);
    GazetteerData town = GazTest::town();
    switch (which) {
    case 0:
        town.streets[3].name = QStringLiteral("  ");
        break;
    case 1:
        town.streets[3].line.resize(1);
        break;
    case 2:
        town.streets[3].leftTo = 118;
        break;
    case 3:
        town.places[1].point = QPointF(qQNaN(), 35);
        break;
    case 4:
        town.streets[3].rightFrom = -2;
        break;
    }
    GazetteerStore store(*m_db);
    QCOMPARE(CcTest::codeOf(store.add(town.streets, town.places)),
             QStringLiteral("gazetteer.bad-row"));
    auto counts = store.counts();
    CC_VERIFY_OK(counts);
    QCOMPARE(counts.value(), (std::array<qint64, 3>{0, 0, 0}));
}

QTEST_GUILESS_MAIN(tst_GazetteerStore)
#include "tst_gazetteerstore.moc"
