// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QList>
#include <QPair>

namespace Cc::Cases {

/// What the command hall sees at a glance: the city's inventory and the state of its cases.
struct Overview
{
    qint64 streets = 0, communities = 0, responsibilityGrids = 0, unitGrids = 0;
    qint64 components = 0, cameras = 0, departments = 0, users = 0, collectors = 0;
    qint64 totalCases = 0, openCases = 0, overdueCases = 0, hungCases = 0;
    qint64 reportedToday = 0, closedToday = 0;
    QList<QPair<QString, qint64>> casesByState; ///< state id → count, in workflow order
};

/// One line of a case list.
struct CaseSummary
{
    QString id, number, state, categoryKey, level, address, departmentName, channel;
    QDateTime reportedAt, stageDeadline;
    bool overdue = false;
};

/// `now` decides what is overdue; `todayStartUtc` is local midnight in the city's zone.
Result<Overview> loadOverview(Storage::Database &db, const QDateTime &now,
                              const QDateTime &todayStartUtc);
/// The newest cases, overdue ones flagged.
Result<QList<CaseSummary>> latestCases(Storage::Database &db, const QDateTime &now, int limit);
/// Open cases past their stage deadline, most overdue first.
Result<QList<CaseSummary>> overdueCases(Storage::Database &db, const QDateTime &now, int limit);

} // namespace Cc::Cases
