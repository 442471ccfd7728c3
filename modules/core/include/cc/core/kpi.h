// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Cc::Core {

/// Evaluation (综合评价) formulas of docs/domain.md §7 (CJ/T 292 / GB/T 30428.4 style). The
/// functions here are pure: they take counts (sums over case events, computed by the case
/// service) and return indicators, a composite score 0–100 and a grade A–E.
///
/// Ratios with a zero denominator have no value ("—"): nothing was due, so nothing can be
/// rated. The composite is then the weighted mean of the indicators that have a value
/// (docs/kpi.md); with none, there is no score and no grade.
///
/// Weights, grade bands and the count-score table are data (KpiRules, the setting
/// "kpi.rules"); the defaults follow CJ/T 292 / GB/T 30428.4.

struct Indicator
{
    QString id;           ///< stable, e.g. "on-time-disposal-rate"
    QString name;         ///< translated, e.g. 按期处置率
    double value = 0;     ///< a ratio 0–1, or a score 0–100 for count scores (isScore)
    bool hasValue = true; ///< false: nothing due (zero denominator), shown as "—"
    double weight = 0;    ///< share of the composite, 0–1
    bool isScore = false;
    bool higherIsBetter = true; ///< false for 返工率 etc.: the composite uses (1 − value)
    qint64 numerator = 0;
    qint64 denominator = 0;
};

struct Evaluation
{
    QList<Indicator> indicators;
    double score = 0; ///< composite 0–100
    QChar grade;      ///< 'A'..'E'; null when no indicator has a value (hasScore false)
    bool hasScore = true;
};

/// A grade and the scores it covers, [from, to).
struct GradeBand
{
    QChar grade;
    double from = 0;
    double to = 0;
};
/// A 90–100, B 75–90, C 60–75, D 40–60, E 0–40, best first: the only place they are set.
QList<GradeBand> gradeBands();
/// A band as legends show it: "A 90–100".
QString gradeBandText(QChar grade);
/// A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, E < 40 (gradeBands()).
QChar gradeFor(double score);

/// Who or what is evaluated; each has its own indicators.
enum class KpiSubject { Collector, Operator, ShiftLeader, Dispatcher, Department, Region };
/// The subject's indicators without values (ids, translated names, weights, kinds), in the
/// order evaluate…() returns them: e.g. to title columns when a period has no rows.
QList<Indicator> indicatorsOf(KpiSubject subject);

/// Count → score table (受理数分值 …): ≥2001:100, ≥1201:90, ≥501:75, ≥301:60, ≥101:40, else 0.
/// The same table scores 派遣数 and the region's 立案数 (the sources give no other table).
double countScore(qint64 count);

/// Who is evaluated, as the rules' weight keys name it: "collector", "operator",
/// "shift-leader", "dispatcher", "department", "region".
QString subjectId(KpiSubject subject);

/// How 应结案数 (cases due for closing) is counted (docs/kpi.md).
enum class DueMethod {
    /// The published-bulletin method: cases filed before the period's end whose deadline
    /// falls in or before the period and that were not closed before it, plus every case
    /// closed in the period; never 挂账 or 作废.
    Bulletin,
    /// The cases filed in the period (自行处置 included), never 挂账 or 作废; closed =
    /// those of them closed by now. Older centres publish so; the month changes afterwards.
    FiledInPeriod,
};
QString dueMethodId(DueMethod method); ///< "bulletin", "filed-in-period"

/// One step of the count-score table: a count of at least `atLeast` scores `points`.
struct CountStep
{
    qint64 atLeast = 0;
    double points = 0;
};

/// The evaluation's editable data (the setting "kpi.rules", JSON; docs/kpi.md): weights per
/// subject and indicator, grade bands, the count-score table, the 应结案 method and the
/// target line. Every evaluation takes them; defaults() follows CJ/T 292 / GB/T 30428.4.
struct KpiRules
{
    DueMethod dueMethod = DueMethod::Bulletin;
    double targetCloseRate = 90;    ///< percent: the 结案率 target line
    QList<GradeBand> grades;        ///< best first
    QList<CountStep> countSteps;    ///< highest first
    QHash<QString, double> weights; ///< "<subject>.<indicator id>" → 0–1

