// SPDX-License-Identifier: GPL-3.0-or-later
// camsim: a simulated camera farm for the demo, the video tests and the video-wall benchmark.
//
// It serves N cameras over RTSP, each with /camNN/main (1280x720) and /camNN/sub (640x360)
// H.264 at 25 fps. Fixed cameras show a street (streetscene.h: a few variants shared by all
// cameras) and, with a script, incidents (incidents.h, timeline.h) whose ground truth goes to
// a side file (truth.h). Their clips are encoded ONCE (x264 veryfast, High profile, no
// B-frames, 1 s GOP, so decoding costs what a real camera stream costs), cached on disk
// (clips.h) and looped from memory through appsrc: serving N cameras costs almost no CPU,
// which matters when the client under test shares a 2-core machine.
// Each access unit gets, at its 40 ms send tick, an SEI NAL with that tick's wall-clock time
// (framestamp.h) so a client can measure its latency. Usage:
//   camsim [--port P|0] [--address A] [--cameras N | --db demo.gpkg] [--seconds S]
//          [--protocols tcp,udp,udp-mcast]  (what RTP may travel over; default: all three)
//          [--cache DIR | --no-cache]   (default cache: $XDG_CACHE_HOME/citycommand)
//          [--exit-with-parent]         (stop when the starting process dies: tests)
//          [--ptz N] [--onvif-port P|0] [--onvif-user U --onvif-password W]
//          [--seed N] [--scenes N] [--lighting day|night|mixed] [--test-card]
//          [--incidents SCRIPT.json|demo] [--truth FILE]   (docs/video.md)
// --port 0 binds a free port; the bound port is printed on stdout as the first line.
// PTZ cameras (the first N, or with --db those with ptz set) render a street scene and crop it
// where their head looks, encoded live (ptzcamera.h); with --onvif-port their ONVIF endpoint
// (onvifserver.h) listens there and its port is the second stdout line, "onvif P".
// SIGTERM/SIGINT stop it cleanly.

#include "cc/video/framestamp.h"
#include "clips.h"
#include "onvifserver.h"
#include "ptzcamera.h"
#include "timeline.h"
#include "truth.h"

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

using CamSim::Clip;
using CamSim::Frame;
using CamSim::kFps;
using CamSim::kGop;

struct Feed
{
    GstElement *appsrc = nullptr;
    const CamSim::CameraTimeline *timeline = nullptr;
    bool sub = false;
    const Clip *clip = nullptr;      // what it plays now (null: not started)
    std::size_t index = 0;           // the next frame of `clip`
    std::int64_t next = 0;           // the next frame of the camera's timeline (frames since t0)
    std::atomic<bool> wanted{false}; // appsrc asked for data at least once (it is PLAYING)
};

struct Simulator
{
    std::int64_t t0Us = 0; // slot 0 of every camera's timeline (the truth's t0_us)
    int loopFrames = 0;
    std::mutex mutex;
    std::vector<std::shared_ptr<Feed>> feeds;
    std::atomic<bool> running{true};
    GMainLoop *loop = nullptr;
};

struct MountSpec
{
    std::string path;
    const CamSim::CameraTimeline *timeline = nullptr; // a fixed camera
    bool sub = false;
    CamSim::PtzCamera *ptz = nullptr; // a PTZ camera: rendered and encoded live, no clip
};

struct FactoryData
{
    Simulator *sim;
    MountSpec spec;
};

