// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QList>
#include <QStringList>

#include <functional>

namespace Cc::Sync::Internal {

/// A snapshot's bulk load into a new, empty database, inside the join's one transaction:
/// begin() sets aside what would otherwise run once per inserted row (the secondary indexes
/// of the large tables; the GeoPackage R-tree insert triggers; the triggers that keep
/// kpi_post_day and case_state_count), finish() rebuilds it all with one statement each and
/// writes the full-text index of the cases. The rebuilt tables hold exactly what the
/// triggers would have written (kpi_post_day and case_state_count rows even in the order,
/// so with the fids, that the triggers would have given them); the triggers and indexes come
/// back with their very SQL text. A trigger this class does not know how to rebuild is left
/// in place and keeps firing.
class SnapshotLoad
{
public:
    explicit SnapshotLoad(Storage::Database &db) : m_db(db) {}

    /// Into a database just created (SyncClient::join): no cases, events or facts yet.
    Result<void> begin();
    /// `step(name, seconds)` is told how long each rebuild took.
    Result<void> finish(const std::function<void(const QString &, double)> &step = {});

private:
    struct Rtree
    {
        QString table, column, pk;
    };
    Storage::Database &m_db;
    QStringList m_indexes;  ///< CREATE INDEX statements set aside
    QStringList m_triggers; ///< CREATE TRIGGER statements set aside
    QList<Rtree> m_rtrees;
    bool m_kpi = false, m_stateCount = false;
};

} // namespace Cc::Sync::Internal
