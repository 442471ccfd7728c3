// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/casequery.h>

#include <cc/cases/csv.h>

#include "casestr.h"

#include <cc/cases/caseservice.h>
#include <cc/core/casestatemachine.h>
#include <cc/core/category.h>
#include <cc/geo/distance.h>
#include <cc/storage/fulltext.h>
#include <cc/storage/geometry.h>

#include <QVariantList>

#include <algorithm>
#include <cmath>

namespace Cc::Cases {

using Core::CaseState;
using Core::CaseStateMachine;

namespace {

// What a list row reads; department name through a LEFT JOIN on its primary key.
constexpr const char *kColumns
    = "c.fid, c.id, c.number, c.state, c.channel, c.category_key, c.level, c.address, "
      "c.description, coalesce(c.department_id, ''), coalesce(d.name_zh, ''), c.grid_code, "
      "c.responsibility_code, c.reported_at, c.stage_started_at, c.stage_deadline";
constexpr int kColumnCount = 16;

/// How many full-text matches may be read and sorted before reading the list in its own
/// order and checking each row in the index is cheaper. Reading M matches costs M case-row
/// lookups; checking rows costs about limit × N / M index seeks of every token of the term
/// (several times a lookup), so the balance lies near sqrt(limit × N × tokens) (bench_caselist,
/// 1 M cases: "井盖破损" with 11 k matches 244 ms checking rows, 55 ms sorting matches).
qint64 matchesFirstLimit(qint64 cases, int limit, const QString &match)
{
    const qint64 tokens = match.count(QLatin1Char(' ')) + 1;
    const double balance = std::sqrt(double(limit) * double(cases) * double(tokens));
    return std::clamp(qint64(balance), qint64(4000), qint64(50000));
}

/// From how many matches a list filtered by text alone is better walked along the report time
/// against the set of matches (TextPlan::MatchSet) than read match by match and sorted: each
/// match read is a case-row lookup, a random page on a cold disk, while the walk reads about
/// limit × cases / matches index entries, a hundred to a page, and only the rows it shows
/// (bench_caselist, 1 M cases of the demo town: "井盖破损", 11,000 matches, 508 ms cold read
/// match by match).
qint64 matchSetFrom(qint64 cases, int limit)
{
    return std::max(qint64(1000), qint64(std::sqrt(double(limit) * double(cases) / 100)));
}

QStringList terminalStateIds()
{
    QStringList ids;
    for (CaseState state : CaseStateMachine::allStates()) {
        if (CaseStateMachine::isTerminal(state))
            ids << Core::stateId(state);
    }
    return ids;
}

QStringList openStateIds()
{
    QStringList ids;
    for (CaseState state : CaseStateMachine::allStates()) {
        if (CaseStateMachine::isOpen(state))
            ids << Core::stateId(state);
    }
    return ids;
}

/// A statement under construction: clauses refer to their values by number, and every value
/// is bound, never spliced into the text, whatever a user typed.
struct Sql
{
    QStringList where;
    QVariantList args;

