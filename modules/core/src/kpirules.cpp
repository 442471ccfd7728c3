// SPDX-License-Identifier: GPL-3.0-or-later
// KpiRules: the evaluation's editable data (docs/kpi.md, "Rules"), read from the setting
// "kpi.rules" as JSON over the defaults.
#include <cc/core/kpi.h>

#include "coretr.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Cc::Core {

namespace {

constexpr double weightTolerance = 1e-6;
constexpr double gradeEpsilon = 1e-9; // as kpi.cpp: binary rounding must not cost a grade

const KpiSubject allSubjects[] = {KpiSubject::Collector,   KpiSubject::Operator,
                                  KpiSubject::ShiftLeader, KpiSubject::Dispatcher,
                                  KpiSubject::Department,  KpiSubject::Region};

QString weightKey(KpiSubject subject, const QString &indicatorId)
{
    return subjectId(subject) + QLatin1Char('.') + indicatorId;
}

Error badRules(const QString &what)
{
    //: %1 says what is wrong in the evaluation rules (setting kpi.rules)
    return makeError(QStringLiteral("kpi.bad-rules"),
                     Tr::tr("The evaluation rules are invalid: %1").arg(what));
}

Result<void> readWeights(KpiRules &rules, const QJsonObject &weights)
{
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        if (!rules.weights.contains(it.key()))
            return badRules(Tr::tr("unknown weight \"%1\"").arg(it.key()));
        const double w = it.value().toDouble(-1);
        if (!it.value().isDouble() || w < 0 || w > 1)
            return badRules(Tr::tr("weight \"%1\" must be a number from 0 to 1").arg(it.key()));
        rules.weights[it.key()] = w;
    }
    for (KpiSubject subject : allSubjects) {
        double sum = 0, heaviestRate = 0, heaviestCount = 0;
        for (const Indicator &i : indicatorsOf(subject)) {
            const double w = rules.weight(subject, i.id);
            sum += w;
            double &heaviest = i.isScore ? heaviestCount : heaviestRate;
            heaviest = std::max(heaviest, w);
        }
        if (std::abs(sum - 1.0) > weightTolerance)
            return badRules(Tr::tr("the weights of \"%1\" add up to %2, not 1")
                                .arg(subjectId(subject))
                                .arg(sum));
        // A count measures volume, not performance: a grid or post with many cases must not
        // outrank one that closes all of its few (issue 13).
        if (heaviestCount > heaviestRate)
            return makeError(
                QStringLiteral("kpi.volume-dominates"),
                Tr::tr("The evaluation rules are invalid: in \"%1\" a count score weighs more "
                       "than the heaviest rate.")
                    .arg(subjectId(subject)));
    }
    return {};
}

Result<void> readGrades(KpiRules &rules, const QJsonArray &grades)
{
    if (grades.size() != 5)
        return badRules(Tr::tr("\"grades\" lists the lowest scores of A, B, C, D and E"));
    QList<GradeBand> bands;
    double above = 100;
    for (int g = 0; g < 5; ++g) {
        const double from = grades.at(g).toDouble(-1);
        if (!grades.at(g).isDouble() || from < 0 || from >= above || (g == 4 && from != 0)
            || (g == 0 && from > 100))
            return badRules(Tr::tr("\"grades\" must descend from at most 100 to 0"));
        bands << GradeBand{QChar(u'A' + g), from, g == 0 ? 100.0 : above};
        above = from;
    }
    rules.grades = bands;
    return {};
}

Result<void> readCountSteps(KpiRules &rules, const QJsonArray &steps)
{
    QList<CountStep> list;
    for (const QJsonValue &v : steps) {
        const QJsonArray pair = v.toArray();
        const double atLeast = pair.at(0).toDouble(-1), points = pair.at(1).toDouble(-1);
        if (pair.size() != 2 || atLeast < 0 || points < 0 || points > 100
            || (!list.isEmpty() && atLeast >= double(list.last().atLeast)))
            return badRules(
                Tr::tr("\"countScores\" lists [at least, points] pairs, highest count first"));
        list << CountStep{qint64(atLeast), points};
    }
    rules.countSteps = list;
    return {};
}

} // namespace

