// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport.h"

#include <QDateTime>
#include <QLocale>

#include <curl/curl.h>

#include <mutex>

namespace Cc::Notify {

namespace {

size_t discard(char *, size_t size, size_t count, void *)
{
    return size * count;
}

struct Upload
{
    QByteArray data;
    qsizetype at = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *user)
{
    auto *up = static_cast<Upload *>(user);
    const qsizetype n = qMin<qsizetype>(qsizetype(size * count), up->data.size() - up->at);
    memcpy(buffer, up->data.constData() + up->at, size_t(n));
    up->at += n;
    return size_t(n);
}

curl_slist *headerList(const QList<QByteArray> &headers)
{
    curl_slist *list = nullptr;
    for (const QByteArray &h : headers)
        list = curl_slist_append(list, h.constData());
    return list;
}

Delivery fromCurl(CURLcode code, const char *errorBuffer)
{
    const QString message = errorBuffer[0] ? QString::fromUtf8(errorBuffer)
                                           : QString::fromUtf8(curl_easy_strerror(code));
    // A URL libcurl cannot even use will not work on the next try either.
    const bool permanent = code == CURLE_URL_MALFORMAT || code == CURLE_UNSUPPORTED_PROTOCOL
                           || code == CURLE_LOGIN_DENIED;
    return {permanent ? Delivery::Failed : Delivery::Retry, message};
}

/// RFC 5322 message text; the subject is RFC 2047 encoded (Chinese).
QByteArray mailText(const MailRequest &r)
{
    const auto encoded = [](const QString &s) {
        return "=?UTF-8?B?" + s.toUtf8().toBase64() + "?=";
    };
    QByteArray text;
    text += "Date: "
            + QLocale::c()
                  .toString(QDateTime::currentDateTimeUtc(),
                            QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                  .toLatin1()
            + " +0000\r\n";
    text += "From: " + r.from.toUtf8() + "\r\n";
    text += "To: " + r.to.toUtf8() + "\r\n";
    text += "Subject: " + encoded(r.subject) + "\r\n";
    text += "Message-ID: <" + r.messageId.toLatin1() + "@citycommand>\r\n";
    text += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray body = r.body.toUtf8().toBase64();
    for (qsizetype i = 0; i < body.size(); i += 76)
        text += body.mid(i, 76) + "\r\n";
    return text;
}

} // namespace

Transport::Transport(int timeoutSeconds) : m_timeout(timeoutSeconds)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_http = curl_easy_init();
}

Transport::~Transport()
{
    if (m_http)
        curl_easy_cleanup(m_http);
}

Delivery Transport::http(const HttpRequest &request)
{
    CURL *h = m_http;
    curl_easy_reset(h); // keeps the connection cache: the next request to the host reuses it
    char error[CURL_ERROR_SIZE] = {0};
    const QByteArray url = request.url.toUtf8();
    curl_slist *headers = headerList(request.headers);
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, long(m_timeout));
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, long(qMin(m_timeout, 10)));
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    const QByteArray method = request.method.toUpper().toLatin1();
    if (method == "GET") {
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, long(request.body.size()));
        if (method != "POST")
            curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method.constData());
    }
    const CURLcode code = curl_easy_perform(h);
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(headers);
    if (code != CURLE_OK)
        return fromCurl(code, error);
    const QString detail = QStringLiteral("HTTP %1").arg(status);
    if (status >= 200 && status < 300)
        return {Delivery::Sent, detail};
    if (status == 408 || status == 429 || status >= 500)
        return {Delivery::Retry, detail};
    return {Delivery::Failed, detail};
}

Delivery Transport::mail(const MailRequest &request)
{
    CURL *h = curl_easy_init();
    if (!h)
        return {Delivery::Retry, QStringLiteral("curl_easy_init failed")};
    char error[CURL_ERROR_SIZE] = {0};
    const QByteArray url = request.url.toUtf8(), user = request.user.toUtf8(),
                     password = request.password.toUtf8();
    const QByteArray from = "<" + request.from.toUtf8() + ">";
    curl_slist *to = curl_slist_append(nullptr, ("<" + request.to.toUtf8() + ">").constData());
    Upload upload{mailText(request), 0};
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, long(m_timeout));
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error);
    if (request.starttls == QLatin1String("required"))
        curl_easy_setopt(h, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    else if (request.starttls == QLatin1String("try"))
        curl_easy_setopt(h, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
    if (!user.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, to);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    const CURLcode code = curl_easy_perform(h);
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(to);
    curl_easy_cleanup(h);
    if (code == CURLE_OK)
        return {Delivery::Sent, QStringLiteral("SMTP %1").arg(status)};
    // A 5xx reply refuses for good (no such mailbox); 4xx and the network are retried.
    if (status >= 500)
        return {Delivery::Failed, QStringLiteral("SMTP %1").arg(status)};
    return fromCurl(code, error);
}

} // namespace Cc::Notify
