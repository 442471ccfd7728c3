// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video/camerastream.h"

#include "cc/video/framestamp.h"
#include "cc/video/pipelinereaper.h"

#include <gst/app/app.h>
#include <gst/gst.h>
#include <gst/video/video.h>

#include <QDateTime>
#include <QMetaObject>

#include <array>
#include <atomic>
#include <cstring>
#include <mutex>
#include <utility>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Cc::Video {

namespace {

qint64 monotonicMs()
{
    return g_get_monotonic_time() / 1000;
}

qint64 realtimeUs()
{
    return g_get_real_time();
}

} // namespace

/// What a pipeline's streaming threads share with the stream object. The threads hold it
/// through GObject user data; the stream clears `target` before it lets the pipeline go, so a
/// late message of an old pipeline never reaches a deleted or rebuilt stream.
struct PipelineLink
{
    std::mutex mutex;
    CameraStream *target = nullptr;
    quint64 generation = 0;
    std::shared_ptr<FrameMailbox> mailbox;
    int nice = 0;
    // Cleared when the pipeline is retired: while it waits for the reaper it may still decode,
    // but nothing of it reaches the mailbox any more.
    std::atomic<bool> live{true};

    // Stamps seen before the decoder, by PTS, for the frame that leaves it (no B-frames, one
    // decoder thread: a handful of entries is plenty).
    std::mutex stampMutex;
    std::array<std::pair<GstClockTime, qint64>, 16> stamps{};
    std::size_t stampPos = 0;

    void post(const QString &message, bool retry, bool transportRelated = true)
    {
        std::lock_guard lock(mutex);
        if (!target)
            return;
        QMetaObject::invokeMethod(
            target,
            [t = target, g = generation, message, retry, transportRelated] {
                t->onPipelineError(g, message, retry, transportRelated);
            },
            Qt::QueuedConnection);
    }

    void rememberStamp(GstClockTime pts, qint64 stamp)
    {
        std::lock_guard lock(stampMutex);
        stamps[stampPos++ % stamps.size()] = {pts, stamp};
    }

    qint64 stampFor(GstClockTime pts)
    {
        std::lock_guard lock(stampMutex);
        for (const auto &[p, s] : stamps) {
            if (p == pts && s > 0)
                return s;
        }
        return -1;
    }
};

namespace {

struct LinkRef
{
    std::shared_ptr<PipelineLink> link;
};

void freeLinkRef(gpointer data)
{
    delete static_cast<LinkRef *>(data);
}

PipelineLink *linkOf(gpointer data)
{
    return static_cast<LinkRef *>(data)->link.get();
}

QString describeError(const GError *error)
{
    const QString detail = redactText(QString::fromUtf8(error->message));
    if (error->domain == GST_RESOURCE_ERROR) {
        switch (error->code) {
        case GST_RESOURCE_ERROR_NOT_AUTHORIZED:
            return CameraStream::tr("The camera refused the user name or password");
        case GST_RESOURCE_ERROR_NOT_FOUND:
            return CameraStream::tr("The camera has no such stream");
        case GST_RESOURCE_ERROR_OPEN_READ:
        case GST_RESOURCE_ERROR_OPEN_WRITE:
        case GST_RESOURCE_ERROR_OPEN_READ_WRITE:
        case GST_RESOURCE_ERROR_READ:
        case GST_RESOURCE_ERROR_WRITE:
        case GST_RESOURCE_ERROR_SETTINGS:
            return CameraStream::tr("Could not connect to the camera (%1)").arg(detail);
        default:
            break;
        }
    }
    if (error->domain == GST_STREAM_ERROR
        && (error->code == GST_STREAM_ERROR_CODEC_NOT_FOUND
            || error->code == GST_STREAM_ERROR_WRONG_TYPE
            || error->code == GST_STREAM_ERROR_FORMAT)) {
        return CameraStream::tr("The camera sends a video format this client cannot decode (%1)")
            .arg(detail);
    }
    return CameraStream::tr("Stream error: %1").arg(detail);
}

// Failures that no other RTP transport can cure: the RTSP control connection (always TCP)
// was refused, the camera refused the credentials, or it has no such path.
bool transportIndependent(const GError *error)
{
    if (error->domain != GST_RESOURCE_ERROR)
        return false;
    return error->code == GST_RESOURCE_ERROR_NOT_AUTHORIZED
           || error->code == GST_RESOURCE_ERROR_NOT_FOUND
           || error->code == GST_RESOURCE_ERROR_OPEN_READ_WRITE;
}

GstBusSyncReply onBusMessage(GstBus *, GstMessage *message, gpointer data)
{
    PipelineLink *link = linkOf(data);
    switch (GST_MESSAGE_TYPE(message)) {
    case GST_MESSAGE_ERROR: {
        GError *error = nullptr;
        gst_message_parse_error(message, &error, nullptr);
        link->post(describeError(error), true, !transportIndependent(error));
        g_clear_error(&error);
        break;
    }
    case GST_MESSAGE_EOS:
        link->post(CameraStream::tr("The camera ended the stream"), true);
        break;
    case GST_MESSAGE_STREAM_STATUS: {
        // Posted from the new streaming thread itself as it starts: optionally lower its
        // priority, so that with many tiles on few cores the GUI thread (frame pump,
        // rendering) keeps its pace and decoding degrades first.
        GstStreamStatusType type;
        GstElement *owner = nullptr;
        gst_message_parse_stream_status(message, &type, &owner);
        if (type == GST_STREAM_STATUS_TYPE_ENTER && link->nice != 0)
            setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), link->nice);
        break;
    }
    case GST_MESSAGE_ELEMENT:
        if (gst_message_has_name(message, "GstRTSPSrcTimeout"))
            link->post(CameraStream::tr("The camera stopped answering (RTCP timeout)"), true);
        break;
    default:
        break;
    }
    // A sync handler that drops a message must unref it (GstBusSyncHandler's contract): each
    // message holds its source, so until this every pipeline and its elements leaked.
    gst_message_unref(message);
    return GST_BUS_DROP;
}

