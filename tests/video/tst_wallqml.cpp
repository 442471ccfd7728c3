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
};

QTEST_MAIN(TstWallQml)
#include "tst_wallqml.moc"