    static const KpiRules &defaults();
    /// The defaults overridden by what `json` sets. Refuses ("kpi.bad-rules") unknown keys,
    /// weights outside 0–1 or not adding up to 1 per subject, a count score weighing more than
    /// the subject's heaviest rate ("kpi.volume-dominates"), grade bands that are not
    /// A–E descending down to 0, and a target outside (0, 100].
    static Result<KpiRules> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    QChar gradeFor(double score) const;
    double countScore(qint64 count) const;
    double weight(KpiSubject subject, const QString &indicatorId) const;
};

struct CollectorCounts ///< 监督员
{
    qint64 reported = 0;     ///< 上报数
    qint64 valid = 0;        ///< 有效上报数 (filed)
    qint64 verifyDue = 0;    ///< 应核实
    qint64 verifyInTime = 0; ///< 按时核实
    qint64 checkDue = 0;     ///< 应核查
    qint64 checkInTime = 0;  ///< 按时核查
    qint64 missed = 0;       ///< 漏报数 (public reports in the collector's grid)
    qint64 filedInGrid = 0;  ///< 立案数 in the collector's grids (漏报率 denominator)
};

struct OperatorCounts ///< 受理员
{
    qint64 accepted = 0;   ///< 受理数
    qint64 verifySent = 0; ///< 应派发核实
    qint64 verifySentInTime = 0;
    qint64 checkSent = 0; ///< 应派发核查
    qint64 checkSentInTime = 0;
};

struct ShiftLeaderCounts ///< 值班长
{
    qint64 filed = 0;        ///< 立案
    qint64 filedInTime = 0;  ///< 按时立案
    qint64 cancelled = 0;    ///< 作废 of filed cases
    qint64 closeDue = 0;     ///< 应结案
    qint64 closedInTime = 0; ///< 按时结案
};

struct DispatcherCounts ///< 派遣员
{
    qint64 dispatchDue = 0;      ///< 应派遣
    qint64 dispatchedInTime = 0; ///< 按时派遣
    qint64 dispatched = 0;       ///< 派遣数
    qint64 reworked = 0;         ///< 返工 after a dispatch
};

struct DepartmentCounts ///< 专业部门
{
    qint64 due = 0;               ///< 应处置 (dispatched, not hung)
    qint64 disposed = 0;          ///< 处置数
    qint64 disposedInTime = 0;    ///< 按期处置
    qint64 reworked = 0;          ///< 返工数
    qint64 closeDue = 0;          ///< 应结案
    qint64 overdueUndisposed = 0; ///< 超期待处置
    qint64 postponed = 0;         ///< 延期数
};

struct RegionCounts ///< 区域 (responsibility grid, street, community)
{
    qint64 filed = 0;              ///< 立案数, without 挂账
    qint64 supervisorReported = 0; ///< 监督举报核实数 (filed reports from collectors)
    qint64 closeDue = 0;           ///< 应结案
    qint64 closed = 0;             ///< 结案数
    qint64 closedInTime = 0;       ///< 按期结案
};

/// 40%·有效上报率 + 20%·(1−漏报率) + 20%·按时核实率 + 20%·按时核查率
Evaluation evaluateCollector(const CollectorCounts &c,
                             const KpiRules &rules = KpiRules::defaults());
/// 25% 受理数分值 + 40% 按时派发核实率 + 35% 按时派发核查率
Evaluation evaluateOperator(const OperatorCounts &c, const KpiRules &rules = KpiRules::defaults());
/// 25% 按时立案率 + 40% 准确立案率 + 35% 按时结案率
Evaluation evaluateShiftLeader(const ShiftLeaderCounts &c,
                               const KpiRules &rules = KpiRules::defaults());
/// 20% 按时派遣率 + 40% 准确派遣率 + 40% 派遣数分值
Evaluation evaluateDispatcher(const DispatcherCounts &c,
                              const KpiRules &rules = KpiRules::defaults());
/// (weights: the defaults; KpiRules sets them)
/// 30% 处置率 + 20% 按期处置率 + 20% (1−返工率) + 20% (1−超期待处置率) + 10% (1−延期率)
Evaluation evaluateDepartment(const DepartmentCounts &c,
                              const KpiRules &rules = KpiRules::defaults());
/// 10% 监督举报率 + 35% 结案率 + 50% 按期结案率 + 5% 立案数分值 by default: the rates
/// decide the grade, the volume only adds (docs/kpi.md)
Evaluation evaluateRegion(const RegionCounts &c, const KpiRules &rules = KpiRules::defaults());

} // namespace Cc::Core
