// SPDX-License-Identifier: GPL-3.0-or-later
// A camera's sub-stream sampled into its detector (docs/video.md "Video analytics").
#include "cc/analytics/cameraanalyser.h"

#include <cc/video/snapshot.h>

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QPainter>

namespace Cc::Analytics {

QByteArray snapshotJpeg(const QImage &picture, const QRectF &box, qint64 maxBytes)
{
    if (picture.isNull())
        return {};
    QImage marked = picture.convertToFormat(QImage::Format_RGB32);
    {
        QPainter painter(&marked);
        QPen pen(QColor(255, 40, 40));
        pen.setWidth(std::max(2, marked.width() / 320));
        painter.setPen(pen);
        painter.drawRect(QRectF(box.x() * marked.width(), box.y() * marked.height(),
                                box.width() * marked.width(), box.height() * marked.height()));
    }
    for (int quality : {85, 70, 50, 30}) {
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        if (!marked.save(&buffer, "JPEG", quality))
            return {};
        if (jpeg.size() <= maxBytes)
            return jpeg;
    }
    return {};
}

CameraAnalyser::CameraAnalyser(const QString &cameraId, const QString &url, const Config &config,
                               QObject *parent)
    : QObject(parent)
    , m_cameraId(cameraId)
    , m_url(url)
    , m_config(config)
    , m_stream(config.stream)
    , m_detector(config.detector)
{
    m_config.fps = std::clamp(m_config.fps, 0.1, Limits::kMaxFps);
    m_stream.setUrl(url);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(int(1000 / m_config.fps));
    connect(&m_timer, &QTimer::timeout, this, &CameraAnalyser::sample);
}

CameraAnalyser::~CameraAnalyser()
{
    stop();
}

void CameraAnalyser::setZones(const QList<Zone> &zones)
{
    QList<DetectorZone> defs;
    for (const Zone &z : zones)
        defs.append({z.id, z.polygon, double(z.dwellSeconds)});
    m_detector.setZones(defs);
}

void CameraAnalyser::start()
{
    m_stream.start();
    m_timer.start();
}

void CameraAnalyser::stop()
{
    m_timer.stop();
    m_stream.stop();
}

void CameraAnalyser::sample()
{
    // The newest picture (not the display's next one): a slow analysis skips pictures.
    const Video::StampedFrame taken = m_stream.mailbox()->latest();
    if (taken.seq <= m_seenSeq || !taken.frame.isValid())
        return;
    m_seenSeq = taken.seq;
    QVideoFrame frame = taken.frame;
    if (!frame.map(QVideoFrame::ReadOnly))
        return;
    // When it was decoded: this machine's clock, always ahead (a camera's own stamps can
    // jump: a clock set, a reconnect), within the stream's latency (~0.2 s) of the picture.
    const qint64 timeUs = taken.arrivedUs;
    QElapsedTimer clock;
    clock.start();
    const bool i420 = frame.pixelFormat() == QVideoFrameFormat::Format_YUV420P;
    const QList<StaticObject> objects = m_detector.feed(frame.bits(0), frame.width(),
                                                        frame.height(), frame.bytesPerLine(0),
                                                        timeUs, i420 ? frame.bits(1) : nullptr,
                                                        i420 ? frame.bits(2) : nullptr,
                                                        i420 ? frame.bytesPerLine(1) : 0);
    m_analysisNs += clock.nsecsElapsed();
    ++m_analysed;
    frame.unmap();
    if (objects.isEmpty())
        return;
    const QImage picture = Video::frameToImage(taken.frame);
    for (const StaticObject &object : objects) {
        Finding f{m_cameraId, object, snapshotJpeg(picture, object.box, Limits::kMaxSnapshotBytes)};
        emit found(f);
    }
}

} // namespace Cc::Analytics
