// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/auth.h>

#include "casestr.h"

#include <cc/storage/repositories.h>

#include <sodium.h>

#include <QRegularExpression>

#include <algorithm>

namespace Cc::Cases {

namespace {

/// sodium_init() is thread-safe and idempotent, but it may fail (no entropy source); run it
/// once, from whichever thread needs it first.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

/// An argon2id hash of 32 random bytes nobody kept, with the same (interactive) limits as
/// real hashes. A login for an unknown user or one without a password is verified against
/// it, so it takes as long as a wrong password does: the response time does not tell which
/// logins exist. No password can match it.
constexpr char kDummyHash[] = "$argon2id$v=19$m=65536,t=2,p=1$SkqITXJP7WPnc0RYMwdSqQ$"
                              "b/AeCrM2JoTcAmKOoGjtDoVr3BOPjFDtnefdJWfz1PA";

/// The UTF-8 bytes of a password, zeroed when they go: the clear text should not linger in
/// freed heap memory (the caller's QString is theirs to keep or drop).
class SecretBytes
{
public:
    explicit SecretBytes(const QString &text) : m_bytes(text.toUtf8()) {}
    ~SecretBytes()
    {
        // data() on the only reference does not detach; wipe the whole allocation we wrote.
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
    }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

bool verifyUtf8(const QByteArray &hash, const SecretBytes &password)
{
    if (hash.isEmpty() || !sodiumReady())
        return false;
    // constData() is NUL-terminated, as crypto_pwhash_str_verify wants; a malformed or
    // foreign hash string simply fails to verify.
    return crypto_pwhash_str_verify(hash.constData(), password.data(), password.size()) == 0;
}

/// Length in characters (code points), not UTF-16 units: "密码" is two characters.
qsizetype characterCount(const QString &text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isLowSurrogate(); });
}

Error loginFailed()
{
    // One message for every refusal, so the form does not reveal which logins exist.
    return makeError("auth.failed", Tr::tr("Wrong login or password."));
}

} // namespace

