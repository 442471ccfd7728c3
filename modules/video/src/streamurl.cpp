// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video/streamurl.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Cc::Video {

namespace {
struct VideoTr
{
    Q_DECLARE_TR_FUNCTIONS(VideoTr)
};
} // namespace

Result<StreamSource> parseStreamUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (trimmed.isEmpty() || !url.isValid() || (scheme != u"rtsp" && scheme != u"rtsps")
        || url.host().isEmpty() || !trimmed.contains(QLatin1String("://"))) {
        return makeError(QStringLiteral("video.bad-url"),
                         VideoTr::tr("Not a valid camera address (rtsp://host[:port]/path): %1")
                             .arg(redactUrl(trimmed)));
    }
    StreamSource s;
    s.user = url.userName(QUrl::FullyDecoded);
    s.password = url.password(QUrl::FullyDecoded);
    s.location = url.adjusted(QUrl::RemoveUserInfo);
    return s;
}

QString redactUrl(const QString &text)
{
    return redactText(text);
}

QString redactText(const QString &text)
{
    // scheme://<anything without '/', whitespace or '@'>@  → scheme://***@
    static const QRegularExpression userInfo(
        QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.-]*://)[^/\s@]+@)"));
    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1***@"));
    return out;
}

} // namespace Cc::Video
