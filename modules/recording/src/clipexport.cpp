// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/recording/clipexport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <gst/app/app.h>
#include <gst/gst.h>

#include <vector>

namespace Cc::Recording {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cc::Recording::ClipExport)
};

void onDemuxPad(GstElement *, GstPad *pad, gpointer parse)
{
    GstPad *sink = gst_element_get_static_pad(GST_ELEMENT(parse), "sink");
    if (!gst_pad_is_linked(sink))
        gst_pad_link(pad, sink);
    gst_object_unref(sink);
}

/// filesrc ! tsdemux ! h264parse ! appsink (access units in byte-stream), pulled in order.
class SegmentReader
{
public:
    explicit SegmentReader(const QString &file)
    {
        m_pipeline = gst_pipeline_new(nullptr);
        GstElement *src = gst_element_factory_make("filesrc", nullptr);
        GstElement *demux = gst_element_factory_make("tsdemux", nullptr);
        GstElement *parse = gst_element_factory_make("h264parse", nullptr);
        m_sink = gst_element_factory_make("appsink", nullptr);
        g_object_set(src, "location", QFile::encodeName(file).constData(), nullptr);
        GstCaps *caps = gst_caps_from_string("video/x-h264,stream-format=byte-stream,alignment=au");
        g_object_set(m_sink, "caps", caps, "sync", FALSE, nullptr);
        gst_caps_unref(caps);
        gst_bin_add_many(GST_BIN(m_pipeline), src, demux, parse, m_sink, nullptr);
        gst_element_link(src, demux);
        gst_element_link(parse, m_sink);
        g_signal_connect(demux, "pad-added", G_CALLBACK(onDemuxPad), parse);
        gst_element_set_state(m_pipeline, GST_STATE_PLAYING);
    }
    ~SegmentReader()
    {
        gst_element_set_state(m_pipeline, GST_STATE_NULL);
        gst_object_unref(m_pipeline);
    }
    /// The next access unit, or null at the end (or after a read error: what was read counts).
    GstSample *next()
    {
        return gst_app_sink_try_pull_sample(GST_APP_SINK(m_sink), 10 * GST_SECOND);
    }

private:
    GstElement *m_pipeline = nullptr, *m_sink = nullptr;
};

/// appsrc ! h264parse ! mp4mux ! filesink
class ClipWriter
{
public:
    explicit ClipWriter(const QString &file)
    {
        m_pipeline = gst_pipeline_new(nullptr);
        m_src = gst_element_factory_make("appsrc", nullptr);
        GstElement *parse = gst_element_factory_make("h264parse", nullptr);
        GstElement *mux = gst_element_factory_make("mp4mux", nullptr);
        GstElement *sink = gst_element_factory_make("filesink", nullptr);
        g_object_set(sink, "location", QFile::encodeName(file).constData(), nullptr);
        GstCaps *caps = gst_caps_from_string("video/x-h264,stream-format=byte-stream,alignment=au");
        // block: the muxer sets the pace, no copy of the whole clip in memory.
        g_object_set(m_src, "caps", caps, "format", GST_FORMAT_TIME, "block", TRUE, "max-bytes",
                     guint64(4 << 20), nullptr);
        gst_caps_unref(caps);
        gst_bin_add_many(GST_BIN(m_pipeline), m_src, parse, mux, sink, nullptr);
        gst_element_link_many(m_src, parse, mux, sink, nullptr);
        gst_element_set_state(m_pipeline, GST_STATE_PLAYING);
    }
    ~ClipWriter()
    {
        gst_element_set_state(m_pipeline, GST_STATE_NULL);
        gst_object_unref(m_pipeline);
    }
    bool push(GstBuffer *buffer, GstClockTime pts)
    {
        GstBuffer *copy = gst_buffer_copy(buffer); // the data is shared, not copied
        GST_BUFFER_PTS(copy) = pts;
        GST_BUFFER_DTS(copy) = pts;
        return gst_app_src_push_buffer(GST_APP_SRC(m_src), copy) == GST_FLOW_OK;
    }
    /// Ends the stream and waits until the file is complete.
    bool finish()
    {
        gst_app_src_end_of_stream(GST_APP_SRC(m_src));
        GstBus *bus = gst_element_get_bus(m_pipeline);
        GstMessage *message = gst_bus_timed_pop_filtered(bus, 60 * GST_SECOND,
                                                         GstMessageType(GST_MESSAGE_EOS
                                                                        | GST_MESSAGE_ERROR));
        const bool ok = message && GST_MESSAGE_TYPE(message) == GST_MESSAGE_EOS;
        if (message)
            gst_message_unref(message);
        gst_object_unref(bus);
        return ok;
    }

private:
    GstElement *m_pipeline = nullptr, *m_src = nullptr;
};

