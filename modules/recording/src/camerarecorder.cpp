// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/recording/camerarecorder.h"

#include "h264headers.h"

#include "cc/recording/segmentfile.h"

#include <cc/video/pipelinereaper.h>
#include <cc/video/streamurl.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QMetaObject>
#include <QPair>
#include <QThread>

#include <gst/gst.h>

#include <atomic>
#include <cstring>
#include <limits>
#include <mutex>

namespace Cc::Recording {

/// What a pipeline's streaming threads share with the recorder; `target` is cleared before
/// the pipeline is let go, so a late callback never reaches a rebuilt or deleted recorder.
struct RecorderLink
{
    std::mutex mutex;
    CameraRecorder *target = nullptr;
    quint64 generation = 0;
    QString root, camera;

    // Written by the streaming thread, read by the GUI thread's tick.
    std::atomic<qint64> lastWallUs{0}, lastDeltaUs{40'000}, lastBufferMonoUs{0};
    std::atomic<quint64> bytes{0};
    QByteArray parameterSets; ///< the newest SPS/PPS (Annex B); the streaming thread's only
    /// Files splitmuxsink opened that the recorder has not indexed yet (guarded by `mutex`).
    /// A list, not only queued calls: stop() must index the file the muxer opens while it
    /// drains at end of stream, before the event loop could deliver such a call.
    QList<QPair<QString, qint64>> openedFragments;
    std::atomic<bool> eos{false}, stopping{false}; ///< stop(): our own end of stream
    // arrival − PTS-derived time, its running minimum (decaying by 1 µs a frame, ~25 ppm, so
    // it follows a camera clock that drifts): what the first frames' late arrival added to
    // the connection's time base (docs/video.md "Recording", time of a frame).
    std::atomic<qint64> minOffsetUs{std::numeric_limits<qint64>::max()};
    // running time → wall clock, fixed at the first buffer of the pipeline.
    std::once_flag offsetOnce;
    qint64 offsetUs = 0;

    qint64 wallOf(GstElement *element, GstClockTime runningTime)
    {
        std::call_once(offsetOnce, [&] {
            GstClock *clock = gst_element_get_clock(element);
            const GstClockTime now = clock ? gst_clock_get_time(clock) : 0;
            const GstClockTime base = gst_element_get_base_time(element);
            offsetUs = g_get_real_time() - qint64((now - base) / 1000);
            if (clock)
                gst_object_unref(clock);
        });
        return offsetUs + qint64(runningTime / 1000);
    }

    template<typename F>
    void post(F &&call)
    {
        std::lock_guard lock(mutex);
        if (!target)
            return;
        QMetaObject::invokeMethod(
            target, [t = target, g = generation, call] { call(t, g); }, Qt::QueuedConnection);
    }
};

namespace {

constexpr int kEosWaitMs = 3000; ///< stop(): how long the muxer may take to write what it holds

struct LinkRef
{
    std::shared_ptr<RecorderLink> link;
};

void freeLinkRef(gpointer data)
{
    delete static_cast<LinkRef *>(data);
}

RecorderLink *linkOf(gpointer data)
{
    return static_cast<LinkRef *>(data)->link.get();
}

void postError(RecorderLink *link, const QString &message)
{
    link->post([message](CameraRecorder *t, quint64 g) { t->onPipelineError(g, message); });
}

GstBusSyncReply onBusMessage(GstBus *, GstMessage *message, gpointer data)
{
    RecorderLink *link = linkOf(data);
    switch (GST_MESSAGE_TYPE(message)) {
    case GST_MESSAGE_ERROR: {
        GError *error = nullptr;
        gst_message_parse_error(message, &error, nullptr);
        postError(link, Video::redactText(QString::fromUtf8(error->message)));
        g_clear_error(&error);
        break;
    }
    case GST_MESSAGE_EOS:
        link->eos = true; // stop() waits for it: the muxer has written everything
        if (!link->stopping)
            postError(link, CameraRecorder::tr("The camera ended the stream"));
        break;
    case GST_MESSAGE_ELEMENT:
        if (gst_message_has_name(message, "GstRTSPSrcTimeout"))
            postError(link, CameraRecorder::tr("The camera stopped answering (RTCP timeout)"));
        break;
    default:
        break;
    }
    gst_message_unref(message); // a sync handler that drops a message owns it
    return GST_BUS_DROP;
}

gboolean onSelectStream(GstElement *, guint, GstCaps *caps, gpointer)
{
    const GstStructure *s = gst_caps_get_structure(caps, 0);
    const gchar *media = s ? gst_structure_get_string(s, "media") : nullptr;
    return media && std::strcmp(media, "video") == 0;
}

void onPadAdded(GstElement *, GstPad *pad, gpointer depay)
{
    GstPad *sink = gst_element_get_static_pad(GST_ELEMENT(depay), "sink");
    if (!gst_pad_is_linked(sink))
        gst_pad_link(pad, sink);
    gst_object_unref(sink);
}

/// A keyframe without SPS/PPS gets the newest ones the camera sent, in-band or in the caps
/// (SDP sprop-parameter-sets), so that every segment decodes on its own (h264headers.h says
/// why not h264parse's config-interval).
void ensureParameterSets(GstPad *pad, GstPadProbeInfo *info, RecorderLink &link)
{
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    if (!buffer || GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT))
        return;
    GstMapInfo map;
    if (!gst_buffer_map(buffer, &map, GST_MAP_READ))
        return;
    bool hasSps = false;
    const QByteArray inBand = H264::parameterSetsOf(map.data, map.size, hasSps);
    gst_buffer_unmap(buffer, &map);
    if (hasSps) {
        link.parameterSets = inBand;
        return;
    }
    if (link.parameterSets.isEmpty()) {
        // The parser's input caps: the depayloader's codec_data from the SDP.
        GstElement *parse = gst_pad_get_parent_element(pad);
        GstPad *sink = parse ? gst_element_get_static_pad(parse, "sink") : nullptr;
        GstCaps *caps = sink ? gst_pad_get_current_caps(sink) : nullptr;
        const GValue *v = caps ? gst_structure_get_value(gst_caps_get_structure(caps, 0),
                                                         "codec_data")
                               : nullptr;
        GstMapInfo cd;
        if (v && GST_VALUE_HOLDS_BUFFER(v)
            && gst_buffer_map(gst_value_get_buffer(v), &cd, GST_MAP_READ)) {
            link.parameterSets = H264::parameterSetsFromAvcC(cd.data, cd.size);
            gst_buffer_unmap(gst_value_get_buffer(v), &cd);
        }
        if (caps)
            gst_caps_unref(caps);
        if (sink)
            gst_object_unref(sink);
        if (parse)
            gst_object_unref(parse);
    }
    if (link.parameterSets.isEmpty())
        return;
    GST_PAD_PROBE_INFO_DATA(info) = H264::withParameterSets(buffer, link.parameterSets);
    gst_buffer_unref(buffer);
}

// After h264parse: bytes and the wall-clock time of the newest access unit.
GstPadProbeReturn onParsed(GstPad *pad, GstPadProbeInfo *info, gpointer data)
{
    RecorderLink *link = linkOf(data);
    ensureParameterSets(pad, info, *link);
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    link->bytes += gst_buffer_get_size(buffer);
    link->lastBufferMonoUs = g_get_monotonic_time();
    const GstClockTime pts = GST_BUFFER_PTS(buffer);
    GstElement *parent = gst_pad_get_parent_element(pad);
    if (parent && GST_CLOCK_TIME_IS_VALID(pts)) {
        GstEvent *event = gst_pad_get_sticky_event(pad, GST_EVENT_SEGMENT, 0);
        GstClockTime running = pts;
        if (event) {
            const GstSegment *segment = nullptr;
            gst_event_parse_segment(event, &segment);
            running = gst_segment_to_running_time(segment, GST_FORMAT_TIME, pts);
            gst_event_unref(event);
        }
        if (GST_CLOCK_TIME_IS_VALID(running)) {
            const qint64 wall = link->wallOf(parent, running);
            const qint64 previous = link->lastWallUs.exchange(wall);
            const qint64 offset = g_get_real_time() - wall;
            const qint64 min = link->minOffsetUs;
            link->minOffsetUs = min == std::numeric_limits<qint64>::max()
                                    ? offset
                                    : std::min(min + 1, offset);
            if (previous > 0 && wall > previous && wall - previous < 1'000'000)
                link->lastDeltaUs = wall - previous;
        }
    }
    if (parent)
        gst_object_unref(parent);
    return GST_PAD_PROBE_OK;
}

// splitmuxsink asks for the next file with the fragment's first sample (a keyframe): its
// wall-clock time names the file and starts the segment's row.
gchar *onFormatLocation(GstElement *splitmux, guint, GstSample *first, gpointer data)
{
    RecorderLink *link = linkOf(data);
    qint64 startUs = g_get_real_time();
    GstBuffer *buffer = first ? gst_sample_get_buffer(first) : nullptr;
    const GstSegment *segment = first ? gst_sample_get_segment(first) : nullptr;
    if (buffer && segment && GST_BUFFER_PTS_IS_VALID(buffer)) {
        const GstClockTime running = gst_segment_to_running_time(segment, GST_FORMAT_TIME,
                                                                 GST_BUFFER_PTS(buffer));
        if (GST_CLOCK_TIME_IS_VALID(running))
            startUs = link->wallOf(splitmux, running);
    }
    const QString relative = segmentRelativePath(link->camera, startUs);
    const QString absolute = QDir(link->root).filePath(relative);
    QDir().mkpath(QFileInfo(absolute).path());
    {
        std::lock_guard lock(link->mutex);
        link->openedFragments.append({relative, startUs});
    }
    link->post([](CameraRecorder *t, quint64 g) { t->onFragmentsOpened(g); });
    return g_strdup(QFile::encodeName(absolute).constData());
}

GstElement *make(const char *factory, QString &missing)
{
    GstElement *e = gst_element_factory_make(factory, nullptr);
    if (!e && missing.isEmpty())
        missing = QString::fromLatin1(factory);
    return e;
}

} // namespace

CameraRecorder::CameraRecorder(RecordingIndex &index, QString cameraId, QString url,
                               const Config &config, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_camera(std::move(cameraId))
    , m_url(std::move(url))
    , m_config(config)
{
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &CameraRecorder::tick);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &CameraRecorder::connectPipeline);
}

