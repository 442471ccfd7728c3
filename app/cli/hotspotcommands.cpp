// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl hotspots / recurring: the density layer and the 老不改 list (docs/hotspots.md).
#include "cli.h"

#include <cc/cases/hotspots.h>
#include <cc/cases/recurring.h>
#include <cc/city/citycontext.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Cc::Cli {

namespace {

/// --from/--to as whole days of the city: [start of FROM, start of the day after TO).
struct Period
{
    QDate first, last;
    QDateTime from, to;
};

QList<QCommandLineOption> periodOptions()
{
    return {QCommandLineOption(QStringLiteral("from"), Tr::tr("First day (YYYY-MM-DD)."),
                               QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("to"), Tr::tr("Last day (YYYY-MM-DD)."),
                               QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON."))};
}

/// Dates first (bad usage before the database is opened), then the city's instants.
bool readDates(const QCommandLineParser &parser, Period &period, QString &problem)
{
    period.first = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    period.last = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!period.first.isValid() || !period.last.isValid())
        problem = Tr::tr("--from and --to take dates like 2026-01-31.");
    else if (period.last < period.first)
        problem = Tr::tr("--to is before --from.");
    return problem.isEmpty();
}

QString cityTime(const City::CityContext &city, const QDateTime &at)
{
    return city.local(at).toString(Qt::ISODate);
}

QString categoryName(const City::CityContext &city, const QString &key)
{
    const Core::Category *c = city.categories().findByKey(key);
    return c ? c->nameZh : key;
}

QJsonObject reportJson(const City::CityContext &city, const Cases::RecurringReport &r)
{
    QJsonObject o{{"id", r.caseId},
                  {"number", r.number},
                  {"reported_at", cityTime(city, r.reportedAt)}};
    if (std::isfinite(r.pos.x())) {
        o.insert("lon", r.pos.x());
        o.insert("lat", r.pos.y());
    }
    return o;
}

void printHotspots(const Cases::HotspotLayer &layer, const Period &period, bool json)
{
    const Geo::HexGrid grid = layer.grid();
    if (json) {
        QJsonArray cells;
        for (const Cases::HotspotCell &c : layer.cells)
            cells.append(QJsonObject{{"q", c.cell.q},
                                     {"r", c.cell.r},
                                     {"lon", c.centre.x()},
                                     {"lat", c.centre.y()},
                                     {"count", c.count},
                                     {"class", layer.classOf(c.count)}});
        QJsonArray breaks;
        for (int b : layer.breaks)
            breaks.append(b);
        out() << QJsonDocument(QJsonObject{{"from", period.first.toString(Qt::ISODate)},
                                           {"to", period.last.toString(Qt::ISODate)},
                                           {"category", layer.query.category},
                                           {"cell_m", layer.query.cellM},
                                           {"cell_area_m2", grid.cellAreaM2()},
                                           {"origin", QJsonObject{{"lon", layer.query.origin.x()},
                                                                  {"lat", layer.query.origin.y()}}},
                                           {"total", layer.total},
                                           {"without_location", layer.withoutLocation},
                                           {"breaks", breaks},
                                           {"cells", cells}})
                     .toJson(QJsonDocument::Indented);
        return;
    }
    out() << Tr::tr("Hotspots %1 – %2: %3 cases in %4 cells of %5 m")
                 .arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate))
                 .arg(layer.total)
                 .arg(layer.cells.size())
                 .arg(layer.query.cellM)
          << '\n';
    for (qsizetype i = 0; i < std::min<qsizetype>(20, layer.cells.size()); ++i) {
        const Cases::HotspotCell &c = layer.cells[i];
        out() << QStringLiteral("  %1  %2,%3  (%4, %5)\n")
                     .arg(c.count, 6)
                     .arg(c.cell.q)
                     .arg(c.cell.r)
                     .arg(c.centre.x(), 0, 'f', 5)
                     .arg(c.centre.y(), 0, 'f', 5);
    }
}

} // namespace

int runHotspots(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print the case density in hexagonal cells for the days FROM to TO "
               "(inclusive, in the city's time zone)."));
    parser.addOption(dbOption());
    parser.addOptions(periodOptions());
    const QCommandLineOption
        category(QStringLiteral("category"),
                 Tr::tr("Only this kind, 大类 or 小类 (e.g. event, event:01, event:0102)."),
                 QStringLiteral("KEY"));
    const QCommandLineOption cell(QStringLiteral("cell-m"),
                                  Tr::tr("Distance between neighbouring cells in metres."),
                                  QStringLiteral("N"), QStringLiteral("250"));
    parser.addOptions({category, cell});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    Period period;
    QString problem;
    if (!readDates(parser, period, problem))
        return usage(parser, problem);
    bool numeric = false;
    const double cellM = parser.value(cell).toDouble(&numeric);
    if (!numeric)
        return usage(parser, Tr::tr("--cell-m takes a number of metres."));

    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite); // migrates an older file
    if (!db)
        return fail(db.error());
    auto city = City::CityContext::load(**db);
    if (!city)
        return fail(city.error());
    Cases::HotspotQuery query;
    query.from = (*city)->startOfDay(period.first);
    query.to = (*city)->startOfDay(period.last.addDays(1));
    query.category = parser.value(category);
    query.cellM = cellM;
    auto layer = Cases::hotspotLayer(**db, query, (*city)->categories());
    if (!layer)
        return fail(layer.error());
    printHotspots(layer.value(), period, parser.isSet(QStringLiteral("json")));
    return Ok;
}

