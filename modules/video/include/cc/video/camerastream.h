// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/video/framemailbox.h"
#include "cc/video/streamurl.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSize>
#include <QTimer>

#include <memory>

namespace Cc::Video {

struct PipelineLink;

/// One camera stream of one tile: its own GstPipeline
///   rtspsrc (TCP, small latency, credentials as properties) ! rtph264depay ! h264parse
///   ! avdec_h264 max-threads=1 ! video/x-raw,format=I420 ! appsink max-buffers=1 drop=true
/// decoded frames go to a one-slot mailbox (FramePump hands them to QVideoSinks).
///
/// States: Idle → Connecting → Playing ⇄ Stalled; any error, EOS, connect timeout or a
/// watchdog without frames tears the pipeline down (off the GUI thread) and goes to
/// Backoff(n), which rebuilds it after 1, 2, 4 … 30 s — also when the first connect fails.
/// Offline is for what retrying cannot fix (a malformed URL, a missing GStreamer plugin).
/// GStreamer threads reach this object only through queued calls.
class CameraStream : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Playing, Stalled, Backoff, Offline };
    Q_ENUM(State)

    struct Config
    {
        int latencyMs = 150;         ///< rtspsrc jitter buffer
        int stalledAfterMs = 2000;   ///< Playing → Stalled (still connected, last frame kept)
        int watchdogMs = 8000;       ///< no frame this long → rebuild (> rtspsrc's 5 s UDP→TCP fallback)
        int connectTimeoutMs = 15000;///< no first frame this long → rebuild
        int backoffMinMs = 1000;
        int backoffMaxMs = 30000;
        int tcpTimeoutMs = 5000;     ///< rtspsrc tcp-timeout
        int streamingNice = 0;       ///< nice value of the pipeline's threads (0: unchanged)
    };

    struct Stats
    {
        double fps = 0;          ///< decoded frames per second (last second)
        double kbps = 0;         ///< compressed kbit/s into the decoder (last second)
        qint64 frameAgeMs = -1;  ///< since the last decoded frame; -1 before the first
        double latencyMs = -1;   ///< sender stamp → decoded (last second), -1 without stamps
        int reconnects = 0;      ///< pipelines rebuilt after a failure
        quint64 frames = 0;      ///< decoded in total
        QSize frameSize;
        QString lastError;       ///< translated, credentials redacted
    };

    explicit CameraStream(QObject *parent = nullptr);
    CameraStream(const Config &config, QObject *parent = nullptr);
    ~CameraStream() override;

    /// The camera's URL (may carry credentials; they are stripped and never shown).
    void setUrl(const QString &url);
    QString displayUrl() const { return m_displayUrl; }

    void start(); ///< Idle/Offline → Connecting
    void stop();  ///< any → Idle; the pipeline is torn down off the GUI thread

    State state() const { return m_state; }
    int backoffAttempt() const { return m_attempt; }
    /// Ms until the next connect attempt while in Backoff, else -1.
    qint64 retryInMs() const;
    QString errorText() const { return m_stats.lastError; }
    Stats stats() const;
    std::shared_ptr<FrameMailbox> mailbox() const { return m_mailbox; }

    static QString stateName(State state);
    /// "Playing", "Reconnecting in 4 s", "Offline: <reason>" …, translated.
    QString statusText() const;

signals:
    void stateChanged(Cc::Video::CameraStream::State state);
    void statsChanged();

private:
    friend struct PipelineLink;
    void connectPipeline();
    void teardown();
    void fail(const QString &message, bool retry);
    void setState(State state);
    void onTick();
    void onPipelineError(quint64 generation, const QString &message, bool retry);

    Config m_config;
    QString m_url, m_displayUrl;
    State m_state = State::Idle;
    int m_attempt = 0;
    std::shared_ptr<FrameMailbox> m_mailbox;
    std::shared_ptr<PipelineLink> m_link;
    void *m_pipeline = nullptr; // GstElement*, kept out of the header
    quint64 m_generation = 0;
    QTimer m_tick;
    QElapsedTimer m_stateClock, m_statsClock;
    qint64 m_retryAtMs = 0;
    quint64 m_statsFrames = 0, m_statsBytes = 0, m_statsStamped = 0;
    qint64 m_statsLatencyUs = 0;
    qint64 m_framesAtConnect = 0;
    Stats m_stats;
};

} // namespace Cc::Video
