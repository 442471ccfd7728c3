// SPDX-License-Identifier: GPL-3.0-or-later
// API keys for citygate (docs/citygate.md, "API keys").
#include <cc/gate/apikeys.h>

#include "gatetr.h"

#include <cc/storage/database.h>

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Cc::Gate {

namespace {

constexpr int kMaxNameChars = 64;
constexpr int kMaxKeyChars = 128;

QString sha256Hex(const QString &key)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return QStringLiteral("cg_")
           + QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Result<QString> ApiKeys::add(const QString &name, const QString &login, const QStringList &scopes)
{
    for (const QString &scope : scopes) {
        if (!kApiScopes.contains(scope))
            return makeError("api.bad-scope",
                             Tr::tr("A scope is one of %1; “%2” is not.")
                                 .arg(kApiScopes.join(QStringLiteral(", ")), scope.left(40)));
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameChars)
        return makeError("api.bad-name",
                         Tr::tr("Give the key a name of 1 to %1 characters.").arg(kMaxNameChars));
    auto taken = m_db.scalar(QStringLiteral("SELECT count(*) FROM api_key WHERE name = ?1"),
                             {trimmed});
    if (!taken)
        return taken.error();
    if (taken.value() > 0)
        return makeError("api.duplicate-name",
                         Tr::tr("There is already a key named “%1”.").arg(trimmed));
    const QString key = newKey();
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO api_key (name, key_sha256, login, created_at, scopes) VALUES (?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bindText(1, trimmed).bindText(2, sha256Hex(key)).bindText(3, login);
    st->bindText(4, Storage::isoUtc(QDateTime::currentDateTimeUtc()));
    st->bindText(5, scopes.join(QLatin1Char(',')));
    if (auto r = st->exec(); !r)
        return r.error();
    return key;
}

Result<QList<ApiKey>> ApiKeys::list()
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT name, login, created_at, revoked_at, scopes FROM api_key "
                       "ORDER BY name"));
    if (!st)
        return st.error();
    QList<ApiKey> keys;
    auto r = Storage::forEachRow(st.value(), [&](Storage::Statement &row) {
        keys.append({row.text(0), row.text(1), Storage::fromIsoUtc(row.text(2)),
                     row.isNull(3) ? QDateTime() : Storage::fromIsoUtc(row.text(3)),
                     row.text(4).split(QLatin1Char(','), Qt::SkipEmptyParts)});
    });
    if (!r)
        return r.error();
    return keys;
}

Result<void> ApiKeys::revoke(const QString &name)
{
    auto st = m_db.prepare(QStringLiteral(
        "UPDATE api_key SET revoked_at = ?1 WHERE name = ?2 AND revoked_at IS NULL"));
    if (!st)
        return st.error();
    st->bindText(1, Storage::isoUtc(QDateTime::currentDateTimeUtc())).bindText(2, name);
    if (auto r = st->exec(); !r)
        return r.error();
    if (m_db.changes() == 0)
        return makeError("api.unknown-key",
                         Tr::tr("There is no active key named “%1”.").arg(name.left(80)));
    return {};
}

Result<ApiKey> ApiKeys::verify(const QString &presentedKey)
{
    const Error refused = makeError("api.bad-key", Tr::tr("The api_key is missing or not valid."));
    if (presentedKey.isEmpty() || presentedKey.size() > kMaxKeyChars)
        return refused;
    auto st = m_db.prepare(QStringLiteral("SELECT name, login, created_at, scopes FROM api_key "
                                          "WHERE key_sha256 = ?1 AND revoked_at IS NULL"));
    if (!st)
        return st.error();
    st->bindText(1, sha256Hex(presentedKey));
    auto found = st->step();
    if (!found)
        return found.error();
    if (!found.value())
        return refused;
    return ApiKey{st->text(0),
                  st->text(1),
                  Storage::fromIsoUtc(st->text(2)),
                  {},
                  st->text(3).split(QLatin1Char(','), Qt::SkipEmptyParts)};
}

} // namespace Cc::Gate
