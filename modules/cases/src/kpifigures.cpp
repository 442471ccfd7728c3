// SPDX-License-Identifier: GPL-3.0-or-later
// The published figures (统计口径) of docs/kpi.md: one pass over the case records, grouped by
// the row's key, with every count a conditional sum over the columns the case service keeps
// (filed_at, dispatched_at, disposed_at, closed_at, the disposal deadline with 延期, the
// counters); the filing time of a 自行处置 case is its self-dispose event.
#include <cc/cases/kpifigures.h>

#include "casestr.h"
#include "kpicasepass.h"

#include <cc/cases/caseservice.h>
#include <cc/core/casestatemachine.h>

#include <QHash>

#include <algorithm>

namespace Cc::Cases {

namespace {

struct ScopeInfo
{
    FigureScope scope;
    const char *id;
    const char *key;   ///< SQL over case_record c
    const char *names; ///< SQL: key, name (nullptr: named in C++)
};

const ScopeInfo scopeInfos[] = {
    {FigureScope::City, "city", "''", nullptr},
    {FigureScope::Street, "street", "substr(c.grid_code, 1, 9)", "SELECT code, name FROM street"},
    {FigureScope::Community, "community", "c.community_code", "SELECT code, name FROM community"},
    {FigureScope::Grid, "grid", "c.responsibility_code",
     "SELECT code, name FROM grid_responsibility"},
    {FigureScope::UnitGrid, "unit-grid", "c.grid_code", nullptr},
    {FigureScope::Department, "department", "ifnull(c.department_id, '')",
     "SELECT id, name_zh FROM department"},
    {FigureScope::Post, "post", "c.created_by", "SELECT id, display_name FROM app_user"},
    {FigureScope::Channel, "channel", "c.channel", nullptr},
    {FigureScope::Kind, "kind", "c.kind", nullptr},
    {FigureScope::Class, "class", "substr(c.category_key, 1, instr(c.category_key, ':') + 2)",
     nullptr},
};

const ScopeInfo *info(FigureScope scope)
{
    for (const ScopeInfo &i : scopeInfos) {
        if (i.scope == scope)
            return &i;
    }
    return nullptr;
}

// ?1 from, ?2 to, ?3 min(to, now). `fa`: when the case was filed, 自行处置 included.
// The columns in the order of readFigures().
constexpr const char *kFiguresSql = R"SQL(
SELECT %1 AS k,
  sum(c.reported_at >= ?1 AND c.reported_at < ?2 AND c.state NOT IN ('rejected', 'cancelled')),
  sum(c.reported_at >= ?1 AND c.reported_at < ?2 AND c.state NOT IN ('rejected', 'cancelled') AND fa IS NOT NULL),
  sum(fa >= ?1 AND fa < ?2 AND c.state <> 'cancelled'),
  sum(fa >= ?1 AND fa < ?2 AND c.state <> 'cancelled' AND c.filed_at IS NULL),
  sum(c.dispatched_at >= ?1 AND c.dispatched_at < ?2),
  sum(c.dispatched_at >= ?1 AND c.dispatched_at < ?2 AND c.dispatch_count = 1),
  sum(%2),
  sum(%2 AND c.disposed_at >= ?1 AND c.disposed_at < ?2),
  sum(%2 AND c.disposed_at >= ?1 AND c.disposed_at < ?2 AND (c.disposal_deadline IS NULL OR c.disposed_at <= c.disposal_deadline)),
  sum(%2 AND c.postpone_count > 0),
  sum(%3),
  sum(%3 AND %4),
  sum(%3 AND %4 AND c.closed_in_time = 1),
  sum(%3 AND %4 AND c.rework_count = 0 AND c.dispatch_count <= 1),
  sum(%3 AND %4 AND c.rework_count > 0),
  sum(fa < ?2 AND c.hung = 0 AND c.state <> 'cancelled' AND (c.closed_at IS NULL OR c.closed_at >= ?2)
      AND c.disposal_deadline < ?3 AND (c.disposed_at IS NULL OR c.disposed_at > c.disposal_deadline)),
  sum(fa < ?2 AND c.hung = 1),
  sum(fa >= ?1 AND fa < ?2 AND c.state <> 'cancelled' AND c.channel = 'collector'),
  sum(fa >= ?1 AND fa < ?2 AND c.state <> 'cancelled' AND c.channel IN ('hotline-12319', 'hotline-12345', 'wechat'))
FROM (SELECT c.channel, c.kind, c.category_key, c.grid_code, c.responsibility_code, c.community_code,
             c.department_id, c.created_by, c.state, c.hung, c.reported_at, c.filed_at, c.dispatched_at,
             c.disposed_at, c.closed_at, c.closed_in_time, c.disposal_deadline, c.dispatch_count,
             c.rework_count, c.postpone_count, coalesce(c.filed_at, s.at) AS fa FROM case_record c
      LEFT JOIN (SELECT case_id, min(at) AS at FROM case_event WHERE action = 'self-dispose' GROUP BY case_id) s
      ON s.case_id = c.id
      WHERE c.reported_at < ?2) c
GROUP BY 1
)SQL";

// 应处置: dispatched before the end, not parked or void, and either disposed in the period or
// with its disposal deadline before the end and not disposed before the period.
constexpr const char *kDisposalDue
    = "(c.dispatched_at < ?2 AND c.hung = 0 AND c.state <> 'cancelled' AND ((c.disposed_at >= ?1 AND "
      "c.disposed_at < ?2) OR (c.disposal_deadline < ?2 AND (c.disposed_at IS NULL OR c.disposed_at >= ?1))))";
// 应结案, the published-bulletin method.
constexpr const char *kDueBulletin
    = "(fa < ?2 AND c.hung = 0 AND c.state <> 'cancelled' AND ((c.closed_at >= ?1 AND c.closed_at < ?2) OR "
      "(c.disposal_deadline < ?2 AND (c.closed_at IS NULL OR c.closed_at >= ?1))))";
constexpr const char *kClosedBulletin = "(c.closed_at >= ?1 AND c.closed_at < ?2)";
// 应结案, filed in the period; closed: of those, closed by now.
constexpr const char *kDueFiled
    = "(fa >= ?1 AND fa < ?2 AND c.hung = 0 AND c.state <> 'cancelled')";
constexpr const char *kClosedFiled = "(c.closed_at IS NOT NULL)";

// The disposal time of the period's results (处理反馈), from their events.
constexpr const char *kDisposalTimeSql
    = "SELECT %1, sum(ifnull(e.used_minutes, 0)), count(e.used_minutes) FROM case_event e "
      "%2WHERE e.action = 'feedback' AND e.at >= ?1 AND e.at < ?2 GROUP BY 1";

// 回访 answered in the period and of them 满意 or 基本满意 (case_revisit, migration 0013).
constexpr const char *kSatisfactionSql
    = "SELECT %1, count(*), sum(r.result IN ('satisfied', 'basic')) FROM case_revisit r %2"
      "WHERE r.at >= ?1 AND r.at < ?2 GROUP BY 1";

void readFigures(const Storage::Statement &st, Core::CaseFigures &f)
{
    qint64 *fields[] = {&f.reported,
                        &f.reportedFiled,
                        &f.filed,
                        &f.selfDisposed,
                        &f.dispatched,
                        &f.dispatchedOnce,
                        &f.disposalDue,
                        &f.disposed,
                        &f.disposedInTime,
                        &f.postponed,
                        &f.due,
                        &f.closed,
                        &f.closedInTime,
                        &f.closedFirstTime,
                        &f.closedReworked,
                        &f.overdueOpen,
                        &f.hung,
                        &f.collectorFiled,
                        &f.publicFiled};
    int column = 1;
    for (qint64 *field : fields)
        *field = st.integer(column++);
}

Result<QHash<QString, QString>> namesOf(Storage::Database &db, const FigureQuery &query)
{
    QHash<QString, QString> names;
    const ScopeInfo *scope = info(query.scope);
    if (scope->names) {
        auto st = db.prepare(QString::fromLatin1(scope->names));
        if (!st)
            return st.error();
        if (auto r = Storage::forEachRow(st.value(),
                                         [&](const Storage::Statement &row) {
                                             names.insert(row.text(0), row.text(1));
                                         });
            !r)
            return r.error();
        return names;
    }
    switch (query.scope) {
    case FigureScope::City:
        //: the row of the whole city in the evaluation (全市)
        names.insert(QString(), query.cityName.isEmpty() ? Tr::tr("Whole city") : query.cityName);
        break;
    case FigureScope::Channel:
        for (const QString &id : channelIds())
            names.insert(id, channelName(id));
        break;
    case FigureScope::Kind:
    case FigureScope::Class: {
        const Core::CategoryDictionary &dict = query.categories
                                                   ? *query.categories
                                                   : Core::CategoryDictionary::builtin();
        for (Core::CaseKind kind : {Core::CaseKind::Component, Core::CaseKind::Event}) {
            names.insert(Core::kindId(kind), Core::kindName(kind));
            for (const Core::MajorCategory &major : dict.majors(kind))
                names.insert(Core::kindId(kind) + QLatin1Char(':') + major.code,
                             Core::kindName(kind) + QLatin1Char(' ') + major.code + QLatin1Char(' ')
                                 + major.nameZh);
        }
        break;
    }
    default:
        break;
    }
    return names;
}

Result<void> addDisposalTimes(Storage::Database &db, const FigureQuery &query,
                              QHash<QString, Core::CaseFigures> &rows)
{
    // Departments: the department on the event (the one that reported the result), no join;
    // the city: no key, no join; the rest: the case's own key.
    QString key = QString::fromLatin1(info(query.scope)->key);
    QString join = QStringLiteral("JOIN case_record c ON c.id = e.case_id ");
    if (query.scope == FigureScope::Department)
        key = QStringLiteral("ifnull(e.department_id, '')");
    if (query.scope == FigureScope::Department || query.scope == FigureScope::City)
        join.clear();
    // The planner without fresh statistics prefers the events' index by action, which makes
    // it read every result's row; the partial covering index of migration 0014 answers alone.
    auto index = db.prepare(QStringLiteral(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'case_event_feedback_time'"));
    if (!index)
        return index.error();
    auto hasIndex = index->step();
    if (!hasIndex)
        return hasIndex.error();
    if (hasIndex.value())
        join.prepend(QStringLiteral("INDEXED BY case_event_feedback_time "));
    auto st = db.prepare(QString::fromLatin1(kDisposalTimeSql).arg(key, join));
    if (!st)
        return st.error();
    st->bindText(1, Storage::isoUtc(query.from));
    st->bindText(2, Storage::isoUtc(query.to));
    return Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
        Core::CaseFigures &f = rows[row.text(0)];
        f.disposalMinutes += row.integer(1);
        f.disposalsTimed += row.integer(2);
    });
}

Result<void> addSatisfaction(Storage::Database &db, const FigureQuery &query,
                             QHash<QString, Core::CaseFigures> &rows)
{
    QString key = QString::fromLatin1(info(query.scope)->key);
    QString join = QStringLiteral("JOIN case_record c ON c.id = r.case_id ");
    if (query.scope == FigureScope::Department)
        key = QStringLiteral("ifnull(r.department_id, '')");
    if (query.scope == FigureScope::Department || query.scope == FigureScope::City)
        join.clear();
    auto st = db.prepare(QString::fromLatin1(kSatisfactionSql).arg(key, join));
    if (!st)
        return st.error();
    st->bindText(1, Storage::isoUtc(query.from));
    st->bindText(2, Storage::isoUtc(query.to));
    return Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
        Core::CaseFigures &f = rows[row.text(0)];
        f.revisited += row.integer(1);
        f.satisfied += row.integer(2);
    });
}

} // namespace

