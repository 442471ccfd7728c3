// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl campaign add|list|report: 专项整治 campaigns and what they reached.
#include "cli.h"

#include <cc/cases/campaigns.h>
#include <cc/city/citycontext.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Cc::Cli {

namespace {

const QCommandLineOption kJson(QStringLiteral("json"), Tr::tr("Print JSON."));

QStringList codes(const QCommandLineParser &parser, const QString &name)
{
    QStringList list;
    for (const QString &value : parser.values(name)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            list << part.trimmed();
    }
    return list;
}

/// "lon lat, lon lat, …" (one ring); empty text: none; a malformed corner: an error.
Result<Storage::PolygonRings> polygonOption(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Storage::PolygonRings{};
    Storage::Ring ring;
    for (const QString &corner : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList xy = corner.simplified().split(QLatin1Char(' '));
        bool okX = false, okY = false;
        const double x = xy.value(0).toDouble(&okX), y = xy.value(1).toDouble(&okY);
        if (xy.size() != 2 || !okX || !okY)
            return makeError("cli.bad-polygon",
                             Tr::tr("--polygon takes corners as “lon lat, lon lat, …”, not “%1”.")
                                 .arg(corner.trimmed().left(40)));
        ring.append(QPointF(x, y));
    }
    if (!ring.isEmpty() && ring.first() != ring.last())
        ring.append(ring.first());
    return Storage::PolygonRings{ring};
}

QJsonObject campaignJson(const Cases::Campaign &c)
{
    return {{"id", c.id},
            {"name", c.name},
            {"from", c.startsOn.toString(Qt::ISODate)},
            {"to", c.endsOn.toString(Qt::ISODate)},
            {"streets", QJsonArray::fromStringList(c.streetCodes)},
            {"communities", QJsonArray::fromStringList(c.communityCodes)},
            {"responsibilityGrids", QJsonArray::fromStringList(c.responsibilityCodes)},
            {"grids", QJsonArray::fromStringList(c.gridCodes)},
            {"polygon", !c.polygon.isEmpty()},
            {"categories", QJsonArray::fromStringList(c.categories)}};
}

} // namespace

QCommandLineOption asOption()
{
    return QCommandLineOption(QStringLiteral("as"), Tr::tr("Login of the acting user."),
                              QStringLiteral("LOGIN"));
}

QCommandLineOption roleOption()
{
    return QCommandLineOption(QStringLiteral("role"),
                              Tr::tr("The role to act in (shift-leader, admin, collector)."),
                              QStringLiteral("ROLE"), QStringLiteral("shift-leader"));
}

Result<Opened> openCity(const QCommandLineParser &parser, Storage::Database::OpenMode mode)
{
    Opened o;
    auto db = openDb(parser, mode);
    if (!db)
        return db.error();
    o.db = std::move(db.value());
    auto city = City::CityContext::load(*o.db);
    if (!city)
        return city.error();
    o.city = std::move(city).value();
    return o;
}

namespace {

int runAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Add a 专项整治 campaign and tag the cases that match it."));
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("Name of the campaign."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("First day (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("Last day (YYYY-MM-DD)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption streets(QStringLiteral("streets"),
                                     Tr::tr("Street codes (comma-separated)."),
                                     QStringLiteral("CODES"));
    const QCommandLineOption communities(QStringLiteral("communities"), Tr::tr("Community codes."),
                                         QStringLiteral("CODES"));
    const QCommandLineOption resp(QStringLiteral("responsibility-grids"),
                                  Tr::tr("Responsibility grid codes."), QStringLiteral("CODES"));
    const QCommandLineOption grids(QStringLiteral("grids"), Tr::tr("Unit grid codes."),
                                   QStringLiteral("CODES"));
    const QCommandLineOption polygon(QStringLiteral("polygon"),
                                     Tr::tr("A drawn area: “lon lat, lon lat, …”."),
                                     QStringLiteral("CORNERS"));
    const QCommandLineOption
        categories(QStringLiteral("categories"),
                   Tr::tr("Category keys (event:0102) or major classes (event:01); default all."),
                   QStringLiteral("KEYS"));
    parser.addOption(dbOption());
    parser.addOptions({name, from, to, streets, communities, resp, grids, polygon, categories,
                       kJson, asOption(), roleOption()});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("as")))
        return usage(parser, Tr::tr("--as LOGIN is required."));
    Cases::Campaign c;
    c.name = parser.value(name);
    c.startsOn = QDate::fromString(parser.value(from), Qt::ISODate);
    c.endsOn = QDate::fromString(parser.value(to), Qt::ISODate);
    c.streetCodes = codes(parser, streets.names().first());
    c.communityCodes = codes(parser, communities.names().first());
    c.responsibilityCodes = codes(parser, resp.names().first());
    c.gridCodes = codes(parser, grids.names().first());
    c.categories = codes(parser, categories.names().first());
    auto area = polygonOption(parser.value(polygon));
    if (!area)
        return fail(area.error());
    c.polygon = area.value();
    auto opened = openCity(parser, Storage::Database::OpenMode::ReadWrite);
    if (!opened)
        return fail(opened.error());
    Cases::CampaignStore store(*opened->db, opened->city->categories(), opened->city->calendar());
    // Checked there: who, name, period, area, codes, categories.
    auto added = store.add(c, parser.value(QStringLiteral("as")),
                           Core::roleFromId(parser.value(QStringLiteral("role"))));
    if (!added)
        return fail(added.error());
    auto report = store.report(added->id, QDateTime::currentDateTimeUtc());
    if (!report)
        return fail(report.error());
    if (parser.isSet(kJson)) {
        QJsonObject o = campaignJson(added.value());
        o.insert("cases", report->cases);
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out() << Tr::tr("Campaign “%1” added: %2 cases tagged.").arg(added->name).arg(report->cases)
              << '\n';
    }
    return Ok;
}

