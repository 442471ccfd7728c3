// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl kpi: the published figures and the evaluation (综合评价) for a period, as of now
// and as published side by side; `kpi publish` freezes a period; `kpi rules` prints the
// evaluation's rules (docs/kpi.md).
#include "cli.h"

#include <cc/cases/evaluation.h>
#include <cc/cases/kpicomparison.h>
#include <cc/cases/kpipublication.h>
#include <cc/city/citycontext.h>
#include <cc/core/role.h>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cc::Cli {

namespace {

struct Loaded
{
    std::unique_ptr<Storage::Database> db;
    std::unique_ptr<City::CityContext> city;
    Core::KpiRules rules;
};

Result<Loaded> load(const QCommandLineParser &parser)
{
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite); // migrates an older file
    if (!db)
        return db.error();
    auto city = City::CityContext::load(**db);
    if (!city)
        return city.error();
    auto rules = (*city)->kpiRules();
    if (!rules)
        return rules.error();
    Loaded l{std::move(db).value(), std::move(city).value(), rules.value()};
    return l;
}

Cases::KpiPublisher publisherOf(const Loaded &l)
{
    return Cases::KpiPublisher(*l.db, {l.city->timeZone(), l.city->cityName(), l.rules,
                                       &l.city->categories()});
}

/// --period P, or --from D --to D: whole days of the city.
Result<Cases::KpiPeriod> periodOf(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("period")))
        return Cases::parsePeriod(parser.value(QStringLiteral("period")));
    const QDate first = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return makeError(QStringLiteral("usage"),
                         Tr::tr("--from and --to take dates like 2026-01-31 (or give --period)."));
    if (last < first)
        return makeError(QStringLiteral("usage"), Tr::tr("--to is before --from."));
    return Cases::KpiPeriod{first, last};
}

void addPeriodOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("from"), Tr::tr("First day (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("to"), Tr::tr("Last day (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("period"),
                      Tr::tr("2017, 2017-Q4, 2017-12, 2017-W05, 2017-12-31 or FROM..TO."),
                      QStringLiteral("PERIOD")});
}

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

/// The published indicators of a row: "reported": 8347, "close_rate": 97.4 … (null: "—").
QJsonObject figuresJson(const Core::CaseFigures &figures)
{
    QJsonObject o;
    for (const Core::FigureValue &v : Core::figureValues(figures))
        o.insert(QString(v.id).replace(QLatin1Char('-'), QLatin1Char('_')), number(v.value));
    return o;
}

QJsonObject evaluationJson(const Core::Evaluation &e)
{
    QJsonArray indicators;
    for (const Core::Indicator &i : e.indicators)
        indicators.append(
            QJsonObject{{"id", i.id},
                        {"name", i.name},
                        {"value", i.hasValue ? QJsonValue(i.value) : QJsonValue(QJsonValue::Null)},
                        {"weight", i.weight},
                        {"numerator", i.numerator},
                        {"denominator", i.denominator},
                        {"formula", Core::indicatorFormula(i.id)}});
    return {{"score", e.hasScore ? QJsonValue(e.score) : QJsonValue(QJsonValue::Null)},
            {"grade", e.hasScore ? QJsonValue(QString(e.grade)) : QJsonValue(QJsonValue::Null)},
            {"indicators", indicators}};
}

struct Row
{
    QString key, name;
    Core::Role role = Core::Role::Invalid;
    std::optional<Core::CaseFigures> figures;
    Core::Evaluation evaluation;
};

/// Rows of the scope; posts are evaluated per post (Cases::evaluate), with the figures of
/// the reports each registered.
Result<QList<Row>> rowsOf(Loaded &l, Cases::FigureScope scope, const Cases::KpiPeriod &p,
                          const QDateTime &now)
{
    auto figures = publisherOf(l).current(scope, p.first, p.last, now);
    if (!figures)
        return figures.error();
    QList<Row> rows;
    if (scope != Cases::FigureScope::Post) {
        for (const Cases::FigureRow &f : figures.value())
            rows << Row{f.key, f.name, Core::Role::Invalid, f.figures, f.evaluation};
        return rows;
    }
    QHash<QString, Core::CaseFigures> byUser;
    for (const Cases::FigureRow &f : figures.value())
        byUser.insert(f.key, f.figures);
    auto posts = Cases::evaluate(*l.db, Cases::EvaluationScope::Post, l.city->startOfDay(p.first),
                                 l.city->startOfDay(p.last.addDays(1)), now, l.rules);
    if (!posts)
        return posts.error();
    for (const Cases::EvaluationRow &e : posts.value()) {
        Row row{e.key, e.name, e.role, std::nullopt, e.evaluation};
        if (e.role == Core::Role::Collector || e.role == Core::Role::Operator)
            row.figures = byUser.value(e.key);
        rows << row;
    }
    return rows;
}

