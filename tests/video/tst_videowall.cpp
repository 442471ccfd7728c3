// SPDX-License-Identifier: GPL-3.0-or-later
// The wall's QML window with the real camsim: it loads without QML errors, the tiles' own
// VideoOutput sinks receive frames, double-click toggles 1×1, a camera dragged from the tree
// lands on a tile, a tile dragged onto another swaps them, and the window can be grabbed.
#include "camsimprocess.h"

#include <cc/video_quick/videowall.h>

#include <QDir>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>

using namespace Cc;
using State = Video::CameraStream::State;

namespace {
// Delegates of Repeaters/ListViews are visual children, not always QObject children.
QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *hit = findItem(child, name))
            return hit;
    }
    return nullptr;
}

QPoint centre(QQuickItem *item)
{
    return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
}

void drag(QWindow *window, QPoint from, QPoint to)
{
    QTest::mousePress(window, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 20; ++i) {
        QTest::mouseMove(window, from + (to - from) * i / 20);
        QTest::qWait(15);
    }
    QTest::mouseRelease(window, Qt::LeftButton, {}, to);
}
} // namespace

class TstVideoWall : public QObject
{
    Q_OBJECT
private slots:
    void window()
    {
        CamSimProcess sim;
        QVERIFY(sim.start(4) > 0);
        QList<Storage::CameraRow> cameras;
        for (int i = 1; i <= 4; ++i) {
            Storage::CameraRow c;
            c.id = QStringLiteral("cam-%1").arg(i);
            c.name = QStringLiteral("路口 %1").arg(i);
            c.urlMain = sim.url(i, "main");
            c.urlSub = sim.url(i, "sub");
            c.groupName = QStringLiteral("人民路");
            cameras << c;
        }
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("wall.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("videowall/layout"), QStringLiteral("4"));
        settings.setValue(QStringLiteral("videowall/tiles"),
                          QStringList{"cam-1", "cam-2", "cam-3"});
        VideoQuick::VideoWall wall(settings);
        wall.setCameras(cameras);
        wall.show();
        QQuickWindow *w = wall.window();
        QVERIFY2(w, qPrintable(wall.loadError()));
        QVERIFY2(wall.loadError().isEmpty(), qPrintable(wall.loadError()));
        w->resize(1280, 720);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        VideoQuick::WallController &c = wall.controller();
        QTRY_VERIFY_WITH_TIMEOUT(c.tile(0)->stateCode() == int(State::Playing)
                                     && c.tile(2)->stateCode() == int(State::Playing),
                                 60000);
        // The frames reach the sinks of the QML VideoOutputs (attached by the delegates).
        QTRY_VERIFY_WITH_TIMEOUT(c.pump().framesPushed() > 60, 20000);
        QCOMPARE(c.pump().attachedCount(), 3);

        auto tileItem = [w](int i) {
            return findItem(w->contentItem(), QStringLiteral("tile%1").arg(i));
        };
        QVERIFY(tileItem(3));
        QVERIFY(!tileItem(4)); // layout 4

        QTest::mouseDClick(w, Qt::LeftButton, {}, centre(tileItem(1)));
        QTRY_COMPARE(c.focusedTile(), 1);
        QTRY_VERIFY(!tileItem(0));
        QTRY_VERIFY(tileItem(1));
        QTest::mouseDClick(w, Qt::LeftButton, {}, centre(tileItem(1)));
        QTRY_COMPARE(c.focusedTile(), -1);
        QTRY_VERIFY(tileItem(3));

        // Camera tree → empty tile 3.
        QQuickItem *row = findItem(w->contentItem(), QStringLiteral("camera-cam-4"));
        QVERIFY(row);
        drag(w, centre(row), centre(tileItem(3)));
        QTRY_COMPARE(c.tile(3)->cameraId(), QStringLiteral("cam-4"));
        // Tile 0 onto tile 1: swapped.
        drag(w, centre(tileItem(0)), centre(tileItem(1)));
        QTRY_COMPARE(c.tile(0)->cameraId(), QStringLiteral("cam-2"));
        QCOMPARE(c.tile(1)->cameraId(), QStringLiteral("cam-1"));

        QVERIFY(c.setLayout(QStringLiteral("1+5")));
        QTRY_VERIFY(tileItem(5));
        const QImage shot = w->grabWindow();
        QVERIFY(!shot.isNull());
        if (const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("videowall-test.png"))));
        // The typed boundary: the window has the controller as its property, nothing in the
        // engine's root context.
        QCOMPARE(w->property("wall").value<VideoQuick::WallController *>(), &c);
        QVERIFY(!qmlEngine(w)->rootContext()->contextProperty(QStringLiteral("wall")).isValid());
        QVERIFY(
            !qmlEngine(w)->rootContext()->contextProperty(QStringLiteral("snapshotDir")).isValid());
        QCOMPARE(settings.value(QStringLiteral("videowall/layout")).toString(),
                 QStringLiteral("1+5"));
    }
};

QTEST_MAIN(TstVideoWall)
#include "tst_videowall.moc"
