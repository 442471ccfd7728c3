// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/recording/playbackclock.h"
#include "cc/recording/recordingindex.h"

#include <cc/video/framemailbox.h>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

typedef struct _GstElement GstElement;
typedef struct _GstSample GstSample;

namespace Cc::Recording {

struct PlayerLink;

/// Plays a camera's recorded segments from a wall-clock time (docs/video.md "Playback"):
///   filesrc ! tsdemux ! h264parse ! avdec_h264 ! video/x-raw,format=I420 ! appsink
/// one segment at a time, the next one opened at the end (gaps are jumped). A frame's time is
/// the segment's start plus its PTS after the segment's first frame. Frames are shown by the
/// PlaybackClock, not by GStreamer's: the appsink hands decoded frames over without sync, the
/// player presents the newest frame whose time the clock has reached (± half a frame), so
/// seeking is accurate to the nearest frame, the rate is anything from 0.5× to 8× (frames the
/// decoder cannot deliver in time are skipped, never queued), and a step shows the next frame.
/// Decoded frames go to a FrameMailbox, as a live stream's do, for the wall's FramePump.
class RecordingPlayer : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Seeking, Playing, Paused, NoRecording };
    Q_ENUM(State)

    static constexpr double kMinRate = 0.5, kMaxRate = 8.0;

    /// `index` must outlive the player. Without `clock` the player has its own.
    RecordingPlayer(const RecordingIndex &index, QObject *parent = nullptr);
    ~RecordingPlayer() override;

    /// Plays in step with others sharing `clock` (set before seek()).
    void setClock(std::shared_ptr<PlaybackClock> clock);
    std::shared_ptr<PlaybackClock> clock() const { return m_clock; }

    void setCamera(const QString &cameraId);
    QString camera() const { return m_camera; }
    /// Shows the frame nearest `wallUs` (or the first recorded after it), then plays on if
    /// the clock runs. False when the camera has nothing recorded at or after that time.
    bool seek(qint64 wallUs);
    void play();
    void pause();
    /// Clamped to 0.5–8.
    void setRate(double rate);
    /// While paused: the next frame.
    void step();
    void stop();

    State state() const { return m_state; }
    /// The time of the frame shown last (0 before the first).
    qint64 positionUs() const { return m_shownWallUs; }
    /// The sender's stamp (camsim's SEI) of the frame shown last, -1 if it had none.
    qint64 shownStampUs() const { return m_shownStampUs; }
    std::shared_ptr<Video::FrameMailbox> mailbox() const { return m_mailbox; }
    quint64 framesShown() const { return m_framesShown; }

signals:
    void stateChanged(Cc::Recording::RecordingPlayer::State state);
    void positionChanged(qint64 wallUs);

private:
    struct Queued
    {
        GstSample *sample = nullptr;
        qint64 wallUs = 0, stampUs = -1;
    };
    bool openSegment(const Segment &segment, qint64 targetUs);
    void closeSegment();
    void tick();
    bool pull();
    void present(Queued &frame);
    void setState(State state);
    void finishSeek();
    void clearQueue();

    const RecordingIndex &m_index;
    std::shared_ptr<PlaybackClock> m_clock;
    bool m_ownClock = true;
    QString m_camera;
    State m_state = State::Idle;
    Segment m_segment;
    GstElement *m_pipeline = nullptr, *m_sink = nullptr;
    std::shared_ptr<PlayerLink> m_link;
    std::deque<Queued> m_queue;
    qint64 m_targetUs = 0, m_shownWallUs = 0, m_shownStampUs = -1;
    bool m_holding = false, m_stepPending = false;
    quint64 m_framesShown = 0;
    std::shared_ptr<Video::FrameMailbox> m_mailbox;
    QTimer m_tick;
    QElapsedTimer m_liveEdge; ///< since the last look for more at the end of the recordings
};

} // namespace Cc::Recording