    QString arg(const QVariant &value)
    {
        args << value;
        return QStringLiteral("?%1").arg(args.size());
    }
    QString list(const QStringList &values)
    {
        QStringList marks;
        for (const QString &v : values)
            marks << arg(v);
        return marks.join(QLatin1String(", "));
    }
    QString whereClause() const
    {
        return where.isEmpty() ? QString()
                               : QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
    }
};

/// How a full-text filter meets the list: few matches drive and are sorted (MatchesFirst);
/// a middle band is read once into a set that the report-time index is walked against
/// (MatchSet; 5 M cases: 井盖破损, 57,000 matches, 504 → 26 ms); very many are checked row by
/// row as the list's own index walks (ListFirst).
enum class TextPlan { None, MatchesFirst, MatchSet, ListFirst };

/// Up to this many matches a set beats checking rows one by one (measured at 5 M cases:
/// 600,000 matches took 139 ms as a set, 51 ms row by row).
constexpr qint64 kMatchSetLimit = 250000;

/// Marks a deadline-first cursor past the cases with a deadline ('~' sorts after digits).
const QString kWithoutDeadline = QStringLiteral("~");

QString fromClause(TextPlan plan, bool overdue)
{
    // Overdue cases are the few in the partial deadline index; with the time a bound
    // parameter SQLite cannot tell that and would walk the whole date index instead.
    const QString cases = overdue && plan != TextPlan::MatchesFirst
                              ? QStringLiteral("case_record c INDEXED BY case_record_by_deadline")
                              : QStringLiteral("case_record c");
    // CROSS JOIN fixes the join order (SQLite never reorders it): either the full-text
    // matches drive and are sorted, or the list's own index drives and each row is looked up
    // in the full-text index by rowid.
    switch (plan) {
    case TextPlan::MatchesFirst:
        return QStringLiteral("case_fts CROSS JOIN case_record c ON c.fid = case_fts.rowid");
    case TextPlan::MatchSet:
        return overdue ? cases : QStringLiteral("case_record c INDEXED BY case_record_by_reported");
    case TextPlan::ListFirst:
        return cases + QStringLiteral(" CROSS JOIN case_fts ON case_fts.rowid = c.fid");
    case TextPlan::None:
        break;
    }
    return cases;
}

/// `withoutDeadline`: the rows are those without a deadline (closed history, mostly), read
/// newest first.
void addFilters(Sql &sql, const CaseFilter &f, const QDateTime &now, const QString &match,
                bool withoutDeadline = false, bool matchAsSet = false)
{
    // Open states hold few cases (most of millions are closed), so a queue is best read
    // through the state index; without statistics SQLite would rather walk a grid's or a
    // category's whole history in date order to find them. A unary + keeps those columns'
    // indexes out of the plan.
    bool openStatesOnly = !f.states.isEmpty();
    for (const QString &state : f.states) {
        if (!CaseStateMachine::isOpen(Core::stateFromId(state)))
            openStatesOnly = false;
    }
    const QString col = QLatin1String(openStatesOnly ? "+c." : "c.");
    const bool otherIndex = !f.categoryKey.isEmpty() || !f.gridCode.isEmpty()
                            || !f.responsibilityCode.isEmpty() || !f.departmentId.isEmpty()
                            || !f.channel.isEmpty();
    // Without a deadline a closed-history state is the least selective index of all, but an
    // open state there (挂账, or a stage without a limit) is a handful of rows: keep it.
    const QString stateCol = QLatin1String(withoutDeadline && otherIndex && !openStatesOnly ? "+c."
                                                                                            : "c.");
    if (f.states.size() == 1)
        sql.where << stateCol + QLatin1String("state = ") + sql.arg(f.states.first());
    else if (!f.states.isEmpty())
        sql.where << stateCol + QLatin1String("state IN (") + sql.list(f.states) + QLatin1Char(')');
    if (!f.channel.isEmpty())
        sql.where << col + QLatin1String("channel = ") + sql.arg(f.channel);
    if (!f.categoryKey.isEmpty())
        sql.where << col + QLatin1String("category_key = ") + sql.arg(f.categoryKey);
    if (!f.gridCode.isEmpty())
        sql.where << col + QLatin1String("grid_code = ") + sql.arg(f.gridCode);
    if (!f.responsibilityCode.isEmpty())
        sql.where << col + QLatin1String("responsibility_code = ") + sql.arg(f.responsibilityCode);
    if (!f.departmentId.isEmpty())
        sql.where << col + QLatin1String("department_id = ") + sql.arg(f.departmentId);
    if (f.reportedFrom.isValid())
        sql.where << col + QLatin1String("reported_at >= ")
                         + sql.arg(Storage::isoUtc(f.reportedFrom));
    if (f.reportedTo.isValid())
        sql.where << col + QLatin1String("reported_at < ") + sql.arg(Storage::isoUtc(f.reportedTo));
    if (f.overdueOnly) {
        // Terminal states and 挂账 carry no deadline, but a row written by an older build or
        // by sync may: the state test keeps "overdue" exact.
        sql.where << QLatin1String("c.stage_deadline IS NOT NULL") // the partial index's term
                  << QLatin1String("c.stage_deadline < ") + sql.arg(Storage::isoUtc(now));
        sql.where << QLatin1String("c.state NOT IN (") + sql.list(terminalStateIds())
                         + QLatin1Char(')');
    }
    if (!match.isEmpty() && matchAsSet)
        sql.where << QLatin1String("c.fid IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ")
                         + sql.arg(match) + QLatin1Char(')');
    else if (!match.isEmpty())
        sql.where << QLatin1String("case_fts MATCH ") + sql.arg(match);
}

Result<Storage::Statement> prepare(Storage::Database &db, const QString &text, const Sql &sql)
{
    auto st = db.prepare(text);
    if (!st)
        return st.error();
    for (int i = 0; i < sql.args.size(); ++i)
        st->bind(i + 1, sql.args.at(i));
    return st;
}

CaseListRow readRow(const Storage::Statement &st, const QDateTime &now)
{
    CaseListRow row;
    row.fid = st.integer(0);
    int i = 1;
    for (QString *text : {&row.id, &row.number, &row.state, &row.channel, &row.categoryKey,
                          &row.level, &row.address, &row.description, &row.departmentId,
                          &row.departmentName, &row.gridCode, &row.responsibilityCode})
        *text = st.text(i++);
    for (QDateTime *time : {&row.reportedAt, &row.stageStartedAt, &row.stageDeadline}) {
        *time = st.isNull(i) ? QDateTime() : Storage::fromIsoUtc(st.text(i));
        ++i;
    }
    row.overdue = row.stageDeadline.isValid() && row.stageDeadline < now
                  && CaseStateMachine::isOpen(Core::stateFromId(row.state));
    return row;
}

/// Reads rows of one ordered query into `rows` (up to `limit`).
Result<void> readRows(Storage::Database &db, const QString &text, const Sql &sql,
                      const QDateTime &now, QList<CaseListRow> &rows)
{
    auto st = prepare(db, text, sql);
    if (!st)
        return st.error();
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!more.value())
            return {};
        rows << readRow(st.value(), now);
    }
}

