// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/evaluation.h>
#include <cc/cases/kpifigures.h>

#include "casestr.h"

#include <cc/core/casestatemachine.h>

#include <QFileInfo>
#include <QHash>
#include <QTime>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <thread>

namespace Cc::Cases {

using Core::actionId;
using Core::CaseAction;

QString scopeId(EvaluationScope scope)
{
    switch (scope) {
    case EvaluationScope::Department:
        return QStringLiteral("department");
    case EvaluationScope::Grid:
        return QStringLiteral("grid");
    case EvaluationScope::Post:
        return QStringLiteral("post");
    case EvaluationScope::Invalid:
        break;
    }
    return {};
}

EvaluationScope scopeFromId(QStringView id)
{
    for (auto scope : {EvaluationScope::Department, EvaluationScope::Grid, EvaluationScope::Post}) {
        if (id == scopeId(scope))
            return scope;
    }
    return EvaluationScope::Invalid;
}

namespace {

using Counts = QHash<QString, qint64>;

/// Runs a "SELECT key, count FROM … GROUP BY key" query with ?1 = from, ?2 = to, ?3 = now.
class Counter
{
public:
    Counter(Storage::Database &db, const QDateTime &from, const QDateTime &to, const QDateTime &now)
        : m_db(db)
        , m_from(Storage::isoUtc(from))
        , m_to(Storage::isoUtc(to))
        , m_now(Storage::isoUtc(now))
    {}
    /// The same period on another connection.
    Counter on(Storage::Database &db) const { return Counter(db, m_from, m_to, m_now); }
    Storage::Database &database() const { return m_db; }

    Result<Counts> operator()(const QString &sql) const
    {
        auto all = columns(sql);
        if (!all)
            return all.error();
        Counts counts;
        for (auto it = all->cbegin(); it != all->cend(); ++it)
            counts.insert(it.key(), it.value().value(0));
        return counts;
    }

