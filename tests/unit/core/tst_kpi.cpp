// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/kpi.h>
#include <cc/core/kpifigures.h>

#include <QJsonDocument>

#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Cc::Core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Cc::Core::CollectorCounts)
Q_DECLARE_METATYPE(Cc::Core::OperatorCounts)
Q_DECLARE_METATYPE(Cc::Core::ShiftLeaderCounts)
Q_DECLARE_METATYPE(Cc::Core::DispatcherCounts)
Q_DECLARE_METATYPE(Cc::Core::DepartmentCounts)
Q_DECLARE_METATYPE(Cc::Core::RegionCounts)

namespace {

constexpr double tolerance = 1e-9;

bool near(double a, double b)
{
    return std::abs(a - b) < tolerance;
}

// What every evaluation must satisfy, whatever the counts.
void checkShape(const Evaluation &e, const QStringList &ids)
{
    QCOMPARE(e.indicators.size(), ids.size());
    double weights = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Indicator &indicator = e.indicators.at(i);
        QCOMPARE(indicator.id, ids.at(i));
        QVERIFY2(!indicator.name.isEmpty(), qPrintable(indicator.id));
        if (indicator.isScore)
            QVERIFY(indicator.value >= 0 && indicator.value <= 100);
        else
            QVERIFY(indicator.value >= 0 && indicator.value <= 1);
        weights += indicator.weight;
    }
    QVERIFY2(near(weights, 1.0), qPrintable(QString::number(weights, 'g', 17)));
    QVERIFY(e.score >= 0 && e.score <= 100 + tolerance);
    // No indicator with a value (nothing due at all): no score, no grade.
    QCOMPARE(e.grade, e.hasScore ? gradeFor(e.score) : QChar());
}

// Compares the indicator values, in order, and the composite with the hand-computed ones.
void checkValues(const Evaluation &e, const QList<double> &values, double score, QChar grade)
{
    QCOMPARE(e.indicators.size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        QVERIFY2(near(e.indicators.at(i).value, values.at(i)),
                 qPrintable(u"%1: %2, expected %3"_s.arg(e.indicators.at(i).id)
                                .arg(e.indicators.at(i).value, 0, 'g', 17)
                                .arg(values.at(i), 0, 'g', 17)));
    }
    QVERIFY2(near(e.score, score),
             qPrintable(u"score %1, expected %2"_s.arg(e.score, 0, 'g', 17).arg(score)));
    QCOMPARE(e.grade, grade);
}

const Indicator &indicator(const Evaluation &e, const QString &id)
{
    for (const Indicator &i : e.indicators) {
        if (i.id == id)
            return i;
    }
    static const Indicator none;
    return none;
}

} // namespace

class tst_Kpi : public QObject
{
    Q_OBJECT

private slots:
    void gradeFor_data();
    void gradeFor();
    void countScore_data();
    void countScore();
    void collector_data();
    void collector();
    void operatorPost_data();
    void operatorPost();
    void shiftLeader_data();
    void shiftLeader();
    void dispatcher_data();
    void dispatcher();
    void department_data();
    void department();
    void region_data();
    void region();
    void indicatorDetails();
    void definitionsMatchEvaluations();
    void gradeBandsDriveGrades();
    void rulesDefaultsRoundTrip();
    void rulesAreChecked_data();
    void rulesAreChecked();
    void rulesChangeGrades();
    void formulasForEveryIndicator();
    void percentRounding_data();
    void percentRounding();
};

void tst_Kpi::gradeFor_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<QChar>("grade");

    QTest::newRow("hundred") << 100.0 << QChar(u'A');
    QTest::newRow("ninety") << 90.0 << QChar(u'A');
    QTest::newRow("just-below-ninety") << 89.999 << QChar(u'B');
    // A sum of weighted ratios that is 90 on paper can come out a hair below it.
    QTest::newRow("ninety-with-rounding-error") << 89.99999999999999 << QChar(u'A');
    QTest::newRow("seventy-five") << 75.0 << QChar(u'B');
    QTest::newRow("just-below-seventy-five") << 74.99 << QChar(u'C');
    QTest::newRow("sixty") << 60.0 << QChar(u'C');
    QTest::newRow("just-below-sixty") << 59.99 << QChar(u'D');
    QTest::newRow("forty") << 40.0 << QChar(u'D');
    QTest::newRow("thirty-nine-point-nine") << 39.9 << QChar(u'E');
    QTest::newRow("zero") << 0.0 << QChar(u'E');
    QTest::newRow("not-a-number") << std::numeric_limits<double>::quiet_NaN() << QChar(u'E');
}

