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

Indicator ratio(const char *id, const QString &name, double weight, qint64 numerator,
                qint64 denominator, bool higherIsBetter = true)
{
    Indicator indicator;
    indicator.id = QString::fromLatin1(id);
    indicator.name = name;
    indicator.weight = weight;
    indicator.higherIsBetter = higherIsBetter;
    indicator.numerator = numerator;
    indicator.denominator = denominator;
    // Nothing due: nothing was late (positive ratio 1) and nothing went wrong (negative 0).
    if (denominator <= 0)
        indicator.value = higherIsBetter ? 1.0 : 0.0;
    else
        indicator.value = clampRatio(double(numerator) / double(denominator));
    return indicator;
}

// A count score has no denominator; the count is kept as the numerator for display.
Indicator countIndicator(const char *id, const QString &name, double weight, qint64 count)
{
    Indicator indicator;
    indicator.id = QString::fromLatin1(id);
    indicator.name = name;
    indicator.weight = weight;
    indicator.isScore = true;
    indicator.value = countScore(count);
    indicator.numerator = count;
    return indicator;
}

Evaluation evaluate(QList<Indicator> indicators)
{
    Evaluation evaluation;
    double score = 0;
    for (const Indicator &indicator : indicators) {
        const double points = indicator.isScore
            ? indicator.value
            : 100.0 * (indicator.higherIsBetter ? indicator.value : 1.0 - indicator.value);
        score += indicator.weight * points;
    }
    evaluation.indicators = std::move(indicators);
    evaluation.score = score;
    evaluation.grade = gradeFor(score);
    return evaluation;
}

} // namespace

QChar gradeFor(double score)
{
    if (std::isnan(score))
        return QLatin1Char('E');
    const double s = score + gradeEpsilon;
    if (s >= 90)
        return QLatin1Char('A');
    if (s >= 75)
        return QLatin1Char('B');
    if (s >= 60)
        return QLatin1Char('C');
    if (s >= 40)
        return QLatin1Char('D');
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

Evaluation evaluateCollector(const CollectorCounts &c)
{
    return evaluate({
        //: 有效上报率
        ratio("valid-report-rate", Tr::tr("Valid report rate"), 0.40, c.valid, c.reported),
        //: 漏报率
        ratio("missed-report-rate", Tr::tr("Missed report rate"), 0.20, c.missed,
              c.filedInGrid, false),
        //: 按时核实率
        ratio("on-time-verify-rate", Tr::tr("On-time verification rate"), 0.20,
              c.verifyInTime, c.verifyDue),
        //: 按时核查率
        ratio("on-time-check-rate", Tr::tr("On-time check rate"), 0.20, c.checkInTime,
              c.checkDue),
    });
}

Evaluation evaluateOperator(const OperatorCounts &c)
{
    return evaluate({
        //: 受理数分值
        countIndicator("accepted-count-score", Tr::tr("Accepted count score"), 0.25,
                       c.accepted),
        //: 按时派发核实率
        ratio("on-time-send-verify-rate", Tr::tr("On-time verification dispatch rate"), 0.40,
              c.verifySentInTime, c.verifySent),
        //: 按时派发核查率
        ratio("on-time-send-check-rate", Tr::tr("On-time check dispatch rate"), 0.35,
              c.checkSentInTime, c.checkSent),
    });
}

Evaluation evaluateShiftLeader(const ShiftLeaderCounts &c)
{
    return evaluate({
        //: 按时立案率
        ratio("on-time-filing-rate", Tr::tr("On-time filing rate"), 0.25, c.filedInTime,
              c.filed),
        //: 准确立案率
        ratio("accurate-filing-rate", Tr::tr("Accurate filing rate"), 0.40,
              c.filed - c.cancelled, c.filed),
        //: 按时结案率
        ratio("on-time-closing-rate", Tr::tr("On-time closing rate"), 0.35, c.closedInTime,
              c.closeDue),
    });
}

Evaluation evaluateDispatcher(const DispatcherCounts &c)
{
    return evaluate({
        //: 按时派遣率
        ratio("on-time-dispatch-rate", Tr::tr("On-time dispatch rate"), 0.20,
              c.dispatchedInTime, c.dispatchDue),
        //: 准确派遣率
        ratio("accurate-dispatch-rate", Tr::tr("Accurate dispatch rate"), 0.40,
              c.dispatched - c.reworked, c.dispatchDue),
        //: 派遣数分值
        countIndicator("dispatch-count-score", Tr::tr("Dispatch count score"), 0.40,
                       c.dispatched),
    });
}

Evaluation evaluateDepartment(const DepartmentCounts &c)
{
    return evaluate({
        //: 处置率
        ratio("disposal-rate", Tr::tr("Disposal rate"), 0.30, c.disposed, c.due),
        //: 按期处置率
        ratio("on-time-disposal-rate", Tr::tr("On-time disposal rate"), 0.20,
              c.disposedInTime, c.due),
        //: 返工率
        ratio("rework-rate", Tr::tr("Rework rate"), 0.20, c.reworked, c.closeDue, false),
        //: 超期待处置率
        ratio("overdue-undisposed-rate", Tr::tr("Overdue undisposed rate"), 0.20,
              c.overdueUndisposed, c.due, false),
        //: 延期率
        ratio("postpone-rate", Tr::tr("Postponement rate"), 0.10, c.postponed, c.due, false),
    });
}

Evaluation evaluateRegion(const RegionCounts &c)
{
    return evaluate({
        //: 监督举报率
        ratio("supervisor-report-rate", Tr::tr("Collector report rate"), 0.10,
              c.supervisorReported, c.filed),
        //: 结案率
        ratio("closing-rate", Tr::tr("Closing rate"), 0.20, c.closed, c.closeDue),
        //: 按期结案率
        ratio("on-time-closing-rate", Tr::tr("Closing-within-limit rate"), 0.30,
              c.closedInTime, c.closeDue),
        //: 立案数分值
        countIndicator("filed-count-score", Tr::tr("Filed count score"), 0.40, c.filed),
    });
}

} // namespace Cc::Core