// Video only: audio would cost bandwidth and pull in the audio stack for nothing.
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
        gst_pad_link(pad, sink); // a non-H.264 stream fails to link and posts not-negotiated
    gst_object_unref(sink);
}

// Before the decoder: compressed byte count and the sender's stamp (SEI) of each access unit.
GstPadProbeReturn onCompressed(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    PipelineLink *link = linkOf(data);
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    GstMapInfo map;
    if (link->live && buffer && gst_buffer_map(buffer, &map, GST_MAP_READ)) {
        link->mailbox->bytes += map.size;
        if (auto stamp = FrameStamp::find(map.data, map.size))
            link->rememberStamp(GST_BUFFER_PTS(buffer), *stamp);
        gst_buffer_unmap(buffer, &map);
    }
    return GST_PAD_PROBE_OK;
}

// Copies the decoded I420 picture plane by plane (strides differ) into a QVideoFrame: in Qt 6.4
// a QVideoFrame cannot wrap foreign memory (QAbstractVideoBuffer is private until 6.8).
GstFlowReturn onNewSample(GstAppSink *sink, gpointer data)
{
    PipelineLink *link = linkOf(data);
    GstSample *sample = gst_app_sink_pull_sample(sink);
    if (!sample)
        return GST_FLOW_OK;
    if (!link->live) {
        gst_sample_unref(sample);
        return GST_FLOW_OK;
    }
    GstVideoInfo info;
    GstBuffer *buffer = gst_sample_get_buffer(sample);
    GstVideoFrame vf;
    if (gst_video_info_from_caps(&info, gst_sample_get_caps(sample))
        && gst_video_frame_map(&vf, &info, buffer, GST_MAP_READ)) {
        const int w = GST_VIDEO_INFO_WIDTH(&info), h = GST_VIDEO_INFO_HEIGHT(&info);
        QVideoFrameFormat format(QSize(w, h), QVideoFrameFormat::Format_YUV420P);
        format.setColorRange(QVideoFrameFormat::ColorRange_Video);
        QVideoFrame frame(format);
        if (frame.map(QVideoFrame::WriteOnly)) {
            for (int plane = 0; plane < 3; ++plane) {
                const int rows = plane == 0 ? h : (h + 1) / 2;
                const int srcStride = GST_VIDEO_FRAME_PLANE_STRIDE(&vf, plane);
                const int dstStride = frame.bytesPerLine(plane);
                const int rowBytes = std::min(srcStride, dstStride);
                const auto *src = static_cast<const uchar *>(
                    GST_VIDEO_FRAME_PLANE_DATA(&vf, plane));
                uchar *dst = frame.bits(plane);
                for (int y = 0; y < rows; ++y)
                    std::memcpy(dst + qsizetype(y) * dstStride, src + qsizetype(y) * srcStride,
                                rowBytes);
            }
            frame.unmap();
            const GstClockTime pts = GST_BUFFER_PTS(buffer);
            if (GST_CLOCK_TIME_IS_VALID(pts))
                frame.setStartTime(qint64(pts / 1000));
            const qint64 now = realtimeUs();
            const qint64 stamp = link->stampFor(pts);
            FrameMailbox &box = *link->mailbox;
            if (stamp > 0) {
                box.latencySumUs += now - stamp;
                ++box.stampedFrames;
            }
            box.put(std::move(frame), stamp, now);
            box.lastFrameMs = monotonicMs();
            ++box.frames;
        }
        gst_video_frame_unmap(&vf);
    }
    gst_sample_unref(sample);
    return GST_FLOW_OK;
}

