// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/geo/vectorio.h>

#include <QHash>
#include <QStringList>

namespace Cc::Storage {
class Database;
}

namespace Cc::Gazetteer {

/// Our fields a street layer (lines) maps; "name" is required.
QStringList streetImportFields(); ///< name, aliases, kind, from_left, to_left, from_right, to_right
/// Our fields a place layer (points, or polygons taken at their centre) maps; "name" required.
QStringList placeImportFields(); ///< name, aliases, kind, extent_m, address

/// Parses "name=NAME,from_left=L_F" (ours=theirs, comma separated) into a mapping; refuses
/// ("gazetteer.bad-mapping") a pair without '=' and a field of ours that neither list knows.
Result<QHash<QString, QString>> parseMapping(const QString &text);

struct ImportCounts
{
    int streets = 0, places = 0, intersections = 0;
};

/// Reads one layer of a GeoPackage, Shapefile, GeoJSON or CSV through GDAL with the mapping
/// (ours → the file's field; empty: fields named like ours) and adds it to the gazetteer in
/// one transaction: lines as streets, points and polygons as places. Importing the same
/// file and layer again replaces what it brought the first time. Refuses the whole layer,
/// naming the feature, on a row GazetteerStore::add refuses or a number that is not one.
Result<ImportCounts> importLayer(Storage::Database &db, const QString &path, const QString &layer,
                                 const QHash<QString, QString> &mapping,
                                 const Geo::Progress &progress = {});

} // namespace Cc::Gazetteer
