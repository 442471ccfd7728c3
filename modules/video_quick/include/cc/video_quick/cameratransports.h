// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/video/rtsptransport.h>

#include <QSettings>
#include <QString>

namespace Cc::VideoQuick {

/// Per camera: the RTP transport an operator chose (Auto unless pinned) and the one that last
/// worked, kept with the wall's other settings of this database (`group`, see
/// WallController::setScope). Both of a camera's streams share them: it is one device.
class CameraTransports
{
public:
    explicit CameraTransports(QSettings &settings) : m_settings(settings) {}

    void setGroup(const QString &group) { m_group = group; }
    Video::RtspTransport setting(const QString &cameraId) const;
    void setSetting(const QString &cameraId, Video::RtspTransport transport);
    Video::RtspTransport remembered(const QString &cameraId) const;
    void remember(const QString &cameraId, Video::RtspTransport transport);

private:
    QString key(const char *kind, const QString &cameraId) const;
    Video::RtspTransport read(const QString &key) const;

    QSettings &m_settings;
    QString m_group;
};

} // namespace Cc::VideoQuick