namespace {

QJsonObject recurringJson(const City::CityContext &city, const Cases::RecurringList &list,
                          const Period &period)
{
    QJsonArray places;
    for (const Cases::RecurringPlace &p : list.places) {
        QJsonArray reports;
        for (const Cases::RecurringReport &r : p.reports)
            reports.append(reportJson(city, r));
        places.append(QJsonObject{{"category", p.categoryKey},
                                  {"category_name", categoryName(city, p.categoryKey)},
                                  {"lon", p.centre.x()},
                                  {"lat", p.centre.y()},
                                  {"count", p.reports.size()},
                                  {"first", cityTime(city, p.first())},
                                  {"last", cityTime(city, p.last())},
                                  {"cases", reports}});
    }
    QJsonArray reopened;
    for (const Cases::ReopenedCase &c : list.reopened) {
        QJsonObject o = reportJson(city, c.report);
        o.insert("category", c.report.categoryKey);
        o.insert("category_name", categoryName(city, c.report.categoryKey));
        o.insert("reason", Cases::reasonId(c.reason));
        o.insert("times", c.times);
        o.insert("last_at", cityTime(city, c.lastAt));
        reopened.append(o);
    }
    return {{"from", period.first.toString(Qt::ISODate)},
            {"to", period.last.toString(Qt::ISODate)},
            {"thresholds", QJsonObject{{"radius_m", list.thresholds.radiusM},
                                       {"min_reports", list.thresholds.minReports},
                                       {"window_days", list.thresholds.windowDays}}},
            {"places", places},
            {"reopened", reopened}};
}

void printRecurring(const City::CityContext &city, const Cases::RecurringList &list,
                    const Period &period)
{
    out()
        << Tr::tr(
               "Recurring problems %1 – %2 (%3 × within %4 m and %5 days): %6 places, %7 reworked or reopened cases")
               .arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate))
               .arg(list.thresholds.minReports)
               .arg(list.thresholds.radiusM)
               .arg(list.thresholds.windowDays)
               .arg(list.places.size())
               .arg(list.reopened.size())
        << '\n';
    for (const Cases::RecurringPlace &p : list.places) {
        QStringList numbers;
        for (const Cases::RecurringReport &r : p.reports)
            numbers << r.number;
        out() << QStringLiteral("  %1 ×%2  %3,%4  %5\n")
                     .arg(categoryName(city, p.categoryKey))
                     .arg(p.reports.size())
                     .arg(p.centre.x(), 0, 'f', 5)
                     .arg(p.centre.y(), 0, 'f', 5)
                     .arg(numbers.join(QLatin1Char(' ')));
    }
    for (const Cases::ReopenedCase &c : list.reopened)
        out() << QStringLiteral("  %1  %2  %3 ×%4\n")
                     .arg(c.report.number, categoryName(city, c.report.categoryKey),
                          Cases::reasonName(c.reason))
                     .arg(c.times);
}

} // namespace

int runRecurring(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print the recurring problems (老不改) of the days FROM to TO: places "
               "where the same 小类 keeps being reported, and reworked or reopened "
               "cases. Thresholds come from the city's settings unless given."));
    parser.addOption(dbOption());
    parser.addOptions(periodOptions());
    const QCommandLineOption radius(QStringLiteral("radius-m"),
                                    Tr::tr("Reports within this many metres."),
                                    QStringLiteral("M"));
    const QCommandLineOption reports(QStringLiteral("min-reports"),
                                     Tr::tr("At least this many reports."), QStringLiteral("N"));
    const QCommandLineOption window(QStringLiteral("window-days"), Tr::tr("Within this many days."),
                                    QStringLiteral("DAYS"));
    parser.addOptions({radius, reports, window});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    Period period;
    QString problem;
    if (!readDates(parser, period, problem))
        return usage(parser, problem);

    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    auto city = City::CityContext::load(**db);
    if (!city)
        return fail(city.error());
    auto thresholds = (*city)->settings().recurringThresholds();
    if (!thresholds)
        return fail(thresholds.error());
    bool ok = true;
    if (parser.isSet(radius))
        thresholds->radiusM = parser.value(radius).toDouble(&ok);
    if (ok && parser.isSet(reports))
        thresholds->minReports = parser.value(reports).toInt(&ok);
    if (ok && parser.isSet(window))
        thresholds->windowDays = parser.value(window).toInt(&ok);
    if (!ok)
        return usage(parser, Tr::tr("--radius-m, --min-reports and --window-days take numbers."));
    // The service checks the bounds (hotspot.bad-threshold), whoever asks.
    auto list = Cases::recurringProblems(**db, (*city)->startOfDay(period.first),
                                         (*city)->startOfDay(period.last.addDays(1)),
                                         thresholds.value());
    if (!list)
        return fail(list.error());
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(recurringJson(**city, list.value(), period))
                     .toJson(QJsonDocument::Indented);
    else
        printRecurring(**city, list.value(), period);
    return Ok;
}

} // namespace Cc::Cli
