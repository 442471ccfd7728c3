// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl geocode and export, as a batch user runs them: lines in, one answer per line out;
// exported files read back by GDAL's ogrinfo.
#include "../unit/map/mapfixture.h"
#include "cityctlrunner.h"

#include <cc/storage/database.h>

#include <QTest>

using namespace CityctlTest;
using namespace MapFixture;

class TestCityctlMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("city.gpkg");
        auto db = Cc::Storage::Database::open(m_db, Cc::Storage::Database::OpenMode::Create);
        QVERIFY(db.ok());
        const QString failed = writeDatabase(**db);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void geocode()
    {
        auto line = [](QPointF p) { return QStringLiteral("%1,%2\n").arg(p.x(), 0, 'g', 17).arg(p.y(), 0, 'g', 17); };
        QString input;
        input += line(at(0.5, 0.5));   // inside 01
        input += line(at(1.5, 1.5));   // inside 04
        input += line(at(1, 0.5));     // shared edge 01|02 → 01
        input += line(at(1, 1));       // corner of all four → 01
        input += line(at(2, 1.5));     // outer edge of 04
        input += line(at(3, 3));       // outside every grid
        input += QStringLiteral(" %1 , %2 \r\n").arg(at(1.5, 0.5).x(), 0, 'g', 17).arg(at(1.5, 0.5).y(), 0, 'g', 17);
        const Run r = cityctl({"geocode", "--db", m_db}, input.toUtf8());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.out.split('\n'), (QStringList{code(1), code(4), code(1), code(1), code(4), "", code(2), ""}));

        const Run all = cityctl({"geocode", "--db", m_db, "--all"}, line(at(1.5, 0.5)).toUtf8());
        QCOMPARE(all.out, code(2) + ",R01," + kCommunity + "\n");
    }

    void geocodeKeepsLinesOnBadInput()
    {
        const Run r = cityctl({"geocode", "--db", m_db}, "nonsense\n114.301,35.901\n");
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, "\n" + code(1) + "\n");
        QVERIFY2(r.err.contains("line 1"), qPrintable(describe(r)));
    }

    void geocodeRefusesMissingDatabase()
    {
        const Run r = cityctl({"geocode", "--db", m_dir.filePath("none.gpkg")}, "1,1\n");
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
    }

    void exportReadBack_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::newRow("unit-grids-gpkg") << "unit-grids" << "u.gpkg" << 4;
        QTest::newRow("unit-grids-geojson") << "unit-grids" << "u.geojson" << 4;
        QTest::newRow("unit-grids-shp") << "unit-grids" << "u.shp" << 4;
        QTest::newRow("communities-shp") << "communities" << "c.shp" << 1;
    }

    void exportReadBack()
    {
        QFETCH(QString, layer);
        QFETCH(QString, file);
        QFETCH(int, count);
        const QString path = m_dir.filePath(file);
        const Run r = cityctl({"export", "--db", m_db, "--layer", layer, "--out", path});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QProcess ogr;
        ogr.start("ogrinfo", {"-al", "-so", path});
        QVERIFY(ogr.waitForFinished(60000));
        const QString info = QString::fromUtf8(ogr.readAllStandardOutput());
        QVERIFY2(info.contains(QStringLiteral("Feature Count: %1").arg(count)), qPrintable(info));
        QVERIFY2(info.contains("4490"), qPrintable(info));
    }

    void exportRefusesUnknownLayer()
    {
        const Run r = cityctl({"export", "--db", m_db, "--layer", "rivers", "--out", m_dir.filePath("x.gpkg")});
        QCOMPARE(r.code, 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCityctlMap)
#include "tst_cityctl_map.moc"
