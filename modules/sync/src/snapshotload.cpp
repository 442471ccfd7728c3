// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotload.h"

#include <QElapsedTimer>

namespace Cc::Sync::Internal {

namespace {

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// The per-row triggers of migrations 0005 and 0007, and the statements that give the same
// rows at once. ORDER BY min(rowid): the row of a group is inserted when its first source
// row is, as the trigger would have, so even the fids match.
constexpr const char *kKpiTrigger = "case_event_kpi_post_day";
constexpr const char *kKpiRebuild =
    "INSERT INTO kpi_post_day (day, actor_id, role, action, n, n_in_time, n_from_filed) "
    "SELECT date(at, '+8 hours'), actor_id, role, action, count(*), sum(ifnull(in_time, 0) = 1), "
    "sum(ifnull(from_state, '') = 'filed') FROM case_event GROUP BY 1, 2, 3, 4 ORDER BY min(rowid)";
constexpr const char *kStateTrigger = "case_record_state_count_insert";
constexpr const char *kStateRebuild =
    "INSERT INTO case_state_count (state, n) SELECT state, count(*) FROM case_record GROUP BY state "
    "ORDER BY min(fid)";
// Not a trigger (see migration 0003): the case service writes it with each report.
constexpr const char *kFullText =
    "INSERT INTO case_fts (rowid, description, address) "
    "SELECT fid, cc_fts_tokens(description), cc_fts_tokens(address) FROM case_record ORDER BY fid";

} // namespace

Result<void> SnapshotLoad::begin()
{
    // Secondary indexes are built once at the end: sorting beats inserting row by row into a
    // dozen B-trees.
    QStringList drop;
    {
        auto st = m_db.prepare(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('case_record', 'case_event', 'component', 'attachment')"));
        if (!st)
            return st.error();
        if (auto r = Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
                drop.append(QStringLiteral("DROP INDEX %1").arg(quoted(row.text(0))));
                m_indexes.append(row.text(1));
            });
            !r)
            return r.error();
    }
    // The R-tree of every GeoPackage table that has one (GeoPackage §F.3 triggers).
    {
        auto st = m_db.prepare(QStringLiteral(
            "SELECT e.table_name, e.column_name, p.name, t.sql FROM gpkg_extensions e "
            "JOIN pragma_table_info(e.table_name) p ON p.pk = 1 "
            "JOIN sqlite_master t ON t.type = 'trigger' AND t.tbl_name = e.table_name "
            "AND t.name = 'rtree_' || e.table_name || '_' || e.column_name || '_insert' "
            "WHERE e.extension_name = 'gpkg_rtree_index'"));
        if (!st)
            return st.error();
        if (auto r = Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
                m_rtrees.append({row.text(0), row.text(1), row.text(2)});
                m_triggers.append(row.text(3));
                drop.append(QStringLiteral("DROP TRIGGER %1").arg(
                    quoted(QStringLiteral("rtree_%1_%2_insert").arg(row.text(0), row.text(1)))));
            });
            !r)
            return r.error();
    }
    for (auto [name, flag, table] : {std::tuple{kKpiTrigger, &m_kpi, "kpi_post_day"},
                                     std::tuple{kStateTrigger, &m_stateCount, "case_state_count"}}) {
        auto st = m_db.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1"));
        if (!st)
            return st.error();
        st.value().bindText(1, QString::fromLatin1(name));
        auto found = st.value().step();
        if (!found)
            return found.error();
        if (!found.value() || m_db.rowCount(QString::fromLatin1(table)) != 0)
            continue; // nothing to set aside (or not from empty): the trigger stays
        m_triggers.append(st.value().text(0));
        drop.append(QStringLiteral("DROP TRIGGER %1").arg(quoted(QString::fromLatin1(name))));
        *flag = true;
    }
    for (const QString &sql : std::as_const(drop)) {
        if (auto r = m_db.exec(sql); !r)
            return r;
    }
    return {};
}

Result<void> SnapshotLoad::finish(const std::function<void(const QString &, double)> &step)
{
    QElapsedTimer timer;
    const auto run = [&](const QString &name, const QString &sql) -> Result<void> {
        timer.start();
        if (auto r = m_db.exec(sql); !r)
            return r;
        if (step)
            step(name, timer.nsecsElapsed() / 1e9);
        return {};
    };
    for (const Rtree &t : std::as_const(m_rtrees)) {
        // The insert trigger's very expressions, over all rows at once.
        const QString c = quoted(t.column);
        if (auto r = run(QStringLiteral("rtree_%1_%2").arg(t.table, t.column),
                         QStringLiteral("INSERT OR REPLACE INTO %1 SELECT %2, ST_MinX(%3), ST_MaxX(%3), ST_MinY(%3), "
                                        "ST_MaxY(%3) FROM %4 WHERE %3 NOT NULL AND NOT ST_IsEmpty(%3) ORDER BY %2")
                             .arg(quoted(QStringLiteral("rtree_%1_%2").arg(t.table, t.column)), quoted(t.pk), c,
                                  quoted(t.table)));
            !r)
            return r;
    }
    if (m_kpi) {
        if (auto r = run(QStringLiteral("kpi_post_day"), QString::fromLatin1(kKpiRebuild)); !r)
            return r;
    }
    if (m_stateCount) {
        if (auto r = run(QStringLiteral("case_state_count"), QString::fromLatin1(kStateRebuild)); !r)
            return r;
    }
    if (auto r = run(QStringLiteral("case_fts"), QString::fromLatin1(kFullText)); !r)
        return r;
    timer.start();
    for (const QString &sql : std::as_const(m_triggers)) {
        if (auto r = m_db.exec(sql); !r)
            return r;
    }
    for (const QString &sql : std::as_const(m_indexes)) {
        if (auto r = m_db.exec(sql); !r)
            return r;
    }
    if (step)
        step(QStringLiteral("indexes"), timer.nsecsElapsed() / 1e9);
    return {};
}

} // namespace Cc::Sync::Internal
