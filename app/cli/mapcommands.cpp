// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl geocode, export.
#include "cli.h"

#include <cc/city/citycontext.h>
#include <cc/map/gridstore.h>
#include <cc/map/layerexport.h>
#include <cc/map/layerimport.h>
#include <cc/storage/repositories.h>

#include <charconv>
#include <cstdio>
#include <cstring>
#include <string>

namespace Cc::Cli {

namespace {

/// "lon,lat" (spaces allowed around either number); false for anything else.
bool parseLonLat(const char *begin, const char *end, double &lon, double &lat)
{
    while (begin < end && (*begin == ' ' || *begin == '\t'))
        ++begin;
    auto r = std::from_chars(begin, end, lon);
    if (r.ec != std::errc())
        return false;
    const char *p = r.ptr;
    while (p < end && (*p == ' ' || *p == '\t'))
        ++p;
    if (p == end || *p != ',')
        return false;
    ++p;
    while (p < end && (*p == ' ' || *p == '\t'))
        ++p;
    r = std::from_chars(p, end, lat);
    if (r.ec != std::errc())
        return false;
    p = r.ptr;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
        ++p;
    return p == end;
}

} // namespace

int runGeocode(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Read “lon,lat” lines (EPSG:4490) on standard input and print, for each, the code of the "
        "unit grid covering the point, or an empty line outside every grid. A point on a shared "
        "edge or corner gets the smallest code."));
    parser.addOption(dbOption());
    const QCommandLineOption all(QStringLiteral("all"),
                                 Tr::tr(
                                     "Print “unit grid,responsibility grid,community” per line."));
    parser.addOption(all);
    // Forward geocoding through the gazetteer (gazetteercommands.cpp).
    const QCommandLineOption address(QStringLiteral("address"),
                                     Tr::tr("Instead: print the gazetteer's candidates for an "
                                            "address, place or intersection, best first."),
                                     Tr::tr("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Tr::tr("With --address: at most N candidates (default 5)."),
                                   QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("With --address: JSON."));
    parser.addOptions({address, limit, json});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    auto db = openDb(parser, Storage::Database::OpenMode::ReadOnly);
    if (!db)
        return fail(db.error());
    if (parser.isSet(address)) {
        bool ok = false;
        const int n = parser.value(limit).toInt(&ok);
        if (!ok || n < 1 || n > 100)
            return usage(parser, Tr::tr("--limit takes a number from 1 to 100."));
        return printAddressCandidates(**db, parser.value(address), n, parser.isSet(json));
    }
    auto locator = Map::GridLocator::load(**db);
    if (!locator)
        return fail(locator.error());
    const bool printAll = parser.isSet(all);

    // Plain stdio with big buffers: this is a batch path (millions of lines).
    std::vector<char> outBuffer(1 << 20);
    std::setvbuf(stdout, outBuffer.data(), _IOFBF, outBuffer.size());
    const QStringList &unitKeys = locator->unitGrids().keys();
    std::vector<std::string> units;
    units.reserve(unitKeys.size());
    for (const QString &k : unitKeys)
        units.push_back(k.toStdString());
    std::string line;
    char *buf = nullptr;
    size_t cap = 0;
    qint64 lineNo = 0, bad = 0;
    ssize_t n;
    while ((n = getline(&buf, &cap, stdin)) >= 0) {
        ++lineNo;
        const char *end = buf + n;
        while (end > buf && (end[-1] == '\n' || end[-1] == '\r'))
            --end;
        double lon = 0, lat = 0;
        if (!parseLonLat(buf, end, lon, lat)) {
            if (++bad <= 10)
                std::fprintf(stderr, "%s\n",
                             qPrintable(Tr::tr("cityctl: line %1 is not “lon,lat”.").arg(lineNo)));
            std::fputs(printAll ? ",,\n" : "\n", stdout);
            continue;
        }
        if (printAll) {
            const Map::GridLocator::Location l = locator->locate(QPointF(lon, lat));
            std::fprintf(stdout, "%s,%s,%s\n", qPrintable(l.unitGrid),
                         qPrintable(l.responsibilityGrid), qPrintable(l.community));
            continue;
        }
        const int i = locator->unitGrids().locate(lon, lat);
        if (i >= 0)
            std::fwrite(units[size_t(i)].data(), 1, units[size_t(i)].size(), stdout);
        std::fputc('\n', stdout);
    }
    std::free(buf);
    std::fflush(stdout);
    if (bad > 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Tr::tr("cityctl: %1 of %2 lines were not “lon,lat”.")
                                    .arg(bad)
                                    .arg(lineNo)));
        return Refused;
    }
    return Ok;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Export a map layer to a GeoPackage (.gpkg), GeoJSON (.geojson) or Shapefile (.shp) in "
        "EPSG:4490. Layers: unit-grids, responsibility-grids, communities, streets, components, "
        "cameras, cases, collectors."));
    parser.addOption(dbOption());
    const QCommandLineOption layer(QStringLiteral("layer"), Tr::tr("The layer to export."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption output(QStringLiteral("out"),
                                    Tr::tr("The file to write (replaced if it exists)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({layer, output});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    const Map::LayerKind kind = Map::layerFromId(parser.value(layer));
    if (kind == Map::LayerKind::Invalid)
        return usage(parser, Tr::tr("Name a layer with --layer (e.g. unit-grids)."));
    if (parser.value(output).isEmpty())
        return usage(parser, Tr::tr("Name the output file with --out FILE."));
    auto db = openDb(parser, Storage::Database::OpenMode::ReadOnly);
    if (!db)
        return fail(db.error());
    auto written = Map::exportLayer(**db, kind, parser.value(output));
    if (!written)
        return fail(written.error());
    out() << Tr::tr("%1 features of %2 written to %3")
                 .arg(*written)
                 .arg(parser.value(layer), parser.value(output))
          << '\n';
    return Ok;
}

int runLayerImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Import unit grids (polygons) or components (points) from a GeoPackage, GeoJSON or "
        "Shapefile. Grids replace the boundary of the grid with the same code or are added, and "
        "the whole layer is validated before anything is written (as a supervisor, --as). "
        "Components are added with their unit grid found by the geocoder. Map our fields to the "
        "file's with --field ours=theirs (grids: code, community_code, responsibility_code; "
        "components: object_code, category_code, name, state)."));
    parser.addOption(dbOption());
    const QCommandLineOption layer(QStringLiteral("layer"), Tr::tr("unit-grids or components."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption input(QStringLiteral("in"), Tr::tr("The file to import."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption sourceLayer(QStringLiteral("source-layer"),
                                         Tr::tr("The file's layer (default: its first)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption field(QStringLiteral("field"),
                                   Tr::tr("A field mapping, e.g. code=WGBM (repeatable)."),
                                   QStringLiteral("OURS=THEIRS"));
    const QCommandLineOption as(QStringLiteral("as"), Tr::tr("The supervisor who imports grids."),
                                QStringLiteral("LOGIN"));
    parser.addOptions({layer, input, sourceLayer, field, as});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    const Map::LayerKind kind = Map::layerFromId(parser.value(layer));
    if (kind != Map::LayerKind::UnitGrids && kind != Map::LayerKind::Components)
        return usage(parser, Tr::tr("--layer takes unit-grids or components."));
    if (parser.value(input).isEmpty())
        return usage(parser, Tr::tr("Name the file with --in FILE."));
    QHash<QString, QString> mapping;
    for (const QString &m : parser.values(field)) {
        const qsizetype eq = m.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usage(parser, Tr::tr("--field takes OURS=THEIRS, e.g. code=WGBM."));
        mapping.insert(m.left(eq), m.mid(eq + 1));
    }
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    if (kind == Map::LayerKind::Components) {
        auto city = City::CityContext::load(**db);
        if (!city)
            return fail(city.error());
        auto imported = Map::importComponents(**db, city.value()->categories(), parser.value(input),
                                              parser.value(sourceLayer), mapping);
        if (!imported)
            return fail(imported.error());
        out() << Tr::tr("%1 components imported").arg(imported->inserted) << '\n';
        return Ok;
    }
    if (parser.value(as).isEmpty())
        return usage(parser,
                     Tr::tr("Grids are imported by a supervisor: name one with --as LOGIN."));
    auto user = Storage::UserRepository(**db).findByLogin(parser.value(as));
    if (!user)
        return fail(user.error());
    Map::GridDocument doc;
    const bool supervisor = *user && (*user)->roles.contains(Core::roleId(Core::Role::Supervisor));
    doc.setEditorRole(supervisor ? Core::Role::Supervisor : Core::Role::Invalid);
    if (auto r = Map::GridStore(**db).load(doc); !r)
        return fail(r.error());
    auto grids = Map::readGridFile(parser.value(input), parser.value(sourceLayer), mapping, doc);
    if (!grids)
        return fail(grids.error());
    if (auto r = Map::importGrids(doc, *grids); !r)
        return fail(r.error());
    QList<Geo::Problem> problems;
    auto saved = Map::GridStore(**db).save(doc, parser.value(as), &problems);
    if (!saved) {
        for (const Geo::Problem &p : problems)
            err() << "  " << p.message << '\n';
        return fail(saved.error());
    }
    out() << Tr::tr("Grids saved: %1 changed, %2 added").arg(saved->updated).arg(saved->inserted)
          << '\n';
    return Ok;
}

} // namespace Cc::Cli
