// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/category.h>
#include <cc/core/result.h>
#include <cc/geo/vectorio.h>
#include <cc/map/griddocument.h>
#include <cc/storage/database.h>

namespace Cc::Map {

/// Import of grids and components from GeoPackage, GeoJSON or Shapefile (GDAL), with a
/// field mapping: our field → the file's field (e.g. "code" → "WGBM").

/// The fields an import asks the user to map, in order; the first is required.
QStringList gridImportFields();      ///< code, community_code, responsibility_code
QStringList componentImportFields(); ///< object_code, category_code, name, state

/// Reads unit grids from a file: `code` is required per feature; `community_code` defaults
/// to the code's first 12 digits; `responsibility_code` to the existing grid's, or for a new
/// grid to the responsibility grid it lies in. Refuses a
/// feature without a polygon or a code, naming it.
Result<QList<GridPolygon>> readGridFile(const QString &path, const QString &layer,
                                        const QHash<QString, QString> &mapping,
                                        const GridDocument &current,
                                        const Geo::Progress &progress = {});

struct ImportSummary
{
    int inserted = 0, updated = 0;
};

/// The imported grids as one undo step in the document (same code: new boundary, else a
/// new grid). Nothing is written until the document is saved, which validates it all.
Result<ImportSummary> importGrids(GridDocument &doc, const QList<GridPolygon> &grids);

/// Inserts components (points) in one transaction with their outbox rows; the unit grid of
/// each is filled by the geocoder. Refuses the whole file, naming the feature, when an
/// object code is malformed (GB/T 30428.2) or used already, or its 小类 is not a 部件 class
/// of `categories` (the city's dictionary, City::CityContext::categories()).
Result<ImportSummary> importComponents(Storage::Database &db,
                                       const Core::CategoryDictionary &categories,
                                       const QString &path, const QString &layer,
                                       const QHash<QString, QString> &mapping,
                                       const Geo::Progress &progress = {});

} // namespace Cc::Map
