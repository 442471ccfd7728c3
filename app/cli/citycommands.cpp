// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl init-demo, info, categories.
#include "cli.h"

#include <cc/city/citycontext.h>
#include <cc/core/category.h>
#include <cc/demogen/democity.h>
#include <cc/notify/demosetup.h>

#include <QElapsedTimer>
#include <QFileInfo>

namespace Cc::Cli {

int runInitDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Write the demo city (a county of ~38.6 km² with "
                                            "grids, departments, cameras, components, collectors "
                                            "and a year of cases) into a new database."));
    const Demo::DemoOptions defaults;
    parser.addOption(dbOption());
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Tr::tr("Random seed (same seed and end, same city)."),
                                  QStringLiteral("N"), QString::number(defaults.seed));
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   Tr::tr("Number of cases over the year."), QStringLiteral("N"),
                                   QString::number(defaults.cases));
    const QCommandLineOption components(QStringLiteral("components"),
                                        Tr::tr("Number of components."), QStringLiteral("N"),
                                        QString::number(defaults.components));
    const QCommandLineOption end(QStringLiteral("end"),
                                 Tr::tr("End of the simulated year (ISO 8601; default now)."),
                                 QStringLiteral("TIME"));
    const QCommandLineOption cameraUrl(QStringLiteral("camera-url"),
                                       Tr::tr("Base URL of the camera simulator."),
                                       QStringLiteral("URL"), defaults.cameraUrlBase);
    parser.addOptions({seed, cases, components, end, cameraUrl});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;

    Demo::DemoOptions options;
    bool ok1 = false, ok2 = false, ok3 = false;
    options.seed = parser.value(seed).toULongLong(&ok1);
    options.cases = parser.value(cases).toInt(&ok2);
    options.components = parser.value(components).toInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || options.cases < 0 || options.components < 0)
        return usage(parser,
                     Tr::tr("--seed, --cases and --components take non-negative whole numbers."));
    if (parser.isSet(end)) {
        options.end = QDateTime::fromString(parser.value(end), Qt::ISODate);
        if (!options.end.isValid())
            return usage(parser,
                         Tr::tr("--end takes an ISO 8601 time such as 2026-11-23T18:00:00+08:00."));
    }
    options.cameraUrlBase = parser.value(cameraUrl);
    if (parser.value(QStringLiteral("db")).isEmpty())
        return usage(parser, Tr::tr("Name the database with --db FILE."));
    if (QFileInfo::exists(parser.value(QStringLiteral("db"))))
        return fail(makeError("cli.exists",
                              Tr::tr("%1 exists already; init-demo writes a new database only.")
                                  .arg(parser.value(QStringLiteral("db")))));

    auto db = openDb(parser, Storage::Database::OpenMode::Create);
    if (!db)
        return fail(db.error());
    QElapsedTimer timer;
    timer.start();
    auto summary = Demo::writeDemoCity(**db, options, [](int done, int total, const QString &what) {
        err() << Tr::tr("  %1: %2 of %3").arg(what).arg(done).arg(total) << '\n';
        err().flush();
    });
    if (!summary)
        return fail(summary.error());
    // 一查二信 out of the box: the default rules and a unit head per department.
    if (auto notify = Notify::installDemoSetup(**db); !notify)
        return fail(notify.error());
    out() << Tr::tr("Demo city written to %1 in %2 s:")
                 .arg((*db)->path())
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << '\n'
          << Tr::tr("  %1 streets, %2 communities, %3 responsibility grids, %4 unit grids")
                 .arg(summary->streets)
                 .arg(summary->communities)
                 .arg(summary->responsibilityGrids)
                 .arg(summary->unitGrids)
          << '\n'
          << Tr::tr("  %1 departments, %2 users, %3 cameras, %4 components")
                 .arg(summary->departments)
                 .arg(summary->users)
                 .arg(summary->cameras)
                 .arg(summary->components)
          << '\n'
          << Tr::tr("  gazetteer: %1 street blocks, %2 places, %3 intersections")
                 .arg(summary->roads)
                 .arg(summary->places)
                 .arg(summary->intersections)
          << '\n'
          << Tr::tr("  %1 cases with %2 workflow actions").arg(summary->cases).arg(summary->actions)
          << '\n';
    if (summary->refusedActions > 0) {
        err() << Tr::tr("cityctl: %1 simulated actions were refused by the workflow.")
                     .arg(summary->refusedActions)
              << '\n';
        return Refused;
    }
    return Ok;
}

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("List the layers and tables of a database with their row counts."));
    parser.addOption(dbOption());
    const QCommandLineOption check(
        QStringLiteral("check"),
        Tr::tr("Also check every page of the file (PRAGMA quick_check; minutes on a large one)."));
    parser.addOption(check);
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    // Migrates an older file; one found damaged before is only read (and checked again).
    const bool damaged = Storage::Database::damage(parser.value(QStringLiteral("db"))).has_value();
    auto db = openDb(parser, damaged ? Storage::Database::OpenMode::ReadOnly
                                     : Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    if (parser.isSet(check)) {
        if (auto r = Storage::Database::verify((*db)->path()); !r)
            return fail(r.error());
        out() << Tr::tr("integrity check: ok") << '\n';
    }
    auto st = (*db)->prepare(QStringLiteral(
        "SELECT c.table_name, c.data_type, coalesce(g.geometry_type_name, ''), coalesce(g.srs_id, '') "
        "FROM gpkg_contents c LEFT JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
        "ORDER BY c.data_type DESC, c.table_name"));
    if (!st)
        return fail(st.error());
    out() << Tr::tr("%1: GeoPackage, CityCommand schema %2")
                 .arg((*db)->path())
                 .arg((*db)->schemaVersion())
          << '\n';
    out() << QStringLiteral("%1 %2 %3 %4\n")
                 .arg(Tr::tr("table"), -22)
                 .arg(Tr::tr("kind"), -11)
                 .arg(Tr::tr("geometry"), -16)
                 .arg(Tr::tr("rows"), 10);
    while (true) {
        auto more = st->step();
        if (!more)
            return fail(more.error());
        if (!more.value())
            break;
        const QString table = st->text(0);
        const QString geometry = st->text(2).isEmpty() ? QStringLiteral("-")
                                                       : st->text(2) + QStringLiteral(" (EPSG:")
                                                             + st->text(3) + QLatin1Char(')');
        out() << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(table, -22)
                     .arg(st->text(1), -11)
                     .arg(geometry, -16)
                     .arg((*db)->rowCount(table), 10);
    }
    return Ok;
}

int runCategories(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the category dictionary with disposal limits."));
    const QCommandLineOption kind(QStringLiteral("kind"), Tr::tr("part or event."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption search(QStringLiteral("search"), Tr::tr("Only classes matching TEXT."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({kind, search});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    // The dictionary every city uses (no database needed to list it).
    const Core::CategoryDictionary &dictionary = City::CityContext::nationalCategories();
    QList<Core::Category> list = parser.isSet(search) ? dictionary.search(parser.value(search))
                                                      : dictionary.categories();
    if (parser.isSet(kind)) {
        const Core::CaseKind wanted = Core::kindFromId(parser.value(kind));
        if (wanted == Core::CaseKind::Invalid)
            return usage(parser, Tr::tr("--kind is part or event."));
        list.removeIf([wanted](const Core::Category &c) { return c.kind != wanted; });
    }
    for (const Core::Category &c : list) {
        out() << QStringLiteral("%1  %2  %3  %4 / %5\n")
                     .arg(c.key(), -11)
                     .arg(c.nameZh, -12)
                     .arg(c.nameEn, -36)
                     .arg(c.limitUrgent.displayText(), c.limitNormal.displayText());
    }
    return Ok;
}

} // namespace Cc::Cli
