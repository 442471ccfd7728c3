// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/casestatemachine.h>
#include <cc/core/category.h>
#include <cc/core/result.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Cc::Core {

/// One routing rule: cases of a 小类 in an area go to a department. The highest priority
/// among the rules that match wins; at equal priority a rule for the case's own
/// responsibility grid comes before one for the whole city (docs/config.md).
struct Route
{
    QString categoryKey; ///< "event:0502"
    QString area;        ///< responsibility grid code; empty: the whole city
    QString department;  ///< department code
    int priority = 0;

    friend bool operator==(const Route &, const Route &) = default;
};

/// The centre's own rules as one document (docs/config.md): the category dictionary with
/// each 小类's 立案标准/结案标准 and disposal limits, the centre's stage limits per level and
/// the routing of 小类 × area to departments with a default. Checked on its own here
/// ("config.*" codes); what needs the database (departments, areas, cases in use) is
/// Cases::ConfigStore's.
class CityRules
{
public:
    /// What a city runs on before its first import: the national dictionary, the stage
    /// limits of docs/domain.md for both levels, no routes (the bindings of the database).
    static CityRules seed(const CategoryDictionary &dictionary);
    /// Refuses with "config.bad-json", "config.unknown-code", "config.duplicate-code",
    /// "config.overlapping-route", "config.bad-limit", "config.bad-field" (naming the entry).
    static Result<CityRules> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    const CategoryDictionary &dictionary() const { return m_dictionary; }
    const StageLimits &stageLimits(CaseLevel level) const
    {
        return level == CaseLevel::Urgent ? m_urgent : m_normal;
    }
    const QList<Route> &routes() const { return m_routes; }
    /// The level intake proposes for a 小类 (the file's "defaultLevel"; normal when unset).
    CaseLevel defaultLevel(const QString &categoryKey) const
    {
        return m_defaultLevels.value(categoryKey, CaseLevel::Normal);
    }
    QString defaultDepartment() const { return m_defaultDepartment; }

    /// The department code the rules send a case of `categoryKey` in `area` to (the
    /// default when no rule matches; empty when there is none either).
    QString departmentFor(const QString &categoryKey, const QString &area) const;

    /// Line-by-line differences from `before` for a reviewer: "+ event:0512 …",
    /// "- part:0101 …", "~ event:0502 limitNormal 4wh → 2wh" (empty: the same rules).
    QStringList differencesFrom(const CityRules &before) const;

    void setRoutes(QList<Route> routes) { m_routes = std::move(routes); }
    void setDefaultDepartment(const QString &code) { m_defaultDepartment = code; }

    /// The stage ids of the file ("accept", "verify", "file", "dispatch", "send-check",
    /// "check", "close") in order, and the limit one names.
    static QStringList stageIds();
    static TimeLimit &stageLimit(StageLimits &limits, const QString &stageId);
    static TimeLimit stageLimit(const StageLimits &limits, const QString &stageId);

    /// The longest a limit may be: a year of its unit's time (250 working days, 2,000
    /// working hours, 8,760 hours); longer is a typing error ("config.bad-limit").
    static bool isPlausible(const TimeLimit &limit);

private:
    CategoryDictionary m_dictionary;
    StageLimits m_urgent, m_normal;
    QList<Route> m_routes;
    QString m_defaultDepartment;
    QHash<QString, CaseLevel> m_defaultLevels; ///< only the 小类 that are not normal
};

} // namespace Cc::Core