Core::Evaluation evaluationFor(FigureScope scope, const Core::CaseFigures &f,
                               const Core::KpiRules &rules)
{
    switch (scope) {
    case FigureScope::Department:
        return Core::evaluateDepartment(Core::departmentCounts(f), rules);
    case FigureScope::City:
    case FigureScope::Street:
    case FigureScope::Community:
    case FigureScope::Grid:
    case FigureScope::UnitGrid:
        return Core::evaluateRegion(Core::regionCounts(f), rules);
    default: {
        Core::Evaluation none;
        none.hasScore = false;
        return none;
    }
    }
}

QString figureScopeId(FigureScope scope)
{
    const ScopeInfo *i = info(scope);
    return i ? QString::fromLatin1(i->id) : QString();
}

FigureScope figureScopeFromId(QStringView id)
{
    for (const ScopeInfo &i : scopeInfos) {
        if (id == QLatin1String(i.id))
            return i.scope;
    }
    return FigureScope::Invalid;
}

QList<FigureScope> figureScopes()
{
    QList<FigureScope> list;
    for (const ScopeInfo &i : scopeInfos)
        list << i.scope;
    return list;
}

namespace {

Result<void> checkQuery(const FigureQuery &query)
{
    if (!info(query.scope))
        return makeError(QStringLiteral("kpi.scope"), Tr::tr("Unknown evaluation scope."));
    if (!query.from.isValid() || !query.to.isValid() || query.to <= query.from)
        return makeError(QStringLiteral("kpi.period"),
                         Tr::tr("The period is empty or ends before it starts."));
    return {};
}

/// What is overdue at the period's end: as of then, or now when the end has not come.
QDateTime asOf(const FigureQuery &query)
{
    return std::min(query.to, query.now.isValid() ? query.now : query.to);
}

/// The rows in key order with their names and composites.
Result<QList<FigureRow>> rowsOf(Storage::Database &db, const FigureQuery &query,
                                QHash<QString, Core::CaseFigures> byKey)
{
    auto names = namesOf(db, query);
    if (!names)
        return names.error();
    if (query.scope == FigureScope::City && byKey.isEmpty())
        byKey.insert(QString(), {}); // the city has its row even in an empty period

    QStringList keys = byKey.keys();
    std::sort(keys.begin(), keys.end());
    QList<FigureRow> rows;
    for (const QString &key : keys) {
        // Cases with no department (自行处置, not dispatched yet) have no department row.
        if (query.scope == FigureScope::Department && key.isEmpty())
            continue;
        const Core::CaseFigures &f = byKey.value(key);
        rows << FigureRow{key, names->value(key, key), f,
                          evaluationFor(query.scope, f, query.rules)};
    }
    return rows;
}

} // namespace

