// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/sync/pgconnection.h>

#include <memory>
#include <optional>

namespace Cc::Storage {
class Database;
}

namespace Cc::Sync {

/// Checks a CityCommand login against the hub without the password hash leaving it
/// (cc.login_salt, cc.check_login; docs/hub.md "Logins"): the app gives these two to
/// Cases::AuthService as its LoginAuthority. Connects on first use, over the workstation's
/// own hub login; an unreachable hub answers "sync.offline".
class HubLogin
{
public:
    explicit HubLogin(HubCredentials credentials);
    ~HubLogin();

    /// The hub credentials of a joined workstation database (its link, the password from
    /// CITYCOMMAND_HUB_PASSWORD or the credential store); nullopt: not joined, or no password.
    static std::optional<HubCredentials> forDatabase(Storage::Database &db);

    /// "$argon2id$v=19$m=…,t=…,p=1$<salt>$" of `login`'s hash on the hub.
    Result<QString> hashPrefix(const QString &login);
    /// Whether `hash` is `login`'s on the hub ("auth.locked" after too many wrong ones).
    Result<bool> check(const QString &login, const QString &hash);

private:
    Result<PgConnection *> connection();

    HubCredentials m_credentials;
    std::unique_ptr<PgConnection> m_conn;
};

} // namespace Cc::Sync
