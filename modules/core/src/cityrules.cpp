// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/cityrules.h>

#include "coretr.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Cc::Core {

namespace {

constexpr char kFormat[] = "citycommand-config";
constexpr int kMaxPriority = 1000;

Error configError(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message);
}

/// The dictionary's own refusals under the config file's codes (docs/config.md), so that a
/// reviewer meets one family of codes whichever part of the file is wrong.
Error fromDictionaryError(const Error &e)
{
    static const QHash<QString, const char *> codes{
        {QStringLiteral("category.bad-json"), "config.bad-json"},
        {QStringLiteral("category.bad-version"), "config.bad-version"},
        {QStringLiteral("category.duplicate"), "config.duplicate-code"},
        {QStringLiteral("category.unknown-major"), "config.unknown-code"},
        {QStringLiteral("category.bad-code"), "config.bad-code"},
        {QStringLiteral("category.bad-limit"), "config.bad-limit"},
    };
    return configError(codes.value(e.code, "config.bad-field"), e.message);
}

QString routeName(qsizetype index, const Route &r)
{
    return QStringLiteral("routes[%1] (%2 × %3, priority %4)")
        .arg(index)
        .arg(r.categoryKey, r.area.isEmpty() ? QStringLiteral("*") : r.area)
        .arg(r.priority);
}

Result<void> checkCategoryLimits(const CategoryDictionary &dictionary)
{
    for (const Category &c : dictionary.categories()) {
        for (const TimeLimit &limit : {c.limitUrgent, c.limitNormal}) {
            if (!CityRules::isPlausible(limit))
                return configError("config.bad-limit",
                                   Tr::tr("Configuration: %1 %2 has the limit %3, longer than "
                                          "a year; check the unit (wh, wd, h, m).")
                                       .arg(c.key(), c.nameZh, limit.toString()));
        }
    }
    return {};
}

Result<TimeLimit> readLimit(const QJsonValue &value, const QString &where)
{
    auto limit = TimeLimit::parse(value.toString());
    if (!limit)
        return configError("config.bad-limit",
                           Tr::tr("Configuration: %1: %2").arg(where, limit.error().message));
    if (!CityRules::isPlausible(*limit))
        return configError("config.bad-limit",
                           Tr::tr("Configuration: %1 is %2, longer than a year; check the unit.")
                               .arg(where, limit->toString()));
    return limit;
}

/// "stageLimits": {"accept": {"urgent": "15m", "normal": "30m"}, …}; a stage left out keeps
/// the default.
Result<void> readStageLimits(const QJsonValue &value, StageLimits &urgent, StageLimits &normal)
{
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        return configError("config.bad-field",
                           Tr::tr("Configuration: \"stageLimits\" must be an object of stages."));
    const QJsonObject stages = value.toObject();
    for (auto it = stages.begin(); it != stages.end(); ++it) {
        if (!CityRules::stageIds().contains(it.key()))
            return configError("config.unknown-code",
                               Tr::tr("Configuration: unknown stage \"%1\" in \"stageLimits\"; "
                                      "the stages are %2.")
                                   .arg(it.key().left(40), CityRules::stageIds().join(", ")));
        const QJsonObject levels = it.value().toObject();
        for (const char *level : {"urgent", "normal"}) {
            const QString where = QStringLiteral("stageLimits.%1.%2").arg(it.key(), level);
            auto limit = readLimit(levels.value(QLatin1String(level)), where);
            if (!limit)
                return limit.error();
            CityRules::stageLimit(qstrcmp(level, "urgent") == 0 ? urgent : normal, it.key())
                = *limit;
        }
    }
    return {};
}

