// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl: the headless tool integrations, admins and tests drive CityCommand with. It calls
// the same module code as the app.
#include "cli.h"

#include "../common/appsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace Cc::Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const Error &error)
{
    err() << "cityctl: " << error.message << " [" << error.code << "]\n";
    err().flush();
    return Refused;
}

int usage(const QCommandLineParser &parser, const QString &message)
{
    err() << "cityctl: " << message << "\n\n" << parser.helpText();
    err().flush();
    return Usage;
}

Result<QByteArray> readSmallFile(const QString &path, qint64 maxBytes,
                                 const std::function<Error(qint64 size)> &tooLarge)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError("cli.unreadable-file", Tr::tr("There is no file %1.").arg(path));
    if (!info.isFile())
        return makeError("cli.not-a-file",
                         Tr::tr("%1 is not a regular file (a folder, pipe or device).").arg(path));
    if (info.size() > maxBytes)
        return tooLarge(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError("cli.unreadable-file",
                         Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.read(maxBytes + 1);
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), Tr::tr("The local database (GeoPackage) file."),
            QStringLiteral("FILE")};
}

bool parse(QCommandLineParser &parser, const QStringList &args, int &exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        exitCode = usage(parser, parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        exitCode = Ok;
        return false;
    }
    return true;
}

Result<std::unique_ptr<Storage::Database>> openDb(const QCommandLineParser &parser,
                                                  Storage::Database::OpenMode mode)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return makeError("cli.no-db", Tr::tr("Name the database with --db FILE."));
    // The page-by-page check reads the whole file (80 s and more for millions of cases), too
    // much for every command on a big one: there `cityctl info --check` runs it on demand.
    // Header, schema and truncation are checked on every open anyway.
    constexpr qint64 kFullCheckUpTo = 256LL << 20;
    auto db = Storage::Database::open(path, mode,
                                      QFileInfo(path).size() > kFullCheckUpTo
                                          ? Storage::Database::IntegrityCheck::Deferred
                                          : Storage::Database::IntegrityCheck::AtOpen);
    // A file found damaged earlier (by the app's deferred check or any read) is not written.
    if (db && mode != Storage::Database::OpenMode::ReadOnly) {
        if (auto r = db.value()->refuseIfDamaged(); !r)
            return r.error();
    }
    return db;
}

} // namespace Cc::Cli

namespace {

/// The command named on the line (the first word that is not --lang or its value).
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0) {
            ++i;
            continue;
        }
        // 督办 writes a 督办单 (PDF); the sender's 督办单 comes with the step itself.
        if (qstrcmp(argv[i], "case") == 0) {
            for (int j = i + 1; j < argc; ++j) {
                if (qstrcmp(argv[j], "supervise") == 0)
                    return true;
            }
        }
        return qstrcmp(argv[i], "bulletin") == 0;
    }
    return false;
}

int printUsage(FILE *stream)
{
    const QString text = Cc::Cli::Tr::tr(
        "Usage: cityctl [--lang LANG] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  init-demo   write the demo city into a new database\n"
        "  info        list the layers and tables of a database with their row counts\n"
        "  case        report cases, run workflow actions, show a case, import JSON lines\n"
        "  kpi         print the evaluation (综合评价) for a period\n"
        "  bulletin    write the weekly, monthly or quarterly bulletin (通报) as PDF, ODT or XLSX\n"
        "  hotspots    print the case density in hexagonal cells for a period\n"
        "  recurring   list the recurring problems (老不改) of a period\n"
        "  campaign    专项整治: add a campaign, list them, report what one has reached\n"
        "  survey      专项普查: survey items, counting tasks, collectors' counts, the report\n"
        "  calendar    the work calendar's years of holidays: show, import a year, check\n"
        "  config      the centre's rules (categories, standards, limits, routing): export, import, diff\n"
        "  org         departments and users (roles, department, grid, unit head): export, diff,\n"
        "              import; passwd, deactivate, activate, delete one user\n"
        "  duty        the hall's shifts: who is on duty, handover (交接班), duty log, figures\n"
        "  categories  list the category dictionary (部件/事件 classes)\n"
        "  user        list users, set a password, check a password (read from stdin)\n"
        "  geocode     print the unit grid of each “lon,lat” line read from stdin, or an\n"
        "              address's candidates from the gazetteer (--address TEXT)\n"
        "  gazetteer   the address gazetteer (地名地址): import streets and places, counts\n"
        "  export      write a map layer to a GeoPackage, GeoJSON or Shapefile\n"
        "  import      read unit grids or components from a GeoPackage, GeoJSON or Shapefile\n"
        "  hub         set up a hub: init the schema, seed a city, add logins\n"
        "  sync        join a hub, sync once or keep syncing, show status and conflicts\n"
        "  api         citygate: API keys (add, list, revoke), field tokens (revoke), audit log\n"
        "  notify      notifications: rules, channels, contacts, the sender and its log\n"
        "\n"
        "Run 'cityctl COMMAND --help' for a command's options.\n");
    std::fputs(text.toLocal8Bit().constData(), stream);
    return stream == stdout ? Cc::Cli::Ok : Cc::Cli::Usage;
}

} // namespace

