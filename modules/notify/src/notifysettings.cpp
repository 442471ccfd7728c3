// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifytr.h"

#include <cc/notify/notifysettings.h>
#include <cc/notify/rules.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include <QJsonDocument>
#include <QUrl>

namespace Cc::Notify {

namespace {

const QString kQuietHoursKey = QStringLiteral("notify.quiet-hours");

QString now()
{
    return Storage::isoUtc(QDateTime::currentDateTimeUtc());
}

/// The keys each channel needs: an http(s) URL for the HTTP ones, an smtp(s) URL and a
/// sender for e-mail.
Result<void> checkChannelConfig(const QString &channel, const QJsonObject &config)
{
    const QUrl url(config.value("url").toString());
    const QString scheme = url.scheme();
    const bool smtp = channel == QLatin1String("email");
    const bool schemeOk = smtp ? (scheme == QLatin1String("smtp")
                                  || scheme == QLatin1String("smtps"))
                               : (scheme == QLatin1String("http")
                                  || scheme == QLatin1String("https"));
    if (!url.isValid() || url.host().isEmpty() || !schemeOk)
        return makeError("notify.bad-channel-config",
                         Tr::tr("Channel %1 needs \"url\": an %2 URL.")
                             .arg(channel, smtp ? QStringLiteral("smtp:// or smtps://")
                                                : QStringLiteral("http:// or https://")));
    if (smtp && !config.value("from").toString().contains(QLatin1Char('@')))
        return makeError("notify.bad-channel-config",
                         Tr::tr("Channel email needs \"from\": the sender's address."));
    const QString method = config.value("method").toString(QStringLiteral("POST")).toUpper();
    if (method != QLatin1String("POST") && method != QLatin1String("GET")
        && method != QLatin1String("PUT"))
        return makeError("notify.bad-channel-config",
                         Tr::tr("\"method\" must be POST, PUT or GET."));
    const QString tls = config.value("starttls").toString(QStringLiteral("required"));
    if (!QStringList{"none", "try", "required"}.contains(tls))
        return makeError("notify.bad-channel-config",
                         Tr::tr("\"starttls\" must be none, try or required."));
    return {};
}

Result<void> writeContact(Storage::Database &db, const QString &userId, const Contact &contact)
{
    if (contact.phone) {
        auto s = db.prepare(QStringLiteral("UPDATE app_user SET phone = ?2 WHERE id = ?1"));
        if (!s)
            return s.error();
        s->bindText(1, userId).bindText(2, *contact.phone);
        if (auto r = s->exec(); !r)
            return r;
    }
    auto s = db.prepare(QStringLiteral(
        "INSERT INTO user_contact (user_id, email, wechat, unit_head) VALUES (?1, coalesce(?2, ''), "
        "coalesce(?3, ''), coalesce(?4, 0)) ON CONFLICT (user_id) DO UPDATE SET "
        "email = coalesce(?2, email), wechat = coalesce(?3, wechat), "
        "unit_head = coalesce(?4, unit_head)"));
    if (!s)
        return s.error();
    s->bindText(1, userId);
    contact.email ? s->bindText(2, *contact.email) : s->bindNull(2);
    contact.wechat ? s->bindText(3, *contact.wechat) : s->bindNull(3);
    contact.unitHead ? s->bindInt(4, *contact.unitHead ? 1 : 0) : s->bindNull(4);
    return s->exec();
}

} // namespace

bool QuietHours::contains(const QTime &t) const
{
    if (!isSet())
        return false;
    return from < to ? (t >= from && t < to) : (t >= from || t < to);
}

QDateTime QuietHours::endAfter(const QDateTime &at, const QTimeZone &zone) const
{
    const QDateTime local = at.toTimeZone(zone);
    if (!contains(local.time()))
        return at;
    QDate day = local.date();
    if (local.time() >= to)
        day = day.addDays(1);
    return QDateTime(day, to, zone).toUTC();
}

QString QuietHours::toString() const
{
    if (!isSet())
        return {};
    return from.toString(QStringLiteral("HH:mm")) + QLatin1Char('-')
           + to.toString(QStringLiteral("HH:mm"));
}

Result<QuietHours> QuietHours::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("off"))
        return QuietHours{};
    QuietHours hours;
    hours.from = QTime::fromString(t.section(QLatin1Char('-'), 0, 0), QStringLiteral("H:mm"));
    hours.to = QTime::fromString(t.section(QLatin1Char('-'), 1), QStringLiteral("H:mm"));
    if (!hours.isSet())
        return makeError("notify.bad-quiet-hours",
                         Tr::tr("Quiet hours are written HH:MM-HH:MM (e.g. 22:00-07:00) or off; "
                                "got “%1”.")
                             .arg(t.left(40)));
    return hours;
}