QString cell(const std::optional<double> &v, bool percentSign)
{
    if (!v)
        return QStringLiteral("—");
    return percentSign ? QStringLiteral("%1%").arg(*v, 0, 'f', 2) : QString::number(*v, 'f', 0);
}

void printText(const QList<Row> &rows, const QHash<QString, Core::CaseFigures> &published,
               bool hasPublished)
{
    const QStringList ids
        = {"reported",          "filed", "due", "closed", "closed-in-time", "close-rate",
           "in-time-close-rate"};
    QStringList header{Tr::tr("Name").leftJustified(18)};
    for (const QString &id : ids)
        header << Core::figureValue({}, id).name;
    header << Tr::tr("Score") << Tr::tr("Grade");
    if (hasPublished)
        header << Tr::tr("Closing rate as published");
    out() << header.join(QStringLiteral("  ")) << '\n';
    for (const Row &row : rows) {
        QStringList parts{
            row.role == Core::Role::Invalid
                ? row.name.leftJustified(18)
                : (row.name + QLatin1Char('/') + Core::roleName(row.role)).leftJustified(18)};
        for (const QString &id : ids) {
            const Core::FigureValue v = row.figures ? Core::figureValue(*row.figures, id)
                                                    : Core::FigureValue{};
            parts << cell(row.figures ? v.value : std::nullopt,
                          v.kind == Core::FigureValue::Percent);
        }
        parts << (row.evaluation.hasScore ? QString::number(row.evaluation.score, 'f', 1)
                                          : QStringLiteral("—"));
        parts << (row.evaluation.hasScore ? QString(row.evaluation.grade) : QStringLiteral("—"));
        if (hasPublished) {
            const auto it = published.constFind(row.key);
            parts << (it == published.cend()
                          ? QStringLiteral("—")
                          : cell(Core::figureValue(*it, QStringLiteral("close-rate")).value, true));
        }
        out() << parts.join(QStringLiteral("  ")) << '\n';
    }
}

