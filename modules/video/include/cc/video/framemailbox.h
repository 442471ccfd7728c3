// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVideoFrame>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <vector>

namespace Cc::Video {

/// One decoded frame with what we know about its timing.
struct StampedFrame
{
    QVideoFrame frame;
    qint64 stampUs = -1;  ///< the sender's wall-clock stamp (camsim's SEI), -1 if none
    qint64 arrivedUs = 0; ///< wall clock when it left the decoder
    quint64 seq = 0;      ///< 1, 2, ... per stream, across reconnects
};

/// The box between a pipeline's streaming thread and the GUI: the streaming thread puts each
/// decoded frame, the display timer takes the next one to show. Decoders on a busy machine
/// deliver frames in bursts (measured at 36 tiles on 2 cores: 87 % of the frames a one-slot
/// box lost were replaced within 1 ms), so the box keeps the last kDepth frames and the
/// display shows them one per tick — but skips every frame whose successor has already
/// waited kMaxLagUs: the display is never more than about one frame behind the decoder, and
/// a slow GUI drops frames instead of queueing them. Thread-safe; lives as long as the stream.
///
/// The GUI side never waits for a streaming thread and never frees a picture
/// (docs/video.md, "Benchmark"): with 36 streams on 2 cores a streaming thread that holds a
/// lock is often preempted for 100 ms or more, and releasing a decoded picture's memory
/// (~350 KB, allocated by the streaming thread) takes that thread's malloc arena lock. So the
/// GUI takes with tryTake() (skips the tile this tick if the box is busy) and hands the
/// pictures it no longer shows back with it; put() releases them on the streaming thread.
class FrameMailbox
{
public:
    enum class Take { Frame, NoNewFrame, Busy };
    /// Frames kept for the display (the newest included).
    static constexpr std::size_t kDepth = 3;
    /// A frame is skipped once its successor has waited this long (one frame at 25 fps).
    static constexpr qint64 kMaxLagUs = 40'000;

    /// Streaming side: the newest frame. The frames let go (shown or skipped, beyond kDepth,
    /// or handed back by the display) are released here, outside the lock.
    void put(QVideoFrame frame, qint64 stampUs, qint64 arrivedUs)
    {
        put(std::move(frame), stampUs, arrivedUs, nowUs());
    }
    void put(QVideoFrame frame, qint64 stampUs, qint64 arrivedUs, qint64 monotonicUs);
    /// GUI side, never blocks: Busy if the streaming thread holds the box right now (try
    /// again next tick; `retired` stays with the caller). Otherwise moves `retired` into the
    /// box (released by the next put()) and, if there is a frame newer than `seenSeq`, copies
    /// the next one to show to `out`, advances `seenSeq` and returns Frame.
    Take tryTake(quint64 &seenSeq, std::vector<QVideoFrame> &retired, StampedFrame &out)
    {
        return tryTake(seenSeq, retired, out, nowUs());
    }
    /// (The clock as put() and tryTake() read it, in µs; tests pass their own times.)
    Take tryTake(quint64 &seenSeq, std::vector<QVideoFrame> &retired, StampedFrame &out,
                 qint64 monotonicUs);
    static qint64 nowUs();
    /// The latest frame, whatever was taken (for snapshots); empty before the first frame.
    StampedFrame latest() const;
    /// Frames held: kept for the display, and handed back by it but not yet released.
    std::size_t framesHeld() const;

    // Counters the owner turns into statistics (written by the streaming thread).
    std::atomic<quint64> frames{0};
    std::atomic<quint64> bytes{0};       ///< compressed bytes that reached the decoder
    std::atomic<qint64> lastFrameMs{0};  ///< monotonic ms of the last decoded frame
    std::atomic<qint64> latencySumUs{0}; ///< sum of (arrived - stamp) over stamped frames
    std::atomic<quint64> stampedFrames{0};

private:
    struct Slot
    {
        StampedFrame frame;
        qint64 putUs = 0; ///< monotonic
    };

    mutable std::mutex m_mutex;
    std::vector<Slot> m_slots; ///< oldest first, at most kDepth; reserved, never reallocates
    quint64 m_seq = 0;
    quint64 m_taken = 0; ///< the highest seq tryTake() handed out
    std::vector<QVideoFrame> m_retired;
};

} // namespace Cc::Video
