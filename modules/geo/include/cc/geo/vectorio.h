// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/geo/types.h>

#include <QHash>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace Cc::Geo {

/// Vector files through GDAL/OGR: GeoPackage, GeoJSON and Shapefile (the formats a city's
/// surveyors hand over). Geometries are read into and written from EPSG:4490 lon/lat;
/// a source in another CRS is reprojected with PROJ on the way in.
enum class VectorFormat { Invalid = 0, GeoPackage, GeoJson, Shapefile };

/// From the file name's suffix (.gpkg, .geojson/.json, .shp); Invalid otherwise.
VectorFormat formatFromPath(const QString &path);
QString driverName(VectorFormat format);

struct LayerInfo
{
    QString name;
    QString geometryType; ///< OGR's name, e.g. "Polygon", "Point"
    qint64 featureCount = 0;
    QStringList fields;
    QString crs; ///< "EPSG:4490", or the CRS's name
};

struct VectorFeature
{
    QVariantMap attributes;       ///< by target field name (after the mapping)
    PolygonRings polygon;         ///< for polygon layers
    Ring line;                    ///< for line layers (a street's centreline), open
    std::optional<QPointF> point; ///< for point layers
};

/// Called now and then with (done, total); returning false cancels.
using Progress = std::function<bool(qint64 done, qint64 total)>;

Result<QList<LayerInfo>> listLayers(const QString &path);

/// Reads a layer (empty name: the first). A .csv file takes its points from columns named
/// lon/lat, x/y, longitude/latitude or 经度/纬度, or its geometry from a WKT column. `mapping` maps our field names to the source's
/// (e.g. "code" → "GRID_CODE"); an empty mapping reads every field by its own name. Refuses,
/// naming the feature, a multi-part polygon or line, a curve or collection and a mapped
/// source field that does not exist.
Result<QList<VectorFeature>> readLayer(const QString &path, const QString &layer,
                                       const QHash<QString, QString> &mapping = {},
                                       const Progress &progress = {});

/// Writes a new file (an existing one is replaced) with one layer in EPSG:4490. `fields`
/// fixes the attribute order; a double becomes Real, an integer Integer64, the rest String.
/// Points when the features have points, lines when they have lines, polygons otherwise.
Result<void> writeLayer(const QString &path, VectorFormat format, const QString &layer,
                        const QStringList &fields, const QList<VectorFeature> &features,
                        const Progress &progress = {});

} // namespace Cc::Geo
