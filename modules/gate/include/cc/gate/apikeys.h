// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Cc::Storage {
class Database;
}

namespace Cc::Gate {

/// One integration's key (table api_key, migration 0019; docs/citygate.md "API keys").
struct ApiKey
{
    QString name;  ///< what the integration is called ("wechat-portal")
    QString login; ///< the user its requests act as (in the operator role)
    QDateTime createdAt, revokedAt;
    QStringList scopes; ///< kApiScopes it may use; empty: all (keys made before scopes)

    bool allows(const QString &scope) const { return scopes.isEmpty() || scopes.contains(scope); }
};

/// The parts of citygate a key may be limited to (docs/citygate.md, "API keys"): Open311
/// reports, the 12345 platform's 工单, citizens' reports.
inline const QStringList kApiScopes = {QStringLiteral("open311"), QStringLiteral("hotline"),
                                       QStringLiteral("citizen")};

/// The API keys of this database. Only a key's SHA-256 is stored; the key itself is returned
/// once by add() and never again.
class ApiKeys
{
public:
    explicit ApiKeys(Storage::Database &db) : m_db(db) {}

    /// A new random key (256 bits, "cg_" + base64url) for `name`, acting as `login`. Refuses a
    /// name already used ("api.duplicate-name") or one that is empty or longer than 64
    /// characters ("api.bad-name"). The caller checks that the login exists and may report.
    /// `scopes`: some of kApiScopes ("api.bad-scope" otherwise); empty: all.
    Result<QString> add(const QString &name, const QString &login, const QStringList &scopes = {});
    Result<QList<ApiKey>> list();
    /// Revokes the key `name` ("api.unknown-key" when there is none, or it is revoked).
    Result<void> revoke(const QString &name);
    /// The key presented by a client: its record when it exists and is not revoked, else
    /// "api.bad-key" (one answer for unknown and revoked, so a client learns nothing).
    Result<ApiKey> verify(const QString &presentedKey);

private:
    Storage::Database &m_db;
};

} // namespace Cc::Gate
