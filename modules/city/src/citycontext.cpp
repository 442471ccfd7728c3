// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/city/citycontext.h>

#include "citytr.h"

#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

namespace Cc::City {

CityContext::CityContext(Storage::Database &db, Core::WorkCalendar calendar)
    : m_db(db)
    , m_calendar(std::move(calendar))
    // Cities use the national standard dictionary (GB/T 30428.2): the dictionary is in the
    // binary, not in the database, so every workstation of a hub agrees on it.
    , m_categories(&nationalCategories())
{}

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
