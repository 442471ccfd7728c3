// SPDX-License-Identifier: GPL-3.0-or-later
// Playback of what cityrec recorded from camsim: a seek shows the frame nearest the asked
// wall-clock time (measured with camsim's SEI stamps: error ≤ 1 frame), across segment
// boundaries; step shows the next frame; 0.5–8× plays faster or slower than real time;
// two players on one clock stay together (docs/video.md "Playback").

#include "camsimprocess.h"
#include "cityrecprocess.h"

#include <cc/recording/recordingindex.h>
#include <cc/recording/recordingplayer.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Cc::Recording;

class TestRecordingPlayer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    std::unique_ptr<RecordingIndex> m_index;
    Span m_span;

    static bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
    {
        QElapsedTimer clock;
        clock.start();
        while (!done() && clock.elapsed() < timeoutMs)
            QTest::qWait(10);
        return done();
    }

    bool seekAndWait(RecordingPlayer &player, qint64 wallUs)
    {
        if (!player.seek(wallUs))
            return false;
        return waitFor([&] { return player.state() != RecordingPlayer::State::Seeking; });
    }

private slots:
    void initTestCase()
    {
        // Two cameras, 10 s, segments of 2 s: a few boundaries to seek across.
        CamSimProcess camsim;
        QVERIFY(camsim.start(2) > 0);
        m_root = m_dir.path() + QStringLiteral("/rec");
        CityRecProcess recorder;
        QVERIFY(recorder.start({QStringLiteral("--dir"), m_root, QStringLiteral("--camera"),
                                QStringLiteral("cam01=") + camsim.url(1, "sub"),
                                QStringLiteral("--camera"),
                                QStringLiteral("cam02=") + camsim.url(2, "sub"),
                                QStringLiteral("--segment-seconds"), QStringLiteral("2")}));
        QTest::qWait(11000);
        QVERIFY(recorder.terminate());
        auto index = RecordingIndex::open(m_root, true);
        QVERIFY(index);
        m_index = std::move(*index);
        const QList<Span> spans = m_index->spans(QStringLiteral("cam01"));
        QCOMPARE(spans.size(), 1);
        m_span = spans.first();
        QVERIFY(m_span.endUs - m_span.startUs > 8'000'000);
    }

    void seekIsFrameAccurate_data()
    {
        QTest::addColumn<qint64>("offsetUs");
        QTest::newRow("first frame") << qint64(0);
        QTest::newRow("0.5 s") << qint64(500'000);
        QTest::newRow("odd time 3.337 s") << qint64(3'337'000);
        QTest::newRow("just before a boundary") << qint64(-1);
        QTest::newRow("just after a boundary") << qint64(-2);
        QTest::newRow("7.91 s") << qint64(7'910'000);
    }

    void seekIsFrameAccurate()
    {
        QFETCH(qint64, offsetUs);
        const QList<Segment> segments = m_index->segments(QStringLiteral("cam01"));
        QVERIFY(segments.size() >= 3);
        qint64 target = m_span.startUs + offsetUs;
        if (offsetUs == -1)
            target = segments[2].startUs - 30'000;
        if (offsetUs == -2)
            target = segments[2].startUs + 30'000;
        RecordingPlayer player(*m_index);
        player.setCamera(QStringLiteral("cam01"));
        QVERIFY(seekAndWait(player, target));
        QCOMPARE(player.state(), RecordingPlayer::State::Paused);
        QVERIFY(player.shownStampUs() > 0);
        // The camera's own stamp of the frame shown against the time asked for.
        const qint64 error = player.shownStampUs() - target;
        qInfo("seek error %+.1f ms (recorder clock: %+.1f ms)", error / 1000.0,
              (player.positionUs() - target) / 1000.0);
        QVERIFY2(std::abs(error) <= 40'000, qPrintable(QString::number(error)));
        QVERIFY(!player.mailbox()->latest().frame.isValid() == false);
        QCOMPARE(player.mailbox()->latest().frame.size(), QSize(640, 360));
    }

    void stepShowsTheNextFrame()
    {
        RecordingPlayer player(*m_index);
        player.setCamera(QStringLiteral("cam01"));
        QVERIFY(seekAndWait(player, m_span.startUs + 1'000'000));
        for (int i = 0; i < 30; ++i) { // across a segment boundary too
            const qint64 before = player.shownStampUs();
            player.step();
            QVERIFY(waitFor([&] { return player.shownStampUs() != before; }));
            QVERIFY2(std::abs(player.shownStampUs() - before - 40'000) <= 8'000,
                     qPrintable(QString::number(player.shownStampUs() - before)));
        }
        QCOMPARE(player.state(), RecordingPlayer::State::Paused);
    }

    void playsAtTheRate_data()
    {
        QTest::addColumn<double>("rate");
        QTest::newRow("0.5×") << 0.5;
        QTest::newRow("1×") << 1.0;
        QTest::newRow("4×") << 4.0;
        QTest::newRow("8×") << 8.0;
    }

    void playsAtTheRate()
    {
        QFETCH(double, rate);
        RecordingPlayer player(*m_index);
        player.setCamera(QStringLiteral("cam01"));
        QVERIFY(seekAndWait(player, m_span.startUs + 200'000));
        const qint64 from = player.positionUs();
        player.setRate(rate);
        QElapsedTimer clock;
        clock.start();
        player.play();
        QTest::qWait(700);
        const double advanced = (player.positionUs() - from) / 1e6, elapsed = clock.elapsed() / 1e3;
        qInfo("%.1f×: %.2f s of recording in %.2f s (%.2f×), %llu frames shown", rate, advanced,
              elapsed, advanced / elapsed, qulonglong(player.framesShown()));
        // Loose bounds: the shared machine may starve the decoder, never speed it up.
        QVERIFY(advanced <= elapsed * rate + 0.1);
        QVERIFY(advanced >= elapsed * rate * 0.5 - 0.1);
    }

    void seekIntoAGapShowsTheNextRecording()
    {
        RecordingPlayer player(*m_index);
        player.setCamera(QStringLiteral("cam01"));
        QVERIFY(seekAndWait(player, m_span.startUs - 60'000'000));
        QVERIFY(std::abs(player.positionUs() - m_span.startUs) < 50'000);
        QVERIFY(!player.seek(m_span.endUs + 60'000'000));
        QCOMPARE(player.state(), RecordingPlayer::State::NoRecording);
    }

    void twoPlayersOnOneClockStayTogether()
    {
        auto clock = std::make_shared<PlaybackClock>();
        RecordingPlayer one(*m_index), two(*m_index);
        one.setClock(clock);
        two.setClock(clock);
        one.setCamera(QStringLiteral("cam01"));
        two.setCamera(QStringLiteral("cam02"));
        const qint64 t = m_span.startUs + 2'500'000;
        clock->seek(t);
        QVERIFY(one.seek(t));
        QVERIFY(two.seek(t));
        QVERIFY(waitFor([&] {
            return one.state() != RecordingPlayer::State::Seeking
                   && two.state() != RecordingPlayer::State::Seeking;
        }));
        clock->setRate(2.0);
        clock->setRunning(true);
        one.play();
        two.play();
        QTest::qWait(1000);
        const qint64 apart = one.shownStampUs() - two.shownStampUs();
        qInfo("two tiles at 2×: %.1f ms apart", apart / 1000.0);
        QVERIFY(std::abs(apart) <= 80'000); // two frames
        QVERIFY(one.positionUs() > t + 1'000'000);
    }
};

QTEST_MAIN(TestRecordingPlayer)
#include "tst_recordingplayer.moc"
