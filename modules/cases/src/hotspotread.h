// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the reports of a period for the density layer and the 老不改 list, from the index
// case_record_for_hotspots alone (storage migration 0016).
#pragma once

#include <cc/core/category.h>
#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QPointF>

#include <functional>

namespace Cc::Cases {

struct ReportRow
{
    qint64 fid = 0;
    QString categoryKey; ///< only when asked for
    qint64 reportedMs = 0; ///< ms since the epoch (UTC)
    QPointF pos{qQNaN(), qQNaN()}; ///< NaN when the case has no point
};

/// The SQL condition on `state` that keeps a report counted (not 不予受理, not 作废).
QString countedStates();

/// "part", "event", "part:01" (a 大类) or "part:0101" (a 小类) of the dictionary.
bool isKnownCategoryFilter(const QString &filter, const Core::CategoryDictionary &categories);

/// Calls `each` for every counted report in [from, to) whose category_key starts with
/// `category` (empty: all), in the order of reported_at.
Result<void> readReports(Storage::Database &db, const QDateTime &from, const QDateTime &to, const QString &category,
                         const std::function<void(const ReportRow &)> &each, bool withCategory = false);

} // namespace Cc::Cases
