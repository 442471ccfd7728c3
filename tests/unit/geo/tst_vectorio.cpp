// SPDX-License-Identifier: GPL-3.0-or-later
// Import and export through GDAL: every format written by us is read back by GDAL's own
// ogrinfo and by our reader; files written by GDAL's ogr2ogr (another CRS, other field
// names) import with a field mapping.
#include <cc/geo/vectorio.h>

#include "resultcheck.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Cc::Geo;

namespace {

Ring rect(double x0, double y0, double x1, double y1)
{
    return {QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1), QPointF(x0, y0)};
}

QList<VectorFeature> grids()
{
    QList<VectorFeature> out;
    for (int i = 0; i < 3; ++i) {
        VectorFeature f;
        f.attributes.insert("code", QStringLiteral("4105230010010%1").arg(i + 1));
        f.attributes.insert("name", QStringLiteral("网格 %1").arg(i + 1));
        f.attributes.insert("area_m2", 40000.5 + i);
        f.attributes.insert("version", qint64(i + 1));
        f.polygon = {rect(114.3 + 0.002 * i, 35.9, 114.302 + 0.002 * i, 35.902)};
        out << f;
    }
    return out;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestVectorIo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable("ogrinfo").isEmpty(), "gdal-bin is required");
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("geopackage") << "grids.gpkg";
        QTest::newRow("geojson") << "grids.geojson";
        QTest::newRow("shapefile") << "grids.shp";
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        const QList<VectorFeature> written = grids();
        const QStringList fields{"code", "name", "area_m2", "version"};
        qint64 lastDone = -1;
        auto w = writeLayer(path, formatFromPath(path), "grid_unit", fields, written,
                            [&](qint64 done, qint64) {
                                lastDone = done;
                                return true;
                            });
        CC_VERIFY_OK(w);

        // GDAL's own tool sees the layer, the count, the CRS and the fields.
        const QString info = run("ogrinfo", {"-al", "-so", path});
        QVERIFY2(!info.startsWith("FAILED"), qPrintable(info));
        QVERIFY2(info.contains("Feature Count: 3"), qPrintable(info));
        QVERIFY2(info.contains("4490"), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression("code: String")), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression("area_m2: Real")), qPrintable(info));

        auto layers = listLayers(path);
        CC_VERIFY_OK(layers);
        QCOMPARE(layers->size(), 1);
        QCOMPARE(layers->first().featureCount, 3);
        QCOMPARE(layers->first().crs, QStringLiteral("EPSG:4490"));

        auto read = readLayer(path, layers->first().name);
        CC_VERIFY_OK(read);
        QCOMPARE(read->size(), 3);
        for (int i = 0; i < 3; ++i) {
            const VectorFeature &f = read->at(i);
            QCOMPARE(f.attributes.value("code").toString(),
                     written[i].attributes.value("code").toString());
            QCOMPARE(f.attributes.value("name").toString(),
                     written[i].attributes.value("name").toString());
            QCOMPARE(f.attributes.value("area_m2").toDouble(),
                     written[i].attributes.value("area_m2").toDouble());
            QCOMPARE(f.polygon.size(), 1);
            // Shapefile stores rings clockwise: compare as sets of corners.
            for (const QPointF &p : written[i].polygon.first())
                QVERIFY(f.polygon.first().contains(p));
        }
    }

    void importWithMappingAndReprojection_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("geopackage-3857") << "src.gpkg";
        QTest::newRow("geojson-4326") << "src.geojson";
        QTest::newRow("shapefile-3857") << "src.shp";
    }

    void importWithMappingAndReprojection()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        // A surveyor's file, as GDAL writes it: other field names, another CRS.
        const QString source = dir.filePath("survey.geojson");
        QFile json(source);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"GRID_CODE":"41052300100101","NOTE":"a"},
  "geometry":{"type":"Polygon","coordinates":[[[114.3,35.9],[114.302,35.9],[114.302,35.902],[114.3,35.902],[114.3,35.9]]]}},
 {"type":"Feature","properties":{"GRID_CODE":"41052300100102","NOTE":"b"},
  "geometry":{"type":"Polygon","coordinates":[[[114.302,35.9],[114.304,35.9],[114.304,35.902],[114.302,35.902],[114.302,35.9]]]}}]})");
        json.close();
        const QString path = dir.filePath(file);
        const QString srs = file.endsWith(".geojson") ? "EPSG:4326" : "EPSG:3857";
        const QString out = run("ogr2ogr", {"-t_srs", srs, path, source});
        QVERIFY2(!out.startsWith("FAILED"), qPrintable(out));

        int calls = 0;
        auto read = readLayer(path, {}, {{"code", "GRID_CODE"}}, [&](qint64, qint64) {
            ++calls;
            return true;
        });
        CC_VERIFY_OK(read);
        QCOMPARE(read->size(), 2);
        QVERIFY(calls > 0);
        QCOMPARE(read->at(1).attributes.value("code").toString(), QStringLiteral("41052300100102"));
        QVERIFY(!read->at(1).attributes.contains("NOTE")); // only mapped fields
        // Back in lon/lat, to well under a metre.
        bool corner = false;
        for (const QPointF &p : read->at(1).polygon.first())
            corner |= std::abs(p.x() - 114.304) < 1e-6 && std::abs(p.y() - 35.902) < 1e-6;
        QVERIFY(corner);
    }

    void refusals()
    {
        QTemporaryDir dir;
        auto missing = readLayer(dir.filePath("none.gpkg"), {});
        QVERIFY(!missing.ok());
        QCOMPARE(CcTest::codeOf(missing), QStringLiteral("geo.gdal"));

        const QString path = dir.filePath("g.geojson");
        CC_VERIFY_OK(writeLayer(path, VectorFormat::GeoJson, "g", {"code"}, grids()));
        auto badField = readLayer(path, {}, {{"code", "NO_SUCH_FIELD"}});
        QVERIFY(!badField.ok());
        QCOMPARE(CcTest::codeOf(badField), QStringLiteral("geo.no-field"));
        QVERIFY(CcTest::messageOf(badField).contains("NO_SUCH_FIELD"));

        auto badFormat = writeLayer(dir.filePath("g.txt"), formatFromPath("g.txt"), "g", {},
                                    grids());
        QVERIFY(!badFormat.ok());
        QCOMPARE(CcTest::codeOf(badFormat), QStringLiteral("geo.format"));
    }
};

QTEST_GUILESS_MAIN(TestVectorIo)
#include "tst_vectorio.moc"
