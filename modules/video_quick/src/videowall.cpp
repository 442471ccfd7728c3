// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video_quick/videowall.h"

#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QImage>
#include <QQmlContext>
#include <QQuickWindow>
#include <QFile>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <map>

namespace Cc::VideoQuick {

VideoWall::VideoWall(QSettings &settings, QObject *parent) : QObject(parent), m_controller(settings)
{
    m_engine.rootContext()->setContextProperty(QStringLiteral("wall"), &m_controller);
    m_engine.rootContext()->setContextProperty(
        QStringLiteral("snapshotDir"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("snapshots")));
    connect(&m_engine, &QQmlApplicationEngine::warnings, this, [this](const QList<QQmlError> &warnings) {
        for (const QQmlError &w : warnings)
            m_loadError += w.toString() + QLatin1Char('\n');
    });
}

VideoWall::~VideoWall()
{
    delete m_window; // before the controller its bindings read
}

void VideoWall::setCameras(const QList<Storage::CameraRow> &cameras)
{
    m_controller.setCameras(cameras);
}

void VideoWall::show(bool fullScreen)
{
    if (!m_restored) {
        m_controller.restore();
        m_restored = true;
    }
    if (!m_window) {
        m_engine.load(QUrl(QStringLiteral("qrc:/cc/videowall/WallWindow.qml")));
        const auto roots = m_engine.rootObjects();
        m_window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
        if (!m_window) {
            qWarning("video wall: cannot load the QML: %s", qPrintable(m_loadError));
            return;
        }
        m_engine.setObjectOwnership(m_window, QQmlEngine::CppOwnership);
    }
    if (fullScreen)
        m_window->showFullScreen();
    else
        m_window->show();
    m_window->raise();
    m_window->requestActivate();
}

void VideoWall::screenshotWhenReady(const QString &file, int timeoutMs, std::function<void(bool)> done)
{
    auto *poll = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto readySince = std::make_shared<qint64>(-1);
    poll->setInterval(250);
    connect(poll, &QTimer::timeout, this, [this, poll, clock, readySince, file, timeoutMs, done] {
        bool ready = m_window != nullptr;
        const QVariantList cells = m_controller.cells();
        for (const QVariant &cell : cells) {
            const WallTile *t = m_controller.tile(cell.toMap().value(QStringLiteral("tile")).toInt());
            if (t && t->camera() && t->stateCode() != int(Video::CameraStream::State::Playing)
                && t->stateCode() != int(Video::CameraStream::State::Offline))
                ready = false;
        }
        // A second of playing so the overlays show real figures, not the first frame's.
        if (ready && *readySince < 0)
            *readySince = clock->elapsed();
        if (!ready)
            *readySince = -1;
        if ((*readySince < 0 || clock->elapsed() - *readySince < 2500) && clock->elapsed() < timeoutMs)
            return;
        poll->stop();
        poll->deleteLater();
        const bool ok = m_window && m_window->grabWindow().save(file, "PNG");
        if (!ok)
            qWarning("video wall: cannot write the screenshot %s", qPrintable(file));
        done(ok);
    });
    poll->start();
}

namespace {
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double rssMiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? double(fields[1].toLongLong()) * double(sysconf(_SC_PAGESIZE)) / 1048576.0 : -1;
}
} // namespace

void VideoWall::measureRendering(int warmupMs, int measureMs, std::function<void(const QString &)> done)
{
    struct Meter
    {
        bool on = false;
        quint64 swaps = 0;
        std::map<QVideoSink *, quint64> frames;
        double cpu0 = 0, rss0 = 0;
        QElapsedTimer clock;
    };
    auto meter = std::make_shared<Meter>();
    if (m_window)
        connect(m_window, &QQuickWindow::frameSwapped, this, [meter] {
            if (meter->on)
                ++meter->swaps;
        });
    m_controller.pump().setObserver([meter](QVideoSink *sink, const Video::StampedFrame &, qint64) {
        if (meter->on)
            ++meter->frames[sink];
    });
    QTimer::singleShot(warmupMs, this, [this, meter, measureMs, done] {
        meter->on = true;
        meter->cpu0 = cpuSeconds();
        meter->rss0 = rssMiB();
        meter->clock.start();
        QTimer::singleShot(measureMs, this, [this, meter, done] {
            meter->on = false;
            const double s = double(meter->clock.elapsed()) / 1000.0;
            int shown = 0;
            double minFps = 1e9, sum = 0;
            for (const QVariant &cell : m_controller.cells()) {
                const WallTile *t = m_controller.tile(cell.toMap().value(QStringLiteral("tile")).toInt());
                if (!t || !t->camera())
                    continue; // an empty tile shows nothing
                ++shown;
                const double fps = t && t->sink() && meter->frames.count(t->sink())
                                       ? double(meter->frames[t->sink()]) / s
                                       : 0;
                minFps = std::min(minFps, fps);
                sum += fps;
            }
            const QString report =
                QStringLiteral("rendered wall, layout %1 (%2 tiles with a camera), %3 s: CPU %4 %, %5 redraws/s, "
                               "shown fps/tile min %6 avg %7, RSS %8 MiB (start of window %9 MiB)")
                    .arg(m_controller.layoutName())
                    .arg(shown)
                    .arg(s, 0, 'f', 0)
                    .arg((cpuSeconds() - meter->cpu0) / s * 100.0, 0, 'f', 1)
                    .arg(double(meter->swaps) / s, 0, 'f', 1)
                    .arg(shown ? minFps : 0.0, 0, 'f', 1)
                    .arg(shown ? sum / shown : 0.0, 0, 'f', 1)
                    .arg(rssMiB(), 0, 'f', 0)
                    .arg(meter->rss0, 0, 'f', 0);
            m_controller.pump().setObserver({});
            done(report);
        });
    });
}

} // namespace Cc::VideoQuick
