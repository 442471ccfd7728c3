// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/core/role.h>
#include <cc/storage/database.h>

namespace Cc::Cases {

/// An active user holding a role, read from the database now (a caller's word is not taken
/// for it): the user's id and display name.
struct RoleHolder
{
    QString userId, displayName;
};

/// Refuses "auth.unknown-user" (no such active login) and "auth.role-not-held".
Result<RoleHolder> roleHolder(Storage::Database &db, const QString &login, Core::Role role);

} // namespace Cc::Cases
