// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video/framepump.h"

#include "cc/video/camerastream.h"

#include <glib.h>

namespace Cc::Video {

FramePump::FramePump(QObject *parent, int intervalMs) : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FramePump::tick);
}

void FramePump::attach(CameraStream *stream, QVideoSink *sink)
{
    detach(sink);
    // seen = 0: the sink shows the stream's latest frame at the next tick (no black tile on swap).
    m_entries.push_back(Entry{sink, stream->mailbox(), 0});
    if (!m_timer.isActive())
        m_timer.start();
}

void FramePump::attach(std::shared_ptr<FrameMailbox> mailbox, QVideoSink *sink)
{
    detach(sink);
    m_entries.push_back(Entry{sink, std::move(mailbox), 0});
    if (!m_timer.isActive())
        m_timer.start();
}

void FramePump::detach(QVideoSink *sink)
{
    std::erase_if(m_entries, [sink](const Entry &e) { return e.sink == sink || e.sink.isNull(); });
    if (m_entries.empty())
        m_timer.stop();
}

void FramePump::tick()
{
    ++m_ticks;
    const qint64 now = g_get_real_time();
    const qint64 started = g_get_monotonic_time();
    StampedFrame f;
    for (Entry &e : m_entries) {
        if (e.sink.isNull())
            continue;
        const FrameMailbox::Take take = e.mailbox->tryTake(e.seen, e.retired, f);
        if (take == FrameMailbox::Take::Busy)
            ++m_busySkips;
        if (take != FrameMailbox::Take::Frame || !f.frame.isValid())
            continue;
        // The sink's previous picture goes back to the mailbox with the next take; if this
        // were its last reference, letting it go here would free it on the GUI thread.
        QVideoFrame shown = e.sink->videoFrame();
        e.sink->setVideoFrame(f.frame);
        if (shown.isValid())
            e.retired.push_back(std::move(shown));
        ++m_pushed;
        if (m_observer)
            m_observer(e.sink, f, now);
    }
    f = StampedFrame(); // (the sink holds the frame: not its last reference)
    m_tickUs += g_get_monotonic_time() - started;
}

} // namespace Cc::Video
