// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video_quick/cameratransports.h"

#include <QUrl>

namespace Cc::VideoQuick {

using Video::RtspTransport;

QString CameraTransports::key(const char *kind, const QString &cameraId) const
{
    // Camera ids come from the database: percent-encoded so a '/' cannot open a group.
    return m_group + QLatin1Char('/') + QLatin1String(kind) + QLatin1Char('/')
           + QString::fromLatin1(QUrl::toPercentEncoding(cameraId));
}

RtspTransport CameraTransports::read(const QString &key) const
{
    return Video::transportFromKey(m_settings.value(key).toString()).value_or(RtspTransport::Auto);
}

RtspTransport CameraTransports::setting(const QString &cameraId) const
{
    return read(key("transport", cameraId));
}

void CameraTransports::setSetting(const QString &cameraId, RtspTransport transport)
{
    if (transport == RtspTransport::Auto)
        m_settings.remove(key("transport", cameraId));
    else
        m_settings.setValue(key("transport", cameraId), Video::transportKey(transport));
}

RtspTransport CameraTransports::remembered(const QString &cameraId) const
{
    return read(key("transportWorked", cameraId));
}

void CameraTransports::remember(const QString &cameraId, RtspTransport transport)
{
    if (transport != remembered(cameraId))
        m_settings.setValue(key("transportWorked", cameraId), Video::transportKey(transport));
}

} // namespace Cc::VideoQuick
