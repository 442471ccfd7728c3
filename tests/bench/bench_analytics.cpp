// SPDX-License-Identifier: GPL-3.0-or-later
// Video analytics (issue 16, docs/video.md "Video analytics"): cityvision on camsim's scripted
// incidents — precision and recall of its findings against camsim's ground truth (target:
// recall ≥ 90 %, precision ≥ 80 %) — and its CPU per analysed camera (sub-stream, ≤ 5
// pictures/s) against the baseline "decode only": gst-launch-1.0 with N chains
//   rtspsrc protocols=tcp ! rtph264depay ! h264parse ! avdec_h264 max-threads=1 ! fakesink
// (what any analysis of the picture must at least do). Prints, never asserts.
#include "../video/camsimprocess.h"
#include "../video/groundtruth.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <unistd.h>

namespace {

double cpuSecondsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return f.size() > 13 ? double(f[11].toLongLong() + f[12].toLongLong()) / sysconf(_SC_CLK_TCK)
                         : 0;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().left(14)).trimmed()
                                       : QStringLiteral("?");
}

/// CPU of `process` in % of one core over `seconds`, after `warmupS`.
double measureCpu(QProcess &process, int warmupS, int seconds)
{
    QThread::sleep(warmupS);
    const double a = cpuSecondsOf(process.processId());
    QElapsedTimer clock;
    clock.start();
    QThread::sleep(seconds);
    return 100.0 * (cpuSecondsOf(process.processId()) - a) / (clock.elapsed() / 1000.0);
}

