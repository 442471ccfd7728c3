// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video_quick/videowall.h"

#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QImage>
#include <QQmlContext>
#include <QQuickWindow>
#include <QTimer>

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

} // namespace Cc::VideoQuick
