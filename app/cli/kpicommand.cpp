// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl kpi: the evaluation (综合评价) for a period.
#include "cli.h"

#include <cc/cases/evaluation.h>
#include <cc/city/citycontext.h>
#include <cc/core/workcalendar.h>
#include <cc/storage/repositories.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cc::Cli {

int runKpi(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Print the evaluation (综合评价) for the days FROM to TO "
                                            "(inclusive, in the city's time zone)."));
    parser.addOption(dbOption());
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("First day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("Last day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption by(QStringLiteral("by"), Tr::tr("department, grid or post."), QStringLiteral("SCOPE"),
                                QStringLiteral("department"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({from, to, by, json});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    const QDate first = QDate::fromString(parser.value(from), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(to), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return usage(parser, Tr::tr("--from and --to take dates like 2026-01-31."));
    if (last < first)
        return usage(parser, Tr::tr("--to is before --from."));
    const Cases::EvaluationScope scope = Cases::scopeFromId(parser.value(by));
    if (scope == Cases::EvaluationScope::Invalid)
        return usage(parser, Tr::tr("--by is department, grid or post."));

    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite); // migrates an older file
    if (!db)
        return fail(db.error());
    auto city = City::CityContext::load(**db);
    if (!city)
        return fail(city.error());
    // The period is whole days of the city, as in the app's evaluation.
    const QDateTime start = (*city)->startOfDay(first);
    const QDateTime end = (*city)->startOfDay(last.addDays(1));
    auto rows = Cases::evaluate(**db, scope, start.toUTC(), end.toUTC(), QDateTime::currentDateTimeUtc());
    if (!rows)
        return fail(rows.error());

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Cases::EvaluationRow &row : rows.value()) {
            QJsonArray indicators;
            for (const Core::Indicator &i : row.evaluation.indicators)
                indicators.append(QJsonObject{{"id", i.id}, {"name", i.name}, {"value", i.value},
                                              {"weight", i.weight}, {"numerator", i.numerator},
                                              {"denominator", i.denominator}});
            QJsonObject o{{"key", row.key}, {"name", row.name}, {"score", row.evaluation.score},
                          {"grade", QString(row.evaluation.grade)}, {"indicators", indicators}};
            if (row.role != Core::Role::Invalid)
                o.insert("role", Core::roleId(row.role));
            array.append(o);
        }
        out() << QJsonDocument(QJsonObject{{"from", first.toString(Qt::ISODate)}, {"to", last.toString(Qt::ISODate)},
                                           {"by", Cases::scopeId(scope)}, {"rows", array}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << Tr::tr("Evaluation %1 – %2 by %3").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate),
                                                     Cases::scopeId(scope)) << '\n';
    Core::Role lastRole = Core::Role::Invalid;
    for (const Cases::EvaluationRow &row : rows.value()) {
        if (scope == Cases::EvaluationScope::Post && row.role != lastRole) {
            out() << '\n' << Core::roleName(row.role) << '\n';
            lastRole = row.role;
        }
        QStringList parts;
        for (const Core::Indicator &i : row.evaluation.indicators) {
            parts << (i.isScore ? QStringLiteral("%1 %2").arg(i.name).arg(i.value, 0, 'f', 0)
                                : QStringLiteral("%1 %2%").arg(i.name).arg(i.value * 100, 0, 'f', 1));
        }
        out() << QStringLiteral("  %1 %2 %3  %4\n").arg(row.name, -16).arg(row.evaluation.score, 6, 'f', 1)
                     .arg(row.evaluation.grade).arg(parts.join(QStringLiteral("  ")));
    }
    return Ok;
}

} // namespace Cc::Cli
