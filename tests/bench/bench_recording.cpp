// SPDX-License-Identifier: GPL-3.0-or-later
// Recording cost per camera (issue 16, docs/video.md "Recording"): cityrec recording N camsim
// streams against the baseline "receive only" — gst-launch-1.0 with N chains
//   rtspsrc protocols=tcp ! rtph264depay ! h264parse ! fakesink
// (what any recorder must at least do). Figures: process CPU (utime+stime per second of wall
// time, 100 % = one core) per camera, bytes written to disk per camera, the ratio to the
// baseline and the load average around the run. Prints, never asserts.
#include "../video/camsimprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <unistd.h>

namespace {

struct Usage
{
    double cpuSeconds = 0;
    qint64 writeBytes = 0;
};

Usage usageOf(qint64 pid)
{
    Usage u;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 13)
            u.cpuSeconds = double(f[11].toLongLong() + f[12].toLongLong()) / sysconf(_SC_CLK_TCK);
    }
    QFile io(QStringLiteral("/proc/%1/io").arg(pid));
    if (io.open(QIODevice::ReadOnly)) {
        for (const QByteArray &l : io.readAll().split('\n'))
            if (l.startsWith("write_bytes:"))
                u.writeBytes = l.mid(12).trimmed().toLongLong();
    }
    return u;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().left(14)).trimmed()
                                       : QStringLiteral("?");
}

qint64 folderBytes(const QString &root)
{
    qint64 total = 0;
    QDirIterator it(root, {QStringLiteral("*.ts")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

struct Figures
{
    double cpuPercent = 0; // all cameras
    double diskKBps = 0;   // all cameras
};

Figures measure(QProcess &process, const QString &folder, int warmupS, int seconds)
{
    QThread::sleep(warmupS);
    const Usage a = usageOf(process.processId());
    const qint64 bytesA = folder.isEmpty() ? 0 : folderBytes(folder);
    QElapsedTimer clock;
    clock.start();
    QThread::sleep(seconds);
    const Usage b = usageOf(process.processId());
    const double elapsed = clock.elapsed() / 1000.0;
    const qint64 bytesB = folder.isEmpty() ? 0 : folderBytes(folder);
    const qint64 written = folder.isEmpty() ? b.writeBytes - a.writeBytes : bytesB - bytesA;
    return {100.0 * (b.cpuSeconds - a.cpuSeconds) / elapsed, written / 1024.0 / elapsed};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> counts{4, 8};
    int seconds = 20, warmup = 5;
    QString stream = QStringLiteral("main");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--cameras")) {
            counts.clear();
            for (const QString &n : args[i + 1].split(QLatin1Char(',')))
                counts.append(n.toInt());
        } else if (args[i] == QLatin1String("--seconds")) {
            seconds = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--warmup")) {
            warmup = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--stream")) {
            stream = args[i + 1];
        }
    }
    const int maxCameras = *std::max_element(counts.begin(), counts.end());
    CamSimProcess camsim;
    camsim.pinToCpu(QThread::idealThreadCount() - 1);
    if (camsim.start(maxCameras) <= 0) {
        std::fprintf(stderr, "bench_recording: camsim did not start\n");
        return 1;
    }
    std::printf(
        "bench_recording: %s streams, %d s warm-up, %d s measured, load average before %s\n",
        qPrintable(stream), warmup, seconds, qPrintable(loadAverage()));
    std::printf(
        "| N | path | CPU total | CPU per camera | disk KB/s per camera | MB/h per camera | load after |\n");
    std::printf(
        "|--:|------|----------:|---------------:|---------------------:|----------------:|-----------:|\n");
    for (int n : counts) {
        // Baseline: receive only, one process, N chains.
        QStringList chains;
        for (int c = 1; c <= n; ++c)
            chains << QStringLiteral("rtspsrc")
                   << (QStringLiteral("location=") + camsim.url(c, stream.toLatin1().constData()))
                   << QStringLiteral("protocols=tcp") << QStringLiteral("!")
                   << QStringLiteral("rtph264depay") << QStringLiteral("!")
                   << QStringLiteral("h264parse") << QStringLiteral("!")
                   << QStringLiteral("fakesink") << QStringLiteral("sync=false");
        QProcess baseline;
        baseline.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        baseline.setStandardOutputFile(QProcess::nullDevice());
        baseline.start(QStringLiteral("gst-launch-1.0"),
                       QStringList{QStringLiteral("-q")} + chains);
        baseline.waitForStarted();
        const Figures base = measure(baseline, {}, warmup, seconds);
        baseline.kill();
        baseline.waitForFinished();
        std::printf("| %d | baseline (receive only) | %.1f %% | %.2f %% | – | – | %s |\n", n,
                    base.cpuPercent, base.cpuPercent / n, qPrintable(loadAverage()));

        QTemporaryDir dir;
        QStringList recArgs{QStringLiteral("--dir"), dir.path(),
                            QStringLiteral("--segment-seconds"), QStringLiteral("60"),
                            QStringLiteral("--exit-with-parent")};
        for (int c = 1; c <= n; ++c)
            recArgs << QStringLiteral("--camera")
                    << QStringLiteral("cam%1=").arg(c)
                           + camsim.url(c, stream.toLatin1().constData());
        QProcess recorder;
        recorder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        recorder.setStandardOutputFile(QProcess::nullDevice());
        recorder.start(QStringLiteral(CC_BINARY_DIR "/bin/cityrec"), recArgs);
        recorder.waitForStarted();
        const Figures rec = measure(recorder, dir.path(), warmup, seconds);
        recorder.terminate();
        recorder.waitForFinished(30000);
        std::printf("| %d | cityrec | %.1f %% | %.2f %% | %.1f | %.0f | %s |\n", n, rec.cpuPercent,
                    rec.cpuPercent / n, rec.diskKBps / n, rec.diskKBps / n * 3600 / 1024,
                    qPrintable(loadAverage()));
        std::printf("|   | ratio cityrec / baseline | ×%.2f | | | | |\n",
                    base.cpuPercent > 0 ? rec.cpuPercent / base.cpuPercent : 0.0);
        std::fflush(stdout);
    }
    return 0;
}
