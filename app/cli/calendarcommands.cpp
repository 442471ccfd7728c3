// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl calendar show|import|check: the years of holidays the city's work calendar knows,
// a new year from the State Council's notice, and whether next year's is still missing.
#include "cli.h"

#include <cc/cases/calendaryears.h>
#include <cc/city/citycontext.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cc::Cli {

namespace {

constexpr qint64 kMaxCalendarFileBytes = 1024 * 1024; // a year is a few hundred bytes

/// A calendar file, read whole; only a regular file (a FIFO would block).
Result<QByteArray> readCalendarFile(const QString &path)
{
    return readSmallFile(path, kMaxCalendarFileBytes, [&](qint64 size) {
        return makeError("calendar.bad-file",
                         Tr::tr("%1 has %2 KB: a calendar file has at most 1 MB.")
                             .arg(path)
                             .arg(size / 1024));
    });
}

QString missingWarning(int year)
{
    return Tr::tr("The calendar has no holidays for %1: deadlines reaching into %1 are computed "
                  "without them and flagged. Import the State Council's notice with "
                  "`cityctl calendar import FILE --as ADMIN`.")
        .arg(year);
}

int runShow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("The years of holidays the work calendar knows."));
    parser.addOption(dbOption());
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    auto opened = openCity(parser, Storage::Database::OpenMode::ReadOnly);
    if (!opened)
        return fail(opened.error());
    const Core::WorkCalendar &calendar = opened->city->calendar();
    out() << Tr::tr("Time zone %1, %2 working minutes a day.")
                 .arg(QString::fromUtf8(calendar.timeZone().id()))
                 .arg(calendar.minutesPerWorkday())
          << '\n';
    const QJsonObject years = QJsonDocument::fromJson(calendar.toJson())
                                  .object()
                                  .value(QLatin1String("years"))
                                  .toObject();
    for (auto it = years.begin(); it != years.end(); ++it) {
        const QJsonObject y = it.value().toObject();
        out() << Tr::tr("  %1: %2 holidays, %3 make-up workdays%4")
                     .arg(it.key())
                     .arg(y.value(QLatin1String("holidays")).toArray().size())
                     .arg(y.value(QLatin1String("workdays")).toArray().size())
                     .arg(calendar.isKnownYear(it.key().toInt()) ? QString()
                                                                 : Tr::tr(" (not vouched for)"))
              << '\n';
    }
    if (auto missing = Cases::missingCalendarYear(calendar, QDate::currentDate()))
        out() << missingWarning(*missing) << '\n';
    return Ok;
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Add a year (or years) of holidays and make-up workdays to the work calendar."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("{\"year\": 2027, \"holidays\": […], \"workdays\": […]}"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     Tr::tr("Replace a year the calendar already holds."));
    parser.addOption(dbOption());
    parser.addOptions({asOption(), replace});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usage(parser, Tr::tr("Name one calendar file."));
    if (!parser.isSet(QStringLiteral("as")))
        return usage(parser, Tr::tr("--as LOGIN (an administrator) is required."));
    auto json = readCalendarFile(parser.positionalArguments().first());
    if (!json)
        return fail(json.error());
    auto opened = openCity(parser, Storage::Database::OpenMode::ReadWrite);
    if (!opened)
        return fail(opened.error());
    auto years = Cases::parseCalendarYears(json.value(), opened->city->calendar());
    if (!years)
        return fail(years.error());
    Cases::CalendarYears store(*opened->db, opened->city->calendar());
    auto imported = store.import(years.value(), parser.value(QStringLiteral("as")),
                                 parser.isSet(replace));
    if (!imported)
        return fail(imported.error());
    for (const Cases::CalendarYear &y : years.value())
        out() << Tr::tr("Imported %1: %2 holidays, %3 make-up workdays.")
                     .arg(y.year)
                     .arg(y.holidays.size())
                     .arg(y.workdays.size())
              << '\n';
    out() << Tr::tr("New deadlines use it at once; deadlines already set stay as they are. Other "
                    "workstations receive it through the hub and use it from their next start.")
          << '\n';
    return Ok;
}

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Exit 1 when the calendar lacks this year's holidays, or from 1 November next "
               "year's."));
    parser.addOption(dbOption());
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    auto opened = openCity(parser, Storage::Database::OpenMode::ReadOnly);
    if (!opened)
        return fail(opened.error());
    if (auto missing = Cases::missingCalendarYear(opened->city->calendar(), QDate::currentDate())) {
        err() << missingWarning(*missing) << '\n';
        return Refused;
    }
    out() << Tr::tr("The calendar holds the holidays it needs.") << '\n';
    return Ok;
}

} // namespace

int runCalendar(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args[1] : QString();
    QStringList rest = args.mid(2);
    rest.prepend(args.first() + QLatin1Char(' ') + sub);
    if (sub == QLatin1String("show"))
        return runShow(rest);
    if (sub == QLatin1String("import"))
        return runImport(rest);
    if (sub == QLatin1String("check"))
        return runCheck(rest);
    err() << Tr::tr("Usage: cityctl calendar show|import|check [OPTIONS]  (--help on each)")
          << '\n';
    return sub == QLatin1String("--help") ? Ok : Usage;
}

} // namespace Cc::Cli
