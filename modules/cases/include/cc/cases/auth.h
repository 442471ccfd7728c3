// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/caseservice.h>
#include <cc/core/result.h>
#include <cc/core/role.h>
#include <cc/storage/database.h>
#include <cc/storage/rows.h>

#include <functional>

namespace Cc::Cases {

/// A logged-in user: who they are and the roles they may act in.
struct Session
{
    Storage::UserRow user;
    QList<Core::Role> roles; ///< in Core::allRoles() order

    bool has(Core::Role role) const { return roles.contains(role); }
    /// The Actor for one of the user's roles (CaseService re-checks it anyway).
    Actor actor(Core::Role role) const
    {
        return {user.id, user.login, user.displayName, role, user.departmentId};
    }
};

/// The hub's word on a login, for a workstation joined to a hub (docs/hub.md, "Logins"): the
/// salt and parameters of the user's hash there, and whether a hash is the user's. The hash
/// itself never leaves the hub. An error other than "auth.locked" means the hub cannot be
/// asked now: the hash kept on this workstation decides.
struct LoginAuthority
{
    std::function<Result<QString>(const QString &login)> hashPrefix;
    std::function<Result<bool>(const QString &login, const QString &hash)> check;
    bool isSet() const { return hashPrefix && check; }
};

/// Passwords are stored as argon2id hashes (libsodium crypto_pwhash_str, interactive
/// limits); the clear text is never stored or logged.
class AuthService
{
public:
    /// The shortest password setPassword() accepts, in characters.
    static constexpr int kMinPasswordLength = 8;

    explicit AuthService(Storage::Database &db) : m_db(db) {}

    /// Logins ask the hub first when it is reachable: a password changed or a user disabled
    /// there counts at once, and a user who has not logged in here before can. A login the hub
    /// accepts keeps that user's hash here, for logging in while the hub is away.
    void setAuthority(LoginAuthority authority) { m_authority = std::move(authority); }

    /// Refuses an unknown or inactive user and a wrong password with the same message
    /// ("auth.failed"), so a login form does not reveal which logins exist. Takes as long
    /// for an unknown login as for a wrong password (one argon2id verification either way).
    /// A right password for a user who holds no role is refused with "auth.no-role".
    Result<Session> login(const QString &login, const QString &password);
    /// Sets a user's password (at least 8 characters: "auth.weak-password"; an unknown
    /// login: "auth.unknown-user"). Works for inactive users too (an admin may prepare one).
    Result<void> setPassword(const QString &login, const QString &password);

    /// "$argon2id$v=19$m=65536,t=2,p=1$…" with a fresh random salt; slow on purpose.
    static Result<QString> hashPassword(const QString &password);
    /// false for a wrong password and for an empty or malformed hash.
    static bool verifyPassword(const QString &hash, const QString &password);
    /// The argon2id hash of `password` with the parameters and salt of `prefix`
    /// ("$argon2id$v=19$m=…,t=…,p=1$<salt>$"), in the same form as hashPassword()'s.
    static Result<QString> hashWithPrefix(const QString &prefix, const QString &password);

private:
    enum class HubWord { Unreachable, Refused, Accepted };
    Result<HubWord> askHub(const QString &login, const QString &password, QString *hash);
    Result<Session> sessionFor(const Storage::UserRow &user, const QString &login);

    Storage::Database &m_db;
    LoginAuthority m_authority;
};

} // namespace Cc::Cases