    /// "SELECT key, count, count … GROUP BY key": several counts in one pass.
    Result<QHash<QString, QList<qint64>>> columns(const QString &sql) const
    {
        auto st = m_db.prepare(sql);
        if (!st)
            return st.error();
        const int params = sql.contains(QLatin1String("?3")) ? 3 : 2;
        st->bindText(1, m_from);
        st->bindText(2, m_to);
        if (params == 3)
            st->bindText(3, m_now);
        QHash<QString, QList<qint64>> counts;
        while (true) {
            auto more = st->step();
            if (!more)
                return more.error();
            if (!more.value())
                return counts;
            QList<qint64> &row = counts[st->text(0)];
            for (int c = 1; c < st->columnCount(); ++c)
                row.append(st->integer(c));
        }
    }

private:
    Counter(Storage::Database &db, const QString &from, const QString &to, const QString &now)
        : m_db(db)
        , m_from(from)
        , m_to(to)
        , m_now(now)
    {}
    Storage::Database &m_db;
    QString m_from, m_to, m_now;
};

/// One count run on a worker thread with a read-only connection of its own while the caller
/// counts the rest (a year's posts at 650,000 cases: ~0.5 s of ~1.3 s of CPU); on the
/// caller's connection when a second one would not see the same data (an open transaction)
/// or cannot be opened (a database not in a file).
class CountAside
{
public:
    CountAside(const Counter &count, const QString &sql)
    {
        Storage::Database &db = count.database();
        if (!db.inTransaction() && QFileInfo(db.path()).isFile()) {
            auto second = Storage::Database::open(db.path(), Storage::Database::OpenMode::ReadOnly,
                                                  Storage::Database::IntegrityCheck::Deferred);
            if (second) {
                m_db = std::move(second.value());
                m_thread = std::thread(
                    [this, sql, aside = count.on(*m_db)] { m_result = aside(sql); });
                return;
            }
        }
        m_result = count(sql);
    }
    ~CountAside()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    Result<Counts> take()
    {
        if (m_thread.joinable())
            m_thread.join();
        return std::move(*m_result);
    }

private:
    std::unique_ptr<Storage::Database> m_db;
    std::optional<Result<Counts>> m_result;
    std::thread m_thread;
};

#define CC_TRY(var, expr) \
    auto var##_r = (expr); \
    if (!var##_r) \
        return var##_r.error(); \
    const Counts &var = var##_r.value();

/// Departments and grids: the rows of the published figures with their composite.
Result<QList<EvaluationRow>> fromFigures(Storage::Database &db, FigureScope scope,
                                         const QDateTime &from, const QDateTime &to,
                                         const QDateTime &now, const Core::KpiRules &rules,
                                         QHash<QString, Core::CaseFigures> *counted)
{
    FigureQuery query;
    query.scope = scope;
    query.from = from;
    query.to = to;
    query.now = now;
    query.rules = rules;
    auto figures = countFigures(db, query);
    if (!figures)
        return figures.error();
    if (counted) {
        for (const FigureRow &f : figures.value())
            counted->insert(f.key, f.figures);
    }
    return evaluationFromFigures(scope, figures.value());
}

/// The China Standard Time midnight at or before `t` (the days of kpi_post_day).
QDateTime cstMidnightBefore(const QDateTime &t)
{
    return QDateTime(t.toOffsetFromUtc(8 * 3600).date(), QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600);
}

/// Every event of the period counted once, per (actor, role, action): the posts' counts come
/// from this one pass instead of a query per indicator. The whole CST days of the period add
/// up the daily facts kpi_post_day (every preset of the evaluation view is whole days); a
/// partial day at either end counts its events. Both give the same numbers (tst_evaluation
/// checks).
class PostTally
{
public:
    Result<void> load(Storage::Database &db, const QDateTime &from, const QDateTime &to)
    {
        QDateTime first = cstMidnightBefore(from);
        if (first < from)
            first = first.addDays(1);
        const QDateTime last = cstMidnightBefore(to);
        if (first >= last)
            return add(db, false, Storage::isoUtc(from), Storage::isoUtc(to));
        const auto day = [](const QDateTime &midnight) {
            return midnight.toOffsetFromUtc(8 * 3600).date().toString(Qt::ISODate);
        };
        if (auto r = add(db, true, day(first), day(last)); !r)
            return r;
        if (from < first) {
            if (auto r = add(db, false, Storage::isoUtc(from), Storage::isoUtc(first)); !r)
                return r;
        }
        if (last < to)
            return add(db, false, Storage::isoUtc(last), Storage::isoUtc(to));
        return {};
    }

    enum Column { All = 0, InTime = 1, FromFiled = 2 };
    qint64 get(const QString &actor, Core::Role role, std::initializer_list<CaseAction> actions,
               Column column = All) const
    {
        qint64 n = 0;
        for (CaseAction a : actions)
            n += m_counts.value(key(actor, Core::roleId(role), actionId(a)))[column];
        return n;
    }

private:
    /// Adds the facts of the days [from, to) or the events of the times [from, to).
    Result<void> add(Storage::Database &db, bool byDay, const QString &from, const QString &to)
    {
        auto st = db.prepare(
            byDay ? QStringLiteral(
                "SELECT actor_id, role, action, sum(n), sum(n_in_time), sum(n_from_filed) "
                "FROM kpi_post_day WHERE day >= ?1 AND day < ?2 GROUP BY 1, 2, 3")
                  : QStringLiteral(
                      "SELECT actor_id, role, action, count(*), sum(in_time = 1), "
                      "sum(from_state = 'filed') FROM case_event WHERE at >= ?1 AND at < ?2 "
                      "GROUP BY 1, 2, 3"));
        if (!st)
            return st.error();
        st->bindText(1, from);
        st->bindText(2, to);
        while (true) {
            auto more = st->step();
            if (!more)
                return more.error();
            if (!more.value())
                return {};
            std::array<qint64, 3> &counts = m_counts[key(st->text(0), st->text(1), st->text(2))];
            for (int c = 0; c < 3; ++c)
                counts[c] += st->integer(3 + c);
        }
    }

    static QString key(const QString &actor, const QString &role, const QString &action)
    {
        return actor + QLatin1Char('|') + role + QLatin1Char('|') + action;
    }
    QHash<QString, std::array<qint64, 3>> m_counts;
};

/// 派遣员: 返工 after a dispatch, charged to the dispatcher of the case's latest dispatch
/// (a case lookup per 返工, ~30,000 a year: as long as the other post counts together).
const QString kReworkedAfterSql = QStringLiteral(
    "SELECT d.actor_id, count(*) FROM case_event f JOIN case_event d ON d.case_id = f.case_id "
    "AND d.seq = (SELECT max(seq) FROM case_event x WHERE x.case_id = f.case_id "
    "AND x.seq < f.seq AND x.action IN ('dispatch', 'redispatch')) "
    "WHERE f.action = 'check-fail' AND f.at >= ?1 AND f.at < ?2 GROUP BY 1");

/// A collector's reports in the period whose case was neither filed nor self-disposed.
const QString kInvalidReportsSql = QStringLiteral(
    "SELECT e.actor_id, count(DISTINCT e.case_id) FROM case_record c CROSS JOIN case_event e "
    "ON e.case_id = c.id WHERE c.filed_at IS NULL AND c.id NOT IN (SELECT case_id FROM "
    "case_event WHERE action = 'self-dispose') AND e.action = 'report' AND e.role = 'collector' "
    "AND e.at >= ?1 AND e.at < ?2 GROUP BY 1");

Result<QList<EvaluationRow>> byPost(Storage::Database &db, const Counter &count,
                                    const QDateTime &from, const QDateTime &to,
                                    const Core::KpiRules &rules)
{
    // 监督员's invalid reports and 派遣员's 返工 (below) on worker threads while the rest is
    // counted here.
    CountAside invalidAside(count, kInvalidReportsSql);
    CountAside reworkAside(count, kReworkedAfterSql);
    PostTally tally;
    if (auto r = tally.load(db, from, to); !r)
        return r.error();
    // 监督员: a valid report was filed, or fixed on the spot by the collector (自行处置):
    // the reports (a case is reported once: the report creates it) less those of cases
    // never filed nor self-disposed, a few percent, found through their partial index
    // (migration 0018) instead of a case lookup per report (650 k a year).
    CC_TRY(invalid, invalidAside.take());
    // 漏报: public reports filed in the collector's own responsibility grid. Counted per grid
    // first: several collectors share a grid, and each case is then read once.
    auto inGrid_r = count.columns(QStringLiteral(
        "SELECT u.id, g.n, g.missed FROM app_user u JOIN (SELECT responsibility_code, count(*) AS n, "
        "sum(channel <> 'collector') AS missed FROM case_record WHERE filed_at >= ?1 AND "
        "filed_at < ?2 GROUP BY 1) g ON g.responsibility_code = u.responsibility_code "
        "WHERE u.responsibility_code <> ''"));
    if (!inGrid_r)
        return inGrid_r.error();
    Counts missed, filedInGrid;
    for (auto it = inGrid_r->cbegin(); it != inGrid_r->cend(); ++it) {
        filedInGrid.insert(it.key(), it.value().value(0));
        missed.insert(it.key(), it.value().value(1));
    }
    CC_TRY(reworkedAfter, reworkAside.take());

    auto users = db.prepare(QStringLiteral(
        "SELECT u.id, u.display_name, r.role FROM app_user u JOIN user_role r ON r.user_id = u.id "
        "ORDER BY u.login"));
    if (!users)
        return users.error();
    using A = CaseAction;
    QList<EvaluationRow> rows;
    while (true) {
        auto more = users->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        const QString id = users->text(0);
        const Core::Role role = Core::roleFromId(users->text(2));
        const auto n = [&](std::initializer_list<CaseAction> actions,
                           PostTally::Column c = PostTally::All) {
            return tally.get(id, role, actions, c);
        };
        Core::Evaluation evaluation;
        switch (role) {
        case Core::Role::Collector: {
            const Core::CollectorCounts c{n({A::Report}),
                                          n({A::Report}) - invalid.value(id),
                                          n({A::VerifyConfirm, A::VerifyReject}),
                                          n({A::VerifyConfirm, A::VerifyReject}, PostTally::InTime),
                                          n({A::CheckPass, A::CheckFail}),
                                          n({A::CheckPass, A::CheckFail}, PostTally::InTime),
                                          missed.value(id),
                                          filedInGrid.value(id)};
            if (c.reported + c.verifyDue + c.checkDue == 0)
                continue;
            evaluation = Core::evaluateCollector(c, rules);
            break;
        }
        case Core::Role::Operator: {
            const Core::OperatorCounts c{n({A::Accept, A::Reject}), n({A::SendVerify}),
                                         n({A::SendVerify}, PostTally::InTime), n({A::SendCheck}),
                                         n({A::SendCheck}, PostTally::InTime)};
            if (c.accepted + c.verifySent + c.checkSent == 0)
                continue;
            evaluation = Core::evaluateOperator(c, rules);
            break;
        }
        case Core::Role::ShiftLeader: {
            const Core::ShiftLeaderCounts c{n({A::File}), n({A::File}, PostTally::InTime),
                                            n({A::Cancel}, PostTally::FromFiled), n({A::Close}),
                                            n({A::Close}, PostTally::InTime)};
            if (c.filed + c.closeDue == 0)
                continue;
            evaluation = Core::evaluateShiftLeader(c, rules);
            break;
        }
        case Core::Role::Dispatcher: {
            const Core::DispatcherCounts c{n({A::Dispatch}), n({A::Dispatch}, PostTally::InTime),
                                           n({A::Dispatch, A::Redispatch}),
                                           reworkedAfter.value(id)};
            if (c.dispatched == 0)
                continue;
            evaluation = Core::evaluateDispatcher(c, rules);
            break;
        }
        default:
            continue; // departments are evaluated as departments; other roles have no KPIs
        }
        rows << EvaluationRow{id, users->text(1), role, evaluation};
    }
    return rows;
}

#undef CC_TRY

/// By post, then score, best first; rows without a score last.
QList<EvaluationRow> sorted(QList<EvaluationRow> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const EvaluationRow &a, const EvaluationRow &b) {
        if (a.role != b.role)
            return int(a.role) < int(b.role);
        if (a.evaluation.hasScore != b.evaluation.hasScore)
            return a.evaluation.hasScore;
        return a.evaluation.score > b.evaluation.score;
    });
    return rows;
}

} // namespace

