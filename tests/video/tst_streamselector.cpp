// SPDX-License-Identifier: GPL-3.0-or-later
// Sub-stream for small tiles, main stream for large or focused ones, with hysteresis.
#include "cc/video/streamselector.h"

#include <QTest>

using namespace Cc::Video;

class TstStreamSelector : public QObject
{
    Q_OBJECT
private slots:
    void smallTilesPlaySub()
    {
        StreamSelector s;
        QCOMPARE(s.update({480, 270}, false, 0), StreamKind::Sub);
        QCOMPARE(s.update({640, 360}, false, 10000), StreamKind::Sub);
        QCOMPARE(s.update({700, 390}, false, 20000), StreamKind::Sub); // inside the band
    }
    void focusSwitchesAtOnce()
    {
        StreamSelector s;
        QCOMPARE(s.update({320, 180}, true, 0), StreamKind::Main);
        QCOMPARE(s.current(), StreamKind::Main);
    }
    void growingNeedsTheHoldTime()
    {
        StreamSelector s(QSize(640, 360), 2000);
        QCOMPARE(s.update({1280, 720}, false, 0), StreamKind::Sub);
        QCOMPARE(s.update({1280, 720}, false, 1999), StreamKind::Sub);
        QCOMPARE(s.update({1280, 720}, false, 2000), StreamKind::Main);
    }
    void flappingDoesNotSwitch()
    {
        StreamSelector s(QSize(640, 360), 2000);
        for (qint64 t = 0; t < 20000; t += 500)
            QCOMPARE(s.update((t / 500) % 2 ? QSize(1280, 720) : QSize(480, 270), false, t),
                     StreamKind::Sub);
    }
    void shrinkingBackToSub()
    {
        StreamSelector s(QSize(640, 360), 1000);
        s.update({1920, 1080}, true, 0);
        QCOMPARE(s.update({600, 340}, false, 100), StreamKind::Main); // band: 600 > 640*0.85
        QCOMPARE(s.update({600, 340}, false, 5000), StreamKind::Main);
        QCOMPARE(s.update({480, 270}, false, 6000), StreamKind::Main); // hold starts
        QCOMPARE(s.update({480, 270}, false, 7000), StreamKind::Sub);
    }
};

QTEST_GUILESS_MAIN(TstStreamSelector)
#include "tst_streamselector.moc"
