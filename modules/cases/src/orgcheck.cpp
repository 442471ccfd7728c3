// SPDX-License-Identifier: GPL-3.0-or-later
// The checks of a change to departments and users (docs/org.md, "Checks"): the same codes
// as the hub's cc.org_problem (modules/sync/src/hub/0010_hub.sql), whoever the caller.
#include <cc/cases/orgstore.h>

#include "casestr.h"

#include <cc/core/role.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Cc::Cases {

namespace {

Error orgError(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message);
}

bool isCode(const QString &code)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_-]{1,20}$"));
    return form.match(code).hasMatch();
}

bool isLogin(const QString &login)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_.@-]{1,40}$"));
    return form.match(login).hasMatch();
}

bool isName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 80;
}

Result<void> checkDepartmentFields(const OrgChart &target)
{
    QSet<QString> codes;
    for (const OrgDepartment &d : target.departments) {
        if (!isCode(d.code) || !isName(d.nameZh) || d.nameEn.size() > 80 || d.type.size() > 40
            || d.phone.size() > 40 || d.level < 1 || d.level > 3)
            return orgError("org.bad-field",
                            Tr::tr("Department \"%1\": a code of 1–20 letters, digits, - or _, a "
                                   "Chinese name of 1–80 characters, a level from 1 to 3.")
                                .arg(d.code.left(40)));
        if (codes.contains(d.code))
            return orgError("org.duplicate-code",
                            Tr::tr("The department code %1 is listed twice.").arg(d.code));
        codes.insert(d.code);
    }
    for (const OrgDepartment &d : target.departments) {
        if (!d.parentCode.isEmpty() && (d.parentCode == d.code || !codes.contains(d.parentCode)))
            return orgError("org.unknown-department",
                            Tr::tr("Department %1: its parent \"%2\" is no other department.")
                                .arg(d.code, d.parentCode.left(40)));
    }
    return {};
}

Result<void> checkUserRoles(const OrgUser &u)
{
    for (const QString &role : u.roles) {
        if (Core::roleFromId(role) == Core::Role::Invalid
            || Core::roleId(Core::roleFromId(role)) != role)
            return orgError("org.unknown-role",
                            Tr::tr("User %1: \"%2\" is no role (operator, shift-leader, "
                                   "dispatcher, department, collector, supervisor, admin).")
                                .arg(u.login, role.left(40)));
    }
    if (u.active && u.roles.isEmpty())
        return orgError("org.no-roles",
                        Tr::tr("User %1 would hold no role: give them one, or deactivate them.")
                            .arg(u.login));
    if (u.roles.contains(QStringLiteral("department")) && u.departmentCode.isEmpty())
        return orgError("org.department-required",
                        Tr::tr("User %1 works for a department (专业部门) but names none.")
                            .arg(u.login));
    return {};
}

Result<void> checkUserFields(const OrgChart &target)
{
    QSet<QString> logins;
    bool admin = false;
    for (const OrgUser &u : target.users) {
        if (!isLogin(u.login) || !isName(u.name) || u.phone.size() > 40 || u.grid.size() > 40)
            return orgError("org.bad-field",
                            Tr::tr("User \"%1\": a login of 1–40 letters, digits, ., @, - or _ "
                                   "and a name of 1–80 characters.")
                                .arg(u.login.left(40)));
        if (logins.contains(u.login.toLower()))
            return orgError("org.duplicate-login",
                            Tr::tr("The login %1 is taken by another user.").arg(u.login));
        logins.insert(u.login.toLower());
        if (auto r = checkUserRoles(u); !r)
            return r;
        if (!u.departmentCode.isEmpty() && !target.department(u.departmentCode))
            return orgError("org.unknown-department",
                            Tr::tr("User %1: the department \"%2\" does not exist.")
                                .arg(u.login, u.departmentCode.left(40)));
        admin = admin || (u.active && u.roles.contains(QStringLiteral("admin")));
    }
    if (!admin)
        return orgError("org.last-admin",
                        Tr::tr("No active administrator would be left: keep at least one."));
    return {};
}

