// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/geo/vectorio.h>
#include <cc/map/mapdata.h>
#include <cc/storage/database.h>

namespace Cc::Map {

/// The table behind a layer and the attribute columns an export carries (never stream URLs:
/// they may hold camera credentials).
struct LayerTable
{
    QString table;
    QStringList columns;
};
LayerTable layerTable(LayerKind kind);

/// Writes one layer of the database to a GeoPackage, GeoJSON or Shapefile (by the file's
/// suffix) in EPSG:4490. Returns the number of features written.
Result<qint64> exportLayer(Storage::Database &db, LayerKind kind, const QString &path,
                           const Geo::Progress &progress = {});

} // namespace Cc::Map
