// SPDX-License-Identifier: GPL-3.0-or-later
// 红榜 and 黑榜: the best and the worst departments and streets of the period.
#include <cc/bulletin/bulletin.h>

#include "bulletintr.h"
#include "sections.h"

#include <cc/cases/evaluation.h>
#include <cc/city/citycontext.h>

#include <algorithm>

namespace Cc::Bulletin {

using Reports::Cell;
using Reports::RowTone;
using Reports::Section;
using Reports::Table;

namespace {

/// The first `n` and the last `n` of a list sorted best first, without overlap: with fewer
/// than 2n entries the better half is red, the rest black.
std::pair<qsizetype, qsizetype> split(qsizetype size, int n)
{
    const qsizetype red = std::min<qsizetype>(n, (size + 1) / 2);
    const qsizetype black = std::min<qsizetype>(n, size - red);
    return {red, black};
}

std::optional<double> indicator(const Core::Evaluation &e, QStringView id)
{
    for (const Core::Indicator &i : e.indicators) {
        if (i.id == id)
            return i.denominator > 0 ? std::optional<double>(100.0 * i.value) : std::nullopt;
    }
    return std::nullopt;
}

qint64 denominator(const Core::Evaluation &e, QStringView id)
{
    for (const Core::Indicator &i : e.indicators) {
        if (i.id == id)
            return i.denominator;
    }
    return 0;
}

Table departmentTable(const QString &title, const QList<Cases::EvaluationRow> &rows, qsizetype from, qsizetype count,
                      RowTone tone)
{
    Table t{title,
            {Tr::tr("Rank"), Tr::tr("Department"), Tr::tr("Due (应处置)"), Tr::tr("Disposal rate"),
             Tr::tr("On-time disposal rate"), Tr::tr("Score"), Tr::tr("Grade")},
            {}, {}, {2, 6, 3, 3, 3, 2, 2}, Tr::tr("No department had cases to dispose of.")};
    for (qsizetype i = from; i < from + count; ++i) {
        const Core::Evaluation &e = rows[i].evaluation;
        t.rows << QList<Cell>{Cell::count(i + 1), Cell::of(rows[i].name),
                              Cell::count(denominator(e, u"disposal-rate")),
                              Cell::percent(indicator(e, u"disposal-rate")),
                              Cell::percent(indicator(e, u"on-time-disposal-rate")),
                              Cell{QString::number(e.score, 'f', 1), e.score, 1}, Cell::of(QString(e.grade))};
        t.tones << tone;
    }
    return t;
}

Table streetTable(const QString &title, const QList<StreetFigures> &rows, qsizetype from, qsizetype count, RowTone tone)
{
    Table t{title,
            {Tr::tr("Rank"), Tr::tr("Street"), Tr::tr("Due to close"), Tr::tr("Closed"), Tr::tr("Closing rate"),
             Tr::tr("On-time closing rate")},
            {}, {}, {2, 6, 3, 3, 3, 3}, Tr::tr("No street had cases due.")};
    for (qsizetype i = from; i < from + count; ++i) {
        const StreetFigures &s = rows[i];
        t.rows << QList<Cell>{Cell::count(i + 1), Cell::of(s.name), Cell::count(s.closeDue), Cell::count(s.closed),
                              Cell::percent(100.0 * s.closed / s.closeDue), Cell::percent(100.0 * s.closedInTime / s.closeDue)};
        t.tones << tone;
    }
    return t;
}

} // namespace

Result<QList<Section>> rankingSections(const City::CityContext &city, const Span &span, const Options &options, int &number)
{
    QList<Section> sections;
    // Departments: the evaluation's composite score (docs/domain.md §7), best first.
    auto departments = Cases::evaluate(city.database(), Cases::EvaluationScope::Department, span.from, span.to, span.cutoff());
    if (!departments)
        return departments.error();
    const auto [redDepts, blackDepts] = split(departments->size(), options.rankedRows);
    const QString deptText = Tr::tr("%n department(s) were evaluated; ranked by the composite score of the "
                                    "evaluation (处置率, 按期处置率, 返工率, 超期率, 延期率).", nullptr, int(departments->size()));
    sections << Section{heading(number++, Tr::tr("Departments: red list and black list")), deptText,
                        departmentTable(Tr::tr("Red list of departments (红榜)"), *departments, 0, redDepts, RowTone::Good),
                        std::nullopt};
    sections << Section{{}, {}, departmentTable(Tr::tr("Black list of departments (黑榜)"), *departments,
                                                departments->size() - blackDepts, blackDepts, RowTone::Bad),
                        std::nullopt};

    // Streets: on-time closing rate, then closing rate, then volume.
    auto streets = streetFigures(city.database(), span);
    if (!streets)
        return streets.error();
    QList<StreetFigures> ranked;
    for (const StreetFigures &s : *streets) {
        if (s.closeDue > 0)
            ranked << s;
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const StreetFigures &a, const StreetFigures &b) {
        const double ra = double(a.closedInTime) / a.closeDue, rb = double(b.closedInTime) / b.closeDue;
        if (ra != rb)
            return ra > rb;
        const double ca = double(a.closed) / a.closeDue, cb = double(b.closed) / b.closeDue;
        return ca != cb ? ca > cb : a.closeDue > b.closeDue;
    });
    const auto [redStreets, blackStreets] = split(ranked.size(), options.rankedRows);
    sections << Section{heading(number++, Tr::tr("Streets: red list and black list")),
                        Tr::tr("Streets ranked by on-time closing rate, then closing rate, of the cases filed in the period."),
                        streetTable(Tr::tr("Red list of streets (红榜)"), ranked, 0, redStreets, RowTone::Good), std::nullopt};
    sections << Section{{}, {}, streetTable(Tr::tr("Black list of streets (黑榜)"), ranked, ranked.size() - blackStreets,
                                            blackStreets, RowTone::Bad),
                        std::nullopt};
    return sections;
}

} // namespace Cc::Bulletin
