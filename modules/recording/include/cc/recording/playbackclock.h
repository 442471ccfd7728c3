// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Cc::Recording {

/// The wall-clock position of a playback: anchored at a recorded time and advancing at `rate`
/// with the monotonic clock while it runs. Several players sharing one clock play in step
/// (the synchronized tiles of the wall). A player that is still loading holds the clock, so
/// nobody runs ahead of a tile that has no picture yet. GUI thread only.
class PlaybackClock
{
public:
    qint64 positionUs() const;
    double rate() const { return m_rate; }
    bool running() const { return m_running; }

    void seek(qint64 wallUs);
    void setRate(double rate);
    void setRunning(bool running);
    void hold() { reanchor(), ++m_holds; }
    void release();
    int holds() const { return m_holds; }

private:
    void reanchor();
    static qint64 monotonicUs();

    qint64 m_anchorWallUs = 0, m_anchorMonoUs = 0;
    double m_rate = 1.0;
    bool m_running = false;
    int m_holds = 0;
};

} // namespace Cc::Recording
