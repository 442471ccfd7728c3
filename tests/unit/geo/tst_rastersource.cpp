// SPDX-License-Identifier: GPL-3.0-or-later
// Basemaps through GDAL: a GeoTIFF in Web Mercator is reprojected to lon/lat and drawn
// where it belongs; a grey GeoTIFF in EPSG:4490 as is; bad sources are refused.
#include <cc/geo/rastersource.h>

#include "resultcheck.h"

#include <QTemporaryDir>
#include <QTest>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <vector>

using namespace Cc::Geo;

namespace {

/// Left half red, right half blue, over lon 114.30–114.32, lat 35.90–35.92, written in `epsg`.
QString writeTiff(const QString &path, int epsg, int bands)
{
    GDALAllRegister();
    OGRSpatialReferenceH geo = OSRNewSpatialReference(nullptr),
                         target = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(geo, 4490);
    OSRImportFromEPSG(target, epsg);
    OSRSetAxisMappingStrategy(geo, OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(target, OAMS_TRADITIONAL_GIS_ORDER);
    double x[2] = {114.30, 114.32}, y[2] = {35.90, 35.92};
    OGRCoordinateTransformationH t = OCTNewCoordinateTransformation(geo, target);
    OCTTransform(t, 2, x, y, nullptr);
    OCTDestroyCoordinateTransformation(t);
    const int n = 200;
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), n, n,
                                 bands, GDT_Byte, nullptr);
    double gt[6] = {x[0], (x[1] - x[0]) / n, 0, y[1], 0, -(y[1] - y[0]) / n};
    GDALSetGeoTransform(ds, gt);
    char *wkt = nullptr;
    OSRExportToWkt(target, &wkt);
    GDALSetProjection(ds, wkt);
    CPLFree(wkt);
    for (int b = 1; b <= bands; ++b) {
        std::vector<GByte> data(size_t(n) * n);
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n; ++c)
                data[size_t(r) * n + c] = bands == 1 ? (c < n / 2 ? 50 : 200)
                                                     : (b == 1   ? (c < n / 2 ? 255 : 0)
                                                        : b == 3 ? (c < n / 2 ? 0 : 255)
                                                                 : 0);
        if (GDALRasterIO(GDALGetRasterBand(ds, b), GF_Write, 0, 0, n, n, data.data(), n, n,
                         GDT_Byte, 0, 0)
            != CE_None)
            return "write failed";
    }
    GDALClose(ds);
    OSRRelease(geo);
    OSRRelease(target);
    return {};
}

} // namespace

class TestRasterSource : public QObject
{
    Q_OBJECT

private slots:
    void drawsWhereItBelongs_data()
    {
        QTest::addColumn<int>("epsg");
        QTest::addColumn<int>("bands");
        QTest::newRow("rgb-web-mercator") << 3857 << 3;
        QTest::newRow("grey-cgcs2000") << 4490 << 1;
    }

    void drawsWhereItBelongs()
    {
        QFETCH(int, epsg);
        QFETCH(int, bands);
        QTemporaryDir dir;
        const QString path = dir.filePath("base.tif");
        QCOMPARE(writeTiff(path, epsg, bands), QString());
        auto source = RasterSource::open(path);
        CC_VERIFY_OK(source);
        const QRectF e = (*source)->extent();
        QVERIFY(std::abs(e.left() - 114.30) < 1e-4 && std::abs(e.right() - 114.32) < 1e-4);
        QVERIFY(std::abs(e.top() - 35.90) < 1e-4 && std::abs(e.bottom() - 35.92) < 1e-4);
        // A view twice as wide as the raster, centred on it: the raster fills the middle.
        const QRectF view(QPointF(114.29, 35.90), QPointF(114.33, 35.92));
        const QImage image = (*source)->render(view, QSize(400, 200));
        QCOMPARE(image.size(), QSize(400, 200));
        QCOMPARE(qAlpha(image.pixel(20, 100)), 0);  // west of the raster: nothing
        QCOMPARE(qAlpha(image.pixel(380, 100)), 0); // east of it
        const QRgb west = image.pixel(140, 100), east = image.pixel(260, 100);
        if (bands == 3) {
            QVERIFY2(qRed(west) > 200 && qBlue(west) < 50, qPrintable(QString::number(west, 16)));
            QVERIFY2(qBlue(east) > 200 && qRed(east) < 50, qPrintable(QString::number(east, 16)));
        } else {
            QVERIFY(qRed(west) < 80 && qRed(east) > 170);
        }
    }

    void refusesWhatIsNotARaster()
    {
        QTemporaryDir dir;
        auto missing = RasterSource::open(dir.filePath("none.tif"));
        QVERIFY(!missing.ok());
        QCOMPARE(CcTest::codeOf(missing), QStringLiteral("geo.basemap"));
        QVERIFY(CcTest::messageOf(missing).contains("none.tif"));
    }
};

QTEST_GUILESS_MAIN(TestRasterSource)
#include "tst_rastersource.moc"
