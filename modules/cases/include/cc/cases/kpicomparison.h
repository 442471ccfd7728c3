// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/kpifigures.h>
#include <cc/cases/kpipublication.h>

#include <QHash>

#include <optional>

namespace Cc::Cases {

/// A scope's figures by row (FigureRow::key): how cityctl kpi and the evaluation tab put a
/// period's rows beside the same rows of another period or of a publication.
using FiguresByKey = QHash<QString, Core::CaseFigures>;
FiguresByKey figuresByKey(const QList<FigureRow> &rows);

/// 环比 and 同比 of a scope's rows (docs/kpi.md): the figures as of now of the period before
/// (previousPeriod) and of the same days a year earlier (samePeriodLastYear), by row key.
struct FigureComparison
{
    KpiPeriod previous, lastYear;
    FiguresByKey previousFigures, lastYearFigures;
};
Result<FigureComparison> compareFigures(KpiPublisher &publisher, FigureScope scope,
                                        const KpiPeriod &period, const QDateTime &now);

/// A rate's change (indicator `id`, e.g. "close-rate") from `then` to `now` in percentage
/// points, rounded to two decimals; nothing when there is no `then` or either side has no
/// value (nothing was due).
std::optional<double> rateChange(const Core::CaseFigures &now, const Core::CaseFigures *then,
                                 const QString &id);

} // namespace Cc::Cases
