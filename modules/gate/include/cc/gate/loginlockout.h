// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QString>

namespace Cc::Storage {
class Database;
}

namespace Cc::Gate {

/// The field API's lockout of a login after wrong passwords (table field_login_failure,
/// migration 0022; docs/citygate.md, "Security"): `failures` wrong passwords within
/// `minutes` lock the login until the oldest of them is `minutes` old, as the hub does
/// (docs/hub.md, "Limits"). Unknown logins count alike, so the lock says nothing of which
/// logins exist. Kept in the database: a restart of citygate unlocks nobody.
class LoginLockout
{
public:
    struct Limits
    {
        int failures = 10;
        int minutes = 15;
    };

    LoginLockout(Storage::Database &db, Limits limits) : m_db(db), m_limits(limits) {}

    /// Seconds until `login` may try again; 0 when it is not locked.
    Result<int> lockedFor(const QString &login);
    Result<void> recordFailure(const QString &login);
    /// A right password forgets the login's earlier failures.
    Result<void> clear(const QString &login);
    Limits limits() const { return m_limits; }

private:
    Storage::Database &m_db;
    Limits m_limits;
};

} // namespace Cc::Gate
