// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QDateTime>
#include <QString>

namespace Cc::Storage {
class Database;
}

namespace Cc::Gate {

/// A bearer token just issued: the token itself leaves once, in the login's answer.
struct IssuedToken
{
    QString token;
    QDateTime expiresAt; ///< UTC
};

/// The field API's bearer tokens (table field_token, migration 0020; docs/citygate.md,
/// "Field API v1"). Only a token's SHA-256 is stored.
class FieldTokens
{
public:
    static constexpr int kLifetimeHours = 12; ///< one working day in the field

    explicit FieldTokens(Storage::Database &db) : m_db(db) {}

    Result<IssuedToken> issue(const QString &login);
    /// The login a presented token acts for, or "field.bad-token" (missing, unknown,
    /// expired and revoked alike: a client learns nothing).
    Result<QString> verify(const QString &presentedToken);
    /// Revokes the token (a token already revoked or unknown: "field.bad-token").
    Result<void> revoke(const QString &presentedToken);
    /// Revokes every token of `login` still valid (`cityctl api token revoke`: a lost phone);
    /// returns how many.
    Result<int> revokeAllOf(const QString &login);

private:
    Storage::Database &m_db;
};

} // namespace Cc::Gate
