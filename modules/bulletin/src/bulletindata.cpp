// SPDX-License-Identifier: GPL-3.0-or-later
// The counts a bulletin prints, straight from case_record. Times are compared as ISO UTC text
// (docs/design.md §3).
#include "bulletindata.h"

#include <algorithm>
#include <functional>

namespace Cc::Bulletin {

namespace {

// When a case counts as filed: its 立案, or for a 自行处置 case (never filed) its disposal.
const char kFiledAt[] = "COALESCE(c.filed_at, c.disposed_at)";
// Cases that leave every denominator: shelved (挂账) or cancelled (作废), or never filed.
const char kCounted[] = "c.hung = 0 AND c.state NOT IN ('cancelled', 'rejected')";

/// Runs `sql` with ?1 = from, ?2 = cutoff (as of), ?3 = to and calls `row` per result row.
Result<void> query(Storage::Database &db, const QString &sql, const Span &span,
                   const std::function<void(const Storage::Statement &)> &row)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    const QString values[] = {Storage::isoUtc(span.from), Storage::isoUtc(span.cutoff()), Storage::isoUtc(span.to)};
    for (int i = 0; i < 3; ++i) {
        if (sql.contains(QStringLiteral("?%1").arg(i + 1)))
            st->bindText(i + 1, values[i]);
    }
    while (true) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!more.value())
            return {};
        row(*st);
    }
}

std::optional<double> percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}

QDateTime fromIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

std::optional<double> CityFigures::closeRate() const
{
    return percent(closed, closeDue);
}

std::optional<double> CityFigures::inTimeCloseRate() const
{
    return percent(closedInTime, closeDue);
}

Result<CityFigures> cityFigures(Storage::Database &db, const Span &span)
{
    CityFigures f;
    // One pass over the period's filed cases; reports and overdue cases each use an index.
    auto filed = query(db, QStringLiteral(
        "SELECT count(*), sum(%2), sum(c.closed_at < ?2), sum(c.closed_at < ?2 AND c.closed_in_time = 1) "
        "FROM case_record c WHERE %1 >= ?1 AND %1 < ?3").arg(QLatin1String(kFiledAt), QLatin1String(kCounted)),
        span, [&](const Storage::Statement &st) {
            f.filed = st.integer(0);
            f.closeDue = st.integer(1);
            f.closed = st.integer(2);
            f.closedInTime = st.integer(3);
        });
    if (!filed)
        return filed.error();
    auto reported = query(db, QStringLiteral("SELECT count(*) FROM case_record WHERE reported_at >= ?1 AND reported_at < ?3"),
                          span, [&](const Storage::Statement &st) { f.reported = st.integer(0); });
    if (!reported)
        return reported.error();
    auto overdue = overdueCases(db, span, 0);
    if (!overdue)
        return overdue.error();
    f.overdueOpen = overdue->first;
    return f;
}

Result<QList<StreetFigures>> streetFigures(Storage::Database &db, const Span &span)
{
    QList<StreetFigures> streets;
    auto r = query(db, QStringLiteral(
        "SELECT s.name, count(*), sum(c.closed_at < ?2), sum(c.closed_at < ?2 AND c.closed_in_time = 1) "
        "FROM case_record c JOIN community m ON m.code = c.community_code JOIN street s ON s.code = m.street_code "
        "WHERE %1 >= ?1 AND %1 < ?3 AND %2 GROUP BY s.code ORDER BY s.code").arg(QLatin1String(kFiledAt), QLatin1String(kCounted)),
        span, [&](const Storage::Statement &st) {
            streets.append({st.text(0), st.integer(1), st.integer(2), st.integer(3)});
        });
    if (!r)
        return r.error();
    return streets;
}