Result<QList<FigureRow>> countFiguresBySql(Storage::Database &db, const FigureQuery &query)
{
    if (auto r = checkQuery(query); !r)
        return r.error();
    const ScopeInfo *scope = info(query.scope);
    const bool bulletin = query.rules.dueMethod == Core::DueMethod::Bulletin;
    const QString sql = QString::fromLatin1(kFiguresSql)
                            .arg(QString::fromLatin1(scope->key), QString::fromLatin1(kDisposalDue),
                                 QString::fromLatin1(bulletin ? kDueBulletin : kDueFiled),
                                 QString::fromLatin1(bulletin ? kClosedBulletin : kClosedFiled));
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    st->bindText(1, Storage::isoUtc(query.from));
    st->bindText(2, Storage::isoUtc(query.to));
    st->bindText(3, Storage::isoUtc(asOf(query)));
    QHash<QString, Core::CaseFigures> byKey;
    if (auto r = Storage::forEachRow(st.value(),
                                     [&](const Storage::Statement &row) {
                                         readFigures(row, byKey[row.text(0)]);
                                     });
        !r)
        return r.error();
    if (auto r = addDisposalTimes(db, query, byKey); !r)
        return r.error();
    if (auto r = addSatisfaction(db, query, byKey); !r)
        return r.error();
    return rowsOf(db, query, std::move(byKey));
}