void tst_Kpi::gradeFor()
{
    QFETCH(double, score);
    QFETCH(QChar, grade);
    QCOMPARE(Cc::Core::gradeFor(score), grade);
}

void tst_Kpi::countScore_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<double>("score");

    QTest::newRow("negative") << qint64(-5) << 0.0;
    QTest::newRow("zero") << qint64(0) << 0.0;
    QTest::newRow("100") << qint64(100) << 0.0;
    QTest::newRow("101") << qint64(101) << 40.0;
    QTest::newRow("300") << qint64(300) << 40.0;
    QTest::newRow("301") << qint64(301) << 60.0;
    QTest::newRow("500") << qint64(500) << 60.0;
    QTest::newRow("501") << qint64(501) << 75.0;
    QTest::newRow("1200") << qint64(1200) << 75.0;
    QTest::newRow("1201") << qint64(1201) << 90.0;
    QTest::newRow("2000") << qint64(2000) << 90.0;
    QTest::newRow("2001") << qint64(2001) << 100.0;
    QTest::newRow("a-million") << qint64(1000000) << 100.0;
}

void tst_Kpi::countScore()
{
    QFETCH(qint64, count);
    QFETCH(double, score);
    QCOMPARE(Cc::Core::countScore(count), score);
}

// 40%·有效上报率 + 20%·(1−漏报率) + 20%·按时核实率 + 20%·按时核查率
void tst_Kpi::collector_data()
{
    QTest::addColumn<CollectorCounts>("counts");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("score");
    QTest::addColumn<QChar>("grade");

    // valid 45/50 = 0.9, missed 3/60 = 0.05, verify 18/20 = 0.9, check 36/40 = 0.9
    // 40·0.9 + 20·0.95 + 20·0.9 + 20·0.9 = 36 + 19 + 18 + 18 = 91
    QTest::newRow("typical") << CollectorCounts{50, 45, 20, 18, 40, 36, 3, 60}
                             << QList<double>{0.9, 0.05, 0.9, 0.9} << 91.0 << QChar(u'A');
    // valid 10/40 = 0.25, missed 30/60 = 0.5, verify 5/10 = 0.5, check 0/10 = 0
    // 40·0.25 + 20·0.5 + 20·0.5 + 0 = 10 + 10 + 10 = 30
    QTest::newRow("poor") << CollectorCounts{40, 10, 10, 5, 10, 0, 30, 60}
                          << QList<double>{0.25, 0.5, 0.5, 0.0} << 30.0 << QChar(u'E');
    // Nothing reported, due or filed: no ratio has a value, so no score and no grade
    QTest::newRow("zero-denominators")
        << CollectorCounts{} << QList<double>{0.0, 0.0, 0.0, 0.0} << 0.0 << QChar();
    // Nothing to verify or check: the other two decide, 40·0.9 + 20·0.95 over 60 % = 91.67
    QTest::newRow("nothing-to-verify")
        << CollectorCounts{50, 45, 0, 0, 0, 0, 3, 60} << QList<double>{0.9, 0.05, 0.0, 0.0}
        << 55.0 / 0.6 << QChar(u'A');
}

void tst_Kpi::collector()
{
    QFETCH(CollectorCounts, counts);
    QFETCH(QList<double>, values);
    QFETCH(double, score);
    QFETCH(QChar, grade);

    const Evaluation e = evaluateCollector(counts);
    checkShape(e, {u"valid-report-rate"_s, u"missed-report-rate"_s, u"on-time-verify-rate"_s,
                   u"on-time-check-rate"_s});
    checkValues(e, values, score, grade);
    QVERIFY(!indicator(e, u"missed-report-rate"_s).higherIsBetter);
}

