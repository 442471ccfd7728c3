// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

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

/// The city's headline counts for one period, taken as of the period's end so that a
/// bulletin once issued does not change: a case closed later does not count.
/// 立案 includes 自行处置 (a case a collector disposed of on the spot, which has no filing
/// step: its disposal stands for it); 应结案 = cases filed in the period, neither hung (挂账)
/// nor cancelled; 结案 / 按期结案 = of those, closed (in time) before the period's end.
struct CityFigures
{
    qint64 reported = 0;     ///< 受理数: reports received in the period
    qint64 filed = 0;        ///< 立案数
    qint64 closeDue = 0;     ///< 应结案数
    qint64 closed = 0;       ///< 结案数
    qint64 closedInTime = 0; ///< 按期结案数
    qint64 overdueOpen = 0;  ///< 超期未结数 at the period's end (any filing date)

    std::optional<double> closeRate() const;       ///< percent, nullopt when nothing was due
    std::optional<double> inTimeCloseRate() const; ///< percent
};

Result<CityFigures> cityFigures(Storage::Database &db, const Span &span);

/// One street's counts (the same rules as CityFigures), for the 红榜/黑榜.
struct StreetFigures
{
    QString name;
    qint64 closeDue = 0;
    qint64 closed = 0;
    qint64 closedInTime = 0;
};
Result<QList<StreetFigures>> streetFigures(Storage::Database &db, const Span &span);

/// A case still open at the period's end whose department's deadline had passed.
struct OverdueCase
{
    QString number;
    QString categoryKey;
    QString address;
    QString department;
    QDateTime deadline;
};
/// The total, and the `limit` most overdue cases (oldest deadline first).
Result<std::pair<qint64, QList<OverdueCase>>> overdueCases(Storage::Database &db, const Span &span, int limit);

/// Cases filed in the period per 小类 (category key), most first.
Result<QList<std::pair<QString, qint64>>> filedByCategory(Storage::Database &db, const Span &span);

/// A place where the same problem keeps coming back: the same 小类 in one unit grid
/// reported `minTimes` times or more in the period.
struct RecurringPlace
{
    QString gridCode;
    QString categoryKey;
    qint64 times = 0;
    QString lastAddress;
    QDateTime lastReported;
};
Result<QList<RecurringPlace>> recurringPlaces(Storage::Database &db, const Span &span, int minTimes, int limit);

/// Filed and closed per day of the city (`dayStarts`: the UTC instants the days start, plus
/// the end), for the trend chart.
Result<std::pair<QList<double>, QList<double>>> dailyCounts(Storage::Database &db, const QList<QDateTime> &dayStarts);

} // namespace Cc::Bulletin
