// SPDX-License-Identifier: GPL-3.0-or-later
// 环比 and 同比 of the published figures, shared by cityctl kpi --compare and the evaluation
// tab (docs/kpi.md).
#include <cc/cases/kpicomparison.h>

#include <cmath>

namespace Cc::Cases {

FiguresByKey figuresByKey(const QList<FigureRow> &rows)
{
    FiguresByKey map;
    map.reserve(rows.size());
    for (const FigureRow &r : rows)
        map.insert(r.key, r.figures);
    return map;
}

Result<FigureComparison> compareFigures(KpiPublisher &publisher, FigureScope scope,
                                        const KpiPeriod &period, const QDateTime &now)
{
    FigureComparison c{previousPeriod(period), samePeriodLastYear(period), {}, {}};
    auto previous = publisher.current(scope, c.previous.first, c.previous.last, now);
    if (!previous)
        return previous.error();
    auto lastYear = publisher.current(scope, c.lastYear.first, c.lastYear.last, now);
    if (!lastYear)
        return lastYear.error();
    c.previousFigures = figuresByKey(previous.value());
    c.lastYearFigures = figuresByKey(lastYear.value());
    return c;
}

std::optional<double> rateChange(const Core::CaseFigures &now, const Core::CaseFigures *then,
                                 const QString &id)
{
    if (!then)
        return std::nullopt;
    const auto a = Core::figureValue(now, id).value;
    const auto b = Core::figureValue(*then, id).value;
    if (!a || !b)
        return std::nullopt;
    return std::round((*a - *b) * 100) / 100;
}

} // namespace Cc::Cases
