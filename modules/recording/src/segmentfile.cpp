// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/recording/segmentfile.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTimeZone>
#include <QUrl>

#include <gst/gst.h>

namespace Cc::Recording {

namespace {

constexpr qint64 kTsPacket = 188;

struct ScanState
{
    SegmentScan scan;
    GstClockTime first = GST_CLOCK_TIME_NONE, last = GST_CLOCK_TIME_NONE, lastDelta = 0;
};

GstPadProbeReturn onParsed(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    auto *state = static_cast<ScanState *>(data);
    GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
    const GstClockTime pts = GST_BUFFER_PTS(buffer);
    ++state->scan.frames;
    if (!GST_BUFFER_FLAG_IS_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT))
        ++state->scan.keyframes;
    if (GST_CLOCK_TIME_IS_VALID(pts)) {
        if (!GST_CLOCK_TIME_IS_VALID(state->first) || pts < state->first)
            state->first = pts;
        if (GST_CLOCK_TIME_IS_VALID(state->last) && pts > state->last)
            state->lastDelta = pts - state->last;
        if (!GST_CLOCK_TIME_IS_VALID(state->last) || pts > state->last)
            state->last = pts;
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

} // namespace

SegmentScan scanSegment(const QString &file)
{
    if (!gst_is_initialized())
        gst_init(nullptr, nullptr);
    ScanState state;
    GstElement *pipeline = gst_pipeline_new(nullptr);
    GstElement *src = gst_element_factory_make("filesrc", nullptr);
    GstElement *demux = gst_element_factory_make("tsdemux", nullptr);
    GstElement *parse = gst_element_factory_make("h264parse", nullptr);
    GstElement *sink = gst_element_factory_make("fakesink", nullptr);
    if (!src || !demux || !parse || !sink) {
        state.scan.readError = true;
        gst_object_unref(pipeline);
        return state.scan;
    }
    g_object_set(src, "location", QFile::encodeName(file).constData(), nullptr);
    g_object_set(sink, "sync", FALSE, nullptr);
    gst_bin_add_many(GST_BIN(pipeline), src, demux, parse, sink, nullptr);
    gst_element_link(src, demux);
    gst_element_link(parse, sink);
    g_signal_connect(demux, "pad-added", G_CALLBACK(onDemuxPad), parse);
    GstPad *parsed = gst_element_get_static_pad(parse, "src");
    gst_pad_add_probe(parsed, GST_PAD_PROBE_TYPE_BUFFER, onParsed, &state, nullptr);
    gst_object_unref(parsed);

    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    GstBus *bus = gst_element_get_bus(pipeline);
    GstMessage *message = gst_bus_timed_pop_filtered(bus, 60 * GST_SECOND,
                                                     GstMessageType(GST_MESSAGE_EOS
                                                                    | GST_MESSAGE_ERROR));
    // A truncated file may end in an error after its last whole frame: what was read counts.
    state.scan.readError = !message || GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR;
    if (message)
        gst_message_unref(message);
    gst_object_unref(bus);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(pipeline);
    if (GST_CLOCK_TIME_IS_VALID(state.first) && GST_CLOCK_TIME_IS_VALID(state.last))
        state.scan.durationUs = qint64((state.last - state.first + state.lastDelta) / 1000);
    return state.scan;
}

QString segmentRelativePath(const QString &camera, qint64 startUs)
{
    const QString day = QDateTime::fromMSecsSinceEpoch(startUs / 1000, QTimeZone::utc())
                            .toString(QStringLiteral("yyyyMMdd"));
    return QString::fromLatin1(QUrl::toPercentEncoding(camera)) + QLatin1Char('/') + day
           + QLatin1Char('/') + QString::number(startUs) + QStringLiteral(".ts");
}

bool parseSegmentPath(const QString &relativePath, QString *camera, qint64 *startUs)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    if (parts.size() != 3 || !parts[2].endsWith(QStringLiteral(".ts")))
        return false;
    bool ok = false;
    const qint64 start = parts[2].chopped(3).toLongLong(&ok);
    if (!ok || start <= 0 || parts[0].isEmpty())
        return false;
    *camera = QUrl::fromPercentEncoding(parts[0].toLatin1());
    *startUs = start;
    return true;
}

RepairOutcome repairSegment(RecordingIndex &index, const Segment &segment)
{
    const QString file = index.absolutePath(segment);
    QFile f(file);
    // filesink writes in blocks, so a kill -9 can leave a partial transport packet at the end.
    if (f.exists() && f.size() % kTsPacket != 0)
        f.resize(f.size() - f.size() % kTsPacket);
    const SegmentScan scan = f.exists() ? scanSegment(file) : SegmentScan{};
    if (!scan.playable()) {
        f.remove();
        (void) index.removeSegment(segment.id);
        return RepairOutcome::Dropped;
    }
    (void) index.updateSegment(segment.id, segment.startUs + scan.durationUs, f.size(),
                               QStringLiteral("repaired"));
    return RepairOutcome::Repaired;
}

RecoveryReport recoverAfterCrash(RecordingIndex &index)
{
    RecoveryReport report;
    // Files without a row: the recorder was killed between opening the file and its insert.
    const QDir root(index.root());
    QDirIterator it(index.root(), {QStringLiteral("*.ts")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        QString camera;
        qint64 start = 0;
        if (index.byPath(relative))
            continue;
        if (!parseSegmentPath(relative, &camera, &start)) {
            continue; // not ours: leave it alone
        }
        if (auto id = index.addSegment(camera, relative, start); id)
            ++report.adopted;
    }
    for (const Segment &segment : index.openSegments()) {
        if (repairSegment(index, segment) == RepairOutcome::Dropped)
            ++report.dropped;
        else
            ++report.repaired;
    }
    return report;
}

} // namespace Cc::Recording