GstElement *make(const char *factory, QString &missing)
{
    GstElement *e = gst_element_factory_make(factory, nullptr);
    if (!e && missing.isEmpty())
        missing = QString::fromLatin1(factory);
    return e;
}

} // namespace

CameraStream::CameraStream(QObject *parent) : CameraStream(Config{}, parent) {}

CameraStream::CameraStream(const Config &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_mailbox(std::make_shared<FrameMailbox>())
{
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    m_candidates = transportCandidates(m_transportSetting, m_transportRemembered);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &CameraStream::onTick);
    m_stateClock.start();
    m_statsClock.start();
}

CameraStream::~CameraStream()
{
    teardown();
}

void CameraStream::setUrl(const QString &url)
{
    m_url = url;
    m_displayUrl = redactUrl(url);
}

void CameraStream::setTransport(RtspTransport setting, RtspTransport remembered)
{
    m_transportSetting = setting;
    m_transportRemembered = remembered;
    m_candidates = transportCandidates(setting, remembered);
    m_candidate = 0;
}

RtspTransport CameraStream::transport() const
{
    return m_candidates.value(m_candidate, RtspTransport::Tcp);
}

void CameraStream::start()
{
    if (m_state != State::Idle && m_state != State::Offline)
        return;
    m_attempt = 0;
    m_candidate = 0;
    m_transportErrors.clear();
    m_stats.lastError.clear();
    m_tick.start();
    connectPipeline();
}

void CameraStream::stop()
{
    teardown();
    m_tick.stop();
    setState(State::Idle);
}

qint64 CameraStream::retryInMs() const
{
    return m_state == State::Backoff ? std::max<qint64>(0, m_retryAtMs - monotonicMs()) : -1;
}

CameraStream::Stats CameraStream::stats() const
{
    Stats s = m_stats;
    const qint64 last = m_mailbox->lastFrameMs;
    s.frameAgeMs = m_mailbox->frames > 0 ? monotonicMs() - last : -1;
    s.frames = m_mailbox->frames;
    return s;
}