// 25% 受理数分值 + 40% 按时派发核实率 + 35% 按时派发核查率
void tst_Kpi::operatorPost_data()
{
    QTest::addColumn<OperatorCounts>("counts");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("score");
    QTest::addColumn<QChar>("grade");

    // 600 accepted → 75; verify 30/40 = 0.75; check 19/20 = 0.95
    // 0.25·75 + 40·0.75 + 35·0.95 = 18.75 + 30 + 33.25 = 82
    QTest::newRow("typical") << OperatorCounts{600, 40, 30, 20, 19} << QList<double>{75, 0.75, 0.95}
                             << 82.0 << QChar(u'B');
    // 2500 accepted → 100, all on time → 100
    QTest::newRow("busy-and-on-time") << OperatorCounts{2500, 10, 10, 10, 10}
                                      << QList<double>{100, 1.0, 1.0} << 100.0 << QChar(u'A');
    // Nothing accepted or sent: no rate, so no score (a count alone rates nothing)
    QTest::newRow("zero-denominators")
        << OperatorCounts{} << QList<double>{0, 0.0, 0.0} << 0.0 << QChar();
}

void tst_Kpi::operatorPost()
{
    QFETCH(OperatorCounts, counts);
    QFETCH(QList<double>, values);
    QFETCH(double, score);
    QFETCH(QChar, grade);

    const Evaluation e = evaluateOperator(counts);
    checkShape(e, {u"accepted-count-score"_s, u"on-time-send-verify-rate"_s,
                   u"on-time-send-check-rate"_s});
    checkValues(e, values, score, grade);
    QVERIFY(e.indicators.first().isScore);
    QCOMPARE(e.indicators.first().numerator, counts.accepted);
}

// 25% 按时立案率 + 40% 准确立案率 + 35% 按时结案率
void tst_Kpi::shiftLeader_data()
{
    QTest::addColumn<ShiftLeaderCounts>("counts");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("score");
    QTest::addColumn<QChar>("grade");

    // on time 180/200 = 0.9; accurate (200−10)/200 = 0.95; closed on time 80/100 = 0.8
    // 25·0.9 + 40·0.95 + 35·0.8 = 22.5 + 38 + 28 = 88.5
    QTest::newRow("typical") << ShiftLeaderCounts{200, 180, 10, 100, 80}
                             << QList<double>{0.9, 0.95, 0.8} << 88.5 << QChar(u'B');
    // on time 30/60 = 0.5; accurate (60−30)/60 = 0.5; closed on time 20/50 = 0.4
    // 12.5 + 20 + 14 = 46.5
    QTest::newRow("poor") << ShiftLeaderCounts{60, 30, 30, 50, 20} << QList<double>{0.5, 0.5, 0.4}
                          << 46.5 << QChar(u'D');
    QTest::newRow("zero-denominators")
        << ShiftLeaderCounts{} << QList<double>{0.0, 0.0, 0.0} << 0.0 << QChar();
}

void tst_Kpi::shiftLeader()
{
    QFETCH(ShiftLeaderCounts, counts);
    QFETCH(QList<double>, values);
    QFETCH(double, score);
    QFETCH(QChar, grade);

    const Evaluation e = evaluateShiftLeader(counts);
    checkShape(e, {u"on-time-filing-rate"_s, u"accurate-filing-rate"_s, u"on-time-closing-rate"_s});
    checkValues(e, values, score, grade);
}

// 20% 按时派遣率 + 40% 准确派遣率 + 40% 派遣数分值
void tst_Kpi::dispatcher_data()
{
    QTest::addColumn<DispatcherCounts>("counts");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("score");
    QTest::addColumn<QChar>("grade");

    // on time 380/400 = 0.95; accurate (410−20)/400 = 0.975; 410 dispatched → 60
    // 20·0.95 + 40·0.975 + 0.4·60 = 19 + 39 + 24 = 82
    QTest::newRow("typical") << DispatcherCounts{400, 380, 410, 20}
                             << QList<double>{0.95, 0.975, 60} << 82.0 << QChar(u'B');
    // 二次派遣 makes 派遣 exceed 应派遣: (120−0)/100 is capped at 1; 120 → 40
    // 20·1 + 40·1 + 0.4·40 = 76
    QTest::newRow("more-dispatches-than-due")
        << DispatcherCounts{100, 100, 120, 0} << QList<double>{1.0, 1.0, 40} << 76.0 << QChar(u'B');
    // More rework than dispatches cannot make the ratio negative: (5−10)/10 → 0
    // 20·0.5 + 0 + 0 = 10
    QTest::newRow("more-rework-than-dispatches")
        << DispatcherCounts{10, 5, 5, 10} << QList<double>{0.5, 0.0, 0} << 10.0 << QChar(u'E');
    // Nothing due: no rate, so no score
    QTest::newRow("zero-denominators")
        << DispatcherCounts{} << QList<double>{0.0, 0.0, 0} << 0.0 << QChar();
}

