// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/video_quick/tileplayback.h"
#include "cc/video_quick/tileptz.h"

#include <cc/storage/rows.h>
#include <cc/video/camerastream.h>
#include <cc/video/streamselector.h>

#include <QObject>
#include <QPointer>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace Cc::Video {
class FramePump;
}

namespace Cc::VideoQuick {

class CameraTransports;

/// One tile of the wall: the camera it shows, the stream it plays (sub or main, chosen by
/// its physical size with hysteresis) and what the overlay shows about it. Only an active
/// (visible) tile holds a stream: hidden tiles are disconnected. Switching sub ⇄ main and a
/// tour's next camera are make-before-break: the new stream connects in the background and
/// replaces the old one once it plays, so the tile never goes black.
class WallTile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A tile belongs to the wall")
    Q_PROPERTY(int index READ index CONSTANT)
    Q_PROPERTY(QString cameraId READ cameraId NOTIFY cameraChanged)
    Q_PROPERTY(QString cameraName READ cameraName NOTIFY cameraChanged)
    Q_PROPERTY(State state READ state NOTIFY statusChanged)
    Q_PROPERTY(QString stateName READ stateName NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString statsText READ statsText NOTIFY statusChanged)
    Q_PROPERTY(bool onMain READ onMain NOTIFY statusChanged)
    Q_PROPERTY(bool active READ active NOTIFY statusChanged)
    /// The camera's transport setting ("auto", "tcp", "udp", "udp-mcast"), for the tile menu.
    Q_PROPERTY(QString transportSetting READ transportSetting NOTIFY statusChanged)
    /// The recordings of the tile's camera (docs/video.md "Playback"); active while playing back.
    Q_PROPERTY(Cc::VideoQuick::TilePlayback *playback READ playback CONSTANT)
    /// Pan/tilt/zoom of a camera with `ptz` set (docs/video.md "PTZ"); available otherwise false.
    Q_PROPERTY(Cc::VideoQuick::TilePtz *ptz READ ptz CONSTANT)
public:
    /// What the tile shows about its stream (QML compares with WallTile.Playing …); the
    /// values are those of Video::CameraStream::State, with Backoff shown as Reconnecting.
    enum State { Idle, Connecting, Playing, Stalled, Reconnecting, Offline };
    Q_ENUM(State)

    /// `transports` (may be null: Auto, nothing remembered) must outlive the tile.
    WallTile(int index, Video::FramePump &pump, const Video::CameraStream::Config &config,
             CameraTransports *transports = nullptr, QObject *parent = nullptr);
    ~WallTile() override;

    int index() const { return m_index; }
    QString cameraId() const { return m_camera ? m_camera->id : QString(); }
    QString cameraName() const { return m_camera ? m_camera->name : QString(); }
    const std::optional<Storage::CameraRow> &camera() const { return m_camera; }
    State state() const;
    int stateCode() const { return int(state()); }
    QString stateName() const;
    QString statusText() const;
    QString statsText() const;
    bool onMain() const { return m_streamKind == Video::StreamKind::Main; }
    bool active() const { return m_active; }
    Video::CameraStream *stream() const { return m_stream.get(); }
    QString transportSetting() const;
    /// Reconnects with the camera's current transport setting (after it was changed).
    void reconnect();
    TilePlayback *playback() { return &m_playback; }
    TilePtz *ptz() { return &m_ptz; }
    /// Where the tile finds the recording index (the controller's).
    void setRecordingIndexSource(TilePlayback::IndexSource source)
    {
        m_indexSource = std::move(source);
    }

    void setCamera(const std::optional<Storage::CameraRow> &camera);
    void setSink(QVideoSink *sink);
    QVideoSink *sink() const { return m_sink; }
    void setActive(bool active);
    void setGeometry(QSize physicalPixels, bool focused);
    QSize pixelSize() const { return m_pixels; }
    /// Re-applies the stream choice (the selector's hold time may have passed).
    void refresh() { reconcile(); }

    /// Tours: connect `camera` in the background now, show it at commitPreload().
    void preload(const Storage::CameraRow &camera);
    void commitPreload();
    bool hasPreload() const { return m_preload != nullptr; }

signals:
    void cameraChanged();
    void statusChanged();

private:
    QString urlFor(const Storage::CameraRow &camera, Video::StreamKind kind) const;
    std::unique_ptr<Video::CameraStream> makeStream(const QString &cameraId, const QString &url);
    void reconcile();
    void adoptPending();
    void drop(std::unique_ptr<Video::CameraStream> &stream);

    int m_index;
    Video::FramePump &m_pump;
    Video::CameraStream::Config m_config;
    CameraTransports *m_transports = nullptr;
    std::optional<Storage::CameraRow> m_camera, m_preloadCamera;
    QPointer<QVideoSink> m_sink;
    bool m_active = false, m_focused = false;
    QSize m_pixels;
    Video::StreamSelector m_selector;
    Video::StreamKind m_streamKind = Video::StreamKind::Sub, m_pendingKind = Video::StreamKind::Sub,
                      m_preloadKind = Video::StreamKind::Sub;
    std::unique_ptr<Video::CameraStream> m_stream, m_pending, m_preload;
    TilePlayback::IndexSource m_indexSource;
    TilePlayback m_playback;
    TilePtz m_ptz;
    QString m_streamUrl, m_pendingUrl, m_preloadUrl;
};

} // namespace Cc::VideoQuick
