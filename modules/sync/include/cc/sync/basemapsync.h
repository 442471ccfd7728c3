// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/database.h>
#include <cc/sync/pgconnection.h>

namespace Cc::Sync {

struct BasemapReport
{
    int version = 0; ///< the hub's current version (0: none)
    qint64 areas = 0, lines = 0;
    bool changed = false; ///< published, or applied here (false: this workstation had it)
};

/// The city's basemap through the hub (hub schema 13; docs/hub.md, "basemap"): versions
/// published whole by an administrator, applied whole by every workstation.
class BasemapSync
{
public:
    explicit BasemapSync(PgConnection &connection) : m_conn(connection) {}

    /// Publishes the basemap of `db` (basemap_area, basemap_line) as the hub's next version,
    /// in batches; it becomes current only once all of it arrived. Refused unless the login is
    /// an administrator ("basemap.forbidden-role") or the hub's PostgreSQL administrator; an
    /// invalid feature refuses the whole ("basemap.invalid-geometry", "basemap.bad-batch").
    Result<BasemapReport> publish(Storage::Database &db);

    /// Brings the hub's current basemap into `db` when its version differs from the one this
    /// workstation applied last (setting sync.basemapVersion): streamed in batches into one
    /// local transaction that replaces both tables, so the map shows the old basemap or the
    /// new one, never half. Nothing is sent when the versions agree.
    Result<BasemapReport> pull(Storage::Database &db);

    static constexpr int kBatch = 5000;

private:
    Result<qint64> publishLayer(Storage::Database &db, int version, const QString &layer);
    Result<qint64> pullLayer(Storage::Database &db, int version, const QString &layer);

    PgConnection &m_conn;
};

} // namespace Cc::Sync
