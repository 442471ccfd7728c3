// SPDX-License-Identifier: GPL-3.0-or-later
// The field API's login lockout (docs/citygate.md, "Security").
#include <cc/gate/loginlockout.h>

#include <cc/storage/database.h>

#include <QDateTime>

namespace Cc::Gate {

Result<int> LoginLockout::lockedFor(const QString &login)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The failure that started the lock: the `failures`-th most recent one within the window.
    auto st = m_db.prepare(QStringLiteral("SELECT at FROM field_login_failure WHERE login = ?1 "
                                          "AND at > ?2 ORDER BY at DESC LIMIT 1 OFFSET ?3"));
    if (!st)
        return st.error();
    st->bindText(1, login).bindText(2, Storage::isoUtc(now.addSecs(-60 * m_limits.minutes)));
    st->bindInt(3, qMax(0, m_limits.failures - 1));
    auto found = st->step();
    if (!found)
        return found.error();
    if (!found.value())
        return 0;
    const QDateTime until = Storage::fromIsoUtc(st->text(0)).addSecs(60 * m_limits.minutes);
    return int(qMax<qint64>(1, now.secsTo(until)));
}

Result<void> LoginLockout::recordFailure(const QString &login)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Failures older than the window count no more: dropped, so the table stays small.
    auto prune = m_db.prepare(QStringLiteral("DELETE FROM field_login_failure WHERE at <= ?1"));
    if (!prune)
        return prune.error();
    prune->bindText(1, Storage::isoUtc(now.addSecs(-60 * m_limits.minutes)));
    if (auto r = prune->exec(); !r)
        return r.error();
    auto st = m_db.prepare(
        QStringLiteral("INSERT INTO field_login_failure (login, at) VALUES (?1, ?2)"));
    if (!st)
        return st.error();
    st->bindText(1, login).bindText(2, Storage::isoUtc(now));
    return st->exec();
}

Result<void> LoginLockout::clear(const QString &login)
{
    auto st = m_db.prepare(QStringLiteral("DELETE FROM field_login_failure WHERE login = ?1"));
    if (!st)
        return st.error();
    st->bindText(1, login);
    return st->exec();
}

} // namespace Cc::Gate