void tst_Kpi::dispatcher()
{
    QFETCH(DispatcherCounts, counts);
    QFETCH(QList<double>, values);
    QFETCH(double, score);
    QFETCH(QChar, grade);

    const Evaluation e = evaluateDispatcher(counts);
    checkShape(e, {u"on-time-dispatch-rate"_s, u"accurate-dispatch-rate"_s,
                   u"dispatch-count-score"_s});
    checkValues(e, values, score, grade);
    // The raw counts stay visible even where the ratio is capped.
    QCOMPARE(e.indicators.at(1).numerator, counts.dispatched - counts.reworked);
    QCOMPARE(e.indicators.at(1).denominator, counts.dispatchDue);
}

// 30% 处置率 + 20% 按期处置率 + 20% (1−返工率) + 20% (1−超期待处置率) + 10% (1−延期率)
void tst_Kpi::department_data()
{
    QTest::addColumn<DepartmentCounts>("counts");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("score");
    QTest::addColumn<QChar>("grade");

    // due 10, disposed 9, in time 8, reworked 1, close due 9, overdue 1, postponed 2:
    // 处置率 9/10 = 0.9, 按期处置率 8/10 = 0.8, 返工率 1/9, 超期待处置率 1/10 = 0.1,
    // 延期率 2/10 = 0.2
    // 30·0.9 + 20·0.8 + 20·(8/9) + 20·0.9 + 10·0.8 = 27 + 16 + 17.777… + 18 + 8 = 86.777…
    QTest::newRow("typical") << DepartmentCounts{10, 9, 8, 1, 9, 1, 2}
                             << QList<double>{0.9, 0.8, 1.0 / 9, 0.1, 0.2} << 69.0 + 160.0 / 9
                             << QChar(u'B');
    // due 20, disposed 10, in time 5, reworked 5 of 10, overdue 10, postponed 10:
    // 0.5, 0.25, 0.5, 0.5, 0.5 → 15 + 5 + 10 + 10 + 5 = 45
    QTest::newRow("poor") << DepartmentCounts{20, 10, 5, 5, 10, 10, 10}
                          << QList<double>{0.5, 0.25, 0.5, 0.5, 0.5} << 45.0 << QChar(u'D');
    // Nothing due: no value, no score (a month with nothing due is not 100 %)
    QTest::newRow("zero-denominators")
        << DepartmentCounts{} << QList<double>{0.0, 0.0, 0.0, 0.0, 0.0} << 0.0 << QChar();
    // 1 due, not disposed, not overdue, nothing closed (返工率 has no value):
    // (30·0 + 20·0 + 20·1 + 10·1) / 80 % = 37.5
    QTest::newRow("one-due-nothing-closed")
        << DepartmentCounts{1, 0, 0, 0, 0, 0, 0} << QList<double>{0.0, 0.0, 0.0, 0.0, 0.0} << 37.5
        << QChar(u'E');
}

void tst_Kpi::department()
{
    QFETCH(DepartmentCounts, counts);
    QFETCH(QList<double>, values);
    QFETCH(double, score);
    QFETCH(QChar, grade);

    const Evaluation e = evaluateDepartment(counts);
    checkShape(e, {u"disposal-rate"_s, u"on-time-disposal-rate"_s, u"rework-rate"_s,
                   u"overdue-undisposed-rate"_s, u"postpone-rate"_s});
    checkValues(e, values, score, grade);
    QVERIFY(e.indicators.at(0).higherIsBetter);
    QVERIFY(e.indicators.at(1).higherIsBetter);
    QVERIFY(!e.indicators.at(2).higherIsBetter);
    QVERIFY(!e.indicators.at(3).higherIsBetter);
    QVERIFY(!e.indicators.at(4).higherIsBetter);
}