Result<QString> AuthService::hashPassword(const QString &password)
{
    if (!sodiumReady())
        return makeError("auth.crypto-unavailable",
                         Tr::tr("The cryptography library could not be initialised."));
    const SecretBytes clear(password);
    char hash[crypto_pwhash_STRBYTES];
    // Interactive limits (64 MiB, 2 passes): a fraction of a second per login, far too slow
    // to try many guesses against a stolen database.
    if (crypto_pwhash_str(hash, clear.data(), clear.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return makeError("auth.hash-failed",
                         Tr::tr("The password could not be hashed (not enough memory)."));
    return QString::fromLatin1(hash);
}

bool AuthService::verifyPassword(const QString &hash, const QString &password)
{
    const SecretBytes clear(password);
    return verifyUtf8(hash.toLatin1(), clear);
}

Result<QString> AuthService::hashWithPrefix(const QString &prefix, const QString &password)
{
    // $argon2id$v=19$m=<KiB>,t=<passes>,p=1$<salt, base64 without padding>$
    const QStringList parts = prefix.split(QLatin1Char('$'));
    static const QRegularExpression params(QStringLiteral("^m=(\\d{1,7}),t=(\\d{1,2}),p=1$"));
    const auto m = parts.size() == 6 ? params.match(parts[3]) : QRegularExpressionMatch();
    const QByteArray salt = QByteArray::fromBase64(parts.value(4).toLatin1());
    if (!m.hasMatch() || parts[1] != QLatin1String("argon2id") || parts[2] != QLatin1String("v=19")
        || !parts[5].isEmpty() || salt.size() != crypto_pwhash_SALTBYTES || !sodiumReady())
        return makeError(
            "auth.bad-hash",
            Tr::tr("The hub sent a password hash format this CityCommand does not know."));
    const qulonglong memoryKiB = m.captured(1).toULongLong(), passes = m.captured(2).toULongLong();
    // Within libsodium's bounds, and no more memory than 1 GiB whatever the hub says.
    if (passes < crypto_pwhash_OPSLIMIT_MIN || memoryKiB * 1024 < crypto_pwhash_MEMLIMIT_MIN
        || memoryKiB > 1024 * 1024)
        return makeError(
            "auth.bad-hash",
            Tr::tr("The hub sent a password hash format this CityCommand does not know."));
    const SecretBytes clear(password);
    unsigned char tag[32];
    if (crypto_pwhash(tag, sizeof tag, clear.data(), clear.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), passes,
                      size_t(memoryKiB * 1024), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError("auth.hash-failed",
                         Tr::tr("The password could not be hashed (not enough memory)."));
    const QByteArray encoded = QByteArray(reinterpret_cast<const char *>(tag), sizeof tag)
                                   .toBase64(QByteArray::OmitTrailingEquals);
    sodium_memzero(tag, sizeof tag);
    return prefix + QString::fromLatin1(encoded);
}

Result<AuthService::HubWord> AuthService::askHub(const QString &login, const QString &password,
                                                 QString *hash)
{
    const auto unreachable = [](const Error &e) -> Result<HubWord> {
        if (e.code == QLatin1String("auth.locked"))
            return e;
        return HubWord::Unreachable;
    };
    auto prefix = m_authority.hashPrefix(login);
    if (!prefix)
        return unreachable(prefix.error());
    auto candidate = hashWithPrefix(prefix.value(), password);
    if (!candidate)
        return HubWord::Refused;
    auto accepted = m_authority.check(login, candidate.value());
    if (!accepted)
        return unreachable(accepted.error());
    *hash = candidate.value();
    return accepted.value() ? HubWord::Accepted : HubWord::Refused;
}

Result<Session> AuthService::login(const QString &login, const QString &password)
{
    const SecretBytes clear(password);
    auto found = Storage::UserRepository(m_db).findByLogin(login);
    if (!found)
        return found.error(); // the database failed: not a refusal, say so

    const std::optional<Storage::UserRow> &user = found.value();
    if (m_authority.isSet()) {
        QString hash;
        auto word = askHub(login, password, &hash);
        if (!word)
            return word.error();
        if (word.value() == HubWord::Refused
            || (word.value() == HubWord::Accepted && (!user || !user->active)))
            return loginFailed();
        if (word.value() == HubWord::Accepted) {
            // The hub's own hash (it just said so): kept for logging in while it is away. Not
            // a change of the user, so no outbox entry.
            auto st = m_db.prepare(
                QStringLiteral("UPDATE app_user SET password_hash = ?1 WHERE id = ?2"));
            if (!st)
                return st.error();
            st.value().bindText(1, hash).bindText(2, user->id);
            if (auto r = st.value().exec(); !r)
                return r.error();
            return sessionFor(*user, login);
        }
    }
    const bool known = user && !user->passwordHash.isEmpty();
    // Always run exactly one verification, against the dummy hash when there is nothing to
    // verify against, so that unknown, inactive and password-less users answer as slowly as
    // a wrong password.
    const bool matches = verifyUtf8(known ? user->passwordHash.toLatin1() : QByteArray(kDummyHash),
                                    clear);
    if (!known || !matches || !user->active)
        return loginFailed();
    return sessionFor(*user, login);
}

Result<Session> AuthService::sessionFor(const Storage::UserRow &user, const QString &login)
{
    Session session;
    session.user = user;
    session.user.passwordHash.clear(); // the session travels through the UI; the hash need not
    for (Core::Role role : Core::allRoles()) {
        if (user.roles.contains(Core::roleId(role)))
            session.roles.append(role);
    }
    if (session.roles.isEmpty()) {
        // The password was right, so saying why reveals nothing an attacker could use.
        return makeError("auth.no-role",
                         Tr::tr("User “%1” holds no role; ask an administrator to assign one.")
                             .arg(login));
    }
    return session;
}

Result<void> AuthService::setPassword(const QString &login, const QString &password)
{
    Storage::UserRepository users(m_db);
    auto found = users.findByLogin(login);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError("auth.unknown-user", Tr::tr("There is no user “%1”.").arg(login));
    if (characterCount(password) < kMinPasswordLength)
        return makeError("auth.weak-password", Tr::tr("A password needs at least %1 characters.")
                                                   .arg(kMinPasswordLength));

    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    const QString id = found.value()->id;
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Storage::OutboxRepository outbox(m_db);
    auto base = outbox.rowJson(QStringLiteral("app_user"), id);
    if (!base)
        return base.error();
    // Only the hash column (and the change time): upsert() would rewrite the roles as well.
    auto st = m_db.prepare(
        QStringLiteral("UPDATE app_user SET password_hash = ?1, updated_at = ?2 WHERE id = ?3"));
    if (!st)
        return st.error();
    st.value().bindText(1, hash.value());
    st.value().bindText(2, Storage::isoUtc(QDateTime::currentDateTimeUtc()));
    st.value().bindText(3, id);
    if (auto r = st.value().exec(); !r)
        return r;
    // The hash (never the password) goes to the hub, pushed by the user's own login: the hub
    // takes a password change from the user themself or an administrator.
    if (auto r = outbox.appendRowChange(QStringLiteral("app_user"), id, QStringLiteral("update"),
                                        base.value(), id);
        !r)
        return r.error();
    return tx.commit();
}

} // namespace Cc::Cases
