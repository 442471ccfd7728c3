// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl gazetteer import|info, cityctl geocode --address (地名地址, docs/gazetteer.md).
#include "cli.h"

#include <cc/gazetteer/arealookup.h>
#include <cc/gazetteer/gazetteerimport.h>
#include <cc/gazetteer/matcher.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cc::Cli {

namespace {

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Import streets (lines) or places (points, polygons) into the gazetteer from a "
        "GeoPackage, Shapefile, GeoJSON or CSV file through GDAL. Streets map name, aliases, "
        "kind, from_left, to_left, from_right, to_right; places map name, aliases, kind, "
        "extent_m, address. Importing the same file and layer again replaces its rows."));
    parser.addOption(dbOption());
    const QCommandLineOption layer(QStringLiteral("layer"),
                                   Tr::tr("The layer (default: the first)."), Tr::tr("NAME"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 Tr::tr("Field mapping ours=theirs, comma separated, e.g. "
                                        "name=NAME,from_left=L_F (default: same names)."),
                                 Tr::tr("MAPPING"));
    parser.addOptions({layer, map});
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The file to import."));
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usage(parser, Tr::tr("Name one file to import."));
    auto mapping = Gazetteer::parseMapping(parser.value(map));
    if (!mapping)
        return fail(mapping.error());
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    auto counts = Gazetteer::importLayer(**db, parser.positionalArguments().first(),
                                         parser.value(layer), mapping.value());
    if (!counts)
        return fail(counts.error());
    out() << Tr::tr("Imported %1 street rows and %2 places; the gazetteer has %3 intersections.")
                 .arg(counts->streets)
                 .arg(counts->places)
                 .arg(counts->intersections)
          << '\n';
    return Ok;
}

int runInfoCounts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Print how many streets, places and intersections "
                                            "the gazetteer holds."));
    parser.addOption(dbOption());
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    auto db = openDb(parser, Storage::Database::OpenMode::ReadOnly);
    if (!db)
        return fail(db.error());
    auto counts = Gazetteer::GazetteerStore(**db).counts();
    if (!counts)
        return fail(counts.error());
    out() << Tr::tr("%1 street rows, %2 places, %3 intersections")
                 .arg(counts.value()[0])
                 .arg(counts.value()[1])
                 .arg(counts.value()[2])
          << '\n';
    return Ok;
}

} // namespace

int runGazetteer(const QStringList &args)
{
    const QString verb = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0) + u' ' + verb);
    if (verb == QLatin1String("import"))
        return runImport(rest);
    if (verb == QLatin1String("info"))
        return runInfoCounts(rest);
    err() << Tr::tr("Usage: cityctl gazetteer import|info --db FILE … (see --help of each)")
          << '\n';
    return verb == QLatin1String("--help") ? Ok : Usage;
}

int printAddressCandidates(Storage::Database &db, const QString &text, int limit, bool json)
{
    auto data = Gazetteer::GazetteerStore(db).load();
    if (!data)
        return fail(data.error());
    auto areas = Gazetteer::AreaLookup::load(db);
    if (!areas)
        return fail(areas.error());
    const Gazetteer::Matcher matcher(std::move(data.value()));
    const QList<Gazetteer::Candidate> found = matcher.match(text, limit);
    QJsonArray rows;
    for (int i = 0; i < found.size(); ++i) {
        const Gazetteer::Candidate &c = found[i];
        const Gazetteer::Areas a = (*areas)->at(c.point);
        if (json) {
            rows.append(QJsonObject{{QStringLiteral("label"), c.label},
                                    {QStringLiteral("kind"), Gazetteer::kindId(c.kind)},
                                    {QStringLiteral("score"), std::round(c.score * 1000) / 1000},
                                    {QStringLiteral("lon"), c.point.x()},
                                    {QStringLiteral("lat"), c.point.y()},
                                    {QStringLiteral("grid"), a.gridCode},
                                    {QStringLiteral("responsibility_grid"), a.responsibilityCode},
                                    {QStringLiteral("community"), a.communityCode},
                                    {QStringLiteral("community_name"), a.communityName},
                                    {QStringLiteral("detail"), c.detail}});
            continue;
        }
        //: 序号 得分 地址 经纬度 单元网格 社区
        out() << Tr::tr("%1. %2  %3  %4,%5  grid %6  community %7 %8")
                     .arg(i + 1)
                     .arg(c.score, 0, 'f', 2)
                     .arg(c.label)
                     .arg(c.point.x(), 0, 'f', 6)
                     .arg(c.point.y(), 0, 'f', 6)
                     .arg(a.gridCode.isEmpty() ? QStringLiteral("—") : a.gridCode, a.communityName,
                          a.communityCode)
              << (c.detail.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(c.detail)) << '\n';
    }
    if (json) {
        out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (found.isEmpty()) {
        err() << Tr::tr("cityctl: no street, place or intersection matches “%1” "
                        "[gazetteer.no-match].")
                     .arg(text)
              << '\n';
        return Refused;
    }
    return Ok;
}

} // namespace Cc::Cli