QDateTime nowOf(const CaseFilter &filter)
{
    return filter.now.isValid() ? filter.now.toUTC() : QDateTime::currentDateTimeUtc();
}

/// Full-text matches of `match`, counted up to `cap` (the index alone, no case rows).
Result<qint64> countMatches(Storage::Database &db, const QString &match, qint64 cap)
{
    auto st = db.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM case_fts "
                                        "WHERE case_fts MATCH ?1 LIMIT ?2)"));
    if (!st)
        return st.error();
    st->bindText(1, match).bindInt(2, cap);
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->integer(0) : 0;
}

QString csvTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QString();
}

} // namespace

// ------------------------------------------------------------------------------ queues

CaseFilter queueFor(Core::Role role, const QString &departmentId, const QString &responsibilityCode)
{
    using Core::Role;
    const auto ids = [](std::initializer_list<CaseState> states) {
        QStringList list;
        for (CaseState s : states)
            list << Core::stateId(s);
        return list;
    };
    CaseFilter filter;
    switch (role) {
    case Role::Operator:
        filter.states = ids({CaseState::Reported, CaseState::Disposed});
        break;
    case Role::ShiftLeader:
        filter.states = ids({CaseState::PendingFiling, CaseState::ReturnRequested,
                             CaseState::PostponeRequested, CaseState::HangRequested,
                             CaseState::CheckPassed, CaseState::SelfDisposed});
        break;
    case Role::Dispatcher:
        filter.states = ids({CaseState::Filed});
        break;
    case Role::Department:
        filter.states = ids({CaseState::Dispatched, CaseState::Disposing});
        filter.departmentId = departmentId;
        break;
    case Role::Collector:
        filter.states = ids({CaseState::Verifying, CaseState::Checking});
        filter.responsibilityCode = responsibilityCode;
        break;
    case Role::Supervisor:
    case Role::Admin:
        filter.states = openStateIds();
        break;
    case Role::Invalid:
        // No role, no queue: a state no case has, rather than an empty filter (= every case).
        filter.states = QStringList{QString()};
        break;
    }
    return filter;
}

Warning warningFor(const CaseListRow &row, const Core::CategoryDictionary &categories,
                   const Core::WorkCalendar &calendar, const QDateTime &now)
{
    const CaseState state = Core::stateFromId(row.state);
    if (!row.stageDeadline.isValid() || !CaseStateMachine::isOpen(state))
        return Warning::None;
    if (row.stageDeadline < now)
        return Warning::Red;
    if (!row.stageStartedAt.isValid() || now < row.stageStartedAt)
        return Warning::None;
    // The row does not say which kind of time its limit counts: the department's disposal
    // runs on the category's limit (working time, except the calendar-hour limits some
    // urgent categories have), the centre's own stages on calendar minutes.
    bool workingTime = CaseStateMachine::isInDisposal(state) && !row.departmentId.isEmpty();
    if (workingTime) {
        if (const Core::Category *category = categories.findByKey(row.categoryKey)) {
            const Core::TimeLimit limit = category->limit(Core::levelFromId(row.level));
            if (limit.isValid() && !limit.isWorkingTime())
                workingTime = false;
        }
    }
    qint64 limit = 0, used = 0;
    if (workingTime) {
        limit = calendar.workingMinutesBetween(row.stageStartedAt, row.stageDeadline);
        used = calendar.workingMinutesBetween(row.stageStartedAt, now);
    } else {
        limit = row.stageStartedAt.secsTo(row.stageDeadline);
        used = row.stageStartedAt.secsTo(now);
    }
    if (limit <= 0)
        return Warning::None;
    return used * 5 >= limit * 4 ? Warning::Yellow : Warning::None; // ≥ 80 % used
}

