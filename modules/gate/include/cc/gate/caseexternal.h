// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QDateTime>
#include <QString>

#include <optional>

namespace Cc::Storage {
class Database;
}

namespace Cc::Gate {

/// A case's link to an outside platform (table case_external, migration 0021;
/// docs/citygate.md, "12345 platform"): the platform (the API key's name), its own id of the
/// case, and where the 办结 and 回访 results go (the notifications' sender reads it).
struct ExternalLink
{
    QString caseId; ///< case_record.id (the table keeps case_record.fid)
    QString caseNumber;
    QString platform, externalId, callbackUrl;
    QDateTime createdAt;
};

class CaseExternal
{
public:
    explicit CaseExternal(Storage::Database &db) : m_db(db) {}

    /// The case a platform's id names, if any (another platform's ids are never found).
    Result<std::optional<ExternalLink>> find(const QString &platform, const QString &externalId);
    /// Links the case `link.caseId` (in the caller's transaction, with the case's write).
    Result<void> link(const ExternalLink &link);

private:
    Storage::Database &m_db;
};

} // namespace Cc::Gate
