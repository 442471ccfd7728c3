// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/geo/rastersource.h>

#include "geotr.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <gdalwarper.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Cc::Geo {

Result<std::shared_ptr<RasterSource>> RasterSource::open(const QString &source)
{
    GDALAllRegister();
    CPLErrorReset();
    GDALDatasetH ds = GDALOpenEx(source.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY,
                                 nullptr, nullptr, nullptr);
    if (!ds) {
        const char *msg = CPLGetLastErrorMsg();
        return makeError(QStringLiteral("geo.basemap"),
                         GeoTr::tr("GDAL cannot open the basemap “%1”: %2")
                             .arg(source, msg && *msg ? QString::fromUtf8(msg)
                                                      : GeoTr::tr("not a raster")));
    }
    std::shared_ptr<RasterSource> r(new RasterSource);
    r->m_source = source;
    r->m_original = ds;
    GDALDatasetH use = ds;
    const char *wkt = GDALGetProjectionRef(ds);
    OGRSpatialReferenceH target = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(target, 4490);
    bool same = false;
    if (wkt && *wkt) {
        OGRSpatialReferenceH src = OSRNewSpatialReference(wkt);
        same = OSRIsSame(src, target);
        OSRRelease(src);
    } else {
        same = true; // no CRS: taken as lon/lat already
    }
    if (!same) {
        char *targetWkt = nullptr;
        OSRExportToWkt(target, &targetWkt);
        use = GDALAutoCreateWarpedVRT(ds, wkt, targetWkt, GRA_Bilinear, 0.125, nullptr);
        CPLFree(targetWkt);
        if (!use) {
            OSRRelease(target);
            GDALClose(ds);
            r->m_original = nullptr;
            return makeError(QStringLiteral("geo.basemap"),
                             GeoTr::tr("The basemap “%1” cannot be reprojected to EPSG:4490.")
                                 .arg(source));
        }
        r->m_dataset = use;
    }
    OSRRelease(target);
    if (GDALGetGeoTransform(use, r->m_geo) != CE_None)
        return makeError(QStringLiteral("geo.basemap"),
                         GeoTr::tr("The basemap “%1” is not georeferenced.").arg(source));
    r->m_width = GDALGetRasterXSize(use);
    r->m_height = GDALGetRasterYSize(use);
    r->m_bands = GDALGetRasterCount(use);
    if (!r->m_dataset)
        r->m_dataset = use == ds ? nullptr : use;
    const double x0 = r->m_geo[0], y0 = r->m_geo[3];
    const double x1 = x0 + r->m_width * r->m_geo[1], y1 = y0 + r->m_height * r->m_geo[5];
    r->m_extent = QRectF(QPointF(std::min(x0, x1), std::min(y0, y1)),
                         QPointF(std::max(x0, x1), std::max(y0, y1)));
    return r;
}

RasterSource::~RasterSource()
{
    if (m_dataset)
        GDALClose(m_dataset);
    if (m_original)
        GDALClose(m_original);
}

QImage RasterSource::render(const QRectF &extent, const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const QRectF part = extent.intersected(m_extent);
    if (part.isEmpty() || size.isEmpty() || m_bands == 0)
        return image;
    // Output pixels covered by the raster, and the raster window behind them.
    const double sx = size.width() / extent.width(), sy = size.height() / extent.height();
    const int ox = int(std::floor((part.left() - extent.left()) * sx));
    const int oy = int(std::floor((extent.bottom() - part.bottom()) * sy));
    const int ow = std::min(size.width() - ox, int(std::ceil(part.width() * sx)));
    const int oh = std::min(size.height() - oy, int(std::ceil(part.height() * sy)));
    if (ow <= 0 || oh <= 0)
        return image;
    const double px0 = (part.left() - m_geo[0]) / m_geo[1],
                 px1 = (part.right() - m_geo[0]) / m_geo[1];
    const double py0 = (part.bottom() - m_geo[3]) / m_geo[5],
                 py1 = (part.top() - m_geo[3]) / m_geo[5];
    const int wx = std::clamp(int(std::floor(std::min(px0, px1))), 0, m_width - 1);
    const int wy = std::clamp(int(std::floor(std::min(py0, py1))), 0, m_height - 1);
    const int ww = std::clamp(int(std::ceil(std::max(px0, px1))) - wx, 1, m_width - wx);
    const int wh = std::clamp(int(std::ceil(std::max(py0, py1))) - wy, 1, m_height - wy);

    GDALDatasetH ds = m_dataset ? m_dataset : m_original;
    const int bands = std::min(m_bands, 4);
    std::vector<GByte> buffer(size_t(ow) * oh * bands);
    {
        std::lock_guard lock(m_mutex);
        GDALRasterIOExtraArg extra;
        INIT_RASTERIO_EXTRA_ARG(extra);
        extra.eResampleAlg = GRIORA_Bilinear;
        int bandList[4] = {1, 2, 3, 4};
        if (GDALDatasetRasterIOEx(ds, GF_Read, wx, wy, ww, wh, buffer.data(), ow, oh, GDT_Byte,
                                  bands, bandList, bands, GSpacing(ow) * bands, 1, &extra)
            != CE_None)
            return image;
    }
    // Palette (one band with a colour table), grey, RGB or RGBA.
    GDALColorTableH palette = bands == 1 ? GDALGetRasterColorTable(GDALGetRasterBand(ds, 1))
                                         : nullptr;
    int hasNoData = 0;
    const double noData = GDALGetRasterNoDataValue(GDALGetRasterBand(ds, 1), &hasNoData);
    for (int y = 0; y < oh; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(oy + y)) + ox;
        const GByte *px = buffer.data() + size_t(y) * ow * bands;
        for (int x = 0; x < ow; ++x, px += bands) {
            QRgb rgb;
            if (palette) {
                const GDALColorEntry *e = GDALGetColorEntry(palette, px[0]);
                rgb = e ? qPremultiply(qRgba(e->c1, e->c2, e->c3, e->c4)) : 0;
            } else if (bands >= 3) {
                const int a = bands == 4 ? px[3] : 255;
                rgb = qPremultiply(qRgba(px[0], px[1], px[2], a));
            } else {
                rgb = qRgb(px[0], px[0], px[0]);
            }
            if (hasNoData && bands < 4 && px[0] == GByte(noData))
                rgb = 0;
            line[x] = rgb;
        }
    }
    return image;
}

} // namespace Cc::Geo
