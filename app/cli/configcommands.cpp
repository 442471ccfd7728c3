// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl config export|import|diff: the centre's rules (dictionary, 立案/结案标准, limits,
// routing) as one reviewed JSON file (docs/config.md). The checks are the service's
// (Cases::ConfigStore), so a file refused here is refused the same way everywhere.
#include "cli.h"

#include <cc/cases/configstore.h>
#include <cc/city/citycontext.h>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Cc::Cli {

namespace {

// The national dictionary with every standard's text is about 200 KB; a centre's own is of
// the same order. Far larger is not a configuration file.
constexpr qint64 kMaxConfigFileBytes = 8 * 1024 * 1024;

Result<QByteArray> readConfigFile(const QString &path)
{
    return readSmallFile(path, kMaxConfigFileBytes, [&](qint64 size) {
        return makeError("config.too-large",
                         Tr::tr("%1 has %2 MB: a configuration file has at most 8 MB.")
                             .arg(path)
                             .arg(size / (1024 * 1024)));
    });
}

/// The file and the database of a command that takes one FILE.
bool parseWithFile(QCommandLineParser &parser, const QStringList &args, int &exitCode)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The configuration file (JSON)."));
    parser.addOption(dbOption());
    if (!parse(parser, args, exitCode))
        return false;
    if (parser.positionalArguments().size() != 1) {
        exitCode = usage(parser, Tr::tr("Name one configuration file."));
        return false;
    }
    return true;
}

int runConfigExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Write the rules in force (dictionary, standards, limits, routing) to FILE."));
    int exitCode = Ok;
    if (!parseWithFile(parser, args, exitCode))
        return exitCode;
    auto opened = openCity(parser, Storage::Database::OpenMode::ReadOnly);
    if (!opened)
        return fail(opened.error());
    Cases::ConfigStore store(*opened->db, City::CityContext::nationalCategories());
    auto rules = store.exportable();
    if (!rules)
        return fail(rules.error());
    QSaveFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::WriteOnly) || file.write(rules->toJson()) < 0 || !file.commit())
        return fail(
            makeError("cli.unwritable-file",
                      Tr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString())));
    out() << (store.hasVersions()
                  ? Tr::tr("Wrote configuration version %1 to %2.")
                        .arg(store.currentVersion())
                        .arg(file.fileName())
                  : Tr::tr("Wrote the national defaults with this database's routing to %1 (no "
                           "version imported yet).")
                        .arg(file.fileName()))
          << '\n';
    return Ok;
}

int runConfigDiff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Check FILE as an import would and list what it changes; writes nothing."));
    int exitCode = Ok;
    if (!parseWithFile(parser, args, exitCode))
        return exitCode;
    auto json = readConfigFile(parser.positionalArguments().first());
    if (!json)
        return fail(json.error());
    auto opened = openCity(parser, Storage::Database::OpenMode::ReadOnly);
    if (!opened)
        return fail(opened.error());
    Cases::ConfigStore store(*opened->db, City::CityContext::nationalCategories());
    auto lines = store.diff(json.value());
    if (!lines)
        return fail(lines.error());
    for (const QString &line : lines.value())
        out() << line << '\n';
    out() << Tr::tr("%1 changes against version %2.").arg(lines->size()).arg(store.currentVersion())
          << '\n';
    return Ok;
}

int runConfigImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Check FILE and make it the next configuration version, in force from now."));
    const QCommandLineOption note(QStringLiteral("note"), Tr::tr("Why (kept with the version)."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({asOption(), note});
    int exitCode = Ok;
    if (!parseWithFile(parser, args, exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("as")))
        return usage(parser, Tr::tr("--as LOGIN (an administrator) is required."));
    auto json = readConfigFile(parser.positionalArguments().first());
    if (!json)
        return fail(json.error());
    auto opened = openCity(parser, Storage::Database::OpenMode::ReadWrite);
    if (!opened)
        return fail(opened.error());
    Cases::ConfigStore store(*opened->db, City::CityContext::nationalCategories());
    auto version = store.import(json.value(), parser.value(QStringLiteral("as")),
                                parser.value(note));
    if (!version)
        return fail(version.error());
    out() << Tr::tr("Configuration version %1 is in force: %2 categories, %3 routes. Cases "
                    "reported before keep their limits; other workstations receive it through "
                    "the hub.")
                 .arg(version->version)
                 .arg(version->rules->dictionary().categories().size())
                 .arg(version->rules->routes().size())
          << '\n';
    return Ok;
}

} // namespace

int runConfig(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args[1] : QString();
    QStringList rest = args.mid(2);
    rest.prepend(args.first() + QLatin1Char(' ') + sub);
    if (sub == QLatin1String("export"))
        return runConfigExport(rest);
    if (sub == QLatin1String("import"))
        return runConfigImport(rest);
    if (sub == QLatin1String("diff"))
        return runConfigDiff(rest);
    err() << Tr::tr("Usage: cityctl config export|import|diff FILE [OPTIONS]  (--help on each)")
          << '\n';
    return sub == QLatin1String("--help") ? Ok : Usage;
}

} // namespace Cc::Cli
