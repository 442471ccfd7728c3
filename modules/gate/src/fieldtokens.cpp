// SPDX-License-Identifier: GPL-3.0-or-later
// Bearer tokens of the field API (docs/citygate.md, "Field API v1").
#include <cc/gate/fieldtokens.h>

#include "gatetr.h"

#include <cc/storage/database.h>

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Cc::Gate {

namespace {

constexpr int kMaxTokenChars = 128;

QString sha256Hex(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return QStringLiteral("ft_")
           + QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Error refused()
{
    return makeError("field.bad-token",
                     Tr::tr("The bearer token is missing, expired or not valid; log in again."));
}

} // namespace

Result<IssuedToken> FieldTokens::issue(const QString &login)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    IssuedToken issued{newToken(), now.addSecs(kLifetimeHours * 3600)};
    auto st = m_db.prepare(QStringLiteral("INSERT INTO field_token (token_sha256, login, "
                                          "created_at, expires_at) VALUES (?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bindText(1, sha256Hex(issued.token)).bindText(2, login);
    st->bindText(3, Storage::isoUtc(now)).bindText(4, Storage::isoUtc(issued.expiresAt));
    if (auto r = st->exec(); !r)
        return r.error();
    return issued;
}

Result<QString> FieldTokens::verify(const QString &presentedToken)
{
    if (presentedToken.isEmpty() || presentedToken.size() > kMaxTokenChars)
        return refused();
    auto st = m_db.prepare(QStringLiteral("SELECT login FROM field_token WHERE token_sha256 = ?1 "
                                          "AND revoked_at IS NULL AND expires_at > ?2"));
    if (!st)
        return st.error();
    st->bindText(1, sha256Hex(presentedToken))
        .bindText(2, Storage::isoUtc(QDateTime::currentDateTimeUtc()));
    auto found = st->step();
    if (!found)
        return found.error();
    if (!found.value())
        return refused();
    return st->text(0);
}

Result<void> FieldTokens::revoke(const QString &presentedToken)
{
    if (presentedToken.isEmpty() || presentedToken.size() > kMaxTokenChars)
        return refused();
    auto st = m_db.prepare(QStringLiteral("UPDATE field_token SET revoked_at = ?1 "
                                          "WHERE token_sha256 = ?2 AND revoked_at IS NULL"));
    if (!st)
        return st.error();
    st->bindText(1, Storage::isoUtc(QDateTime::currentDateTimeUtc()))
        .bindText(2, sha256Hex(presentedToken));
    if (auto r = st->exec(); !r)
        return r.error();
    if (m_db.changes() == 0)
        return refused();
    return {};
}

Result<int> FieldTokens::revokeAllOf(const QString &login)
{
    const QString now = Storage::isoUtc(QDateTime::currentDateTimeUtc());
    auto st = m_db.prepare(QStringLiteral("UPDATE field_token SET revoked_at = ?1 WHERE login = ?2 "
                                          "AND revoked_at IS NULL AND expires_at > ?1"));
    if (!st)
        return st.error();
    st->bindText(1, now).bindText(2, login);
    if (auto r = st->exec(); !r)
        return r.error();
    return int(m_db.changes());
}

} // namespace Cc::Gate
