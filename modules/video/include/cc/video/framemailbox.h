// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVideoFrame>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>

namespace Cc::Video {

/// One decoded frame with what we know about its timing.
struct StampedFrame
{
    QVideoFrame frame;
    qint64 stampUs = -1;  ///< the sender's wall-clock stamp (camsim's SEI), -1 if none
    qint64 arrivedUs = 0; ///< wall clock when it left the decoder
    quint64 seq = 0;      ///< 1, 2, ... per stream, across reconnects
};

/// A one-slot "latest frame" box between a pipeline's streaming thread and the GUI: the
/// streaming thread overwrites it, the display timer takes what is newest. A slow GUI
/// therefore drops frames instead of queueing them. Thread-safe; lives as long as the stream.
class FrameMailbox
{
public:
    void put(QVideoFrame frame, qint64 stampUs, qint64 arrivedUs);
    /// The latest frame if it is newer than `seenSeq` (which is then advanced).
    std::optional<StampedFrame> takeIfNewer(quint64 &seenSeq) const;
    /// The latest frame, whatever was taken (for snapshots); empty before the first frame.
    StampedFrame latest() const;
    void clear();

    // Counters the owner turns into statistics (written by the streaming thread).
    std::atomic<quint64> frames{0};
    std::atomic<quint64> bytes{0};       ///< compressed bytes that reached the decoder
    std::atomic<qint64> lastFrameMs{0};  ///< monotonic ms of the last decoded frame
    std::atomic<qint64> latencySumUs{0}; ///< sum of (arrived - stamp) over stamped frames
    std::atomic<quint64> stampedFrames{0};

private:
    mutable std::mutex m_mutex;
    StampedFrame m_latest;
    quint64 m_seq = 0;
};

} // namespace Cc::Video