Error failed(const QString &code, const QString &message, const QString &file)
{
    QFile::remove(file);
    return makeError(code, message);
}

} // namespace

Result<ExportedClip> exportClip(const RecordingIndex &index, const QString &camera, qint64 inUs,
                                qint64 outUs, const QString &file, qint64 maxBytes, int maxSeconds)
{
    if (outUs <= inUs || outUs - inUs > qint64(maxSeconds) * 1'000'000)
        return makeError(QStringLiteral("recording.bad-range"),
                         Tr::tr("A clip must end after it starts and last at most %1 s")
                             .arg(maxSeconds));
    // From one segment earlier than needed: the keyframe before `in` may be in it.
    constexpr qint64 kOutMarkSlackUs = 20'000;
    const QList<Segment> segments = index.segments(camera, inUs - 1, outUs + kOutMarkSlackUs);
    if (segments.isEmpty())
        return makeError(QStringLiteral("recording.no-recording"),
                         Tr::tr("Nothing of this camera is recorded in that time"));
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);

    ExportedClip clip{file, {}, 0, -1, 0, 0};
    std::vector<GstSample *> gop; // from the last keyframe before `in`
    auto clearGop = [&gop] {
        for (GstSample *s : gop)
            gst_sample_unref(s);
        gop.clear();
    };
    {
        ClipWriter writer(file);
        qint64 bytes = 0;
        auto push = [&](GstSample *sample, qint64 wall) {
            GstBuffer *buffer = gst_sample_get_buffer(sample);
            if (clip.startUs < 0)
                clip.startUs = wall;
            bytes += qint64(gst_buffer_get_size(buffer));
            clip.endUs = wall;
            ++clip.frames;
            return writer.push(buffer, GstClockTime(wall - clip.startUs) * 1000);
        };
        for (const Segment &segment : segments) {
            SegmentReader reader(index.absolutePath(segment));
            GstClockTime first = GST_CLOCK_TIME_NONE;
            while (GstSample *sample = reader.next()) {
                GstBuffer *buffer = gst_sample_get_buffer(sample);
                const GstClockTime pts = GST_BUFFER_PTS(buffer);
                if (!GST_CLOCK_TIME_IS_VALID(first))
                    first = pts;
                const qint64 wall = segment.startUs + qint64((pts - first) / 1000);
                const bool key = !GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT);
                // The out mark names the frame shown there, in whole milliseconds: half a
                // frame's slack keeps that frame (its time may lie a fraction of a ms past the
                // mark) without taking the next one.
                if (wall > outUs + kOutMarkSlackUs) {
                    gst_sample_unref(sample);
                    break;
                }
                if (wall < inUs && clip.startUs < 0) {
                    if (key)
                        clearGop();
                    if (key || !gop.empty())
                        gop.push_back(sample);
                    else
                        gst_sample_unref(sample);
                    continue;
                }
                bool ok = true;
                for (GstSample *held : gop) {
                    const GstClockTime heldPts = GST_BUFFER_PTS(gst_sample_get_buffer(held));
                    ok = ok && push(held, segment.startUs + qint64((heldPts - first) / 1000));
                }
                clearGop();
                if (clip.startUs < 0 && !key) { // no keyframe before: start at the next one
                    gst_sample_unref(sample);
                    continue;
                }
                ok = ok && push(sample, wall);
                gst_sample_unref(sample);
                if (!ok)
                    return failed(QStringLiteral("recording.export-failed"),
                                  Tr::tr("The clip could not be written"), file);
                if (maxBytes > 0 && bytes > maxBytes)
                    return failed(QStringLiteral("recording.clip-too-large"),
                                  Tr::tr("The clip is larger than %1 MB: choose a shorter one")
                                      .arg(maxBytes / (1024 * 1024)),
                                  file);
            }
            clearGop();
        }
        if (clip.frames == 0)
            return failed(QStringLiteral("recording.no-recording"),
                          Tr::tr("Nothing of this camera is recorded in that time"), file);
        if (!writer.finish())
            return failed(QStringLiteral("recording.export-failed"),
                          Tr::tr("The clip could not be written"), file);
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return failed(QStringLiteral("recording.export-failed"),
                      Tr::tr("The clip could not be written"), file);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    clip.sha256 = hash.result().toHex();
    clip.bytes = f.size();
    if (maxBytes > 0 && clip.bytes > maxBytes)
        return failed(QStringLiteral("recording.clip-too-large"),
                      Tr::tr("The clip is larger than %1 MB: choose a shorter one")
                          .arg(maxBytes / (1024 * 1024)),
                      file);
    return clip;
}

} // namespace Cc::Recording
