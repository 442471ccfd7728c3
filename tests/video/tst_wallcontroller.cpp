// SPDX-License-Identifier: GPL-3.0-or-later
// The wall's logic against the real camsim: layouts (incl. merged cells), assigning and
// swapping cameras, 1×1 focus disconnecting hidden tiles, sub/main choice, layouts restored
// at start, tours with pre-connect and pause, snapshots.
#include "camsimprocess.h"

#include <cc/video_quick/layoutspec.h>
#include <cc/video_quick/wallcontroller.h>

#include <QImageReader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QVideoSink>

using namespace Cc;
using namespace Cc::VideoQuick;
using State = Video::CameraStream::State;

class TstWallController : public QObject
{
    Q_OBJECT
private:
    QList<Storage::CameraRow> cameras(int n) const
    {
        QList<Storage::CameraRow> rows;
        for (int i = 1; i <= n; ++i) {
            Storage::CameraRow c;
            c.id = QStringLiteral("cam-%1").arg(i);
            c.componentCode = QStringLiteral("41052301360000%1").arg(i, 2, 10, QLatin1Char('0'));
            c.name = QStringLiteral("路口 %1").arg(i);
            c.urlMain = m_sim.url(i, "main");
            c.urlSub = m_sim.url(i, "sub");
            c.groupName = i % 2 ? QStringLiteral("人民路") : QStringLiteral("建设路");
            c.gridCode = QStringLiteral("41052310200%1").arg(i, 3, 10, QLatin1Char('0'));
            c.geom = QPointF(114.35 + i * 0.001, 35.9);
            rows << c;
        }
        return rows;
    }

    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("wall.ini")),
                                           QSettings::IniFormat);
    }

    QTemporaryDir m_dir;
    CamSimProcess m_sim;

