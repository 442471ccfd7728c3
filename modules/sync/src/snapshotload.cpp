// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotload.h"
#include "localapply.h"
#include "rtreeaside.h"

#include <cc/sync/pgconnection.h>

#include <QDate>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <tuple>

namespace Cc::Sync::Internal {

using Storage::quotedIdentifier;

namespace {

// The per-row triggers of migrations 0005 and 0007, and the statements that give the same
// rows at once. ORDER BY min(rowid): the row of a group is inserted when its first source
// row is, as the trigger would have, so even the fids match.
constexpr const char *kKpiTrigger = "case_event_kpi_post_day";
constexpr const char *kKpiRebuild
    = "INSERT INTO kpi_post_day (day, actor_id, role, action, n, n_in_time, n_from_filed) "
      "SELECT date(at, '+8 hours'), actor_id, role, action, count(*), sum(ifnull(in_time, 0) = 1), "
      "sum(ifnull(from_state, '') = 'filed') FROM case_event GROUP BY 1, 2, 3, 4 ORDER BY min(rowid)";
constexpr const char *kStateTrigger = "case_record_state_count_insert";
constexpr const char *kStateRebuild
    = "INSERT INTO case_state_count (state, n) SELECT state, count(*) FROM case_record GROUP BY state "
      "ORDER BY min(fid)";
// Not a trigger (see migration 0003): the case service writes it with each report.
constexpr const char *kFullText
    = "INSERT INTO case_fts (rowid, description, address) "
      "SELECT fid, cc_fts_tokens(description), cc_fts_tokens(address) FROM case_record ORDER BY fid";

int digits(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

/// The Julian day of date(at, '+8 hours') for a time as CityCommand writes it
/// (YYYY-MM-DDTHH:MM:SS.mmmZ, a real date); -1 for anything else.
qint64 chinaDay(const char *at, int size)
{
    if (size != 24 || at[4] != '-' || at[7] != '-' || at[10] != 'T' || at[13] != ':'
        || at[16] != ':' || at[19] != '.' || at[23] != 'Z' || digits(at + 20, 3) < 0)
        return -1;
    const int y = digits(at, 4), m = digits(at + 5, 2), d = digits(at + 8, 2);
    const int h = digits(at + 11, 2), min = digits(at + 14, 2), sec = digits(at + 17, 2);
    const QDate date(y, m, d);
    if (y < 1000 || y > 9998 || !date.isValid() || h < 0 || h > 23 || min < 0 || min > 59 || sec < 0
        || sec > 59)
        return -1;
    return date.toJulianDay() + (h + 8 >= 24 ? 1 : 0);
}

/// `each` on every row of `sql`.
Result<void> eachRow(Storage::Database &db, const QString &sql,
                     const std::function<void(const Storage::Statement &)> &each)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    if (auto r = Storage::forEachRow(st.value(), each); !r)
        return r.error();
    return {};
}

quint32 intern(QHash<QByteArray, quint32> &ids, const char *text, int size)
{
    const QByteArray key = QByteArray::fromRawData(text, size);
    if (auto it = ids.constFind(key); it != ids.cend())
        return *it;
    return *ids.insert(QByteArray(text, size), quint32(ids.size()));
}

} // namespace

SnapshotLoad::SnapshotLoad(Storage::Database &db) : m_db(db) {}

SnapshotLoad::~SnapshotLoad() = default;

void SnapshotLoad::observe(const QString &entity, const PgResult &rows)
{
    for (Rtree &rtree : m_rtrees) {
        if (rtree.points && rtree.table == entity)
            handPointsAside(rtree, rows);
    }
    if (!m_kpi || m_factsBySql || entity != QLatin1String("case_event"))
        return;
    int at = -1, actor = -1, role = -1, action = -1, inTime = -1, from = -1;
    for (int c = 0; c < rows.columns(); ++c) {
        const QString name = rows.columnName(c);
        for (auto [column, index] :
             {std::pair{"at", &at}, std::pair{"actor_id", &actor}, std::pair{"role", &role},
              std::pair{"action", &action}, std::pair{"in_time", &inTime},
              std::pair{"from_state", &from}}) {
            if (name == QLatin1String(column))
                *index = c;
        }
    }
    if (at < 0 || actor < 0 || role < 0 || action < 0 || inTime < 0 || from < 0) {
        m_factsBySql = true;
        return;
    }
    for (int r = 0; r < rows.rows(); ++r) {
        if (rows.isNull(r, at) || rows.isNull(r, actor) || rows.isNull(r, role)
            || rows.isNull(r, action)) {
            m_factsBySql = true; // the insert failed on NOT NULL already; SQL says the same
            return;
        }
        const qint64 day = chinaDay(rows.data(r, at), rows.length(r, at));
        // in_time arrives as an integer's text: ifnull(in_time, 0) = 1.
        const char *t = rows.data(r, inTime);
        const int tl = rows.isNull(r, inTime) ? 0 : rows.length(r, inTime);
        const bool inTimeOk = rows.isNull(r, inTime) || (tl == 1 && (t[0] == '0' || t[0] == '1'));
        const quint32 actorId = intern(m_actors, rows.data(r, actor), rows.length(r, actor));
        const quint32 roleId = intern(m_roles, rows.data(r, role), rows.length(r, role));
        const quint32 actionId = intern(m_actions, rows.data(r, action), rows.length(r, action));
        if (day < 0 || !inTimeOk || actorId >= (1u << 24) || roleId >= (1u << 8)
            || actionId >= (1u << 8)) {
            m_factsBySql = true;
            return;
        }
        const quint64 key = quint64(day) << 40 | quint64(actorId) << 16 | quint64(roleId) << 8
                            | actionId;
        auto it = m_factAt.constFind(key);
        if (it == m_factAt.cend()) {
            it = m_factAt.insert(key, m_facts.size());
            m_facts.append(Fact{key});
        }
        Fact &f = m_facts[*it];
        ++f.n;
        f.inTime += tl == 1 && t[0] == '1';
        f.fromFiled += !rows.isNull(r, from) && rows.length(r, from) == 5
                       && std::memcmp(rows.data(r, from), "filed", 5) == 0;
    }
}

/// The points of rows just written, with the fids SQLite gave them: the table was empty and
/// the rows came without fids, so the n-th row has fid n (finish() checks it). Anything else
/// (a fid sent along, a point in an unusual encoding) leaves this R-tree to SQL at the end.
void SnapshotLoad::handPointsAside(Rtree &rtree, const PgResult &rows)
{
    int geometry = -1;
    for (int c = 0; c < rows.columns(); ++c) {
        const QString name = rows.columnName(c);
        if (name == rtree.pk)
            geometry = -2;
        else if (name == rtree.column && geometry == -1)
            geometry = c;
    }
    if (geometry < 0) {
        rtree.points = false;
        return;
    }
    QList<RtreeAside::Point> points;
    points.reserve(rows.rows());
    QByteArray blob;
    for (int r = 0; r < rows.rows(); ++r) {
        if (rows.isNull(r, geometry))
            continue; // no entry, as the insert trigger would make none
        std::optional<QPointF> p;
        if (fromHex(rows.data(r, geometry), rows.length(r, geometry), blob))
            p = canonicalPoint(blob);
        if (!p) {
            rtree.points = false;
            return;
        }
        points.append({rtree.rows + r + 1, p->x(), p->y()});
    }
    rtree.rows += rows.rows();
    m_aside->add(rtree.name(), std::move(points));
}

/// An R-tree set aside by begin(): copied in when it was built aside, else filled with the
/// insert trigger's very expressions over all rows at once.
Result<void> SnapshotLoad::buildRtree(const Rtree &rtree,
                                      const std::function<void(const QString &, double)> &step)
{
    QElapsedTimer timer;
    timer.start();
    if (auto tree = rtree.points ? m_aside->take(rtree.name()) : nullptr) {
        auto fids = m_db.scalar(
            QStringLiteral("SELECT count(*) = %1 AND ifnull(max(%2), 0) = %1 FROM %3")
                .arg(rtree.rows)
                .arg(quotedIdentifier(rtree.pk), quotedIdentifier(rtree.table)));
        if (!fids)
            return fids.error();
        if (fids.value() == 1) {
            if (auto r = tree->copyInto(m_db); !r)
                return r;
            if (step)
                step(rtree.name() + QStringLiteral(" (built aside)"), timer.nsecsElapsed() / 1e9);
            return {};
        }
    }
    const QString c = quotedIdentifier(rtree.column);
    if (auto r = m_db.exec(
            QStringLiteral(
                "INSERT OR REPLACE INTO %1 SELECT %2, ST_MinX(%3), ST_MaxX(%3), ST_MinY(%3), "
                "ST_MaxY(%3) FROM %4 WHERE %3 NOT NULL AND NOT ST_IsEmpty(%3) ORDER BY %2")
                .arg(quotedIdentifier(rtree.name()), quotedIdentifier(rtree.pk), c,
                     quotedIdentifier(rtree.table)));
        !r)
        return r;
    if (step)
        step(rtree.name(), timer.nsecsElapsed() / 1e9);
    return {};
}

Result<void> SnapshotLoad::writeFacts()
{
    // The names as they arrived (UTF-8), bound without a copy; the day formatted by hand:
    // QDate::toString costs more than the insert's own B-tree work at 84,000 facts.
    QList<QByteArray> actors(m_actors.size()), roles(m_roles.size()), actions(m_actions.size());
    for (auto [ids, names] : {std::pair{&m_actors, &actors}, std::pair{&m_roles, &roles},
                              std::pair{&m_actions, &actions}}) {
        for (auto it = ids->cbegin(); it != ids->cend(); ++it)
            (*names)[it.value()] = it.key();
    }
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO kpi_post_day (day, actor_id, role, action, n, n_in_time, n_from_filed) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!st)
        return st.error();
    for (const Fact &f : std::as_const(m_facts)) {
        int year = 0, month = 0, day = 0;
        QDate::fromJulianDay(qint64(f.key >> 40)).getDate(&year, &month, &day);
        char date[16];
        const int dateSize = std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
        const QByteArray &actor = actors[(f.key >> 16) & 0xffffff];
        const QByteArray &role = roles[(f.key >> 8) & 0xff];
        const QByteArray &action = actions[f.key & 0xff];
        st.value().reset();
        st.value()
            .bindUtf8View(1, date, dateSize)
            .bindUtf8View(2, actor.constData(), actor.size())
            .bindUtf8View(3, role.constData(), role.size())
            .bindUtf8View(4, action.constData(), action.size())
            .bindInt(5, f.n)
            .bindInt(6, f.inTime)
            .bindInt(7, f.fromFiled);
        if (auto r = st.value().exec(); !r)
            return r;
    }
    return {};
}