QString ftsTokens(QStringView text)
{
    return Storage::ftsTokens(text);
}

// ------------------------------------------------------------------------------ CaseQuery

PageCursor CaseQuery::cursorAfter(const CaseListRow &row, CaseOrder order)
{
    PageCursor cursor;
    cursor.fid = row.fid;
    if (order == CaseOrder::DeadlineFirst && row.stageDeadline.isValid())
        cursor.key = Storage::isoUtc(row.stageDeadline);
    else if (order == CaseOrder::DeadlineFirst)
        cursor.key = kWithoutDeadline + Storage::isoUtc(row.reportedAt);
    else
        cursor.key = Storage::isoUtc(row.reportedAt);
    return cursor;
}

Result<QList<CaseListRow>> CaseQuery::page(const CaseFilter &filter, CaseOrder order,
                                           const std::optional<PageCursor> &after, int limit)
{
    if (order != CaseOrder::NewestFirst && order != CaseOrder::DeadlineFirst)
        return makeError(QStringLiteral("case.query-order"), Tr::tr("Unknown list order."));
    QList<CaseListRow> rows;
    if (limit <= 0)
        return rows;
    const QDateTime now = nowOf(filter);

    QString match;
    TextPlan plan = TextPlan::None;
    if (!filter.text.trimmed().isEmpty()) {
        match = Storage::ftsMatchExpression(filter.text);
        if (match.isEmpty())
            return rows; // only punctuation: nothing the index could hold matches it
        // max(fid) is one seek; it stands in for the number of cases.
        auto cases = m_db.prepare(QStringLiteral("SELECT coalesce(max(fid), 0) FROM case_record"));
        if (!cases)
            return cases.error();
        auto casesRow = cases->step();
        if (!casesRow)
            return casesRow.error();
        const qint64 cap = matchesFirstLimit(cases->integer(0), limit, match);
        auto matches = countMatches(m_db, match, cap);
        if (!matches)
            return matches.error();
        plan = matches.value() < cap ? TextPlan::MatchesFirst : TextPlan::ListFirst;
        // Text alone (a date range at most): the middle band goes as a set along the report
        // time. Other filters have their own, more selective indexes to walk.
        const bool textOnly = filter.states.isEmpty() && filter.channel.isEmpty()
                              && filter.categoryKey.isEmpty() && filter.gridCode.isEmpty()
                              && filter.responsibilityCode.isEmpty()
                              && filter.departmentId.isEmpty() && !filter.overdueOnly;
        if (plan == TextPlan::MatchesFirst && textOnly
            && matches.value() >= matchSetFrom(cases->integer(0), limit))
            plan = TextPlan::MatchSet;
        if (plan == TextPlan::ListFirst && textOnly) {
            auto many = countMatches(m_db, match, kMatchSetLimit);
            if (!many)
                return many.error();
            if (many.value() < kMatchSetLimit)
                plan = TextPlan::MatchSet;
        }
    }

    // One ordered range of the list: `part` adds the keyset bound and picks the order.
    const auto run = [&](const std::function<void(Sql &)> &part, const QString &orderBy, int count,
                         bool withoutDeadline = false, bool withDeadline = false) -> Result<void> {
        Sql sql;
        addFilters(sql, filter, now, match, withoutDeadline, plan == TextPlan::MatchSet);
        part(sql);
        const QString limitArg = sql.arg(count);
        const QString text = QStringLiteral("SELECT %1 FROM %2 LEFT JOIN department d ON d.id "
                                            "= c.department_id%3 ORDER BY %4 LIMIT %5")
                                 .arg(QLatin1String(kColumns),
                                      fromClause(plan, filter.overdueOnly || withDeadline),
                                      sql.whereClause(), orderBy, limitArg);
        return readRows(m_db, text, sql, now, rows);
    };

    if (order == CaseOrder::NewestFirst) {
        auto r = run(
            [&](Sql &sql) {
                if (!after)
                    return;
                // The first term bounds the index range; the second skips the few rows of
                // the same instant already seen.
                const QString key = sql.arg(after->key);
                sql.where << QStringLiteral("c.reported_at <= %1").arg(key)
                          << QStringLiteral("(c.reported_at < %1 OR c.fid < %2)")
                                 .arg(key, sql.arg(after->fid));
            },
            QStringLiteral("c.reported_at DESC, c.fid DESC"), limit);
        if (!r)
            return r.error();
        return rows;
    }

    // Deadline first, NULLS LAST: no index yields that order in one pass, so the cases with a
    // deadline are read in (deadline, fid) order, then those without newest first (the
    // recent history, through the same (column, reported_at) indexes as NewestFirst). Only open
    // cases carry a deadline: the first part reads the partial deadline index (a few thousand
    // rows at most) rather than a category's, grid's or channel's whole history (measured at
    // 5 M cases: 2.3 s cold for a channel through its own index).
    const bool inNullPart = after && after->key.startsWith(kWithoutDeadline);
    if (!inNullPart) {
        auto r = run(
            [&](Sql &sql) {
                sql.where << QStringLiteral("c.stage_deadline IS NOT NULL");
                if (!after)
                    return;
                const QString key = sql.arg(after->key);
                sql.where << QStringLiteral("c.stage_deadline >= %1").arg(key)
                          << QStringLiteral("(c.stage_deadline > %1 OR c.fid > %2)")
                                 .arg(key, sql.arg(after->fid));
            },
            QStringLiteral("c.stage_deadline, c.fid"), limit, false, true);
        if (!r)
            return r.error();
    }
    // Overdue cases all have a deadline.
    if (rows.size() < limit && !filter.overdueOnly) {
        auto r = run(
            [&](Sql &sql) {
                sql.where << QStringLiteral("c.stage_deadline IS NULL");
                if (!inNullPart)
                    return;
                const QString key = sql.arg(after->key.mid(1));
                sql.where << QStringLiteral("c.reported_at <= %1").arg(key)
                          << QStringLiteral("(c.reported_at < %1 OR c.fid < %2)")
                                 .arg(key, sql.arg(after->fid));
            },
            QStringLiteral("c.reported_at DESC, c.fid DESC"), limit - int(rows.size()), true);
        if (!r)
            return r.error();
    }
    return rows;
}