CameraRecorder::~CameraRecorder()
{
    stop();
}

quint64 CameraRecorder::bytesReceived() const
{
    return m_bytesBefore + (m_link ? m_link->bytes.load() : 0);
}

void CameraRecorder::start()
{
    if (m_state != State::Idle && m_state != State::Offline)
        return;
    m_attempt = 0;
    m_tick.start();
    connectPipeline();
}

void CameraRecorder::stop()
{
    m_retry.stop();
    m_tick.stop();
    teardown(true);
    tick(); // the sizes of the segments just closed
    m_settling.clear();
    setState(State::Idle);
}

void CameraRecorder::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void CameraRecorder::connectPipeline()
{
    teardown(false);
    auto source = Video::parseStreamUrl(m_url);
    if (!source) {
        m_lastError = source.error().message;
        setState(State::Offline);
        return;
    }
    QString missing;
    GstElement *pipeline = gst_pipeline_new(nullptr);
    GstElement *src = make("rtspsrc", missing), *depay = make("rtph264depay", missing),
               *parse = make("h264parse", missing), *mux = make("splitmuxsink", missing);
    if (!missing.isEmpty()) {
        for (GstElement *e : {src, depay, parse, mux})
            if (e)
                gst_object_unref(e);
        gst_object_unref(pipeline);
        m_lastError = tr("The GStreamer element %1 is missing").arg(missing);
        setState(State::Offline);
        return;
    }
    const QByteArray location = source->location.toString(QUrl::FullyEncoded).toUtf8();
    g_object_set(src, "location", location.constData(), "latency", guint(m_config.latencyMs),
                 "tcp-timeout", guint64(5'000'000), "timeout", guint64(5'000'000), nullptr);
    // PTS from the RTP timestamps alone (the camera's clock, no skew smoothing): the file's
    // timeline is the camera's; correctionUs() moves it to the earliest arrival seen.
    gst_util_set_object_arg(G_OBJECT(src), "buffer-mode", "none");
    gst_util_set_object_arg(G_OBJECT(src), "protocols", m_config.transport.toLatin1().constData());
    if (!source->user.isEmpty())
        g_object_set(src, "user-id", source->user.toUtf8().constData(), "user-pw",
                     source->password.toUtf8().constData(), nullptr);
    // SPS/PPS before every keyframe, so that each segment decodes on its own: put there by
    // onParsed (ensureParameterSets), not by the parser's config-interval.
    // MPEG-TS: no header to rewrite and no index at the end, so a file cut by kill -9 is a
    // prefix that plays (docs/video.md "Recording").
    g_object_set(mux, "muxer-factory", "mpegtsmux", "max-size-time",
                 guint64(m_config.segmentUs) * 1000, "send-keyframe-requests", FALSE, nullptr);
    gst_bin_add_many(GST_BIN(pipeline), src, depay, parse, mux, nullptr);
    gst_element_link_many(depay, parse, mux, nullptr);

    m_link = std::make_shared<RecorderLink>();
    m_link->target = this;
    m_link->generation = ++m_generation;
    m_link->root = m_index.root();
    m_link->camera = m_camera;
    g_signal_connect(src, "select-stream", G_CALLBACK(onSelectStream), nullptr);
    g_signal_connect(src, "pad-added", G_CALLBACK(onPadAdded), depay);
    g_signal_connect_data(mux, "format-location-full", G_CALLBACK(onFormatLocation),
                          new LinkRef{m_link},
                          GClosureNotify(+[](gpointer d, GClosure *) { freeLinkRef(d); }),
                          GConnectFlags(0));
    GstPad *parsed = gst_element_get_static_pad(parse, "src");
    gst_pad_add_probe(parsed, GST_PAD_PROBE_TYPE_BUFFER, onParsed, new LinkRef{m_link},
                      freeLinkRef);
    gst_object_unref(parsed);
    GstBus *bus = gst_element_get_bus(pipeline);
    gst_bus_set_sync_handler(bus, onBusMessage, new LinkRef{m_link}, freeLinkRef);
    gst_object_unref(bus);

    Video::PipelineReaper::instance().track(pipeline);
    m_pipeline = pipeline;
    m_sinceConnect.start();
    setState(State::Connecting);
    if (gst_element_set_state(pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
        scheduleRetry(tr("The recording pipeline did not start"));
}

void CameraRecorder::teardown(bool synchronous)
{
    if (!m_pipeline)
        return;
    if (synchronous) {
        // A clean stop: end of stream first, so that splitmuxsink writes the pictures it
        // holds back until the next keyframe (up to a GOP, lost otherwise while the row said
        // they were there). Bounded: a camera that is gone may never get there.
        m_link->eos = false;
        m_link->stopping = true;
        gst_element_send_event(m_pipeline, gst_event_new_eos());
        QElapsedTimer waited;
        waited.start();
        while (!m_link->eos && waited.elapsed() < kEosWaitMs)
            QThread::msleep(10);
    }
    // The file the muxer opened for the GOP it held back is indexed too: the open segment's
    // row would otherwise claim that GOP's time and the new file would have no row.
    takeOpenedFragments();
    const qint64 end = openSegmentEndUs();
    {
        std::lock_guard lock(m_link->mutex);
        m_link->target = nullptr;
    }
    m_bytesBefore += m_link->bytes;
    GstElement *pipeline = std::exchange(m_pipeline, nullptr);
    if (synchronous) {
        gst_element_set_state(pipeline, GST_STATE_NULL); // flushes the file
        gst_object_unref(pipeline);
    } else {
        // A camera that is gone may not answer TEARDOWN: never block here.
        Video::PipelineReaper::instance().retire(pipeline);
    }
    closeOpenSegment(end);
}

qint64 CameraRecorder::openSegmentEndUs() const
{
    if (!m_link || m_link->lastWallUs <= 0)
        return m_openStartUs;
    return std::max(m_openStartUs, m_link->lastWallUs + m_link->lastDeltaUs);
}

qint64 CameraRecorder::correctionUs() const
{
    const qint64 min = m_link ? m_link->minOffsetUs.load() : std::numeric_limits<qint64>::max();
    return min == std::numeric_limits<qint64>::max() ? 0 : min;
}

void CameraRecorder::closeOpenSegment(qint64 endUs, const QString &state)
{
    if (!m_openId)
        return;
    const QString file = QDir(m_index.root()).filePath(m_openPath);
    const qint64 correction = correctionUs();
    (void) m_index.setSegmentStart(m_openId, m_openStartUs + correction);
    (void) m_index.updateSegment(m_openId, endUs + correction, QFileInfo(file).size(), state);
    emit segmentClosed(Segment{m_openId, m_camera, m_openPath, m_openStartUs + correction,
                               endUs + correction, QFileInfo(file).size(), state});
    m_settling.append(m_openPath);
    m_openId = 0;
    m_openPath.clear();
}

void CameraRecorder::onFragmentsOpened(quint64 generation)
{
    if (generation == m_generation && m_pipeline)
        takeOpenedFragments();
}

void CameraRecorder::takeOpenedFragments()
{
    QList<QPair<QString, qint64>> opened;
    {
        std::lock_guard lock(m_link->mutex);
        opened.swap(m_link->openedFragments);
    }
    for (const auto &[relativePath, startUs] : std::as_const(opened))
        openSegment(relativePath, startUs);
}

void CameraRecorder::openSegment(const QString &relativePath, qint64 startUs)
{
    // The previous segment ends where this one starts: the stream is continuous.
    closeOpenSegment(startUs);
    auto id = m_index.addSegment(m_camera, relativePath, startUs + correctionUs());
    if (!id) {
        m_lastError = id.error().message;
        return;
    }
    m_openId = *id;
    m_openPath = relativePath;
    m_openStartUs = startUs;
    m_attempt = 0;
    setState(State::Recording);
}

void CameraRecorder::onPipelineError(quint64 generation, const QString &message)
{
    if (generation != m_generation || !m_pipeline)
        return;
    scheduleRetry(message);
}

void CameraRecorder::scheduleRetry(const QString &reason)
{
    m_lastError = reason;
    teardown(false);
    if (m_state == State::Recording)
        ++m_reconnects;
    const int delay = std::min(m_config.backoffMaxMs,
                               m_config.backoffMinMs << std::min(m_attempt, 5));
    ++m_attempt;
    setState(State::Backoff);
    m_retry.start(delay);
}

void CameraRecorder::tick()
{
    // Rows of closed segments: the file may have grown after the close (the reaper flushes it).
    for (const QString &path : std::exchange(m_settling, {})) {
        if (const auto s = m_index.byPath(path))
            (void) m_index.updateSegment(s->id, s->endUs,
                                         QFileInfo(m_index.absolutePath(*s)).size(), s->state);
    }
    if (m_openId) {
        const QString file = QDir(m_index.root()).filePath(m_openPath);
        const qint64 correction = correctionUs();
        (void) m_index.setSegmentStart(m_openId, m_openStartUs + correction);
        (void) m_index.updateSegment(m_openId, openSegmentEndUs() + correction,
                                     QFileInfo(file).size(), QStringLiteral("open"));
    }
    if (!m_pipeline || !m_link)
        return;
    const qint64 last = m_link->lastBufferMonoUs;
    const qint64 silentMs = last > 0 ? (g_get_monotonic_time() - last) / 1000
                                     : m_sinceConnect.elapsed();
    if (silentMs > m_config.watchdogMs + (last > 0 ? 0 : 7000))
        scheduleRetry(tr("No data from the camera for %1 s").arg(silentMs / 1000));
}

} // namespace Cc::Recording
