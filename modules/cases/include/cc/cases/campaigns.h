// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/category.h>
#include <cc/core/result.h>
#include <cc/core/role.h>
#include <cc/core/workcalendar.h>
#include <cc/storage/database.h>
#include <cc/storage/rows.h>

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace Cc::Cases {

/// A 专项整治 campaign (docs/domain.md, "专项整治"): the cases reported in its period, in its
/// area and of its categories are tagged with it (storage migration 0015: campaign,
/// campaign_case), at filing and retroactively.
struct Campaign
{
    QString id;
    QString name;
    QDate startsOn, endsOn;  ///< inclusive, the city's local dates
    QStringList streetCodes; ///< the area: any of these lists, or the polygon
    QStringList communityCodes;
    QStringList responsibilityCodes; ///< responsibility grids (责任网格)
    QStringList gridCodes;           ///< unit grids (单元网格)
    Storage::PolygonRings polygon;   ///< lon/lat (EPSG:4490); empty: none
    QStringList categories;          ///< keys ("event:0102") or 大类 ("event:01"); empty: all
    QString createdAt;               ///< ISO-8601 UTC
};

/// What a campaign has reached: its cases by outcome and where they are.
struct CampaignReport
{
    Campaign campaign;
    qint64 cases = 0;                           ///< tagged cases
    qint64 filed = 0;                           ///< of them 立案 (or 自行处置)
    qint64 closed = 0;                          ///< 结案
    qint64 closedInTime = 0;                    ///< 按期结案
    qint64 open = 0;                            ///< neither closed nor ended otherwise
    qint64 overdue = 0;                         ///< open with its stage deadline passed
    std::optional<double> closeRate() const;    ///< closed / filed in percent; none without filed
    QList<std::pair<QString, qint64>> topGrids; ///< unit grids by cases, at most 10
    QList<std::pair<QString, qint64>> topCategories; ///< category keys by cases, at most 10
};

/// The limits a campaign is checked against (trust nothing: CLI, GUI and import alike).
constexpr int kMaxCampaignNameChars = 80;
constexpr int kMaxCampaignDays = 366;
constexpr int kMaxCampaignListEntries = 500;
/// A drawn area smaller than this (m² on the ground) is a slip of the mouse, not a place.
constexpr double kMinCampaignAreaM2 = 100.0;

/// Whether a case belongs to a campaign: reported in its period (local dates), in its area
/// (any list or the polygon), of its categories. `streetCode` is the case's community's street.
bool campaignMatches(const Campaign &campaign, const Storage::CaseRow &row,
                     const QString &streetCode, const QTimeZone &zone);

/// What an area may be chosen from: the city's streets, communities, responsibility and unit
/// grids as (code, name) pairs in code order (a unit grid's name is its community's).
struct CampaignAreaChoices
{
    QList<std::pair<QString, QString>> streets, communities, responsibilityGrids, unitGrids;
};
Result<CampaignAreaChoices> campaignAreaChoices(Storage::Database &db);

class CampaignStore
{
public:
    CampaignStore(Storage::Database &db, const Core::CategoryDictionary &categories,
                  const Core::WorkCalendar &calendar);

    /// Who may define campaigns: a shift leader (值班长) or an administrator.
    static bool mayDefine(Core::Role role)
    {
        return role == Core::Role::ShiftLeader || role == Core::Role::Admin;
    }

    /// Checks and stores a new campaign for `login` acting in `role`, then tags the cases that
    /// match it already. Refuses campaign.forbidden-role (not mayDefine()), auth.unknown-user,
    /// auth.role-not-held (checked against the database, whoever calls), campaign.bad-name, campaign.duplicate-name, campaign.bad-period, campaign.no-area,
    /// campaign.unknown-street/-community/-grid, campaign.unknown-category, campaign.bad-polygon,
    /// campaign.polygon-invalid (edges crossing), campaign.polygon-too-small,
    /// campaign.polygon-outside (covers no unit grid of the city),
    /// campaign.too-many.
    Result<Campaign> add(Campaign campaign, const QString &login, Core::Role role);
    Result<QList<Campaign>> all();
    /// By id or name; campaign.not-found when there is none.
    Result<Campaign> find(const QString &idOrName);
    /// Tags every case that matches and untags the others; the number tagged.
    Result<qint64> retag(const Campaign &campaign);
    /// Tags one case with the campaigns it matches (the case service, at filing).
    Result<void> tagCase(const Storage::CaseRow &row);
    Result<void> tagCase(const Storage::CaseRow &row, const QList<Campaign> &campaigns);
    /// The campaign's report; `now` decides what is overdue. Retags first, so that cases
    /// that came from elsewhere (the hub, an import) are counted.
    Result<CampaignReport> report(const QString &idOrName, const QDateTime &now);

private:
    Result<void> check(const Campaign &campaign);
    Result<QString> streetOf(const QString &communityCode);

    Storage::Database &m_db;
    const Core::CategoryDictionary &m_categories;
    Core::WorkCalendar
        m_calendar; // a copy: callers pass temporaries (WorkCalendar::chinaDefault())
};

} // namespace Cc::Cases
