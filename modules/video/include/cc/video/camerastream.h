// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/video/framemailbox.h"
#include "cc/video/rtsptransport.h"
#include "cc/video/streamurl.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSize>
#include <QTimer>

#include <memory>

typedef struct _GstElement GstElement; // as GStreamer declares it: no GStreamer header here

namespace Cc::Video {

struct PipelineLink;

/// One camera stream of one tile: its own GstPipeline
///   rtspsrc (one RTP transport, small latency, credentials as properties) ! rtph264depay ! h264parse
///   ! avdec_h264 max-threads=1 ! video/x-raw,format=I420 ! appsink max-buffers=1 drop=true
/// decoded frames go to a one-slot mailbox (FramePump hands them to QVideoSinks).
///
/// States: Idle → Connecting → Playing ⇄ Stalled; any error, EOS, connect timeout or a
/// watchdog without frames tears the pipeline down (off the GUI thread) and goes to
/// Backoff(n), which rebuilds it after 1, 2, 4 … 30 s — also when the first connect fails.
/// Offline is for what retrying cannot fix (a malformed URL, a missing GStreamer plugin).
/// GStreamer threads reach this object only through queued calls. Retired pipelines go to
/// the PipelineReaper's thread.
///
/// Transport: with RtspTransport::Auto each connect tries the candidates of
/// transportCandidates() in turn (TCP interleaved, UDP unicast, UDP multicast; the one that
/// last worked first) while a failure can be the transport's fault; a refused connection, a
/// wrong password or a missing path end the round at once. The first picture on a transport
/// emits transportWorked() so the owner can remember it for this camera.
class CameraStream : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Playing, Stalled, Backoff, Offline };
    Q_ENUM(State)

    struct Config
    {
        int latencyMs = 150;       ///< rtspsrc jitter buffer
        int stalledAfterMs = 2000; ///< Playing → Stalled (still connected, last frame kept)
        int watchdogMs = 8000;     ///< no frame this long → rebuild (> rtspsrc's 5 s UDP timeout)
        int connectTimeoutMs = 15000; ///< no first frame this long → rebuild
        int backoffMinMs = 1000;
        int backoffMaxMs = 30000;
        int tcpTimeoutMs = 5000; ///< rtspsrc tcp-timeout
        int udpTimeoutMs = 5000; ///< rtspsrc udp-timeout: no UDP packet this long → next transport
        int streamingNice = 0;   ///< nice value of the pipeline's threads (0: unchanged)
    };

    struct Stats
    {
        double fps = 0;         ///< decoded frames per second (last second)
        double kbps = 0;        ///< compressed kbit/s into the decoder (last second)
        qint64 frameAgeMs = -1; ///< since the last decoded frame; -1 before the first
        double latencyMs = -1;  ///< sender stamp → decoded (last second), -1 without stamps
        int reconnects = 0;     ///< pipelines rebuilt after a failure
        quint64 frames = 0;     ///< decoded in total
        QSize frameSize;
        QString lastError; ///< translated, credentials redacted
    };

    explicit CameraStream(QObject *parent = nullptr);
    CameraStream(const Config &config, QObject *parent = nullptr);
    ~CameraStream() override;

    /// The camera's URL (may carry credentials; they are stripped and never shown).
    void setUrl(const QString &url);
    QString displayUrl() const { return m_displayUrl; }
    /// The camera's transport setting and the one that last worked for it (Auto: none known);
    /// applies from the next connect.
    void setTransport(RtspTransport setting, RtspTransport remembered = RtspTransport::Auto);
    RtspTransport transportSetting() const { return m_transportSetting; }
    /// The transport of the current (or last) attempt.
    RtspTransport transport() const;

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
    /// The first picture arrived over `transport` (never Auto).
    void transportWorked(Cc::Video::RtspTransport transport);

private:
    friend struct PipelineLink;
    void connectPipeline();
    GstElement *buildPipeline(const StreamSource &source, QString &missing);
    void teardown();
    void fail(const QString &message, bool retry);
    /// A failure before the first picture that another transport may not have: true if the
    /// next candidate is being tried.
    bool tryNextTransport(const QString &message);
    void setState(State state);
    void onTick();
    void onPipelineError(quint64 generation, const QString &message, bool retry,
                         bool transportRelated);
    void updateStats(qint64 dtMs);

    Config m_config;
    QString m_url, m_displayUrl;
    State m_state = State::Idle;
    int m_attempt = 0;
    std::shared_ptr<FrameMailbox> m_mailbox;
    std::shared_ptr<PipelineLink> m_link;
    GstElement *m_pipeline = nullptr;
    RtspTransport m_transportSetting = RtspTransport::Auto,
                  m_transportRemembered = RtspTransport::Auto;
    QList<RtspTransport> m_candidates;
    int m_candidate = 0;           ///< index into m_candidates of the current attempt
    QStringList m_transportErrors; ///< this round's failures, one per transport tried
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
