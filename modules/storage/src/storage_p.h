// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private helpers shared by the storage sources: sqlite error mapping, the GeoPackage SQL
// functions, and the small binding conventions every repository follows (NULL for an
// invalid time or an empty optional reference, JSON arrays for string lists).

#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

struct sqlite3;

struct sqlite3;

namespace Cc::Storage::Internal {

/// An Error for sqlite result code `rc` on `db`, carrying sqlite's own message.
Error sqliteError(sqlite3 *db, int rc);

/// Registers ST_IsEmpty, ST_MinX, ST_MaxX, ST_MinY, ST_MaxY on `db`: the gpkg_rtree_index
/// triggers call them on every write of a spatial table, so every connection needs them.
int registerGeometryFunctions(sqlite3 *db);
/// Registers cc_fts_tokens(text) (fulltext.h): migration 0003 backfills case_fts with it.
int registerFullTextFunctions(sqlite3 *db);

QString jsonArray(const QStringList &list);
QStringList fromJsonArray(const QString &text);

/// Bind helpers: an invalid time or an empty optional reference is stored as NULL so that
/// foreign keys and "IS NULL" queries see "no value" rather than an empty string.
void bindTime(Statement &st, int index, const QDateTime &time);
void bindOptionalText(Statement &st, int index, const QString &text);
void bindOptionalBool(Statement &st, int index, const std::optional<bool> &value);
QDateTime timeAt(const Statement &st, int column);
std::optional<bool> optionalBoolAt(const Statement &st, int column);

QString nowIso();

/// The files found damaged in this process (database.cpp): a statement refuses to write to
/// one. The count lets the hot path skip the lock while all is well.
extern std::atomic<int> g_damagedCount;
std::optional<QString> knownDamage(sqlite3 *db);
Error damagedError(const QString &path, const QString &detail);

} // namespace Cc::Storage::Internal
