// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace Cc::Storage {
class Database;
}

namespace Cc::Gate {

/// One write request citygate answered (table api_audit, migration 0022).
struct AuditEntry
{
    QDateTime at; ///< UTC
    QString login, credential, ip, method, path;
    int status = 0;
    QString what;
};

/// The audit log of citygate's writes (docs/citygate.md, "Security"): every POST, refused or
/// not, with who, which credential, the client's address, what it wrote and the status.
/// `cityctl api audit` reads it.
class AuditLog
{
public:
    static constexpr int kMaxListed = 10000;

    explicit AuditLog(Storage::Database &db) : m_db(db) {}

    Result<void> append(const AuditEntry &entry);
    /// Appends many entries in one transaction (one disk sync for all).
    Result<void> append(const QList<AuditEntry> &entries);
    /// The newest entries since `since` (invalid: all), newest first, at most `limit`
    /// (capped at kMaxListed); with `login`, only that user's.
    Result<QList<AuditEntry>> list(const QDateTime &since, int limit, const QString &login = {});

private:
    Storage::Database &m_db;
};

} // namespace Cc::Gate
