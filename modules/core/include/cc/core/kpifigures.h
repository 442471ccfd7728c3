// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/kpi.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cc::Core {

/// The counts a centre publishes for a period (统计口径, docs/kpi.md), for the city or one
/// region, department, post, channel or class. Cases::countFigures fills them from the case
/// records; figureValues() turns them into the published indicators. Pure data.
struct CaseFigures
{
    qint64 reported
        = 0; ///< 受理数: valid reports (not 不予受理, not 作废) registered in the period
    qint64 reportedFiled = 0; ///< of those, filed or fixed on the spot (立案率's numerator)
    qint64 filed = 0;         ///< 立案数: filed in the period, 自行处置 included, 作废 not
    qint64 selfDisposed = 0;  ///< of those, 自行处置
    qint64 dispatched = 0;    ///< 派遣数: first dispatched in the period
    qint64 dispatchedOnce = 0; ///< of those, dispatched once (no 回退, no 二次派遣)
    qint64 disposalDue = 0; ///< 应处置数: disposal deadline due in the period, or disposed in it
    qint64 disposed = 0;    ///< 处置数: result reported in the period
    qint64 disposedInTime = 0;  ///< of those, by the disposal deadline
    qint64 postponed = 0;       ///< of 应处置, with an approved 延期
    qint64 due = 0;             ///< 应结案数 (KpiRules::dueMethod)
    qint64 closed = 0;          ///< 结案数 (自行处置 included)
    qint64 closedInTime = 0;    ///< 按期结案数
    qint64 closedFirstTime = 0; ///< of the closed, without 返工 and dispatched once (一次完成)
    qint64 closedReworked = 0;  ///< of the closed, with 返工
    qint64 overdueOpen = 0; ///< 超期未结数: open at the period's end, past the disposal deadline
    qint64 hung = 0;        ///< 挂账数: filed before the period's end and parked now
    qint64 collectorFiled = 0; ///< of the filed, reported by collectors (监督举报)
    qint64 publicFiled = 0; ///< of the filed, reported by the public (12319, 12345, WeChat: 漏报)
    qint64 disposalMinutes
        = 0; ///< working minutes from dispatch to result, summed over the period's results
    qint64 disposalsTimed = 0; ///< results (处理反馈) in the period that carry that time
    qint64 revisited = 0; ///< 回访 answered (群众满意率's denominator; 0 until 回访 exists)
    qint64 satisfied = 0; ///< of those, 满意 or 基本满意

    CaseFigures &operator+=(const CaseFigures &other);
};

/// A published indicator's value for one row: a count, a percentage rounded to two decimals,
/// or hours with one decimal; no value ("—", JSON null) when its denominator is 0.
struct FigureValue
{
    QString id;
    QString name;
    enum Kind { Count, Percent, Hours } kind = Count;
    qint64 numerator = 0;
    qint64 denominator = 0;
    std::optional<double> value;
};

/// The indicators of docs/kpi.md in the order tables show them.
QList<FigureValue> figureValues(const CaseFigures &figures);
/// One of them by id (e.g. "close-rate"); no value when the id is unknown.
FigureValue figureValue(const CaseFigures &figures, const QString &id);
/// numerator / denominator in percent, rounded half away from zero to two decimals;
/// nothing when the denominator is 0.
std::optional<double> percent(qint64 numerator, qint64 denominator);

/// An indicator's formula as a user reads it (translated): every id of figureValues() and
/// of indicatorsOf(), for tooltips. Empty for an unknown id.
QString indicatorFormula(const QString &id);

/// The counts as JSON ({"reported": n, …}, the member names) and back; a missing count reads 0.
QJsonObject figuresToJson(const CaseFigures &figures);
CaseFigures figuresFromJson(const QJsonObject &json);

/// The counts the composite scores take, from the published figures.
RegionCounts regionCounts(const CaseFigures &figures);
DepartmentCounts departmentCounts(const CaseFigures &figures);

} // namespace Cc::Core
