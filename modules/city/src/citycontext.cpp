// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/city/citycontext.h>

#include "citytr.h"

#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

namespace Cc::City {

CityContext::CityContext(Storage::Database &db, Core::WorkCalendar calendar)
    : m_db(db)
    , m_calendar(std::move(calendar))
    // Until an administrator imports the centre's own rules (docs/config.md), cities use the
    // national standard dictionary (GB/T 30428.2) compiled into the program.
    , m_categories(&nationalCategories())
    , m_rules(std::make_shared<const Core::CityRules>(Core::CityRules::seed(nationalCategories())))
{}

Result<bool> CityContext::reloadConfig()
{
    // The newest version (table config_version, written by Cases::ConfigStore or the sync).
    auto st = m_db.prepare(QStringLiteral(
        "SELECT version, document FROM config_version ORDER BY version DESC LIMIT 1"));
    if (!st)
        return st.error();
    auto found = st->step();
    if (!found)
        return found.error();
    const int version = found.value() ? int(st->integer(0)) : 0;
    if (version == m_configVersion)
        return false;
    auto rules = version == 0 ? Result<Core::CityRules>(Core::CityRules::seed(nationalCategories()))
                              : Core::CityRules::fromJson(st->text(1).toUtf8());
    if (!rules)
        return makeError(QStringLiteral("city.config"),
                         Tr::tr(
                             "Configuration version %1 stored in the database cannot be read: %2")
                             .arg(version)
                             .arg(rules.error().message));
    m_earlierRules.append(m_rules);
    m_rules = std::make_shared<const Core::CityRules>(std::move(rules).value());
    m_configVersion = version;
    m_categories = version == 0 ? &nationalCategories() : &m_rules->dictionary();
    return true;
}

ChangeNotifier &CityContext::changes() const
{
    if (!m_changes)
        m_changes = std::make_unique<ChangeNotifier>(m_db);
    return *m_changes;
}

CityContext::~CityContext() = default;

Core::WorkCalendar CityContext::nationalCalendar()
{
    return Core::WorkCalendar::chinaDefault();
}

const Core::CategoryDictionary &CityContext::nationalCategories()
{
    return Core::CategoryDictionary::builtin();
}

Result<std::unique_ptr<CityContext>> CityContext::load(Storage::Database &db)
{
    // The workflow runs on the city's own calendar when the database carries one.
    Core::WorkCalendar calendar = nationalCalendar();
    auto stored = Storage::CalendarRepository(db).load();
    if (!stored)
        return stored.error();
    if (stored.value()) {
        auto parsed = Core::WorkCalendar::fromJson(*stored.value());
        if (!parsed)
            return makeError(QStringLiteral("city.calendar"),
                             Tr::tr("The work calendar stored in the database cannot be read: %1")
                                 .arg(parsed.error().message));
        calendar = parsed.value();
    }
    std::unique_ptr<CityContext> context(new CityContext(db, std::move(calendar)));
    auto name = context->settings().cityName();
    if (!name)
        return name.error();
    context->m_cityName = name.value();
    if (auto r = context->reloadConfig(); !r)
        return r.error();
    return context;
}

QDate CityContext::dateAt(const QDateTime &at) const
{
    return at.toTimeZone(timeZone()).date();
}

QDateTime CityContext::startOfDay(const QDate &date) const
{
    return QDateTime(date, QTime(0, 0), timeZone()).toUTC();
}

Result<Core::KpiRules> CityContext::kpiRules() const
{
    auto json = settings().kpiRules();
    if (!json)
        return json.error();
    return Core::KpiRules::fromJson(json.value());
}

} // namespace Cc::City