private slots:
    void initTestCase() { QVERIFY(m_sim.start(4) > 0); }

    void layouts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("tiles");
        QTest::addColumn<int>("columns");
        for (int n = 1; n <= 6; ++n)
            QTest::newRow(qPrintable(QString::number(n * n)))
                << QString::number(n * n) << n * n << n;
        QTest::newRow("1+5") << "1+5" << 6 << 3;
        QTest::newRow("1+7") << "1+7" << 8 << 4;
        QTest::newRow("2+8") << "2+8" << 10 << 4;
    }
    void layouts()
    {
        QFETCH(QString, name);
        QFETCH(int, tiles);
        QFETCH(int, columns);
        const auto l = LayoutSpec::find(name);
        QVERIFY(l);
        QCOMPARE(l->cells.size(), tiles);
        QCOMPARE(l->columns, columns);
        // Cells cover the grid exactly once.
        QList<int> covered(l->columns * l->rows, 0);
        for (const QRect &r : l->cells)
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    ++covered[y * l->columns + x];
        QVERIFY(std::all_of(covered.begin(), covered.end(), [](int c) { return c == 1; }));
    }

    void restoreAssignSwapFocus()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("wall.ini")));
        auto s = settings();
        {
            WallController wall(*s);
            wall.setCameras(cameras(4));
            wall.restore(); // nothing saved: layout 4 filled with the first cameras
            QCOMPARE(wall.layoutName(), QStringLiteral("4"));
            for (int i = 0; i < 4; ++i)
                QCOMPARE(wall.tile(i)->cameraId(), QStringLiteral("cam-%1").arg(i + 1));
            QVERIFY(!wall.tile(4)->active());
            QVERIFY(wall.tile(4)->stream() == nullptr);
            QTRY_VERIFY_WITH_TIMEOUT(wall.tile(0)->stateCode() == int(State::Playing)
                                         && wall.tile(3)->stateCode() == int(State::Playing),
                                     60000);

            // Focus (1×1): only that tile keeps a connection.
            wall.toggleFocus(2);
            QCOMPARE(wall.focusedTile(), 2);
            QCOMPARE(wall.cells().size(), 1);
            for (int i : {0, 1, 3})
                QVERIFY2(wall.tile(i)->stream() == nullptr, "hidden tiles are disconnected");
            QVERIFY(wall.tile(2)->stream() != nullptr);
            wall.setTilePixelSize(2, 1600, 900);
            QTRY_VERIFY_WITH_TIMEOUT(wall.tile(2)->onMain()
                                         && wall.tile(2)->stateCode() == int(State::Playing),
                                     60000);
            QTRY_COMPARE_WITH_TIMEOUT(wall.tile(2)->stream()->stats().frameSize, QSize(1280, 720),
                                      10000);
            wall.toggleFocus(2);
            QCOMPARE(wall.focusedTile(), -1);
            QVERIFY(wall.tile(0)->stream() != nullptr);
            wall.setTilePixelSize(2, 480, 270);
            QTRY_VERIFY_WITH_TIMEOUT(!wall.tile(2)->onMain(),
                                     20000); // back to sub after the hold time

            QVERIFY(wall.setLayout(QStringLiteral("1+5")));
            QVERIFY(!wall.setLayout(QStringLiteral("7")));
            QVERIFY(wall.assignCamera(5, QStringLiteral("cam-2")));
            QVERIFY(!wall.assignCamera(5, QStringLiteral("no-such-camera")));
            wall.swapTiles(0, 5);
            QCOMPARE(wall.tile(0)->cameraId(), QStringLiteral("cam-2"));
            QCOMPARE(wall.tile(5)->cameraId(), QStringLiteral("cam-1"));
            wall.clearTile(3);
            wall.savePreset(QStringLiteral("morning"));
            QVERIFY(wall.setLayout(QStringLiteral("1")));
            QVERIFY(wall.tile(5)->stream() == nullptr);
            QVERIFY(wall.setLayout(QStringLiteral("1+5")));
            wall.setShowStats(true);
        }
        // A new start restores layout, tiles and presets.
        WallController again(*s);
        again.setCameras(cameras(4));
        again.restore();
        QCOMPARE(again.layoutName(), QStringLiteral("1+5"));
        QCOMPARE(again.tile(0)->cameraId(), QStringLiteral("cam-2"));
        QCOMPARE(again.tile(5)->cameraId(), QStringLiteral("cam-1"));
        QCOMPARE(again.tile(3)->cameraId(), QString());
        QVERIFY(again.showStats());
        QCOMPARE(again.presetNames(), QStringList{QStringLiteral("morning")});
        QVERIFY(again.setLayout(QStringLiteral("9")));
        QVERIFY(again.loadPreset(QStringLiteral("morning")));
        QCOMPARE(again.layoutName(), QStringLiteral("1+5"));
    }

    // Issue 16: a wall per database. Another database (other camera ids) comes up with the
    // default layout instead of blank tiles; going back finds its own wall again; a scope
    // with nothing saved takes over the one wall of older versions.
    void layoutPerDatabaseWithFallback()
    {
        auto s = settings();
        s->clear();
        {
            WallController a(*s);
            a.setScope(QStringLiteral("/data/a.gpkg"));
            a.setCameras(cameras(4));
            a.restore();
            QVERIFY(a.setLayout(QStringLiteral("1+5")));
            QVERIFY(a.assignCamera(0, QStringLiteral("cam-3")));
        }
        QList<Storage::CameraRow> other = cameras(4);
        for (auto &c : other)
            c.id = QStringLiteral("b-") + c.id; // the demo city written anew: new ids
        {
            WallController b(*s);
            b.setScope(QStringLiteral("/data/b.gpkg"));
            b.setCameras(other);
            b.restore(); // nothing saved for b: the default, not a's tiles
            QCOMPARE(b.layoutName(), QStringLiteral("4"));
            QCOMPARE(b.tile(0)->cameraId(), QStringLiteral("b-cam-1"));
        }
        {
            WallController rewritten(*s);
            rewritten.setScope(QStringLiteral("/data/a.gpkg"));
            rewritten.setCameras(other); // a's file, but none of its saved cameras exists
            rewritten.restore();
            QCOMPARE(rewritten.layoutName(), QStringLiteral("4"));
            for (int i = 0; i < 4; ++i)
                QCOMPARE(rewritten.tile(i)->cameraId(), QStringLiteral("b-cam-%1").arg(i + 1));
            QVERIFY2(rewritten.message().contains(QLatin1String("default layout")),
                     qPrintable(rewritten.message()));
        }
        {
            WallController a(*s);
            a.setScope(QStringLiteral("/data/a.gpkg"));
            QList<Storage::CameraRow> some = cameras(4);
            some.removeAt(1); // cam-2 is gone, the others are there
            a.setCameras(some);
            a.restore();
            QCOMPARE(a.layoutName(), QStringLiteral("1+5"));
            QCOMPARE(a.tile(0)->cameraId(), QStringLiteral("cam-3"));
            QCOMPARE(a.tile(1)->cameraId(), QString()); // cam-2's tile stays empty
            QCOMPARE(a.tile(3)->cameraId(), QStringLiteral("cam-4"));
            QVERIFY2(a.message().contains(QLatin1String("1 saved camera")),
                     qPrintable(a.message()));
        }
        // Older versions: one global wall. A scope without a saved wall takes it over.
        s->clear();
        s->setValue(QStringLiteral("videowall/layout"), QStringLiteral("9"));
        s->setValue(QStringLiteral("videowall/tiles"), QStringList{"cam-4", "cam-1"});
        WallController upgraded(*s);
        upgraded.setScope(QStringLiteral("/data/a.gpkg"));
        upgraded.setCameras(cameras(4));
        upgraded.restore();
        QCOMPARE(upgraded.layoutName(), QStringLiteral("9"));
        QCOMPARE(upgraded.tile(0)->cameraId(), QStringLiteral("cam-4"));
        QCOMPARE(upgraded.tile(1)->cameraId(), QStringLiteral("cam-1"));
    }

    // Issue 16: a camera's transport is settable from the wall and kept per camera; the one
    // that worked is remembered. camsim here offers all transports: Auto plays over TCP.
    void transportPerCamera()
    {
        auto s = settings();
        s->clear();
        WallController wall(*s);
        wall.setScope(QStringLiteral("/data/a.gpkg"));
        wall.setCameras(cameras(2));
        wall.restore();
        QTRY_COMPARE_WITH_TIMEOUT(wall.tile(0)->stateCode(), int(State::Playing), 60000);
        QCOMPARE(wall.tile(0)->stream()->transport(), Video::RtspTransport::Tcp);
        QCOMPARE(wall.transports().remembered(QStringLiteral("cam-1")), Video::RtspTransport::Tcp);
        QCOMPARE(wall.tile(0)->transportSetting(), QStringLiteral("auto"));

        QVERIFY(!wall.setCameraTransport(0, QStringLiteral("carrier-pigeon")));
        QVERIFY(!wall.setCameraTransport(5, QStringLiteral("udp"))); // no camera there
        QVERIFY(wall.setCameraTransport(0, QStringLiteral("udp")));
        QCOMPARE(wall.tile(0)->transportSetting(), QStringLiteral("udp"));
        QCOMPARE(wall.tile(0)->stream()->transportSetting(),
                 Video::RtspTransport::Udp); // reconnected
        QTRY_COMPARE_WITH_TIMEOUT(wall.tile(0)->stateCode(), int(State::Playing), 60000);
        QCOMPARE(wall.tile(0)->stream()->transport(), Video::RtspTransport::Udp);
        QTRY_COMPARE(wall.transports().remembered(QStringLiteral("cam-1")),
                     Video::RtspTransport::Udp);
        QCOMPARE(wall.transports().setting(QStringLiteral("cam-2")), Video::RtspTransport::Auto);

        // Kept for this database only.
        WallController again(*s);
        again.setScope(QStringLiteral("/data/a.gpkg"));
        QCOMPARE(again.transports().setting(QStringLiteral("cam-1")), Video::RtspTransport::Udp);
        WallController elsewhere(*s);
        elsewhere.setScope(QStringLiteral("/data/b.gpkg"));
        QCOMPARE(elsewhere.transports().setting(QStringLiteral("cam-1")),
                 Video::RtspTransport::Auto);
        QVERIFY(wall.setCameraTransport(0, QStringLiteral("auto")));
        QCOMPARE(wall.transports().setting(QStringLiteral("cam-1")), Video::RtspTransport::Auto);
    }

    void showNearest()
    {
        auto s = settings();
        s->clear();
        WallController wall(*s);
        wall.setCameras(cameras(4)); // on a line at lon 114.351 … 114.354
        wall.restore();
        QVERIFY(wall.startTour(QString(), 10));
        QCOMPARE(wall.showNearest(114.3532, 35.9), 4);
        QVERIFY(!wall.tourRunning());
        QCOMPARE(wall.layoutName(), QStringLiteral("1+5"));
        QCOMPARE(wall.tile(0)->cameraId(), QStringLiteral("cam-3")); // nearest in the big cell
        QCOMPARE(wall.tile(1)->cameraId(), QStringLiteral("cam-4"));
        QCOMPARE(wall.tile(2)->cameraId(), QStringLiteral("cam-2"));
        QCOMPARE(wall.tile(3)->cameraId(), QStringLiteral("cam-1"));
        QVERIFY(wall.message().contains(QStringLiteral("路口 3")));
    }

    void snapshot()
    {
        auto s = settings();
        s->clear();
        WallController wall(*s);
        wall.setCameras(cameras(1));
        wall.restore();
        QVideoSink sink;
        wall.attachSink(0, &sink);
        QTRY_COMPARE_WITH_TIMEOUT(wall.tile(0)->stateCode(), int(State::Playing), 60000);
        QTest::qWait(300);
        QTemporaryDir out;
        QSignalSpy saved(&wall, &WallController::snapshotSaved);
        wall.snapshot(0, out.path()); // the tile plays the sub-stream: the PNG is the main one
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
        const QString file = saved.first().first().toString();
        QImageReader reader(file);
        QCOMPARE(reader.size(), QSize(1280, 720));
        QCOMPARE(reader.text(QStringLiteral("Camera")), QStringLiteral("路口 1"));
        QVERIFY(!wall.tile(0)->onMain()); // the tile itself stayed on the sub-stream
        wall.snapshot(3, out.path());     // empty tile: a message, no file
        QVERIFY(wall.message().contains(QLatin1String("no camera")));
        QTest::qWait(200);
        QCOMPARE(saved.count(), 1);
        QVERIFY(sink.videoFrame().isValid());
    }

    // 轮巡: dwell of at least 10 s; the next page connects before the switch, so the tile
    // plays right when it changes camera; pause holds the countdown.
    void tour()
    {
        auto s = settings();
        s->clear();
        WallController wall(*s);
        wall.setCameras(cameras(3));
        wall.restore();
        QVERIFY(wall.setLayout(QStringLiteral("1")));
        QVERIFY(wall.startTour(QString(), 3));
        QVERIFY(wall.tourRunning());
        QCOMPARE(wall.tourSecondsLeft(), WallController::kMinDwellS); // 3 s raised to the minimum
        QCOMPARE(wall.tile(0)->cameraId(), QStringLiteral("cam-1"));
        QTRY_VERIFY_WITH_TIMEOUT(wall.tile(0)->hasPreload(), 20000);
        QVERIFY(wall.tourSecondsLeft() <= WallController::kPreconnectS);
        QTRY_COMPARE_WITH_TIMEOUT(wall.tile(0)->cameraId(), QStringLiteral("cam-2"), 20000);
        // Pre-connected: playing at once (or within a moment on a loaded machine).
        QTRY_COMPARE_WITH_TIMEOUT(wall.tile(0)->stateCode(), int(State::Playing), 5000);

        wall.pauseTour();
        QVERIFY(wall.tourPaused());
        const int left = wall.tourSecondsLeft();
        QTest::qWait(2500);
        QCOMPARE(wall.tourSecondsLeft(), left);
        wall.resumeTour();
        QTRY_VERIFY_WITH_TIMEOUT(wall.tourSecondsLeft() < left, 5000);
        wall.stopTour();
        QVERIFY(!wall.tourRunning());
        QVERIFY(!wall.startTour(QStringLiteral("no-such-group"), 10));
    }
};

QTEST_MAIN(TstWallController)
#include "tst_wallcontroller.moc"
