// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video_quick/tileptz.h"

#include <algorithm>

namespace Cc::VideoQuick {

TilePtz::TilePtz(QObject *parent) : QObject(parent)
{
    // A held move is repeated: the camera stops by itself when a move's timeout runs out,
    // so a wall that dies mid-drag leaves no camera turning.
    m_repeat.setInterval(kRepeatMs);
    connect(&m_repeat, &QTimer::timeout, this, [this] {
        if (m_client && moving())
            m_client->continuousMove(m_pan, m_tilt, m_zoom);
    });
}

TilePtz::~TilePtz()
{
    if (m_client && moving())
        m_client->stop(); // best effort; the move's timeout stops it otherwise
}

void TilePtz::setCamera(const std::optional<Storage::CameraRow> &camera)
{
    const QString id = camera && camera->ptz ? camera->id : QString();
    if (id == m_cameraId && (m_client != nullptr) == !id.isEmpty())
        return;
    m_repeat.stop();
    m_pan = m_tilt = m_zoom = 0;
    m_client.reset();
    m_cameraId = id;
    m_status.clear();
    if (!id.isEmpty() && m_settings) {
        auto endpoint = Video::ptzEndpointFor(camera->urlMain.isEmpty() ? camera->urlSub
                                                                        : camera->urlMain,
                                              m_settings->addressTemplate);
        if (endpoint) {
            m_client = std::make_unique<Video::OnvifPtzClient>(endpoint.value());
            connect(m_client.get(), &Video::OnvifPtzClient::failed, this,
                    [this](const QString &, const QString &, const QString &message) {
                        say(message);
                    });
            connect(m_client.get(), &Video::OnvifPtzClient::succeeded, this,
                    [this](const QString &) {
                        if (!m_status.isEmpty())
                            say({});
                    });
            connect(m_client.get(), &Video::OnvifPtzClient::presetSet, this,
                    [this](const QString &name, const QString &token) {
                        const int slot = name.section(QLatin1Char(' '), -1).toInt();
                        if (m_settings && m_settings->storePreset && slot > 0 && !token.isEmpty())
                            m_settings->storePreset(m_cameraId, slot, token);
                        emit presetsChanged();
                    });
        } else {
            m_status = endpoint.error().message;
        }
    }
    emit availableChanged();
    emit statusChanged();
    emit presetsChanged();
}

void TilePtz::say(const QString &status)
{
    m_status = status;
    emit statusChanged();
}

void TilePtz::move(double pan, double tilt, double zoom)
{
    if (!m_client)
        return;
    pan = std::clamp(pan, -1.0, 1.0);
    tilt = std::clamp(tilt, -1.0, 1.0);
    zoom = std::clamp(zoom, -1.0, 1.0);
    if (pan == 0 && tilt == 0 && zoom == 0) {
        stop();
        return;
    }
    if (pan == m_pan && tilt == m_tilt && zoom == m_zoom)
        return;
    m_pan = pan;
    m_tilt = tilt;
    m_zoom = zoom;
    m_client->continuousMove(pan, tilt, zoom);
    m_repeat.start();
    emit statusChanged();
}

void TilePtz::stop()
{
    if (!m_client)
        return;
    m_repeat.stop();
    m_pan = m_tilt = m_zoom = 0;
    m_client->stop();
    emit statusChanged();
}

bool TilePtz::hasPreset(int slot) const
{
    return m_settings && m_settings->presetToken && !m_cameraId.isEmpty()
           && !m_settings->presetToken(m_cameraId, slot).isEmpty();
}

bool TilePtz::gotoPreset(int slot)
{
    if (!m_client || !hasPreset(slot)) {
        say(tr("Preset %1 is not set for this camera").arg(slot));
        return false;
    }
    m_client->gotoPreset(m_settings->presetToken(m_cameraId, slot));
    return true;
}

bool TilePtz::setPreset(int slot)
{
    if (!m_client || slot < 1 || slot > kPresetSlots)
        return false;
    // The slot travels in the preset's name; the camera's token comes back in presetSet().
    m_client->setPreset(QStringLiteral("CityCommand %1").arg(slot),
                        m_settings && m_settings->presetToken
                            ? m_settings->presetToken(m_cameraId, slot)
                            : QString());
    return true;
}

} // namespace Cc::VideoQuick
