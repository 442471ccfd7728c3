// SPDX-License-Identifier: GPL-3.0-or-later
// The 部门与人员 page's single edits: each is the organisation as it is with one thing
// changed, written through OrgStore::apply (the same checks, one change for the hub).
#include <cc/cases/orgstore.h>

#include "casestr.h"

namespace Cc::Cases {

namespace {

Error unknownUser(const QString &login)
{
    return makeError(QStringLiteral("auth.unknown-user"),
                     Tr::tr("There is no user \"%1\".").arg(login.left(40)));
}

Error unknownDepartment(const QString &code)
{
    return makeError(QStringLiteral("org.unknown-department"),
                     Tr::tr("The department \"%1\" does not exist.").arg(code.left(40)));
}

} // namespace

Result<OrgChangeResult> OrgStore::saveDepartment(const OrgDepartment &d, const QString &adminLogin)
{
    auto now = chart();
    if (!now)
        return now.error();
    bool found = false;
    for (OrgDepartment &existing : now->departments) {
        if (existing.code == d.code) {
            existing = d;
            found = true;
        }
    }
    if (!found)
        now->departments.append(d);
    return apply(now.value(), adminLogin);
}

Result<OrgChangeResult> OrgStore::retireDepartment(const QString &code, const QString &adminLogin)
{
    auto now = chart();
    if (!now)
        return now.error();
    for (OrgDepartment &d : now->departments) {
        if (d.code == code) {
            d.active = false;
            return apply(now.value(), adminLogin);
        }
    }
    return unknownDepartment(code);
}

Result<OrgChangeResult> OrgStore::saveUser(const OrgUser &u, const QString &adminLogin,
                                           const QString &newPassword)
{
    auto now = chart();
    if (!now)
        return now.error();
    bool found = false;
    for (OrgUser &existing : now->users) {
        if (existing.login.compare(u.login, Qt::CaseInsensitive) != 0)
            continue;
        if (existing.id != u.id) // a new user with a login taken
            return makeError(QStringLiteral("org.duplicate-login"),
                             Tr::tr("The login %1 is taken by another user.").arg(u.login));
        existing = u;
        found = true;
    }
    if (!found)
        now->users.append(u);
    QHash<QString, QString> passwords;
    if (!newPassword.isEmpty())
        passwords.insert(u.login, newPassword);
    return apply(now.value(), adminLogin, {}, {}, passwords);
}

Result<OrgChangeResult> OrgStore::setUserActive(const QString &login, bool active,
                                                const QString &adminLogin)
{
    auto now = chart();
    if (!now)
        return now.error();
    for (OrgUser &u : now->users) {
        if (u.login == login) {
            u.active = active;
            return apply(now.value(), adminLogin);
        }
    }
    return unknownUser(login);
}

Result<OrgChangeResult> OrgStore::resetPassword(const QString &login, const QString &password,
                                                const QString &adminLogin)
{
    auto now = chart();
    if (!now)
        return now.error();
    if (!now->user(login))
        return unknownUser(login);
    return apply(now.value(), adminLogin, {}, {}, {{login, password}});
}

Result<OrgChangeResult> OrgStore::deleteUser(const QString &login, const QString &adminLogin)
{
    auto now = chart();
    if (!now)
        return now.error();
    if (!now->user(login))
        return unknownUser(login);
    now->users.removeIf([&](const OrgUser &u) { return u.login == login; });
    return apply(now.value(), adminLogin, {}, {login});
}

} // namespace Cc::Cases
