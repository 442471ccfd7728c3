// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl geocode and export, as a batch user runs them: lines in, one answer per line out;
// exported files read back by GDAL's ogrinfo.
#include "../unit/map/mapfixture.h"
#include "cityctlrunner.h"

#include <cc/storage/database.h>

#include "resultcheck.h"

#include <QFile>
#include <QProcess>
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
        CC_VERIFY_OK(db);
        const QString failed = writeDatabase(**db);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void geocode()
    {
        auto line = [](QPointF p) {
            return QStringLiteral("%1,%2\n").arg(p.x(), 0, 'g', 17).arg(p.y(), 0, 'g', 17);
        };
        QString input;
        input += line(at(0.5, 0.5)); // inside 01
        input += line(at(1.5, 1.5)); // inside 04
        input += line(at(1, 0.5));   // shared edge 01|02 → 01
        input += line(at(1, 1));     // corner of all four → 01
        input += line(at(2, 1.5));   // outer edge of 04
        input += line(at(3, 3));     // outside every grid
        input += QStringLiteral(" %1 , %2 \r\n")
                     .arg(at(1.5, 0.5).x(), 0, 'g', 17)
                     .arg(at(1.5, 0.5).y(), 0, 'g', 17);
        const Run r = cityctl({"geocode", "--db", m_db}, input.toUtf8());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.out.split('\n'),
                 (QStringList{code(1), code(4), code(1), code(1), code(4), "", code(2), ""}));

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
        QTest::newRow("unit-grids-gpkg") << "unit-grids"
                                         << "u.gpkg" << 4;
        QTest::newRow("unit-grids-geojson") << "unit-grids"
                                            << "u.geojson" << 4;
        QTest::newRow("unit-grids-shp") << "unit-grids"
                                        << "u.shp" << 4;
        QTest::newRow("communities-shp") << "communities"
                                         << "c.shp" << 1;
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

    void importGrids_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("geojson") << "geojson";
        QTest::newRow("geopackage") << "gpkg";
        QTest::newRow("shapefile") << "shp";
    }

    void importGrids()
    {
        // A surveyor's file: grid 04 cut in two (04 west, 05 east), field WGBM, written by
        // GDAL's ogr2ogr in each format from GeoJSON.
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString db = dir.filePath("city.gpkg");
        {
            auto d = Cc::Storage::Database::open(db, Cc::Storage::Database::OpenMode::Create);
            CC_VERIFY_OK(d);
            QVERIFY(writeDatabase(**d).isEmpty());
        }
        auto ring = [](Cc::Geo::Ring r) {
            QStringList pts;
            for (const QPointF &p : r)
                pts << QStringLiteral("[%1,%2]").arg(p.x(), 0, 'g', 17).arg(p.y(), 0, 'g', 17);
            return "[[" + pts.join(",") + "]]";
        };
        const QString json = dir.filePath("survey.geojson");
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"WGBM":"%1"},"geometry":{"type":"Polygon","coordinates":%2}},
{"type":"Feature","properties":{"WGBM":"%3"},"geometry":{"type":"Polygon","coordinates":%4}}]})")
                    .arg(code(4), ring(cell(1, 1, 1.5, 2)), code(5), ring(cell(1.5, 1, 2, 2)))
                    .toUtf8());
        f.close();
        QString path = json;
        if (format != "geojson") {
            path = dir.filePath("survey." + format);
            QProcess ogr;
            ogr.start("ogr2ogr", {path, json});
            QVERIFY(ogr.waitForFinished(60000) && ogr.exitCode() == 0);
        }
        // Without the mapping the file's field is not a code: refused, nothing written.
        Run r = cityctl(
            {"import", "--db", db, "--layer", "unit-grids", "--in", path, "--as", "sup01"});
        QCOMPARE(r.code, 1);
        // An operator may not.
        r = cityctl({"import", "--db", db, "--layer", "unit-grids", "--in", path, "--field",
                     "code=WGBM", "--as", "op01"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("supervisor"), qPrintable(describe(r)));
        r = cityctl({"import", "--db", db, "--layer", "unit-grids", "--in", path, "--field",
                     "code=WGBM", "--as", "sup01"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("1") && r.out.contains("added"), qPrintable(r.out));
        r = cityctl({"geocode", "--db", db}, QStringLiteral("%1,%2\n")
                                                 .arg(at(1.75, 1.5).x(), 0, 'g', 17)
                                                 .arg(at(1.75, 1.5).y(), 0, 'g', 17)
                                                 .toUtf8());
        QCOMPARE(r.out.trimmed(), code(5));
    }

    void importRefusesAnOverlapAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("city.gpkg");
        {
            auto d = Cc::Storage::Database::open(db, Cc::Storage::Database::OpenMode::Create);
            CC_VERIFY_OK(d);
            QVERIFY(writeDatabase(**d).isEmpty());
        }
        const QString json = dir.filePath("bad.geojson");
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QPointF a = at(0, 0), b = at(1.3, 1); // 01 grown into 02
        f.write(
            QStringLiteral(
                R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"%1"},
"geometry":{"type":"Polygon","coordinates":[[[%2,%3],[%4,%3],[%4,%5],[%2,%5],[%2,%3]]]}}]})")
                .arg(code(1))
                .arg(a.x(), 0, 'g', 17)
                .arg(a.y(), 0, 'g', 17)
                .arg(b.x(), 0, 'g', 17)
                .arg(b.y(), 0, 'g', 17)
                .toUtf8());
        f.close();
        const Run r = cityctl(
            {"import", "--db", db, "--layer", "unit-grids", "--in", json, "--as", "sup01"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("overlap") && r.err.contains("114.30"), qPrintable(describe(r)));
        auto d = Cc::Storage::Database::open(db, Cc::Storage::Database::OpenMode::ReadOnly);
        QCOMPARE((*d)->rowCount("outbox"), 0);
    }

    void importComponents()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("city.gpkg");
        {
            auto d = Cc::Storage::Database::open(db, Cc::Storage::Database::OpenMode::Create);
            CC_VERIFY_OK(d);
            QVERIFY(writeDatabase(**d).isEmpty());
        }
        const auto write = [&](const QString &name, const QString &second) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                return QString();
            const QPointF p = at(0.5, 0.5), q = at(1.5, 1.5);
            f.write(QStringLiteral(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"BSM":"4105230101000001","MC":"上水井盖"},"geometry":{"type":"Point","coordinates":[%1,%2]}},
{"type":"Feature","properties":{"BSM":"%3","MC":"路灯"},"geometry":{"type":"Point","coordinates":[%4,%5]}}]})")
                        .arg(p.x(), 0, 'g', 17)
                        .arg(p.y(), 0, 'g', 17)
                        .arg(second)
                        .arg(q.x(), 0, 'g', 17)
                        .arg(q.y(), 0, 'g', 17)
                        .toUtf8());
            return f.fileName();
        };
        const QString bad = write("bad.geojson", "4105230101000001"); // the same id twice
        Run r = cityctl({"import", "--db", db, "--layer", "components", "--in", bad, "--field",
                         "object_code=BSM", "--field", "name=MC"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Feature 2"), qPrintable(describe(r)));
        const QString good = write("good.geojson", "4105230102000007");
        r = cityctl({"import", "--db", db, "--layer", "components", "--in", good, "--field",
                     "object_code=BSM", "--field", "name=MC"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        auto d = Cc::Storage::Database::open(db, Cc::Storage::Database::OpenMode::ReadOnly);
        QCOMPARE((*d)->rowCount("component"), 2);
        QCOMPARE((*d)->rowCount("outbox"), 2);
        auto st = (*d)->prepare(
            "SELECT grid_code FROM component WHERE object_code = '4105230102000007'");
        QVERIFY(st.value().step().value());
        QCOMPARE(st.value().text(0), code(4));
    }

    void exportRefusesUnknownLayer()
    {
        const Run r = cityctl(
            {"export", "--db", m_db, "--layer", "rivers", "--out", m_dir.filePath("x.gpkg")});
        QCOMPARE(r.code, 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCityctlMap)
#include "tst_cityctl_map.moc"