Result<QJsonObject> NotifySettings::channel(const QString &channelId)
{
    auto s = m_db.prepare(QStringLiteral("SELECT config FROM notify_channel WHERE channel = ?1"));
    if (!s)
        return s.error();
    s->bindText(1, channelId);
    auto row = s->step();
    if (!row)
        return row.error();
    if (!row.value())
        return QJsonObject();
    return QJsonDocument::fromJson(s->text(0).toUtf8()).object();
}

Result<void> NotifySettings::setChannel(const QString &channelId, const QJsonObject &config)
{
    if (!channelIds().contains(channelId))
        return makeError("notify.unknown-channel",
                         Tr::tr("Unknown channel “%1”; use one of: %2.")
                             .arg(channelId.left(40), channelIds().join(", ")));
    if (auto r = checkChannelConfig(channelId, config); !r)
        return r;
    auto s = m_db.prepare(QStringLiteral(
        "INSERT INTO notify_channel (channel, config, updated_at) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (channel) DO UPDATE SET config = ?2, updated_at = ?3"));
    if (!s)
        return s.error();
    s->bindText(1, channelId)
        .bindText(2, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)))
        .bindText(3, now());
    return s->exec();
}

QJsonObject NotifySettings::masked(const QJsonObject &config)
{
    QJsonObject out = config;
    for (const char *key : {"password", "authHeader", "secret"}) {
        if (out.contains(QLatin1String(key)))
            out.insert(QLatin1String(key), QStringLiteral("********"));
    }
    return out;
}

Result<QByteArray> NotifySettings::platformSecret(const QString &platform)
{
    auto s = m_db.prepare(QStringLiteral("SELECT secret FROM notify_platform WHERE platform = ?1"));
    if (!s)
        return s.error();
    s->bindText(1, platform);
    auto row = s->step();
    if (!row)
        return row.error();
    return row.value() ? s->text(0).toUtf8() : QByteArray();
}

Result<void> NotifySettings::setPlatformSecret(const QString &platform, const QByteArray &secret)
{
    if (platform.trimmed().isEmpty() || platform.size() > 64)
        return makeError("notify.bad-platform", Tr::tr("Name the platform (1–64 characters)."));
    if (secret.size() < 16 || secret.size() > 1024 || secret.contains('\n'))
        return makeError("notify.bad-secret",
                         Tr::tr("A platform secret has 16–1,024 bytes on one line."));
    auto s = m_db.prepare(QStringLiteral(
        "INSERT INTO notify_platform (platform, secret, updated_at) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (platform) DO UPDATE SET secret = ?2, updated_at = ?3"));
    if (!s)
        return s.error();
    s->bindText(1, platform.trimmed()).bindText(2, QString::fromUtf8(secret)).bindText(3, now());
    return s->exec();
}

Result<QStringList> NotifySettings::platforms()
{
    auto s = m_db.prepare(QStringLiteral("SELECT platform FROM notify_platform ORDER BY platform"));
    if (!s)
        return s.error();
    QStringList names;
    if (auto r = Storage::forEachRow(*s,
                                     [&](const Storage::Statement &row) { names << row.text(0); });
        !r)
        return r.error();
    return names;
}

Result<QuietHours> NotifySettings::quietHours()
{
    auto value = Storage::SettingRepository(m_db).get(kQuietHoursKey);
    if (!value)
        return value.error();
    return QuietHours::parse(value.value().value_or(QString()));
}

Result<void> NotifySettings::setQuietHours(const QuietHours &hours)
{
    return Storage::SettingRepository(m_db).set(kQuietHoursKey, hours.toString());
}

Result<void> NotifySettings::setContact(const Contact &contact)
{
    auto id = m_db.prepare(QStringLiteral("SELECT id FROM app_user WHERE login = ?1"));
    if (!id)
        return id.error();
    id->bindText(1, contact.login);
    auto found = id->step();
    if (!found)
        return found.error();
    if (!found.value())
        return makeError("notify.unknown-user",
                         Tr::tr("There is no user “%1”.").arg(contact.login.left(80)));
    const QString userId = id->text(0);
    // A savepoint: one change on its own, and nested inside a caller's transaction.
    if (auto r = m_db.exec(QStringLiteral("SAVEPOINT contact_set")); !r)
        return r;
    auto r = writeContact(m_db, userId, contact);
    if (!r) {
        (void) m_db.exec(QStringLiteral("ROLLBACK TO contact_set; RELEASE contact_set"));
        return r;
    }
    return m_db.exec(QStringLiteral("RELEASE contact_set"));
}

} // namespace Cc::Notify
