// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/video/framemailbox.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVideoSink>

#include <functional>
#include <memory>

namespace Cc::Video {

class CameraStream;

/// Hands the newest frame of every attached stream to its QVideoSink, all together on one
/// display-rate timer: one redraw per tick for the whole wall instead of one per frame per
/// tile (measured: 4 tiles 115 % → 45 % CPU). Lives on the GUI thread.
///
/// A tick never waits for a streaming thread and never frees a picture: it skips a tile whose
/// mailbox is busy (next tick, 20 ms later) and hands the picture a sink stops showing back
/// to the mailbox, whose streaming thread releases it (FrameMailbox::tryTake). Releasing it
/// here blocked ticks for up to a second at 36 tiles (docs/video.md, "Benchmark").
class FramePump : public QObject
{
    Q_OBJECT
public:
    /// 20 ms: twice the camera frame rate, so timer jitter on a busy GUI thread does not
    /// skip frames of 25 fps streams; still one batch of sink updates per tick.
    explicit FramePump(QObject *parent = nullptr, int intervalMs = 20);

    /// Shows `stream`'s frames in `sink` (replacing what `sink` showed before).
    void attach(CameraStream *stream, QVideoSink *sink);
    /// Shows the frames put into `mailbox` (a recording's player) in `sink`.
    void attach(std::shared_ptr<FrameMailbox> mailbox, QVideoSink *sink);
    void detach(QVideoSink *sink);
    int attachedCount() const { return int(m_entries.size()); }

    /// Called for each frame handed to a sink (the benchmark measures hand-off latency here).
    void setObserver(std::function<void(QVideoSink *, const StampedFrame &, qint64 nowUs)> observer)
    {
        m_observer = std::move(observer);
    }
    quint64 framesPushed() const { return m_pushed; }
    quint64 ticks() const { return m_ticks; }
    /// Tiles skipped for a tick because their streaming thread held the mailbox.
    quint64 busySkips() const { return m_busySkips; }
    /// Wall-clock time spent inside ticks (µs).
    qint64 tickUs() const { return m_tickUs; }

private:
    void tick();

    struct Entry
    {
        QPointer<QVideoSink> sink;
        std::shared_ptr<FrameMailbox> mailbox;
        quint64 seen = 0;
        std::vector<QVideoFrame> retired; ///< no longer shown, for the mailbox to release
    };
    std::vector<Entry> m_entries;
    QTimer m_timer;
    std::function<void(QVideoSink *, const StampedFrame &, qint64)> m_observer;
    quint64 m_pushed = 0, m_ticks = 0, m_busySkips = 0;
    qint64 m_tickUs = 0;
};

} // namespace Cc::Video
