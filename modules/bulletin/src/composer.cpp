// SPDX-License-Identifier: GPL-3.0-or-later
// From counts to the bulletin's sections. The counting lives in bulletindata.cpp and in
// Cases::evaluate; this file only chooses, compares and words.
#include <cc/bulletin/bulletin.h>

#include "bulletintr.h"
#include "sections.h"

#include <cc/cases/kpifigures.h>
#include <cc/city/citycontext.h>
#include <cc/storage/database.h>

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Cc::Bulletin {

// What composing a bulletin costs, part by part: QT_LOGGING_RULES=cc.bulletin.debug=true.
Q_LOGGING_CATEGORY(lcBulletin, "cc.bulletin", QtWarningMsg)

using Reports::Cell;
using Reports::RowTone;
using Reports::Section;
using Reports::Table;

namespace {

Span spanOf(const City::CityContext &city, const Period &p, const QDateTime &now)
{
    return {city.startOfDay(p.first).toUTC(), city.startOfDay(p.last.addDays(1)).toUTC(),
            now.toUTC()};
}

/// Relative change in percent; nullopt when there is nothing to compare with.
std::optional<double> relative(double now, double before)
{
    if (before <= 0)
        return std::nullopt;
    return 100.0 * (now - before) / before;
}

std::optional<double> points(std::optional<double> now, std::optional<double> before)
{
    if (!now || !before)
        return std::nullopt;
    return *now - *before;
}

QString zhNumber(int n)
{
    static const QStringList numerals{QStringLiteral("一"), QStringLiteral("二"),
                                      QStringLiteral("三"), QStringLiteral("四"),
                                      QStringLiteral("五"), QStringLiteral("六"),
                                      QStringLiteral("七"), QStringLiteral("八"),
                                      QStringLiteral("九"), QStringLiteral("十")};
    return n >= 1 && n <= numerals.size() ? numerals[n - 1] : QString::number(n);
}

struct Inputs
{
    Core::CaseFigures now, before, lastYear;
};

Cases::FigureQuery figureQuery(const City::CityContext &city, Cases::FigureScope scope,
                               const Span &span, const Core::KpiRules &rules)
{
    Cases::FigureQuery q;
    q.scope = scope;
    q.from = span.from;
    q.to = span.to;
    q.now = span.now;
    q.rules = rules;
    q.categories = &city.categories();
    q.cityName = city.cityName();
    return q;
}

Table headlineTable(const Inputs &in)
{
    Table t{Tr::tr("Headline figures"),
            {Tr::tr("Indicator"), Tr::tr("This period"), Tr::tr("Previous period"),
             Tr::tr("Change (环比)"), Tr::tr("A year earlier"), Tr::tr("Change (同比)")},
            {},
            {},
            {4, 3, 3, 3, 3, 3},
            {}};
    // The rows as bulletins name them; counts change in percent, rates in percentage points
    // (docs/bulletin.md).
    const std::pair<const char *, QString> rows[]
        = {{"reported", Tr::tr("Reports received (受理数)")},
           {"filed", Tr::tr("Cases filed (立案数)")},
           {"due", Tr::tr("Due to close (应结案数)")},
           {"closed", Tr::tr("Closed (结案数)")},
           {"close-rate", Tr::tr("Closing rate (结案率)")},
           {"in-time-close-rate", Tr::tr("On-time closing rate (按期结案率)")},
           {"on-time-disposal-rate", Tr::tr("On-time disposal rate (按期处置率)")},
           {"overdue-open", Tr::tr("Overdue, still open (超期未结数)")},
           {"satisfaction-rate", Tr::tr("Public satisfaction (群众满意率)")}};
    for (const auto &[id, name] : rows) {
        const Core::FigureValue v = Core::figureValue(in.now, QString::fromLatin1(id));
        const Core::FigureValue b = Core::figureValue(in.before, v.id);
        const Core::FigureValue y = Core::figureValue(in.lastYear, v.id);
        if (v.kind == Core::FigureValue::Count) {
            const auto a = v.value.value_or(0);
            t.rows << QList<Cell>{Cell::of(name),
                                  Cell::count(qint64(a)),
                                  Cell::count(qint64(b.value.value_or(0))),
                                  Cell::change(relative(a, b.value.value_or(0)),
                                               QStringLiteral("%"), 1),
                                  Cell::count(qint64(y.value.value_or(0))),
                                  Cell::change(relative(a, y.value.value_or(0)),
                                               QStringLiteral("%"), 1)};
        } else {
            //: percentage points
            const QString pp = Tr::tr(" pp");
            t.rows << QList<Cell>{Cell::of(name),
                                  Cell::percent(v.value),
                                  Cell::percent(b.value),
                                  Cell::change(points(v.value, b.value), pp, 2),
                                  Cell::percent(y.value),
                                  Cell::change(points(v.value, y.value), pp, 2)};
        }
    }
    return t;
}

QString summaryText(const Period &p, const Inputs &in)
{
    auto direction = [](std::optional<double> change, const QString &unit) {
        if (!change)
            return Tr::tr("no comparison");
        if (std::abs(*change) < 0.005)
            return Tr::tr("unchanged");
        return (*change > 0 ? Tr::tr("up %1%2") : Tr::tr("down %1%2"))
            .arg(std::abs(*change), 0, 'f', 2)
            .arg(unit);
    };
    const auto rate = Core::percent(in.now.closed, in.now.due);
    return Tr::
        tr("In %1 the centre received %2 reports and filed %3 cases; %4 were due to close and %5 were closed, "
           "a closing rate of %6 (%7 on the previous period, %8 on a year earlier). %9 cases were overdue and "
           "still open at the end of the period.")
            .arg(p.title())
            .arg(in.now.reported)
            .arg(in.now.filed)
            .arg(in.now.due)
            .arg(in.now.closed)
            .arg(rate ? QString::number(*rate, 'f', 2) + QLatin1Char('%') : QStringLiteral("—"))
            .arg(direction(points(rate, Core::percent(in.before.closed, in.before.due)),
                           Tr::tr(" pp")),
                 direction(points(rate, Core::percent(in.lastYear.closed, in.lastYear.due)),
                           Tr::tr(" pp")))
            .arg(in.now.overdueOpen);
}

} // namespace

QString heading(int n, const QString &text)
{
    //: A section heading: 一、总体情况 (the numeral is Chinese in zh)
    return Tr::tr("%1. %2").arg(QLocale().language() == QLocale::Chinese ? zhNumber(n)
                                                                         : QString::number(n),
                                text);
}

QString categoryName(const City::CityContext &city, const QString &key)
{
    const Core::Category *c = city.categories().findByKey(key);
    return c ? (QLocale().language() == QLocale::Chinese ? c->nameZh : c->nameEn) : key;
}

Result<Reports::Document> composeBulletin(const City::CityContext &city, const Period &period,
                                          const QDateTime &now, const Options &options)
{
    const Span span = spanOf(city, period, now);
    if (span.from >= span.now)
        return makeError(QStringLiteral("bulletin.future-period"),
                         Tr::tr("The period %1 has not started yet; there is nothing to report.")
                             .arg(period.id()));
    auto rules = city.kpiRules();
    if (!rules)
        return rules.error();
    const Period previous = period.previous();
    const Period lastYear = period.yearEarlier();
    Inputs in;
    QElapsedTimer timer;
    timer.start();
    // One read of the case records for the period's streets (which add up to the city,
    // docs/kpi.md "Rows") and departments, and the city in the previous period (环比) and a
    // year earlier (同比).
    auto figures = Cases::countFigures(city.database(),
                                       {figureQuery(city, Cases::FigureScope::Street, span, *rules),
                                        figureQuery(city, Cases::FigureScope::Department, span,
                                                    *rules),
                                        figureQuery(city, Cases::FigureScope::City,
                                                    spanOf(city, previous, now), *rules),
                                        figureQuery(city, Cases::FigureScope::City,
                                                    spanOf(city, lastYear, now), *rules)});
    if (!figures)
        return figures.error();
    const QList<Cases::FigureRow> &streets = (*figures)[0];
    for (const Cases::FigureRow &row : streets)
        in.now += row.figures;
    for (const Cases::FigureRow &row : (*figures)[2])
        in.before += row.figures;
    for (const Cases::FigureRow &row : (*figures)[3])
        in.lastYear += row.figures;
    qCDebug(lcBulletin, "figures by street and department, 环比, 同比: %lld ms", timer.restart());

    Reports::Document doc;
    const QString kindTitle = period.kind == Kind::Week
                                  ? Tr::tr("Weekly bulletin of digital city management")
                              : period.kind == Kind::Month
                                  ? Tr::tr("Monthly bulletin of digital city management")
                                  : Tr::tr("Quarterly bulletin of digital city management");
    doc.title.title = kindTitle;
    doc.title.issue = Tr::tr("%1, issue %2").arg(period.year).arg(period.number);
    doc.title.cityName = city.cityName();
    doc.title.issuer = Tr::tr("%1 Digital City Management Supervision and Command Centre")
                           .arg(city.cityName());
    const QDate today = city.dateAt(now);
    doc.title.date = Tr::tr("%1-%2-%3").arg(today.year()).arg(today.month()).arg(today.day());
    doc.title.period = period.rangeText();
    if (span.to > span.now)
        doc.title.period += Tr::tr(" (running: figures as of %1)")
                                .arg(city.local(now).toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    int number = 2; // 1 is the overall section, written once the comparisons are in
    auto ranked = rankingSections(streets,
                                  Cases::evaluationFromFigures(Cases::FigureScope::Department,
                                                               (*figures)[1]),
                                  options, number);
    if (!ranked)
        return ranked.error();
    qCDebug(lcBulletin, "red and black lists: %lld ms", timer.restart());
    auto lists = listSections(city, period, span, spanOf(city, previous, now), options, number);
    if (!lists)
        return lists.error();
    doc.sections << Section{heading(1, Tr::tr("Overall")), summaryText(period, in),
                            headlineTable(in), std::nullopt};
    doc.sections << *ranked << *lists;
    return doc;
}

Result<void> writeBulletin(const City::CityContext &city, QStringView kind, QStringView periodText,
                           Reports::Format format, const QString &path, const QDateTime &now)
{
    const Kind k = kindFromId(kind);
    if (k == Kind::Invalid)
        return makeError(QStringLiteral("bulletin.bad-kind"),
                         Tr::tr("“%1” is not a bulletin kind: week, month or quarter.")
                             .arg(kind.toString()));
    auto period = parsePeriod(k, periodText);
    if (!period)
        return period.error();
    if (format == Reports::Format::Invalid)
        return makeError(QStringLiteral("report.bad-format"),
                         Tr::tr("The format is pdf, odt or xlsx."));
    auto doc = composeBulletin(city, *period, now);
    if (!doc)
        return doc.error();
    return Reports::write(*doc, format, path);
}

Result<void> writeBulletinFrom(const QString &databasePath, QStringView kind, QStringView period,
                               Reports::Format format, const QString &path, const QDateTime &now)
{
    auto db = Storage::Database::open(databasePath, Storage::Database::OpenMode::ReadOnly,
                                      Storage::Database::IntegrityCheck::Deferred);
    if (!db)
        return db.error();
    auto city = City::CityContext::load(**db);
    if (!city)
        return city.error();
    return writeBulletin(**city, kind, period, format, path, now);
}

} // namespace Cc::Bulletin
