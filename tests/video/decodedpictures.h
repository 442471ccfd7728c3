// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a player shows of a recorded file: the pictures the decoder makes of it, for the
// recording and clip tests.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <gst/gst.h>

/// Decodes the whole file (`demuxer` ! h264parse ! avdec_h264): its pictures, -1 on error.
inline int decodedPictures(const QString &file, const char *demuxer)
{
    const QByteArray desc = "filesrc location=\"" + QFile::encodeName(file) + "\" ! "
                            + QByteArray(demuxer)
                            + " ! h264parse ! avdec_h264 max-threads=1 ! fakesink name=sink "
                              "signal-handoffs=true sync=false";
    GstElement *pipeline = gst_parse_launch(desc.constData(), nullptr);
    if (!pipeline)
        return -1;
    int pictures = 0;
    GstElement *sink = gst_bin_get_by_name(GST_BIN(pipeline), "sink");
    g_signal_connect(sink, "handoff",
                     G_CALLBACK(+[](GstElement *, GstBuffer *, GstPad *, gpointer count) {
                         ++*static_cast<int *>(count);
                     }),
                     &pictures);
    gst_object_unref(sink);
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    GstBus *bus = gst_element_get_bus(pipeline);
    GstMessage *msg = gst_bus_timed_pop_filtered(bus, 30 * GST_SECOND,
                                                 GstMessageType(GST_MESSAGE_EOS
                                                                | GST_MESSAGE_ERROR));
    const bool ok = msg && GST_MESSAGE_TYPE(msg) == GST_MESSAGE_EOS;
    if (msg)
        gst_message_unref(msg);
    gst_object_unref(bus);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(pipeline);
    return ok ? pictures : -1;
}
