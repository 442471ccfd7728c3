// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video/framemailbox.h"

namespace Cc::Video {

void FrameMailbox::put(QVideoFrame frame, qint64 stampUs, qint64 arrivedUs)
{
    std::lock_guard lock(m_mutex);
    m_latest = StampedFrame{std::move(frame), stampUs, arrivedUs, ++m_seq};
}

std::optional<StampedFrame> FrameMailbox::takeIfNewer(quint64 &seenSeq) const
{
    std::lock_guard lock(m_mutex);
    if (m_latest.seq == 0 || m_latest.seq == seenSeq)
        return std::nullopt;
    seenSeq = m_latest.seq;
    return m_latest;
}

StampedFrame FrameMailbox::latest() const
{
    std::lock_guard lock(m_mutex);
    return m_latest;
}

void FrameMailbox::clear()
{
    std::lock_guard lock(m_mutex);
    m_latest.frame = QVideoFrame();
}

} // namespace Cc::Video
