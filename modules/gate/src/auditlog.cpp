// SPDX-License-Identifier: GPL-3.0-or-later
// citygate's audit log (docs/citygate.md, "Security").
#include <cc/gate/auditlog.h>

#include <cc/storage/database.h>

namespace Cc::Gate {

Result<void> AuditLog::append(const AuditEntry &e)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO api_audit (at, login, credential, ip, method, path, status, what) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    // Bounded: a client chooses the path and the login it claims.
    st->bindText(1, Storage::isoUtc(e.at)).bindText(2, e.login.left(64));
    st->bindText(3, e.credential.left(80)).bindText(4, e.ip.left(64));
    st->bindText(5, e.method.left(16)).bindText(6, e.path.left(300));
    st->bindInt(7, e.status).bindText(8, e.what.left(300));
    return st->exec();
}

Result<void> AuditLog::append(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    for (const AuditEntry &entry : entries) {
        if (auto r = append(entry); !r)
            return r;
    }
    return tx.commit();
}

Result<QList<AuditEntry>> AuditLog::list(const QDateTime &since, int limit, const QString &login)
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT at, login, credential, ip, method, path, status, what FROM api_audit "
        "WHERE at >= ?1 AND (?2 = '' OR login = ?2) ORDER BY fid DESC LIMIT ?3"));
    if (!st)
        return st.error();
    st->bindText(1, since.isValid() ? Storage::isoUtc(since) : QString());
    st->bindText(2, login).bindInt(3, qBound(1, limit, kMaxListed));
    QList<AuditEntry> entries;
    auto r = Storage::forEachRow(st.value(), [&](Storage::Statement &row) {
        entries.append({Storage::fromIsoUtc(row.text(0)), row.text(1), row.text(2), row.text(3),
                        row.text(4), row.text(5), int(row.integer(6)), row.text(7)});
    });
    if (!r)
        return r.error();
    return entries;
}

} // namespace Cc::Gate
