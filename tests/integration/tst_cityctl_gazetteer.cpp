// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl gazetteer import|info and geocode --address on a demo city (docs/gazetteer.md):
// the candidates with score, point, grid and community (text and JSON), a Shapefile of
// streets imported with a field mapping, and the refusals with their codes and exit status.
#include "cityctlrunner.h"

#include <cc/geo/vectorio.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace CityctlTest;

class tst_CityctlGazetteer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("city.gpkg"));
        const Run r = cityctl({QStringLiteral("init-demo"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--cases"), QStringLiteral("0"),
                               QStringLiteral("--components"), QStringLiteral("0")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("gazetteer: ")), qPrintable(r.out));
    }

    void geocodePrintsCandidates()
    {
        const Run r = cityctl({QStringLiteral("geocode"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--address"),
                               QStringLiteral("人民路与解放路交叉口向西180米北侧")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QString first = r.out.section(u'\n', 0, 0);
        QVERIFY2(first.startsWith(
                     QStringLiteral("1. 1.00  人民路与解放路交叉口向西180米北侧  114.")),
                 qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("grid 410523")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("社区")), qPrintable(first));
    }

    void geocodeJson()
    {
        const Run r = cityctl({QStringLiteral("geocode"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--address"), QStringLiteral("dyzx东门"),
                               QStringLiteral("--json"), QStringLiteral("--limit"),
                               QStringLiteral("2")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty() && rows.size() <= 2);
        const QJsonObject top = rows.first().toObject();
        QCOMPARE(top.value(QStringLiteral("label")).toString(), QStringLiteral("第一中学东门"));
        QCOMPARE(top.value(QStringLiteral("kind")).toString(), QStringLiteral("place"));
        QVERIFY(top.value(QStringLiteral("score")).toDouble() > 0.9);
        QVERIFY(!top.value(QStringLiteral("grid")).toString().isEmpty());
        QVERIFY(!top.value(QStringLiteral("community_name")).toString().isEmpty());
    }

    void noMatchRefused()
    {
        const Run r = cityctl({QStringLiteral("geocode"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--address"), QStringLiteral("北京天安门广场")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("[gazetteer.no-match]")), qPrintable(r.err));
        const Run bad = cityctl({QStringLiteral("geocode"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--address"), QStringLiteral("人民路"),
                                 QStringLiteral("--limit"), QStringLiteral("0")});
        QCOMPARE(bad.code, 2);
    }

    void importShapefileWithMapping()
    {
        // A new street east of 东环路 with the surveyor's field names.
        Cc::Geo::VectorFeature f;
        f.line = {QPointF(114.3950, 35.9200), QPointF(114.3950, 35.9100)};
        f.attributes = {{QStringLiteral("LM"), QStringLiteral("新开路")},
                        {QStringLiteral("ZQ"), qint64(1)},
                        {QStringLiteral("ZZ"), qint64(99)}};
        const QString shp = m_dir.filePath(QStringLiteral("new.shp"));
        QVERIFY(
            Cc::Geo::writeLayer(shp, Cc::Geo::VectorFormat::Shapefile, QStringLiteral("new"),
                                {QStringLiteral("LM"), QStringLiteral("ZQ"), QStringLiteral("ZZ")},
                                {f}));
        const Run bad = cityctl({QStringLiteral("gazetteer"), QStringLiteral("import"), shp,
                                 QStringLiteral("--db"), m_db, QStringLiteral("--map"),
                                 QStringLiteral("name=LM,colour=ZQ")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("gazetteer.bad-mapping")), qPrintable(bad.err));
        const Run r = cityctl({QStringLiteral("gazetteer"), QStringLiteral("import"), shp,
                               QStringLiteral("--db"), m_db, QStringLiteral("--map"),
                               QStringLiteral("name=LM,from_left=ZQ,to_left=ZZ")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("Imported 1 street rows and 0 places")),
                 qPrintable(r.out));
        const Run found = cityctl({QStringLiteral("geocode"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--address"), QStringLiteral("新开路50号")});
        QVERIFY2(found.code == 0, qPrintable(describe(found)));
        QVERIFY2(found.out.startsWith(QStringLiteral("1. "))
                     && found.out.contains(QStringLiteral("新开路")),
                 qPrintable(found.out));
        const Run info = cityctl(
            {QStringLiteral("gazetteer"), QStringLiteral("info"), QStringLiteral("--db"), m_db});
        QVERIFY2(info.code == 0, qPrintable(describe(info)));
    }
};

QTEST_GUILESS_MAIN(tst_CityctlGazetteer)
#include "tst_cityctl_gazetteer.moc"