QString subjectId(KpiSubject subject)
{
    switch (subject) {
    case KpiSubject::Collector:
        return QStringLiteral("collector");
    case KpiSubject::Operator:
        return QStringLiteral("operator");
    case KpiSubject::ShiftLeader:
        return QStringLiteral("shift-leader");
    case KpiSubject::Dispatcher:
        return QStringLiteral("dispatcher");
    case KpiSubject::Department:
        return QStringLiteral("department");
    case KpiSubject::Region:
        return QStringLiteral("region");
    }
    return {};
}

QString dueMethodId(DueMethod method)
{
    return method == DueMethod::Bulletin ? QStringLiteral("bulletin")
                                         : QStringLiteral("filed-in-period");
}

const KpiRules &KpiRules::defaults()
{
    static const KpiRules rules = [] {
        KpiRules r;
        r.grades = gradeBands();
        r.countSteps = {{2001, 100}, {1201, 90}, {501, 75}, {301, 60}, {101, 40}};
        for (KpiSubject subject : allSubjects) {
            for (const Indicator &i : indicatorsOf(subject))
                r.weights.insert(weightKey(subject, i.id), i.weight);
        }
        return r;
    }();
    return rules;
}

Result<KpiRules> KpiRules::fromJson(const QJsonObject &json)
{
    KpiRules rules = defaults();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &key = it.key();
        Result<void> r;
        if (key == QLatin1String("dueMethod")) {
            const QString id = it.value().toString();
            if (id != dueMethodId(DueMethod::Bulletin)
                && id != dueMethodId(DueMethod::FiledInPeriod))
                return badRules(Tr::tr("\"dueMethod\" is \"bulletin\" or \"filed-in-period\""));
            rules.dueMethod = id == dueMethodId(DueMethod::Bulletin) ? DueMethod::Bulletin
                                                                     : DueMethod::FiledInPeriod;
        } else if (key == QLatin1String("targetCloseRate")) {
            rules.targetCloseRate = it.value().toDouble(-1);
            if (!(rules.targetCloseRate > 0 && rules.targetCloseRate <= 100))
                return badRules(Tr::tr("\"targetCloseRate\" is a percentage above 0"));
        } else if (key == QLatin1String("weights")) {
            r = readWeights(rules, it.value().toObject());
        } else if (key == QLatin1String("grades")) {
            r = readGrades(rules, it.value().toArray());
        } else if (key == QLatin1String("countScores")) {
            r = readCountSteps(rules, it.value().toArray());
        } else {
            return badRules(Tr::tr("unknown key \"%1\"").arg(key));
        }
        if (!r)
            return r.error();
    }
    if (!json.contains(QLatin1String("weights"))) {
        if (auto r = readWeights(rules, {}); !r) // the defaults pass; kept for symmetry
            return r.error();
    }
    return rules;
}

QJsonObject KpiRules::toJson() const
{
    QJsonObject weightsJson;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        weightsJson.insert(it.key(), it.value());
    QJsonArray gradesJson, stepsJson;
    for (const GradeBand &band : grades)
        gradesJson.append(band.from);
    for (const CountStep &step : countSteps)
        stepsJson.append(QJsonArray{double(step.atLeast), step.points});
    return {{"dueMethod", dueMethodId(dueMethod)},
            {"targetCloseRate", targetCloseRate},
            {"weights", weightsJson},
            {"grades", gradesJson},
            {"countScores", stepsJson}};
}

QChar KpiRules::gradeFor(double score) const
{
    if (std::isnan(score) || grades.isEmpty())
        return QLatin1Char('E');
    for (const GradeBand &band : grades) {
        if (score + gradeEpsilon >= band.from)
            return band.grade;
    }
    return grades.last().grade;
}

double KpiRules::countScore(qint64 count) const
{
    for (const CountStep &step : countSteps) {
        if (count >= step.atLeast)
            return step.points;
    }
    return 0;
}

double KpiRules::weight(KpiSubject subject, const QString &indicatorId) const
{
    return weights.value(weightKey(subject, indicatorId), 0.0);
}

} // namespace Cc::Core
