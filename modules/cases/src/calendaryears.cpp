// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/calendaryears.h>

#include "casestr.h"
#include "roleholder.h"

#include <cc/storage/repositories.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cc::Cases {

namespace {

Error calendarError(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message);
}

QJsonArray dateArray(const QList<QDate> &dates)
{
    QJsonArray array;
    for (const QDate &d : dates)
        array.append(d.toString(Qt::ISODate));
    return array;
}

/// The years of the file as a calendar's "years" object.
Result<QJsonObject> yearsOf(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return calendarError("calendar.bad-file",
                             Tr::tr("The calendar file is not a JSON object (%1).")
                                 .arg(parseError.error == QJsonParseError::NoError
                                          ? Tr::tr("it is an array or a value")
                                          : parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.contains(QLatin1String("years"))) {
        if (!root.value(QLatin1String("years")).isObject())
            return calendarError("calendar.bad-file",
                                 Tr::tr("\"years\" must be an object keyed by year."));
        return root.value(QLatin1String("years")).toObject();
    }
    const QJsonValue year = root.value(QLatin1String("year"));
    if (!year.isDouble() || year.toDouble() != double(year.toInt()))
        return calendarError("calendar.bad-file",
                             Tr::tr("Say which year the file holds: \"year\": 2027, or "
                                    "\"years\": {\"2027\": …}."));
    QJsonObject y;
    for (const char *key : {"holidays", "workdays"}) {
        if (root.contains(QLatin1String(key)))
            y.insert(QLatin1String(key), root.value(QLatin1String(key)));
    }
    return QJsonObject{{QString::number(year.toInt()), y}};
}

/// What the parser of the calendar itself does not check: a year in range, holidays at all,
/// make-up workdays only where the week does not work.
Result<void> checkYear(const CalendarYear &y, const Core::WorkCalendar &week)
{
    if (y.year < 2000 || y.year > 2100)
        return calendarError("calendar.bad-year",
                             Tr::tr("%1 is not a year this calendar can hold (2000–2100).")
                                 .arg(y.year));
    if (y.holidays.isEmpty())
        return calendarError("calendar.no-holidays",
                             Tr::tr("The file lists no holidays for %1: every year has some, "
                                    "so the file is surely incomplete.")
                                 .arg(y.year));
    for (const QDate &d : y.workdays) {
        if (!week.weekSchedule(d.dayOfWeek()).isEmpty())
            return calendarError("calendar.workday-on-workday",
                                 Tr::tr("%1 is a make-up workday but falls on a %2, which is "
                                        "worked anyway.")
                                     .arg(d.toString(Qt::ISODate),
                                          QLocale().dayName(d.dayOfWeek())));
    }
    return {};
}

} // namespace

Result<QList<CalendarYear>> parseCalendarYears(const QByteArray &json,
                                               const Core::WorkCalendar &week)
{
    auto years = yearsOf(json);
    if (!years)
        return years.error();
    if (years->isEmpty())
        return calendarError("calendar.bad-file", Tr::tr("The calendar file holds no year."));
    // The calendar's own parser checks the dates (form, year, holiday and workday at once).
    QJsonObject probe = QJsonDocument::fromJson(week.toJson()).object();
    probe.insert(QLatin1String("years"), years.value());
    auto parsed = Core::WorkCalendar::fromJson(QJsonDocument(probe).toJson());
    if (!parsed)
        return parsed.error();
    QList<CalendarYear> result;
    for (auto it = years->begin(); it != years->end(); ++it) {
        CalendarYear y;
        y.year = it.key().toInt();
        const QJsonObject dates = it.value().toObject();
        for (const QJsonValue d : dates.value(QLatin1String("holidays")).toArray())
            y.holidays.append(QDate::fromString(d.toString(), Qt::ISODate));
        for (const QJsonValue d : dates.value(QLatin1String("workdays")).toArray())
            y.workdays.append(QDate::fromString(d.toString(), Qt::ISODate));
        if (auto r = checkYear(y, week); !r)
            return r.error();
        result.append(y);
    }
    return result;
}

Result<Core::WorkCalendar> CalendarYears::import(const QList<CalendarYear> &years,
                                                 const QString &login, bool replace)
{
    auto who = roleHolder(m_db, login, Core::Role::Admin);
    if (!who)
        return who.error();
    QJsonObject calendar = QJsonDocument::fromJson(m_current.toJson()).object();
    QJsonObject known = calendar.value(QLatin1String("years")).toObject();
    for (const CalendarYear &y : years) {
        if (auto r = checkYear(y, m_current); !r)
            return r.error();
        if (m_current.isKnownYear(y.year) && !replace)
            return calendarError("calendar.year-known",
                                 Tr::tr("The calendar already holds %1; replace it only on purpose "
                                        "(--replace).")
                                     .arg(y.year));
        known.insert(QString::number(y.year),
                     QJsonObject{{QStringLiteral("holidays"), dateArray(y.holidays)},
                                 {QStringLiteral("workdays"), dateArray(y.workdays)}});
    }
    calendar.insert(QLatin1String("years"), known);
    const QByteArray definition = QJsonDocument(calendar).toJson(QJsonDocument::Compact);
    auto parsed = Core::WorkCalendar::fromJson(definition);
    if (!parsed)
        return parsed.error();

    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Storage::OutboxRepository outbox(m_db);
    const QString id = QStringLiteral("default");
    auto base = outbox.rowJson(QStringLiteral("work_calendar"), id);
    if (!base)
        return base.error();
    if (auto r = Storage::CalendarRepository(m_db).save(definition, id); !r)
        return r.error();
    if (auto r = outbox.appendRowChange(QStringLiteral("work_calendar"), id,
                                        base->has_value() ? QStringLiteral("update")
                                                          : QStringLiteral("insert"),
                                        base.value(), who->userId);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    m_current = parsed.value();
    return parsed;
}

std::optional<int> missingCalendarYear(const Core::WorkCalendar &calendar, const QDate &today)
{
    if (!calendar.isKnownYear(today.year()))
        return today.year();
    if (today.month() >= 11 && !calendar.isKnownYear(today.year() + 1))
        return today.year() + 1;
    return std::nullopt;
}

} // namespace Cc::Cases
