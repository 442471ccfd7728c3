// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/recording/playbackclock.h"

#include <glib.h>

namespace Cc::Recording {

qint64 PlaybackClock::monotonicUs()
{
    return g_get_monotonic_time();
}

qint64 PlaybackClock::positionUs() const
{
    if (!m_running || m_holds > 0)
        return m_anchorWallUs;
    return m_anchorWallUs + qint64(double(monotonicUs() - m_anchorMonoUs) * m_rate);
}

void PlaybackClock::reanchor()
{
    m_anchorWallUs = positionUs();
    m_anchorMonoUs = monotonicUs();
}

void PlaybackClock::seek(qint64 wallUs)
{
    m_anchorWallUs = wallUs;
    m_anchorMonoUs = monotonicUs();
}

void PlaybackClock::setRate(double rate)
{
    reanchor();
    m_rate = rate;
}

void PlaybackClock::setRunning(bool running)
{
    reanchor();
    m_running = running;
}

void PlaybackClock::release()
{
    if (m_holds == 0)
        return;
    if (--m_holds == 0)
        m_anchorMonoUs = monotonicUs(); // time spent loading does not count
}

} // namespace Cc::Recording
