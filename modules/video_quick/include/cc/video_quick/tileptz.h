// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/storage/rows.h>
#include <cc/video/onvifptz.h>

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>

namespace Cc::VideoQuick {

/// What the wall's PTZ controls share (WallController keeps it): how a camera's ONVIF
/// address is made from its stream URL, and the preset slots' tokens per camera (kept with
/// the wall's settings: the camera hands out the tokens, the wall remembers which is which).
struct PtzSettings
{
    QString addressTemplate; ///< Video::ptzEndpointFor; empty: the default
    std::function<QString(const QString &cameraId, int slot)> presetToken;
    std::function<void(const QString &cameraId, int slot, const QString &token)> storePreset;
};

/// A tile's pan/tilt/zoom (docs/video.md "PTZ"): for a camera with `ptz` set, an ONVIF client
/// to it and what the tile's controls ask: a held move (repeated before the camera's move
/// timeout runs out), stop, preset slots 1–kPresetSlots to go to or set.
class TilePtz : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A tile's PTZ belongs to the tile")
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool moving READ moving NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(int presetSlots READ presetSlots CONSTANT)
public:
    static constexpr int kPresetSlots = 4;
    static constexpr int kRepeatMs = 2000; ///< < OnvifPtzClient::kMoveTimeoutS

    explicit TilePtz(QObject *parent = nullptr);
    ~TilePtz() override;

    /// `settings` must outlive the tile (the controller's); null: PTZ off.
    void setSettings(const PtzSettings *settings) { m_settings = settings; }
    void setCamera(const std::optional<Storage::CameraRow> &camera);

    bool available() const { return m_client != nullptr; }
    bool moving() const { return m_pan != 0 || m_tilt != 0 || m_zoom != 0; }
    QString statusText() const { return m_status; }
    int presetSlots() const { return kPresetSlots; }
    Video::OnvifPtzClient *client() const { return m_client.get(); }

    /// Velocities -1 … 1: pan right, tilt up, zoom in positive. All zero stops.
    Q_INVOKABLE void move(double pan, double tilt, double zoom);
    Q_INVOKABLE void stop();
    Q_INVOKABLE bool gotoPreset(int slot);
    Q_INVOKABLE bool setPreset(int slot);
    Q_INVOKABLE bool hasPreset(int slot) const;

signals:
    void availableChanged();
    void statusChanged();
    void presetsChanged();

private:
    void say(const QString &status);

    const PtzSettings *m_settings = nullptr;
    QString m_cameraId;
    std::unique_ptr<Video::OnvifPtzClient> m_client;
    double m_pan = 0, m_tilt = 0, m_zoom = 0;
    QTimer m_repeat;
    QString m_status;
};

} // namespace Cc::VideoQuick
