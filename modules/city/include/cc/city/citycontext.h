// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/city/changenotifier.h>
#include <cc/core/category.h>
#include <cc/core/cityrules.h>
#include <cc/core/kpi.h>
#include <cc/core/result.h>
#include <cc/core/workcalendar.h>
#include <cc/storage/settings.h>

#include <QDateTime>
#include <QTimeZone>

#include <memory>

namespace Cc::Storage {
class Database;
}

namespace Cc::City {

/// The city one database serves, read once when the app opens it (app/gui/main.cpp, and
/// each cityctl command) and handed to every service and view, so that they all agree:
/// one work calendar (the one the database carries, else the national default), one
/// category dictionary, one time zone and so one "today", typed settings, and one change
/// notifier. The only place that picks the defaults; nothing else looks them up.
class CityContext
{
public:
    /// Refuses ("city.calendar") a stored calendar that does not parse: deadlines computed
    /// on a silently different calendar would be wrong.
    static Result<std::unique_ptr<CityContext>> load(Storage::Database &db);
    ~CityContext();

    /// What a new city starts with (the demo writer, a city set up from nothing): the
    /// national calendar (Mon–Fri, the State Council's holidays) and the national category
    /// dictionary (GB/T 30428.2).
    static Core::WorkCalendar nationalCalendar();
    static const Core::CategoryDictionary &nationalCategories();

    Storage::Database &database() const { return m_db; }
    const Core::WorkCalendar &calendar() const { return m_calendar; }
    /// The dictionary of the configuration in force (docs/config.md), else the national one.
    const Core::CategoryDictionary &categories() const { return *m_categories; }
    /// The configuration in force: its version (0: none imported, the national seed) and rules.
    int configVersion() const { return m_configVersion; }
    const Core::CityRules &rules() const { return *m_rules; }
    /// Takes a configuration version written since load (an import here, the hub's sync):
    /// true when the rules changed. Dictionaries handed out before stay valid.
    Result<bool> reloadConfig();
    /// The city's clocks: deadlines, "today", times shown to users.
    QTimeZone timeZone() const { return m_calendar.timeZone(); }
    /// The city's date at an instant, and the instant its day `date` starts (UTC).
    QDate dateAt(const QDateTime &at) const;
    QDateTime startOfDay(const QDate &date) const;
    /// An instant as the city's clock shows it.
    QDateTime local(const QDateTime &at) const { return at.toTimeZone(timeZone()); }
    /// The name read at load (empty when the database has none).
    QString cityName() const { return m_cityName; }
    /// Typed settings over the same connection (read and written when asked).
    Storage::Settings settings() const { return Storage::Settings(m_db); }
    /// The evaluation's rules: the setting "kpi.rules" over the defaults (refused with
    /// "kpi.bad-rules" / "kpi.volume-dominates" when the stored JSON is invalid).
    Result<Core::KpiRules> kpiRules() const;
    /// The one change notifier of this connection, made on first use (a command-line run
    /// never needs one).
    ChangeNotifier &changes() const;

private:
    CityContext(Storage::Database &db, Core::WorkCalendar calendar);

    Storage::Database &m_db;
    Core::WorkCalendar m_calendar;
    const Core::CategoryDictionary *m_categories = nullptr;
    std::shared_ptr<const Core::CityRules> m_rules;
    QList<std::shared_ptr<const Core::CityRules>> m_earlierRules; ///< kept for their holders
    int m_configVersion = 0;
    QString m_cityName;
    mutable std::unique_ptr<ChangeNotifier> m_changes;
};

} // namespace Cc::City
