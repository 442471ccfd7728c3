// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/workcalendar.h>

#include "coretr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace Cc::Core {

namespace {

constexpr qint64 kMsPerMinute = 60 * 1000;
constexpr int kMsPerDay = 24 * 60 * 60 * 1000;
// A walk that finds no working time for ten years is a calendar without any (an empty
// week): stop instead of looping for ever.
constexpr int kMaxIdleDays = 3660;
// No deadline or duration in this domain spans a century; a longer walk is a bad input (an
// extension of 2^31 hours once spun for minutes), so every walk stops after this many days.
constexpr int kMaxWalkDays = 100 * 366;
constexpr qint64 kMaxWalkMinutes = qint64(kMaxWalkDays) * 24 * 60;

const QTime kMidnight(0, 0);

// A period's end of 00:00 stands for 24:00 (a block that runs to the end of the day).
int endOfDayMs(const WorkPeriod &p)
{
    return p.end == kMidnight ? kMsPerDay : p.end.msecsSinceStartOfDay();
}

bool isValidPeriod(const WorkPeriod &p)
{
    return p.start.isValid() && p.end.isValid() && p.start.msecsSinceStartOfDay() < endOfDayMs(p);
}

// Sorted, valid, overlaps merged: the walks below rely on disjoint ascending blocks.
QList<WorkPeriod> normalized(QList<WorkPeriod> periods)
{
    periods.removeIf([](const WorkPeriod &p) { return !isValidPeriod(p); });
    std::sort(periods.begin(), periods.end(),
              [](const WorkPeriod &a, const WorkPeriod &b) { return a.start < b.start; });
    QList<WorkPeriod> out;
    for (const WorkPeriod &p : periods) {
        if (!out.isEmpty() && p.start.msecsSinceStartOfDay() <= endOfDayMs(out.last())) {
            if (endOfDayMs(p) > endOfDayMs(out.last()))
                out.last().end = p.end;
        } else {
            out.append(p);
        }
    }
    return out;
}

/// A working block as absolute instants (ms since the epoch), [start, end).
struct Span
{
    qint64 start;
    qint64 end;
};

QList<Span> spansOn(const WorkCalendar &cal, const QTimeZone &zone, const QDate &date)
{
    QList<Span> spans;
    const QList<WorkPeriod> periods = cal.periodsOn(date);
    spans.reserve(periods.size());
    for (const WorkPeriod &p : periods) {
        const qint64 s = QDateTime(date, p.start, zone).toMSecsSinceEpoch();
        const qint64 e = p.end == kMidnight
                             ? QDateTime(date.addDays(1), kMidnight, zone).toMSecsSinceEpoch()
                             : QDateTime(date, p.end, zone).toMSecsSinceEpoch();
        if (e > s)
            spans.append({s, e});
    }
    return spans;
}

QDate localDate(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QString timeText(const QTime &t, bool isEnd)
{
    return isEnd && t == kMidnight ? QStringLiteral("24:00") : t.toString(u"HH:mm");
}

Error calendarError(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message);
}

Result<QList<WorkPeriod>> parsePeriods(const QJsonValue &value, const QString &day)
{
    if (!value.isArray()) {
        return calendarError("calendar.bad-period",
                             Tr::tr("Work calendar: week day %1 must be a list of "
                                    "[\"HH:mm\", \"HH:mm\"] periods.")
                                 .arg(day));
    }
    QList<WorkPeriod> periods;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonArray pair = v.toArray();
        const QString a = pair.at(0).toString();
        const QString b = pair.at(1).toString();
        WorkPeriod p{QTime::fromString(a, u"HH:mm"),
                     b == QLatin1String("24:00") ? kMidnight : QTime::fromString(b, u"HH:mm")};
        if (!v.isArray() || pair.size() != 2 || !isValidPeriod(p)) {
            return calendarError("calendar.bad-period",
                                 Tr::tr("Work calendar: week day %1 has an invalid period "
                                        "%2; expected [\"HH:mm\", \"HH:mm\"] with start "
                                        "before end.")
                                     .arg(day,
                                          QString::fromUtf8(QJsonDocument(QJsonArray{v})
                                                                .toJson(QJsonDocument::Compact))));
        }
        periods.append(p);
    }
    const QList<WorkPeriod> merged = normalized(periods);
    if (merged.size() != periods.size()) {
        return calendarError("calendar.bad-period",
                             Tr::tr("Work calendar: the periods of week day %1 overlap.").arg(day));
    }
    return merged;
}