/// How many routes of the rules in force send cases to each department code: the newest
/// configuration version's routes and default, or before the first version the bindings.
Result<QHash<QString, int>> countRoutes(Storage::Database &db)
{
    QHash<QString, int> out;
    auto st = db.prepare(
        QStringLiteral("SELECT document FROM config_version ORDER BY version DESC LIMIT 1"));
    if (!st)
        return st.error();
    auto found = st->step();
    if (!found)
        return found.error();
    if (found.value()) {
        const QJsonObject routing
            = QJsonDocument::fromJson(st->text(0).toUtf8()).object().value("routing").toObject();
        if (const QString fallback = routing.value(QLatin1String("default")).toString();
            !fallback.isEmpty())
            ++out[fallback];
        for (const QJsonValue &r : routing.value(QLatin1String("routes")).toArray())
            ++out[r.toObject().value(QLatin1String("department")).toString()];
        return out;
    }
    auto bound = db.prepare(QStringLiteral("SELECT d.code FROM department_category dc "
                                           "JOIN department d ON d.id = dc.department_id"));
    if (!bound)
        return bound.error();
    if (auto r = Storage::forEachRow(*bound,
                                     [&](const Storage::Statement &row) { ++out[row.text(0)]; });
        !r)
        return r.error();
    return out;
}

} // namespace

Result<void> OrgStore::checkFields(const OrgChart &target)
{
    if (auto r = checkDepartmentFields(target); !r)
        return r;
    return checkUserFields(target);
}

Result<void> OrgStore::checkUse(const OrgChart &target, const OrgChart &current,
                                const QStringList &deletedLogins)
{
    auto routed = countRoutes(m_db);
    if (!routed)
        return routed.error();
    auto openCases = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM case_record WHERE department_id = ?1 "
                       "AND state NOT IN ('closed', 'rejected', 'cancelled')"));
    if (!openCases)
        return openCases.error();
    for (const OrgDepartment &was : current.departments) {
        const OrgDepartment *now = target.department(was.code);
        if (!was.active || (now && now->active))
            continue;
        openCases->reset();
        openCases->bindText(1, was.id);
        auto n = openCases->step();
        if (!n)
            return n.error();
        const qint64 open = openCases->integer(0);
        QString why;
        if (open > 0)
            why = Tr::tr("%n open case(s) are with it", nullptr, int(open));
        else if (routed->value(was.code) > 0)
            why = Tr::tr("the routing in force sends cases to it");
        for (const OrgUser &u : target.users) {
            if (why.isEmpty() && u.active && u.departmentCode == was.code)
                why = Tr::tr("user %1 belongs to it").arg(u.login);
        }
        if (!why.isEmpty())
            return orgError("org.department-in-use",
                            Tr::tr("Department %1 cannot be retired: %2.").arg(was.code, why));
    }
    for (const OrgUser &u : target.users) {
        const OrgDepartment *d = target.department(u.departmentCode);
        if (u.active && d && !d->active)
            return orgError("org.unknown-department",
                            Tr::tr("User %1: the department %2 is retired.").arg(u.login, d->code));
    }
    auto areas = m_db.prepare(QStringLiteral("SELECT 1 FROM grid_responsibility WHERE code = ?1"));
    if (!areas)
        return areas.error();
    for (const OrgUser &u : target.users) {
        const OrgUser *was = current.user(u.login);
        if (u.grid.isEmpty() || (was && was->grid == u.grid))
            continue;
        areas->reset();
        areas->bindText(1, u.grid);
        auto found = areas->step();
        if (!found)
            return found.error();
        if (!found.value())
            return orgError("org.unknown-area",
                            Tr::tr("User %1: the grid \"%2\" is no responsibility grid.")
                                .arg(u.login, u.grid.left(40)));
    }
    auto acted = m_db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM case_event WHERE actor_id = ?1) "
        "+ (SELECT count(*) FROM case_record WHERE created_by = ?1) "
        "+ (SELECT count(*) FROM duty_roster WHERE user_id = ?1) "
        "+ (SELECT count(*) FROM duty_handover WHERE ?1 IN (from_user_id, to_user_id)) "
        "+ (SELECT count(*) FROM duty_log WHERE user_id = ?1)"));
    if (!acted)
        return acted.error();
    for (const QString &login : deletedLogins) {
        const OrgUser *was = current.user(login);
        if (!was)
            return orgError("auth.unknown-user",
                            Tr::tr("There is no user \"%1\".").arg(login.left(40)));
        acted->reset();
        acted->bindText(1, was->id);
        auto n = acted->step();
        if (!n)
            return n.error();
        if (acted->integer(0) > 0)
            return orgError("org.user-has-acted",
                            Tr::tr("User %1 has acted on cases or kept duty and stays in that "
                                   "history: deactivate them instead of deleting.")
                                .arg(was->login));
    }
    return {};
}

Result<QHash<QString, int>> OrgStore::routeCounts()
{
    return countRoutes(m_db);
}

Result<void> OrgStore::validate(const OrgChart &target, const QStringList &deletedLogins)
{
    if (auto r = checkFields(target); !r)
        return r;
    auto current = chart();
    if (!current)
        return current.error();
    return checkUse(target, current.value(), deletedLogins);
}

} // namespace Cc::Cases
