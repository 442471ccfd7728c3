// SPDX-License-Identifier: GPL-3.0-or-later
#include "roleholder.h"

#include "casestr.h"

namespace Cc::Cases {

Result<RoleHolder> roleHolder(Storage::Database &db, const QString &login, Core::Role role)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT u.id, u.display_name, (SELECT count(*) FROM user_role r WHERE r.user_id = u.id AND r.role = ?2) "
        "FROM app_user u WHERE u.login = ?1 AND u.active = 1"));
    if (!st)
        return st.error();
    st->bindText(1, login).bindText(2, Core::roleId(role));
    auto found = st->step();
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(QStringLiteral("auth.unknown-user"),
                         Tr::tr("No active user \"%1\".").arg(login.left(80)));
    if (st->integer(2) == 0 || role == Core::Role::Invalid)
        return makeError(QStringLiteral("auth.role-not-held"),
                         Tr::tr("%1 does not hold the role %2.").arg(login, Core::roleName(role)));
    return RoleHolder{st->text(0), st->text(1)};
}

} // namespace Cc::Cases
