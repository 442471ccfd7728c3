// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/geo/types.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QRectF>

#include <memory>
#include <vector>

namespace Cc::Map {

/// The map's layers, bottom to top by default.
enum class LayerKind {
    Invalid = 0,
    Streets,
    Communities,
    ResponsibilityGrids,
    UnitGrids,
    Components,
    Cases,
    Cameras,
    Collectors,
    Basemap, ///< a raster through GDAL (GeoTIFF, MBTiles, WMS/WMTS/XYZ), drawn below all
};
QList<LayerKind> allLayers();
QString layerId(LayerKind kind); ///< stable: "streets", "unit-grids", …
LayerKind layerFromId(QStringView id);
QString layerTitle(LayerKind kind); ///< translated

struct AreaFeature
{
    QString id, code, name;
    Geo::PolygonRings geom;
    QRectF bounds;
};

/// The town's own basemap (basemap_area, basemap_line; docs/map.md, "The town basemap"),
/// drawn on the basemap layer when no raster basemap is set.
struct BasemapArea
{
    QString kind, name; ///< fields, town, block, water, compound, school, park …
    Geo::PolygonRings geom;
    QRectF bounds;
};
struct BasemapLine
{
    QString kind, name; ///< arterial, secondary, alley, bridge
    double widthM = 0;
    Geo::Ring line;
    QRectF bounds;
};

/// How a case is drawn.
enum class CaseLook : quint8 {
    Invalid = 0,
    Intake,
    Dispatch,
    Disposal,
    Check,
    Hung,
    Overdue,
    Closed
};

struct PointFeature
{
    QPointF pos;
    QString id;
    QString code;         ///< component object code, case number, camera name, collector login
    QString label;        ///< name shown in identify/labels
    quint16 category = 0; ///< components: 4-digit 小类 code as a number (0101 → 101)
    CaseLook look = CaseLook::Invalid;
};

/// The read-only layers, loaded once (the unit grids live in the GridDocument). Shared by
/// the render jobs on worker threads: never changed after load().
class MapData
{
public:
    /// Every open case, and the closed ones reported in the last `closedDays` days (0: all of
    /// them): the hall watches what is going on, and a centre's history runs into millions
    /// of cases (measured at 5 M: 50 s and 2.2 GB to load them all).
    static constexpr int kRecentClosedDays = 30;
    static Result<std::shared_ptr<const MapData>> load(Storage::Database &db, const QDateTime &now,
                                                       int closedDays = kRecentClosedDays);

    QList<AreaFeature> streets, communities, responsibilityGrids;
    QList<BasemapArea> basemapAreas; ///< in drawing order
    QList<BasemapLine> basemapLines; ///< in drawing order
    std::vector<PointFeature> components, cases, cameras, collectors;
    QRectF extent; ///< of every layer, lon/lat
};

} // namespace Cc::Map
