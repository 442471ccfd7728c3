// SPDX-License-Identifier: GPL-3.0-or-later
// Video wall benchmark (issue 4, part a): N sub-streams (640x360 H.264 25 fps from camsim,
// x264 veryfast High, 1 s GOP) decoded by
//   wall:     our CameraStreams + one FramePump into N bare QVideoSinks (no window), and
//   baseline: N bare pipelines in one process, what `gst-launch-1.0 rtspsrc latency=150
//             protocols=tcp ! rtph264depay ! h264parse ! avdec_h264 max-threads=1 ! fakesink`
//             does, with a probe that reads camsim's wall-clock stamp.
// Prints process CPU, frames per tile, latency (sender stamp → sink) p50/p95 and time to first
// frame, and the ratios wall/baseline. Never asserts timings.
//   bench_videowall [--tiles 4,9,16,36] [--seconds 15] [--warmup 5] [--stream sub|main] [--nice N (the wall's
//                   streaming threads, CameraStream::Config::streamingNice)] [--only wall|baseline]
//                   [--pump-ms 20 (the FramePump's tick)]
#include "../video/camsimprocess.h"

#include <cc/video/camerastream.h>
#include <cc/video/framepump.h>
#include <cc/video/framestamp.h>

#include <gst/gst.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QThread>
#include <QTimer>
#include <QVideoSink>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <numeric>
#include <sys/resource.h>

using namespace Cc::Video;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

// Runs the GUI thread's event loop for `ms`, sleeping between events as the app's does. (It
// used to poll processEvents() in a loop: a GUI thread that never sleeps competes with every
// streaming thread for its share of the CPU and lost the wall's frames at 36 tiles.)
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Figures
{
    double cpu = 0; // cores
    double fpsMin = 0, fpsAvg = 0;
    double decodedAvg = 0; // wall: decoded fps/tile (the sink fps above is what was handed over)
    double p50 = -1, p95 = -1;           // ms
    double firstP50 = -1, firstMax = -1; // ms
    // wall only: the FramePump's ticks per second, wall-clock ms inside a tick, and tiles
    // skipped for a tick because their mailbox was busy
    double ticksPerS = 0, tickMs = 0;
    // wall only: mean sender stamp → decoded and → sink (ms); their difference is the hand-off
    double decodedMean = -1, sinkMean = -1;
    quint64 busySkips = 0;
};

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

// ----------------------------------------------------------------- baseline pipelines

struct Bare
{
    GstElement *pipeline = nullptr;
    std::mutex mutex;
    std::array<std::pair<GstClockTime, qint64>, 16> stamps{};
    size_t pos = 0;
    std::vector<double> latencies;
    std::atomic<int> frames{0};
    std::atomic<bool> measuring{false};
    qint64 startUs = 0;
    std::atomic<qint64> firstUs{0};
};

GstPadProbeReturn onBareCompressed(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    auto *b = static_cast<Bare *>(data);
    GstBuffer *buf = GST_PAD_PROBE_INFO_BUFFER(info);
    GstMapInfo map;
    if (gst_buffer_map(buf, &map, GST_MAP_READ)) {
        if (auto s = FrameStamp::find(map.data, map.size)) {
            std::lock_guard l(b->mutex);
            b->stamps[b->pos++ % b->stamps.size()] = {GST_BUFFER_PTS(buf), *s};
        }
        gst_buffer_unmap(buf, &map);
    }
    return GST_PAD_PROBE_OK;
}

GstPadProbeReturn onBareDecoded(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    auto *b = static_cast<Bare *>(data);
    const qint64 now = g_get_real_time();
    qint64 expected = 0;
    b->firstUs.compare_exchange_strong(expected, now);
    if (!b->measuring)
        return GST_PAD_PROBE_OK;
    ++b->frames;
    const GstClockTime pts = GST_BUFFER_PTS(GST_PAD_PROBE_INFO_BUFFER(info));
    std::lock_guard l(b->mutex);
    for (const auto &[p, s] : b->stamps) {
        if (p == pts && s > 0) {
            b->latencies.push_back(double(now - s) / 1000.0);
            break;
        }
    }
    return GST_PAD_PROBE_OK;
}

