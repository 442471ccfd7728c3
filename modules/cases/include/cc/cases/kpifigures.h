// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/category.h>
#include <cc/core/kpifigures.h>
#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QList>

namespace Cc::Cases {

/// What the published figures are counted by (docs/kpi.md, "Rows").
enum class FigureScope {
    Invalid = 0,
    City,
    Street,
    Community,
    Grid,
    UnitGrid,
    Department,
    Post,
    Channel,
    Kind,
    Class
};

/// "city", "street", "community", "grid", "unit-grid", "department", "post", "channel",
/// "kind", "class".
QString figureScopeId(FigureScope scope);
FigureScope figureScopeFromId(QStringView id);
QList<FigureScope> figureScopes();

struct FigureQuery
{
    FigureScope scope = FigureScope::City;
    QDateTime from, to; ///< the period [from, to)
    QDateTime now;      ///< what is overdue at the period's end when it has not come yet
    Core::KpiRules rules = Core::KpiRules::defaults();
    /// Names of 大类 (by class); the national dictionary when null.
    const Core::CategoryDictionary *categories = nullptr;
    QString cityName; ///< the city row's name; "全市" when empty
};

struct FigureRow
{
    QString key;  ///< region code, department id, user id, channel id, kind, "event:01" …
    QString name; ///< as users read it
    Core::CaseFigures figures;
    /// The composite for regions, departments and the city (for the rest: hasScore false).
    Core::Evaluation evaluation;
};

/// The composite of a row: the region formula for the city and every region level, the
/// department formula for departments; none (hasScore false) for the other scopes.
Core::Evaluation evaluationFor(FigureScope scope, const Core::CaseFigures &figures,
                               const Core::KpiRules &rules);

/// The period's figures per row of the scope, from the case records (one pass) and the
/// period's disposal events (docs/kpi.md). Rows in key order; the city scope has one row.
/// Refuses ("kpi.period") an empty or inverted period.
Result<QList<FigureRow>> countFigures(Storage::Database &db, const FigureQuery &query);

/// Several scopes and periods in one read of the case records (the bulletin's period, its
/// previous period and a year earlier): the rows of countFigures for each query, in order.
Result<QList<QList<FigureRow>>> countFigures(Storage::Database &db,
                                             const QList<FigureQuery> &queries);

/// The same figures as one SQL statement of conditional sums per query: the definitions as
/// docs/kpi.md states them, ~5 times slower on a large year; countFigures must agree with it
/// (tst_kpifigures).
Result<QList<FigureRow>> countFiguresBySql(Storage::Database &db, const FigureQuery &query);

} // namespace Cc::Cases