// 10% 监督举报率 + 35% 结案率 + 50% 按期结案率 + 5% 立案数分值 (the rules' defaults)
void tst_Kpi::region_data()
{
    QTest::addColumn<RegionCounts>("counts");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("score");
    QTest::addColumn<QChar>("grade");

    // 监督举报 1235/1300 = 0.95, 结案 1200/1250 = 0.96, 按期 1100/1250 = 0.88, 1300 → 90
    // 10·0.95 + 35·0.96 + 50·0.88 + 0.05·90 = 9.5 + 33.6 + 44 + 4.5 = 91.6
    QTest::newRow("typical") << RegionCounts{1300, 1235, 1250, 1200, 1100}
                             << QList<double>{0.95, 0.96, 0.88, 90} << 91.6 << QChar(u'A');
    // 50/100 = 0.5, 40/50 = 0.8, 30/50 = 0.6, 100 filed → 0
    // 5 + 28 + 30 + 0 = 63
    QTest::newRow("small-region") << RegionCounts{100, 50, 50, 40, 30}
                                  << QList<double>{0.5, 0.8, 0.6, 0} << 63.0 << QChar(u'C');
    // One case, by a collector, closed on time: the rates decide (10 + 35 + 50 + 0 = 95, A);
    // under the old 40 % volume weight it scored C (issue 13).
    QTest::newRow("one-case-on-time")
        << RegionCounts{1, 1, 1, 1, 1} << QList<double>{1.0, 1.0, 1.0, 0} << 95.0 << QChar(u'A');
    // 97–99 % closed (in time) in a grid of 60 cases: A, not B.
    QTest::newRow("small-grid-98")
        << RegionCounts{60, 60, 60, 59, 59} << QList<double>{1.0, 59.0 / 60, 59.0 / 60, 0}
        << 10 + 85.0 * 59 / 60 << QChar(u'A');
    // Nothing filed or due: no rate, so no score
    QTest::newRow("zero-denominators")
        << RegionCounts{} << QList<double>{0.0, 0.0, 0.0, 0} << 0.0 << QChar();
}

void tst_Kpi::region()
{
    QFETCH(RegionCounts, counts);
    QFETCH(QList<double>, values);
    QFETCH(double, score);
    QFETCH(QChar, grade);

    const Evaluation e = evaluateRegion(counts);
    checkShape(e, {u"supervisor-report-rate"_s, u"closing-rate"_s, u"on-time-closing-rate"_s,
                   u"filed-count-score"_s});
    checkValues(e, values, score, grade);
}

void tst_Kpi::indicatorDetails()
{
    // Numerators and denominators are the counts the ratio was made of, for drill-down.
    const Evaluation e = evaluateDepartment({10, 9, 8, 1, 9, 1, 2});
    const QList<QPair<qint64, qint64>> fractions{{9, 10}, {8, 10}, {1, 9}, {1, 10}, {2, 10}};
    const QList<double> weights{0.30, 0.20, 0.20, 0.20, 0.10};
    for (qsizetype i = 0; i < fractions.size(); ++i) {
        QCOMPARE(e.indicators.at(i).numerator, fractions.at(i).first);
        QCOMPARE(e.indicators.at(i).denominator, fractions.at(i).second);
        QVERIFY(qFuzzyCompare(e.indicators.at(i).weight, weights.at(i)));
        QVERIFY(!e.indicators.at(i).isScore);
    }
    QVERIFY(qFuzzyCompare(e.score, 86.0 + 7.0 / 9));

    const Evaluation region = evaluateRegion({1300, 1235, 1250, 1200, 1100});
    const Indicator &filed = indicator(region, u"filed-count-score"_s);
    QVERIFY(filed.isScore);
    QCOMPARE(filed.numerator, qint64(1300));
    QCOMPARE(filed.value, 90.0);
    QVERIFY(qFuzzyCompare(filed.weight, 0.05));

    // Ids are unique within each evaluation.
    for (const Evaluation &any :
         {evaluateCollector({}), evaluateOperator({}), evaluateShiftLeader({}),
          evaluateDispatcher({}), evaluateDepartment({}), evaluateRegion({})}) {
        QSet<QString> ids;
        for (const Indicator &i : any.indicators)
            ids.insert(i.id);
        QCOMPARE(ids.size(), any.indicators.size());
    }
}

