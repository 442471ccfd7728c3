// SPDX-License-Identifier: GPL-3.0-or-later
// Playback of what cityrec recorded from camsim: a seek shows the frame nearest the asked
// wall-clock time (measured with camsim's SEI stamps: error ≤ 1 frame), across segment
// boundaries; step shows the next frame; 0.5–8× plays faster or slower than real time;
// two players on one clock stay together (docs/video.md "Playback").

#include "camsimprocess.h"
#include "cityrecprocess.h"

#include <cc/recording/clipexport.h>
#include <cc/recording/recordingindex.h>
#include <cc/video/framestamp.h>

#include <QCryptographicHash>
#include <QFile>

#include <cc/recording/recordingplayer.h>
#include <gst/gst.h>

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

    // The clip decodes to its end (qtdemux ! h264parse ! avdec_h264 ! fakesink).
    static bool playsToTheEnd(const QString &file)
    {
        GError *error = nullptr;
        const QByteArray description = "filesrc location=\"" + QFile::encodeName(file)
                                       + "\" ! qtdemux ! h264parse ! avdec_h264 ! fakesink";
        GstElement *pipeline = gst_parse_launch(description.constData(), &error);
        if (!pipeline)
            return false;
        gst_element_set_state(pipeline, GST_STATE_PLAYING);
        GstBus *bus = gst_element_get_bus(pipeline);
        GstMessage *message = gst_bus_timed_pop_filtered(bus, 30 * GST_SECOND,
                                                         GstMessageType(GST_MESSAGE_EOS
                                                                        | GST_MESSAGE_ERROR));
        const bool ok = message && GST_MESSAGE_TYPE(message) == GST_MESSAGE_EOS;
        if (message)
            gst_message_unref(message);
        gst_object_unref(bus);
        gst_element_set_state(pipeline, GST_STATE_NULL);
        gst_object_unref(pipeline);
        return ok;
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

    void exportsAClipWithoutReencoding()
    {
        // 3 s across a segment boundary: the access units as recorded (the camera's SEI stamps
        // are still in them), from the keyframe before the in point.
        const qint64 in = m_span.startUs + 2'500'000, out = m_span.startUs + 5'500'000;
        const QString file = m_dir.filePath(QStringLiteral("clip.mp4"));
        auto clip = exportClip(*m_index, QStringLiteral("cam01"), in, out, file, 50 << 20);
        QVERIFY2(clip, qPrintable(clip ? QString() : clip.error().message));
        QVERIFY(clip->startUs <= in && clip->startUs > in - 1'040'000); // GOP of 1 s
        QVERIFY(std::abs(clip->endUs - out) <= 40'000);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(clip->bytes, qint64(bytes.size()));
        QCOMPARE(clip->sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        // No re-encode: every frame still carries camsim's stamp, first and last where cut.
        QList<qint64> stamps;
        for (qsizetype at = bytes.indexOf("CityCommandStamp"); at >= 0;
             at = bytes.indexOf("CityCommandStamp", at + 1)) {
            if (auto s = Cc::Video::FrameStamp::find(reinterpret_cast<const std::uint8_t *>(
                                                         bytes.constData() + at),
                                                     std::size_t(bytes.size() - at)))
                stamps.append(*s);
        }
        QCOMPARE(stamps.size(), clip->frames);
        QVERIFY(std::abs(stamps.first() - clip->startUs) <= 40'000);
        QVERIFY(std::abs(stamps.last() - out) <= 40'000);
        QVERIFY(clip->frames >= 74 && clip->frames <= 102);
        QVERIFY(playsToTheEnd(file));
    }

    void refusesBadClips_data()
    {
        QTest::addColumn<qint64>("inOffset");
        QTest::addColumn<qint64>("outOffset");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("out before in") << qint64(3'000'000) << qint64(2'000'000) << qint64(0)
                                       << QStringLiteral("recording.bad-range");
        QTest::newRow("longer than 10 minutes") << qint64(0) << qint64(601'000'000) << qint64(0)
                                                << QStringLiteral("recording.bad-range");
        QTest::newRow("nothing recorded") << qint64(-90'000'000) << qint64(-80'000'000) << qint64(0)
                                          << QStringLiteral("recording.no-recording");
        QTest::newRow("over the size cap") << qint64(0) << qint64(8'000'000) << qint64(100'000)
                                           << QStringLiteral("recording.clip-too-large");
    }

    void refusesBadClips()
    {
        QFETCH(qint64, inOffset);
        QFETCH(qint64, outOffset);
        QFETCH(qint64, maxBytes);
        QFETCH(QString, code);
        const QString file = m_dir.filePath(QStringLiteral("refused.mp4"));
        auto clip = exportClip(*m_index, QStringLiteral("cam01"), m_span.startUs + inOffset,
                               m_span.startUs + outOffset, file, maxBytes);
        QVERIFY(!clip);
        QCOMPARE(clip.error().code, code);
        QVERIFY(!QFile::exists(file)); // nothing half-written left
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
