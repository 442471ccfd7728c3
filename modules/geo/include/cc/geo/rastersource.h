// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QImage>
#include <QRectF>
#include <QString>

#include <memory>
#include <mutex>

namespace Cc::Geo {

/// A basemap through GDAL: a local GeoTIFF or MBTiles file, or anything else GDAL opens as
/// a raster (a WMS/WMTS/XYZ service through GDAL's WMS driver: a service description XML
/// file or a "WMS:…" / "WMTS:…" connection string). Reprojected to EPSG:4490 on the fly
/// (a warped VRT) when it is in another CRS. render() is safe from several threads (GDAL
/// datasets are not, so reads are serialised).
class RasterSource
{
public:
    static Result<std::shared_ptr<RasterSource>> open(const QString &source);
    ~RasterSource();

    QString source() const { return m_source; }
    QRectF extent() const { return m_extent; } ///< lon/lat
    /// The part of the raster inside `extent` (lon/lat), resampled to `size`; transparent
    /// where the raster has no data.
    QImage render(const QRectF &extent, const QSize &size) const;

private:
    RasterSource() = default;
    QString m_source;
    void *m_dataset = nullptr; ///< GDALDatasetH (the warped VRT when reprojected)
    void *m_original = nullptr;
    double m_geo[6] = {0, 1, 0, 0, 0, -1};
    int m_width = 0, m_height = 0, m_bands = 0;
    QRectF m_extent;
    mutable std::mutex m_mutex;
};

} // namespace Cc::Geo