Result<QList<QDate>> parseDates(const QJsonObject &yearObject, const QString &field, int year)
{
    const QJsonValue value = yearObject.value(field);
    if (value.isUndefined())
        return QList<QDate>{};
    if (!value.isArray()) {
        return calendarError("calendar.bad-date",
                             Tr::tr("Work calendar: \"%1\" of year %2 must be a list of "
                                    "\"yyyy-MM-dd\" dates.")
                                 .arg(field)
                                 .arg(year));
    }
    QList<QDate> dates;
    for (const QJsonValue &v : value.toArray()) {
        // Qt's ISO parser accepts any separator; the data format is strictly yyyy-MM-dd.
        const QString text = v.toString();
        const QDate d = QDate::fromString(text, u"yyyy-MM-dd");
        if (!v.isString() || !d.isValid() || text.size() != 10 || text.at(4) != u'-'
            || text.at(7) != u'-') {
            return calendarError("calendar.bad-date",
                                 Tr::tr("Work calendar: \"%1\" of year %2 holds an invalid "
                                        "date \"%3\"; expected yyyy-MM-dd.")
                                     .arg(field)
                                     .arg(year)
                                     .arg(v.toVariant().toString()));
        }
        if (d.year() != year) {
            return calendarError("calendar.bad-date",
                                 Tr::tr("Work calendar: the date %1 is listed under year %2.")
                                     .arg(v.toString())
                                     .arg(year));
        }
        dates.append(d);
    }
    return dates;
}

} // namespace

WorkCalendar::WorkCalendar() : m_zone(QByteArrayLiteral("Asia/Shanghai"))
{
    const QList<WorkPeriod> day{{QTime(8, 0), QTime(12, 0)}, {QTime(14, 0), QTime(18, 0)}};
    for (int i = 0; i < 5; ++i)
        m_week[i] = day;
}

