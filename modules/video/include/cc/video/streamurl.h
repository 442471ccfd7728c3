// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/core/result.h"

#include <QString>
#include <QUrl>

namespace Cc::Video {

/// An RTSP location with its credentials taken out: rtspsrc gets them as user-id/user-pw, so
/// they never appear in the location, in GStreamer's messages or in our logs.
struct StreamSource
{
    QUrl location; ///< without user info
    QString user, password;
};

/// Splits "rtsp://user:pw@host:port/path" into location and credentials. Refuses anything that
/// is not a well-formed rtsp:// or rtsps:// URL with a host (error code "video.bad-url").
Result<StreamSource> parseStreamUrl(const QString &text);

/// The URL as it may be shown or logged: any user info replaced by "***".
QString redactUrl(const QString &text);

/// Free text (e.g. an error message) with the user info of every URL in it replaced by "***".
QString redactText(const QString &text);

} // namespace Cc::Video
