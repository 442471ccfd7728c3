// SPDX-License-Identifier: GPL-3.0-or-later
// What a reviewer reads before an import (`cityctl config diff`, the settings window): one
// line per change, "+" added, "-" removed, "~" changed with before → after.
#include <cc/core/cityrules.h>

#include <QMap>

namespace Cc::Core {

namespace {

QString joined(const QStringList &list)
{
    return list.join(QStringLiteral("; "));
}

/// The fields of a 小类 a reviewer cares about, by name, as text.
QMap<QString, QString> fieldsOf(const Category &c, CaseLevel level)
{
    return {{QStringLiteral("nameZh"), c.nameZh},
            {QStringLiteral("nameEn"), c.nameEn},
            {QStringLiteral("limitUrgent"), c.limitUrgent.toString()},
            {QStringLiteral("limitNormal"), c.limitNormal.toString()},
            {QStringLiteral("defaultLevel"), levelId(level)},
            {QStringLiteral("filing"), joined(c.filingConditions)},
            {QStringLiteral("closing"), joined(c.closingConditions)}};
}

QMap<QString, MajorCategory> majorsByKey(const CategoryDictionary &dictionary)
{
    QMap<QString, MajorCategory> out;
    for (const CaseKind kind : {CaseKind::Component, CaseKind::Event}) {
        for (const MajorCategory &m : dictionary.majors(kind))
            out.insert(kindId(m.kind) + QLatin1Char(':') + m.code, m);
    }
    return out;
}

void diffMajors(const CategoryDictionary &before, const CategoryDictionary &after, QStringList &out)
{
    const QMap<QString, MajorCategory> was = majorsByKey(before), now = majorsByKey(after);
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto old = was.constFind(it.key());
        if (old == was.cend())
            out << QStringLiteral("+ major %1 %2").arg(it.key(), it->nameZh);
        else if (old->nameZh != it->nameZh || old->nameEn != it->nameEn)
            out << QStringLiteral("~ major %1 name %2 → %3").arg(it.key(), old->nameZh, it->nameZh);
    }
    for (auto it = was.cbegin(); it != was.cend(); ++it) {
        if (!now.contains(it.key()))
            out << QStringLiteral("- major %1 %2").arg(it.key(), it->nameZh);
    }
}

void diffCategories(const CityRules &beforeRules, const CityRules &afterRules, QStringList &out)
{
    const CategoryDictionary &before = beforeRules.dictionary();
    const CategoryDictionary &after = afterRules.dictionary();
    for (const Category &c : after.categories()) {
        const Category *old = before.findByKey(c.key());
        if (!old) {
            out << QStringLiteral("+ %1 %2 (%3 / %4)")
                       .arg(c.key(), c.nameZh, c.limitUrgent.toString(), c.limitNormal.toString());
            continue;
        }
        const auto was = fieldsOf(*old, beforeRules.defaultLevel(c.key()));
        const auto now = fieldsOf(c, afterRules.defaultLevel(c.key()));
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (was.value(it.key()) != it.value())
                out << QStringLiteral("~ %1 %2 %3: %4 → %5")
                           .arg(c.key(), c.nameZh, it.key(), was.value(it.key()), it.value());
        }
    }
    for (const Category &c : before.categories()) {
        if (!after.findByKey(c.key()))
            out << QStringLiteral("- %1 %2").arg(c.key(), c.nameZh);
    }
}

QString routeText(const Route &r)
{
    return QStringLiteral("route %1 × %2 (priority %3) → %4")
        .arg(r.categoryKey, r.area.isEmpty() ? QStringLiteral("*") : r.area)
        .arg(r.priority)
        .arg(r.department);
}

} // namespace

QStringList CityRules::differencesFrom(const CityRules &before) const
{
    QStringList out;
    diffMajors(before.m_dictionary, m_dictionary, out);
    diffCategories(before, *this, out);
    for (const QString &id : stageIds()) {
        for (const CaseLevel level : {CaseLevel::Urgent, CaseLevel::Normal}) {
            const TimeLimit was = stageLimit(before.stageLimits(level), id);
            const TimeLimit now = stageLimit(stageLimits(level), id);
            if (was != now)
                out << QStringLiteral("~ stage %1 %2: %3 → %4")
                           .arg(id, levelId(level), was.toString(), now.toString());
        }
    }
    for (const Route &r : m_routes) {
        if (!before.m_routes.contains(r))
            out << QStringLiteral("+ ") + routeText(r);
    }
    for (const Route &r : before.m_routes) {
        if (!m_routes.contains(r))
            out << QStringLiteral("- ") + routeText(r);
    }
    if (before.m_defaultDepartment != m_defaultDepartment)
        out << QStringLiteral("~ default department: %1 → %2")
                   .arg(before.m_defaultDepartment, m_defaultDepartment);
    return out;
}

} // namespace Cc::Core