WorkCalendar WorkCalendar::chinaDefault()
{
    // Parsed once: deadlines are computed all over the UI and the JSON never changes at
    // run time (an admin's edit goes through fromJson on a file of their own).
    static const WorkCalendar calendar = [] {
        QFile file(QStringLiteral(":/cc/calendar/cn.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Cc::Core: the shipped work calendar :/cc/calendar/cn.json is missing");
        Result<WorkCalendar> parsed = fromJson(file.readAll());
        if (!parsed)
            qFatal("Cc::Core: the shipped work calendar is broken: %s",
                   qPrintable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return calendar;
}

Result<WorkCalendar> WorkCalendar::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return calendarError("calendar.bad-json",
                             Tr::tr("Work calendar: not a JSON object (%1 at offset %2).")
                                 .arg(parseError.error != QJsonParseError::NoError
                                          ? parseError.errorString()
                                          : Tr::tr("wrong top-level type"))
                                 .arg(parseError.offset));
    }
    const QJsonObject root = doc.object();
    WorkCalendar cal;

    if (root.contains(QLatin1String("timeZone"))) {
        const QString id = root.value(QLatin1String("timeZone")).toString();
        const QTimeZone zone(id.toUtf8());
        if (id.isEmpty() || !zone.isValid()) {
            return calendarError("calendar.bad-zone",
                                 Tr::tr("Work calendar: unknown time zone \"%1\".").arg(id));
        }
        cal.m_zone = zone;
    }

    if (root.contains(QLatin1String("minutesPerWorkday"))) {
        const QJsonValue v = root.value(QLatin1String("minutesPerWorkday"));
        const double m = v.toDouble(-1);
        if (!v.isDouble() || m != double(int(m)) || m < 1 || m > 24 * 60) {
            return calendarError("calendar.bad-minutes",
                                 Tr::tr("Work calendar: minutesPerWorkday must be a whole "
                                        "number between 1 and 1440."));
        }
        cal.m_minutesPerWorkday = int(m);
    }

    // A "week" replaces the default schedule entirely; days it leaves out have no work.
    if (root.contains(QLatin1String("week"))) {
        const QJsonValue weekValue = root.value(QLatin1String("week"));
        if (!weekValue.isObject()) {
            return calendarError("calendar.bad-day",
                                 Tr::tr("Work calendar: \"week\" must be an object keyed by "
                                        "day of week 1 (Monday) to 7 (Sunday)."));
        }
        const QJsonObject week = weekValue.toObject();
        for (auto &day : cal.m_week)
            day.clear();
        for (auto it = week.begin(); it != week.end(); ++it) {
            bool ok = false;
            const int dow = it.key().toInt(&ok);
            if (!ok || dow < 1 || dow > 7 || it.key().size() != 1) {
                return calendarError("calendar.bad-day",
                                     Tr::tr("Work calendar: \"%1\" is not a day of week; use "
                                            "1 (Monday) to 7 (Sunday).")
                                         .arg(it.key()));
            }
            Result<QList<WorkPeriod>> periods = parsePeriods(it.value(), it.key());
            if (!periods)
                return periods.error();
            cal.m_week[dow - 1] = periods.value();
        }
    }

    const QJsonValue yearsValue = root.value(QLatin1String("years"));
    if (!yearsValue.isUndefined() && !yearsValue.isObject()) {
        return calendarError("calendar.bad-year",
                             Tr::tr("Work calendar: \"years\" must be an object keyed by "
                                    "year."));
    }
    const QJsonObject years = yearsValue.toObject();
    for (auto it = years.begin(); it != years.end(); ++it) {
        bool ok = false;
        const int year = it.key().toInt(&ok);
        if (!ok || it.key().size() != 4 || year < 1900 || !it.value().isObject()) {
            return calendarError("calendar.bad-year",
                                 Tr::tr("Work calendar: \"%1\" is not a year with an object "
                                        "of holidays and workdays.")
                                     .arg(it.key()));
        }
        const QJsonObject y = it.value().toObject();
        Result<QList<QDate>> holidays = parseDates(y, QStringLiteral("holidays"), year);
        if (!holidays)
            return holidays.error();
        Result<QList<QDate>> workdays = parseDates(y, QStringLiteral("workdays"), year);
        if (!workdays)
            return workdays.error();
        for (const QDate &d : workdays.value()) {
            if (holidays.value().contains(d)) {
                return calendarError("calendar.conflict",
                                     Tr::tr("Work calendar: %1 is listed both as a holiday "
                                            "and as a make-up workday.")
                                         .arg(d.toString(Qt::ISODate)));
            }
        }
        for (const QDate &d : holidays.value())
            cal.m_holidays.insert(d);
        for (const QDate &d : workdays.value())
            cal.m_workdays.insert(d);
        // "known": false keeps a year's partial data without vouching for it (toJson writes
        // it for days added to a year nobody marked known, so a round trip is exact).
        if (y.value(QLatin1String("known")).toBool(true))
            cal.m_knownYears.insert(year);
    }
    return cal;
}

QByteArray WorkCalendar::toJson() const
{
    QJsonObject root;
    root.insert(QLatin1String("timeZone"), QString::fromUtf8(m_zone.id()));
    root.insert(QLatin1String("minutesPerWorkday"), m_minutesPerWorkday);

    QJsonObject week;
    for (int dow = 1; dow <= 7; ++dow) {
        QJsonArray periods;
        for (const WorkPeriod &p : m_week[dow - 1])
            periods.append(QJsonArray{timeText(p.start, false), timeText(p.end, true)});
        week.insert(QString::number(dow), periods);
    }
    root.insert(QLatin1String("week"), week);

    QSet<int> yearSet = m_knownYears;
    for (const QDate &d : m_holidays)
        yearSet.insert(d.year());
    for (const QDate &d : m_workdays)
        yearSet.insert(d.year());
    QList<int> yearList(yearSet.begin(), yearSet.end());
    std::sort(yearList.begin(), yearList.end());

    auto datesOf = [](const QSet<QDate> &set, int year) {
        QList<QDate> dates;
        for (const QDate &d : set) {
            if (d.year() == year)
                dates.append(d);
        }
        std::sort(dates.begin(), dates.end());
        QJsonArray array;
        for (const QDate &d : dates)
            array.append(d.toString(Qt::ISODate));
        return array;
    };
    QJsonObject years;
    for (int year : yearList) {
        QJsonObject y;
        if (!m_knownYears.contains(year))
            y.insert(QLatin1String("known"), false);
        y.insert(QLatin1String("holidays"), datesOf(m_holidays, year));
        y.insert(QLatin1String("workdays"), datesOf(m_workdays, year));
        years.insert(QString::number(year), y);
    }
    root.insert(QLatin1String("years"), years);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QTimeZone WorkCalendar::timeZone() const
{
    return m_zone;
}

void WorkCalendar::setTimeZone(const QTimeZone &zone)
{
    if (zone.isValid())
        m_zone = zone;
}

void WorkCalendar::setWeekSchedule(int dayOfWeek, const QList<WorkPeriod> &periods)
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return;
    m_week[dayOfWeek - 1] = normalized(periods);
}

QList<WorkPeriod> WorkCalendar::weekSchedule(int dayOfWeek) const
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    return m_week[dayOfWeek - 1];
}

