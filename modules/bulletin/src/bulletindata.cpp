// SPDX-License-Identifier: GPL-3.0-or-later
// The counts a bulletin prints, straight from case_record. Times are compared as ISO UTC text
// (docs/design.md §3).
#include "bulletindata.h"

#include <algorithm>
#include <functional>

namespace Cc::Bulletin {

namespace {

// Cases that leave every denominator: shelved (挂账) or cancelled (作废), or never filed.
const char kCounted[] = "c.hung = 0 AND c.state NOT IN ('cancelled', 'rejected')";

/// Runs `sql` with ?1 = from, ?2 = cutoff (as of), ?3 = to and calls `row` per result row.
Result<void> query(Storage::Database &db, const QString &sql, const Span &span,
                   const std::function<void(const Storage::Statement &)> &row)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    const QString values[] = {Storage::isoUtc(span.from), Storage::isoUtc(span.cutoff()),
                              Storage::isoUtc(span.to)};
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

QDateTime fromIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

Result<std::pair<qint64, QList<OverdueCase>>> overdueCases(Storage::Database &db, const Span &span,
                                                           int limit)
{
    // Open at the cutoff (not closed before it), filed before it, past the department's
    // deadline and without a result by it. Still open, or closed after the cutoff: two ranges
    // of the closing-time index (migration 0018), a few percent of the cases.
    const QString part
        = QStringLiteral(
              "SELECT %2 FROM case_record c INDEXED BY case_record_by_closed WHERE %3 AND "
              "c.disposal_deadline < ?2 AND c.filed_at < ?2 AND (c.disposed_at IS NULL OR "
              "c.disposed_at > c.disposal_deadline) AND %1")
              .arg(QLatin1String(kCounted));
    const auto both = [&](const QString &columns) {
        return part.arg(columns, QStringLiteral("c.closed_at IS NULL"))
               + QStringLiteral(" UNION ALL ")
               + part.arg(columns, QStringLiteral("c.closed_at >= ?2"));
    };
    const QString where = QStringLiteral("FROM (%1) c").arg(both(QStringLiteral("c.fid")));
    std::pair<qint64, QList<OverdueCase>> result{0, {}};
    auto count = query(db, QStringLiteral("SELECT count(*) ") + where, span,
                       [&](const Storage::Statement &st) { result.first = st.integer(0); });
    if (!count)
        return count.error();
    if (limit <= 0 || result.first == 0)
        return result;
    auto rows = query(db,
                      QStringLiteral(
                          "SELECT c.number, c.category_key, c.address, COALESCE(d.name_zh, ''), "
                          "c.disposal_deadline FROM (%1) c LEFT JOIN department d ON d.id = "
                          "c.department_id ORDER BY c.disposal_deadline, c.number LIMIT %2")
                          .arg(both(QStringLiteral(
                              "c.number, c.category_key, c.address, c.department_id, "
                              "c.disposal_deadline")))
                          .arg(limit),
                      span, [&](const Storage::Statement &st) {
                          result.second.append({st.text(0), st.text(1), st.text(2), st.text(3),
                                                fromIso(st.text(4))});
                      });
    if (!rows)
        return rows.error();
    return result;
}

Result<std::pair<QList<double>, QList<double>>> dailyCounts(Storage::Database &db,
                                                            const QList<QDateTime> &dayStarts)
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
        return qsizetype(std::upper_bound(bounds.cbegin(), bounds.cend(), at) - bounds.cbegin())
               - 1;
    };
    // When a case counts as filed: its 立案, or for a 自行处置 case (never filed) its
    // disposal. Two ranges of indexes (case_record_by_filed, migration 0018's
    // case_record_unfiled).
    auto filed = query(db,
                       QStringLiteral(
                           "SELECT c.filed_at FROM case_record c WHERE c.filed_at >= ?1 AND "
                           "c.filed_at < ?2 AND %1 UNION ALL SELECT c.disposed_at FROM "
                           "case_record c INDEXED BY case_record_unfiled WHERE c.filed_at IS "
                           "NULL AND c.disposed_at >= ?1 AND c.disposed_at < ?2 AND %1")
                           .arg(QLatin1String(kCounted)),
                       span,
                       [&](const Storage::Statement &st) { series.first[dayOf(st.text(0))] += 1; });
    if (!filed)
        return filed.error();
    auto closed
        = query(db,
                QStringLiteral(
                    "SELECT c.closed_at FROM case_record c INDEXED BY case_record_by_closed "
                    "WHERE c.closed_at >= ?1 AND c.closed_at < ?2"),
                span, [&](const Storage::Statement &st) { series.second[dayOf(st.text(0))] += 1; });
    if (!closed)
        return closed.error();
    return series;
}

} // namespace Cc::Bulletin
