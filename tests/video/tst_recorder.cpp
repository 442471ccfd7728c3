// SPDX-License-Identifier: GPL-3.0-or-later
// The recorder (cityrec) against the real camsim: recording goes on across a camera restart
// (a gap in the spans) and across its own kill -9 (the open segment repaired or dropped, never
// left unplayable); quotas and retention prune the oldest segments (docs/video.md "Recording").

#include "camsimprocess.h"
#include "cityrecprocess.h"
#include "decodedpictures.h"

#include <cc/recording/recordingindex.h>
#include <cc/recording/segmentfile.h>

#include <gst/gst.h>

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <QDateTime>

using namespace Cc::Recording;

class TestRecorder : public QObject
{
    Q_OBJECT

    static std::unique_ptr<RecordingIndex> openIndex(const QString &root)
    {
        auto index = RecordingIndex::open(root, true);
        return index ? std::move(*index) : nullptr;
    }

    // Waits until the index holds a segment that started after `afterUs`.
    static bool waitForSegmentAfter(const QString &root, qint64 afterUs, int timeoutMs = 60000)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            if (auto index = openIndex(root)) {
                for (const Segment &s : index->segments())
                    if (s.startUs > afterUs)
                        return true;
            }
            QTest::qWait(250);
        }
        return false;
    }

    static QStringList filesOnDisk(const QString &root)
    {
        QStringList files;
        QDirIterator it(root, {QStringLiteral("*.ts")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(QDir(root).relativeFilePath(it.next()));
        files.sort();
        return files;
    }

private slots:
    void survivesCameraRestartAndKill9()
    {
        CamSimProcess camsim;
        const int port = camsim.start(1);
        QVERIFY(port > 0);
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/rec");
        const QStringList args{QStringLiteral("--dir"),
                               root,
                               QStringLiteral("--camera"),
                               QStringLiteral("cam01=") + camsim.url(1, "sub"),
                               QStringLiteral("--segment-seconds"),
                               QStringLiteral("2")};
        CityRecProcess recorder;
        QVERIFY2(recorder.start(args), qPrintable(recorder.firstLine()));
        QVERIFY(waitForSegmentAfter(root, 0));
        QTest::qWait(3000);

        // The camera goes away and comes back on the same port.
        const qint64 lostAt = QDateTime::currentMSecsSinceEpoch() * 1000;
        camsim.kill();
        QTest::qWait(3000);
        const qint64 backAt = QDateTime::currentMSecsSinceEpoch() * 1000;
        QCOMPARE(camsim.start(1, port), port);
        QVERIFY2(waitForSegmentAfter(root, backAt), "no segment after the camera came back");
        QTest::qWait(3000);

        // kill -9 in the middle of a segment, then the recorder starts again on the folder.
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch() * 1000;
        recorder.killHard();
        {
            auto index = openIndex(root);
            QVERIFY(index);
            QVERIFY2(!index->openSegments().isEmpty(), "kill -9 should leave an open segment");
        }
        CityRecProcess again;
        QVERIFY2(again.start(args), qPrintable(again.firstLine()));
        QVERIFY2(again.recovered("repaired") + again.recovered("dropped") >= 1,
                 qPrintable(again.firstLine()));
        QVERIFY(waitForSegmentAfter(root, killedAt));
        QTest::qWait(2500);
        QVERIFY(again.terminate());

        auto index = openIndex(root);
        QVERIFY(index);
        QVERIFY(index->openSegments().isEmpty());
        const QList<Segment> segments = index->segments();
        QStringList indexed;
        for (const Segment &s : segments) {
            indexed.append(s.path);
            const SegmentScan scan = scanSegment(index->absolutePath(s));
            QVERIFY2(scan.playable(), qPrintable(s.path + QStringLiteral(" does not play")));
            // The row's length is the file's: 25 frames a second (±15 %, ±3 frames).
            const double expected = double(s.endUs - s.startUs) / 40000.0;
            QVERIFY2(std::abs(scan.frames - expected) <= expected * 0.15 + 3,
                     qPrintable(QStringLiteral("%1: %2 frames for %3 ms")
                                    .arg(s.path)
                                    .arg(scan.frames)
                                    .arg((s.endUs - s.startUs) / 1000)));
        }
        indexed.sort();
        QCOMPARE(filesOnDisk(root), indexed);

        // Spans: one gap while the camera was away, one around the kill -9.
        const QList<Span> spans = index->spans(QStringLiteral("cam01"));
        QVERIFY2(spans.size() >= 3, qPrintable(QString::number(spans.size())));
        bool cameraGap = false, killGap = false;
        for (int i = 1; i < spans.size(); ++i) {
            const qint64 from = spans[i - 1].endUs, to = spans[i].startUs;
            qInfo("gap %.2f s .. %.2f s", (from - lostAt) / 1e6, (to - lostAt) / 1e6);
            if (from <= lostAt + 500'000 && to >= backAt)
                cameraGap = true;
            if (from <= killedAt + 500'000 && to >= killedAt)
                killGap = true;
        }
        QVERIFY(cameraGap);
        QVERIFY(killGap);
    }

    void repairsACutSegmentAndDropsAnEmptyOne()
    {
        // A file cut in the middle of a transport packet plays after the repair; a file
        // without a single whole frame is deleted with its row.
        CamSimProcess camsim;
        QVERIFY(camsim.start(1) > 0);
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/rec");
        CityRecProcess recorder;
        QVERIFY(recorder.start({QStringLiteral("--dir"), root, QStringLiteral("--camera"),
                                QStringLiteral("cam01=") + camsim.url(1, "sub"),
                                QStringLiteral("--segment-seconds"), QStringLiteral("2")}));
        QVERIFY(waitForSegmentAfter(root, 0));
        QTest::qWait(4500);
        QVERIFY(recorder.terminate());

        auto index = RecordingIndex::open(root);
        QVERIFY(index);
        const QList<Segment> segments = (*index)->segments();
        QVERIFY(segments.size() >= 2);
        const Segment cut = segments[0], empty = segments[1];
        QFile cutFile((*index)->absolutePath(cut));
        QVERIFY(cutFile.resize(cutFile.size() / 2 + 100)); // not a multiple of 188
        QFile emptyFile((*index)->absolutePath(empty));
        QVERIFY(emptyFile.resize(300)); // not even one frame
        QVERIFY((*index)->updateSegment(cut.id, cut.endUs, cut.bytes, QStringLiteral("open")));
        QVERIFY(
            (*index)->updateSegment(empty.id, empty.endUs, empty.bytes, QStringLiteral("open")));

        const RecoveryReport report = recoverAfterCrash(**index);
        QCOMPARE(report.repaired, 1);
        QCOMPARE(report.dropped, 1);
        QVERIFY(!QFile::exists((*index)->absolutePath(empty)));
        const auto repaired = (*index)->byPath(cut.path);
        QVERIFY(repaired);
        QCOMPARE(repaired->state, QStringLiteral("repaired"));
        QCOMPARE(repaired->bytes % 188, 0);
        QVERIFY(repaired->endUs < cut.endUs);
        QVERIFY(scanSegment((*index)->absolutePath(*repaired)).playable());
    }

    void keepsTheCameraQuota()
    {
        CamSimProcess camsim;
        QVERIFY(camsim.start(1) > 0);
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/rec");
        // The main stream is ~2 Mbit/s: 1 MB holds about 4 s, the run records ~12 s.
        CityRecProcess recorder;
        QVERIFY(recorder.start({QStringLiteral("--dir"), root, QStringLiteral("--camera"),
                                QStringLiteral("cam01=") + camsim.url(1, "main"),
                                QStringLiteral("--segment-seconds"), QStringLiteral("1"),
                                QStringLiteral("--camera-quota-mb"), QStringLiteral("1"),
                                QStringLiteral("--prune-seconds"), QStringLiteral("1")}));
        QVERIFY(waitForSegmentAfter(root, 0));
        const qint64 firstSeen = QDateTime::currentMSecsSinceEpoch() * 1000;
        QTest::qWait(12000);
        QVERIFY(recorder.terminate());
        auto index = openIndex(root);
        QVERIFY(index);
        const QList<Segment> segments = index->segments();
        qint64 bytes = 0, largest = 0;
        for (const Segment &s : segments) {
            bytes += s.bytes;
            largest = std::max(largest, s.bytes);
        }
        qInfo("%lld segments, %lld bytes kept", qlonglong(segments.size()), qlonglong(bytes));
        // Within the quota, give or take the segment that was open at the last pruning.
        QVERIFY2(bytes <= 1024 * 1024 + largest, qPrintable(QString::number(bytes)));
        QVERIFY(segments.first().startUs > firstSeen); // the oldest ones are gone
        QCOMPARE(filesOnDisk(root).size(), segments.size());
    }

    void dropsWhatIsOlderThanTheRetention()
    {
        // Segments of 40 days ago (files and rows, as a recorder left them) are deleted when
        // a recorder with 30 days' retention starts; yesterday's stay.
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/rec");
        const qint64 day = 86'400'000'000LL, now = QDateTime::currentMSecsSinceEpoch() * 1000;
        {
            auto index = RecordingIndex::open(root);
            QVERIFY(index);
            for (qint64 start : {now - 40 * day, now - 35 * day, now - day}) {
                const QString path = segmentRelativePath(QStringLiteral("cam07"), start);
                QVERIFY(QDir().mkpath(QFileInfo(QDir(root).filePath(path)).path()));
                QFile f(QDir(root).filePath(path));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(QByteArray(188 * 10, 'G'));
                auto id = (*index)->addSegment(QStringLiteral("cam07"), path, start);
                QVERIFY(id);
                QVERIFY((*index)->updateSegment(*id, start + 60'000'000, 1880,
                                                QStringLiteral("closed")));
            }
        }
        CityRecProcess recorder;
        QVERIFY(recorder.start({QStringLiteral("--dir"), root, QStringLiteral("--retention-days"),
                                QStringLiteral("30")}));
        QVERIFY(recorder.terminate());
        auto index = openIndex(root);
        QVERIFY(index);
        const QList<Segment> left = index->segments();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().startUs, now - day);
        QCOMPARE(filesOnDisk(root), QStringList{left.first().path});
    }

    void multiSliceCameraRecordsWholePictures()
    {
        // camsim's PTZ camera is encoded live with x264's sliced threads: several slices per
        // picture, SPS/PPS before each keyframe. Recorded, every picture must read back as one
        // access unit (the parser once inserted SPS/PPS before each IDR slice, and a segment
        // then read back as more, broken pictures).
        gst_init(nullptr, nullptr);
        CamSimProcess sim;
        sim.setExtraArguments({QStringLiteral("--ptz"), QStringLiteral("1")});
        QVERIFY(sim.start(1) > 0);
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("rec"));
        CityRecProcess recorder;
        QVERIFY(recorder.start({QStringLiteral("--dir"), root, QStringLiteral("--camera"),
                                QStringLiteral("cam01=") + sim.url(1, "sub"),
                                QStringLiteral("--segment-seconds"), QStringLiteral("3")}));
        QTest::qWait(8000);
        QVERIFY(recorder.terminate());
        auto index = openIndex(root);
        QVERIFY(index);
        const QList<Segment> segments = index->segments();
        QVERIFY(segments.size() >= 2);
        for (const Segment &s : segments) { // the last one too: a clean stop writes it all
            const SegmentScan scan = scanSegment(index->absolutePath(s));
            QVERIFY2(scan.playable(), qPrintable(s.path));
            const int pictures = decodedPictures(index->absolutePath(s), "tsdemux");
            const double seconds = double(s.endUs - s.startUs) / 1e6;
            qInfo("%s: %.2f s, %d access units, %d decoded pictures, %d keyframes",
                  qPrintable(s.path), seconds, scan.frames, pictures, scan.keyframes);
            // A keyframe split apart reads as two access units, two keyframes, two pictures;
            // the row's length is the file's, also for the last segment of a clean stop.
            QVERIFY2(scan.keyframes <= int(seconds + 0.5) + 1
                         && std::abs(pictures - seconds * 25) <= 3,
                     qPrintable(QStringLiteral("%1 keyframes and %2 pictures in %3 s")
                                    .arg(scan.keyframes)
                                    .arg(pictures)
                                    .arg(seconds)));
        }
    }

    void refusesASecondRecorderOnTheSameFolder()
    {
        QTemporaryDir dir;
        CityRecProcess first, second;
        QVERIFY(first.start({QStringLiteral("--dir"), dir.path()}));
        QVERIFY(!second.start({QStringLiteral("--dir"), dir.path()}));
        QVERIFY(first.terminate());
    }
};

QTEST_GUILESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
