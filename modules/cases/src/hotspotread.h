// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the reports of a period for the density layer and the 老不改 list, from the index
// case_record_for_hotspots alone (storage migration 0016), without a copy per row: a year of
// a large city is 650 k rows.
#pragma once

#include <cc/core/category.h>
#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QByteArrayView>
#include <QDateTime>
#include <QPointF>

#include <functional>

namespace Cc::Cases {

/// One row as read; the views are valid during the callback only.
struct ReportView
{
    qint64 fid = 0;
    QByteArrayView categoryKey;    ///< UTF-8 (empty unless asked for)
    QByteArrayView reportedAt;     ///< ISO text as stored (empty unless asked for)
    QPointF pos{qQNaN(), qQNaN()}; ///< NaN when the case has no point
};

/// The SQL condition on `state` that keeps a report counted (not 不予受理, not 作废).
QString countedStates();

/// "part", "event", "part:01" (a 大类) or "part:0101" (a 小类) of the dictionary.
bool isKnownCategoryFilter(const QString &filter, const Core::CategoryDictionary &categories);

/// Calls `each` for every counted report in [from, to) whose category_key starts with
/// `category` (empty: all), in the order of reported_at. `withKeys`: also fid, category and
/// time (the layer needs the points only).
Result<void> readReports(Storage::Database &db, const QDateTime &from, const QDateTime &to,
                         const QString &category, bool withKeys,
                         const std::function<void(const ReportView &)> &each);

/// One read transaction around many small reads (a SAVEPOINT: nests in the caller's
/// transaction, else begins a deferred one): the file lock is taken once, not per statement
/// (140 k case lookups for a year's 老不改 list cost seconds of fcntl calls otherwise).
class ReadTransaction
{
public:
    explicit ReadTransaction(Storage::Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Storage::Database &m_db;
    bool m_active = false;
};

/// ms since the epoch of a stored time ("2026-03-01T08:00:00.000Z", Storage::isoUtc's form,
/// parsed by hand; anything else through Storage::fromIsoUtc).
qint64 storedMs(QByteArrayView iso);

} // namespace Cc::Cases
