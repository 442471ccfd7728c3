// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video/framemailbox.h"

#include <chrono>
#include <utility>

namespace Cc::Video {

qint64 FrameMailbox::nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

void FrameMailbox::put(QVideoFrame frame, qint64 stampUs, qint64 arrivedUs, qint64 now)
{
    std::vector<QVideoFrame> released;
    released.reserve(kDepth + 4);
    {
        std::lock_guard lock(m_mutex);
        if (m_slots.capacity() == 0)
            m_slots.reserve(kDepth + 1);
        m_slots.push_back(Slot{StampedFrame{std::move(frame), stampUs, arrivedUs, ++m_seq}, now});
        // Keep the newest, and the older ones the display has not passed yet (kDepth in all).
        std::size_t drop = 0;
        while (m_slots.size() - drop > 1
               && (m_slots[drop].frame.seq <= m_taken || m_slots.size() - drop > kDepth))
            ++drop;
        for (std::size_t i = 0; i < drop; ++i)
            released.push_back(std::move(m_slots[i].frame.frame));
        m_slots.erase(m_slots.begin(), m_slots.begin() + qsizetype(drop));
        // Moved out element by element: m_retired keeps its capacity, tryTake() never allocates.
        for (QVideoFrame &f : m_retired)
            released.push_back(std::move(f));
        m_retired.clear();
    }
    // `released` goes here, on this (streaming) thread, after the lock is free.
}

FrameMailbox::Take FrameMailbox::tryTake(quint64 &seenSeq, std::vector<QVideoFrame> &retired,
                                         StampedFrame &out, qint64 now)
{
    std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock())
        return Take::Busy;
    for (QVideoFrame &f : retired)
        m_retired.push_back(std::move(f));
    retired.clear();
    std::size_t next = 0;
    while (next < m_slots.size() && m_slots[next].frame.seq <= seenSeq)
        ++next;
    if (next == m_slots.size())
        return Take::NoNewFrame;
    while (next + 1 < m_slots.size() && now - m_slots[next + 1].putUs >= kMaxLagUs)
        ++next; // its successor has waited a frame already: showing it would lag
    out = m_slots[next].frame;
    seenSeq = out.seq;
    m_taken = std::max(m_taken, seenSeq);
    return Take::Frame;
}

StampedFrame FrameMailbox::latest() const
{
    std::lock_guard lock(m_mutex);
    return m_slots.empty() ? StampedFrame{} : m_slots.back().frame;
}

std::size_t FrameMailbox::framesHeld() const
{
    std::lock_guard lock(m_mutex);
    return m_slots.size() + m_retired.size();
}

} // namespace Cc::Video
