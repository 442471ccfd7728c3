// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/bulletin/period.h>
#include <cc/core/result.h>
#include <cc/reports/document.h>
#include <cc/reports/writers.h>

#include <QDateTime>

namespace Cc::City {
class CityContext;
}

namespace Cc::Bulletin {

/// What a bulletin lists and how long its lists may grow.
struct Options
{
    int rankedRows = 5;     ///< rows of each 红榜 and 黑榜
    int overdueRows = 30;   ///< the overdue list's rows (the total is always given)
    int topProblems = 10;   ///< 高发问题
    int recurringRows = 15; ///< 老不改 places (the rule's thresholds are the city's settings)
};

/// The bulletin (通报) for `period` as a document: headline figures with 环比 and 同比, 红榜
/// and 黑榜 of departments and streets, the overdue list, the top problems and their change,
/// recurring places (老不改), campaigns, and charts. Figures are taken as of the period's end
/// (or `now` while it runs), so a bulletin issued once reads the same when printed again.
/// Refuses ("bulletin.future-period") a period that has not started at `now`.
Result<Reports::Document> composeBulletin(const City::CityContext &city, const Period &period,
                                          const QDateTime &now, const Options &options = {});

/// What `cityctl bulletin` and the evaluation tab run: parses the kind and period (refusing
/// bad ones, "bulletin.bad-kind" / "bulletin.bad-period"), composes and writes the file.
Result<void> writeBulletin(const City::CityContext &city, QStringView kind, QStringView period,
                           Reports::Format format, const QString &path, const QDateTime &now);
/// The same on a read-only connection of its own to `databasePath` (for a worker thread: the
/// evaluation tab's 通报 dialog, wired in app/gui/mainwindow.cpp).
Result<void> writeBulletinFrom(const QString &databasePath, QStringView kind, QStringView period,
                               Reports::Format format, const QString &path, const QDateTime &now);

} // namespace Cc::Bulletin
