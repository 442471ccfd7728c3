// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/database.h>
#include <cc/storage/settings.h>

#include <QDateTime>
#include <QList>
#include <QPointF>

namespace Cc::Cases {

/// One report as the recurring rule sees it.
struct RecurringReport
{
    QString caseId; ///< filled for the cases of a listed place
    QString number;
    QString categoryKey;
    QPointF pos; ///< lon/lat
    QDateTime reportedAt;
    qint64 fid = 0; ///< the row, to fetch id and number of the few listed ones
};

/// A place where the same 小类 keeps coming back (老不改): the reports linked by the rule.
struct RecurringPlace
{
    QString categoryKey;
    QPointF centre;                 ///< mean of the reports' points
    QList<RecurringReport> reports; ///< oldest first
    QDateTime first() const { return reports.isEmpty() ? QDateTime() : reports.first().reportedAt; }
    QDateTime last() const { return reports.isEmpty() ? QDateTime() : reports.last().reportedAt; }
};

/// A case whose result did not hold: 返工 (the check failed and the department worked on it
/// again) or 重办 (a step took it out of 已结案 again).
struct ReopenedCase
{
    enum class Reason { Rework, Reopened };
    RecurringReport report;
    Reason reason = Reason::Rework;
    int times = 0;    ///< 返工 / 重办 steps in the period
    QDateTime lastAt; ///< the latest of them
};
QString reasonId(ReopenedCase::Reason reason);   ///< "rework", "reopened"
QString reasonName(ReopenedCase::Reason reason); ///< translated: 返工, 重办

struct RecurringList
{
    Storage::RecurringThresholds thresholds;
    QList<RecurringPlace> places; ///< most reports first, then the most recent
    QList<ReopenedCase> reopened; ///< most recent first
};

/// The rule itself on reports in time order of any source (docs/hotspots.md): a report is a
/// repeat when at least minReports − 1 earlier reports of its 小类 lie within radiusM
/// (Geo::groundDistanceM) and windowDays (24-hour days) before it; a repeat and those
/// earlier reports belong to one place, and places that share a report are one. Only places
/// with a repeat at or after `countFrom` are returned (earlier reports may still belong to
/// them: a place reported twice last month and once this month is this month's).
QList<RecurringPlace> findRecurringPlaces(QList<RecurringReport> reports,
                                          const Storage::RecurringThresholds &rule,
                                          const QDateTime &countFrom);

/// The 老不改 list for the period [from, to): places by the rule (reading back windowDays
/// before `from`) and the cases reworked or reopened in the period. Refuses thresholds out
/// of their bounds ("hotspot.bad-threshold") and a bad period ("hotspot.bad-period").
Result<RecurringList> recurringProblems(Storage::Database &db, const QDateTime &from,
                                        const QDateTime &to,
                                        const Storage::RecurringThresholds &thresholds);

/// The bulletin's top `limit` recurring places of the period.
Result<QList<RecurringPlace>> topRecurringPlaces(Storage::Database &db, const QDateTime &from,
                                                 const QDateTime &to,
                                                 const Storage::RecurringThresholds &thresholds,
                                                 int limit = 10);

} // namespace Cc::Cases