Result<QList<QList<FigureRow>>> countFigures(Storage::Database &db,
                                             const QList<FigureQuery> &queries)
{
    QList<Detail::PassTarget> targets;
    for (const FigureQuery &query : queries) {
        if (auto r = checkQuery(query); !r)
            return r.error();
        Detail::PassTarget t;
        t.keySql = QString::fromLatin1(info(query.scope)->key);
        t.from = Storage::isoUtc(query.from);
        t.to = Storage::isoUtc(query.to);
        t.now = Storage::isoUtc(asOf(query));
        t.bulletinDue = query.rules.dueMethod == Core::DueMethod::Bulletin;
        t.disposalTimes = query.scope == FigureScope::City ? Detail::DisposalTimesBy::Nobody
                          : query.scope == FigureScope::Department
                              ? Detail::DisposalTimesBy::Department
                              : Detail::DisposalTimesBy::Case;
        targets << t;
    }
    if (auto r = Detail::countCasePass(db, targets); !r)
        return r.error();
    QList<QList<FigureRow>> all;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        auto rows = rowsOf(db, queries[i], std::move(targets[i].rows));
        if (!rows)
            return rows.error();
        all << rows.value();
    }
    return all;
}

Result<QList<FigureRow>> countFigures(Storage::Database &db, const FigureQuery &query)
{
    auto all = countFigures(db, QList<FigureQuery>{query});
    if (!all)
        return all.error();
    return all->first();
}

} // namespace Cc::Cases
