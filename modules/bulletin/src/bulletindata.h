// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace Cc::Bulletin {

/// The instants [from, to) of a period, and `now` (what is overdue for cases still open).
struct Span
{
    QDateTime from;
    QDateTime to;
    QDateTime now;
    /// The instant a period's figures are taken at: its end, or now while it runs.
    QDateTime cutoff() const { return std::min(to, now); }
};

/// A case still open at the period's end whose department's deadline had passed without a
/// result by it: the cases behind the published 超期未结数 (docs/kpi.md, overdue-open).
struct OverdueCase
{
    QString number;
    QString categoryKey;
    QString address;
    QString department;
    QDateTime deadline;
};
/// The total, and the `limit` most overdue cases (oldest deadline first).
Result<std::pair<qint64, QList<OverdueCase>>> overdueCases(Storage::Database &db, const Span &span,
                                                           int limit);

/// Filed and closed per day of the city (`dayStarts`: the UTC instants the days start, plus
/// the end), for the trend chart.
Result<std::pair<QList<double>, QList<double>>> dailyCounts(Storage::Database &db,
                                                            const QList<QDateTime> &dayStarts);

} // namespace Cc::Bulletin
