// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A plain GStreamer RTSP client for the scene tests: decodes a stream to small grey pictures
// (320×180 luma) and pairs each with camsim's SEI wall-clock stamp (framestamp.h), read
// before the decoder and matched by PTS.

#include "cc/video/framestamp.h"

#include <QByteArray>
#include <QMutex>
#include <QString>

#include <gst/app/app.h>
#include <gst/gst.h>

#include <map>
#include <vector>

struct StampedPicture
{
    qint64 stampUs = 0;
    QByteArray luma; // kWidth × kHeight
};

class StampedGrabber
{
public:
    static constexpr int kWidth = 320, kHeight = 180;

    explicit StampedGrabber(const QString &url)
    {
        const QByteArray desc = "rtspsrc protocols=tcp latency=100 location=\"" + url.toUtf8()
                                + "\" ! rtph264depay ! h264parse name=parse ! avdec_h264 ! "
                                  "videoconvert ! videoscale ! video/x-raw,format=GRAY8,width="
                                + QByteArray::number(kWidth)
                                + ",height=" + QByteArray::number(kHeight)
                                + " ! appsink name=sink sync=false max-buffers=2000";
        m_pipeline = gst_parse_launch(desc.constData(), nullptr);
        if (!m_pipeline)
            return;
        GstElement *parse = gst_bin_get_by_name(GST_BIN(m_pipeline), "parse");
        GstPad *pad = gst_element_get_static_pad(parse, "src");
        gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, &StampedGrabber::onBuffer, this, nullptr);
        gst_object_unref(pad);
        gst_object_unref(parse);
        m_sink = gst_bin_get_by_name(GST_BIN(m_pipeline), "sink");
        gst_element_set_state(m_pipeline, GST_STATE_PLAYING);
    }
    ~StampedGrabber()
    {
        if (m_pipeline) {
            gst_element_set_state(m_pipeline, GST_STATE_NULL);
            gst_object_unref(m_sink);
            gst_object_unref(m_pipeline);
        }
    }
    StampedGrabber(const StampedGrabber &) = delete;
    StampedGrabber &operator=(const StampedGrabber &) = delete;

    bool isValid() const { return m_pipeline != nullptr; }

    /// Takes what was decoded meanwhile (waits up to `waitMs` for the first picture).
    void pull(int waitMs = 0)
    {
        GstClockTime wait = GstClockTime(waitMs) * GST_MSECOND;
        while (GstSample *sample = gst_app_sink_try_pull_sample(GST_APP_SINK(m_sink), wait)) {
            wait = 0;
            GstBuffer *buffer = gst_sample_get_buffer(sample);
            StampedPicture picture;
            {
                QMutexLocker lock(&m_mutex);
                const auto it = m_stamps.find(GST_BUFFER_PTS(buffer));
                if (it != m_stamps.end()) {
                    picture.stampUs = it->second;
                    m_stamps.erase(m_stamps.begin(), std::next(it));
                }
            }
            GstMapInfo map;
            if (picture.stampUs > 0 && gst_buffer_map(buffer, &map, GST_MAP_READ)) {
                picture.luma = QByteArray(reinterpret_cast<const char *>(map.data),
                                          kWidth * kHeight);
                gst_buffer_unmap(buffer, &map);
                pictures.push_back(std::move(picture));
            }
            gst_sample_unref(sample);
        }
    }

    std::vector<StampedPicture> pictures;

private:
    static GstPadProbeReturn onBuffer(GstPad *, GstPadProbeInfo *info, gpointer self)
    {
        GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info);
        GstMapInfo map;
        if (gst_buffer_map(buffer, &map, GST_MAP_READ)) {
            const auto stamp = Cc::Video::FrameStamp::find(map.data, map.size);
            gst_buffer_unmap(buffer, &map);
            if (stamp) {
                auto *grabber = static_cast<StampedGrabber *>(self);
                QMutexLocker lock(&grabber->m_mutex);
                grabber->m_stamps[GST_BUFFER_PTS(buffer)] = *stamp;
            }
        }
        return GST_PAD_PROBE_OK;
    }

    GstElement *m_pipeline = nullptr;
    GstElement *m_sink = nullptr;
    QMutex m_mutex;
    std::map<GstClockTime, qint64> m_stamps;
};