Result<Route> readRoute(const QJsonObject &o, qsizetype index, const CategoryDictionary &dict)
{
    Route r;
    r.categoryKey = o.value(QLatin1String("category")).toString();
    r.area = o.value(QLatin1String("area")).toString();
    r.department = o.value(QLatin1String("department")).toString();
    const QJsonValue priority = o.value(QLatin1String("priority"));
    r.priority = priority.isUndefined() ? 0 : priority.toInt(-1);
    if (!dict.findByKey(r.categoryKey))
        return configError("config.unknown-code",
                           Tr::tr("Configuration: %1 names the category \"%2\", which the "
                                  "dictionary does not have.")
                               .arg(routeName(index, r), r.categoryKey.left(40)));
    if (r.department.trimmed().isEmpty())
        return configError("config.bad-field", Tr::tr("Configuration: %1 names no department.")
                                                   .arg(routeName(index, r)));
    if (!priority.isUndefined()
        && (!priority.isDouble() || r.priority < 0 || r.priority > kMaxPriority
            || priority.toDouble() != r.priority))
        return configError("config.bad-field",
                           Tr::tr("Configuration: routes[%1] has the priority %2; a priority "
                                  "is a whole number from 0 to %3.")
                               .arg(index)
                               .arg(priority.toVariant().toString())
                               .arg(kMaxPriority));
    return r;
}

Result<void> readRouting(const QJsonValue &value, const CategoryDictionary &dict,
                         QList<Route> &routes, QString &defaultDepartment)
{
    if (value.isUndefined())
        return {};
    const QJsonObject routing = value.toObject();
    if (!value.isObject()
        || (routing.contains(QLatin1String("routes"))
            && !routing.value(QLatin1String("routes")).isArray()))
        return configError("config.bad-field",
                           Tr::tr("Configuration: \"routing\" must be an object with a list "
                                  "\"routes\" and an optional \"default\" department."));
    defaultDepartment = routing.value(QLatin1String("default")).toString();
    const QJsonArray list = routing.value(QLatin1String("routes")).toArray();
    QHash<QString, qsizetype> seen; // category|area|priority → first index
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto route = readRoute(list.at(i).toObject(), i, dict);
        if (!route)
            return route.error();
        const QString key
            = QStringLiteral("%1|%2|%3").arg(route->categoryKey, route->area).arg(route->priority);
        if (auto it = seen.constFind(key); it != seen.cend())
            return configError("config.overlapping-route",
                               Tr::tr("Configuration: %1 overlaps routes[%2]: the same category, "
                                      "area and priority cannot send a case to two places.")
                                   .arg(routeName(i, *route))
                                   .arg(*it));
        seen.insert(key, i);
        routes.append(*route);
    }
    return {};
}

/// Each 小类's "defaultLevel" ("urgent" or "normal"; absent: normal), by key.
Result<QHash<QString, CaseLevel>> readDefaultLevels(const QJsonArray &categories)
{
    QHash<QString, CaseLevel> levels;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QJsonObject o = categories.at(i).toObject();
        const QJsonValue value = o.value(QLatin1String("defaultLevel"));
        if (value.isUndefined())
            continue;
        const CaseLevel level = levelFromId(value.toString());
        if (level == CaseLevel::Invalid)
            return configError("config.bad-field",
                               Tr::tr("Configuration: categories[%1] has the default level "
                                      "\"%2\"; use \"urgent\" or \"normal\".")
                                   .arg(i)
                                   .arg(value.toVariant().toString().left(40)));
        if (level != CaseLevel::Normal)
            levels.insert(kindId(kindFromId(o.value(QLatin1String("kind")).toString()))
                              + QLatin1Char(':') + o.value(QLatin1String("code")).toString(),
                          level);
    }
    return levels;
}

QJsonObject routeJson(const Route &r)
{
    return QJsonObject{{QLatin1String("category"), r.categoryKey},
                       {QLatin1String("area"), r.area},
                       {QLatin1String("department"), r.department},
                       {QLatin1String("priority"), r.priority}};
}

} // namespace

QStringList CityRules::stageIds()
{
    return {QStringLiteral("accept"),   QStringLiteral("verify"),     QStringLiteral("file"),
            QStringLiteral("dispatch"), QStringLiteral("send-check"), QStringLiteral("check"),
            QStringLiteral("close")};
}

TimeLimit &CityRules::stageLimit(StageLimits &l, const QString &id)
{
    if (id == QLatin1String("accept"))
        return l.accept;
    if (id == QLatin1String("verify"))
        return l.verify;
    if (id == QLatin1String("file"))
        return l.file;
    if (id == QLatin1String("dispatch"))
        return l.dispatch;
    if (id == QLatin1String("send-check"))
        return l.sendCheck;
    if (id == QLatin1String("check"))
        return l.check;
    return l.close;
}

