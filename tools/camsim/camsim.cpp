// SPDX-License-Identifier: GPL-3.0-or-later
// camsim: a simulated camera farm for the demo, the video tests and the video-wall benchmark.
//
// It serves N cameras over RTSP, each with /camNN/main (1280x720) and /camNN/sub (640x360)
// H.264 at 25 fps. The clips are encoded ONCE at start (x264 veryfast, High profile, no
// B-frames, 1 s GOP, moving picture plus sensor-like noise, so decoding costs what a real
// camera stream costs) and then looped from memory through appsrc: serving N cameras costs
// almost no CPU, which matters when the client under test shares a 2-core machine.
// Each access unit gets, at send time, an SEI NAL with the wall-clock time (framestamp.h)
// so a client can measure its latency. Usage:
//   camsim [--port P|0] [--address A] [--cameras N | --db demo.gpkg] [--seconds S]
//          [--protocols tcp,udp,udp-mcast]  (what RTP may travel over; default: all three)
//          [--cache DIR | --no-cache]   (default cache: $XDG_CACHE_HOME/citycommand)
//          [--exit-with-parent]         (stop when the starting process dies: tests)
//          [--ptz N] [--onvif-port P|0] [--onvif-user U --onvif-password W]
// --port 0 binds a free port; the bound port is printed on stdout as the first line.
// PTZ cameras (the first N, or with --db those with ptz set) render a street scene and crop it
// where their head looks, encoded live (ptzcamera.h); with --onvif-port their ONVIF endpoint
// (onvifserver.h) listens there and its port is the second stdout line, "onvif P".
// SIGTERM/SIGINT stop it cleanly.

#include "cc/video/framestamp.h"
#include "onvifserver.h"
#include "ptzcamera.h"

#include <glib-unix.h>
#include <gst/app/app.h>
#include <gst/gst.h>
#include <gst/rtsp-server/rtsp-server.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <sys/prctl.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

namespace {

constexpr int kFps = 25;
constexpr int kGop = 25;

struct Frame
{
    std::vector<guint8> data;
    std::size_t vclOffset = 0; // where the SEI stamp goes: before the first slice NAL
};

struct Clip
{
    int width = 0, height = 0, kbps = 0;
    std::vector<Frame> frames;
};

struct Feed
{
    GstElement *appsrc = nullptr;
    const Clip *clip = nullptr;
    std::size_t index = 0;
    std::atomic<bool> wanted{false}; // appsrc asked for data at least once (it is PLAYING)
};

struct Simulator
{
    Clip main, sub;
    std::mutex mutex;
    std::vector<std::shared_ptr<Feed>> feeds;
    std::atomic<bool> running{true};
    GMainLoop *loop = nullptr;
};

struct MountSpec
{
    std::string path;
    const Clip *clip;
    std::size_t phase; // start frame (a GOP boundary), so cameras do not all look the same
    CamSim::PtzCamera *ptz = nullptr; // a PTZ camera: rendered and encoded live, no clip
};

struct FactoryData
{
    Simulator *sim;
    const Clip *clip;
    std::size_t phase;
    CamSim::PtzCamera *ptz = nullptr;
};

std::size_t firstSliceOffset(const std::vector<guint8> &d)
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

// Encodes the clip once: a moving test card, a moving object and light noise (like a sensor
// at dusk), so that x264's rate control and the decoder do real work.
bool encodeClip(Clip &clip, int seconds)
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
    GError *error = nullptr;
    GstElement *pipeline = gst_parse_launch(desc.c_str(), &error);
    if (!pipeline) {
        std::fprintf(stderr, "camsim: cannot build the encoder: %s\n",
                     error ? error->message : "?");
        g_clear_error(&error);
        return false;
    }
    GstElement *sink = gst_bin_get_by_name(GST_BIN(pipeline), "out");
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    while (GstSample *sample = gst_app_sink_pull_sample(GST_APP_SINK(sink))) {
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
    }
    GstBus *bus = gst_element_get_bus(pipeline);
    GstMessage *msg = gst_bus_pop_filtered(bus, GST_MESSAGE_ERROR);
    bool ok = !clip.frames.empty();
    if (msg) {
        gst_message_parse_error(msg, &error, nullptr);
        std::fprintf(stderr, "camsim: encoding failed: %s\n", error->message);
        g_clear_error(&error);
        gst_message_unref(msg);
        ok = false;
    }
    gst_object_unref(bus);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(sink);
    gst_object_unref(pipeline);
    return ok;
}