GstElement *CameraStream::buildPipeline(const StreamSource &source, QString &missing)
{
    GstElement *pipeline = gst_pipeline_new(nullptr);
    GstElement *src = make("rtspsrc", missing);
    GstElement *depay = make("rtph264depay", missing);
    GstElement *parse = make("h264parse", missing);
    GstElement *decoder = make("avdec_h264", missing);
    GstElement *filter = make("capsfilter", missing);
    GstElement *sink = make("appsink", missing);
    if (!missing.isEmpty()) {
        for (GstElement *e : {src, depay, parse, decoder, filter, sink}) {
            if (e)
                gst_object_unref(e);
        }
        gst_object_unref(pipeline);
        return nullptr;
    }

    const QByteArray location = source.location.toString(QUrl::FullyEncoded).toUtf8();
    g_object_set(src, "location", location.constData(), "latency", guint(m_config.latencyMs),
                 "drop-on-latency", TRUE, "do-retransmission", FALSE, "tcp-timeout",
                 guint64(m_config.tcpTimeoutMs) * 1000, "timeout",
                 guint64(m_config.udpTimeoutMs) * 1000, nullptr);
    // One transport per attempt: rtspsrc's own fallback order (UDP first, TCP after a 5 s
    // timeout) is not ours, and we want to know which one worked.
    gst_util_set_object_arg(G_OBJECT(src), "protocols",
                            transportKey(transport()).toLatin1().constData());
    if (!source.user.isEmpty()) {
        g_object_set(src, "user-id", source.user.toUtf8().constData(), "user-pw",
                     source.password.toUtf8().constData(), nullptr);
    }
    g_object_set(decoder, "max-threads", 1,
                 nullptr); // live input: slice threads only, one core per stream
    GstCaps *caps = gst_caps_from_string("video/x-raw,format=I420");
    g_object_set(filter, "caps", caps, nullptr);
    gst_caps_unref(caps);
    g_object_set(sink, "max-buffers", 1u, "drop", TRUE, "sync", FALSE, "emit-signals", FALSE,
                 nullptr);

    gst_bin_add_many(GST_BIN(pipeline), src, depay, parse, decoder, filter, sink, nullptr);
    gst_element_link_many(depay, parse, decoder, filter, sink, nullptr);

    g_signal_connect(src, "select-stream", G_CALLBACK(onSelectStream), nullptr);
    g_signal_connect(src, "pad-added", G_CALLBACK(onPadAdded), depay);
    GstPad *decoderSink = gst_element_get_static_pad(decoder, "sink");
    gst_pad_add_probe(decoderSink, GST_PAD_PROBE_TYPE_BUFFER, onCompressed, new LinkRef{m_link},
                      freeLinkRef);
    gst_object_unref(decoderSink);
    GstAppSinkCallbacks callbacks{};
    callbacks.new_sample = onNewSample;
    gst_app_sink_set_callbacks(GST_APP_SINK(sink), &callbacks, new LinkRef{m_link}, freeLinkRef);
    GstBus *bus = gst_element_get_bus(pipeline);
    gst_bus_set_sync_handler(bus, onBusMessage, new LinkRef{m_link}, freeLinkRef);
    gst_object_unref(bus);
    return pipeline;
}