Result<qint64> CaseQuery::count(const CaseFilter &filter, qint64 cap)
{
    QString match;
    if (!filter.text.trimmed().isEmpty()) {
        match = Storage::ftsMatchExpression(filter.text);
        if (match.isEmpty())
            return qint64(0);
    }
    Sql sql;
    addFilters(sql, filter, nowOf(filter), match);
    // Counting needs no order: the full-text matches, when there is a term, drive; with only
    // a term the index alone answers (every case has its row there).
    const QString limitArg = sql.arg(cap > 0 ? cap : qint64(-1));
    const bool textOnly = !match.isEmpty() && sql.where.size() == 1;
    const QString from = textOnly
                             ? QStringLiteral("case_fts")
                             : fromClause(match.isEmpty() ? TextPlan::None : TextPlan::MatchesFirst,
                                          filter.overdueOnly);
    const QString text = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1%2 LIMIT %3)")
                             .arg(from, sql.whereClause(), limitArg);
    auto st = prepare(m_db, text, sql);
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->integer(0) : qint64(0);
}

Result<QList<CaseListRow>> CaseQuery::duplicates(const QString &categoryKey, const QPointF &lonLat,
                                                 const QDateTime &at, double radiusM, int days)
{
    QList<CaseListRow> rows;
    if (categoryKey.isEmpty() || !(radiusM > 0) || days < 0 || !std::isfinite(lonLat.x())
        || !std::isfinite(lonLat.y()) || std::abs(lonLat.y()) > 89)
        return rows;
    const QDateTime until = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();

    // R-tree prefilter on a box a little larger than the circle (the exact distance decides).
    const double dLat = radiusM / Geo::metresPerDegree() * 1.01;
    const double dLon = dLat / std::cos(lonLat.y() * M_PI / 180.0) * 1.01;

    Sql sql;
    sql.where << QLatin1String("r.minx <= ") + sql.arg(lonLat.x() + dLon)
              << QLatin1String("r.maxx >= ") + sql.arg(lonLat.x() - dLon)
              << QLatin1String("r.miny <= ") + sql.arg(lonLat.y() + dLat)
              << QLatin1String("r.maxy >= ") + sql.arg(lonLat.y() - dLat)
              << QLatin1String("c.category_key = ") + sql.arg(categoryKey)
              << QLatin1String("c.reported_at >= ") + sql.arg(Storage::isoUtc(until.addDays(-days)))
              << QLatin1String("c.reported_at <= ") + sql.arg(Storage::isoUtc(until))
              << QLatin1String("c.state NOT IN (") + sql.list(terminalStateIds())
                     + QLatin1Char(')');
    const QString text = QStringLiteral(
                             "SELECT %1, c.geom FROM rtree_case_record_geom r CROSS JOIN "
                             "case_record c ON c.fid = r.id LEFT JOIN department d ON d.id = "
                             "c.department_id%2")
                             .arg(QLatin1String(kColumns), sql.whereClause());
    auto st = prepare(m_db, text, sql);
    if (!st)
        return st.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<std::pair<double, CaseListRow>> found;
    for (;;) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        auto point = Storage::Gpkg::decodePoint(st->blob(kColumnCount));
        if (!point)
            continue;
        const double distance = Geo::groundDistanceM(lonLat, *point);
        if (distance <= radiusM)
            found.append({distance, readRow(st.value(), now)});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.fid < b.second.fid;
    });
    for (auto &entry : found)
        rows << std::move(entry.second);
    return rows;
}