std::int64_t unixMicros()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return std::int64_t(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

GstBuffer *stampedBuffer(const Frame &f, std::int64_t stampUs)
{
    const auto sei = Cc::Video::FrameStamp::seiNal(stampUs);
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

// Where a fixed camera's feed goes on at a GOP boundary (an IDR), from the clock. A camera
// with incidents keeps exactly to its timeline, as the truth says: it starts (or, after the
// pacing thread fell behind, goes on) at the next whole GOP of the clock and waits for it, so
// that the frame for t0 + n·40 ms is sent then. Others start at once at the nearest GOP.
// False: send nothing this tick.
bool position(Feed &feed, const Simulator &sim, std::int64_t nowUs)
{
    const std::int64_t frameUs = 1000000 / kFps;
    const std::int64_t clock = (nowUs - sim.t0Us + frameUs / 2) / frameUs
                               + feed.timeline->phaseFrames;
    if (feed.clip && feed.index % kGop != 0 && feed.index < feed.clip->frames.size())
        return true; // within a GOP: the next frame
    if (feed.timeline->runs.empty()) {
        feed.next = std::max<std::int64_t>(0, (clock + kGop / 2) / kGop) * kGop;
    } else {
        if (!feed.clip || feed.next < clock - 2)
            feed.next = std::max<std::int64_t>(0, (clock + kGop - 1) / kGop) * kGop;
        if (feed.next > clock + 1)
            return false;
    }
    const CamSim::ClipPair &clips = feed.timeline->at(feed.next / sim.loopFrames);
    feed.clip = feed.sub ? &clips.sub : &clips.main;
    feed.index = std::size_t(feed.next % sim.loopFrames) % feed.clip->frames.size();
    return true;
}

// One thread paces every camera: at each 40 ms tick it pushes the next frame of every playing
// feed, stamped with the tick's time (when it was due: 40 ms apart however late it woke). The
// appsrc queue holds at most 2 frames (leaky), so the stamp is (within a tick) the send time,
// and a frozen client cannot make the server buffer without bound. At every GOP boundary a
// feed realigns with the clock (position).
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
        // The tick's own time, as a camera stamps a picture when it captures it: a pacing
        // thread that a loaded machine wakes late must not make one frame 56 ms after the
        // previous and the next 24 ms after it (tst_recordingplayer steps frame by frame).
        const std::int64_t nowUs
            = unixMicros()
              - std::chrono::duration_cast<std::chrono::microseconds>(clock::now() - next).count();
        std::lock_guard lock(sim->mutex);
        for (const auto &feed : sim->feeds) {
            if (!feed->wanted)
                continue;
            if (!position(*feed, *sim, nowUs))
                continue;
            const Frame &f = feed->clip->frames[feed->index++];
            ++feed->next;
            gst_app_src_push_buffer(GST_APP_SRC(feed->appsrc), stampedBuffer(f, nowUs));
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
void configurePtzMedia(GstRTSPMedia *media, GstElement *appsrc, const MountSpec &spec)
{
    const CamSim::ClipPair sizes;
    const Clip &size = spec.sub ? sizes.sub : sizes.main;
    GstCaps *caps = gst_caps_new_simple("video/x-raw", "format", G_TYPE_STRING, "I420", "width",
                                        G_TYPE_INT, size.width, "height", G_TYPE_INT, size.height,
                                        "framerate", GST_TYPE_FRACTION, kFps, 1, nullptr);
    g_object_set(appsrc, "caps", caps, "format", GST_FORMAT_TIME, "is-live", TRUE, "do-timestamp",
                 TRUE, "max-buffers", guint64(2), "leaky-type", 2, nullptr);
    gst_caps_unref(caps);
    // Stopped when the media is unprepared (the last viewer left), freed with the handler.
    using Holder = std::unique_ptr<CamSim::PtzFeed>;
    auto *feed = new Holder(new CamSim::PtzFeed(*spec.ptz, appsrc, size.width, size.height));
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
    if (fd->spec.ptz) {
        configurePtzMedia(media, appsrc, fd->spec);
        return;
    }
    const CamSim::ClipPair &first = fd->spec.timeline->at(0);
    const Clip &clip = fd->spec.sub ? first.sub : first.main;
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
    feed->timeline = fd->spec.timeline;
    feed->sub = fd->spec.sub;
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
                "              [--onvif-user U] [--onvif-password W] [--onvif-clock-offset S]\n"
                "              [--seed N] [--scenes N] [--lighting day|night|mixed] [--test-card]\n"
                "              [--incidents SCRIPT.json|demo] [--truth FILE]\n");
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
    // The fixed cameras' streets (docs/video.md "Street scenes and scripted incidents").
    long seed = 1;
    int scenes = 4;
    std::string lighting = "mixed";
    bool testCard = false;
    std::string incidents, truth; // script ("demo": built in), ground-truth file
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

bool parseStreetOption(const std::string &a, const char *value, Options &o)
{
    if (a == "--seed")
        o.seed = std::atol(value);
    else if (a == "--scenes")
        o.scenes = std::atoi(value);
    else if (a == "--lighting")
        o.lighting = value;
    else if (a == "--incidents")
        o.incidents = value;
    else if (a == "--truth")
        o.truth = value;
    else
        return false;
    return true;
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
        else if (a == "--test-card")
            o.testCard = true;
        else if (!(hasValue && parseStreetOption(a, argv[++i], o)))
            return false;
    }
    return o.cameras >= 1 && o.cameras <= 999 && o.seconds >= 1 && o.seconds <= 60 && o.ptz >= 0
           && o.ptz <= 16 && o.protocols != GST_RTSP_LOWER_TRANS_UNKNOWN && o.seed >= 0
           && o.seed <= 0xffffffffL && o.scenes >= 1 && o.scenes <= 16
           && (o.lighting == "mixed" || o.lighting == "day" || o.lighting == "night")
           && !(o.testCard && (!o.incidents.empty() || !o.truth.empty()));
}

/// The first segment of a mount path: the camera's name in its ONVIF address ("cam01").
std::string cameraName(const std::string &path)
{
    const auto from = path.find_first_not_of('/');
    if (from == std::string::npos)
        return {};
    return path.substr(from, path.find('/', from) - from);
}

/// The cameras, in mount order (the camera table's, or cam01…camNN).
bool collectCameras(const Options &o, std::vector<CamSim::MountedCamera> &cameras)
{
    std::vector<std::string> mainPaths, subPaths;
    std::vector<bool> isPtz;
    if (!o.db.empty()) {
        if (!mountsFromDb(o.db.c_str(), mainPaths, subPaths, isPtz))
            return false;
    } else {
        for (int i = 1; i <= o.cameras; ++i) {
            char base[16];
            std::snprintf(base, sizeof base, "/cam%02d", i);
            mainPaths.push_back(std::string(base) + "/main");
            subPaths.push_back(std::string(base) + "/sub");
            isPtz.push_back(i <= o.ptz);
        }
    }
    for (std::size_t i = 0; i < mainPaths.size(); ++i)
        cameras.push_back({cameraName(mainPaths[i].empty() ? subPaths[i] : mainPaths[i]),
                           mainPaths[i], subPaths[i], int(i), bool(isPtz[i])});
    return true;
}

/// The mounts: fixed cameras play their timeline; PTZ cameras (by name) each get a street.
std::vector<MountSpec> mountSpecs(const std::vector<CamSim::MountedCamera> &cameras,
                                  const std::vector<CamSim::CameraTimeline> &timelines,
                                  std::map<std::string, std::unique_ptr<CamSim::PtzCamera>> &ptz)
{
    std::vector<MountSpec> specs;
    std::size_t next = 0; // timelines are the fixed cameras, in order
    for (const CamSim::MountedCamera &c : cameras) {
        MountSpec spec;
        if (c.ptz) {
            auto &camera = ptz[c.name];
            if (!camera) {
                camera = std::make_unique<CamSim::PtzCamera>();
                // Three times the main picture each way: zoom 0 shows half of it.
                camera->scene = CamSim::makeStreetScene(3840, 2160, unsigned(1000 + c.index));
            }
            spec.ptz = camera.get();
        } else {
            spec.timeline = &timelines[next++];
        }
        for (const auto &[path, sub] : {std::pair{c.mainPath, false}, std::pair{c.subPath, true}})
            if (!path.empty()) {
                spec.path = path;
                spec.sub = sub;
                specs.push_back(spec);
            }
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
    const CamSim::ClipPair sizes;
    for (const MountSpec &spec : specs) {
        GstRTSPMediaFactory *factory = gst_rtsp_media_factory_new();
        // A PTZ camera's picture depends on where it looks: encoded live, like a camera does.
        // x264 repeats SPS/PPS before every keyframe itself. Its zerolatency tuning cuts each
        // picture into slices (sliced threads), as many cameras do: the recorder must keep
        // those pictures whole (tst_recorder).
        const std::string ptzLaunch
            = "( appsrc name=src ! videoconvert ! x264enc tune=zerolatency speed-preset=ultrafast "
              "bframes=0 key-int-max="
              + std::to_string(kGop)
              + " bitrate=" + std::to_string(spec.sub ? sizes.sub.kbps : sizes.main.kbps)
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
        factoryData.push_back(std::make_unique<FactoryData>(FactoryData{&sim, spec}));
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

/// What the fixed cameras show: the old test card (--test-card), or their streets with the
/// script's incidents. False (and why on stderr) on a bad script or a failed encode.
bool prepareFixedCameras(const Options &o, const std::vector<CamSim::MountedCamera> &cameras,
                         CamSim::ClipBank &bank, CamSim::ClipPair &testCard,
                         CamSim::IncidentScript &script,
                         std::vector<CamSim::CameraTimeline> &timelines)
{
    if (o.testCard) {
        if (!CamSim::prepareTestCard(testCard, o.seconds, o.cacheDir))
            return false;
        for (const CamSim::MountedCamera &c : cameras)
            if (!c.ptz) {
                CamSim::CameraTimeline tl;
                tl.camera = c;
                tl.street = &testCard;
                tl.phaseFrames = std::int64_t(c.index) * kGop;
                timelines.push_back(tl);
            }
        return true;
    }
    std::string error;
    if (!o.incidents.empty() && !CamSim::readIncidentScript(o.incidents, script, error)) {
        std::fprintf(stderr, "camsim: [camsim.bad-script] %s: %s\n", o.incidents.c_str(),
                     error.c_str());
        return false;
    }
    if (!CamSim::planTimelines(cameras, o.incidents.empty() ? nullptr : &script, bank, timelines,
                               error)) {
        std::fprintf(stderr, "camsim: [camsim.bad-script] %s: %s\n", o.incidents.c_str(),
                     error.c_str());
        return false;
    }
    return true;
}

gboolean advanceTruth(gpointer data)
{
    static_cast<CamSim::TruthWriter *>(data)->advance(unixMicros());
    return G_SOURCE_CONTINUE;
}

} // namespace

int main(int argc, char **argv)
{
    gst_init(&argc, &argv);
    Options o;
    if (!parseOptions(argc, argv, o))
        return usage();

    Simulator sim;
    sim.loopFrames = o.seconds * kFps;
    std::vector<CamSim::MountedCamera> cameras;
    if (!collectCameras(o, cameras))
        return 1;
    CamSim::TruthWriter truth;
    std::string error;
    if (!o.truth.empty() && !truth.open(o.truth, error)) {
        std::fprintf(stderr, "camsim: [camsim.truth-unwritable] %s: %s\n", o.truth.c_str(),
                     error.c_str());
        return 1;
    }
    const auto light = o.lighting == "day"     ? CamSim::LightingMode::Day
                       : o.lighting == "night" ? CamSim::LightingMode::Night
                                               : CamSim::LightingMode::Mixed;
    CamSim::ClipBank bank({unsigned(o.seed), o.scenes, light, sim.loopFrames, o.cacheDir});
    CamSim::ClipPair testCard;
    CamSim::IncidentScript script;
    std::vector<CamSim::CameraTimeline> timelines;
    const auto encodeStart = std::chrono::steady_clock::now();
    if (!prepareFixedCameras(o, cameras, bank, testCard, script, timelines))
        return 1;
    const double encodeS
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - encodeStart).count();
    std::map<std::string, std::unique_ptr<CamSim::PtzCamera>> ptz;
    const std::vector<MountSpec> specs = mountSpecs(cameras, timelines, ptz);

    GstRTSPServer *server = gst_rtsp_server_new();
    gst_rtsp_server_set_address(server, o.address.c_str());
    gst_rtsp_server_set_service(server, o.port.c_str());
    std::vector<std::unique_ptr<FactoryData>> factoryData;
    mount(server, specs, o, sim, factoryData);

    GError *listenError = nullptr;
    GSource *source = gst_rtsp_server_create_source(server, nullptr, &listenError);
    if (!source) {
        std::fprintf(stderr, "camsim: cannot listen on %s:%s: %s\n", o.address.c_str(),
                     o.port.c_str(), listenError ? listenError->message : "?");
        g_clear_error(&listenError);
        return 1;
    }
    g_source_attach(source, nullptr);
    // Before the port is printed: a test may stop camsim as soon as it read it.
    sim.loop = g_main_loop_new(nullptr, FALSE);
    g_unix_signal_add(SIGTERM, onSignal, &sim);
    g_unix_signal_add(SIGINT, onSignal, &sim);
    sim.t0Us = unixMicros();
    if (truth.isOpen())
        truth.begin(sim.t0Us, bank, o.incidents.empty() ? nullptr : &script, timelines);
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
    std::fprintf(stderr,
                 "camsim: %zu mounts on rtsp://%s:%d (RTP over %s), e.g. %s; %s, %d clip pairs "
                 "of %d frames ready in %.1f s\n",
                 specs.size(), o.address.c_str(), gst_rtsp_server_get_bound_port(server),
                 protocolNames(o.protocols).c_str(),
                 specs.empty() ? "-" : specs.front().path.c_str(),
                 o.testCard ? "test card" : "street scenes", o.testCard ? 1 : bank.encoded(),
                 sim.loopFrames, encodeS);

    if (truth.isOpen())
        g_timeout_add_seconds(1, advanceTruth, &truth);
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
