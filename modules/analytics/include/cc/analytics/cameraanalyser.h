// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/analytics/staticobjectdetector.h"
#include "cc/analytics/zone.h"

#include <cc/video/camerastream.h>

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Cc::Analytics {

/// What the analyser found on a camera: the object, and the analysed picture as a JPEG
/// with the object's box drawn.
struct Finding
{
    QString cameraId;
    StaticObject object;
    QByteArray snapshotJpeg;
};

/// One camera under analysis (docs/video.md "Video analytics"): its sub-stream through a
/// CameraStream (reconnects, transports, watchdog as on the wall), sampled at most `fps`
/// times a second from the stream's mailbox — the newest decoded picture, so a slow
/// analysis drops pictures instead of falling behind — and fed to its own detector.
class CameraAnalyser : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        double fps = Limits::kMaxFps;
        StaticObjectDetector::Config detector;
        Video::CameraStream::Config stream;
    };

    CameraAnalyser(const QString &cameraId, const QString &url, const Config &config,
                   QObject *parent = nullptr);
    ~CameraAnalyser() override;

    QString cameraId() const { return m_cameraId; }
    QString url() const { return m_url; }
    void setZones(const QList<Zone> &zones);
    void start();
    void stop();

    quint64 analysedFrames() const { return m_analysed; }
    double analysisMs() const { return m_analysisNs / 1e6; } ///< spent in the detector in total
    const Video::CameraStream &stream() const { return m_stream; }

signals:
    void found(const Cc::Analytics::Finding &finding);

private:
    void sample();

    QString m_cameraId, m_url;
    Config m_config;
    Video::CameraStream m_stream;
    StaticObjectDetector m_detector;
    QTimer m_timer;
    quint64 m_seenSeq = 0, m_analysed = 0;
    qint64 m_analysisNs = 0;
};

/// The JPEG of a picture with `box` (normalized) outlined, at most `maxBytes` (the quality
/// is lowered until it fits); empty when it cannot be made.
QByteArray snapshotJpeg(const QImage &picture, const QRectF &box, qint64 maxBytes);

} // namespace Cc::Analytics
