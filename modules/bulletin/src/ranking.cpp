// SPDX-License-Identifier: GPL-3.0-or-later
// 红榜 and 黑榜: the best and the worst departments and streets of the period.
#include <cc/bulletin/bulletin.h>

#include "bulletintr.h"
#include "sections.h"

#include <cc/cases/evaluation.h>
#include <cc/cases/kpifigures.h>
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
            return i.hasValue ? std::optional<double>(100.0 * i.value) : std::nullopt;
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

Table departmentTable(const QString &title, const QList<Cases::EvaluationRow> &rows, qsizetype from,
                      qsizetype count, RowTone tone)
{
    Table t{title,
            {Tr::tr("Rank"), Tr::tr("Department"), Tr::tr("Due (应处置)"), Tr::tr("Disposal rate"),
             Tr::tr("On-time disposal rate"), Tr::tr("Score"), Tr::tr("Grade")},
            {},
            {},
            {2, 6, 3, 3, 3, 2, 2},
            Tr::tr("No department had cases to dispose of.")};
    for (qsizetype i = from; i < from + count; ++i) {
        const Core::Evaluation &e = rows[i].evaluation;
        t.rows << QList<Cell>{Cell::count(i + 1),
                              Cell::of(rows[i].name),
                              Cell::count(denominator(e, u"disposal-rate")),
                              Cell::percent(indicator(e, u"disposal-rate")),
                              Cell::percent(indicator(e, u"on-time-disposal-rate")),
                              Cell{QString::number(e.score, 'f', 1), e.score, 1},
                              Cell::of(QString(e.grade))};
        t.tones << tone;
    }
    return t;
}

Table streetTable(const QString &title, const QList<Cases::FigureRow> &rows, qsizetype from,
                  qsizetype count, RowTone tone)
{
    Table t{title,
            {Tr::tr("Rank"), Tr::tr("Street"), Tr::tr("Due to close"), Tr::tr("Closed"),
             Tr::tr("Closing rate"), Tr::tr("On-time closing rate"), Tr::tr("Score"),
             Tr::tr("Grade")},
            {},
            {},
            {2, 6, 3, 3, 3, 3, 3, 2},
            Tr::tr("No street had cases due.")};
    for (qsizetype i = from; i < from + count; ++i) {
        const Core::CaseFigures &f = rows[i].figures;
        const Core::Evaluation &e = rows[i].evaluation;
        t.rows << QList<Cell>{Cell::count(i + 1),
                              Cell::of(rows[i].name),
                              Cell::count(f.due),
                              Cell::count(f.closed),
                              Cell::percent(Core::percent(f.closed, f.due)),
                              Cell::percent(Core::percent(f.closedInTime, f.due)),
                              Cell{QString::number(e.score, 'f', 1), e.score, 1},
                              Cell::of(QString(e.grade))};
        t.tones << tone;
    }
    return t;
}

} // namespace

Result<QList<Section>> rankingSections(const QList<Cases::FigureRow> &streets,
                                       const QList<Cases::EvaluationRow> &evaluated,
                                       const Options &options, int &number)
{
    QList<Section> sections;
    // Departments: the evaluation's composite score (docs/kpi.md), best first; a department
    // with nothing due in the period (no score) is not ranked.
    QList<Cases::EvaluationRow> departments;
    for (const Cases::EvaluationRow &row : evaluated) {
        if (row.evaluation.hasScore)
            departments << row;
    }
    const auto [redDepts, blackDepts] = split(departments.size(), options.rankedRows);
    const QString deptText
        = Tr::tr("%n department(s) were evaluated; ranked by the composite score of the "
                 "evaluation (处置率, 按期处置率, 返工率, 超期率, 延期率).",
                 nullptr, int(departments.size()));
    sections << Section{heading(number++, Tr::tr("Departments: red list and black list")), deptText,
                        departmentTable(Tr::tr("Red list of departments (红榜)"), departments, 0,
                                        redDepts, RowTone::Good),
                        std::nullopt};
    sections << Section{{},
                        {},
                        departmentTable(Tr::tr("Black list of departments (黑榜)"), departments,
                                        departments.size() - blackDepts, blackDepts, RowTone::Bad),
                        std::nullopt};

    // Streets: the region composite (结案率, 按期结案率, 监督举报率, 立案数), best first.
    QList<Cases::FigureRow> ranked;
    for (const Cases::FigureRow &row : streets) {
        if (row.evaluation.hasScore && row.figures.due > 0)
            ranked << row;
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Cases::FigureRow &a, const Cases::FigureRow &b) {
                         return a.evaluation.score > b.evaluation.score;
                     });
    const auto [redStreets, blackStreets] = split(ranked.size(), options.rankedRows);
    sections << Section{
        heading(number++, Tr::tr("Streets: red list and black list")),
        Tr::tr(
            "Streets ranked by the composite score of the region evaluation (结案率, 按期结案率, 监督举报率, 立案数)."),
        streetTable(Tr::tr("Red list of streets (红榜)"), ranked, 0, redStreets, RowTone::Good),
        std::nullopt};
    sections << Section{{},
                        {},
                        streetTable(Tr::tr("Black list of streets (黑榜)"), ranked,
                                    ranked.size() - blackStreets, blackStreets, RowTone::Bad),
                        std::nullopt};
    return sections;
}

} // namespace Cc::Bulletin
