// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video_quick/walltile.h"

#include "cc/video_quick/cameratransports.h"

#include <cc/video/framepump.h>

#include <QElapsedTimer>

namespace Cc::VideoQuick {

using Video::CameraStream;
using Video::StreamKind;

// The tile's states are the stream's, one to one (QML reads them as WallTile.Playing …).
static_assert(int(WallTile::Idle) == int(CameraStream::State::Idle)
              && int(WallTile::Connecting) == int(CameraStream::State::Connecting)
              && int(WallTile::Playing) == int(CameraStream::State::Playing)
              && int(WallTile::Stalled) == int(CameraStream::State::Stalled)
              && int(WallTile::Reconnecting) == int(CameraStream::State::Backoff)
              && int(WallTile::Offline) == int(CameraStream::State::Offline));

namespace {
qint64 nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}
} // namespace

WallTile::WallTile(int index, Video::FramePump &pump, const CameraStream::Config &config,
                   CameraTransports *transports, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_pump(pump)
    , m_config(config)
    , m_transports(transports)
    , m_playback([this] { return m_indexSource ? m_indexSource() : nullptr; })
{
    // Playback replaces the live stream in the tile; back to live reconnects it.
    connect(&m_playback, &TilePlayback::activeChanged, this, [this] {
        reconcile();
        emit statusChanged();
    });
    connect(&m_playback, &TilePlayback::stateChanged, this, &WallTile::statusChanged);
}

WallTile::~WallTile()
{
    if (m_sink)
        m_pump.detach(m_sink);
}

WallTile::State WallTile::state() const
{
    if (m_playback.active())
        return Playing;
    return m_stream ? State(int(m_stream->state())) : Idle;
}

QString WallTile::transportSetting() const
{
    return Video::transportKey(m_camera && m_transports ? m_transports->setting(m_camera->id)
                                                        : Video::RtspTransport::Auto);
}

QString WallTile::stateName() const
{
    return CameraStream::stateName(m_stream ? m_stream->state() : CameraStream::State::Idle);
}

QString WallTile::statusText() const
{
    if (!m_camera)
        return tr("Drop a camera here");
    if (m_playback.active() || !m_playback.stateText().isEmpty())
        return m_playback.stateText();
    return m_stream ? m_stream->statusText() : CameraStream::stateName(CameraStream::State::Idle);
}

QString WallTile::statsText() const
{
    if (!m_stream)
        return {};
    const auto s = m_stream->stats();
    QString text = tr("%1 · %2 · %3 fps · %4 kbit/s · age %5 ms")
                       .arg(onMain() ? tr("main") : tr("sub"))
                       .arg(Video::transportLabel(m_stream->transport()))
                       .arg(s.fps, 0, 'f', 1)
                       .arg(s.kbps, 0, 'f', 0)
                       .arg(s.frameAgeMs);
    if (s.frameSize.isValid())
        text += QStringLiteral(" · %1×%2").arg(s.frameSize.width()).arg(s.frameSize.height());
    if (s.reconnects > 0)
        text += tr(" · %n reconnect(s)", nullptr, s.reconnects);
    return text;
}

QString WallTile::urlFor(const Storage::CameraRow &camera, StreamKind kind) const
{
    if (kind == StreamKind::Main || camera.urlSub.isEmpty())
        return camera.urlMain;
    return camera.urlSub;
}

std::unique_ptr<CameraStream> WallTile::makeStream(const QString &cameraId, const QString &url)
{
    auto stream = std::make_unique<CameraStream>(m_config);
    stream->setUrl(url);
    if (m_transports) {
        stream->setTransport(m_transports->setting(cameraId), m_transports->remembered(cameraId));
        connect(stream.get(), &CameraStream::transportWorked, this,
                [this, cameraId](Video::RtspTransport t) { m_transports->remember(cameraId, t); });
    }
    connect(stream.get(), &CameraStream::statsChanged, this, &WallTile::statusChanged);
    stream->start();
    return stream;
}

void WallTile::drop(std::unique_ptr<CameraStream> &stream)
{
    if (!stream)
        return;
    stream->disconnect(this);
    stream->stop();
    stream.release()->deleteLater(); // we may be inside one of its signals
}

void WallTile::setCamera(const std::optional<Storage::CameraRow> &camera)
{
    if ((camera ? camera->id : QString()) == cameraId())
        return;
    m_camera = camera;
    m_ptz.setCamera(camera);
    m_playback.stop();
    drop(m_stream);
    drop(m_pending);
    m_streamUrl.clear();
    emit cameraChanged();
    reconcile();
    emit statusChanged();
}

void WallTile::reconnect()
{
    drop(m_stream);
    drop(m_pending);
    m_streamUrl.clear();
    reconcile();
    emit statusChanged();
}

void WallTile::setSink(QVideoSink *sink)
{
    if (m_sink && m_sink != sink)
        m_pump.detach(m_sink);
    m_sink = sink;
    if (m_sink && m_playback.active())
        m_pump.attach(m_playback.player()->mailbox(), m_sink);
    else if (m_sink && m_stream)
        m_pump.attach(m_stream.get(), m_sink);
}

void WallTile::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    reconcile();
    emit statusChanged();
}