void CameraStream::connectPipeline()
{
    auto source = parseStreamUrl(m_url);
    if (!source) {
        m_stats.lastError = source.error().message;
        setState(State::Offline);
        m_tick.stop();
        return;
    }
    teardown();
    m_link = std::make_shared<PipelineLink>();
    m_link->target = this;
    m_link->generation = ++m_generation;
    m_link->mailbox = m_mailbox;
    m_link->nice = m_config.streamingNice;
    QString missing;
    GstElement *pipeline = buildPipeline(*source, missing);
    if (!pipeline) {
        fail(tr("The GStreamer element \"%1\" is missing (install the GStreamer plugins)")
                 .arg(missing),
             false);
        return;
    }
    PipelineReaper::instance().track(pipeline);
    m_pipeline = pipeline;
    m_framesAtConnect = qint64(m_mailbox->frames);
    setState(State::Connecting);
    m_stateClock.restart(); // also when trying the next transport while already Connecting
    if (gst_element_set_state(pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
        fail(tr("Could not start the stream pipeline"), true);
}

void CameraStream::teardown()
{
    if (m_link) {
        std::lock_guard lock(m_link->mutex);
        m_link->target = nullptr;
        m_link->live = false;
    }
    m_link.reset();
    // set_state(NULL) can block up to rtspsrc's tcp-timeout: never on the GUI thread.
    if (GstElement *pipeline = std::exchange(m_pipeline, nullptr))
        PipelineReaper::instance().retire(pipeline);
}

void CameraStream::fail(const QString &message, bool retry)
{
    teardown();
    m_stats.lastError = redactText(message);
    if (m_transportErrors.size() > 1) {
        m_stats.lastError = tr("No RTP transport worked (%1)")
                                .arg(redactText(m_transportErrors.join(QStringLiteral("; "))));
    }
    m_transportErrors.clear();
    m_candidate = 0;
    if (!retry) {
        m_tick.stop();
        setState(State::Offline);
        return;
    }
    const qint64 delay = std::min<qint64>(m_config.backoffMaxMs, qint64(m_config.backoffMinMs)
                                                                     << std::min(m_attempt, 16));
    ++m_attempt;
    m_retryAtMs = monotonicMs() + delay;
    setState(State::Backoff);
}

bool CameraStream::tryNextTransport(const QString &message)
{
    m_transportErrors << QStringLiteral("%1: %2").arg(transportLabel(transport()), message);
    if (m_candidate + 1 >= m_candidates.size())
        return false;
    ++m_candidate;
    connectPipeline();
    return true;
}

void CameraStream::onPipelineError(quint64 generation, const QString &message, bool retry,
                                   bool transportRelated)
{
    if (generation != m_generation
        || (m_state != State::Connecting && m_state != State::Playing && m_state != State::Stalled))
        return;
    if (m_state == State::Connecting && retry && transportRelated && tryNextTransport(message))
        return;
    fail(message, retry);
}

void CameraStream::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_stateClock.restart();
    emit stateChanged(state);
    emit statsChanged();
}

void CameraStream::onTick()
{
    const qint64 now = monotonicMs();
    const qint64 age = now - m_mailbox->lastFrameMs;
    switch (m_state) {
    case State::Connecting:
        if (qint64(m_mailbox->frames) > m_framesAtConnect) {
            m_attempt = 0;
            m_transportErrors.clear();
            // Remembered from now on: the next connect (a reconnect) starts with it.
            const RtspTransport worked = transport();
            m_transportRemembered = worked;
            m_candidates = transportCandidates(m_transportSetting, worked);
            m_candidate = int(m_candidates.indexOf(worked));
            setState(State::Playing);
            emit transportWorked(worked);
        } else if (m_stateClock.elapsed() > m_config.connectTimeoutMs) {
            const QString message = tr("No picture from the camera within %1 s")
                                        .arg(m_config.connectTimeoutMs / 1000);
            if (!tryNextTransport(message))
                fail(message, true);
        }
        break;
    case State::Playing:
        if (age > m_config.stalledAfterMs)
            setState(State::Stalled);
        break;
    case State::Stalled:
        if (age <= m_config.stalledAfterMs)
            setState(State::Playing);
        else if (age > m_config.watchdogMs)
            fail(tr("No picture from the camera for %1 s").arg(age / 1000), true);
        break;
    case State::Backoff:
        if (now >= m_retryAtMs) {
            ++m_stats.reconnects;
            connectPipeline();
        }
        break;
    case State::Idle:
    case State::Offline:
        break;
    }

    const qint64 dtMs = m_statsClock.elapsed();
    if (dtMs >= 1000) {
        m_statsClock.restart();
        updateStats(dtMs);
    }
}

void CameraStream::updateStats(qint64 dtMs)
{
    const quint64 frames = m_mailbox->frames, bytes = m_mailbox->bytes,
                  stamped = m_mailbox->stampedFrames;
    const qint64 latencyUs = m_mailbox->latencySumUs;
    m_stats.fps = double(frames - m_statsFrames) * 1000.0 / double(dtMs);
    m_stats.kbps = double(bytes - m_statsBytes) * 8.0 / double(dtMs);
    m_stats.latencyMs = stamped > m_statsStamped ? double(latencyUs - m_statsLatencyUs) / 1000.0
                                                       / double(stamped - m_statsStamped)
                                                 : -1;
    m_statsFrames = frames;
    m_statsBytes = bytes;
    m_statsStamped = stamped;
    m_statsLatencyUs = latencyUs;
    if (const auto latest = m_mailbox->latest(); latest.frame.isValid())
        m_stats.frameSize = latest.frame.size();
    emit statsChanged();
}

QString CameraStream::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return tr("Idle");
    case State::Connecting:
        return tr("Connecting");
    case State::Playing:
        return tr("Playing");
    case State::Stalled:
        return tr("Stalled");
    case State::Backoff:
        return tr("Reconnecting");
    case State::Offline:
        return tr("Offline");
    }
    return {};
}

QString CameraStream::statusText() const
{
    switch (m_state) {
    case State::Backoff:
        return tr("Reconnecting in %1 s (attempt %2): %3")
            .arg((retryInMs() + 999) / 1000)
            .arg(m_attempt)
            .arg(m_stats.lastError);
    case State::Offline:
        return tr("Offline: %1").arg(m_stats.lastError);
    case State::Stalled:
        return tr("Stalled: no picture for %1 s").arg(stats().frameAgeMs / 1000);
    case State::Connecting:
        // Say so while Auto tries a transport after the first one.
        return m_candidate > 0 ? tr("Connecting over %1").arg(transportLabel(transport()))
                               : stateName(m_state);
    default:
        return stateName(m_state);
    }
}

} // namespace Cc::Video