TimeLimit CityRules::stageLimit(const StageLimits &limits, const QString &id)
{
    return stageLimit(const_cast<StageLimits &>(limits), id);
}

bool CityRules::isPlausible(const TimeLimit &limit)
{
    if (!limit.isValid())
        return false;
    switch (limit.unit) {
    case TimeLimit::Unit::WorkingDays:
        return limit.amount <= 250;
    case TimeLimit::Unit::WorkingHours:
        return limit.amount <= 2000;
    case TimeLimit::Unit::CalendarHours:
        return limit.amount <= 8760;
    case TimeLimit::Unit::CalendarMinutes:
        return true; // the parser's ceiling (99,999 minutes) is under a year
    case TimeLimit::Unit::Invalid:
        break;
    }
    return false;
}

CityRules CityRules::seed(const CategoryDictionary &dictionary)
{
    CityRules rules;
    rules.m_dictionary = dictionary;
    return rules;
}

Result<CityRules> CityRules::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return configError("config.bad-json",
                           Tr::tr("The configuration file is not a JSON object."));
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (!format.isUndefined() && format.toString() != QLatin1String(kFormat))
        return configError("config.bad-version", Tr::tr("The file's format is \"%1\", not \"%2\".")
                                                     .arg(format.toVariant().toString().left(40),
                                                          QLatin1String(kFormat)));
    auto dictionary = CategoryDictionary::fromJson(json);
    if (!dictionary)
        return fromDictionaryError(dictionary.error());
    if (dictionary->categories().isEmpty())
        return configError("config.bad-field",
                           Tr::tr("Configuration: the dictionary has no category."));
    if (auto r = checkCategoryLimits(*dictionary); !r)
        return r.error();
    CityRules rules;
    rules.m_dictionary = std::move(dictionary).value();
    auto levels = readDefaultLevels(root.value(QLatin1String("categories")).toArray());
    if (!levels)
        return levels.error();
    rules.m_defaultLevels = levels.value();
    if (auto r = readStageLimits(root.value(QLatin1String("stageLimits")), rules.m_urgent,
                                 rules.m_normal);
        !r)
        return r.error();
    if (auto r = readRouting(root.value(QLatin1String("routing")), rules.m_dictionary,
                             rules.m_routes, rules.m_defaultDepartment);
        !r)
        return r.error();
    return rules;
}

QByteArray CityRules::toJson() const
{
    QJsonObject root = QJsonDocument::fromJson(m_dictionary.toJson()).object();
    root.remove(QLatin1String("note"));
    QJsonArray categories = root.value(QLatin1String("categories")).toArray();
    for (qsizetype i = 0; i < categories.size(); ++i) {
        QJsonObject c = categories.at(i).toObject();
        const QString key = c.value(QLatin1String("kind")).toString() + QLatin1Char(':')
                            + c.value(QLatin1String("code")).toString();
        c.insert(QLatin1String("defaultLevel"), levelId(defaultLevel(key)));
        categories.replace(i, c);
    }
    root.insert(QLatin1String("categories"), categories);
    root.insert(QLatin1String("format"), QLatin1String(kFormat));
    QJsonObject stages;
    for (const QString &id : stageIds()) {
        stages.insert(id,
                      QJsonObject{{QLatin1String("urgent"), stageLimit(m_urgent, id).toString()},
                                  {QLatin1String("normal"), stageLimit(m_normal, id).toString()}});
    }
    root.insert(QLatin1String("stageLimits"), stages);
    QJsonArray routes;
    for (const Route &r : m_routes)
        routes.append(routeJson(r));
    QJsonObject routing{{QLatin1String("routes"), routes}};
    if (!m_defaultDepartment.isEmpty())
        routing.insert(QLatin1String("default"), m_defaultDepartment);
    root.insert(QLatin1String("routing"), routing);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString CityRules::departmentFor(const QString &categoryKey, const QString &area) const
{
    const Route *best = nullptr;
    for (const Route &r : m_routes) {
        if (r.categoryKey != categoryKey || !(r.area.isEmpty() || r.area == area))
            continue;
        const bool better = !best || r.priority > best->priority
                            || (r.priority == best->priority && best->area.isEmpty()
                                && !r.area.isEmpty());
        if (better)
            best = &r;
    }
    return best ? best->department : m_defaultDepartment;
}

} // namespace Cc::Core
