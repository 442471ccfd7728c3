// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The wire under the sender: HTTP(S) requests and SMTP (with STARTTLS) through libcurl, one
// handle reused so that a batch to one receiver rides one kept-alive connection.

#include <QByteArray>
#include <QList>
#include <QString>

typedef void CURL;

namespace Cc::Notify {

/// How one attempt ended: delivered, worth retrying (network, 408, 429, 5xx), or refused
/// for good (other 4xx, a bad address).
struct Delivery
{
    enum Outcome { Sent, Retry, Failed } outcome = Failed;
    QString detail; ///< "HTTP 503", curl's message … (never a secret)
};

struct HttpRequest
{
    QString method = QStringLiteral("POST");
    QString url;
    QList<QByteArray> headers; ///< "Name: value"
    QByteArray body;
};

struct MailRequest
{
    QString url; ///< smtp://host:port or smtps://host:port
    QString user, password, from, to, subject, body, messageId;
    QString starttls = QStringLiteral("required"); ///< none, try, required (smtp:// only)
};

class Transport
{
public:
    explicit Transport(int timeoutSeconds);
    ~Transport();
    Transport(const Transport &) = delete;
    Transport &operator=(const Transport &) = delete;

    Delivery http(const HttpRequest &request);
    Delivery mail(const MailRequest &request);

private:
    CURL *m_http = nullptr;
    int m_timeout;
};

} // namespace Cc::Notify