void WorkCalendar::addHoliday(const QDate &date)
{
    // The latest notice wins: a date is either a day off or a make-up workday.
    if (!date.isValid())
        return;
    m_workdays.remove(date);
    m_holidays.insert(date);
}

void WorkCalendar::addMakeupWorkday(const QDate &date)
{
    if (!date.isValid())
        return;
    m_holidays.remove(date);
    m_workdays.insert(date);
}

void WorkCalendar::markYearKnown(int year)
{
    m_knownYears.insert(year);
}

int WorkCalendar::minutesPerWorkday() const
{
    return m_minutesPerWorkday;
}

void WorkCalendar::setMinutesPerWorkday(int minutes)
{
    if (minutes > 0)
        m_minutesPerWorkday = minutes;
}

bool WorkCalendar::isWorkday(const QDate &date) const
{
    return !periodsOn(date).isEmpty();
}

QList<WorkPeriod> WorkCalendar::periodsOn(const QDate &date) const
{
    if (!date.isValid())
        return {};
    const QList<WorkPeriod> &own = m_week[date.dayOfWeek() - 1];
    if (m_workdays.contains(date)) {
        // A make-up workday (调休上班) falls on a weekend that has no schedule of its own;
        // it is worked like a Monday (the notices say "上班", i.e. a normal workday).
        if (!own.isEmpty())
            return own;
        for (const auto &day : m_week) {
            if (!day.isEmpty())
                return day;
        }
        return {};
    }
    if (m_holidays.contains(date))
        return {};
    return own;
}

bool WorkCalendar::isKnownYear(int year) const
{
    return m_knownYears.contains(year);
}