/// 环比 / 同比 of the headline rates (Cases::rateChange, as the evaluation tab shows them).
QJsonObject compareJson(const Core::CaseFigures &now, const Cases::FiguresByKey &then,
                        const QString &key)
{
    QJsonObject o;
    const auto it = then.constFind(key);
    const Core::CaseFigures *before = it == then.cend() ? nullptr : &*it;
    for (const char *id : {"close-rate", "in-time-close-rate"}) {
        const QString name = QString::fromLatin1(id).replace(QLatin1Char('-'), QLatin1Char('_'));
        o.insert(name, number(before ? Core::figureValue(*before, QLatin1String(id)).value
                                     : std::nullopt));
        o.insert(name + QLatin1String("_change"),
                 number(Cases::rateChange(now, before, QLatin1String(id))));
    }
    return o;
}

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print the figures and the evaluation (综合评价) of a period (whole days "
               "in the city's time zone), as of now and as published."));
    parser.addOption(dbOption());
    addPeriodOptions(parser);
    const QCommandLineOption by(QStringLiteral("by"),
                                Tr::tr(
                                    "city, street, community, grid, unit-grid, department, post, "
                                    "channel, kind or class."),
                                QStringLiteral("SCOPE"), QStringLiteral("department"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     Tr::tr(
                                         "Add 环比 (previous period) and 同比 (a year before)."));
    parser.addOptions({by, json, compare});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    auto period = periodOf(parser);
    if (!period)
        return period.error().code == QLatin1String("usage") ? usage(parser, period.error().message)
                                                             : fail(period.error());
    const Cases::FigureScope scope = Cases::figureScopeFromId(parser.value(by));
    if (scope == Cases::FigureScope::Invalid)
        return usage(
            parser,
            Tr::tr(
                "--by is city, street, community, grid, unit-grid, department, post, channel, kind or class."));
    auto loaded = load(parser);
    if (!loaded)
        return fail(loaded.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto rows = rowsOf(*loaded, scope, *period, now);
    if (!rows)
        return fail(rows.error());
    auto published = publisherOf(*loaded).published(scope, period->first, period->last);
    if (!published)
        return fail(published.error());
    const Cases::FiguresByKey publishedByKey = *published
                                                   ? Cases::figuresByKey(published->value().rows)
                                                   : Cases::FiguresByKey();
    Cases::FigureComparison comparison;
    if (parser.isSet(compare)) {
        auto publisher = publisherOf(*loaded);
        auto c = Cases::compareFigures(publisher, scope, *period, now);
        if (!c)
            return fail(c.error());
        comparison = std::move(c).value();
    }
    if (!parser.isSet(json)) {
        out() << Tr::tr("Figures %1 – %2 by %3 (as of now)")
                     .arg(period->first.toString(Qt::ISODate), period->last.toString(Qt::ISODate),
                          parser.value(by))
              << '\n';
        if (*published)
            out() << Tr::tr("Published %1 by %2")
                         .arg(published->value().publishedAt.toString(Qt::ISODate),
                              published->value().publishedByName)
                  << '\n';
        printText(rows.value(), publishedByKey, published->has_value());
        return Ok;
    }
    QJsonArray array;
    for (const Row &row : rows.value()) {
        QJsonObject o = row.figures ? figuresJson(*row.figures) : QJsonObject();
        o.insert("key", row.key);
        o.insert("name", row.name);
        const QJsonObject e = evaluationJson(row.evaluation);
        for (auto it = e.begin(); it != e.end(); ++it)
            o.insert(it.key(), it.value());
        if (row.role != Core::Role::Invalid)
            o.insert("role", Core::roleId(row.role));
        const auto it = publishedByKey.constFind(row.key);
        o.insert("published",
                 it == publishedByKey.cend() ? QJsonValue() : QJsonValue(figuresJson(*it)));
        if (row.figures && parser.isSet(compare)) {
            o.insert("previous_period",
                     compareJson(*row.figures, comparison.previousFigures, row.key));
            o.insert("same_period_last_year",
                     compareJson(*row.figures, comparison.lastYearFigures, row.key));
        }
        array.append(o);
    }
    QJsonObject doc{{"from", period->first.toString(Qt::ISODate)},
                    {"to", period->last.toString(Qt::ISODate)},
                    {"by", parser.value(by)},
                    {"due_method", Core::dueMethodId(loaded->rules.dueMethod)},
                    {"target_close_rate", loaded->rules.targetCloseRate},
                    {"rows", array}};
    doc.insert("published_at", *published
                                   ? QJsonValue(Storage::isoUtc(published->value().publishedAt))
                                   : QJsonValue());
    out() << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    return Ok;
}

int runPublish(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Publish (freeze) a period's figures, as a shift leader or an administrator."));
    parser.addOption(dbOption());
    addPeriodOptions(parser);
    const QCommandLineOption as(QStringLiteral("as"), Tr::tr("Login of the publishing user."),
                                QStringLiteral("LOGIN"));
    const QCommandLineOption role(QStringLiteral("role"), Tr::tr("shift-leader or admin."),
                                  QStringLiteral("ROLE"), QStringLiteral("shift-leader"));
    parser.addOptions({as, role});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (!parser.isSet(as))
        return usage(parser, Tr::tr("--as LOGIN is required."));
    auto period = periodOf(parser);
    if (!period)
        return period.error().code == QLatin1String("usage") ? usage(parser, period.error().message)
                                                             : fail(period.error());
    auto loaded = load(parser);
    if (!loaded)
        return fail(loaded.error());
    auto r = publisherOf(*loaded).publish(parser.value(as), Core::roleFromId(parser.value(role)),
                                          period->first, period->last,
                                          QDateTime::currentDateTimeUtc());
    if (!r)
        return fail(r.error());
    out() << Tr::tr("Published the figures of %1 – %2.")
                 .arg(period->first.toString(Qt::ISODate), period->last.toString(Qt::ISODate))
          << '\n';
    return Ok;
}

int runRules(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print the evaluation's rules (the setting kpi.rules over the defaults), "
               "or set them from a JSON file as an administrator."));
    parser.addOption(dbOption());
    const QCommandLineOption set(QStringLiteral("set"),
                                 Tr::tr("JSON file with the rules to store."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption as(QStringLiteral("as"), Tr::tr("Login of the administrator."),
                                QStringLiteral("LOGIN"));
    parser.addOptions({set, as});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (parser.isSet(set)) {
        QFile file(parser.value(set));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 1 << 20)
            return fail(makeError(QStringLiteral("cli.read"),
                                  Tr::tr("Cannot read %1 (at most 1 MiB).").arg(file.fileName())));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject())
            return fail(makeError(QStringLiteral("kpi.bad-rules"),
                                  Tr::tr("%1 is not a JSON object.").arg(file.fileName())));
        auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
        if (!db)
            return fail(db.error());
        if (auto r = Cases::KpiPublisher::saveRules(**db, parser.value(as), Core::Role::Admin,
                                                    doc.object());
            !r)
            return fail(r.error());
    }
    auto loaded = load(parser);
    if (!loaded)
        return fail(loaded.error());
    out() << QJsonDocument(loaded->rules.toJson()).toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace

int runKpi(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args[1] : QString();
    if (sub == QLatin1String("publish") || sub == QLatin1String("rules")) {
        QStringList rest = args.mid(2);
        rest.prepend(args.first() + QLatin1Char(' ') + sub);
        return sub == QLatin1String("publish") ? runPublish(rest) : runRules(rest);
    }
    return runReport(args);
}

} // namespace Cc::Cli
