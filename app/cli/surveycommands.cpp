// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl survey items|add-task|tasks|submit|report: 专项普查, the counting tasks of a survey
// campaign (Cases::SurveyStore checks every rule; this file only reads options and prints).
#include "cli.h"

#include <cc/cases/surveys.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cc::Cli {

namespace {

const QCommandLineOption kJson(QStringLiteral("json"), Tr::tr("Print JSON."));

QString asLogin(const QCommandLineParser &parser)
{
    return parser.value(QStringLiteral("as"));
}

Core::Role asRole(const QCommandLineParser &parser)
{
    return Core::roleFromId(parser.value(QStringLiteral("role")));
}

/// Parses the common options and the one positional argument; opens the city read-write.
Result<Opened> prepare(QCommandLineParser &parser, const QStringList &args, const QString &what,
                       bool needsAs, int &exitCode)
{
    parser.addOption(dbOption());
    parser.addPositionalArgument(what, what);
    exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return makeError("cli.done", {});
    if (parser.positionalArguments().size() != 1) {
        exitCode = usage(parser, Tr::tr("Give one %1.").arg(what));
        return makeError("cli.done", {});
    }
    if (needsAs && !parser.isSet(QStringLiteral("as"))) {
        exitCode = usage(parser, Tr::tr("--as LOGIN is required."));
        return makeError("cli.done", {});
    }
    auto opened = openCity(parser, Storage::Database::OpenMode::ReadWrite);
    if (!opened)
        exitCode = fail(opened.error());
    return opened;
}

Cases::SurveyStore storeOf(const Opened &o)
{
    return Cases::SurveyStore(*o.db, o.city->categories(), o.city->calendar());
}

int runItems(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print a campaign's survey items, or set them (shift leader or administrator)."));
    const QCommandLineOption set(QStringLiteral("set"),
                                 Tr::tr("The items to count, comma-separated (排水井,防汛墙)."),
                                 QStringLiteral("NAMES"));
    parser.addOptions({set, asOption(), roleOption()});
    int exitCode = Ok;
    auto o = prepare(parser, args, QStringLiteral("campaign"), false, exitCode);
    if (!o)
        return exitCode;
    if (parser.isSet(set) && !parser.isSet(QStringLiteral("as")))
        return usage(parser, Tr::tr("--as LOGIN is required."));
    Cases::SurveyStore store = storeOf(*o);
    const QString campaign = parser.positionalArguments().first();
    auto items = parser.isSet(set)
                     ? store.setItems(campaign, parser.value(set).split(QLatin1Char(',')),
                                      asLogin(parser), asRole(parser))
                     : store.items(campaign);
    if (!items)
        return fail(items.error());
    for (const QString &item : items.value())
        out() << item << '\n';
    return Ok;
}

int runAddTask(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Give a collector the counting task of one unit grid of a survey campaign."));
    const QCommandLineOption grid(QStringLiteral("grid"), Tr::tr("Unit grid code."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption collector(QStringLiteral("collector"),
                                       Tr::tr("Login of the collector."), QStringLiteral("LOGIN"));
    parser.addOptions({grid, collector, asOption(), roleOption(), kJson});
    int exitCode = Ok;
    auto o = prepare(parser, args, QStringLiteral("campaign"), true, exitCode);
    if (!o)
        return exitCode;
    auto task = storeOf(*o).addTask(parser.positionalArguments().first(), parser.value(grid),
                                    parser.value(collector), asLogin(parser), asRole(parser));
    if (!task)
        return fail(task.error());
    if (parser.isSet(kJson))
        out() << QJsonDocument(QJsonObject{{"id", task->id},
                                           {"grid", task->gridCode},
                                           {"collector", task->collectorLogin}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        out() << Tr::tr("Task %1: grid %2 for %3.")
                     .arg(task->id, task->gridCode, task->collectorName)
              << '\n';
    return Ok;
}

/// "排水井=120/3" (checked, problems; "/problems" may be left out: none).
Result<Cases::SurveyCount> countOption(const QString &text)
{
    const qsizetype eq = text.lastIndexOf(QLatin1Char('='));
    const QStringList numbers = text.mid(eq + 1).split(QLatin1Char('/'));
    bool okChecked = false, okProblems = true;
    Cases::SurveyCount count;
    count.item = text.left(eq).trimmed();
    count.checked = numbers.value(0).trimmed().toLongLong(&okChecked);
    if (numbers.size() > 1)
        count.problems = numbers[1].trimmed().toLongLong(&okProblems);
    if (eq <= 0 || numbers.size() > 2 || !okChecked || !okProblems)
        return makeError("cli.bad-count",
                         Tr::tr("--count takes ITEM=CHECKED/PROBLEMS (排水井=120/3), not “%1”.")
                             .arg(text.left(60)));
    return count;
}

int runSubmit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Submit the counts of a survey task, as the collector it is given to."));
    const QCommandLineOption on(QStringLiteral("on"),
                                Tr::tr("The survey day (YYYY-MM-DD); default today."),
                                QStringLiteral("DATE"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   Tr::tr("ITEM=CHECKED/PROBLEMS, once per item."),
                                   QStringLiteral("COUNT"));
    const QCommandLineOption note(QStringLiteral("note"), Tr::tr("A note."),
                                  QStringLiteral("TEXT"));
    QCommandLineOption role = roleOption();
    role.setDefaultValue(QStringLiteral("collector"));
    parser.addOptions({on, count, note, asOption(), role});
    int exitCode = Ok;
    auto o = prepare(parser, args, QStringLiteral("task"), true, exitCode);
    if (!o)
        return exitCode;
    const QDate today = o->city->dateAt(QDateTime::currentDateTimeUtc());
    Cases::SurveySubmission s;
    s.taskId = parser.positionalArguments().first();
    s.surveyedOn = parser.isSet(on) ? QDate::fromString(parser.value(on), Qt::ISODate) : today;
    s.note = parser.value(note);
    for (const QString &text : parser.values(count)) {
        auto c = countOption(text);
        if (!c)
            return fail(c.error());
        s.counts << c.value();
    }
    if (auto r = storeOf(*o).submit(s, asLogin(parser), asRole(parser), today); !r)
        return fail(r.error());
    out() << Tr::tr("Counts of %n item(s) stored.", nullptr, int(s.counts.size())) << '\n';
    return Ok;
}

int runTasks(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List a survey campaign's counting tasks."));
    const QCommandLineOption collector(QStringLiteral("collector"),
                                       Tr::tr("Only this collector's tasks."),
                                       QStringLiteral("LOGIN"));
    parser.addOptions({collector, kJson});
    int exitCode = Ok;
    auto o = prepare(parser, args, QStringLiteral("campaign"), false, exitCode);
    if (!o)
        return exitCode;
    auto tasks = storeOf(*o).tasks(parser.positionalArguments().first(), parser.value(collector));
    if (!tasks)
        return fail(tasks.error());
    for (const Cases::SurveyTask &t : tasks.value()) {
        if (parser.isSet(kJson))
            out() << QJsonDocument(QJsonObject{{"id", t.id},
                                               {"grid", t.gridCode},
                                               {"collector", t.collectorLogin}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        else
            out() << t.id << "  " << t.gridCode << "  " << t.collectorName << '\n';
    }
    return Ok;
}

QJsonObject countJson(const Cases::SurveyCount &c)
{
    return {{"item", c.item}, {"checked", c.checked}, {"problems", c.problems}};
}

void printReportText(const Cases::SurveyReport &r)
{
    out() << Tr::tr("%1 (%2 – %3): %4 of %5 tasks complete")
                 .arg(r.campaign.name, r.campaign.startsOn.toString(Qt::ISODate),
                      r.campaign.endsOn.toString(Qt::ISODate))
                 .arg(r.completeTasks())
                 .arg(r.tasks.size())
          << '\n';
    for (const Cases::SurveyCount &t : r.totals)
        out() << Tr::tr("  %1: %2 checked, %3 with problems")
                     .arg(t.item)
                     .arg(t.checked)
                     .arg(t.problems)
              << '\n';
    for (const Cases::SurveyReport::Row &row : r.tasks) {
        QStringList parts;
        for (int i = 0; i < r.items.size(); ++i)
            parts << (row.counts[i] ? QStringLiteral("%1 %2/%3")
                                          .arg(r.items[i])
                                          .arg(row.counts[i]->checked)
                                          .arg(row.counts[i]->problems)
                                    : QStringLiteral("%1 —").arg(r.items[i]));
        out() << "  " << row.task.gridCode << "  " << row.task.collectorName << "  "
              << parts.join(QStringLiteral(", ")) << '\n';
    }
}

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("A survey campaign's results: the totals per item and each grid's counts."));
    parser.addOption(kJson);
    int exitCode = Ok;
    auto o = prepare(parser, args, QStringLiteral("campaign"), false, exitCode);
    if (!o)
        return exitCode;
    auto r = storeOf(*o).report(parser.positionalArguments().first());
    if (!r)
        return fail(r.error());
    if (!parser.isSet(kJson)) {
        printReportText(r.value());
        return Ok;
    }
    QJsonArray totals, tasks;
    for (const Cases::SurveyCount &t : r->totals)
        totals.append(countJson(t));
    for (const Cases::SurveyReport::Row &row : r->tasks) {
        QJsonArray counts;
        for (const auto &c : row.counts)
            counts.append(c ? QJsonValue(countJson(*c)) : QJsonValue());
        tasks.append(QJsonObject{{"id", row.task.id},
                                 {"grid", row.task.gridCode},
                                 {"collector", row.task.collectorLogin},
                                 {"complete", row.complete()},
                                 {"surveyed_on", row.lastSurveyedOn.toString(Qt::ISODate)},
                                 {"counts", counts}});
    }
    out() << QJsonDocument(QJsonObject{{"campaign", r->campaign.name},
                                       {"items", QJsonArray::fromStringList(r->items)},
                                       {"complete_tasks", r->completeTasks()},
                                       {"totals", totals},
                                       {"tasks", tasks}})
                 .toJson(QJsonDocument::Compact)
          << '\n';
    return Ok;
}

} // namespace

int runSurvey(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args[1] : QString();
    QStringList rest = args.mid(2);
    rest.prepend(args.first() + QLatin1Char(' ') + sub);
    if (sub == QLatin1String("items"))
        return runItems(rest);
    if (sub == QLatin1String("add-task"))
        return runAddTask(rest);
    if (sub == QLatin1String("tasks"))
        return runTasks(rest);
    if (sub == QLatin1String("submit"))
        return runSubmit(rest);
    if (sub == QLatin1String("report"))
        return runReport(rest);
    err() << Tr::tr("Usage: cityctl survey items|add-task|tasks|submit|report [OPTIONS]  "
                    "(--help on each)")
          << '\n';
    return sub == QLatin1String("--help") ? Ok : Usage;
}

} // namespace Cc::Cli
