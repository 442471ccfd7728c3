// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl bulletin: the weekly, monthly or quarterly bulletin (通报) as a file.
#include "cli.h"

#include <cc/bulletin/bulletin.h>
#include <cc/city/citycontext.h>

#include <QFileInfo>

namespace Cc::Cli {

int runBulletin(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Write the bulletin (通报) of a week, month or quarter: headline figures "
               "with 环比 and 同比, red and black lists, overdue cases, top problems, "
               "recurring problems and charts, on A4."));
    parser.addOption(dbOption());
    const QCommandLineOption kind(QStringLiteral("kind"), Tr::tr("week, month or quarter."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption
        period(QStringLiteral("period"),
               Tr::tr("The period: 2026-W48 (week), 2026-11 (month), 2026-Q4 (quarter), in the "
                      "city's time zone."),
               QStringLiteral("PERIOD"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Tr::tr("pdf, odt or xlsx (default: from --out)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption outFile(QStringLiteral("out"), Tr::tr("The file to write."),
                                     QStringLiteral("FILE"));
    parser.addOptions({kind, period, format, outFile});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (!parser.isSet(kind) || !parser.isSet(period) || !parser.isSet(outFile))
        return usage(parser, Tr::tr("Name --kind, --period and --out."));
    const QString formatText = parser.isSet(format)
                                   ? parser.value(format)
                                   : QFileInfo(parser.value(outFile)).suffix().toLower();

    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite); // migrates an older file
    if (!db)
        return fail(db.error());
    auto city = City::CityContext::load(**db);
    if (!city)
        return fail(city.error());
    // Kind, period and format are checked by the service, as for the evaluation tab.
    if (auto written = Bulletin::writeBulletin(**city, parser.value(kind), parser.value(period),
                                               Reports::formatFromId(formatText),
                                               parser.value(outFile),
                                               QDateTime::currentDateTimeUtc());
        !written)
        return fail(written.error());
    out() << Tr::tr("Wrote %1").arg(parser.value(outFile)) << '\n';
    return Ok;
}

} // namespace Cc::Cli
