// SPDX-License-Identifier: GPL-3.0-or-later
// The wall plays recordings (docs/video.md "Playback"): what cityrec recorded from camsim
// reaches a tile's sink instead of the live stream, back to live reconnects the stream,
// synchronized playback moves every shown tile together, "查看录像" picks the nearest cameras.
#include "camsimprocess.h"
#include "cityrecprocess.h"

#include <cc/recording/recordingplayer.h>
#include <cc/video_quick/wallcontroller.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QVideoSink>

using namespace Cc;
using namespace Cc::VideoQuick;

class TstWallPlayback : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CamSimProcess m_sim;
    QString m_root;
    qint64 m_startUs = 0;

    QList<Storage::CameraRow> cameras() const
    {
        QList<Storage::CameraRow> rows;
        for (int i = 1; i <= 2; ++i) {
            Storage::CameraRow c;
            c.id = QStringLiteral("cam-%1").arg(i);
            c.name = QStringLiteral("路口 %1").arg(i);
            c.urlMain = m_sim.url(i, "sub"); // small pictures: cheap on a shared machine
            c.urlSub = m_sim.url(i, "sub");
            c.geom = QPointF(114.35 + i * 0.001, 35.9);
            rows << c;
        }
        return rows;
    }

    static bool waitFor(const std::function<bool()> &done, int timeoutMs = 15000)
    {
        QElapsedTimer clock;
        clock.start();
        while (!done() && clock.elapsed() < timeoutMs)
            QTest::qWait(20);
        return done();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sim.start(2) > 0);
        m_root = m_dir.filePath(QStringLiteral("rec"));
        CityRecProcess recorder;
        QVERIFY(recorder.start({QStringLiteral("--dir"), m_root, QStringLiteral("--camera"),
                                QStringLiteral("cam-1=") + m_sim.url(1, "sub"),
                                QStringLiteral("--camera"),
                                QStringLiteral("cam-2=") + m_sim.url(2, "sub"),
                                QStringLiteral("--segment-seconds"), QStringLiteral("2")}));
        QTest::qWait(7000);
        QVERIFY(recorder.terminate());
        auto index = Recording::RecordingIndex::open(m_root, true);
        QVERIFY(index);
        const auto spans = (*index)->spans(QStringLiteral("cam-1"));
        QVERIFY(!spans.isEmpty());
        m_startUs = spans.first().startUs;
    }

    void tilePlaysBackAndGoesBackToLive()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("wall.ini")), QSettings::IniFormat);
        WallController wall(settings);
        wall.setCameras(cameras());
        wall.restore();
        wall.setRecordingRoot(m_root);
        QVERIFY(wall.canPlayBack());
        QVERIFY(wall.assignCamera(0, QStringLiteral("cam-1")));
        QVideoSink sink;
        wall.attachSink(0, &sink);
        WallTile *tile = wall.tile(0);
        QVERIFY(waitFor([&] { return tile->state() == WallTile::Playing; }));

        QSignalSpy frames(&sink, &QVideoSink::videoFrameChanged);
        const double at = double((m_startUs + 2'000'000) / 1000);
        QVERIFY(wall.startPlayback(0, at));
        QVERIFY(tile->playback()->active());
        QVERIFY(!tile->stream()); // no live decoder while the recording plays
        QVERIFY(waitFor([&] { return tile->playback()->positionMs() >= at - 40; }));
        QVERIFY(waitFor([&] { return frames.count() > 5; }));
        QCOMPARE(sink.videoFrame().size(), QSize(640, 360));
        QVERIFY(tile->statusText().contains(QLatin1Char('1'))); // "Playback 1×"
        QVERIFY(!tile->playback()->spans().isEmpty());

        tile->playback()->setRate(4.0);
        QCOMPARE(tile->playback()->rate(), 4.0);
        tile->playback()->setRate(100.0); // clamped
        QCOMPARE(tile->playback()->rate(), 8.0);

        tile->playback()->backToLive();
        QVERIFY(!tile->playback()->active());
        QVERIFY(tile->stream());
        QVERIFY(waitFor(
            [&] { return tile->stream()->state() == Video::CameraStream::State::Playing; }));
    }

    void synchronizedTilesSeekTogether()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("wall2.ini")), QSettings::IniFormat);
        WallController wall(settings);
        wall.setCameras(cameras());
        wall.restore(); // layout 4, the two cameras in tiles 0 and 1
        wall.setRecordingRoot(m_root);
        // The seek below: 4.5 s is halfway between two frames, and camsim stamps a frame when
        // it sends it (40 ms ± jitter under load): each tile must show the frame a lone player
        // of its camera shows for that time (docs/video.md "Playback"), none before target − ½.
        const double target = double((m_startUs + 4'500'000) / 1000);
        auto index = Recording::RecordingIndex::open(m_root, true);
        QVERIFY(index);
        Recording::RecordingPlayer loneOne(**index), loneTwo(**index);
        loneOne.setCamera(QStringLiteral("cam-1"));
        loneTwo.setCamera(QStringLiteral("cam-2"));
        QVERIFY(loneOne.seek(qint64(target) * 1000) && loneTwo.seek(qint64(target) * 1000));
        QVERIFY(waitFor([&] { return loneOne.positionUs() > 0 && loneTwo.positionUs() > 0; }));
        QVERIFY(loneOne.positionUs() / 1000 >= target - 20
                && loneTwo.positionUs() / 1000 >= target - 20);
        QVideoSink a, b;
        wall.attachSink(0, &a);
        wall.attachSink(1, &b);
        QCOMPARE(wall.playbackAll(double((m_startUs + 1'000'000) / 1000)), 2);
        TilePlayback *one = wall.tile(0)->playback(), *two = wall.tile(1)->playback();
        QVERIFY(one->synced() && two->synced());
        QVERIFY(waitFor([&] { return one->positionMs() > 0 && two->positionMs() > 0; }));

        // A seek on one tile moves both; pause on one pauses both (one clock).
        one->togglePause();
        QVERIFY(two->paused());
        two->seekMs(target);
        const bool landed = waitFor([&] {
            return qint64(one->positionMs()) == loneOne.positionUs() / 1000
                   && qint64(two->positionMs()) == loneTwo.positionUs() / 1000;
        });
        QVERIFY2(landed, qPrintable(QStringLiteral(
                                        "target %1: tiles at %2 and %3, lone players at %4 and %5")
                                        .arg(qint64(target))
                                        .arg(qint64(one->positionMs()))
                                        .arg(qint64(two->positionMs()))
                                        .arg(loneOne.positionUs() / 1000)
                                        .arg(loneTwo.positionUs() / 1000)));
        // A step shows each tile's next frame (the cameras' frames need not coincide).
        const double beforeOne = one->positionMs(), beforeTwo = two->positionMs();
        one->step();
        QVERIFY(waitFor(
            [&] { return one->positionMs() > beforeOne && two->positionMs() > beforeTwo; }));
        wall.allBackToLive();
        QVERIFY(!one->active() && !two->active());
    }

    void recordingsNearACase()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("wall3.ini")), QSettings::IniFormat);
        WallController wall(settings);
        wall.setCameras(cameras());
        wall.setRecordingRoot(m_root);
        // Reported 3 s into the recording, played from 2 s before: both cameras are near.
        const QDateTime reported = QDateTime::fromMSecsSinceEpoch((m_startUs + 3'000'000) / 1000);
        QCOMPARE(wall.showRecordingsNear(114.351, 35.9, reported, 0), 2);
        QCOMPARE(wall.tile(0)->cameraId(), QStringLiteral("cam-1"));
        QVERIFY(wall.tile(0)->playback()->active() && wall.tile(1)->playback()->active());
    }

    void withoutRecordingsItSaysWhy()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("wall4.ini")), QSettings::IniFormat);
        WallController wall(settings);
        wall.setCameras(cameras());
        wall.restore();
        wall.setRecordingRoot(m_dir.filePath(QStringLiteral("nothing-here")));
        QVERIFY(wall.assignCamera(0, QStringLiteral("cam-1")));
        QVERIFY(!wall.startPlayback(0, wall.minutesAgoMs(5)));
        QVERIFY(!wall.message().isEmpty());
    }
};

QTEST_MAIN(TstWallPlayback)
#include "tst_wallplayback.moc"