Result<std::pair<qint64, QList<OverdueCase>>> overdueCases(Storage::Database &db, const Span &span, int limit)
{
    // Open at the cutoff (not closed before it), filed before it, past the department's deadline.
    const QString where = QStringLiteral(
        "FROM case_record c WHERE c.disposal_deadline < ?2 AND (c.closed_at IS NULL OR c.closed_at >= ?2) "
        "AND c.filed_at < ?2 AND %1").arg(QLatin1String(kCounted));
    std::pair<qint64, QList<OverdueCase>> result{0, {}};
    auto count = query(db, QStringLiteral("SELECT count(*) ") + where, span,
                       [&](const Storage::Statement &st) { result.first = st.integer(0); });
    if (!count)
        return count.error();
    if (limit <= 0 || result.first == 0)
        return result;
    auto rows = query(db, QStringLiteral(
        "SELECT c.number, c.category_key, c.address, COALESCE(d.name_zh, ''), c.disposal_deadline %1 "
        "ORDER BY c.disposal_deadline LIMIT %2").arg(QString(where).replace(QStringLiteral("FROM case_record c"),
            QStringLiteral("FROM case_record c LEFT JOIN department d ON d.id = c.department_id"))).arg(limit),
        span, [&](const Storage::Statement &st) {
            result.second.append({st.text(0), st.text(1), st.text(2), st.text(3), fromIso(st.text(4))});
        });
    if (!rows)
        return rows.error();
    return result;
}

Result<QList<std::pair<QString, qint64>>> filedByCategory(Storage::Database &db, const Span &span)
{
    QList<std::pair<QString, qint64>> counts;
    auto r = query(db, QStringLiteral(
        "SELECT c.category_key, count(*) FROM case_record c WHERE %1 >= ?1 AND %1 < ?3 AND %2 "
        "GROUP BY 1 ORDER BY 2 DESC, 1").arg(QLatin1String(kFiledAt), QLatin1String(kCounted)),
        span, [&](const Storage::Statement &st) { counts.append({st.text(0), st.integer(1)}); });
    if (!r)
        return r.error();
    return counts;
}

Result<QList<RecurringPlace>> recurringPlaces(Storage::Database &db, const Span &span, int minTimes, int limit)
{
    QList<RecurringPlace> places;
    // max(reported_at) picks the bare columns (address) from the latest row (SQLite's rule).
    auto r = query(db, QStringLiteral(
        "SELECT c.grid_code, c.category_key, count(*), c.address, max(c.reported_at) FROM case_record c "
        "WHERE c.reported_at >= ?1 AND c.reported_at < ?3 AND c.grid_code <> '' AND c.state NOT IN ('cancelled', 'rejected') "
        "GROUP BY 1, 2 HAVING count(*) >= %1 ORDER BY 3 DESC, 5 DESC LIMIT %2").arg(minTimes).arg(limit),
        span, [&](const Storage::Statement &st) {
            places.append({st.text(0), st.text(1), st.integer(2), st.text(3), fromIso(st.text(4))});
        });
    if (!r)
        return r.error();
    return places;
}

Result<std::pair<QList<double>, QList<double>>> dailyCounts(Storage::Database &db, const QList<QDateTime> &dayStarts)
{
    std::pair<QList<double>, QList<double>> series;
    if (dayStarts.size() < 2)
        return series;
    series.first.fill(0, dayStarts.size() - 1);
    series.second.fill(0, dayStarts.size() - 1);
    QStringList bounds;
    for (const QDateTime &d : dayStarts)
        bounds << Storage::isoUtc(d);
    const Span span{dayStarts.first(), dayStarts.last(), dayStarts.last()};
    // Each instant falls into the day whose start is the last one at or before it.
    auto dayOf = [&](const QString &at) {
        return qsizetype(std::upper_bound(bounds.cbegin(), bounds.cend(), at) - bounds.cbegin()) - 1;
    };
    auto filed = query(db, QStringLiteral("SELECT %1 FROM case_record c WHERE %1 >= ?1 AND %1 < ?2 AND %2")
                               .arg(QLatin1String(kFiledAt), QLatin1String(kCounted)),
                       span, [&](const Storage::Statement &st) { series.first[dayOf(st.text(0))] += 1; });
    if (!filed)
        return filed.error();
    auto closed = query(db, QStringLiteral("SELECT c.closed_at FROM case_record c WHERE c.closed_at >= ?1 AND c.closed_at < ?2"),
                        span, [&](const Storage::Statement &st) { series.second[dayOf(st.text(0))] += 1; });
    if (!closed)
        return closed.error();
    return series;
}

} // namespace Cc::Bulletin