Result<QList<EvaluationRow>> evaluate(Storage::Database &db, EvaluationScope scope,
                                      const QDateTime &from, const QDateTime &to,
                                      const QDateTime &now, const Core::KpiRules &rules,
                                      QHash<QString, Core::CaseFigures> *figures)
{
    const Counter count(db, from, to, now);
    Result<QList<EvaluationRow>> rows = makeError("kpi.scope", Tr::tr("Unknown evaluation scope."));
    switch (scope) {
    case EvaluationScope::Department:
        rows = fromFigures(db, FigureScope::Department, from, to, now, rules, figures);
        break;
    case EvaluationScope::Grid:
        rows = fromFigures(db, FigureScope::Grid, from, to, now, rules, figures);
        break;
    case EvaluationScope::Post:
        rows = byPost(db, count, from, to, rules);
        break;
    case EvaluationScope::Invalid:
        break;
    }
    if (!rows)
        return rows;
    return sorted(rows.value());
}

QList<EvaluationRow> evaluationFromFigures(FigureScope scope, const QList<FigureRow> &figures)
{
    QList<EvaluationRow> rows;
    for (const FigureRow &f : figures) {
        // No work in the period (nothing filed in a grid, nothing due to nor disposed by a
        // department): nothing to evaluate.
        const bool idle = scope == FigureScope::Department
                              ? f.figures.disposalDue == 0 && f.figures.disposed == 0
                              : f.figures.filed == 0 && f.figures.due == 0;
        if (idle || f.key.isEmpty())
            continue;
        rows << EvaluationRow{f.key, f.name,
                              scope == FigureScope::Department ? Core::Role::Department
                                                               : Core::Role::Invalid,
                              f.evaluation};
    }
    return sorted(rows);
}

} // namespace Cc::Cases
