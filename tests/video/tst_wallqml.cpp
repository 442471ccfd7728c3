// SPDX-License-Identifier: GPL-3.0-or-later
// The wall's QML boundary (issue 11): the module CityCommand.VideoWall registers the wall's
// C++ types, QML reads a tile's state as WallTile.Playing … (the values of the stream's
// states), tiles cannot be made in QML, and Tile.qml shows each state from the enum, loaded
// with its required properties (no context properties) against real streams from camsim.
#include "camsimprocess.h"

#include <cc/video_quick/videowall.h>
#include <cc/video_quick/wallcontroller.h>

#include <QColor>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>

using namespace Cc;
using namespace Cc::VideoQuick;
using StreamState = Video::CameraStream::State;

class TstWallQml : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QObject> create(QQmlComponent &component, const QVariantMap &properties = {})
    {
        std::unique_ptr<QObject> object(component.createWithInitialProperties(properties));
        if (!object)
            qWarning("%s", qPrintable(component.errorString()));
        return object;
    }

private slots:
    void stateEnumInQml()
    {
        QQmlEngine engine;
        VideoWall::prepareEngine(engine);
        QQmlComponent component(&engine);
        component.setData(
            "import QtQml\nimport CityCommand.VideoWall\n"
            "QtObject { property var states: [WallTile.Idle, WallTile.Connecting, WallTile.Playing,"
            " WallTile.Stalled, WallTile.Reconnecting, WallTile.Offline] }",
            QUrl(QStringLiteral("qrc:/test/States.qml")));
        auto object = create(component);
        QVERIFY(object);
        const QVariantList states = object->property("states").toList();
        const QList<StreamState> expected{StreamState::Idle,    StreamState::Connecting,
                                          StreamState::Playing, StreamState::Stalled,
                                          StreamState::Backoff, StreamState::Offline};
        QCOMPARE(states.size(), expected.size());
        for (int i = 0; i < states.size(); ++i)
            QCOMPARE(states[i].toInt(), int(expected[i]));
    }

    void tilesAreMadeInCpp()
    {
        QQmlEngine engine;
        VideoWall::prepareEngine(engine);
        QQmlComponent component(&engine);
        component.setData("import CityCommand.VideoWall\nWallTile {}",
                          QUrl(QStringLiteral("qrc:/test/Bad.qml")));
        QVERIFY(component.isError());
        QVERIFY2(component.errorString().contains(QLatin1String("A tile belongs to the wall")),
                 qPrintable(component.errorString()));
    }

    void tileShowsItsState()
    {
        CamSimProcess sim;
        QVERIFY(sim.start(1) > 0);
        QList<Storage::CameraRow> cameras;
        for (const auto &[id, url] : {std::pair{"good", sim.url(1)},
                                      std::pair{"broken", QStringLiteral("rtsp//nowhere")}}) {
            Storage::CameraRow c;
            c.id = QString::fromLatin1(id);
            c.name = c.id;
            c.urlMain = c.urlSub = url;
            cameras << c;
        }
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("wall.ini")), QSettings::IniFormat);
        WallController wall(settings);
        wall.setCameras(cameras);
        wall.restore(); // tiles 0, 1: good, broken; 2, 3: empty

        QQmlEngine engine;
        VideoWall::prepareEngine(engine);
        QQmlComponent component(&engine, VideoWall::qmlUrl(QStringLiteral("Tile.qml")));
        const auto tileItem = [&](int i) {
            return create(component, {{QStringLiteral("wall"), QVariant::fromValue(&wall)},
                                      {QStringLiteral("tileIndex"), i},
                                      {QStringLiteral("tile"), QVariant::fromValue(wall.tile(i))}});
        };
        auto good = tileItem(0), broken = tileItem(1), empty = tileItem(2);
        QVERIFY(good && broken && empty);

        QCOMPARE(wall.tile(1)->state(), WallTile::Offline);
        QCOMPARE(broken->property("playing").toBool(), false);
        QCOMPARE(broken->property("stateColor").value<QColor>(), QColor(QStringLiteral("#d04040")));
        QCOMPARE(empty->property("stateColor").value<QColor>(), QColor(QStringLiteral("#5c6b80")));

        QTRY_COMPARE_WITH_TIMEOUT(wall.tile(0)->state(), WallTile::Playing, 60000);
        QTRY_VERIFY(good->property("playing").toBool());
        QCOMPARE(good->property("stateColor").value<QColor>(), QColor(QStringLiteral("#3cc46a")));
    }

    void zonesDrawnOnTheTile()
    {
        // The video analytics' zones (docs/video.md "Video analytics"): the tile shows its
        // camera's zones, and a zone drawn with clicks (corners) and a double-click goes
        // through the app's hook with the corners in picture coordinates and the dwell.
        Storage::CameraRow c;
        c.id = c.name = QStringLiteral("market");
        c.urlMain = c.urlSub = QStringLiteral("rtsp://127.0.0.1:9/market/main");
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("wall.ini")), QSettings::IniFormat);
        WallController wall(settings);
        wall.setCameras({c});
        wall.restore();
        QVariantList stored;
        QString savedKind, savedName;
        int savedDwell = 0;
        WallController::ZoneHooks hooks;
        hooks.zonesOf = [&](const QString &camera) {
            return camera == QLatin1String("market") ? stored : QVariantList{};
        };
        hooks.save = [&](const QString &, const QString &kind, const QString &name,
                         const QVariantList &points, int dwell) -> Result<void> {
            savedKind = kind;
            savedName = name;
            savedDwell = dwell;
            stored << QVariantMap{{QStringLiteral("id"), QStringLiteral("z1")},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("kind"), kind},
                                  {QStringLiteral("points"), points}};
            return {};
        };
        hooks.retire = [&](const QString &) -> Result<void> {
            stored.clear();
            return {};
        };
        hooks.kinds = {QVariantMap{{QStringLiteral("key"), QStringLiteral("no-stall")},
                                   {QStringLiteral("name"), QStringLiteral("禁止摆摊区域")},
                                   {QStringLiteral("color"), QStringLiteral("#ff9f1a")}}};
        wall.setZoneHooks(hooks);
        QVERIFY(wall.canEditZones());

        QQmlEngine engine;
        VideoWall::prepareEngine(engine);
        QQmlComponent component(&engine, VideoWall::qmlUrl(QStringLiteral("Tile.qml")));
        QQuickWindow window;
        window.resize(640, 360);
        auto object = create(component,
                             {{QStringLiteral("wall"), QVariant::fromValue(&wall)},
                              {QStringLiteral("tileIndex"), 0},
                              {QStringLiteral("tile"), QVariant::fromValue(wall.tile(0))}});
        QVERIFY(object);
        auto *tile = qobject_cast<QQuickItem *>(object.get());
        tile->setParentItem(window.contentItem());
        tile->setSize(QSizeF(640, 360));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *canvas = tile->findChild<QQuickItem *>(QStringLiteral("zoneCanvas"));
        auto *draw = tile->findChild<QQuickItem *>(QStringLiteral("zoneDraw"));
        QVERIFY(canvas && draw);
        QVERIFY(!canvas->isVisible()); // no zones yet
        QVERIFY(!draw->isVisible());

        // 区域规则… → 绘制: the draw mode, four corners, a double-click on the last.
        tile->setProperty("drawKind", QStringLiteral("no-stall"));
        QVERIFY(draw->isVisible());
        const QList<QPointF> corners{{0.25, 0.5}, {0.75, 0.5}, {0.75, 0.9}, {0.25, 0.9}};
        for (const QPointF &p : corners) {
            const QPoint at = draw->mapToScene(
                                      QPointF(p.x() * draw->width(), p.y() * draw->height()))
                                  .toPoint();
            QTest::mouseClick(&window, Qt::LeftButton, {}, at);
            QTest::qWait(300); // not a double-click
        }
        QCOMPARE(tile->property("drawPoints").toList().size(), 8);
        const QPoint last = draw->mapToScene(QPointF(0.25 * draw->width(), 0.9 * draw->height()))
                                .toPoint();
        QTest::mouseDClick(&window, Qt::LeftButton, {}, last);
        QObject *dialog = tile->findChild<QObject *>(QStringLiteral("zoneDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QCOMPARE(savedKind, QStringLiteral("no-stall"));
        QCOMPARE(savedName, QStringLiteral("禁止摆摊区域"));
        QCOMPARE(savedDwell, 5 * 60);
        const QVariantList points = stored.first().toMap().value(QStringLiteral("points")).toList();
        QVERIFY(points.size() >= 8);
        for (int i = 0; i < 4; ++i) { // where clicked, in picture coordinates
            QVERIFY(std::abs(points[2 * i].toDouble() - corners[i].x()) < 0.01);
            QVERIFY(std::abs(points[2 * i + 1].toDouble() - corners[i].y()) < 0.01);
        }
        QVERIFY(!draw->isVisible());
        QVERIFY(canvas->isVisible()); // the saved zone is shown
        QCOMPARE(tile->property("zones").toList().size(), 1);
        QVERIFY(wall.clearZones(0));
        QTRY_VERIFY(!canvas->isVisible());
    }

    void ptzControlsOnTheTile()
    {
        // A PTZ camera's tile: the 云台 switch shows the pad and turns drag into camera moves;
        // the arrow keys move while held (auto-repeat ignored), release stops. A fixed camera's
        // tile has none of it. (The camera itself is tst_ptz's business: nothing answers here.)
        QList<Storage::CameraRow> cameras;
        for (const bool ptz : {true, false}) {
            Storage::CameraRow c;
            c.id = ptz ? QStringLiteral("dome") : QStringLiteral("fixed");
            c.name = c.id;
            c.urlMain = c.urlSub = QStringLiteral("rtsp://127.0.0.1:9/%1/main").arg(c.id);
            c.ptz = ptz;
            cameras << c;
        }
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("wall.ini")), QSettings::IniFormat);
        WallController wall(settings);
        wall.setOnvifTemplate(QStringLiteral("http://127.0.0.1:9/onvif/{camera}/device_service"));
        wall.setCameras(cameras);
        wall.restore();
        QQmlEngine engine;
        VideoWall::prepareEngine(engine);
        QQmlComponent component(&engine, VideoWall::qmlUrl(QStringLiteral("Tile.qml")));
        QQuickWindow window;
        window.resize(800, 450);
        std::vector<std::unique_ptr<QObject>> items;
        for (int i : {0, 1}) {
            items.push_back(
                create(component, {{QStringLiteral("wall"), QVariant::fromValue(&wall)},
                                   {QStringLiteral("tileIndex"), i},
                                   {QStringLiteral("tile"), QVariant::fromValue(wall.tile(i))}}));
            QVERIFY(items.back());
            auto *item = qobject_cast<QQuickItem *>(items.back().get());
            item->setParentItem(window.contentItem());
            item->setSize(QSizeF(400, 225));
            item->setX(400 * i);
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dome = qobject_cast<QQuickItem *>(items[0].get());
        auto *fixed = qobject_cast<QQuickItem *>(items[1].get());
        const auto child = [](QQuickItem *tile, const char *name) {
            return tile->findChild<QQuickItem *>(QString::fromLatin1(name));
        };
        QVERIFY(child(dome, "ptzSwitch")->isVisible());
        QVERIFY(!child(fixed, "ptzSwitch")->isVisible());
        QVERIFY(!child(dome, "ptzDrag")->isVisible());

        // The switch: one tile's PTZ at a time, kept by the controller.
        QQuickItem *sw = child(dome, "ptzSwitch");
        QTest::mouseClick(&window, Qt::LeftButton, {},
                          sw->mapToScene(QPointF(sw->width() / 2, sw->height() / 2)).toPoint());
        QCOMPARE(wall.ptzTile(), 0);
        QVERIFY(child(dome, "ptzDrag")->isVisible());
        QVERIFY(dome->hasActiveFocus());

        TilePtz *ptz = wall.tile(0)->ptz();
        QTest::keyPress(&window, Qt::Key_Right);
        QVERIFY(ptz->moving());
        QTest::keyRelease(&window, Qt::Key_Right);
        QVERIFY(!ptz->moving());
        QTest::keyPress(&window, Qt::Key_Plus);
        QVERIFY(ptz->moving());
        QTest::keyRelease(&window, Qt::Key_Plus);
        QVERIFY(!ptz->moving());

        // A drag on the picture turns the camera while the button is held.
        const QPoint from = dome->mapToScene(QPointF(200, 120)).toPoint();
        QTest::mousePress(&window, Qt::LeftButton, {}, from);
        QTest::mouseMove(&window, from + QPoint(60, 0));
        QTRY_VERIFY(ptz->moving());
        QTest::mouseRelease(&window, Qt::LeftButton, {}, from + QPoint(60, 0));
        QVERIFY(!ptz->moving());

        // The fixed camera's tile: keys do nothing to anyone's PTZ.
        fixed->forceActiveFocus();
        QTest::keyPress(&window, Qt::Key_Left);
        QVERIFY(!ptz->moving());
        QTest::keyRelease(&window, Qt::Key_Left);
    }
};

QTEST_MAIN(TstWallQml)
#include "tst_wallqml.moc"
