// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/core/workcalendar.h>
#include <cc/storage/database.h>

#include <QDate>
#include <QList>

#include <optional>

namespace Cc::Cases {

/// One year of the work calendar as the State Council's notice gives it (docs/calendar.md):
/// the public holidays (放假) and the make-up workdays (调休上班).
struct CalendarYear
{
    int year = 0;
    QList<QDate> holidays, workdays;
};

/// Reads a calendar file: one year, {"year": 2027, "holidays": […], "workdays": […]}, or the
/// years of a whole calendar, {"years": {"2027": {"holidays": […], "workdays": […]}, …}}
/// (resources/calendar/cn.json's form). Each year is checked against `week`'s schedule:
/// dates of that year, written YYYY-MM-DD, none both a holiday and a workday, holidays at
/// all, make-up workdays only on days the week does not work. Refusals name the date
/// ("calendar.…" codes).
Result<QList<CalendarYear>> parseCalendarYears(const QByteArray &json,
                                               const Core::WorkCalendar &week);

/// Adds years to the city's calendar (the database's work_calendar 'default', which every
/// service computes deadlines on and the hub takes from an administrator). Deadlines already
/// set stay as they are; cases keep the calendar they were filed under.
class CalendarYears
{
public:
    CalendarYears(Storage::Database &db, Core::WorkCalendar current)
        : m_db(db)
        , m_current(std::move(current))
    {}

    /// Stores the calendar with `years` added, as administrator `login` (checked against the
    /// users table: "auth.role-not-held" otherwise), queued for the hub in the same
    /// transaction. A year the calendar already knows is replaced only with `replace`
    /// ("calendar.year-known" otherwise). Returns the new calendar.
    Result<Core::WorkCalendar> import(const QList<CalendarYear> &years, const QString &login,
                                      bool replace);

private:
    Storage::Database &m_db;
    Core::WorkCalendar m_current;
};

/// The year whose holidays the calendar should know by `today` and does not: this year, or
/// from 1 November next year (the State Council publishes it in October or November).
std::optional<int> missingCalendarYear(const Core::WorkCalendar &calendar, const QDate &today);

} // namespace Cc::Cases
