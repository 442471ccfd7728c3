// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/video_quick/wallcontroller.h"

#include <QObject>
#include <QQmlApplicationEngine>

#include <functional>

class QQuickWindow;

namespace Cc::VideoQuick {

/// The video wall as its own top-level Qt Quick window (it can go full screen on any
/// monitor): camera tree, tiles, tours. Owns the QML engine and the controller. The QML is
/// the module CityCommand.VideoWall (qml/videowall); the window gets the controller as its
/// required property `wall`, no context properties.
class VideoWall : public QObject
{
    Q_OBJECT
public:
    explicit VideoWall(QSettings &settings, QObject *parent = nullptr);
    ~VideoWall() override;

    /// The QML module's URL of a file ("WallWindow.qml"), and the engine set up to import the
    /// module (tests load single components with it).
    static QUrl qmlUrl(const QString &file);
    static void prepareEngine(QQmlEngine &engine);

    /// Cameras from the database; call once before show().
    void setCameras(const QList<Storage::CameraRow> &cameras);
    void show(bool fullScreen = false);
    QQuickWindow *window() const { return m_window; }
    WallController &controller() { return m_controller; }
    /// Error text if the QML failed to load, else empty.
    QString loadError() const { return m_loadError; }

    /// Saves a PNG of the window once every shown tile with a camera plays (or after
    /// `timeoutMs`), then calls `done(ok)`.
    void screenshotWhenReady(const QString &file, int timeoutMs, std::function<void(bool)> done);

    /// The rendered wall's cost (issue 4, benchmark part b): after `warmupMs`, for `measureMs`:
    /// process CPU, redraws/s (frameSwapped), frames handed to each shown tile per second,
    /// resident memory. Calls `done` with a printable report.
    void measureRendering(int warmupMs, int measureMs,
                          std::function<void(const QString &report)> done);

private:
    WallController m_controller;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
    QString m_loadError;
    bool m_restored = false;
};

} // namespace Cc::VideoQuick
