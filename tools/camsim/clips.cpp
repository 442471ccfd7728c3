// SPDX-License-Identifier: GPL-3.0-or-later
#include "clips.h"

#include "streetscene.h"

#include <gst/app/app.h>
#include <gst/gst.h>

#include <cstdio>
#include <unistd.h>

namespace CamSim {

namespace {

std::size_t firstSliceOffset(const std::vector<std::uint8_t> &d)
{
    for (std::size_t i = 0; i + 3 < d.size(); ++i) {
        if (d[i] == 0 && d[i + 1] == 0 && d[i + 2] == 1) {
            const int type = d[i + 3] & 0x1f;
            if (type >= 1 && type <= 5)
                return (i > 0 && d[i - 1] == 0) ? i - 1 : i; // include a 4-byte start code
        }
    }
    return 0;
}

bool isIdr(const Frame &f)
{
    const std::size_t at = f.vclOffset + (f.data[f.vclOffset + 2] == 1 ? 3 : 4);
    return at < f.data.size() && (f.data[at] & 0x1f) == 5;
}

void collect(GstElement *sink, Clip &clip, GstClockTime wait)
{
    while (GstSample *sample = gst_app_sink_try_pull_sample(GST_APP_SINK(sink), wait)) {
        GstBuffer *buffer = gst_sample_get_buffer(sample);
        GstMapInfo map;
        if (gst_buffer_map(buffer, &map, GST_MAP_READ)) {
            Frame f;
            f.data.assign(map.data, map.data + map.size);
            f.vclOffset = firstSliceOffset(f.data);
            clip.frames.push_back(std::move(f));
            gst_buffer_unmap(buffer, &map);
        }
        gst_sample_unref(sample);
        wait = 0;
    }
}

/// Pulls what the sinks get until every one has seen EOS (an appsink holds EOS back until
/// its queue is empty, so pulling must go on meanwhile); false (and why) on an error.
bool drain(GstElement *pipeline, std::initializer_list<std::pair<GstElement *, Clip *>> sinks)
{
    GstBus *bus = gst_element_get_bus(pipeline);
    bool ok = true;
    for (bool done = false; !done;) {
        done = true;
        for (const auto &[sink, clip] : sinks) {
            collect(sink, *clip, 20 * GST_MSECOND);
            done = done && gst_app_sink_is_eos(GST_APP_SINK(sink));
        }
        if (GstMessage *msg = gst_bus_pop_filtered(bus, GST_MESSAGE_ERROR)) {
            GError *error = nullptr;
            gst_message_parse_error(msg, &error, nullptr);
            std::fprintf(stderr, "camsim: encoding failed: %s\n", error ? error->message : "?");
            g_clear_error(&error);
            gst_message_unref(msg);
            ok = false;
            break;
        }
    }
    gst_object_unref(bus);
    return ok;
}

std::string encoderChain(const Clip &clip, const char *name)
{
    // No scene-cut keyframes: an IDR exactly every GOP, where camsim may switch clips. Both
    // sinks are async=false: one pipeline encodes both sizes, and a sink waiting for the other
    // to preroll would block the frames that other one needs.
    return "x264enc speed-preset=veryfast bframes=0 key-int-max=" + std::to_string(kGop)
           + " option-string=scenecut=0 bitrate=" + std::to_string(clip.kbps)
           + " ! video/x-h264,profile=high,stream-format=byte-stream,alignment=au"
             " ! appsink name="
           + name + " sync=false async=false";
}

std::string rawCaps(const Clip &clip)
{
    return "video/x-raw,format=I420,width=" + std::to_string(clip.width)
           + ",height=" + std::to_string(clip.height) + ",framerate=25/1";
}

void push(GstElement *src, const Picture &p, int n)
{
    const std::size_t ySize = p.y.size(), cSize = p.u.size();
    GstBuffer *buffer = gst_buffer_new_allocate(nullptr, ySize + 2 * cSize, nullptr);
    GstMapInfo map;
    gst_buffer_map(buffer, &map, GST_MAP_WRITE);
    std::copy(p.y.begin(), p.y.end(), map.data);
    std::copy(p.u.begin(), p.u.end(), map.data + ySize);
    std::copy(p.v.begin(), p.v.end(), map.data + ySize + cSize);
    gst_buffer_unmap(buffer, &map);
    GST_BUFFER_PTS(buffer) = GstClockTime(n) * GST_SECOND / kFps;
    GST_BUFFER_DURATION(buffer) = GST_SECOND / kFps;
    gst_app_src_push_buffer(GST_APP_SRC(src), buffer);
}

/// The encoding pipeline `desc`, or null with the reason on stderr.
GstElement *launchEncoder(const std::string &desc)
{
    GError *error = nullptr;
    GstElement *pipeline = gst_parse_launch(desc.c_str(), &error);
    if (!pipeline)
        std::fprintf(stderr, "camsim: cannot build the encoder: %s\n",
                     error ? error->message : "?");
    g_clear_error(&error);
    return pipeline;
}

bool encodeScene(ClipPair &clips, int frames, const FrameRenderer &render)
{
    const std::string desc = "appsrc name=m format=time block=true max-bytes=8000000 caps="
                             + rawCaps(clips.main) + " ! " + encoderChain(clips.main, "om")
                             + " appsrc name=s format=time block=true max-bytes=2000000 caps="
                             + rawCaps(clips.sub) + " ! " + encoderChain(clips.sub, "os");
    GstElement *pipeline = launchEncoder(desc);
    if (!pipeline)
        return false;
    GstBin *bin = GST_BIN(pipeline);
    GstElement *m = gst_bin_get_by_name(bin, "m"), *s = gst_bin_get_by_name(bin, "s");
    GstElement *om = gst_bin_get_by_name(bin, "om"), *os = gst_bin_get_by_name(bin, "os");
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    Picture main, sub;
    for (int n = 0; n < frames; ++n) {
        render(n, main);
        halve(main, sub);
        push(m, main, n);
        push(s, sub, n);
    }
    gst_app_src_end_of_stream(GST_APP_SRC(m));
    gst_app_src_end_of_stream(GST_APP_SRC(s));
    bool ok = drain(pipeline, {{om, &clips.main}, {os, &clips.sub}});
    gst_element_set_state(pipeline, GST_STATE_NULL);
    for (GstElement *e : {m, s, om, os})
        gst_object_unref(e);
    gst_object_unref(pipeline);
    for (const Clip *clip : {&clips.main, &clips.sub}) {
        ok = ok && int(clip->frames.size()) == frames;
        for (int n = 0; ok && n < frames; n += kGop)
            ok = isIdr(clip->frames[std::size_t(n)]);
    }
    if (!ok)
        std::fprintf(stderr, "camsim: the encoder did not give %d frames with an IDR every %d\n",
                     frames, kGop);
    return ok;
}

// Encodes the test card: a moving test card, a moving object and light noise (like a sensor
// at dusk), so that x264's rate control and the decoder do real work.
bool encodeTestCard(Clip &clip, int seconds)
{
    const int frames = seconds * kFps;
    const std::string caps = "video/x-raw,width=" + std::to_string(clip.width)
                             + ",height=" + std::to_string(clip.height) + ",framerate=25/1";
    const std::string desc
        = "compositor name=mix background=black sink_1::alpha=0.10 ! " + caps
          + " ! videoconvert ! x264enc speed-preset=veryfast bframes=0 key-int-max="
          + std::to_string(kGop) + " bitrate=" + std::to_string(clip.kbps)
          + " ! video/x-h264,profile=high,stream-format=byte-stream,alignment=au"
            " ! appsink name=out sync=false "
            "videotestsrc pattern=smpte horizontal-speed=3 num-buffers="
          + std::to_string(frames) + " ! " + caps + " ! mix.sink_0 "
          + "videotestsrc pattern=snow num-buffers=" + std::to_string(frames) + " ! " + caps
          + " ! mix.sink_1 "
          + "videotestsrc pattern=ball motion=wavy animation-mode=frames background-color=0x00000000 "
            "num-buffers="
          + std::to_string(frames) + " ! " + caps + " ! mix.sink_2";
    GstElement *pipeline = launchEncoder(desc);
    if (!pipeline)
        return false;
    GstElement *sink = gst_bin_get_by_name(GST_BIN(pipeline), "out");
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    const bool ok = drain(pipeline, {{sink, &clip}});
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(sink);
    gst_object_unref(pipeline);
    return ok && !clip.frames.empty();
}

bool loadClip(const std::string &file, Clip &clip)
{
    FILE *f = std::fopen(file.c_str(), "rb");
    if (!f)
        return false;
    std::uint32_t count = 0;
    bool ok = std::fread(&count, sizeof count, 1, f) == 1 && count > 0 && count < 100000;
    for (std::uint32_t i = 0; ok && i < count; ++i) {
        std::uint32_t size = 0;
        ok = std::fread(&size, sizeof size, 1, f) == 1 && size > 0 && size < (64u << 20);
        Frame frame;
        if (ok) {
            frame.data.resize(size);
            ok = std::fread(frame.data.data(), 1, size, f) == size;
        }
        frame.vclOffset = firstSliceOffset(frame.data);
        clip.frames.push_back(std::move(frame));
    }
    std::fclose(f);
    if (!ok)
        clip.frames.clear();
    return ok;
}

void saveClip(const std::string &file, const Clip &clip)
{
    const std::string tmp = file + ".tmp" + std::to_string(getpid());
    FILE *f = std::fopen(tmp.c_str(), "wb");
    if (!f)
        return;
    bool ok = true;
    const auto count = static_cast<std::uint32_t>(clip.frames.size());
    ok = ok && std::fwrite(&count, sizeof count, 1, f) == 1;
    for (const Frame &frame : clip.frames) {
        const auto size = static_cast<std::uint32_t>(frame.data.size());
        ok = ok && std::fwrite(&size, sizeof size, 1, f) == 1
             && std::fwrite(frame.data.data(), 1, size, f) == size;
    }
    ok = (std::fclose(f) == 0) && ok;
    if (!ok || std::rename(tmp.c_str(), file.c_str()) != 0)
        std::remove(tmp.c_str());
}

std::string sizeTag(const Clip &clip)
{
    return std::to_string(clip.width) + "x" + std::to_string(clip.height) + "-"
           + std::to_string(clip.kbps) + "k";
}

/// Loads both clips from the cache; a half-present pair counts as absent.
bool loadPair(ClipPair &clips, const std::string &mainFile, const std::string &subFile)
{
    if (loadClip(mainFile, clips.main) && loadClip(subFile, clips.sub)
        && clips.main.frames.size() == clips.sub.frames.size())
        return true;
    clips.main.frames.clear();
    clips.sub.frames.clear();
    return false;
}

} // namespace

bool prepareScene(ClipPair &clips, const std::string &key, int frames, const FrameRenderer &render,
                  const std::string &cacheDir)
{
    // v2: the street scenes (the v1 files are the test card's). Bump when the drawing changes.
    const std::string base = cacheDir + "/camsim-v2-" + key + "-" + std::to_string(frames) + "f-";
    const std::string mainFile = base + sizeTag(clips.main) + ".clip",
                      subFile = base + sizeTag(clips.sub) + ".clip";
    if (!cacheDir.empty() && loadPair(clips, mainFile, subFile)
        && int(clips.main.frames.size()) == frames)
        return true;
    clips.main.frames.clear();
    clips.sub.frames.clear();
    if (!encodeScene(clips, frames, render))
        return false;
    if (!cacheDir.empty()) {
        g_mkdir_with_parents(cacheDir.c_str(), 0755);
        saveClip(mainFile, clips.main);
        saveClip(subFile, clips.sub);
    }
    return true;
}

bool prepareTestCard(ClipPair &clips, int seconds, const std::string &cacheDir)
{
    for (Clip *clip : {&clips.main, &clips.sub}) {
        const std::string file = cacheDir.empty()
                                     ? std::string()
                                     : cacheDir + "/camsim-v1-" + std::to_string(clip->width) + "x"
                                           + std::to_string(clip->height) + "-"
                                           + std::to_string(clip->kbps) + "k-"
                                           + std::to_string(seconds) + "s.clip";
        if (!file.empty() && loadClip(file, *clip))
            continue;
        if (!encodeTestCard(*clip, seconds))
            return false;
        if (!file.empty()) {
            g_mkdir_with_parents(cacheDir.c_str(), 0755);
            saveClip(file, *clip);
        }
    }
    return true;
}

} // namespace CamSim
