// SPDX-License-Identifier: GPL-3.0-or-later
// The local database must be a GeoPackage GDAL (and so QGIS) reads and writes without a
// complaint: this writes one through our repositories and checks it with GDAL/OGR, then
// writes through GDAL and reads it back with ours.

#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include "resultcheck.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace Cc;
using namespace Cc::Storage;

namespace {

QStringList g_gdalMessages;

void CPL_STDCALL collectGdalMessages(CPLErr level, CPLErrorNum, const char *message)
{
    if (level >= CE_Warning)
        g_gdalMessages.append(QString::fromUtf8(message));
}

Ring square(double x0, double y0, double size)
{
    return {QPointF(x0, y0), QPointF(x0 + size, y0), QPointF(x0 + size, y0 + size),
            QPointF(x0, y0 + size), QPointF(x0, y0)};
}

struct DatasetCloser
{
    void operator()(void *ds) const
    {
        if (ds)
            GDALClose(ds);
    }
};
using Dataset = std::unique_ptr<void, DatasetCloser>;

/// ISO WKB of an OGR geometry, to compare byte for byte with the WKB inside our blobs.
QByteArray isoWkb(OGRGeometryH geometry)
{
    QByteArray wkb(OGR_G_WkbSize(geometry), Qt::Uninitialized);
    OGR_G_ExportToIsoWkb(geometry, wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
    return wkb;
}

/// The WKB part of a GeoPackage blob (after the header and its envelope).
QByteArray wkbOf(const QByteArray &blob)
{
    static const int kEnvelopeBytes[] = {0, 32, 48, 48, 64};
    return blob.mid(8 + kEnvelopeBytes[(quint8(blob.at(3)) >> 1) & 7]);
}

} // namespace

class TestGpkgGdal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, QByteArray> m_expectedWkb; ///< "table/id" -> WKB we wrote

    struct LayerExpectation
    {
        const char *name;
        OGRwkbGeometryType type;
        int count;
    };

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GDALAllRegister();
        CPLSetErrorHandler(collectGdalMessages);
        m_path = m_dir.filePath(QStringLiteral("city.gpkg"));