const char *g_stream = "sub";
int g_pumpMs = 20; // the FramePump's tick (the wall's default)

Figures runBaseline(const CamSimProcess &sim, int n, int warmupMs, int measureMs)
{
    std::vector<std::unique_ptr<Bare>> bares;
    for (int i = 0; i < n; ++i) {
        auto b = std::make_unique<Bare>();
        const QString desc
            = QStringLiteral("rtspsrc location=%1 latency=150 protocols=tcp drop-on-latency=true "
                             "do-retransmission=false ! rtph264depay ! h264parse ! "
                             "avdec_h264 name=dec max-threads=1 ! fakesink name=sink sync=false")
                  .arg(sim.url(i + 1, g_stream));
        b->pipeline = gst_parse_launch(desc.toUtf8().constData(), nullptr);
        GstElement *dec = gst_bin_get_by_name(GST_BIN(b->pipeline), "dec");
        GstElement *sink = gst_bin_get_by_name(GST_BIN(b->pipeline), "sink");
        GstPad *dp = gst_element_get_static_pad(dec, "sink");
        GstPad *sp = gst_element_get_static_pad(sink, "sink");
        gst_pad_add_probe(dp, GST_PAD_PROBE_TYPE_BUFFER, onBareCompressed, b.get(), nullptr);
        gst_pad_add_probe(sp, GST_PAD_PROBE_TYPE_BUFFER, onBareDecoded, b.get(), nullptr);
        gst_object_unref(dp);
        gst_object_unref(sp);
        gst_object_unref(dec);
        gst_object_unref(sink);
        b->startUs = g_get_real_time();
        gst_element_set_state(b->pipeline, GST_STATE_PLAYING);
        bares.push_back(std::move(b));
    }
    spin(warmupMs);
    for (auto &b : bares)
        b->measuring = true;
    const double cpu0 = cpuSeconds();
    QElapsedTimer t;
    t.start();
    spin(measureMs);
    const double cpu = (cpuSeconds() - cpu0) / (double(t.elapsed()) / 1000.0);
    for (auto &b : bares)
        b->measuring = false;

    Figures f;
    f.cpu = cpu;
    std::vector<double> lat, first;
    double fpsSum = 0;
    f.fpsMin = 1e9;
    for (auto &b : bares) {
        const double fps = b->frames * 1000.0 / double(t.elapsed());
        fpsSum += fps;
        f.fpsMin = std::min(f.fpsMin, fps);
        std::lock_guard l(b->mutex);
        lat.insert(lat.end(), b->latencies.begin(), b->latencies.end());
        if (b->firstUs > 0)
            first.push_back(double(b->firstUs - b->startUs) / 1000.0);
    }
    f.fpsAvg = fpsSum / n;
    f.p50 = percentile(lat, 0.5);
    f.p95 = percentile(lat, 0.95);
    f.firstP50 = percentile(first, 0.5);
    f.firstMax = first.empty() ? -1 : *std::max_element(first.begin(), first.end());
    for (auto &b : bares) {
        gst_element_set_state(b->pipeline, GST_STATE_NULL);
        gst_object_unref(b->pipeline);
    }
    return f;
}

// ----------------------------------------------------------------- the wall's path

