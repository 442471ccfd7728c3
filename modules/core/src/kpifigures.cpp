// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/kpifigures.h>

#include "coretr.h"

#include <cmath>
#include <utility>

namespace Cc::Core {

CaseFigures &CaseFigures::operator+=(const CaseFigures &o)
{
    reported += o.reported;
    reportedFiled += o.reportedFiled;
    filed += o.filed;
    selfDisposed += o.selfDisposed;
    dispatched += o.dispatched;
    dispatchedOnce += o.dispatchedOnce;
    disposalDue += o.disposalDue;
    disposed += o.disposed;
    disposedInTime += o.disposedInTime;
    postponed += o.postponed;
    due += o.due;
    closed += o.closed;
    closedInTime += o.closedInTime;
    closedFirstTime += o.closedFirstTime;
    closedReworked += o.closedReworked;
    overdueOpen += o.overdueOpen;
    hung += o.hung;
    collectorFiled += o.collectorFiled;
    publicFiled += o.publicFiled;
    disposalMinutes += o.disposalMinutes;
    disposalsTimed += o.disposalsTimed;
    revisited += o.revisited;
    satisfied += o.satisfied;
    return *this;
}

std::optional<double> percent(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    // In integers first: 6,594 / 6,679 = 98.7273… must print 98.73 whatever the binary
    // representation of the quotient.
    const qint64 scaled = (numerator * 100000 / denominator + 5) / 10; // percent × 100, rounded
    return double(scaled) / 100.0;
}

namespace {

FigureValue count(const char *id, const QString &name, qint64 n)
{
    return {QString::fromLatin1(id), name, FigureValue::Count, n, 0, double(n)};
}

FigureValue rate(const char *id, const QString &name, qint64 numerator, qint64 denominator)
{
    return {QString::fromLatin1(id),        name, FigureValue::Percent, numerator, denominator,
            percent(numerator, denominator)};
}

FigureValue hours(const char *id, const QString &name, qint64 minutes, qint64 cases)
{
    std::optional<double> value;
    if (cases > 0)
        value = std::round(double(minutes) / 60.0 / double(cases) * 10.0) / 10.0;
    return {QString::fromLatin1(id), name, FigureValue::Hours, minutes, cases, value};
}

} // namespace

QList<FigureValue> figureValues(const CaseFigures &f)
{
    return {
        //: 受理数
        count("reported", Tr::tr("Reports accepted", "published figure"), f.reported),
        //: 立案数
        count("filed", Tr::tr("Filed", "published figure"), f.filed),
        //: 立案率
        rate("filing-rate", Tr::tr("Filing rate", "published figure"), f.reportedFiled, f.reported),
        //: 派遣数
        count("dispatched", Tr::tr("Dispatched", "published figure"), f.dispatched),
        //: 准确派遣率
        rate("accurate-dispatch-rate", Tr::tr("Accurate dispatch rate", "published figure"),
             f.dispatchedOnce, f.dispatched),
        //: 应处置数
        count("disposal-due", Tr::tr("Due for disposal", "published figure"), f.disposalDue),
        //: 处置数
        count("disposed", Tr::tr("Disposed", "published figure"), f.disposed),
        //: 处置率
        rate("disposal-rate", Tr::tr("Disposal rate", "published figure"), f.disposed,
             f.disposalDue),
        //: 按期处置率
        rate("on-time-disposal-rate", Tr::tr("On-time disposal rate", "published figure"),
             f.disposedInTime, f.disposalDue),
        //: 应结案数
        count("due", Tr::tr("Due for closing", "published figure"), f.due),
        //: 结案数
        count("closed", Tr::tr("Closed", "published figure"), f.closed),
        //: 结案率
        rate("close-rate", Tr::tr("Closing rate", "published figure"), f.closed, f.due),
        //: 按期结案数
        count("closed-in-time", Tr::tr("Closed in time", "published figure"), f.closedInTime),
        //: 按期结案率
        rate("in-time-close-rate", Tr::tr("Closing-within-limit rate", "published figure"),
             f.closedInTime, f.due),
        //: 一次完成率
        rate("first-time-rate", Tr::tr("Right-first-time rate", "published figure"),
             f.closedFirstTime, f.closed),
        //: 返工率
        rate("rework-rate", Tr::tr("Rework rate", "published figure"), f.closedReworked, f.closed),
        //: 延期率
        rate("postpone-rate", Tr::tr("Postponement rate", "published figure"), f.postponed,
             f.disposalDue),
        //: 超期未结数
        count("overdue-open", Tr::tr("Overdue, not closed", "published figure"), f.overdueOpen),
        //: 挂账数
        count("hung", Tr::tr("Parked (挂账)", "published figure"), f.hung),
        //: 平均处置时长 (working hours)
        hours("average-disposal-hours",
              Tr::tr("Average disposal time (working hours)", "published figure"),
              f.disposalMinutes, f.disposalsTimed),
        //: 监督举报率
        rate("supervisor-report-rate", Tr::tr("Collector report rate", "published figure"),
             f.collectorFiled, f.filed),
        //: 漏报率
        rate("missed-report-rate", Tr::tr("Missed report rate", "published figure"), f.publicFiled,
             f.filed),
        //: 群众满意率
        rate("satisfaction-rate", Tr::tr("Public satisfaction rate", "published figure"),
             f.satisfied, f.revisited),
    };
}

FigureValue figureValue(const CaseFigures &figures, const QString &id)
{
    for (const FigureValue &v : figureValues(figures)) {
        if (v.id == id)
            return v;
    }
    return FigureValue{id, {}, FigureValue::Count, 0, 0, std::nullopt};
}

QString indicatorFormula(const QString &id)
{
    static const QHash<QString, const char *> formulas = {
        {QStringLiteral("reported"),
         QT_TRANSLATE_NOOP("Tr", "Reports registered in the period, less 不予受理 and 作废")},
        {QStringLiteral("filed"),
         QT_TRANSLATE_NOOP("Tr", "Cases filed (立案) in the period, 自行处置 included, 作废 not")},
        {QStringLiteral("filing-rate"),
         QT_TRANSLATE_NOOP(
             "Tr", "Of the period's valid reports, those filed or fixed on the spot ÷ 受理数")},
        {QStringLiteral("dispatched"),
         QT_TRANSLATE_NOOP("Tr", "Cases first dispatched in the period")},
        {QStringLiteral("accurate-dispatch-rate"),
         QT_TRANSLATE_NOOP(
             "Tr", "Of the dispatched, those dispatched once (no 回退, no 二次派遣) ÷ 派遣数")},
        {QStringLiteral("disposal-due"),
         QT_TRANSLATE_NOOP(
             "Tr",
             "Dispatched cases whose disposal deadline falls in or before the period and that were not disposed before it, plus those disposed in it; not 挂账 or 作废")},
        {QStringLiteral("disposed"),
         QT_TRANSLATE_NOOP("Tr", "Cases whose result was reported in the period")},
        {QStringLiteral("disposal-rate"), QT_TRANSLATE_NOOP("Tr", "处置数 ÷ 应处置数")},
        {QStringLiteral("on-time-disposal-rate"),
         QT_TRANSLATE_NOOP(
             "Tr",
             "Results reported in the period by the disposal deadline (延期 included) ÷ 应处置数")},
        {QStringLiteral("due"),
         QT_TRANSLATE_NOOP(
             "Tr",
             "Bulletin method: cases filed before the period's end whose deadline falls in or before the period and that were not closed before it, plus those closed in it; never 挂账 or 作废. Filed-in-period method: the cases filed in the period")},
        {QStringLiteral("closed"),
         QT_TRANSLATE_NOOP(
             "Tr",
             "Cases closed in the period, 自行处置 included (filed-in-period method: of those filed in it, closed by now)")},
        {QStringLiteral("close-rate"),
         QT_TRANSLATE_NOOP("Tr", "结案数 ÷ 应结案数; \"—\" when nothing was due")},
        {QStringLiteral("closed-in-time"),
         QT_TRANSLATE_NOOP(
             "Tr",
             "Of the closed, those whose result came by the disposal deadline (自行处置: always)")},
        {QStringLiteral("in-time-close-rate"), QT_TRANSLATE_NOOP("Tr", "按期结案数 ÷ 应结案数")},
        {QStringLiteral("first-time-rate"),
         QT_TRANSLATE_NOOP("Tr", "Of the closed, those without 返工 and dispatched once ÷ 结案数")},
        {QStringLiteral("rework-rate"),
         QT_TRANSLATE_NOOP("Tr", "Of the closed, those with a 返工 ÷ 结案数")},
        {QStringLiteral("postpone-rate"),
         QT_TRANSLATE_NOOP("Tr", "Of 应处置数, those with an approved 延期 ÷ 应处置数")},
        {QStringLiteral("overdue-open"),
         QT_TRANSLATE_NOOP(
             "Tr",
             "Cases filed before the period's end, not closed at its end, past their disposal deadline (not 挂账)")},
        {QStringLiteral("hung"),
         QT_TRANSLATE_NOOP("Tr", "Cases filed before the period's end that are parked (挂账) now")},
        {QStringLiteral("average-disposal-hours"),
         QT_TRANSLATE_NOOP(
             "Tr",
             "Working time from dispatch to the result, averaged over the results reported in the period")},
        {QStringLiteral("supervisor-report-rate"),
         QT_TRANSLATE_NOOP("Tr", "Of the filed, those reported by collectors ÷ 立案数")},
        {QStringLiteral("missed-report-rate"),
         QT_TRANSLATE_NOOP(
             "Tr", "Of the filed, those reported by the public (12319, 12345, WeChat) ÷ 立案数")},
        {QStringLiteral("satisfaction-rate"),
         QT_TRANSLATE_NOOP("Tr", "满意 and 基本满意 ÷ 回访 answered")},
        // The posts' and departments' composite indicators (kpi.h).
        {QStringLiteral("valid-report-rate"),
         QT_TRANSLATE_NOOP(
             "Tr", "The collector's reports that were filed or fixed on the spot ÷ its reports")},
        {QStringLiteral("on-time-verify-rate"), QT_TRANSLATE_NOOP("Tr", "核实 in time ÷ 核实")},
        {QStringLiteral("on-time-check-rate"), QT_TRANSLATE_NOOP("Tr", "核查 in time ÷ 核查")},
        {QStringLiteral("accepted-count-score"),
         QT_TRANSLATE_NOOP("Tr", "受理 + 不予受理, scored by the count table")},
        {QStringLiteral("on-time-send-verify-rate"),
         QT_TRANSLATE_NOOP("Tr", "发核实 in time ÷ 发核实")},
        {QStringLiteral("on-time-send-check-rate"),
         QT_TRANSLATE_NOOP("Tr", "发核查 in time ÷ 发核查")},
        {QStringLiteral("on-time-filing-rate"), QT_TRANSLATE_NOOP("Tr", "立案 in time ÷ 立案")},
        {QStringLiteral("accurate-filing-rate"),
         QT_TRANSLATE_NOOP("Tr", "(立案 − 作废 after 立案) ÷ 立案")},
        {QStringLiteral("on-time-closing-rate"),
         QT_TRANSLATE_NOOP("Tr", "Closed in time ÷ due for closing")},
        {QStringLiteral("on-time-dispatch-rate"), QT_TRANSLATE_NOOP("Tr", "派遣 in time ÷ 派遣")},
        {QStringLiteral("dispatch-count-score"),
         QT_TRANSLATE_NOOP("Tr", "派遣 + 二次派遣, scored by the count table")},
        {QStringLiteral("overdue-undisposed-rate"),
         QT_TRANSLATE_NOOP(
             "Tr",
             "Due for disposal, not disposed and past the deadline at the period's end ÷ 应处置数")},
        {QStringLiteral("closing-rate"), QT_TRANSLATE_NOOP("Tr", "结案数 ÷ 应结案数")},
        {QStringLiteral("filed-count-score"),
         QT_TRANSLATE_NOOP("Tr", "立案数, scored by the count table")},
    };
    const char *text = formulas.value(id, nullptr);
    return text ? Tr::tr(text) : QString();
}

namespace {

// The counts by name, for the stored publications (kpi_publication.rows).
using CountMember = qint64 CaseFigures::*;
const std::pair<const char *, CountMember> countMembers[] = {
    {"reported", &CaseFigures::reported},
    {"reportedFiled", &CaseFigures::reportedFiled},
    {"filed", &CaseFigures::filed},
    {"selfDisposed", &CaseFigures::selfDisposed},
    {"dispatched", &CaseFigures::dispatched},
    {"dispatchedOnce", &CaseFigures::dispatchedOnce},
    {"disposalDue", &CaseFigures::disposalDue},
    {"disposed", &CaseFigures::disposed},
    {"disposedInTime", &CaseFigures::disposedInTime},
    {"postponed", &CaseFigures::postponed},
    {"due", &CaseFigures::due},
    {"closed", &CaseFigures::closed},
    {"closedInTime", &CaseFigures::closedInTime},
    {"closedFirstTime", &CaseFigures::closedFirstTime},
    {"closedReworked", &CaseFigures::closedReworked},
    {"overdueOpen", &CaseFigures::overdueOpen},
    {"hung", &CaseFigures::hung},
    {"collectorFiled", &CaseFigures::collectorFiled},
    {"publicFiled", &CaseFigures::publicFiled},
    {"disposalMinutes", &CaseFigures::disposalMinutes},
    {"disposalsTimed", &CaseFigures::disposalsTimed},
    {"revisited", &CaseFigures::revisited},
    {"satisfied", &CaseFigures::satisfied},
};

} // namespace

QJsonObject figuresToJson(const CaseFigures &figures)
{
    QJsonObject json;
    for (const auto &[name, member] : countMembers)
        json.insert(QLatin1String(name), figures.*member);
    return json;
}

CaseFigures figuresFromJson(const QJsonObject &json)
{
    CaseFigures figures;
    for (const auto &[name, member] : countMembers)
        figures.*member = json.value(QLatin1String(name)).toInteger();
    return figures;
}

RegionCounts regionCounts(const CaseFigures &f)
{
    RegionCounts c;
    c.filed = f.filed;
    c.supervisorReported = f.collectorFiled;
    c.closeDue = f.due;
    c.closed = f.closed;
    c.closedInTime = f.closedInTime;
    return c;
}

DepartmentCounts departmentCounts(const CaseFigures &f)
{
    DepartmentCounts c;
    c.due = f.disposalDue;
    c.disposed = f.disposed;
    c.disposedInTime = f.disposedInTime;
    c.reworked = f.closedReworked;
    c.closeDue = f.closed;
    c.overdueUndisposed = f.overdueOpen;
    c.postponed = f.postponed;
    return c;
}

} // namespace Cc::Core