void WallTile::setGeometry(QSize physicalPixels, bool focused)
{
    m_pixels = physicalPixels;
    m_focused = focused;
    reconcile();
}

void WallTile::reconcile()
{
    if (!m_active || !m_camera)
        m_playback.stop();
    if (m_playback.active()) {
        // The recording plays here: no live stream meanwhile (its decoder would cost for nothing).
        drop(m_stream);
        drop(m_pending);
        drop(m_preload);
        m_streamUrl.clear();
        if (m_sink)
            m_pump.attach(m_playback.player()->mailbox(), m_sink);
        return;
    }
    if (!m_active || !m_camera) {
        if (m_sink)
            m_pump.detach(m_sink);
        drop(m_stream);
        drop(m_pending);
        drop(m_preload);
        m_streamUrl.clear();
        return;
    }
    const StreamKind kind = m_selector.update(m_pixels, m_focused, nowMs());
    const QString url = urlFor(*m_camera, kind);
    if (m_stream && m_streamUrl == url) {
        drop(m_pending); // e.g. resized back before the other stream played
        return;
    }
    if (m_pending && m_pendingUrl == url)
        return;
    if (m_stream && m_stream->state() == CameraStream::State::Playing) {
        drop(m_pending);
        m_pending = makeStream(m_camera->id, url);
        m_pendingUrl = url;
        m_pendingKind = kind;
        connect(m_pending.get(), &CameraStream::stateChanged, this, [this](CameraStream::State s) {
            if (s == CameraStream::State::Playing)
                adoptPending();
        });
        return;
    }
    drop(m_stream);
    m_stream = makeStream(m_camera->id, url);
    m_streamUrl = url;
    m_streamKind = kind;
    if (m_sink)
        m_pump.attach(m_stream.get(), m_sink);
}

void WallTile::adoptPending()
{
    if (!m_pending)
        return;
    drop(m_stream);
    m_stream = std::move(m_pending);
    m_streamUrl = m_pendingUrl;
    m_streamKind = m_pendingKind;
    if (m_sink)
        m_pump.attach(m_stream.get(), m_sink);
    emit statusChanged();
}

void WallTile::preload(const Storage::CameraRow &camera)
{
    drop(m_preload);
    if (!m_active)
        return;
    m_preloadCamera = camera;
    m_preloadKind = m_selector.current();
    m_preloadUrl = urlFor(camera, m_preloadKind);
    m_preload = makeStream(camera.id, m_preloadUrl);
}

void WallTile::commitPreload()
{
    if (!m_preload || !m_preloadCamera)
        return;
    drop(m_stream);
    drop(m_pending);
    m_camera = m_preloadCamera;
    m_ptz.setCamera(m_camera);
    m_stream = std::move(m_preload);
    m_streamUrl = m_preloadUrl;
    m_streamKind = m_preloadKind;
    m_preloadCamera.reset();
    if (m_sink)
        m_pump.attach(m_stream.get(), m_sink);
    emit cameraChanged();
    emit statusChanged();
    reconcile();
}

} // namespace Cc::VideoQuick