Result<void> SnapshotLoad::begin(qint64 eventRows)
{
    // The secondary indexes of cases, components and attachments are built once at the end:
    // sorting beats inserting row by row into a dozen B-trees in random places, and at the
    // end the hub is done, so the sorter has both cores. The events' too while their keys fit
    // the sorter's memory (the demo's 586,000 events: 3.9 s to load and 2.7–3.3 s to index
    // instead of 7.6 s). Beyond it the sort spills to disk and keeping them costs less
    // (8.6 M events: keeping them cost 30 s while loading, sorting them 64 s at the end).
    QString tables = QStringLiteral("'case_record', 'component', 'attachment'");
    if (eventRows <= kEventsSortedAtEnd)
        tables += QStringLiteral(", 'case_event'");
    QStringList drop;
    if (auto r
        = eachRow(m_db,
                  QStringLiteral("SELECT name, sql, tbl_name FROM sqlite_master WHERE type = "
                                 "'index' AND sql IS NOT NULL AND tbl_name IN (%1) "
                                 "ORDER BY tbl_name")
                      .arg(tables),
                  [&](const Storage::Statement &row) {
                      drop.append(
                          QStringLiteral("DROP INDEX %1").arg(quotedIdentifier(row.text(0))));
                      m_indexes.append({row.text(2), row.text(1)});
                  });
        !r)
        return r;
    // The R-tree of every GeoPackage table that has one (GeoPackage §F.3 triggers).
    if (auto r = eachRow(
            m_db,
            QStringLiteral(
                "SELECT e.table_name, e.column_name, p.name, t.sql, g.geometry_type_name = 'POINT' "
                "FROM gpkg_extensions e JOIN pragma_table_info(e.table_name) p ON p.pk = 1 "
                "JOIN gpkg_geometry_columns g ON g.table_name = e.table_name "
                "AND g.column_name = e.column_name "
                "JOIN sqlite_master t ON t.type = 'trigger' AND t.tbl_name = e.table_name "
                "AND t.name = 'rtree_' || e.table_name || '_' || e.column_name || '_insert' "
                "WHERE e.extension_name = 'gpkg_rtree_index'"),
            [&](const Storage::Statement &row) {
                m_rtrees.append({row.text(0), row.text(1), row.text(2), row.integer(4) == 1});
                m_triggers.append(row.text(3));
                drop.append(
                    QStringLiteral("DROP TRIGGER %1")
                        .arg(quotedIdentifier(
                            QStringLiteral("rtree_%1_%2_insert").arg(row.text(0), row.text(1)))));
            });
        !r)
        return r;
    if (std::any_of(m_rtrees.cbegin(), m_rtrees.cend(), [](const Rtree &t) { return t.points; })) {
        auto pageSize = m_db.scalar(QStringLiteral("PRAGMA page_size"));
        if (!pageSize)
            return pageSize.error();
        m_aside = std::make_unique<RtreeAside>(int(pageSize.value()));
    }
    for (auto [name, flag, table] :
         {std::tuple{kKpiTrigger, &m_kpi, "kpi_post_day"},
          std::tuple{kStateTrigger, &m_stateCount, "case_state_count"}}) {
        auto st = m_db.prepare(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1"));
        if (!st)
            return st.error();
        st.value().bindText(1, QString::fromLatin1(name));
        auto found = st.value().step();
        if (!found)
            return found.error();
        if (!found.value() || m_db.rowCount(QString::fromLatin1(table)) != 0)
            continue; // nothing to set aside (or not from empty): the trigger stays
        m_triggers.append(st.value().text(0));
        drop.append(
            QStringLiteral("DROP TRIGGER %1").arg(quotedIdentifier(QString::fromLatin1(name))));
        *flag = true;
    }
    // The change counters' insert triggers (migration 0012): one UPDATE per component, grid or
    // user row. finish() raises every counter once instead: a counter only says "changed".
    if (auto r
        = eachRow(m_db,
                  QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                 "AND name GLOB 'change_stamp_*_insert'"),
                  [&](const Storage::Statement &row) {
                      drop.append(
                          QStringLiteral("DROP TRIGGER %1").arg(quotedIdentifier(row.text(0))));
                      m_triggers.append(row.text(1));
                      m_changeStamps = true;
                  });
        !r)
        return r;
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
    for (const Rtree &rtree : std::as_const(m_rtrees)) {
        if (auto r = buildRtree(rtree, step); !r)
            return r;
    }
    if (m_kpi && m_factsBySql) {
        if (auto r = run(QStringLiteral("kpi_post_day (SQL)"), QString::fromLatin1(kKpiRebuild));
            !r)
            return r;
    } else if (m_kpi) {
        timer.start();
        if (auto r = writeFacts(); !r)
            return r;
        if (step)
            step(QStringLiteral("kpi_post_day (counted while loading)"),
                 timer.nsecsElapsed() / 1e9);
    }
    if (m_stateCount) {
        if (auto r = run(QStringLiteral("case_state_count"), QString::fromLatin1(kStateRebuild));
            !r)
            return r;
    }
    if (auto r = run(QStringLiteral("case_fts"), QString::fromLatin1(kFullText)); !r)
        return r;
    if (m_changeStamps) {
        if (auto r = m_db.exec(QStringLiteral("UPDATE change_stamp SET n = n + 1")); !r)
            return r;
    }
    for (const QString &sql : std::as_const(m_triggers)) {
        if (auto r = m_db.exec(sql); !r)
            return r;
    }
    for (qsizetype i = 0; i < m_indexes.size();) {
        const QString table = m_indexes[i].first;
        int n = 0;
        timer.start();
        for (; i < m_indexes.size() && m_indexes[i].first == table; ++i, ++n) {
            if (auto r = m_db.exec(m_indexes[i].second); !r)
                return r;
        }
        if (step)
            step(QStringLiteral("%1 indexes of %2").arg(n).arg(table), timer.nsecsElapsed() / 1e9);
    }
    return {};
}

} // namespace Cc::Sync::Internal
