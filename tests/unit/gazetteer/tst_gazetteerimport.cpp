// SPDX-License-Identifier: GPL-3.0-or-later
// Import through GDAL: streets from a GeoPackage and a Shapefile with their own field names,
// places from a CSV, a mapping that names a missing field, numbers that are not numbers.
#include "testnetwork.h"

#include <cc/gazetteer/gazetteerimport.h>
#include <cc/gazetteer/matcher.h>
#include <cc/geo/vectorio.h>
#include <cc/storage/database.h>

#include <resultcheck.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Cc;
using namespace Cc::Gazetteer;

class tst_GazetteerImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void streetsWithMapping_data();
    void streetsWithMapping();
    void placesFromCsv();
    void refusals_data();
    void refusals();
    void mappingText();

private:
    QString writeStreets(const QString &file, const QVariant &badNumber = {});
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
};

void tst_GazetteerImport::init()
{
    m_db.reset();
    const QString path = m_dir.filePath(QStringLiteral("city-%1.gpkg")
                                            .arg(QString::fromLatin1(QTest::currentTestFunction())
                                                 + QString::fromUtf8(QTest::currentDataTag())));
    QFile::remove(path);
    auto db = Storage::Database::open(path, Storage::Database::OpenMode::Create);
    CC_VERIFY_OK(db);
    m_db = std::move(db).value();
}

/// The test town's streets as a surveyor's file: Chinese-pinyin field names of their own.
QString tst_GazetteerImport::writeStreets(const QString &file, const QVariant &badNumber)
{
    QList<Geo::VectorFeature> features;
    for (const Street &s : GazTest::town().streets) {
        Geo::VectorFeature f;
        f.line = s.line;
        f.attributes = {{QStringLiteral("LUMING"), s.name},
                        {QStringLiteral("ZQ"), qint64(s.leftFrom)},
                        {QStringLiteral("ZZ"), qint64(s.leftTo)},
                        {QStringLiteral("YQ"), qint64(s.rightFrom)},
                        {QStringLiteral("YZ"),
                         badNumber.isValid() ? badNumber : qint64(s.rightTo)}};
        features << f;
    }
    const QString path = m_dir.filePath(file);
    const auto r = Geo::writeLayer(path, Geo::formatFromPath(path), QStringLiteral("roads"),
                                   {QStringLiteral("LUMING"), QStringLiteral("ZQ"),
                                    QStringLiteral("ZZ"), QStringLiteral("YQ"),
                                    QStringLiteral("YZ")},
                                   features);
    return r ? path : QString();
}

void tst_GazetteerImport::streetsWithMapping_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("GeoPackage") << "roads.gpkg";
    QTest::newRow("Shapefile") << "roads.shp";
}

void tst_GazetteerImport::streetsWithMapping()
{
    QFETCH(QString, file);
    const QString path = writeStreets(file);
    QVERIFY(!path.isEmpty());
    auto mapping = parseMapping(
        QStringLiteral("name=LUMING,from_left=ZQ,to_left=ZZ,from_right=YQ,to_right=YZ"));
    CC_VERIFY_OK(mapping);
    auto counts = importLayer(*m_db, path, QStringLiteral("roads"), mapping.value());
    CC_VERIFY_OK(counts);
    QCOMPARE(counts->streets, 6);
    QCOMPARE(counts->intersections, 6);
    // Imported again: replaced, not doubled.
    CC_VERIFY_OK(importLayer(*m_db, path, QStringLiteral("roads"), mapping.value()));
    auto data = GazetteerStore(*m_db).load();
    CC_VERIFY_OK(data);
    QCOMPARE(data->streets.size(), 6);
    // The numbers came through: 人民路12号 is on the south side of the west block.
    const Matcher matcher(data.value());
    const QList<Candidate> found = matcher.match(QStringLiteral("人民路12号"));
    QVERIFY(!found.isEmpty());
    QVERIFY(Geo::groundDistanceM(found.first().point, GazTest::at(-600 + 600 * 10.0 / 58, -12))
            < 1.0);
}

void tst_GazetteerImport::placesFromCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("poi.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    const QPointF school = GazTest::at(300, 300), market = GazTest::at(-200, 100);
    csv.write(QStringLiteral("MC,BM,LB,lon,lat\n"
                             "第一中学,一中|县一中,school,%1,%2\n"
                             "东关农贸市场,东关菜市场,market,%3,%4\n")
                  .arg(school.x(), 0, 'f', 8)
                  .arg(school.y(), 0, 'f', 8)
                  .arg(market.x(), 0, 'f', 8)
                  .arg(market.y(), 0, 'f', 8)
                  .toUtf8());
    csv.close();
    auto mapping = parseMapping(QStringLiteral("name=MC,aliases=BM,kind=LB"));
    CC_VERIFY_OK(mapping);
    auto counts = importLayer(*m_db, path, {}, mapping.value());
    CC_VERIFY_OK(counts);
    QCOMPARE(counts->places, 2);
    auto data = GazetteerStore(*m_db).load();
    CC_VERIFY_OK(data);
    const Matcher matcher(data.value());
    const QList<Candidate> found = matcher.match(QStringLiteral("东关菜市场"));
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().label, QStringLiteral("东关农贸市场"));
    QVERIFY(Geo::groundDistanceM(found.first().point, market) < 0.5);
}

void tst_GazetteerImport::refusals_data()
{
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<QVariant>("badNumber");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing field") << "name=MINGCHENG" << QVariant() << "geo.no-field";
    QTest::newRow("number is text")
        << "name=LUMING,to_right=YZ" << QVariant(QStringLiteral("十二")) << "gazetteer.bad-row";
    QTest::newRow("mixed parity") << "name=LUMING,from_right=YQ,to_right=YZ"
                                  << QVariant(qint64(119)) << "gazetteer.bad-row";
}

void tst_GazetteerImport::refusals()
{
    QFETCH(QString, mapping);
    QFETCH(QVariant, badNumber);
    QFETCH(QString, code);
    const QString path = writeStreets(QStringLiteral("bad.gpkg"), badNumber);
    QVERIFY(!path.isEmpty());
    auto parsed = parseMapping(mapping);
    CC_VERIFY_OK(parsed);
    QCOMPARE(CcTest::codeOf(importLayer(*m_db, path, {}, parsed.value())), code);
    auto counts = GazetteerStore(*m_db).counts();
    CC_VERIFY_OK(counts);
    QCOMPARE(counts.value()[0], 0); // nothing of the layer
}

void tst_GazetteerImport::mappingText()
{
    QCOMPARE(CcTest::codeOf(parseMapping(QStringLiteral("name"))),
             QStringLiteral("gazetteer.bad-mapping"));
    QCOMPARE(CcTest::codeOf(parseMapping(QStringLiteral("colour=FARBE"))),
             QStringLiteral("gazetteer.bad-mapping"));
    auto ok = parseMapping(QStringLiteral(" name = NAME , from_left=L_F"));
    CC_VERIFY_OK(ok);
    QCOMPARE(ok->value(QStringLiteral("from_left")), QStringLiteral("L_F"));
    QCOMPARE(ok->value(QStringLiteral("name")), QStringLiteral("NAME"));
}

QTEST_GUILESS_MAIN(tst_GazetteerImport)
#include "tst_gazetteerimport.moc"