Result<qint64> CaseQuery::exportCsv(const CaseFilter &filter, CaseOrder order, QIODevice &out,
                                    const Core::CategoryDictionary &categories,
                                    const std::function<bool(qint64)> &progress)
{
    if (order == CaseOrder::Invalid)
        order = CaseOrder::NewestFirst;
    CsvWriter csv(out);
    const auto write = [&csv](const QString &records) -> Result<void> {
        if (!csv.writeRecords(records))
            return makeError(QStringLiteral("case.export-write"),
                             Tr::tr("Cannot write the export: %1").arg(csv.errorString()));
        return {};
    };

    const QStringList header = {Tr::tr("Case number"),
                                Tr::tr("State"),
                                Tr::tr("Channel"),
                                Tr::tr("Category"),
                                Tr::tr("Level"),
                                Tr::tr("Reported at"),
                                Tr::tr("Stage deadline"),
                                Tr::tr("Overdue"),
                                Tr::tr("Department"),
                                Tr::tr("Unit grid"),
                                Tr::tr("Responsibility grid"),
                                Tr::tr("Address"),
                                Tr::tr("Description")};
    if (auto r = write(csvRecord(header)); !r)
        return r.error();

    const QString yes = Tr::tr("Yes"), no = Tr::tr("No");
    constexpr int kPage = 1000;
    qint64 written = 0;
    std::optional<PageCursor> cursor;
    for (;;) {
        auto rows = page(filter, order, cursor, kPage);
        if (!rows)
            return rows.error();
        QString chunk;
        for (const CaseListRow &row : rows.value()) {
            const Core::Category *category = categories.findByKey(row.categoryKey);
            const CaseState state = Core::stateFromId(row.state);
            const Core::CaseLevel level = Core::levelFromId(row.level);
            chunk += csvRecord(
                {row.number, state == CaseState::Invalid ? row.state : Core::stateName(state),
                 channelName(row.channel),
                 category ? category->code + QLatin1Char(' ') + category->nameZh : row.categoryKey,
                 level == Core::CaseLevel::Invalid ? row.level : Core::levelName(level),
                 csvTime(row.reportedAt), csvTime(row.stageDeadline), row.overdue ? yes : no,
                 row.departmentName, row.gridCode, row.responsibilityCode, row.address,
                 row.description});
        }
        if (auto r = write(chunk); !r)
            return r.error();
        written += rows->size();
        if (progress && !progress(written))
            return makeError(QStringLiteral("case.export-cancelled"),
                             Tr::tr("The export was cancelled."));
        if (rows->size() < kPage)
            break;
        cursor = cursorAfter(rows->last(), order);
    }
    return written;
}

} // namespace Cc::Cases