int main(int argc, char *argv[])
{
    // `bulletin` sets type (fonts, PDF), which takes a QGuiApplication: on the offscreen
    // platform unless told otherwise, since cityctl never opens a window.
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("cityctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("CityCommand"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));

    // --lang LANG may stand anywhere: it is the tool's option, not the command's.
    QStringList args = app.arguments();
    QString language;
    if (const qsizetype at = args.indexOf(QStringLiteral("--lang"));
        at > 0 && at + 1 < args.size()) {
        language = args[at + 1];
        args.remove(at, 2);
    }
    Cc::App::installTranslations(app, language);
    if (args.size() < 2)
        return printUsage(stderr);
    const QString command = args[1];
    QStringList rest = args.mid(2);
    rest.prepend(QStringLiteral("cityctl ") + command);
    if (command == QLatin1String("init-demo"))
        return Cc::Cli::runInitDemo(rest);
    if (command == QLatin1String("info"))
        return Cc::Cli::runInfo(rest);
    if (command == QLatin1String("case"))
        return Cc::Cli::runCase(rest);
    if (command == QLatin1String("kpi"))
        return Cc::Cli::runKpi(rest);
    if (command == QLatin1String("bulletin"))
        return Cc::Cli::runBulletin(rest);
    if (command == QLatin1String("hotspots"))
        return Cc::Cli::runHotspots(rest);
    if (command == QLatin1String("recurring"))
        return Cc::Cli::runRecurring(rest);
    if (command == QLatin1String("campaign"))
        return Cc::Cli::runCampaign(rest);
    if (command == QLatin1String("calendar"))
        return Cc::Cli::runCalendar(rest);
    if (command == QLatin1String("config"))
        return Cc::Cli::runConfig(rest);
    if (command == QLatin1String("org"))
        return Cc::Cli::runOrg(rest);
    if (command == QLatin1String("survey"))
        return Cc::Cli::runSurvey(rest);
    if (command == QLatin1String("categories"))
        return Cc::Cli::runCategories(rest);
    if (command == QLatin1String("user"))
        return Cc::Cli::runUser(rest);
    if (command == QLatin1String("gazetteer"))
        return Cc::Cli::runGazetteer(rest);
    if (command == QLatin1String("geocode"))
        return Cc::Cli::runGeocode(rest);
    if (command == QLatin1String("export"))
        return Cc::Cli::runExport(rest);
    if (command == QLatin1String("import"))
        return Cc::Cli::runLayerImport(rest);
    if (command == QLatin1String("hub"))
        return Cc::Cli::runHub(rest);
    if (command == QLatin1String("sync"))
        return Cc::Cli::runSync(rest);
    if (command == QLatin1String("api"))
        return Cc::Cli::runApi(rest);
    if (command == QLatin1String("notify"))
        return Cc::Cli::runNotify(rest);
    if (command == QLatin1String("duty"))
        return Cc::Cli::runDuty(rest);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help"))
        return printUsage(stdout);
    if (command == QLatin1String("--version")) {
        std::printf("cityctl %s\n", CC_VERSION);
        return Cc::Cli::Ok;
    }
    std::fprintf(stderr, "%s\n",
                 qPrintable(Cc::Cli::Tr::tr("cityctl: unknown command “%1”.").arg(command)));
    return printUsage(stderr);
}
