// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/kpi.h>

#include "coretr.h"

#include <algorithm>
#include <cmath>

namespace Cc::Core {

namespace {

// Weighted sums of ratios carry binary rounding error (40 % of 1 + … can come out as
// 89.99999999999999 for a true 90), which must not cost a grade; real scores differ far more.
constexpr double gradeEpsilon = 1e-9;

// The sources' ratios are meant as 0–1, but counts summed over different events can overshoot
// (准确派遣率 counts 派遣 against 应派遣, and 二次派遣 adds 派遣) or go below zero; a
// ratio outside 0–1 would push the composite outside 0–100.
double clampRatio(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

/// An indicator's definition: what it is called, weighs and means; no value yet.
Indicator define(const char *id, const QString &name, double weight, bool higherIsBetter = true)
{
    Indicator indicator;
    indicator.id = QString::fromLatin1(id);
    indicator.name = name;
    indicator.weight = weight;
    indicator.higherIsBetter = higherIsBetter;
    return indicator;
}

// A count score has no denominator; the count is kept as the numerator for display.
Indicator defineCount(const char *id, const QString &name, double weight)
{
    Indicator indicator = define(id, name, weight);
    indicator.isScore = true;
    return indicator;
}

void setRatio(Indicator &indicator, qint64 numerator, qint64 denominator)
{
    indicator.numerator = numerator;
    indicator.denominator = denominator;
    // Nothing due: no value. Counting it as 100 % (or 0 % of faults) would grade a post on
    // work it never had (issue 13: a month with nothing due showed 100 %).
    indicator.hasValue = denominator > 0;
    indicator.value = indicator.hasValue ? clampRatio(double(numerator) / double(denominator))
                                         : 0.0;
}

void setCount(Indicator &indicator, qint64 count, const KpiRules &rules)
{
    indicator.value = rules.countScore(count);
    indicator.numerator = count;
}

/// The subject's indicators with the rules' weights.
QList<Indicator> weighted(KpiSubject subject, const KpiRules &rules)
{
    QList<Indicator> indicators = indicatorsOf(subject);
    for (Indicator &indicator : indicators)
        indicator.weight = rules.weight(subject, indicator.id);
    return indicators;
}

Evaluation evaluate(QList<Indicator> indicators, const KpiRules &rules)
{
    Evaluation evaluation;
    double score = 0;
    double weights = 0;
    bool anyRate = false;
    for (const Indicator &indicator : indicators) {
        if (!indicator.hasValue)
            continue;
        anyRate = anyRate || !indicator.isScore;
        const double points = indicator.isScore
                                  ? indicator.value
                                  : 100.0
                                        * (indicator.higherIsBetter ? indicator.value
                                                                    : 1.0 - indicator.value);
        score += indicator.weight * points;
        weights += indicator.weight;
    }
    evaluation.indicators = std::move(indicators);
    // The weighted mean over the indicators that have a value: what was not due neither
    // helps nor hurts (docs/kpi.md). A count alone measures no performance: without any
    // rate there is no score.
    evaluation.hasScore = anyRate && weights > 0;
    // (Dividing by the weights can land a hair above 100: 100.00000000000001 is 100.)
    evaluation.score = evaluation.hasScore ? std::clamp(score / weights, 0.0, 100.0) : 0.0;
    evaluation.grade = evaluation.hasScore ? rules.gradeFor(evaluation.score) : QChar();
    return evaluation;
}

} // namespace

QList<GradeBand> gradeBands()
{
    return {{QLatin1Char('A'), 90, 100},
            {QLatin1Char('B'), 75, 90},
            {QLatin1Char('C'), 60, 75},
            {QLatin1Char('D'), 40, 60},
            {QLatin1Char('E'), 0, 40}};
}

QString gradeBandText(QChar grade)
{
    for (const GradeBand &band : gradeBands()) {
        if (band.grade == grade)
            //: a grade and its score range, e.g. "A 90–100"
            return Tr::tr("%1 %2–%3").arg(band.grade).arg(band.from).arg(band.to);
    }
    return QString(grade);
}

QChar gradeFor(double score)
{
    if (std::isnan(score))
        return QLatin1Char('E');
    const double s = score + gradeEpsilon;
    for (const GradeBand &band : gradeBands()) {
        if (s >= band.from)
            return band.grade;
    }
    return QLatin1Char('E');
}

double countScore(qint64 count)
{
    if (count >= 2001)
        return 100;
    if (count >= 1201)
        return 90;
    if (count >= 501)
        return 75;
    if (count >= 301)
        return 60;
    if (count >= 101)
        return 40;
    return 0;
}

QList<Indicator> indicatorsOf(KpiSubject subject)
{
    switch (subject) {
    case KpiSubject::Collector:
        return {
            //: 有效上报率
            define("valid-report-rate", Tr::tr("Valid report rate"), 0.40),
            //: 漏报率
            define("missed-report-rate", Tr::tr("Missed report rate"), 0.20, false),
            //: 按时核实率
            define("on-time-verify-rate", Tr::tr("On-time verification rate"), 0.20),
            //: 按时核查率
            define("on-time-check-rate", Tr::tr("On-time check rate"), 0.20),
        };
    case KpiSubject::Operator:
        return {
            //: 受理数分值
            defineCount("accepted-count-score", Tr::tr("Accepted count score"), 0.25),
            //: 按时派发核实率
            define("on-time-send-verify-rate", Tr::tr("On-time verification dispatch rate"), 0.40),
            //: 按时派发核查率
            define("on-time-send-check-rate", Tr::tr("On-time check dispatch rate"), 0.35),
        };
    case KpiSubject::ShiftLeader:
        return {
            //: 按时立案率
            define("on-time-filing-rate", Tr::tr("On-time filing rate"), 0.25),
            //: 准确立案率
            define("accurate-filing-rate", Tr::tr("Accurate filing rate"), 0.40),
            //: 按时结案率
            define("on-time-closing-rate", Tr::tr("On-time closing rate"), 0.35),
        };
    case KpiSubject::Dispatcher:
        return {
            //: 按时派遣率
            define("on-time-dispatch-rate", Tr::tr("On-time dispatch rate"), 0.20),
            //: 准确派遣率
            define("accurate-dispatch-rate", Tr::tr("Accurate dispatch rate"), 0.40),
            //: 派遣数分值
            defineCount("dispatch-count-score", Tr::tr("Dispatch count score"), 0.40),
        };
    case KpiSubject::Department:
        return {
            //: 处置率
            define("disposal-rate", Tr::tr("Disposal rate"), 0.30),
            //: 按期处置率
            define("on-time-disposal-rate", Tr::tr("On-time disposal rate"), 0.20),
            //: 返工率
            define("rework-rate", Tr::tr("Rework rate"), 0.20, false),
            //: 超期待处置率
            define("overdue-undisposed-rate", Tr::tr("Overdue undisposed rate"), 0.20, false),
            //: 延期率
            define("postpone-rate", Tr::tr("Postponement rate"), 0.10, false),
        };
    case KpiSubject::Region:
        return {
            //: 监督举报率
            define("supervisor-report-rate", Tr::tr("Collector report rate"), 0.10),
            //: 结案率
            define("closing-rate", Tr::tr("Closing rate"), 0.35),
            //: 按期结案率
            define("on-time-closing-rate", Tr::tr("Closing-within-limit rate"), 0.50),
            //: 立案数分值
            defineCount("filed-count-score", Tr::tr("Filed count score"), 0.05),
        };
    }
    return {};
}

Evaluation evaluateCollector(const CollectorCounts &c, const KpiRules &rules)
{
    QList<Indicator> i = weighted(KpiSubject::Collector, rules);
    setRatio(i[0], c.valid, c.reported);
    setRatio(i[1], c.missed, c.filedInGrid);
    setRatio(i[2], c.verifyInTime, c.verifyDue);
    setRatio(i[3], c.checkInTime, c.checkDue);
    return evaluate(std::move(i), rules);
}

Evaluation evaluateOperator(const OperatorCounts &c, const KpiRules &rules)
{
    QList<Indicator> i = weighted(KpiSubject::Operator, rules);
    setCount(i[0], c.accepted, rules);
    setRatio(i[1], c.verifySentInTime, c.verifySent);
    setRatio(i[2], c.checkSentInTime, c.checkSent);
    return evaluate(std::move(i), rules);
}

Evaluation evaluateShiftLeader(const ShiftLeaderCounts &c, const KpiRules &rules)
{
    QList<Indicator> i = weighted(KpiSubject::ShiftLeader, rules);
    setRatio(i[0], c.filedInTime, c.filed);
    setRatio(i[1], c.filed - c.cancelled, c.filed);
    setRatio(i[2], c.closedInTime, c.closeDue);
    return evaluate(std::move(i), rules);
}

Evaluation evaluateDispatcher(const DispatcherCounts &c, const KpiRules &rules)
{
    QList<Indicator> i = weighted(KpiSubject::Dispatcher, rules);
    setRatio(i[0], c.dispatchedInTime, c.dispatchDue);
    setRatio(i[1], c.dispatched - c.reworked, c.dispatchDue);
    setCount(i[2], c.dispatched, rules);
    return evaluate(std::move(i), rules);
}

Evaluation evaluateDepartment(const DepartmentCounts &c, const KpiRules &rules)
{
    QList<Indicator> i = weighted(KpiSubject::Department, rules);
    setRatio(i[0], c.disposed, c.due);
    setRatio(i[1], c.disposedInTime, c.due);
    setRatio(i[2], c.reworked, c.closeDue);
    setRatio(i[3], c.overdueUndisposed, c.due);
    setRatio(i[4], c.postponed, c.due);
    return evaluate(std::move(i), rules);
}

Evaluation evaluateRegion(const RegionCounts &c, const KpiRules &rules)
{
    QList<Indicator> i = weighted(KpiSubject::Region, rules);
    setRatio(i[0], c.supervisorReported, c.filed);
    setRatio(i[1], c.closed, c.closeDue);
    setRatio(i[2], c.closedInTime, c.closeDue);
    setCount(i[3], c.filed, rules);
    return evaluate(std::move(i), rules);
}

} // namespace Cc::Core
