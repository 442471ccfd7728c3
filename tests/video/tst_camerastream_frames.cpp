// SPDX-License-Identifier: GPL-3.0-or-later
// Frames from the real camsim arrive in a bare QVideoSink (no window) through the frame pump,
// with the right size, increasing timestamps and the sender's wall-clock stamp.
#include "camsimprocess.h"

#include "cc/video/camerastream.h"
#include "cc/video/framepump.h"

#include <QSignalSpy>
#include <QVideoSink>

using namespace Cc::Video;
using State = CameraStream::State;

class TstCameraStreamFrames : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_sim.start(2) > 0); }

    void frames_data()
    {
        QTest::addColumn<int>("camera");
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QSize>("size");
        QTest::newRow("sub") << 1 << "sub" << QSize(640, 360);
        QTest::newRow("main") << 2 << "main" << QSize(1280, 720);
    }
    void frames()
    {
        QFETCH(int, camera);
        QFETCH(QString, stream);
        QFETCH(QSize, size);
        CameraStream cs;
        cs.setUrl(m_sim.url(camera, qPrintable(stream)));
        QVideoSink sink;
        FramePump pump;
        pump.attach(&cs, &sink);
        QList<QVideoFrame> shown;
        connect(&sink, &QVideoSink::videoFrameChanged, this,
                [&](const QVideoFrame &f) { shown << f; });
        QSignalSpy states(&cs, &CameraStream::stateChanged);
        cs.start();
        QCOMPARE(cs.state(), State::Connecting);
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 30, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Playing, 10000);
        QCOMPARE(states.first().first().value<State>(), State::Connecting);

        for (const QVideoFrame &f : shown) {
            QCOMPARE(f.size(), size);
            QCOMPARE(f.pixelFormat(), QVideoFrameFormat::Format_YUV420P);
        }
        for (int i = 1; i < shown.size(); ++i)
            QVERIFY2(shown[i].startTime() > shown[i - 1].startTime(),
                     qPrintable(QStringLiteral("frame %1: %2 after %3")
                                    .arg(i)
                                    .arg(shown[i].startTime())
                                    .arg(shown[i - 1].startTime())));
        // 25 fps stream: consecutive shown frames are at least one frame period apart.
        QString pts;
        for (const QVideoFrame &f : shown)
            pts += QString::number((f.startTime() - shown.first().startTime()) / 1000)
                   + QLatin1Char(' ');
        QVERIFY2(shown.last().startTime() - shown.first().startTime()
                     >= qint64(shown.size() - 1) * 30000,
                 qPrintable(pts));

        const StampedFrame latest = cs.mailbox()->latest();
        QVERIFY2(latest.stampUs > 0, "camsim's SEI wall-clock stamp reaches the client");
        const qint64 latencyUs = latest.arrivedUs - latest.stampUs;
        QVERIFY2(latencyUs >= 0 && latencyUs < 10'000'000, qPrintable(QString::number(latencyUs)));

        QTRY_VERIFY_WITH_TIMEOUT(cs.stats().fps > 5 && cs.stats().kbps > 50, 10000);
        const auto stats = cs.stats();
        QCOMPARE(stats.frameSize, size);
        QVERIFY(stats.latencyMs >= 0);
        QCOMPARE(stats.reconnects, 0);
        QVERIFY(stats.frameAgeMs >= 0);
        qInfo("%s: %.1f fps, %.0f kbit/s, stamp→decoded %.0f ms", qPrintable(stream), stats.fps,
              stats.kbps, stats.latencyMs);
        cs.stop();
        QCOMPARE(cs.state(), State::Idle);
    }

    // Several tiles on one pump: every sink gets its own stream's frames.
    void oneTimerForAllTiles()
    {
        CameraStream a, b;
        a.setUrl(m_sim.url(1));
        b.setUrl(m_sim.url(2));
        QVideoSink sa, sb;
        FramePump pump;
        pump.attach(&a, &sa);
        pump.attach(&b, &sb);
        QCOMPARE(pump.attachedCount(), 2);
        int na = 0, nb = 0;
        connect(&sa, &QVideoSink::videoFrameChanged, this, [&] { ++na; });
        connect(&sb, &QVideoSink::videoFrameChanged, this, [&] { ++nb; });
        a.start();
        b.start();
        QTRY_VERIFY_WITH_TIMEOUT(na >= 20 && nb >= 20, 60000);
        QVERIFY(pump.framesPushed() >= quint64(na + nb));
        pump.detach(&sa);
        const int before = na;
        QTest::qWait(500);
        QCOMPARE(na, before);
        QVERIFY(nb > 20);
    }

private:
    CamSimProcess m_sim;
};

QTEST_MAIN(TstCameraStreamFrames)
#include "tst_camerastream_frames.moc"
