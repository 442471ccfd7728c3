// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How each channel puts a queued message on the wire (docs/notify.md, "Channels"): the SMS
// gateway's own URL, method, body template and auth header; the WeCom and DingTalk group
// robots' documented JSON; a WeChat HTTP endpoint; a plain JSON webhook; SMTP; and the
// 12345 callback signed with HMAC-SHA256. Every HTTP request carries X-Message-Id.

#include "transport.h"

#include <QJsonObject>

namespace Cc::Notify {

struct QueuedMessage
{
    qint64 fid = 0;
    QString messageId, caseId, trigger, channel, recipient, address, subject, body, platform;
    bool urgent = false;
    int attempts = 0;
};

/// The header receivers deduplicate by, and the callback's signature header.
inline constexpr char kMessageIdHeader[] = "X-Message-Id";
inline constexpr char kSignatureHeader[] = "X-Signature-SHA256";

/// The request for an HTTP channel (everything but e-mail). `secret` signs callbacks.
HttpRequest httpRequestFor(const QueuedMessage &m, const QJsonObject &config,
                           const QByteArray &secret);
MailRequest mailRequestFor(const QueuedMessage &m, const QJsonObject &config);
/// "sha256=<hex of HMAC-SHA256(secret, body)>".
QByteArray signature(const QByteArray &secret, const QByteArray &body);

} // namespace Cc::Notify
