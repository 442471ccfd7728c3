// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelformats.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>

namespace Cc::Notify {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// A string as it stands inside a JSON string literal (quotes and backslashes escaped).
QString jsonEscaped(const QString &s)
{
    const QByteArray quoted = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(quoted.mid(2, quoted.size() - 4));
}

/// The SMS gateway's body or URL with {phone}, {text} and {messageId} filled in, escaped
/// for where they stand: JSON strings, a form body or a query.
QString fillGateway(QString pattern, const QueuedMessage &m, bool json)
{
    const auto value = [&](const QString &v) {
        return json ? jsonEscaped(v) : QString::fromLatin1(QUrl::toPercentEncoding(v));
    };
    pattern.replace(QLatin1String("{phone}"), value(m.address));
    pattern.replace(QLatin1String("{text}"), value(m.body));
    pattern.replace(QLatin1String("{messageId}"), value(m.messageId));
    return pattern;
}

void addAuth(HttpRequest &r, const QJsonObject &config)
{
    const QString auth = config.value("authHeader").toString();
    if (!auth.isEmpty())
        r.headers << auth.toUtf8();
}

HttpRequest smsRequest(const QueuedMessage &m, const QJsonObject &config)
{
    HttpRequest r;
    r.method = config.value("method").toString(QStringLiteral("POST")).toUpper();
    const QString contentType = config.value("contentType")
                                    .toString(QStringLiteral("application/json"));
    const bool json = contentType.contains(QLatin1String("json"));
    r.url = r.method == QLatin1String("GET") ? fillGateway(config.value("url").toString(), m, false)
                                             : config.value("url").toString();
    if (r.method != QLatin1String("GET")) {
        const QString pattern = config.value("body").toString(
            json ? QStringLiteral(R"({"phone":"{phone}","text":"{text}","id":"{messageId}"})")
                 : QStringLiteral("phone={phone}&text={text}&id={messageId}"));
        r.body = fillGateway(pattern, m, json).toUtf8();
        r.headers << "Content-Type: " + contentType.toUtf8();
    }
    addAuth(r, config);
    return r;
}

/// DingTalk robots with 加签: timestamp and sign (HMAC-SHA256 of "timestamp\nsecret").
QString dingTalkUrl(const QString &url, const QString &secret)
{
    if (secret.isEmpty())
        return url;
    const QByteArray timestamp = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    const QByteArray sign = QMessageAuthenticationCode::hash(timestamp + '\n' + secret.toUtf8(),
                                                             secret.toUtf8(),
                                                             QCryptographicHash::Sha256)
                                .toBase64();
    QUrl u(url);
    QUrlQuery q(u);
    q.addQueryItem(QStringLiteral("timestamp"), QString::fromLatin1(timestamp));
    q.addQueryItem(QStringLiteral("sign"),
                   QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(sign))));
    u.setQuery(q);
    return u.toString(QUrl::FullyEncoded);
}

QJsonObject groupBody(const QueuedMessage &m)
{
    const QJsonArray mobiles = QJsonArray::fromStringList(
        m.subject.isEmpty() ? QStringList() : m.subject.split(QLatin1Char(',')));
    if (m.channel == QLatin1String("wecom"))
        return {{"msgtype", "text"},
                {"text", QJsonObject{{"content", m.body}, {"mentioned_mobile_list", mobiles}}}};
    if (m.channel == QLatin1String("dingtalk"))
        return {{"msgtype", "text"},
                {"text", QJsonObject{{"content", m.body}}},
                {"at", QJsonObject{{"atMobiles", mobiles}, {"isAtAll", false}}}};
    return {{"messageId", m.messageId},  {"caseId", m.caseId}, {"trigger", m.trigger},
            {"recipients", m.recipient}, {"text", m.body},     {"urgent", m.urgent}};
}

} // namespace

QByteArray signature(const QByteArray &secret, const QByteArray &body)
{
    return "sha256="
           + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

HttpRequest httpRequestFor(const QueuedMessage &m, const QJsonObject &config,
                           const QByteArray &secret)
{
    HttpRequest r;
    if (m.channel == QLatin1String("sms")) {
        r = smsRequest(m, config);
    } else if (m.channel == QLatin1String("callback")) {
        r.url = m.address;
        r.body = m.body.toUtf8();
        r.headers << "Content-Type: application/json"
                  << QByteArray(kSignatureHeader) + ": " + signature(secret, r.body);
    } else if (m.channel == QLatin1String("wechat")) {
        r.url = config.value("url").toString();
        r.body = compact({{"touser", m.address},
                          {"msgtype", "text"},
                          {"text", QJsonObject{{"content", m.body}}}});
        r.headers << "Content-Type: application/json";
        addAuth(r, config);
    } else {
        r.url = m.channel == QLatin1String("dingtalk")
                    ? dingTalkUrl(m.address, config.value("secret").toString())
                    : m.address;
        r.body = compact(groupBody(m));
        r.headers << "Content-Type: application/json";
        addAuth(r, config);
    }
    r.headers << QByteArray(kMessageIdHeader) + ": " + m.messageId.toLatin1();
    return r;
}

MailRequest mailRequestFor(const QueuedMessage &m, const QJsonObject &config)
{
    MailRequest r;
    r.url = config.value("url").toString();
    r.user = config.value("user").toString();
    r.password = config.value("password").toString();
    r.from = config.value("from").toString();
    r.starttls = config.value("starttls").toString(QStringLiteral("required"));
    r.to = m.address;
    r.subject = m.subject;
    r.body = m.body;
    r.messageId = m.messageId;
    return r;
}

} // namespace Cc::Notify