void tst_Kpi::definitionsMatchEvaluations()
{
    // What widgets title their columns with is exactly what an evaluation returns.
    const CollectorCounts collector{10, 8, 5, 4, 3, 3, 1, 20};
    const QList<std::pair<KpiSubject, Evaluation>>
        subjects{{KpiSubject::Collector, evaluateCollector(collector)},
                 {KpiSubject::Operator, evaluateOperator({700, 10, 9, 8, 7})},
                 {KpiSubject::ShiftLeader, evaluateShiftLeader({})},
                 {KpiSubject::Dispatcher, evaluateDispatcher({})},
                 {KpiSubject::Department, evaluateDepartment({})},
                 {KpiSubject::Region, evaluateRegion({})}};
    for (const auto &[subject, evaluation] : subjects) {
        const QList<Indicator> defined = indicatorsOf(subject);
        QCOMPARE(defined.size(), evaluation.indicators.size());
        double weights = 0;
        for (qsizetype i = 0; i < defined.size(); ++i) {
            QCOMPARE(defined[i].id, evaluation.indicators[i].id);
            QCOMPARE(defined[i].name, evaluation.indicators[i].name);
            QVERIFY(!defined[i].name.isEmpty());
            QCOMPARE(defined[i].weight, evaluation.indicators[i].weight);
            QCOMPARE(defined[i].isScore, evaluation.indicators[i].isScore);
            QCOMPARE(defined[i].higherIsBetter, evaluation.indicators[i].higherIsBetter);
            QCOMPARE(defined[i].numerator, qint64(0));
            weights += defined[i].weight;
        }
        QVERIFY(qFuzzyCompare(weights, 1.0));
    }
}

void tst_Kpi::gradeBandsDriveGrades()
{
    const QList<GradeBand> bands = gradeBands();
    QCOMPARE(bands.size(), 5);
    QCOMPARE(bands.first().to, 100.0);
    QCOMPARE(bands.last().from, 0.0);
    for (qsizetype i = 0; i < bands.size(); ++i) {
        if (i > 0)
            QCOMPARE(bands[i].to, bands[i - 1].from); // contiguous, best first
        QCOMPARE(Cc::Core::gradeFor(bands[i].from), bands[i].grade);
        QCOMPARE(Cc::Core::gradeFor((bands[i].from + bands[i].to) / 2), bands[i].grade);
    }
    QCOMPARE(gradeBandText(QLatin1Char('A')), QStringLiteral("A 90–100"));
    QCOMPARE(gradeBandText(QLatin1Char('E')), QStringLiteral("E 0–40"));
}

void tst_Kpi::rulesDefaultsRoundTrip()
{
    const KpiRules &d = KpiRules::defaults();
    QCOMPARE(d.dueMethod, DueMethod::Bulletin);
    QCOMPARE(d.targetCloseRate, 90.0);
    QCOMPARE(d.countScore(2001), 100.0);
    QCOMPARE(d.countScore(100), 0.0);
    QCOMPARE(d.weight(KpiSubject::Region, u"on-time-closing-rate"_s), 0.50);
    auto back = KpiRules::fromJson(d.toJson());
    QVERIFY(back);
    QCOMPARE(back->toJson(), d.toJson());
    auto empty = KpiRules::fromJson({});
    QVERIFY(empty);
    QCOMPARE(empty->toJson(), d.toJson());
}

void tst_Kpi::rulesAreChecked_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown key") << QByteArray(R"({"weight": {}})") << "kpi.bad-rules";
    QTest::newRow("unknown weight")
        << QByteArray(R"({"weights": {"region.size": 0.1}})") << "kpi.bad-rules";
    QTest::newRow("weights not 1")
        << QByteArray(R"({"weights": {"region.closing-rate": 0.5}})") << "kpi.bad-rules";
    QTest::newRow("negative weight")
        << QByteArray(R"({"weights": {"region.closing-rate": -0.1}})") << "kpi.bad-rules";
    // The old 40 % on 立案数分值: a count may not outweigh the rates.
    QTest::newRow("volume dominates") << QByteArray(
        R"({"weights": {"region.supervisor-report-rate": 0.1, "region.closing-rate": 0.2,
                                       "region.on-time-closing-rate": 0.3, "region.filed-count-score": 0.4}})")
                                      << "kpi.volume-dominates";
    QTest::newRow("grades not descending")
        << QByteArray(R"({"grades": [90, 95, 60, 40, 0]})") << "kpi.bad-rules";
    QTest::newRow("grades not to 0")
        << QByteArray(R"({"grades": [90, 75, 60, 40, 10]})") << "kpi.bad-rules";
    QTest::newRow("four grades") << QByteArray(R"({"grades": [90, 75, 60, 0]})") << "kpi.bad-rules";
    QTest::newRow("count steps ascending")
        << QByteArray(R"({"countScores": [[10, 50], [20, 100]]})") << "kpi.bad-rules";
    QTest::newRow("bad method") << QByteArray(R"({"dueMethod": "guess"})") << "kpi.bad-rules";
    QTest::newRow("target 0") << QByteArray(R"({"targetCloseRate": 0})") << "kpi.bad-rules";
    QTest::newRow("target text") << QByteArray(R"({"targetCloseRate": "90"})") << "kpi.bad-rules";
}