Deadline WorkCalendar::addWorkingMinutes(const QDateTime &start, qint64 minutes) const
{
    if (!start.isValid() || minutes > kMaxWalkMinutes || minutes < -kMaxWalkMinutes)
        return {QDateTime(), true};
    const qint64 startMs = start.toMSecsSinceEpoch();
    const QDate firstDay = localDate(startMs, m_zone);
    auto beyond = [this](QDate a, QDate b) {
        if (b < a)
            std::swap(a, b);
        for (int y = a.year(); y <= b.year(); ++y) {
            if (!isKnownYear(y))
                return true;
        }
        return false;
    };

    qint64 remaining = (minutes < 0 ? -minutes : minutes) * kMsPerMinute;
    qint64 cursor = startMs;
    int idleDays = 0;
    const QDate lastForward = firstDay.addDays(kMaxWalkDays),
                lastBackward = firstDay.addDays(-kMaxWalkDays);
    if (minutes >= 0) {
        // Walk forward a day at a time, consuming whole blocks; only the last block is cut.
        for (QDate day = firstDay; idleDays < kMaxIdleDays && day <= lastForward;
             day = day.addDays(1)) {
            const QList<Span> spans = spansOn(*this, m_zone, day);
            idleDays = spans.isEmpty() ? idleDays + 1 : 0;
            for (const Span &s : spans) {
                if (s.end <= cursor)
                    continue;
                const qint64 from = std::max(cursor, s.start);
                const qint64 available = s.end - from;
                // A zero amount still moves a start outside working time to the next
                // block: the clock of a limit only runs in working time.
                if (remaining <= available) {
                    const qint64 at = from + remaining;
                    return {utc(at), beyond(firstDay, localDate(at, m_zone))};
                }
                remaining -= available;
                cursor = s.end;
            }
        }
    } else {
        for (QDate day = firstDay; idleDays < kMaxIdleDays && day >= lastBackward;
             day = day.addDays(-1)) {
            QList<Span> spans = spansOn(*this, m_zone, day);
            idleDays = spans.isEmpty() ? idleDays + 1 : 0;
            std::reverse(spans.begin(), spans.end());
            for (const Span &s : spans) {
                if (s.start >= cursor)
                    continue;
                const qint64 to = std::min(cursor, s.end);
                const qint64 available = to - s.start;
                if (remaining <= available) {
                    const qint64 at = to - remaining;
                    return {utc(at), beyond(firstDay, localDate(at, m_zone))};
                }
                remaining -= available;
                cursor = s.start;
            }
        }
    }
    return {QDateTime(), true}; // no working time in the schedule, or beyond a century
}

Deadline WorkCalendar::addWorkingHours(const QDateTime &start, int hours) const
{
    return addWorkingMinutes(start, qint64(hours) * 60);
}

Deadline WorkCalendar::addWorkingDays(const QDateTime &start, int days) const
{
    return addWorkingMinutes(start, qint64(days) * m_minutesPerWorkday);
}

Deadline WorkCalendar::deadline(const QDateTime &start, const TimeLimit &limit) const
{
    if (!limit.isValid() || !start.isValid())
        return {QDateTime(), false};
    if (limit.isWorkingTime())
        return addWorkingMinutes(start, limitMinutes(limit));
    // Calendar time does not depend on holidays, so the holiday data cannot be missing.
    return {utc(start.toMSecsSinceEpoch() + limitMinutes(limit) * kMsPerMinute), false};
}

qint64 WorkCalendar::workingMinutesBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    qint64 a = from.toMSecsSinceEpoch();
    qint64 b = to.toMSecsSinceEpoch();
    const bool negative = b < a;
    if (negative)
        std::swap(a, b);
    qint64 total = 0;
    // Bounded like the walks above: a span over a century counts its first century only.
    const QDate last = std::min(localDate(b, m_zone), localDate(a, m_zone).addDays(kMaxWalkDays));
    for (QDate day = localDate(a, m_zone); day <= last; day = day.addDays(1)) {
        for (const Span &s : spansOn(*this, m_zone, day)) {
            const qint64 lo = std::max(a, s.start);
            const qint64 hi = std::min(b, s.end);
            if (hi > lo)
                total += hi - lo;
        }
    }
    // Whole minutes only, truncated, so that a half-used minute is not yet "used".
    const qint64 minutes = total / kMsPerMinute;
    return negative ? -minutes : minutes;
}

qint64 WorkCalendar::minutesUsed(const QDateTime &from, const QDateTime &to,
                                 const TimeLimit &limit) const
{
    if (limit.isWorkingTime())
        return workingMinutesBetween(from, to);
    if (!from.isValid() || !to.isValid())
        return 0;
    return (to.toMSecsSinceEpoch() - from.toMSecsSinceEpoch()) / kMsPerMinute;
}

qint64 WorkCalendar::limitMinutes(const TimeLimit &limit) const
{
    if (!limit.isValid())
        return 0;
    switch (limit.unit) {
    case TimeLimit::Unit::WorkingHours:
    case TimeLimit::Unit::CalendarHours:
        return qint64(limit.amount) * 60;
    case TimeLimit::Unit::WorkingDays:
        return qint64(limit.amount) * m_minutesPerWorkday;
    case TimeLimit::Unit::CalendarMinutes:
        return limit.amount;
    case TimeLimit::Unit::Invalid:
        break;
    }
    return 0;
}

} // namespace Cc::Core
