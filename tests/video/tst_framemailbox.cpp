// SPDX-License-Identifier: GPL-3.0-or-later
// The box between a streaming thread and the wall's FramePump (docs/video.md, "Benchmark"):
// frames of a burst are shown one per take, never more than about one frame behind; the
// pictures the display lets go are released by put(), not by the GUI thread.
#include "cc/video/framemailbox.h"
#include "cc/video/framepump.h"

#include <QTest>
#include <QVideoSink>

#include <thread>

using namespace Cc::Video;

namespace {

QVideoFrame picture()
{
    return QVideoFrame(QVideoFrameFormat(QSize(64, 36), QVideoFrameFormat::Format_YUV420P));
}

constexpr qint64 kMs = 1000;

} // namespace

class TstFrameMailbox : public QObject
{
    Q_OBJECT
private slots:
    void emptyBoxHasNothing()
    {
        FrameMailbox box;
        quint64 seen = 0;
        std::vector<QVideoFrame> retired;
        StampedFrame out;
        QCOMPARE(box.tryTake(seen, retired, out, 0), FrameMailbox::Take::NoNewFrame);
        QCOMPARE(box.latest().seq, 0u);
        QVERIFY(!box.latest().frame.isValid());
    }

    // Each row: put times (ms) of frames 1..n, then the take times (ms) and the seq each take
    // must show (0: nothing new).
    void burstsAreShownInOrderWithinOneFrame_data()
    {
        QTest::addColumn<QList<int>>("putsMs");
        QTest::addColumn<QList<int>>("takesMs");
        QTest::addColumn<QList<int>>("shown");
        QTest::newRow("steady") << QList<int>{0, 40, 80} << QList<int>{10, 50, 90, 100}
                                << QList<int>{1, 2, 3, 0};
        QTest::newRow("pair in 1 ms, both shown a tick apart")
            << QList<int>{0, 1} << QList<int>{10, 30, 50} << QList<int>{1, 2, 0};
        QTest::newRow("burst of three")
            << QList<int>{0, 1, 2} << QList<int>{5, 25, 45} << QList<int>{1, 2, 3};
        QTest::newRow("late take skips what lags a frame")
            << QList<int>{0, 1, 2} << QList<int>{60, 80} << QList<int>{3, 0};
        QTest::newRow("skips only the lagging ones")
            << QList<int>{0, 30, 35} << QList<int>{72, 80} << QList<int>{2, 3};
        QTest::newRow("beyond the depth the oldest go")
            << QList<int>{0, 1, 2, 3, 4} << QList<int>{10, 20, 30, 40} << QList<int>{3, 4, 5, 0};
    }
    void burstsAreShownInOrderWithinOneFrame()
    {
        QFETCH(QList<int>, putsMs);
        QFETCH(QList<int>, takesMs);
        QFETCH(QList<int>, shown);
        FrameMailbox box;
        for (int t : putsMs)
            box.put(picture(), -1, t * kMs, t * kMs);
        QVERIFY(box.framesHeld() <= FrameMailbox::kDepth);
        quint64 seen = 0;
        std::vector<QVideoFrame> retired;
        for (int i = 0; i < takesMs.size(); ++i) {
            StampedFrame out;
            const auto take = box.tryTake(seen, retired, out, takesMs[i] * kMs);
            QCOMPARE(take == FrameMailbox::Take::Frame ? int(out.seq) : 0, shown[i]);
        }
        QCOMPARE(box.latest().seq, quint64(putsMs.size()));
    }

    void shownFramesAreReleasedByTheNextPut()
    {
        FrameMailbox box;
        quint64 seen = 0;
        std::vector<QVideoFrame> retired;
        StampedFrame out;
        box.put(picture(), -1, 0, 0);
        box.put(picture(), -1, 1, 1);
        QCOMPARE(box.tryTake(seen, retired, out, 2 * kMs), FrameMailbox::Take::Frame);
        QCOMPARE(box.tryTake(seen, retired, out, 3 * kMs), FrameMailbox::Take::Frame);
        QCOMPARE(out.seq, 2u);
        QCOMPARE(box.framesHeld(), 2u); // frame 1 is passed, but only put() lets it go
        box.put(picture(), -1, 4, 4);
        QCOMPARE(box.framesHeld(), 1u); // the newest only
    }

    void retiredPicturesWaitForTheStreamingThread()
    {
        FrameMailbox box;
        quint64 seen = 0;
        std::vector<QVideoFrame> retired{picture(), picture()};
        StampedFrame out;
        box.put(picture(), -1, 0, 0);
        QCOMPARE(box.tryTake(seen, retired, out, 1 * kMs), FrameMailbox::Take::Frame);
        QVERIFY(retired.empty());       // handed over...
        QCOMPARE(box.framesHeld(), 3u); // ...and held until the streaming side puts
        std::thread streaming([&box] { box.put(picture(), -1, 2, 2 * kMs); });
        streaming.join();
        QCOMPARE(box.framesHeld(), 1u);
        QCOMPARE(box.latest().seq, 2u);
    }

    // The pump gives the picture a sink stops showing back to the mailbox (a frame released
    // on the GUI thread blocked its ticks for up to a second at 36 tiles).
    void pumpHandsTheOldPictureBack()
    {
        auto box = std::make_shared<FrameMailbox>();
        QVideoSink sink;
        FramePump pump(nullptr, 5);
        pump.attach(box, &sink);
        box->put(picture(), -1, 0);
        QTRY_COMPARE(pump.framesPushed(), 1u);
        const QVideoFrame first = sink.videoFrame();
        box->put(picture(), -1, 0);
        QTRY_COMPARE(pump.framesPushed(), 2u);
        QVERIFY(sink.videoFrame() != first);
        // the first picture now waits in the box (with the newest) after the next take
        QTRY_COMPARE(box->framesHeld(), 2u);
        box->put(picture(), -1, 0);
        QTRY_COMPARE(pump.framesPushed(), 3u);
        QCOMPARE(pump.busySkips(), 0u);
    }
};

QTEST_GUILESS_MAIN(TstFrameMailbox)
#include "tst_framemailbox.moc"