        auto opened = Database::open(m_path, Database::OpenMode::Create);
        CC_VERIFY_OK(opened);
        Database &db = *opened.value();
        SpatialRepository spatial(db);
        Transaction tx(db);
        QVERIFY(tx.isActive());
        auto remember = [this](const QString &key, const QByteArray &blob) {
            m_expectedWkb.insert(key, wkbOf(blob));
        };
        const PolygonRings street{square(117.0, 39.0, 0.1), square(117.05, 39.05, 0.01)};
        QVERIFY(spatial
                    .insert(StreetRow{QStringLiteral("s1"), QStringLiteral("120116001"),
                                      QStringLiteral("新港街道"), street})
                    .ok());
        remember(QStringLiteral("street/s1"), Gpkg::encodePolygon(street));
        for (int i = 0; i < 2; ++i) {
            const PolygonRings g{square(117.0 + i * 0.05, 39.0, 0.05)};
            QVERIFY(spatial
                        .insert(CommunityRow{QStringLiteral("c%1").arg(i),
                                             QStringLiteral("12011600100%1").arg(i + 1),
                                             QStringLiteral("社区%1").arg(i),
                                             QStringLiteral("120116001"), g})
                        .ok());
            remember(QStringLiteral("community/c%1").arg(i), Gpkg::encodePolygon(g));
        }
        QVERIFY(spatial
                    .insert(ResponsibilityGridRow{QStringLiteral("rg1"),
                                                  QStringLiteral("R-01"),
                                                  QStringLiteral("责任网格"),
                                                  {square(117.0, 39.0, 0.02)}})
                    .ok());
        remember(QStringLiteral("grid_responsibility/rg1"),
                 Gpkg::encodePolygon({square(117.0, 39.0, 0.02)}));
        for (int i = 0; i < 3; ++i) {
            const PolygonRings g{square(117.0 + i * 0.01, 39.0, 0.01)};
            QVERIFY(spatial
                        .insert(UnitGridRow{QStringLiteral("u%1").arg(i),
                                            QStringLiteral("1201160010010%1").arg(i + 1),
                                            QStringLiteral("120116001001"), QStringLiteral("R-01"),
                                            1000.5 + i, 1 + i, g})
                        .ok());
            remember(QStringLiteral("grid_unit/u%1").arg(i), Gpkg::encodePolygon(g));
        }
        for (int i = 0; i < 4; ++i) {
            const QPointF p(117.001 + i * 0.01, 39.001);
            QVERIFY(spatial
                        .insert(ComponentRow{QStringLiteral("k%1").arg(i),
                                             QStringLiteral("120116010100000%1").arg(i),
                                             QStringLiteral("0101"), QStringLiteral("井盖"),
                                             QStringLiteral("完好"), QString(),
                                             QStringLiteral("12011600100101"),
                                             QDate(2020, 1, 1 + i), p})
                        .ok());
            remember(QStringLiteral("component/k%1").arg(i), Gpkg::encodePoint(p));
        }
        for (int i = 0; i < 2; ++i) {
            const QPointF p(117.002 + i * 0.01, 39.002);
            QVERIFY(spatial
                        .insert(CameraRow{QStringLiteral("cam%1").arg(i), QString(),
                                          QStringLiteral("路口%1").arg(i),
                                          QStringLiteral("rtsp://x/%1").arg(i), QString(),
                                          QString(), QString(), i == 1, p})
                        .ok());
            remember(QStringLiteral("camera/cam%1").arg(i), Gpkg::encodePoint(p));
        }
        for (int i = 0; i < 2; ++i) {
            const QPointF p(117.003, 39.003 + i * 0.001);
            QVERIFY(
                spatial
                    .insert(CollectorPositionRow{QStringLiteral("p%1").arg(i),
                                                 QStringLiteral("user-1"),
                                                 QDateTime(QDate(2026, 3, 1), QTime(8, i), Qt::UTC),
                                                 5, p})
                    .ok());
            remember(QStringLiteral("collector_position/p%1").arg(i), Gpkg::encodePoint(p));
        }
        CaseRepository cases(db);
        for (int i = 0; i < 3; ++i) {
            CaseRow c;
            c.id = QStringLiteral("case%1").arg(i);
            c.number = QStringLiteral("2026-00000%1").arg(i + 1);
            c.channel = QStringLiteral("collector");
            c.kind = QStringLiteral("event");
            c.categoryKey = QStringLiteral("event:0502");
            c.level = QStringLiteral("normal");
            c.state = QStringLiteral("reported");
            c.reportedAt = QDateTime(QDate(2026, 3, 1), QTime(9, i), Qt::UTC);
            if (i < 2) {
                c.geom = QPointF(117.004 + i * 0.01, 39.004);
                remember(QStringLiteral("case_record/case%1").arg(i), Gpkg::encodePoint(*c.geom));
            }
            CC_VERIFY_OK(cases.insert(c));
        }
        CC_VERIFY_OK(tx.commit());
    }

    void cleanupTestCase() { CPLSetErrorHandler(nullptr); }

    void gdalReadsEveryLayer()
    {
        g_gdalMessages.clear();
        Dataset ds(GDALOpenEx(m_path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                              nullptr, nullptr, nullptr));
        QVERIFY2(ds, qPrintable(g_gdalMessages.join(u'\n')));
        QCOMPARE(QString::fromLatin1(GDALGetDriverShortName(GDALGetDatasetDriver(ds.get()))),
                 QStringLiteral("GPKG"));

        const LayerExpectation layers[] = {{"street", wkbPolygon, 1},
                                           {"community", wkbPolygon, 2},
                                           {"grid_responsibility", wkbPolygon, 1},
                                           {"grid_unit", wkbPolygon, 3},
                                           {"component", wkbPoint, 4},
                                           {"camera", wkbPoint, 2},
                                           {"collector_position", wkbPoint, 2},
                                           {"case_record", wkbPoint, 3}};
        for (const auto &expected : layers) {
            OGRLayerH layer = GDALDatasetGetLayerByName(ds.get(), expected.name);
            QVERIFY2(layer, expected.name);
            QCOMPARE(OGR_L_GetGeomType(layer), expected.type);
            QCOMPARE(OGR_L_GetFeatureCount(layer, TRUE), GIntBig(expected.count));
            OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
            QVERIFY2(srs, expected.name);
            QCOMPARE(QByteArray(OSRGetAuthorityName(srs, nullptr)), QByteArray("EPSG"));
            QCOMPARE(QByteArray(OSRGetAuthorityCode(srs, nullptr)), QByteArray("4490"));
            QCOMPARE(QByteArray(OGR_L_GetGeometryColumn(layer)), QByteArray("geom"));
            QCOMPARE(QByteArray(OGR_L_GetFIDColumn(layer)), QByteArray("fid"));
            QVERIFY2(OGR_L_TestCapability(layer, OLCFastSpatialFilter), expected.name);

            // Every geometry equals, byte for byte, what we wrote; attributes come through.
            OGR_L_ResetReading(layer);
            int seen = 0;
            while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
                ++seen;
                const QString id = QString::fromUtf8(
                    OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "id")));
                const QString key = QStringLiteral("%1/%2").arg(QLatin1String(expected.name), id);
                OGRGeometryH g = OGR_F_GetGeometryRef(f);
                if (m_expectedWkb.contains(key)) {
                    QVERIFY2(g, qPrintable(key));
                    QCOMPARE(isoWkb(g).toHex(), m_expectedWkb.value(key).toHex());
                } else {
                    QVERIFY2(!g, qPrintable(key)); // the case without a location
                }
                OGR_F_Destroy(f);
            }
            QCOMPARE(seen, expected.count);
        }

        // Attribute values through GDAL.
        OGRLayerH units = GDALDatasetGetLayerByName(ds.get(), "grid_unit");
        OGR_L_SetAttributeFilter(units, "code = '12011600100102'");
        OGRFeatureH f = OGR_L_GetNextFeature(units);
        QVERIFY(f);
        QCOMPARE(QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "id"))),
                 QStringLiteral("u1"));
        QCOMPARE(OGR_F_GetFieldAsDouble(f, OGR_F_GetFieldIndex(f, "area_m2")), 1001.5);
        QCOMPARE(OGR_F_GetFieldAsInteger(f, OGR_F_GetFieldIndex(f, "version")), 2);
        QCOMPARE(QString::fromUtf8(
                     OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "responsibility_code"))),
                 QStringLiteral("R-01"));
        OGR_F_Destroy(f);
        OGR_L_SetAttributeFilter(units, nullptr);
        OGRLayerH streets = GDALDatasetGetLayerByName(ds.get(), "street");
        OGR_L_ResetReading(streets);
        f = OGR_L_GetNextFeature(streets);
        QCOMPARE(QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "name"))),
                 QStringLiteral("新港街道"));
        OGR_F_Destroy(f);
        OGRLayerH cameras = GDALDatasetGetLayerByName(ds.get(), "camera");
        OGR_L_SetAttributeFilter(cameras, "id = 'cam1'");
        f = OGR_L_GetNextFeature(cameras);
        QVERIFY(f);
        QCOMPARE(OGR_F_GetFieldAsInteger(f, OGR_F_GetFieldIndex(f, "ptz")), 1);
        OGR_F_Destroy(f);

        // The non-spatial tables are there as attribute tables.
        for (const char *name : {"category", "department", "department_category", "app_user",
                                 "user_role", "work_calendar", "case_event", "attachment", "outbox",
                                 "sync_cursor", "conflict", "setting"}) {
            OGRLayerH layer = GDALDatasetGetLayerByName(ds.get(), name);
            QVERIFY2(layer, name);
            QCOMPARE(OGR_L_GetGeomType(layer), wkbNone);
        }
        QVERIFY2(g_gdalMessages.isEmpty(), qPrintable(g_gdalMessages.join(u'\n')));
    }

    void gdalSpatialFilter_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QRectF>("rect");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("unit-grids-first-two")
            << "grid_unit" << QRectF(117.002, 39.002, 0.01, 0.002)
            << QStringList{QStringLiteral("u0"), QStringLiteral("u1")};
        QTest::newRow("unit-grids-last") << "grid_unit" << QRectF(117.025, 39.005, 0.001, 0.001)
                                         << QStringList{QStringLiteral("u2")};
        QTest::newRow("components-two") << "component" << QRectF(117.0, 39.0, 0.015, 0.01)
                                        << QStringList{QStringLiteral("k0"), QStringLiteral("k1")};
        QTest::newRow("cases-one") << "case_record" << QRectF(117.013, 39.003, 0.002, 0.002)
                                   << QStringList{QStringLiteral("case1")};
        QTest::newRow("nothing") << "component" << QRectF(100, 20, 1, 1) << QStringList{};
    }

    void gdalSpatialFilter()
    {
        QFETCH(QString, layer);
        QFETCH(QRectF, rect);
        QFETCH(QStringList, ids);
        g_gdalMessages.clear();
        Dataset ds(GDALOpenEx(m_path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                              nullptr, nullptr, nullptr));
        QVERIFY(ds);
        OGRLayerH l = GDALDatasetGetLayerByName(ds.get(), layer.toUtf8().constData());
        QVERIFY(l);
        OGR_L_SetSpatialFilterRect(l, rect.left(), rect.top(), rect.right(), rect.bottom());
        QStringList got;
        while (OGRFeatureH f = OGR_L_GetNextFeature(l)) {
            got.append(QString::fromUtf8(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "id"))));
            OGR_F_Destroy(f);
        }
        got.sort();
        QCOMPARE(got, ids);
        QVERIFY2(g_gdalMessages.isEmpty(), qPrintable(g_gdalMessages.join(u'\n')));
    }

    void ogrinfoQuiet()
    {
        const QString ogrinfo = QStringLiteral("/usr/bin/ogrinfo");
        // gdal-bin is in packaging/debian-packages.txt: its absence is a broken setup.
        QVERIFY2(QFile::exists(ogrinfo), "ogrinfo is missing (package gdal-bin)");
        for (const QStringList &args :
             {QStringList{QStringLiteral("-q"), m_path},
              QStringList{QStringLiteral("-so"), m_path, QStringLiteral("grid_unit")},
              QStringList{QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-q"),
                          m_path}}) {
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(ogrinfo, args);
            QVERIFY(process.waitForFinished(60000));
            const QString output = QString::fromUtf8(process.readAll());
            QCOMPARE(process.exitCode(), 0);
            QVERIFY2(!output.contains(QStringLiteral("ERROR"), Qt::CaseInsensitive),
                     qPrintable(output));
            QVERIFY2(!output.contains(QStringLiteral("Warning"), Qt::CaseInsensitive),
                     qPrintable(output));
            if (args.first() == QLatin1String("-so")) {
                QVERIFY2(output.contains(QStringLiteral("Geometry: Polygon")), qPrintable(output));
                QVERIFY2(output.contains(QStringLiteral("Feature Count: 3")), qPrintable(output));
                QVERIFY2(output.contains(QStringLiteral("4490")), qPrintable(output));
            }
        }
    }

    void gdalWritesOurRepositoryReads()
    {
        g_gdalMessages.clear();
        {
            Dataset ds(GDALOpenEx(m_path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE,
                                  nullptr, nullptr, nullptr));
            QVERIFY(ds);
            OGRLayerH layer = GDALDatasetGetLayerByName(ds.get(), "grid_unit");
            QVERIFY(layer);
            OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
            OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "id"), "u-gdal");
            OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "code"), "12011600100199");
            OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "community_code"), "120116001001");
            OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "responsibility_code"), "R-09");
            OGR_F_SetFieldDouble(f, OGR_F_GetFieldIndex(f, "area_m2"), 77.25);
            OGR_F_SetFieldInteger(f, OGR_F_GetFieldIndex(f, "version"), 4);
            OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "updated_at"),
                                 "2026-03-01T08:00:00.000Z");
            OGRGeometryH g = nullptr;
            char wkt[] = "POLYGON ((118 40,118.5 40,118.5 40.5,118 40.5,118 40),"
                         "(118.1 40.1,118.2 40.1,118.2 40.2,118.1 40.2,118.1 40.1))";
            char *cursor = wkt;
            QCOMPARE(OGR_G_CreateFromWkt(&cursor, nullptr, &g), OGRERR_NONE);
            OGR_F_SetGeometryDirectly(f, g);
            QCOMPARE(OGR_L_CreateFeature(layer, f), OGRERR_NONE);
            OGR_F_Destroy(f);
            // And move an existing one (update triggers run with GDAL's ST_ functions).
            OGR_L_SetAttributeFilter(layer, "id = 'u0'");
            OGRFeatureH u0 = OGR_L_GetNextFeature(layer);
            QVERIFY(u0);
            char wkt2[] = "POLYGON ((120 30,120.1 30,120.1 30.1,120 30.1,120 30))";
            cursor = wkt2;
            OGRGeometryH g2 = nullptr;
            QCOMPARE(OGR_G_CreateFromWkt(&cursor, nullptr, &g2), OGRERR_NONE);
            OGR_F_SetGeometryDirectly(u0, g2);
            QCOMPARE(OGR_L_SetFeature(layer, u0), OGRERR_NONE);
            OGR_F_Destroy(u0);
        }
        QVERIFY2(g_gdalMessages.isEmpty(), qPrintable(g_gdalMessages.join(u'\n')));

        auto opened = Database::open(m_path, Database::OpenMode::ReadWrite);
        CC_VERIFY_OK(opened);
        Database &db = *opened.value();
        SpatialRepository spatial(db);
        auto unit = spatial.unitGrid(QStringLiteral("12011600100199"));
        CC_VERIFY_OK(unit);
        QVERIFY(unit.value().has_value());
        QCOMPARE(unit.value()->id, QStringLiteral("u-gdal"));
        QCOMPARE(unit.value()->responsibilityCode, QStringLiteral("R-09"));
        QCOMPARE(unit.value()->areaM2, 77.25);
        QCOMPARE(unit.value()->version, 4);
        QCOMPARE(unit.value()->geom.size(), 2);
        QCOMPARE(unit.value()->geom.at(0).at(2), QPointF(118.5, 40.5));
        QCOMPARE(unit.value()->geom.at(1).at(0), QPointF(118.1, 40.1));

        QCOMPARE(db.rowCount(QStringLiteral("rtree_grid_unit_geom")),
                 db.rowCount(QStringLiteral("grid_unit")));
        auto near = spatial.unitGridsNear(QPointF(118.3, 40.3));
        CC_VERIFY_OK(near);
        QCOMPARE(near.value().size(), 1);
        QCOMPARE(near.value().first().id, QStringLiteral("u-gdal"));
        near = spatial.unitGridsNear(QPointF(120.05, 30.05));
        QCOMPARE(near.value().size(), 1);
        QCOMPARE(near.value().first().id, QStringLiteral("u0"));
        QVERIFY(spatial.unitGridsNear(QPointF(117.005, 39.005)).value().isEmpty());

        // Every R-tree box matches its row's envelope (our ST_ functions against GDAL's).
        auto check = db.prepare(QStringLiteral(
            "SELECT count(*) FROM grid_unit g JOIN rtree_grid_unit_geom r ON r.id = g.fid "
            "WHERE abs(r.minx - ST_MinX(g.geom)) > 1e-4 OR abs(r.maxx - ST_MaxX(g.geom)) > 1e-4 "
            "OR abs(r.miny - ST_MinY(g.geom)) > 1e-4 OR abs(r.maxy - ST_MaxY(g.geom)) > 1e-4"));
        CC_VERIFY_OK(check);
        QVERIFY(check.value().step().value());
        QCOMPARE(check.value().integer(0), qint64(0));

        // And our writes after GDAL's keep working.
        QVERIFY(spatial
                    .insert(UnitGridRow{QStringLiteral("u-after"),
                                        QStringLiteral("12011600100198"),
                                        QStringLiteral("120116001001"),
                                        QStringLiteral("R-01"),
                                        1,
                                        1,
                                        {square(119, 41, 0.1)}})
                    .ok());
        QCOMPARE(db.rowCount(QStringLiteral("rtree_grid_unit_geom")),
                 db.rowCount(QStringLiteral("grid_unit")));
        auto integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(integrity.value().step().value());
        QCOMPARE(integrity.value().text(0), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestGpkgGdal)
#include "tst_gpkg_gdal.moc"
