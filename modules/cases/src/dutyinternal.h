// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/core/role.h>
#include <cc/storage/database.h>

#include <QSet>

/// What DutyBook's files share (duty.cpp, dutylog.cpp).
namespace Cc::Cases::DutyInternal {

constexpr int kMaxNote = 2000; ///< characters of a note or a log entry

Error dutyError(const char *code, const QString &message);

/// An active user and the roles the users table gives them now.
struct User
{
    QString id, name;
    QSet<Core::Role> roles;
};
Result<User> activeUser(Storage::Database &db, const QString &login);
bool holdsAny(const User &user, std::initializer_list<Core::Role> roles);
/// 受理员, 值班长, 派遣员, 督查 or 管理员: the posts of the command hall.
bool isHall(const User &user);
/// Not empty, at most kMaxNote characters; `what` names it in the refusal, translated.
Result<void> checkDutyText(const QString &text, const QString &what);

} // namespace Cc::Cases::DutyInternal