Figures runWall(const CamSimProcess &sim, int n, int warmupMs, int measureMs, int nice)
{
    CameraStream::Config config;
    config.streamingNice = nice;
    std::vector<std::unique_ptr<CameraStream>> streams;
    std::vector<std::unique_ptr<QVideoSink>> sinks;
    FramePump pump(nullptr, g_pumpMs);
    std::map<QVideoSink *, int> frames;
    std::map<QVideoSink *, qint64> first;
    std::vector<double> lat;
    bool measuring = false;
    const qint64 startUs = g_get_real_time();
    pump.setObserver([&](QVideoSink *sink, const StampedFrame &f, qint64 nowUs) {
        first.try_emplace(sink, nowUs);
        if (!measuring)
            return;
        ++frames[sink];
        if (f.stampUs > 0)
            lat.push_back(double(nowUs - f.stampUs) / 1000.0);
    });
    for (int i = 0; i < n; ++i) {
        streams.push_back(std::make_unique<CameraStream>(config));
        sinks.push_back(std::make_unique<QVideoSink>());
        streams.back()->setUrl(sim.url(i + 1, g_stream));
        pump.attach(streams.back().get(), sinks.back().get());
        streams.back()->start();
    }
    spin(warmupMs);
    measuring = true;
    std::vector<quint64> decoded0, stamped0;
    std::vector<qint64> latencyUs0;
    for (auto &s : streams) {
        decoded0.push_back(s->mailbox()->frames);
        stamped0.push_back(s->mailbox()->stampedFrames);
        latencyUs0.push_back(s->mailbox()->latencySumUs);
    }
    const double cpu0 = cpuSeconds();
    const quint64 ticks0 = pump.ticks(), skips0 = pump.busySkips();
    const qint64 tickUs0 = pump.tickUs();
    QElapsedTimer t;
    t.start();
    spin(measureMs);
    const double cpu = (cpuSeconds() - cpu0) / (double(t.elapsed()) / 1000.0);
    measuring = false;
    Figures f;
    const quint64 ticks = pump.ticks() - ticks0;
    f.ticksPerS = double(ticks) * 1000.0 / double(t.elapsed());
    f.tickMs = double(pump.tickUs() - tickUs0) / 1000.0 / double(std::max<quint64>(1, ticks));
    f.busySkips = pump.busySkips() - skips0;
    f.cpu = cpu;
    double fpsSum = 0;
    f.fpsMin = 1e9;
    std::vector<double> firsts;
    for (auto &s : sinks) {
        const double fps = frames[s.get()] * 1000.0 / double(t.elapsed());
        fpsSum += fps;
        f.fpsMin = std::min(f.fpsMin, fps);
        if (first.count(s.get()))
            firsts.push_back(double(first[s.get()] - startUs) / 1000.0);
    }
    f.fpsAvg = fpsSum / n;
    double decodedSum = 0;
    for (size_t i = 0; i < streams.size(); ++i)
        decodedSum += double(streams[i]->mailbox()->frames - decoded0[i]) * 1000.0
                      / double(t.elapsed());
    f.decodedAvg = decodedSum / n;
    double decodedLatencyUs = 0, stamped = 0;
    for (size_t i = 0; i < streams.size(); ++i) {
        decodedLatencyUs += double(streams[i]->mailbox()->latencySumUs - latencyUs0[i]);
        stamped += double(streams[i]->mailbox()->stampedFrames - stamped0[i]);
    }
    if (stamped > 0)
        f.decodedMean = decodedLatencyUs / stamped / 1000.0;
    if (!lat.empty())
        f.sinkMean = std::accumulate(lat.begin(), lat.end(), 0.0) / double(lat.size());
    f.p50 = percentile(lat, 0.5);
    f.p95 = percentile(lat, 0.95);
    f.firstP50 = percentile(firsts, 0.5);
    f.firstMax = firsts.empty() ? -1 : *std::max_element(firsts.begin(), firsts.end());
    for (auto &s : streams)
        s->stop();
    spin(500);
    return f;
}

