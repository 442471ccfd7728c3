// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The channels' settings, the 12345 platforms' secrets, quiet hours and people's contacts
// (docs/notify.md, "Setup"). Secrets are stored, never printed: describe() masks them.

#include <cc/core/result.h>

#include <QDateTime>
#include <QJsonObject>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace Cc::Storage {
class Database;
}

namespace Cc::Notify {

/// When non-urgent messages wait: [from, to) in the city's time, across midnight when
/// from > to ("22:00-07:00").
struct QuietHours
{
    QTime from, to;
    bool isSet() const { return from.isValid() && to.isValid() && from != to; }
    bool contains(const QTime &t) const;
    /// The end of the quiet period `at` lies in (UTC); `at` itself when it lies outside.
    QDateTime endAfter(const QDateTime &at, const QTimeZone &zone) const;
    QString toString() const; ///< "22:00-07:00"; empty when not set
    /// "HH:MM-HH:MM", "off" or empty (none); "notify.bad-quiet-hours" else.
    static Result<QuietHours> parse(const QString &text);
};

/// A person's ways to be reached (app_user.phone, user_contact).
struct Contact
{
    QString login;
    std::optional<QString> phone, email, wechat;
    std::optional<bool> unitHead;
};

class NotifySettings
{
public:
    explicit NotifySettings(Storage::Database &db) : m_db(db) {}

    /// A channel's configuration (docs/notify.md lists the keys per channel); {} when unset.
    Result<QJsonObject> channel(const QString &channelId);
    /// Checks the keys the channel needs (an http(s) URL, an smtp(s) URL …) and stores it.
    /// "notify.unknown-channel", "notify.bad-channel-config".
    Result<void> setChannel(const QString &channelId, const QJsonObject &config);
    /// The configuration with its secrets (password, authHeader, secret) masked.
    static QJsonObject masked(const QJsonObject &config);

    /// The signing secret of a 12345 platform (at least 16 bytes); empty when none.
    Result<QByteArray> platformSecret(const QString &platform);
    Result<void> setPlatformSecret(const QString &platform, const QByteArray &secret);
    Result<QStringList> platforms(); ///< names only

    Result<QuietHours> quietHours();
    Result<void> setQuietHours(const QuietHours &hours);

    /// Sets what the contact names (absent fields stay); "notify.unknown-user".
    Result<void> setContact(const Contact &contact);

private:
    Storage::Database &m_db;
};

} // namespace Cc::Notify
