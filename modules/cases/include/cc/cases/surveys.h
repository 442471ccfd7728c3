// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/campaigns.h>

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace Cc::Cases {

/// A 专项普查 counting task (docs/domain.md, "专项普查"): one collector counts the survey
/// items of one unit grid for a campaign (storage migration 0017: survey_task).
struct SurveyTask
{
    QString id;
    QString campaignId;
    QString gridCode;
    QString collectorLogin, collectorName;
    QString createdAt; ///< ISO-8601 UTC
};

/// One item's counts: how many were checked (排查数) and how many of them had a problem.
struct SurveyCount
{
    QString item;
    qint64 checked = 0;
    qint64 problems = 0;
};

/// What a collector hands in for a task: the counts of some or all items, on one day.
struct SurveySubmission
{
    QString taskId;
    QDate surveyedOn; ///< the city's local date; within the campaign's period, not in the future
    QList<SurveyCount> counts;
    QString note;
};

/// A survey campaign's results: per task the counts of every item (none: not counted yet),
/// and the totals per item.
struct SurveyReport
{
    struct Row
    {
        SurveyTask task;
        QList<std::optional<SurveyCount>> counts; ///< in the order of `items`
        QDate lastSurveyedOn;                     ///< invalid: nothing submitted
        bool complete() const;                    ///< every item counted
    };
    Campaign campaign;
    QStringList items;
    QList<Row> tasks;          ///< by grid code
    QList<SurveyCount> totals; ///< per item, in the order of `items`
    int completeTasks() const;
};

/// The limits a survey is checked against (CLI, GUI and import alike).
constexpr int kMaxSurveyItems = 20;
constexpr int kMaxSurveyItemChars = 40;
constexpr qint64 kMaxSurveyCount = 100000; ///< per item and grid
constexpr int kMaxSurveyNoteChars = 500;

/// 专项普查: survey items of a campaign, counting tasks, collectors' results and the report.
/// Every rule is checked here, whoever calls: shift leaders and administrators define items
/// and give tasks, only the collector a task is assigned to submits its counts.
class SurveyStore
{
public:
    SurveyStore(Storage::Database &db, const Core::CategoryDictionary &categories,
                const Core::WorkCalendar &calendar);

    /// Sets the items a survey campaign counts (1–20 distinct names of 1–40 characters).
    /// Refuses survey.forbidden-role, auth.unknown-user, auth.role-not-held,
    /// campaign.not-found, survey.bad-item, survey.items-locked (results are stored already).
    Result<QStringList> setItems(const QString &campaign, const QStringList &names,
                                 const QString &login, Core::Role role);
    /// Whether a list of item names would do (survey.bad-item), before storing anything.
    static Result<void> checkItems(const QStringList &names);
    /// The campaign's items in order; empty: not a survey.
    Result<QStringList> items(const QString &campaign);
    /// Gives `collectorLogin` the counting task of one unit grid of the campaign. Refuses
    /// survey.forbidden-role, auth.*, campaign.not-found, survey.not-a-survey (no items),
    /// survey.unknown-grid, survey.grid-outside (not in the campaign's listed area),
    /// survey.not-collector, survey.duplicate-task (the grid has a task already).
    Result<SurveyTask> addTask(const QString &campaign, const QString &gridCode,
                               const QString &collectorLogin, const QString &login,
                               Core::Role role);
    /// The unit grids a task may be given for: those in the campaign's listed area (all with a
    /// drawn area), by code.
    Result<QStringList> gridsInArea(const QString &campaign);
    /// The campaign's tasks by grid; with `collectorLogin`, only that collector's.
    Result<QList<SurveyTask>> tasks(const QString &campaign, const QString &collectorLogin = {});
    /// Stores a collector's counts (a later submission of an item replaces its counts).
    /// Refuses survey.forbidden-role (not a collector), auth.*, survey.unknown-task,
    /// survey.not-assigned, survey.no-counts, survey.unknown-item, survey.bad-count (negative,
    /// over kMaxSurveyCount, more problems than checked), survey.out-of-period (outside the
    /// campaign or after `today`), survey.bad-note.
    Result<void> submit(const SurveySubmission &submission, const QString &login, Core::Role role,
                        const QDate &today);
    /// The campaign's tasks and results; campaign.not-found.
    Result<SurveyReport> report(const QString &campaign);

private:
    Result<QList<std::pair<QString, QString>>> itemRows(const QString &campaignId);
    Result<void> checkGridInArea(const Campaign &campaign, const QString &gridCode);
    Result<void> checkCounts(const SurveySubmission &s, const Campaign &campaign,
                             const QDate &today);

    Storage::Database &m_db;
    CampaignStore m_campaigns;
};

} // namespace Cc::Cases
