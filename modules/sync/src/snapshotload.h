// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace Cc::Sync {
class PgResult;
}

namespace Cc::Sync::Internal {

class RtreeAside;

/// A snapshot's bulk load into a new, empty database, inside the join's one transaction:
/// begin() sets aside what would otherwise run once per inserted row (the secondary indexes
/// of cases, components and attachments; the GeoPackage R-tree insert triggers; the triggers
/// that keep kpi_post_day, case_state_count and the change counters), finish() rebuilds it
/// all with one statement each (kpi_post_day from what observe() counted; the point tables'
/// R-trees from what observe() handed to a thread of their own, RtreeAside) and writes the
/// full-text index of the cases. The rebuilt tables hold exactly what the triggers would
/// have written (kpi_post_day and case_state_count rows even in the order, so with the fids,
/// that the triggers would have given them; the change counters are raised once each, as a
/// counter only says "changed"); the triggers and indexes come back with their very SQL
/// text. A trigger this class does not know how to rebuild is left in place and keeps firing.
class SnapshotLoad
{
public:
    explicit SnapshotLoad(Storage::Database &db);
    ~SnapshotLoad();

    /// Events up to which their secondary indexes are set aside too: chosen when the sorter
    /// sorted in memory, where their largest index's keys (~110 bytes an event) fit 256 MiB.
    /// It now sorts in 4 MiB runs through files (SyncClient::join), which may move the point
    /// where sorting at the end stops paying; not measured again at 1 M cases yet.
    static constexpr qint64 kEventsSortedAtEnd = 2'000'000;

    /// Into a database just created (SyncClient::join): no cases, events or facts yet.
    /// `eventRows`: how many events the snapshot brings.
    Result<void> begin(qint64 eventRows);
    /// Each batch of rows just written, in order: kpi_post_day is counted here as its trigger
    /// would, instead of sorting every event again at the end.
    void observe(const QString &entity, const PgResult &rows);
    /// `step(name, seconds)` is told how long each rebuild took.
    Result<void> finish(const std::function<void(const QString &, double)> &step = {});

private:
    struct Rtree
    {
        QString table, column, pk;
        bool points = false; ///< a POINT column: built aside while loading (RtreeAside)
        qint64 rows = 0;     ///< of `table`, handed to RtreeAside so far
        QString name() const { return QStringLiteral("rtree_%1_%2").arg(table, column); }
    };
    void handPointsAside(Rtree &rtree, const PgResult &rows);
    Result<void> buildRtree(const Rtree &rtree,
                            const std::function<void(const QString &, double)> &step);
    /// One kpi_post_day row; the key packs the day and the interned actor, role and action.
    struct Fact
    {
        quint64 key = 0;
        qint64 n = 0, inTime = 0, fromFiled = 0;
    };
    Result<void> writeFacts();

    Storage::Database &m_db;
    QList<Fact> m_facts; ///< in the order their first event came, as the trigger numbers them
    QHash<quint64, qsizetype> m_factAt;
    QHash<QByteArray, quint32> m_actors, m_roles, m_actions;
    /// An event this does not count exactly as SQL would (an unusual time or in_time text):
    /// then the facts are built with SQL after all.
    bool m_factsBySql = false;
    QList<std::pair<QString, QString>> m_indexes; ///< (table, CREATE INDEX) set aside
    QStringList m_triggers;                       ///< CREATE TRIGGER statements set aside
    QList<Rtree> m_rtrees;
    std::unique_ptr<RtreeAside> m_aside; ///< while any point table has an R-tree
    bool m_kpi = false, m_stateCount = false, m_changeStamps = false;
};

} // namespace Cc::Sync::Internal
