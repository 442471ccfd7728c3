// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/recording/recordingindex.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

typedef struct _GstElement GstElement; // as GStreamer declares it: no GStreamer header here

namespace Cc::Recording {

struct RecorderLink;

/// Records one camera into its ring of segments, without decoding or re-encoding:
///   rtspsrc ! rtph264depay ! h264parse config-interval=-1 ! splitmuxsink muxer=mpegtsmux
/// Each segment starts on a keyframe with SPS/PPS in front, so it plays alone. The segment's
/// start is the wall-clock time of its first frame (the recorder's clock, from the buffer's
/// running time); its row is inserted when the file opens and its end kept current every
/// second, so the index knows about a segment before it is closed.
///
/// A lost camera (error, EOS, no data for `watchdogMs`) closes the open segment where its
/// data ended and reconnects after 1, 2, 4 … 30 s: the missing time is a gap between spans.
/// GStreamer threads reach this object only through queued calls checked against the
/// pipeline's generation (as Video::CameraStream does).
class CameraRecorder : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Recording, Backoff, Offline };
    Q_ENUM(State)

    struct Config
    {
        qint64 segmentUs = 60'000'000; ///< segment length (split at the next keyframe after it)
        int latencyMs = 150;
        int watchdogMs = 8000;
        int backoffMinMs = 1000, backoffMaxMs = 30000;
        QString transport = QStringLiteral("tcp"); ///< rtspsrc protocols: tcp, udp, udp-mcast
    };

    CameraRecorder(RecordingIndex &index, QString cameraId, QString url, const Config &config,
                   QObject *parent = nullptr);
    ~CameraRecorder() override;

    QString cameraId() const { return m_camera; }
    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    int reconnects() const { return m_reconnects; }
    /// Compressed bytes received since start (all pipelines).
    quint64 bytesReceived() const;

    void start();
    /// Stops and closes the open segment (synchronously: the file is complete afterwards).
    void stop();

    // Called from GStreamer threads through queued calls.
    void onFragmentsOpened(quint64 generation);
    void onPipelineError(quint64 generation, const QString &message);

signals:
    void stateChanged(Cc::Recording::CameraRecorder::State state);
    void segmentClosed(const Cc::Recording::Segment &segment);

private:
    void connectPipeline();
    void teardown(bool synchronous);
    void closeOpenSegment(qint64 endUs, const QString &state = QStringLiteral("closed"));
    void takeOpenedFragments();
    void openSegment(const QString &relativePath, qint64 startUs);
    void scheduleRetry(const QString &reason);
    void tick();
    void setState(State state);
    qint64 openSegmentEndUs() const;
    qint64 correctionUs() const;

    RecordingIndex &m_index;
    QString m_camera, m_url;
    Config m_config;
    State m_state = State::Idle;
    GstElement *m_pipeline = nullptr;
    std::shared_ptr<RecorderLink> m_link;
    quint64 m_generation = 0;
    qint64 m_openId = 0, m_openStartUs = 0;
    QString m_openPath;
    QStringList m_settling; ///< closed segments whose size is read once more
    QTimer m_tick, m_retry;
    QElapsedTimer m_sinceConnect;
    int m_attempt = 0, m_reconnects = 0;
    quint64 m_bytesBefore = 0;
    QString m_lastError;
};

} // namespace Cc::Recording
