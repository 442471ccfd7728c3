// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QList>
#include <QString>

namespace Cc::Storage {

class Database;

/// The migration runner: numbered SQL resources `:/cc/migrations/NNNN_name.sql`, each applied
/// once in its own transaction and recorded in cc_migration. It also keeps the GeoPackage
/// bookkeeping the SQL files do not repeat: the gpkg_* core tables, and for every table a
/// migration creates its gpkg_contents row, and for a table with a `geom` column its
/// gpkg_geometry_columns row and gpkg_rtree_index (virtual table + triggers).
namespace Migrations {

struct Migration
{
    int version = 0;
    QString name;
    QString resource;
};

/// Shipped migrations, ascending by version.
QList<Migration> available();

/// Initialises a new file as a GeoPackage, then applies every migration newer than the
/// stored schema version.
Result<void> migrate(Database &db);

} // namespace Migrations
} // namespace Cc::Storage