void tst_Kpi::rulesAreChecked()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QVERIFY(!object.isEmpty());
    auto rules = KpiRules::fromJson(object);
    QVERIFY(!rules);
    QCOMPARE(rules.error().code, code);
}

void tst_Kpi::rulesChangeGrades()
{
    auto rules = KpiRules::fromJson(QJsonDocument::fromJson(R"({
        "dueMethod": "filed-in-period", "targetCloseRate": 95,
        "weights": {"region.supervisor-report-rate": 0, "region.closing-rate": 0.5,
                    "region.on-time-closing-rate": 0.5, "region.filed-count-score": 0},
        "grades": [95, 85, 70, 50, 0], "countScores": [[10, 100]]})")
                                        .object());
    QVERIFY2(rules, rules ? "" : qPrintable(rules.error().message));
    QCOMPARE(rules->dueMethod, DueMethod::FiledInPeriod);
    QCOMPARE(rules->targetCloseRate, 95.0);
    QCOMPARE(rules->countScore(10), 100.0);
    QCOMPARE(rules->countScore(9), 0.0);
    // 结案 92/100, 按期 92/100, weighted 50/50: 92, a B under these bands (an A under the defaults)
    const Evaluation e = evaluateRegion({100, 0, 100, 92, 92}, rules.value());
    QVERIFY(near(e.score, 92.0));
    QCOMPARE(e.grade, QChar(u'B'));
    QCOMPARE(e.indicators.at(0).weight, 0.0);
}

void tst_Kpi::formulasForEveryIndicator()
{
    for (KpiSubject subject :
         {KpiSubject::Collector, KpiSubject::Operator, KpiSubject::ShiftLeader,
          KpiSubject::Dispatcher, KpiSubject::Department, KpiSubject::Region}) {
        for (const Indicator &i : indicatorsOf(subject))
            QVERIFY2(!indicatorFormula(i.id).isEmpty(), qPrintable(i.id));
    }
    for (const FigureValue &v : figureValues({})) {
        QVERIFY2(!indicatorFormula(v.id).isEmpty(), qPrintable(v.id));
        QVERIFY(!v.name.isEmpty());
    }
    QVERIFY(indicatorFormula(u"no-such-indicator"_s).isEmpty());
}

void tst_Kpi::percentRounding_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<double>("expected");
    QTest::newRow("Ruzhou 2017 at 1/10: 6,594 / 6,679") << qint64(6594) << qint64(6679) << 98.73;
    QTest::newRow("Ruzhou 2017: 65,943 / 66,791") << qint64(65943) << qint64(66791) << 98.73;
    QTest::newRow("Lushan 2024: 8,130 / 8,347") << qint64(8130) << qint64(8347) << 97.40;
    QTest::newRow("half up: 1 / 8 = 12.5") << qint64(1) << qint64(8) << 12.5;
    QTest::newRow("2/3") << qint64(2) << qint64(3) << 66.67;
    QTest::newRow("1/3") << qint64(1) << qint64(3) << 33.33;
    QTest::newRow("all") << qint64(7) << qint64(7) << 100.0;
    QTest::newRow("none") << qint64(0) << qint64(7) << 0.0;
}

void tst_Kpi::percentRounding()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(double, expected);
    QCOMPARE(percent(numerator, denominator), std::optional<double>(expected));
    QVERIFY(!percent(numerator, 0));
}

QTEST_GUILESS_MAIN(tst_Kpi)

#include "tst_kpi.moc"
