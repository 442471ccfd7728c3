// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/recording/recordingplayer.h"

#include <cc/video/framestamp.h>

#include <QFile>

#include <gst/app/app.h>
#include <gst/gst.h>
#include <gst/video/video.h>

#include <array>
#include <cstring>
#include <mutex>

namespace Cc::Recording {

namespace {
constexpr qint64 kHalfFrameUs = 20'000; // half a frame at 25 fps: "nearest frame"
constexpr std::size_t kQueueMax = 6;
constexpr qint64 kGapJumpUs = 1'000'000;
} // namespace

/// Shared with the segment pipeline's streaming thread: the first PTS and the SEI stamps.
struct PlayerLink
{
    std::mutex mutex;
    GstClockTime firstPts = GST_CLOCK_TIME_NONE;
    std::array<std::pair<GstClockTime, qint64>, 32> stamps{};
    std::size_t stampPos = 0;

    qint64 stampFor(GstClockTime pts)
    {
        std::lock_guard lock(mutex);
        for (const auto &[p, s] : stamps)
            if (p == pts && s > 0)
                return s;
        return -1;
    }
};

namespace {

GstPadProbeReturn onParsed(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    auto *link = static_cast<PlayerLink *>(data);
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    const GstClockTime pts = GST_BUFFER_PTS(buffer);
    std::lock_guard lock(link->mutex);
    if (!GST_CLOCK_TIME_IS_VALID(link->firstPts))
        link->firstPts = pts;
    GstMapInfo map;
    if (gst_buffer_map(buffer, &map, GST_MAP_READ)) {
        if (auto stamp = Video::FrameStamp::find(map.data, map.size))
            link->stamps[link->stampPos++ % link->stamps.size()] = {pts, *stamp};
        gst_buffer_unmap(buffer, &map);
    }
    return GST_PAD_PROBE_OK;
}

void onDemuxPad(GstElement *, GstPad *pad, gpointer parse)
{
    GstPad *sink = gst_element_get_static_pad(GST_ELEMENT(parse), "sink");
    if (!gst_pad_is_linked(sink))
        gst_pad_link(pad, sink);
    gst_object_unref(sink);
}

QVideoFrame toVideoFrame(GstSample *sample)
{
    GstVideoInfo info;
    GstVideoFrame vf;
    if (!gst_video_info_from_caps(&info, gst_sample_get_caps(sample))
        || !gst_video_frame_map(&vf, &info, gst_sample_get_buffer(sample), GST_MAP_READ))
        return {};
    const int w = GST_VIDEO_INFO_WIDTH(&info), h = GST_VIDEO_INFO_HEIGHT(&info);
    QVideoFrameFormat format(QSize(w, h), QVideoFrameFormat::Format_YUV420P);
    format.setColorRange(QVideoFrameFormat::ColorRange_Video);
    QVideoFrame frame(format);
    if (frame.map(QVideoFrame::WriteOnly)) {
        for (int plane = 0; plane < 3; ++plane) {
            const int rows = plane == 0 ? h : (h + 1) / 2;
            const int srcStride = GST_VIDEO_FRAME_PLANE_STRIDE(&vf, plane);
            const int dstStride = frame.bytesPerLine(plane);
            const auto *src = static_cast<const uchar *>(GST_VIDEO_FRAME_PLANE_DATA(&vf, plane));
            for (int y = 0; y < rows; ++y)
                std::memcpy(frame.bits(plane) + qsizetype(y) * dstStride,
                            src + qsizetype(y) * srcStride, std::min(srcStride, dstStride));
        }
        frame.unmap();
    }
    gst_video_frame_unmap(&vf);
    return frame;
}

} // namespace

RecordingPlayer::RecordingPlayer(const RecordingIndex &index, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_clock(std::make_shared<PlaybackClock>())
    , m_mailbox(std::make_shared<Video::FrameMailbox>())
{
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    m_tick.setInterval(10);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &RecordingPlayer::tick);
}

RecordingPlayer::~RecordingPlayer()
{
    stop();
}

void RecordingPlayer::setClock(std::shared_ptr<PlaybackClock> clock)
{
    if (m_holding)
        m_clock->release(), m_holding = false;
    m_ownClock = !clock;
    m_clock = clock ? std::move(clock) : std::make_shared<PlaybackClock>();
}

void RecordingPlayer::setCamera(const QString &cameraId)
{
    if (cameraId == m_camera)
        return;
    stop();
    m_camera = cameraId;
}

void RecordingPlayer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool RecordingPlayer::seek(qint64 wallUs)
{
    closeSegment();
    const auto segment = m_index.segmentAtOrAfter(m_camera, wallUs);
    if (!segment || !openSegment(*segment, wallUs)) {
        setState(State::NoRecording);
        return false;
    }
    m_targetUs = std::max(wallUs, segment->startUs);
    if (m_ownClock)
        m_clock->seek(m_targetUs);
    if (!m_holding)
        m_clock->hold(), m_holding = true;
    setState(State::Seeking);
    m_tick.start();
    return true;
}

void RecordingPlayer::play()
{
    m_clock->setRunning(true);
    if (m_state == State::Paused)
        setState(State::Playing);
}

void RecordingPlayer::pause()
{
    m_clock->setRunning(false);
    if (m_state == State::Playing)
        setState(State::Paused);
}

void RecordingPlayer::setRate(double rate)
{
    m_clock->setRate(std::clamp(rate, kMinRate, kMaxRate));
}

void RecordingPlayer::step()
{
    pause();
    m_stepPending = true;
}

void RecordingPlayer::stop()
{
    m_tick.stop();
    closeSegment();
    if (m_holding)
        m_clock->release(), m_holding = false;
    setState(State::Idle);
}

bool RecordingPlayer::openSegment(const Segment &segment, qint64 targetUs)
{
    GstElement *pipeline = gst_pipeline_new(nullptr);
    GstElement *src = gst_element_factory_make("filesrc", nullptr);
    GstElement *demux = gst_element_factory_make("tsdemux", nullptr);
    GstElement *parse = gst_element_factory_make("h264parse", nullptr);
    GstElement *decode = gst_element_factory_make("avdec_h264", nullptr);
    GstElement *sink = gst_element_factory_make("appsink", nullptr);
    if (!src || !demux || !parse || !decode || !sink) {
        for (GstElement *e : {src, demux, parse, decode, sink})
            if (e)
                gst_object_unref(e);
        gst_object_unref(pipeline);
        return false;
    }
    g_object_set(src, "location", QFile::encodeName(m_index.absolutePath(segment)).constData(),
                 nullptr);
    GstCaps *caps = gst_caps_from_string("video/x-raw,format=I420");
    // Backpressure instead of drops: the decoder waits while the player has enough frames.
    g_object_set(sink, "caps", caps, "sync", FALSE, "max-buffers", 3u, "drop", FALSE,
                 "emit-signals", FALSE, nullptr);
    gst_caps_unref(caps);
    gst_bin_add_many(GST_BIN(pipeline), src, demux, parse, decode, sink, nullptr);
    gst_element_link(src, demux);
    gst_element_link_many(parse, decode, sink, nullptr);
    g_signal_connect(demux, "pad-added", G_CALLBACK(onDemuxPad), parse);
    m_link = std::make_shared<PlayerLink>();
    GstPad *parsed = gst_element_get_static_pad(parse, "src");
    gst_pad_add_probe(parsed, GST_PAD_PROBE_TYPE_BUFFER, onParsed, m_link.get(), nullptr);

    m_pipeline = pipeline;
    m_sink = sink;
    m_segment = segment;
    gst_element_set_state(pipeline, GST_STATE_PAUSED);
    GstState state = GST_STATE_NULL;
    if (gst_element_get_state(pipeline, &state, nullptr, 3 * GST_SECOND) == GST_STATE_CHANGE_FAILURE
        || !GST_CLOCK_TIME_IS_VALID(m_link->firstPts)) {
        gst_object_unref(parsed);
        closeSegment();
        return false;
    }
    // Prerolled: the first frame's PTS is known, and the segment that maps PTS to stream time.
    const qint64 offsetUs = targetUs - kHalfFrameUs - segment.startUs;
    if (offsetUs > 0) {
        GstClockTime position = m_link->firstPts + GstClockTime(offsetUs) * 1000;
        if (GstEvent *event = gst_pad_get_sticky_event(parsed, GST_EVENT_SEGMENT, 0)) {
            const GstSegment *seg = nullptr;
            gst_event_parse_segment(event, &seg);
            position = gst_segment_to_stream_time(seg, GST_FORMAT_TIME, position);
            gst_event_unref(event);
        }
        gst_element_seek_simple(pipeline, GST_FORMAT_TIME,
                                // From the keyframe before: an ACCURATE seek would make the
                                // decoder clip the first frame's PTS to the target.
                                GstSeekFlags(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_KEY_UNIT
                                             | GST_SEEK_FLAG_SNAP_BEFORE),
                                gint64(position));
    }
    gst_object_unref(parsed);
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    return true;
}

void RecordingPlayer::closeSegment()
{
    clearQueue();
    if (!m_pipeline)
        return;
    gst_element_set_state(m_pipeline, GST_STATE_NULL); // a file: returns at once
    gst_object_unref(m_pipeline);
    m_pipeline = m_sink = nullptr;
    m_link.reset();
}

void RecordingPlayer::clearQueue()
{
    for (Queued &q : m_queue)
        gst_sample_unref(q.sample);
    m_queue.clear();
}

// Takes what the decoder has ready, dropping frames before a seek's target and frames the
// clock has already passed (a slow decoder at 8× shows fewer frames, it never lags).
bool RecordingPlayer::pull()
{
    if (!m_sink)
        return false;
    const qint64 now = m_clock->positionUs();
    while (m_queue.size() < kQueueMax) {
        GstSample *sample = gst_app_sink_try_pull_sample(GST_APP_SINK(m_sink), 0);
        if (!sample)
            break;
        const GstClockTime pts = GST_BUFFER_PTS(gst_sample_get_buffer(sample));
        const qint64 wall = m_segment.startUs + qint64((pts - m_link->firstPts) / 1000);
        if (m_state == State::Seeking && wall < m_targetUs - kHalfFrameUs) {
            gst_sample_unref(sample);
            continue;
        }
        m_queue.push_back(Queued{sample, wall, m_link->stampFor(pts)});
        while (m_queue.size() >= 2 && m_queue[1].wallUs <= now + kHalfFrameUs
               && m_state != State::Seeking && !m_stepPending) {
            gst_sample_unref(m_queue.front().sample);
            m_queue.pop_front();
        }
    }
    return gst_app_sink_is_eos(GST_APP_SINK(m_sink)) && m_queue.empty();
}

void RecordingPlayer::present(Queued &frame)
{
    m_mailbox->put(toVideoFrame(frame.sample), frame.stampUs, frame.wallUs);
    m_shownWallUs = frame.wallUs;
    m_shownStampUs = frame.stampUs;
    ++m_framesShown;
    gst_sample_unref(frame.sample);
    m_queue.pop_front();
    emit positionChanged(m_shownWallUs);
}

void RecordingPlayer::finishSeek()
{
    if (m_holding)
        m_clock->release(), m_holding = false;
    setState(m_clock->running() ? State::Playing : State::Paused);
}

void RecordingPlayer::tick()
{
    const bool ended = pull();
    // At the end of a segment still being written, look for more four times a second only.
    if (ended && m_liveEdge.isValid() && m_liveEdge.elapsed() < 250)
        return;
    m_liveEdge.invalidate();
    if (ended) {
        // The next segment (a gap is jumped), or the end of what is recorded.
        const auto next = m_index.segmentAtOrAfter(m_camera,
                                                   std::max(m_segment.endUs, m_shownWallUs + 1));
        const qint64 from = std::max(m_shownWallUs + 1, next ? next->startUs : 0);
        if (next && next->path != m_segment.path && openSegment(*next, next->startUs))
            return;
        if (next && next->path == m_segment.path && next->endUs > m_shownWallUs + 500'000) {
            closeSegment(); // still being written: read on from where we are
            if (openSegment(*next, from))
                return;
        }
        if (m_state == State::Seeking)
            finishSeek();
        m_liveEdge.start();
        return;
    }
    if (m_queue.empty())
        return;
    Queued &front = m_queue.front();
    if (m_state == State::Seeking) {
        if (m_ownClock && front.wallUs > m_targetUs + kGapJumpUs)
            m_clock->seek(front.wallUs); // the target was in a gap: start where pictures are
        present(front);
        finishSeek();
        return;
    }
    if (m_stepPending) {
        m_stepPending = false;
        m_clock->seek(front.wallUs);
        present(front);
        return;
    }
    const qint64 now = m_clock->positionUs();
    if (m_ownClock && m_clock->running() && front.wallUs > now + kGapJumpUs
        && m_shownWallUs < now) {
        m_clock->seek(front.wallUs); // a gap in the recording: jump it
    }
    if (front.wallUs <= m_clock->positionUs() + kHalfFrameUs)
        present(front);
}

} // namespace Cc::Recording
