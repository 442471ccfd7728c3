// SPDX-License-Identifier: GPL-3.0-or-later
// The bulletin's lists and charts: overdue cases, 高发问题, 老不改, campaigns, the trend.
#include <cc/bulletin/bulletin.h>

#include "bulletintr.h"
#include "sections.h"

#include <cc/cases/campaigns.h>
#include <cc/cases/hotspots.h>
#include <cc/cases/recurring.h>
#include <cc/cases/surveys.h>
#include <cc/city/citycontext.h>

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace Cc::Bulletin {

using Reports::Cell;
using Reports::Chart;
using Reports::ChartType;
using Reports::Section;
using Reports::Table;

namespace {

Result<Section> overdueSection(const City::CityContext &city, const Span &span,
                               const Options &options, int number)
{
    auto overdue = overdueCases(city.database(), span, options.overdueRows);
    if (!overdue)
        return overdue.error();
    Table t{Tr::tr("Overdue cases still open"),
            {Tr::tr("Case"), Tr::tr("Problem"), Tr::tr("Address"), Tr::tr("Department"),
             Tr::tr("Deadline"), Tr::tr("Days overdue")},
            {},
            {},
            {6, 7, 11, 12, 6, 4},
            Tr::tr("No case was overdue at the end of the period.")};
    for (const OverdueCase &c : overdue->second) {
        // Any part of a day past the deadline counts as a day, as centres count 超期天数.
        const qint64 days = (c.deadline.secsTo(span.cutoff()) + 86399) / 86400;
        t.rows << QList<Cell>{Cell::of(c.number),
                              Cell::of(categoryName(city, c.categoryKey)),
                              Cell::of(c.address),
                              Cell::of(c.department),
                              Cell::of(
                                  city.local(c.deadline).toString(QStringLiteral("MM-dd HH:mm"))),
                              Cell::count(days)};
    }
    const QString text
        = overdue->first > overdue->second.size()
              ? Tr::tr(
                    "%1 cases were past their department's deadline and still open at the end of the "
                    "period; the %2 longest overdue are listed.")
                    .arg(overdue->first)
                    .arg(overdue->second.size())
              : Tr::tr(
                    "%1 cases were past their department's deadline and still open at the end of the "
                    "period.")
                    .arg(overdue->first);
    return Section{heading(number, Tr::tr("Overdue cases")), text, t, std::nullopt};
}

Result<Section> problemsSection(const City::CityContext &city, const Span &span,
                                const Options &options, int number)
{
    // The ranking of the hotspot engine (docs/hotspots.md): valid reports per 小类 in the
    // period and in the period of the same length just before it.
    auto top = Cases::topCategories(city.database(), span.from, span.cutoff(), options.topProblems);
    if (!top)
        return top.error();
    Table t{Tr::tr("Top problems"),
            {Tr::tr("Rank"), Tr::tr("Problem"), Tr::tr("This period"), Tr::tr("Previous period"),
             Tr::tr("Change")},
            {},
            {},
            {2, 7, 3, 3, 3},
            Tr::tr("No case was reported in the period.")};
    Chart chart{Tr::tr("Top problems: this period and the previous one"),
                ChartType::Bar,
                {},
                {{Tr::tr("This period"), {}}, {Tr::tr("Previous period"), {}}},
                Tr::tr("cases")};
    for (qsizetype i = 0; i < top->size(); ++i) {
        const Cases::CategoryTrend &c = top->at(i);
        const QString name = categoryName(city, c.categoryKey);
        const double change = c.change();
        t.rows << QList<Cell>{Cell::count(i + 1), Cell::of(name), Cell::count(c.count),
                              Cell::count(c.previous),
                              Cell::change(std::isfinite(change)
                                               ? std::optional<double>(100.0 * change)
                                               : std::nullopt,
                                           QStringLiteral("%"), 1)};
        chart.labels << name;
        chart.series[0].values << double(c.count);
        chart.series[1].values << double(c.previous);
    }
    return Section{
        heading(number, Tr::tr("Top %1 problems (高发问题)").arg(options.topProblems)),
        Tr::tr(
            "The problems reported most often in the period, against the period of the same length "
            "before it."),
        t, chart};
}

Result<Section> recurringSection(const City::CityContext &city, const Span &span,
                                 const Options &options, int number)
{
    auto thresholds = city.settings().recurringThresholds();
    if (!thresholds)
        return thresholds.error();
    auto list = Cases::recurringProblems(city.database(), span.from, span.cutoff(), *thresholds);
    if (!list)
        return list.error();
    Table t{Tr::tr("Recurring problems"),
            {Tr::tr("Problem"), Tr::tr("Times"), Tr::tr("First report"), Tr::tr("Latest report"),
             Tr::tr("Latest case"), Tr::tr("Place (lon, lat)")},
            {},
            {},
            {6, 2, 3, 3, 4, 5},
            Tr::tr("No problem came back in the period.")};
    for (qsizetype i = 0; i < list->places.size() && i < options.recurringRows; ++i) {
        const Cases::RecurringPlace &p = list->places[i];
        t.rows << QList<Cell>{Cell::of(categoryName(city, p.categoryKey)),
                              Cell::count(p.reports.size()),
                              Cell::of(city.local(p.first()).toString(QStringLiteral("MM-dd"))),
                              Cell::of(city.local(p.last()).toString(QStringLiteral("MM-dd"))),
                              Cell::of(p.reports.isEmpty() ? QString() : p.reports.last().number),
                              Cell::of(QStringLiteral("%1, %2")
                                           .arg(p.centre.x(), 0, 'f', 5)
                                           .arg(p.centre.y(), 0, 'f', 5))};
    }
    const QString text
        = Tr::tr(
              "Places where the same problem was reported %1 times or more within %2 m and %3 days: %4 in the period "
              "(the %5 with most reports are listed). %6 cases were reworked or reopened after closing.")
              .arg(thresholds->minReports)
              .arg(thresholds->radiusM)
              .arg(thresholds->windowDays)
              .arg(list->places.size())
              .arg(std::min<qsizetype>(list->places.size(), options.recurringRows))
              .arg(list->reopened.size());
    return Section{heading(number, Tr::tr("Recurring problems (老不改)")), text, t, std::nullopt};
}

Result<Section> trendSection(const City::CityContext &city, const Period &period, const Span &span,
                             int number)
{
    QList<QDateTime> starts;
    QStringList labels;
    // A quarter is drawn per week (13 points), shorter periods per day.
    const int step = period.kind == Kind::Quarter ? 7 : 1;
    for (QDate d = period.first; d <= period.last; d = d.addDays(step)) {
        starts << city.startOfDay(d).toUTC();
        labels << (step == 7 ? Tr::tr("W%1").arg(d.weekNumber())
                             : QStringLiteral("%1/%2").arg(d.month()).arg(d.day()));
    }
    starts << span.to;
    auto daily = dailyCounts(city.database(), starts);
    if (!daily)
        return daily.error();
    // Days after `now` have no figures yet: gaps, not zeros.
    for (qsizetype i = 0; i + 1 < starts.size(); ++i) {
        if (starts[i] >= span.now) {
            daily->first[i] = std::nan("");
            daily->second[i] = std::nan("");
        }
    }
    Chart chart{step == 7 ? Tr::tr("Cases filed and closed per week")
                          : Tr::tr("Cases filed and closed per day"),
                ChartType::Line,
                labels,
                {{Tr::tr("Filed"), daily->first}, {Tr::tr("Closed"), daily->second}},
                Tr::tr("cases")};
    return Section{heading(number, Tr::tr("Trend")), {}, std::nullopt, chart};
}

/// 专项整治: every campaign that runs in the period, with what it has reached so far
/// (Cases::CampaignStore::report, which counts from the campaign's start to now).
Result<Section> campaignSection(const City::CityContext &city, const Period &period,
                                const Span &span, int number)
{
    Cases::CampaignStore store(city.database(), city.categories(), city.calendar());
    auto all = store.all();
    if (!all)
        return all.error();
    Table t{Tr::tr("Campaigns"),
            {Tr::tr("Campaign"), Tr::tr("Period"), Tr::tr("Cases"), Tr::tr("Filed"),
             Tr::tr("Closed"), Tr::tr("Closing rate"), Tr::tr("Overdue")},
            {},
            {},
            {6, 5, 2, 2, 2, 3, 2},
            Tr::tr("No campaign is recorded for this period.")};
    for (const Cases::Campaign &c : *all) {
        if (c.startsOn > period.last || c.endsOn < period.first)
            continue;
        auto report = store.report(c.id, span.now);
        if (!report)
            return report.error();
        t.rows << QList<Cell>{Cell::of(c.name),
                              Cell::of(c.startsOn.toString(QStringLiteral("yyyy-MM-dd"))
                                       + QStringLiteral("—")
                                       + c.endsOn.toString(QStringLiteral("yyyy-MM-dd"))),
                              Cell::count(report->cases),
                              Cell::count(report->filed),
                              Cell::count(report->closed),
                              Cell::percent(report->closeRate()),
                              Cell::count(report->overdue)};
    }
    return Section{heading(number, Tr::tr("Campaigns (专项整治)")),
                   t.rows.isEmpty()
                       ? QString()
                       : Tr::tr(
                             "The campaigns running in the period, with their cases from the start "
                             "to %1.")
                             .arg(
                                 city.local(span.now).toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                   t, std::nullopt};
}

/// One row of the survey table: what was checked and found in an area for one item.
QList<Cell> surveyRow(const QString &survey, const QString &area, const Cases::SurveyCount &count)
{
    return {Cell::of(survey),
            Cell::of(area),
            Cell::of(count.item),
            Cell::count(count.checked),
            Cell::count(count.problems),
            Cell::percent(count.checked > 0 ? std::optional<double>(100.0 * double(count.problems)
                                                                    / double(count.checked))
                                            : std::nullopt)};
}

/// 专项普查: the surveys (campaigns that count items) running in the period, per item and
/// unit grid what the collectors checked and found, and the item's total over all grids
/// (Cases::SurveyStore::report: each item's latest counts per grid).
Result<Section> surveySection(const City::CityContext &city, const Period &period, int number)
{
    Cases::CampaignStore campaigns(city.database(), city.categories(), city.calendar());
    Cases::SurveyStore surveys(city.database(), city.categories(), city.calendar());
    auto all = campaigns.all();
    if (!all)
        return all.error();
    Table t{Tr::tr("Surveys"),
            {Tr::tr("Survey"), Tr::tr("Area"), Tr::tr("Item"), Tr::tr("Checked"),
             Tr::tr("With problems"), Tr::tr("Problem rate")},
            {},
            {},
            {6, 4, 4, 2, 2, 2},
            Tr::tr("No survey is counting in this period.")};
    for (const Cases::Campaign &c : *all) {
        if (c.startsOn > period.last || c.endsOn < period.first)
            continue;
        auto report = surveys.report(c.id);
        if (!report)
            return report.error();
        for (const Cases::SurveyReport::Row &task : report->tasks) {
            for (const std::optional<Cases::SurveyCount> &count : task.counts) {
                if (count)
                    t.rows << surveyRow(c.name, task.task.gridCode, *count);
            }
        }
        for (const Cases::SurveyCount &total : report->totals)
            t.rows << surveyRow(c.name, Tr::tr("All grids"), total);
    }
    return Section{heading(number, Tr::tr("Surveys (专项普查)")),
                   t.rows.isEmpty() ? QString()
                                    : Tr::tr("What the collectors checked and found per item and "
                                             "unit grid (the latest counts of each), and each "
                                             "item over all grids."),
                   t, std::nullopt};
}

} // namespace

Result<QList<Section>> listSections(const City::CityContext &city, const Period &period,
                                    const Span &span, const Span &previous, const Options &options,
                                    int &number)
{
    QList<Section> sections;
    for (auto make : {+[](const City::CityContext &c, const Period &, const Span &s, const Span &,
                          const Options &o, int n) { return overdueSection(c, s, o, n); },
                      +[](const City::CityContext &c, const Period &, const Span &s, const Span &,
                          const Options &o, int n) { return problemsSection(c, s, o, n); },
                      +[](const City::CityContext &c, const Period &, const Span &s, const Span &,
                          const Options &o, int n) { return recurringSection(c, s, o, n); },
                      +[](const City::CityContext &c, const Period &p, const Span &s, const Span &,
                          const Options &, int n) { return trendSection(c, p, s, n); }}) {
        QElapsedTimer timer;
        timer.start();
        auto section = make(city, period, span, previous, options, number++);
        if (!section)
            return section.error();
        qCDebug(lcBulletin, "%s: %lld ms", qUtf8Printable(section->heading), timer.elapsed());
        sections << *section;
    }
    auto campaigns = campaignSection(city, period, span, number++);
    if (!campaigns)
        return campaigns.error();
    sections << *campaigns;
    auto surveys = surveySection(city, period, number++);
    if (!surveys)
        return surveys.error();
    sections << *surveys;
    return sections;
}

} // namespace Cc::Bulletin