/// Every camera: a stall, rubbish or a crowd on the sidewalk from 15 s for 60 s, then a car
/// parked at the kerb from 120 s for 60 s.
QByteArray scriptFor(int cameras)
{
    const char *sidewalk[] = {"stall", "rubbish", "crowd"};
    QByteArray out = "{\"incidents\": [";
    for (int c = 1; c <= cameras; ++c)
        out += QStringLiteral("%1{\"camera\": \"cam%2\", \"kind\": \"%3\", \"at_s\": 15, "
                              "\"duration_s\": 60}, {\"camera\": \"cam%2\", \"kind\": "
                              "\"parking\", \"at_s\": 120, \"duration_s\": 60}")
                   .arg(c == 1 ? "" : ", ")
                   .arg(c, 2, 10, QLatin1Char('0'))
                   .arg(QLatin1String(sidewalk[(c - 1) % 3]))
                   .toUtf8();
    return out + "]}";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int cameras = 4, seconds = 220, dwell = 20, baselineSeconds = 20;
    double fps = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--cameras"))
            cameras = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--seconds"))
            seconds = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--dwell"))
            dwell = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--fps"))
            fps = args[i + 1].toDouble();
    }
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("script.json"));
    const QString truthFile = dir.filePath(QStringLiteral("truth.jsonl"));
    QFile f(script);
    if (!f.open(QIODevice::WriteOnly) || f.write(scriptFor(cameras)) < 0)
        return 1;
    f.close();
    CamSimProcess camsim;
    camsim.pinToCpu(QThread::idealThreadCount() - 1);
    camsim.setExtraArguments({QStringLiteral("--incidents"), script, QStringLiteral("--truth"),
                              truthFile, QStringLiteral("--seconds"), QStringLiteral("5")});
    CcTest::GroundTruth truth;
    if (camsim.start(cameras) <= 0 || !truth.read(truthFile)) {
        std::fprintf(stderr, "bench_analytics: camsim did not start with incidents\n");
        return 1;
    }
    auto db = Cc::Storage::Database::open(dir.filePath(QStringLiteral("city.gpkg")),
                                          Cc::Storage::Database::OpenMode::Create);
    if (!db || !CcTest::setUpCity(**db, truth, camsim.port(), dwell, QPointF(114, 35), {})) {
        std::fprintf(stderr, "bench_analytics: could not set up the city\n");
        return 1;
    }
    std::printf("bench_analytics: %d cameras (sub-stream 640×360, 25 fps), %.1f pictures/s "
                "analysed, dwell %d s, %d s of scripted incidents; load average before %s\n",
                cameras, fps, dwell, seconds, qPrintable(loadAverage()));
    std::fflush(stdout);

    QProcess vision;
    vision.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    vision.setStandardOutputFile(dir.filePath(QStringLiteral("vision.log")));
    vision.start(QStringLiteral(CC_BINARY_DIR "/bin/cityvision"),
                 {QStringLiteral("--db"), (*db)->path(), QStringLiteral("--fps"),
                  QString::number(fps), QStringLiteral("--exit-with-parent")});
    vision.waitForStarted();
    const qint64 endUs = truth.t0Us + qint64(seconds) * 1000000;
    const int measureS = int((endUs / 1000 - QDateTime::currentMSecsSinceEpoch()) / 1000) - 10;
    const double visionCpu = measureCpu(vision, 5, std::max(10, measureS));
    const QString loadDuring = loadAverage();
    while (QDateTime::currentMSecsSinceEpoch() * 1000 < endUs)
        QThread::msleep(200);
    vision.terminate();
    vision.waitForFinished(20000);
    truth.read(truthFile);

    // Baseline: decode only, the same sub-streams, one process.
    QStringList chains{QStringLiteral("-q")};
    for (int c = 1; c <= cameras; ++c)
        chains << QStringLiteral("rtspsrc") << (QStringLiteral("location=") + camsim.url(c, "sub"))
               << QStringLiteral("protocols=tcp") << QStringLiteral("!")
               << QStringLiteral("rtph264depay") << QStringLiteral("!")
               << QStringLiteral("h264parse") << QStringLiteral("!") << QStringLiteral("avdec_h264")
               << QStringLiteral("max-threads=1") << QStringLiteral("!")
               << QStringLiteral("fakesink") << QStringLiteral("sync=false");
    QProcess baseline;
    baseline.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    baseline.setStandardOutputFile(QProcess::nullDevice());
    baseline.start(QStringLiteral("gst-launch-1.0"), chains);
    baseline.waitForStarted();
    const double baseCpu = measureCpu(baseline, 5, baselineSeconds);
    baseline.kill();
    baseline.waitForFinished();

    Cc::Analytics::AnalyticsStore store(**db);
    auto findings = store.candidates(Cc::Analytics::Candidate::State::Pending, 10000, false);
    const CcTest::Score s = CcTest::score(truth,
                                          findings ? *findings : QList<Cc::Analytics::Candidate>{},
                                          dwell, endUs);
    double delay = 0;
    for (double d : s.delaysS)
        delay += d / std::max<qsizetype>(1, s.delaysS.size());
    std::printf("\n| figure | value |\n|---|---:|\n");
    std::printf("| incidents due (stall, rubbish, parking) | %d |\n", s.expected);
    std::printf("| found (recall) | %d (%.0f %%) |\n", s.found, 100 * s.recall());
    std::printf("| findings / false (precision) | %d / %d (%.0f %%) |\n", s.findings,
                s.falseFindings, 100 * s.precision());
    std::printf("| false findings on crowds | %d |\n", s.onCrowds);
    std::printf("| kind right | %d of %d |\n", s.kindRight, s.found);
    std::printf("| settled → found, mean (dwell %d s) | %.1f s |\n", dwell, delay);
    std::printf("| CPU cityvision, %d cameras | %.1f %% (%.2f %% per camera) |\n", cameras,
                visionCpu, visionCpu / cameras);
    std::printf("| CPU baseline decode only | %.1f %% (%.2f %% per camera) |\n", baseCpu,
                baseCpu / cameras);
    std::printf("| ratio cityvision / decode only | ×%.2f |\n",
                baseCpu > 0 ? visionCpu / baseCpu : 0.0);
    std::printf("| load average during / after | %s / %s |\n", qPrintable(loadDuring),
                qPrintable(loadAverage()));
    if (!s.missed.isEmpty())
        std::printf("missed: %s\n", qPrintable(s.missed.join(u' ')));
    if (!s.spurious.isEmpty())
        std::printf("false: %s\n", qPrintable(s.spurious.join(u"; ")));
    return 0;
}
