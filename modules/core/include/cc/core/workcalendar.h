// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/core/timelimit.h>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <array>

namespace Cc::Core {

/// One block of working time within a day, [start, end).
struct WorkPeriod
{
    QTime start;
    QTime end;
    friend bool operator==(const WorkPeriod &, const WorkPeriod &) = default;
};

/// A deadline and whether the calendar could vouch for it.
struct Deadline
{
    QDateTime at;                     ///< UTC
    bool beyondKnownCalendar = false; ///< it runs past the last year with holiday data
};

/// The city's working-time calendar: a work schedule per weekday, public holidays and
/// make-up workdays (调休上班), in the city's time zone. All QDateTime arguments may be in
/// any zone; results are UTC. Holiday data is editable JSON (resources/calendar/), so an
/// admin adds next year without a release; a deadline past the last known year says so.
class WorkCalendar
{
public:
    WorkCalendar(); ///< Asia/Shanghai, Mon–Fri 08:00–12:00 and 14:00–18:00, no holidays

    /// The China calendar shipped in resources (schedule above plus 2025–2026 holidays).
    static WorkCalendar chinaDefault();

    /// JSON form: {"timeZone": "Asia/Shanghai", "minutesPerWorkday": 480,
    ///  "week": {"1": [["08:00","12:00"],["14:00","18:00"]], ..., "7": []},
    ///  "years": {"2026": {"holidays": ["2026-01-01", ...], "workdays": ["2026-01-04", ...]}}}
    static Result<WorkCalendar> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    QTimeZone timeZone() const;
    void setTimeZone(const QTimeZone &zone);
    /// dayOfWeek 1 = Monday … 7 = Sunday, as QDate::dayOfWeek().
    void setWeekSchedule(int dayOfWeek, const QList<WorkPeriod> &periods);
    QList<WorkPeriod> weekSchedule(int dayOfWeek) const;
    void addHoliday(const QDate &date);
    void addMakeupWorkday(const QDate &date);
    void markYearKnown(int year);  ///< holiday data exists for this year (done by fromJson)
    int minutesPerWorkday() const; ///< 1 工作日 = 8 工作时 by default
    void setMinutesPerWorkday(int minutes);

    bool isWorkday(const QDate &date) const; ///< local date in the calendar's zone
    QList<WorkPeriod> periodsOn(const QDate &date) const;
    bool isKnownYear(int year) const;

    /// start + minutes of working time. Starting outside working time counts from the next
    /// working period. Walks at most a century: beyond, or for more minutes than a century
    /// holds, the result is invalid (and beyondKnownCalendar), at once.
    Deadline addWorkingMinutes(const QDateTime &start, qint64 minutes) const;
    Deadline addWorkingHours(const QDateTime &start, int hours) const;
    Deadline addWorkingDays(const QDateTime &start, int days) const; ///< days × minutesPerWorkday
    /// start + limit, in working or calendar time as the limit says.
    Deadline deadline(const QDateTime &start, const TimeLimit &limit) const;

    /// Working minutes between from and to (negative when to < from); a span over a century
    /// counts its first century only.
    qint64 workingMinutesBetween(const QDateTime &from, const QDateTime &to) const;
    /// Minutes of `limit` used between from and to, in the limit's own kind of time.
    qint64 minutesUsed(const QDateTime &from, const QDateTime &to, const TimeLimit &limit) const;
    /// The limit in minutes of its own kind of time.
    qint64 limitMinutes(const TimeLimit &limit) const;

private:
    QTimeZone m_zone;
    std::array<QList<WorkPeriod>, 7> m_week;
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
    QSet<int> m_knownYears;
    int m_minutesPerWorkday = 480;
};

} // namespace Cc::Core
