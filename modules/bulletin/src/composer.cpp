// SPDX-License-Identifier: GPL-3.0-or-later
// From counts to the bulletin's sections. The counting lives in bulletindata.cpp and in
// Cases::evaluate; this file only chooses, compares and words.
#include <cc/bulletin/bulletin.h>

#include "bulletintr.h"
#include "sections.h"

#include <cc/cases/evaluation.h>
#include <cc/city/citycontext.h>

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Cc::Bulletin {

using Reports::Cell;
using Reports::RowTone;
using Reports::Section;
using Reports::Table;

namespace {

Span spanOf(const City::CityContext &city, const Period &p, const QDateTime &now)
{
    return {city.startOfDay(p.first).toUTC(), city.startOfDay(p.last.addDays(1)).toUTC(), now.toUTC()};
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
    static const QStringList numerals{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四"),
                                      QStringLiteral("五"), QStringLiteral("六"), QStringLiteral("七"), QStringLiteral("八"),
                                      QStringLiteral("九"), QStringLiteral("十")};
    return n >= 1 && n <= numerals.size() ? numerals[n - 1] : QString::number(n);
}

struct Inputs
{
    CityFigures now, before, lastYear;
};

Table headlineTable(const Inputs &in)
{
    Table t{Tr::tr("Headline figures"),
            {Tr::tr("Indicator"), Tr::tr("This period"), Tr::tr("Previous period"), Tr::tr("Change (环比)"),
             Tr::tr("A year earlier"), Tr::tr("Change (同比)")},
            {}, {}, {4, 3, 3, 3, 3, 3}, {}};
    auto count = [&](const QString &name, qint64 CityFigures::*field) {
        const double a = double(in.now.*field), b = double(in.before.*field), y = double(in.lastYear.*field);
        t.rows << QList<Cell>{Cell::of(name), Cell::count(in.now.*field), Cell::count(in.before.*field),
                              Cell::change(relative(a, b), QStringLiteral("%"), 1), Cell::count(in.lastYear.*field),
                              Cell::change(relative(a, y), QStringLiteral("%"), 1)};
    };
    auto rate = [&](const QString &name, std::optional<double> (CityFigures::*field)() const) {
        const auto a = (in.now.*field)(), b = (in.before.*field)(), y = (in.lastYear.*field)();
        //: percentage points
        const QString pp = Tr::tr(" pp");
        t.rows << QList<Cell>{Cell::of(name), Cell::percent(a), Cell::percent(b), Cell::change(points(a, b), pp, 2),
                              Cell::percent(y), Cell::change(points(a, y), pp, 2)};
    };
    count(Tr::tr("Reports received (受理数)"), &CityFigures::reported);
    count(Tr::tr("Cases filed (立案数)"), &CityFigures::filed);
    count(Tr::tr("Due to close (应结案数)"), &CityFigures::closeDue);
    count(Tr::tr("Closed (结案数)"), &CityFigures::closed);
    rate(Tr::tr("Closing rate (结案率)"), &CityFigures::closeRate);
    rate(Tr::tr("On-time closing rate (按期结案率)"), &CityFigures::inTimeCloseRate);
    count(Tr::tr("Overdue, still open (超期未结数)"), &CityFigures::overdueOpen);
    return t;
}

QString summaryText(const Period &p, const Inputs &in)
{
    auto direction = [](std::optional<double> change, const QString &unit) {
        if (!change)
            return Tr::tr("no comparison");
        if (std::abs(*change) < 0.005)
            return Tr::tr("unchanged");
        return (*change > 0 ? Tr::tr("up %1%2") : Tr::tr("down %1%2")).arg(std::abs(*change), 0, 'f', 2).arg(unit);
    };
    const auto rate = in.now.closeRate();
    return Tr::tr("In %1 the centre received %2 reports and filed %3 cases; %4 were due to close and %5 were closed, "
                  "a closing rate of %6 (%7 on the previous period, %8 on a year earlier). %9 cases were overdue and "
                  "still open at the end of the period.")
        .arg(p.title())
        .arg(in.now.reported)
        .arg(in.now.filed)
        .arg(in.now.closeDue)
        .arg(in.now.closed)
        .arg(rate ? QString::number(*rate, 'f', 2) + QLatin1Char('%') : QStringLiteral("—"))
        .arg(direction(points(rate, in.before.closeRate()), Tr::tr(" pp")),
             direction(points(rate, in.lastYear.closeRate()), Tr::tr(" pp")))
        .arg(in.now.overdueOpen);
}

} // namespace

QString heading(int n, const QString &text)
{
    //: A section heading: 一、总体情况 (the numeral is Chinese in zh)
    return Tr::tr("%1. %2").arg(QLocale().language() == QLocale::Chinese ? zhNumber(n) : QString::number(n), text);
}

QString categoryName(const City::CityContext &city, const QString &key)
{
    const Core::Category *c = city.categories().findByKey(key);
    return c ? (QLocale().language() == QLocale::Chinese ? c->nameZh : c->nameEn) : key;
}


Result<Reports::Document> composeBulletin(const City::CityContext &city, const Period &period, const QDateTime &now,
                                          const Options &options)
{
    const Span span = spanOf(city, period, now);
    if (span.from >= span.now)
        return makeError(QStringLiteral("bulletin.future-period"),
                         Tr::tr("The period %1 has not started yet; there is nothing to report.").arg(period.id()));
    const Period previous = period.previous();
    const Period lastYear = period.yearEarlier();
    Inputs in;
    for (auto [p, target] : {std::pair{period, &in.now}, std::pair{previous, &in.before}, std::pair{lastYear, &in.lastYear}}) {
        auto f = cityFigures(city.database(), spanOf(city, p, now));
        if (!f)
            return f.error();
        *target = *f;
    }

    Reports::Document doc;
    const QString kindTitle = period.kind == Kind::Week ? Tr::tr("Weekly bulletin of digital city management")
                              : period.kind == Kind::Month ? Tr::tr("Monthly bulletin of digital city management")
                                                           : Tr::tr("Quarterly bulletin of digital city management");
    doc.title.title = kindTitle;
    doc.title.issue = Tr::tr("%1, issue %2").arg(period.year).arg(period.number);
    doc.title.cityName = city.cityName();
    doc.title.issuer = Tr::tr("%1 Digital City Management Supervision and Command Centre").arg(city.cityName());
    const QDate today = city.dateAt(now);
    doc.title.date = Tr::tr("%1-%2-%3").arg(today.year()).arg(today.month()).arg(today.day());
    doc.title.period = period.rangeText();
    if (span.to > span.now)
        doc.title.period += Tr::tr(" (running: figures as of %1)").arg(city.local(now).toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    int number = 1;
    doc.sections << Section{heading(number++, Tr::tr("Overall")), summaryText(period, in), headlineTable(in), std::nullopt};
    auto ranked = rankingSections(city, span, options, number);
    if (!ranked)
        return ranked.error();
    doc.sections << *ranked;
    auto lists = listSections(city, period, span, spanOf(city, previous, now), options, number);
    if (!lists)
        return lists.error();
    doc.sections << *lists;
    return doc;
}

Result<void> writeBulletin(const City::CityContext &city, QStringView kind, QStringView periodText,
                           Reports::Format format, const QString &path, const QDateTime &now)
{
    const Kind k = kindFromId(kind);
    if (k == Kind::Invalid)
        return makeError(QStringLiteral("bulletin.bad-kind"),
                         Tr::tr("“%1” is not a bulletin kind: week, month or quarter.").arg(kind.toString()));
    auto period = parsePeriod(k, periodText);
    if (!period)
        return period.error();
    if (format == Reports::Format::Invalid)
        return makeError(QStringLiteral("report.bad-format"), Tr::tr("The format is pdf, odt or xlsx."));
    auto doc = composeBulletin(city, *period, now);
    if (!doc)
        return doc.error();
    return Reports::write(*doc, format, path);
}

} // namespace Cc::Bulletin