void row(const char *what, int n, const Figures &f)
{
    std::printf(
        "| %3d | %-8s | %6.1f %% | %5.1f / %5.1f | %5.1f | %6.1f / %6.1f | %6.0f / %6.0f |\n", n,
        what, f.cpu * 100, f.fpsMin, f.fpsAvg, f.decodedAvg > 0 ? f.decodedAvg : f.fpsAvg, f.p50,
        f.p95, f.firstP50, f.firstMax);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    gst_init(&argc, &argv);
    QList<int> tiles = {4, 9, 16, 36};
    int seconds = 15, warmup = 5, nice = 0;
    QString only; // "wall" or "baseline": run one path (for a profiler)
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--tiles") {
            tiles.clear();
            for (const QString &t : args[i + 1].split(QLatin1Char(',')))
                tiles << t.toInt();
        } else if (args[i] == u"--seconds") {
            seconds = args[i + 1].toInt();
        } else if (args[i] == u"--stream") {
            g_stream = args[i + 1] == u"main" ? "main" : "sub";
        } else if (args[i] == u"--nice") {
            nice = args[i + 1].toInt();
        } else if (args[i] == u"--pump-ms") {
            g_pumpMs = args[i + 1].toInt();
        } else if (args[i] == u"--only") {
            only = args[i + 1];
        } else if (args[i] == u"--warmup") {
            warmup = args[i + 1].toInt();
        }
    }
    const int maxTiles = *std::max_element(tiles.begin(), tiles.end());
    CamSimProcess sim;
    if (QThread::idealThreadCount() > 1)
        sim.pinToCpu(QThread::idealThreadCount() - 1);
    if (sim.start(maxTiles) <= 0) {
        std::fprintf(stderr, "camsim did not start\n");
        return 1;
    }
    std::printf(
        "video wall benchmark: %s-streams %s H.264 25 fps (x264 veryfast, High, no B-frames, 1 s GOP) "
        "from camsim over RTSP/TCP on loopback; warm-up %d s, measured %d s; %d CPUs\n\n",
        g_stream, std::strcmp(g_stream, "main") == 0 ? "1280x720" : "640x360", warmup, seconds,
        QThread::idealThreadCount());
    std::printf(
        "|   N | path     |   CPU    | fps/tile at sink min / avg | decoded fps/tile | latency ms p50 / p95 | "
        "first frame ms p50 / max |\n");
    std::printf(
        "|----:|----------|---------:|---------------------------:|-----------------:|---------------------:|"
        "-------------------------:|\n");
    std::vector<std::tuple<int, Figures, Figures>> results;
    QStringList loads{loadAverage()};
    for (int n : tiles) {
        Figures base, wall;
        if (only != u"wall") {
            base = runBaseline(sim, n, warmup * 1000, seconds * 1000);
            row("baseline", n, base);
        }
        if (only != u"baseline") {
            wall = runWall(sim, n, warmup * 1000, seconds * 1000, nice);
            row("wall", n, wall);
        }
        std::fflush(stdout);
        results.emplace_back(n, base, wall);
        loads << loadAverage();
    }
    std::printf(
        "\nratios (wall vs baseline: bare rtspsrc ! rtph264depay ! h264parse ! avdec_h264 max-threads=1 ! fakesink):\n");
    for (const auto &[n, base, wall] : results)
        std::printf(
            "  N=%2d: CPU x%.2f (target <= 1.3), added latency p50 %+.1f ms (target <= 40 ms = 1 frame), "
            "fps/tile min %.1f vs %.1f\n"
            "        hand-off (wall: decoded -> sink) adds %.1f ms mean (decoded %.1f, at sink %.1f); "
            "shown/decoded %.0f %%; pump %.1f ticks/s, %.2f ms per tick, %llu busy skips\n",
            n, base.cpu > 0 ? wall.cpu / base.cpu : 0, wall.p50 - base.p50, wall.fpsMin,
            base.fpsMin, wall.sinkMean - wall.decodedMean, wall.decodedMean, wall.sinkMean,
            wall.decodedAvg > 0 ? 100.0 * wall.fpsAvg / wall.decodedAvg : 0.0, wall.ticksPerS,
            wall.tickMs, static_cast<unsigned long long>(wall.busySkips));
    std::printf("load average (1/5/15 min) before and after each N: %s\n",
                qPrintable(loads.join(QStringLiteral(" | "))));
    return 0;
}