// The encoded clips are cached on disk (they depend only on the parameters below), so that a
// test or a demo start on a loaded machine does not wait for x264 every time.
std::string cacheFile(const std::string &dir, const Clip &clip, int seconds)
{
    return dir + "/camsim-v1-" + std::to_string(clip.width) + "x" + std::to_string(clip.height)
           + "-" + std::to_string(clip.kbps) + "k-" + std::to_string(seconds) + "s.clip";
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

bool prepareClip(Clip &clip, int seconds, const std::string &cacheDir)
{
    const std::string file = cacheDir.empty() ? std::string() : cacheFile(cacheDir, clip, seconds);
    if (!file.empty() && loadClip(file, clip))
        return true;
    if (!encodeClip(clip, seconds))
        return false;
    if (!file.empty()) {
        g_mkdir_with_parents(cacheDir.c_str(), 0755);
        saveClip(file, clip);
    }
    return true;
}

std::int64_t unixMicros()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return std::int64_t(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

GstBuffer *stampedBuffer(const Frame &f)
{
    const auto sei = Cc::Video::FrameStamp::seiNal(unixMicros());
    GstBuffer *buffer = gst_buffer_new_allocate(nullptr, f.data.size() + sei.size(), nullptr);
    GstMapInfo map;
    gst_buffer_map(buffer, &map, GST_MAP_WRITE);
    std::memcpy(map.data, f.data.data(), f.vclOffset);
    std::memcpy(map.data + f.vclOffset, sei.data(), sei.size());
    std::memcpy(map.data + f.vclOffset + sei.size(), f.data.data() + f.vclOffset,
                f.data.size() - f.vclOffset);
    gst_buffer_unmap(buffer, &map);
    GST_BUFFER_DURATION(buffer) = GST_SECOND / kFps;
    return buffer;
}

// One thread paces every camera: at each 40 ms tick it pushes the next frame of every playing
// feed, stamped at that moment. The appsrc queue holds at most 2 frames (leaky), so the stamp
// is the send time, and a frozen client cannot make the server buffer without bound.
void feeder(Simulator *sim)
{
    using clock = std::chrono::steady_clock;
    const auto period = std::chrono::microseconds(1000000 / kFps);
    auto next = clock::now();
    while (sim->running) {
        next += period;
        const auto now = clock::now();
        if (now > next + 5 * period)
            next = now; // we were descheduled: skip, never burst
        std::this_thread::sleep_until(next);
        std::lock_guard lock(sim->mutex);
        for (const auto &feed : sim->feeds) {
            if (!feed->wanted)
                continue;
            const Frame &f = feed->clip->frames[feed->index];
            feed->index = (feed->index + 1) % feed->clip->frames.size();
            gst_app_src_push_buffer(GST_APP_SRC(feed->appsrc), stampedBuffer(f));
        }
    }
}

void onNeedData(GstAppSrc *, guint, gpointer data)
{
    static_cast<Feed *>(data)->wanted = true;
}

struct UnprepareData
{
    Simulator *sim;
    std::shared_ptr<Feed> feed;
};

void onUnprepared(GstRTSPMedia *, gpointer data)
{
    auto *u = static_cast<UnprepareData *>(data);
    std::lock_guard lock(u->sim->mutex);
    std::erase(u->sim->feeds, u->feed);
}

void freeUnprepare(gpointer data, GClosure *)
{
    auto *u = static_cast<UnprepareData *>(data);
    gst_object_unref(u->feed->appsrc);
    delete u;
}

// A PTZ camera's stream: raw pictures of where its head looks, from a thread of its own,
// encoded by the media's x264enc; the feed stops when the media is unprepared.
void configurePtzMedia(GstRTSPMedia *media, GstElement *appsrc, const FactoryData &fd)
{
    const Clip &size = *fd.clip;
    GstCaps *caps = gst_caps_new_simple("video/x-raw", "format", G_TYPE_STRING, "I420", "width",
                                        G_TYPE_INT, size.width, "height", G_TYPE_INT, size.height,
                                        "framerate", GST_TYPE_FRACTION, kFps, 1, nullptr);
    g_object_set(appsrc, "caps", caps, "format", GST_FORMAT_TIME, "is-live", TRUE, "do-timestamp",
                 TRUE, "max-buffers", guint64(2), "leaky-type", 2, nullptr);
    gst_caps_unref(caps);
    // Stopped when the media is unprepared (the last viewer left), freed with the handler.
    using Holder = std::unique_ptr<CamSim::PtzFeed>;
    auto *feed = new Holder(new CamSim::PtzFeed(*fd.ptz, appsrc, size.width, size.height));
    g_signal_connect_data(
        media, "unprepared",
        G_CALLBACK(+[](GstRTSPMedia *, gpointer f) { static_cast<Holder *>(f)->reset(); }), feed,
        [](gpointer f, GClosure *) { delete static_cast<Holder *>(f); }, GConnectFlags(0));
}

void onMediaConfigure(GstRTSPMediaFactory *, GstRTSPMedia *media, gpointer data)
{
    auto *fd = static_cast<FactoryData *>(data);
    GstElement *element = gst_rtsp_media_get_element(media);
    GstElement *appsrc = gst_bin_get_by_name_recurse_up(GST_BIN(element), "src");
    gst_object_unref(element);
    if (fd->ptz) {
        configurePtzMedia(media, appsrc, *fd);
        return;
    }
    const Clip &clip = *fd->clip;
    GstCaps *caps = gst_caps_new_simple("video/x-h264", "stream-format", G_TYPE_STRING,
                                        "byte-stream", "alignment", G_TYPE_STRING, "au", "width",
                                        G_TYPE_INT, clip.width, "height", G_TYPE_INT, clip.height,
                                        "framerate", GST_TYPE_FRACTION, kFps, 1, nullptr);
    g_object_set(appsrc, "caps", caps, "format", GST_FORMAT_TIME, "is-live", TRUE, "do-timestamp",
                 TRUE, "max-buffers", guint64(2), "leaky-type", 2 /* downstream: drop the oldest */,
                 nullptr);
    gst_caps_unref(caps);
    auto feed = std::make_shared<Feed>();
    feed->appsrc = appsrc; // reference released in freeUnprepare
    feed->clip = fd->clip;
    feed->index = fd->phase % clip.frames.size();
    g_signal_connect(appsrc, "need-data", G_CALLBACK(onNeedData), feed.get());
    {
        std::lock_guard lock(fd->sim->mutex);
        fd->sim->feeds.push_back(feed);
    }
    g_signal_connect_data(media, "unprepared", G_CALLBACK(onUnprepared),
                          new UnprepareData{fd->sim, feed}, freeUnprepare, GConnectFlags(0));
}

std::string pathOf(const std::string &url)
{
    const auto scheme = url.find("://");
    const auto slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    return slash == std::string::npos ? std::string() : url.substr(slash);
}

bool mountsFromDb(const char *file, std::vector<std::string> &mainPaths,
                  std::vector<std::string> &subPaths, std::vector<bool> &ptz)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(file, &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "camsim: cannot open %s: %s\n", file, sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    sqlite3_stmt *st = nullptr;
    // A camera table of its own (tests, older files) may have no ptz column: no PTZ cameras.
    if (sqlite3_prepare_v2(db, "SELECT url_main, url_sub, ptz FROM camera ORDER BY fid", -1, &st,
                           nullptr)
            != SQLITE_OK
        && sqlite3_prepare_v2(db, "SELECT url_main, url_sub, 0 FROM camera ORDER BY fid", -1, &st,
                              nullptr)
               != SQLITE_OK) {
        std::fprintf(stderr, "camsim: %s has no camera table: %s\n", file, sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
        const auto text = [&](int col) {
            const auto *t = sqlite3_column_text(st, col);
            return t ? std::string(reinterpret_cast<const char *>(t)) : std::string();
        };
        mainPaths.push_back(pathOf(text(0)));
        subPaths.push_back(pathOf(text(1)));
        ptz.push_back(sqlite3_column_int(st, 2) != 0);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return true;
}

gboolean onSignal(gpointer data)
{
    g_main_loop_quit(static_cast<Simulator *>(data)->loop);
    return G_SOURCE_CONTINUE;
}

int usage()
{
    std::fprintf(
        stderr, "usage: camsim [--port P|0] [--address A] [--cameras N | --db FILE] [--seconds S]\n"
                "              [--protocols tcp,udp,udp-mcast] [--cache DIR | --no-cache]\n"
                "              [--exit-with-parent] [--ptz N] [--onvif-port P|0]\n"
                "              [--onvif-user U] [--onvif-password W] [--onvif-clock-offset S]\n");
    return 2;
}

struct Options
{
    std::string port = "8554", address = "127.0.0.1", db;
    int cameras = 4, seconds = 5;
    int ptz = 0;           // without --db: the first N cameras are PTZ cameras
    std::string onvifPort; // empty: no ONVIF endpoint
    CamSim::OnvifCredentials onvif;
    std::string cacheDir = std::string(g_get_user_cache_dir()) + "/citycommand";
    // What the server offers for RTP, like cameras and NVRs that speak only some of them.
    GstRTSPLowerTrans protocols = GstRTSPLowerTrans(
        GST_RTSP_LOWER_TRANS_TCP | GST_RTSP_LOWER_TRANS_UDP | GST_RTSP_LOWER_TRANS_UDP_MCAST);
};

// "tcp", "udp", "udp-mcast" or a comma list of them; 0 if any name is unknown.
GstRTSPLowerTrans parseProtocols(const std::string &text)
{
    unsigned mask = 0;
    std::size_t from = 0;
    while (from <= text.size()) {
        const std::size_t comma = std::min(text.find(',', from), text.size());
        const std::string name = text.substr(from, comma - from);
        if (name == "tcp")
            mask |= GST_RTSP_LOWER_TRANS_TCP;
        else if (name == "udp")
            mask |= GST_RTSP_LOWER_TRANS_UDP;
        else if (name == "udp-mcast")
            mask |= GST_RTSP_LOWER_TRANS_UDP_MCAST;
        else
            return GST_RTSP_LOWER_TRANS_UNKNOWN;
        from = comma + 1;
    }
    return GstRTSPLowerTrans(mask);
}

bool parseOptions(int argc, char **argv, Options &o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--port" && hasValue)
            o.port = argv[++i];
        else if (a == "--address" && hasValue)
            o.address = argv[++i];
        else if (a == "--cameras" && hasValue)
            o.cameras = std::atoi(argv[++i]);
        else if (a == "--db" && hasValue)
            o.db = argv[++i];
        else if (a == "--cache" && hasValue)
            o.cacheDir = argv[++i];
        else if (a == "--no-cache")
            o.cacheDir.clear();
        else if (a == "--exit-with-parent")
            prctl(PR_SET_PDEATHSIG, SIGTERM); // tests: no orphan server if the test crashes
        else if (a == "--seconds" && hasValue)
            o.seconds = std::atoi(argv[++i]);
        else if (a == "--ptz" && hasValue)
            o.ptz = std::atoi(argv[++i]);
        else if (a == "--onvif-port" && hasValue)
            o.onvifPort = argv[++i];
        else if (a == "--onvif-user" && hasValue)
            o.onvif.user = argv[++i];
        else if (a == "--onvif-password" && hasValue)
            o.onvif.password = argv[++i];
        else if (a == "--onvif-clock-offset" && hasValue)
            o.onvif.clockOffsetS = std::atoi(argv[++i]);
        else if (a == "--protocols" && hasValue)
            o.protocols = parseProtocols(argv[++i]);
        else
            return false;
    }
    return o.cameras >= 1 && o.cameras <= 999 && o.seconds >= 1 && o.seconds <= 60 && o.ptz >= 0
           && o.ptz <= 16 && o.protocols != GST_RTSP_LOWER_TRANS_UNKNOWN;
}

/// The first segment of a mount path: the camera's name in its ONVIF address ("cam01").
std::string cameraName(const std::string &path)
{
    const auto from = path.find_first_not_of('/');
    if (from == std::string::npos)
        return {};
    return path.substr(from, path.find('/', from) - from);
}

/// The mounts, and the PTZ cameras (by camera name) they need: each gets its own street.
std::vector<MountSpec> mountSpecs(const Options &o, const Simulator &sim,
                                  std::map<std::string, std::unique_ptr<CamSim::PtzCamera>> &ptz,
                                  bool &ok)
{
    std::vector<std::string> mainPaths, subPaths;
    std::vector<bool> isPtz;
    ok = true;
    if (!o.db.empty()) {
        ok = mountsFromDb(o.db.c_str(), mainPaths, subPaths, isPtz);
    } else {
        for (int i = 1; i <= o.cameras; ++i) {
            char base[16];
            std::snprintf(base, sizeof base, "/cam%02d", i);
            mainPaths.push_back(std::string(base) + "/main");
            subPaths.push_back(std::string(base) + "/sub");
            isPtz.push_back(i <= o.ptz);
        }
    }
    std::vector<MountSpec> specs;
    for (std::size_t i = 0; i < mainPaths.size(); ++i) {
        const std::size_t phase = i * kGop;
        CamSim::PtzCamera *head = nullptr;
        if (isPtz[i]) {
            auto &camera = ptz[cameraName(mainPaths[i].empty() ? subPaths[i] : mainPaths[i])];
            if (!camera) {
                camera = std::make_unique<CamSim::PtzCamera>();
                // Three times the main picture each way: zoom 0 shows half of it.
                camera->scene = CamSim::makeStreetScene(3840, 2160, unsigned(1000 + i));
            }
            head = camera.get();
        }
        if (!mainPaths[i].empty())
            specs.push_back({mainPaths[i], &sim.main, phase, head});
        if (!subPaths[i].empty())
            specs.push_back({subPaths[i], &sim.sub, phase, head});
    }
    return specs;
}

void mount(GstRTSPServer *server, const std::vector<MountSpec> &specs, const Options &o,
           Simulator &sim, std::vector<std::unique_ptr<FactoryData>> &factoryData)
{
    GstRTSPMountPoints *mounts = gst_rtsp_server_get_mount_points(server);
    GstRTSPAddressPool *pool = nullptr;
    if (o.protocols & GST_RTSP_LOWER_TRANS_UDP_MCAST) {
        // Multicast needs group addresses to hand out (administratively scoped, TTL 1).
        pool = gst_rtsp_address_pool_new();
        gst_rtsp_address_pool_add_range(pool, "239.255.42.0", "239.255.42.255", 20000, 29999, 1);
    }
    for (const MountSpec &spec : specs) {
        GstRTSPMediaFactory *factory = gst_rtsp_media_factory_new();
        // A PTZ camera's picture depends on where it looks: encoded live, like a camera does.
        // x264 repeats SPS/PPS before every keyframe itself. Its zerolatency tuning cuts each
        // picture into slices (sliced threads), as many cameras do: the recorder must keep
        // those pictures whole (tst_recorder).
        const std::string ptzLaunch
            = "( appsrc name=src ! videoconvert ! x264enc tune=zerolatency speed-preset=ultrafast "
              "bframes=0 key-int-max="
              + std::to_string(kGop) + " bitrate=" + std::to_string(spec.clip->kbps)
              + " ! rtph264pay name=pay0 pt=96 config-interval=0 )";
        gst_rtsp_media_factory_set_launch(
            factory, spec.ptz
                         ? ptzLaunch.c_str()
                         : "( appsrc name=src ! rtph264pay name=pay0 pt=96 config-interval=-1 )");
        gst_rtsp_media_factory_set_shared(factory,
                                          TRUE); // one feed per camera, however many viewers
        gst_rtsp_media_factory_set_protocols(factory, o.protocols);
        if (pool)
            gst_rtsp_media_factory_set_address_pool(factory, pool);
        factoryData.push_back(
            std::make_unique<FactoryData>(FactoryData{&sim, spec.clip, spec.phase, spec.ptz}));
        g_signal_connect(factory, "media-configure", G_CALLBACK(onMediaConfigure),
                         factoryData.back().get());
        gst_rtsp_mount_points_add_factory(mounts, spec.path.c_str(), factory);
    }
    if (pool)
        g_object_unref(pool);
    g_object_unref(mounts);
}

std::string protocolNames(GstRTSPLowerTrans protocols)
{
    std::string names;
    for (const auto &[bit, name] :
         {std::pair{GST_RTSP_LOWER_TRANS_TCP, "tcp"}, std::pair{GST_RTSP_LOWER_TRANS_UDP, "udp"},
          std::pair{GST_RTSP_LOWER_TRANS_UDP_MCAST, "udp-mcast"}}) {
        if (protocols & bit)
            names += (names.empty() ? "" : ",") + std::string(name);
    }
    return names;
}

} // namespace

int main(int argc, char **argv)
{
    gst_init(&argc, &argv);
    Options o;
    if (!parseOptions(argc, argv, o))
        return usage();

    Simulator sim;
    sim.main = Clip{1280, 720, 2000, {}};
    sim.sub = Clip{640, 360, 600, {}};
    bool ok = true;
    std::map<std::string, std::unique_ptr<CamSim::PtzCamera>> ptz;
    const std::vector<MountSpec> specs = mountSpecs(o, sim, ptz, ok);
    if (!ok)
        return 1;

    const auto t0 = std::chrono::steady_clock::now();
    if (!prepareClip(sim.main, o.seconds, o.cacheDir)
        || !prepareClip(sim.sub, o.seconds, o.cacheDir))
        return 1;
    const double encodeS = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
                               .count();

    GstRTSPServer *server = gst_rtsp_server_new();
    gst_rtsp_server_set_address(server, o.address.c_str());
    gst_rtsp_server_set_service(server, o.port.c_str());
    std::vector<std::unique_ptr<FactoryData>> factoryData;
    mount(server, specs, o, sim, factoryData);

    GError *error = nullptr;
    GSource *source = gst_rtsp_server_create_source(server, nullptr, &error);
    if (!source) {
        std::fprintf(stderr, "camsim: cannot listen on %s:%s: %s\n", o.address.c_str(),
                     o.port.c_str(), error ? error->message : "?");
        g_clear_error(&error);
        return 1;
    }
    g_source_attach(source, nullptr);
    std::printf("%d\n", gst_rtsp_server_get_bound_port(server));
    std::unique_ptr<CamSim::OnvifServer> onvif;
    if (!o.onvifPort.empty()) {
        std::map<std::string, CamSim::PtzState *> heads;
        for (const auto &[name, camera] : ptz)
            heads[name] = &camera->head;
        onvif = std::make_unique<CamSim::OnvifServer>(heads, o.onvif);
        const int onvifPort = onvif->listen(o.address, std::atoi(o.onvifPort.c_str()));
        if (onvifPort == 0)
            return 1;
        std::printf("onvif %d\n", onvifPort);
        std::fprintf(
            stderr,
            "camsim: %zu PTZ camera(s), ONVIF at http://%s:%d/onvif/<camera>/device_service\n",
            ptz.size(), o.address.c_str(), onvifPort);
    }
    std::fflush(stdout);
    std::fprintf(
        stderr,
        "camsim: %zu mounts on rtsp://%s:%d (RTP over %s), e.g. %s; clips of %zu frames ready in %.1f s\n",
        specs.size(), o.address.c_str(), gst_rtsp_server_get_bound_port(server),
        protocolNames(o.protocols).c_str(), specs.empty() ? "-" : specs.front().path.c_str(),
        sim.main.frames.size(), encodeS);

    sim.loop = g_main_loop_new(nullptr, FALSE);
    g_unix_signal_add(SIGTERM, onSignal, &sim);
    g_unix_signal_add(SIGINT, onSignal, &sim);
    std::thread pacing(feeder, &sim);
    g_main_loop_run(sim.loop);

    sim.running = false;
    pacing.join();
    onvif.reset();
    g_source_destroy(source);
    g_source_unref(source);
    GstRTSPSessionPool *pool = gst_rtsp_server_get_session_pool(server);
    gst_rtsp_session_pool_cleanup(pool);
    g_object_unref(pool);
    g_object_unref(server);
    g_main_loop_unref(sim.loop);
    std::fprintf(stderr, "camsim: stopped\n");
    return 0;
}