int runList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the 专项整治 campaigns."));
    parser.addOption(dbOption());
    parser.addOption(kJson);
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    auto opened = openCity(parser, Storage::Database::OpenMode::ReadOnly);
    if (!opened)
        return fail(opened.error());
    Cases::CampaignStore store(*opened->db, opened->city->categories(), opened->city->calendar());
    auto all = store.all();
    if (!all)
        return fail(all.error());
    for (const Cases::Campaign &c : all.value()) {
        if (parser.isSet(kJson))
            out() << QJsonDocument(campaignJson(c)).toJson(QJsonDocument::Compact) << '\n';
        else
            out() << Tr::tr("%1  %2 – %3")
                         .arg(c.name, c.startsOn.toString(Qt::ISODate),
                              c.endsOn.toString(Qt::ISODate))
                  << '\n';
    }
    return Ok;
}

QJsonArray topJson(const QList<std::pair<QString, qint64>> &top)
{
    QJsonArray array;
    for (const auto &[key, n] : top)
        array.append(QJsonObject{{"key", key}, {"cases", n}});
    return array;
}

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("What a 专项整治 campaign has reached: cases, closed, overdue, top places."));
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("campaign"), Tr::tr("Name or id of the campaign."));
    parser.addOption(kJson);
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usage(parser, Tr::tr("Give the campaign."));
    auto opened = openCity(parser,
                           Storage::Database::OpenMode::ReadWrite); // tags cases from elsewhere
    if (!opened)
        return fail(opened.error());
    Cases::CampaignStore store(*opened->db, opened->city->categories(), opened->city->calendar());
    auto r = store.report(parser.positionalArguments().first(), QDateTime::currentDateTimeUtc());
    if (!r)
        return fail(r.error());
    const auto rate = r->closeRate();
    if (parser.isSet(kJson)) {
        QJsonObject o = campaignJson(r->campaign);
        o.insert("cases", r->cases);
        o.insert("filed", r->filed);
        o.insert("closed", r->closed);
        o.insert("closed_in_time", r->closedInTime);
        o.insert("open", r->open);
        o.insert("overdue", r->overdue);
        o.insert("close_rate", rate ? QJsonValue(std::round(*rate * 100) / 100) : QJsonValue());
        o.insert("top_grids", topJson(r->topGrids));
        o.insert("top_categories", topJson(r->topCategories));
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }
    out() << Tr::tr("%1 (%2 – %3): %4 cases, %5 filed, %6 closed (%7), %8 open, %9 overdue")
                 .arg(r->campaign.name, r->campaign.startsOn.toString(Qt::ISODate),
                      r->campaign.endsOn.toString(Qt::ISODate))
                 .arg(r->cases)
                 .arg(r->filed)
                 .arg(r->closed)
                 .arg(rate ? QStringLiteral("%1 %").arg(*rate, 0, 'f', 2) : QStringLiteral("—"))
                 .arg(r->open)
                 .arg(r->overdue)
          << '\n';
    return Ok;
}

} // namespace

int runCampaign(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args[1] : QString();
    QStringList rest = args.mid(2);
    rest.prepend(args.first() + QLatin1Char(' ') + sub);
    if (sub == QLatin1String("add"))
        return runAdd(rest);
    if (sub == QLatin1String("list"))
        return runList(rest);
    if (sub == QLatin1String("report"))
        return runReport(rest);
    err() << Tr::tr("Usage: cityctl campaign add|list|report [OPTIONS]  (--help on each)") << '\n';
    return sub == QLatin1String("--help") ? Ok : Usage;
}

} // namespace Cc::Cli
