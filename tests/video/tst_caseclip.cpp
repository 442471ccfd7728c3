// SPDX-License-Identifier: GPL-3.0-or-later
// A clip as case evidence (docs/video.md "Clips as evidence"): what cityrec recorded from
// camsim is marked on a wall tile in playback, cut without re-encoding and attached to a case
// through the real case service by reference (path, SHA-256, size); the service measures and
// hashes the file itself, caps its size, and proves the clip unchanged before it is played.
#include "../unit/cases/casefixture.h"
#include "camsimprocess.h"
#include "cityrecprocess.h"
#include "decodedpictures.h"

#include <cc/cases/caseclips.h>
#include <cc/video_quick/wallcontroller.h>

#include "resultcheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSignalSpy>
#include <QVideoSink>

#include <gst/gst.h>

using namespace Cc;
using namespace CcTest;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QTest::qWait(20);
    return done();
}

QString sha256Of(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

class TstCaseClip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CamSimProcess m_sim;
    Fixture m_f;
    QString m_root;
    qint64 m_startUs = 0;
    Storage::CaseRow m_case;
    Cases::CaseClipRow m_attached;

    QList<Storage::CameraRow> cameras() const
    {
        Storage::CameraRow c;
        c.id = QStringLiteral("cam-1");
        c.name = QStringLiteral("人民路与建设路路口");
        c.urlMain = m_sim.url(1, "sub"); // small pictures: cheap on a shared machine
        c.urlSub = m_sim.url(1, "sub");
        c.geom = QPointF(kX0, kY0);
        return {c};
    }

    Cases::ClipReference validReference() const
    {
        Cases::ClipReference r = static_cast<const Cases::ClipReference &>(m_attached);
        return r;
    }

private slots:
    void initTestCase()
    {
        gst_init(nullptr, nullptr);
        QVERIFY(m_sim.start(1) > 0);
        m_root = m_dir.filePath(QStringLiteral("rec"));
        CityRecProcess recorder;
        QVERIFY(recorder.start({QStringLiteral("--dir"), m_root, QStringLiteral("--camera"),
                                QStringLiteral("cam-1=") + m_sim.url(1, "sub"),
                                QStringLiteral("--segment-seconds"), QStringLiteral("2")}));
        QTest::qWait(8000);
        QVERIFY(recorder.terminate());
        auto index = Recording::RecordingIndex::open(m_root, true);
        QVERIFY(index);
        const auto spans = (*index)->spans(QStringLiteral("cam-1"));
        QVERIFY(!spans.isEmpty());
        QVERIFY(spans.first().endUs - spans.first().startUs > 5'000'000);
        m_startUs = spans.first().startUs;

        m_f.setUp();
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(
            m_f.report(m_case, kRubbish, m_f.col, QDateTime::currentDateTimeUtc().addSecs(-60)));
    }

    void markedClipAttachedFromTheWall()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("wall.ini")), QSettings::IniFormat);
        VideoQuick::WallController wall(settings);
        wall.setCameras(cameras());
        wall.restore();
        wall.setRecordingRoot(m_root);
        QVideoSink sink;
        wall.attachSink(0, &sink);
        QVERIFY(wall.tile(0)->cameraId() == QLatin1String("cam-1"));
        QVERIFY(!wall.canAttachClips());

        // 查看录像 from the case: its number becomes where clips go.
        wall.setEvidenceCase(m_case.number);
        QVERIFY(wall.startPlayback(0, double((m_startUs + 1'000'000) / 1000)));
        VideoQuick::TilePlayback *playback = wall.tile(0)->playback();
        QVERIFY(waitFor([&] { return playback->positionMs() > 0; }));
        QVERIFY(!wall.attachClip(0, m_case.number)); // nobody to act
        QVERIFY(wall.message().contains(QLatin1String("Log in")));

        Cases::CaseClips clips(*m_f.service, *m_f.db);
        wall.setClipAttacher(
            [&](const QString &number, const Cases::ClipReference &clip) -> Result<QString> {
                auto row = clips.attach(number, clip, m_f.op);
                if (!row)
                    return row.error();
                return number;
            });
        QVERIFY(wall.canAttachClips());
        QVERIFY(!wall.attachClip(0, m_case.number)); // no marks yet
        QVERIFY(wall.message().contains(QLatin1String("in and out")));

        playback->togglePause();
        const qint64 inUs = m_startUs + 1'500'000, outUs = m_startUs + 4'000'000;
        playback->seekMs(double(inUs / 1000));
        QVERIFY(
            waitFor([&] { return std::abs(playback->positionMs() - double(inUs / 1000)) <= 20; }));
        playback->markIn();
        playback->seekMs(double(outUs / 1000));
        QVERIFY(
            waitFor([&] { return std::abs(playback->positionMs() - double(outUs / 1000)) <= 20; }));
        playback->markOut();
        QVERIFY(playback->marksText().contains(QLatin1String("2.5 s")));

        QSignalSpy attached(&wall, &VideoQuick::WallController::clipAttached);
        QVERIFY2(wall.attachClip(0, m_case.number), qPrintable(wall.message()));
        QCOMPARE(attached.count(), 1);
        QCOMPARE(attached.first().at(0).toString(), m_case.number);
        QCOMPARE(playback->inMs(), 0.0); // marks cleared for the next clip

        auto rows = clips.forCase(m_case.id);
        CC_VERIFY_OK(rows);
        QCOMPARE(rows->size(), 1);
        m_attached = rows->first();
        const QString file = attached.first().at(1).toString();
        QCOMPARE(m_attached.file, file);
        QVERIFY(file.startsWith(QDir(m_root).filePath(QStringLiteral("clips"))));
        QCOMPARE(m_attached.sha256, sha256Of(file));
        QCOMPARE(m_attached.size, QFileInfo(file).size());
        QCOMPARE(m_attached.cameraId, QStringLiteral("cam-1"));
        QCOMPARE(m_attached.cameraName, QStringLiteral("人民路与建设路路口"));
        QCOMPARE(m_attached.addedBy, m_f.op.userId);
        // From the keyframe at or before the in point (1 s GOP) to the out point.
        const qint64 startUs = m_attached.start.toMSecsSinceEpoch() * 1000;
        const qint64 endUs = m_attached.end.toMSecsSinceEpoch() * 1000;
        QVERIFY2(startUs <= inUs + 20'000 && startUs >= inUs - 1'040'000,
                 qPrintable(QString::number(startUs - inUs)));
        QVERIFY2(std::abs(endUs - outUs) <= 40'000, qPrintable(QString::number(endUs - outUs)));

        // It plays, every frame of it.
        auto verified = clips.verifiedFile(m_attached.id);
        CC_VERIFY_OK(verified);
        const int frames = decodedPictures(verified.value(), "qtdemux");
        const int expected = int((endUs - startUs) / 40'000) + 1;
        QVERIFY2(std::abs(frames - expected) <= 1,
                 qPrintable(QStringLiteral("%1 frames, %2 expected").arg(frames).arg(expected)));
    }

    void recordingsFromTheCaseNameTheCase()
    {
        // 查看录像 from a case: the nearest camera plays from before the report, and a clip
        // marked now goes to that case unless the operator types another number.
        QSettings settings(m_dir.filePath(QStringLiteral("wall3.ini")), QSettings::IniFormat);
        VideoQuick::WallController wall(settings);
        wall.setCameras(cameras());
        wall.restore();
        wall.setRecordingRoot(m_root);
        QVERIFY(wall.evidenceCase().isEmpty());
        const QDateTime reported = QDateTime::fromMSecsSinceEpoch(m_startUs / 1000 + 120'000);
        QCOMPARE(wall.showRecordingsNear(kX0, kY0, reported, 2, m_case.number), 1);
        QCOMPARE(wall.evidenceCase(), m_case.number);
        QVERIFY(wall.tile(0)->playback()->active());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong hash") << "sha"
                                    << "evidence.clip-mismatch";
        QTest::newRow("wrong size") << "size"
                                    << "evidence.clip-mismatch";
        QTest::newRow("over the cap") << "huge"
                                      << "evidence.clip-too-large";
        QTest::newRow("no such file") << "missing"
                                      << "evidence.clip-missing";
        QTest::newRow("relative path") << "relative"
                                       << "evidence.bad-clip";
        QTest::newRow("end before start") << "reversed"
                                          << "evidence.bad-clip";
        QTest::newRow("longer than 10 minutes") << "long"
                                                << "evidence.bad-clip";
        QTest::newRow("no camera") << "camera"
                                   << "evidence.bad-clip";
        QTest::newRow("malformed hash") << "hex"
                                        << "evidence.bad-clip";
        QTest::newRow("twice on the case") << "same"
                                           << "evidence.clip-duplicate";
        QTest::newRow("another department's case") << "department"
                                                   << "evidence.not-yours";
        QTest::newRow("no such case") << "case"
                                      << "case.not-found";
    }

    void refusals()
    {
        QFETCH(QString, change);
        QFETCH(QString, code);
        QVERIFY(!m_attached.id.isEmpty());
        Cases::CaseClips clips(*m_f.service, *m_f.db);
        Cases::ClipReference r = validReference();
        Cases::Actor who = m_f.op;
        QString target = m_case.number;
        if (change == QLatin1String("sha"))
            r.sha256 = QString(64, QLatin1Char('a'));
        else if (change == QLatin1String("size"))
            r.size += 1;
        else if (change == QLatin1String("huge"))
            r.size = Cases::kMaxClipBytes + 1;
        else if (change == QLatin1String("missing"))
            r.file += QStringLiteral(".gone");
        else if (change == QLatin1String("relative"))
            r.file = QFileInfo(r.file).fileName();
        else if (change == QLatin1String("reversed"))
            std::swap(r.start, r.end);
        else if (change == QLatin1String("long"))
            r.end = r.start.addSecs(Cases::kMaxClipSeconds + 1);
        else if (change == QLatin1String("camera"))
            r.cameraId.clear();
        else if (change == QLatin1String("hex"))
            r.sha256 = r.sha256.toUpper();
        else if (change == QLatin1String("department"))
            who = m_f.userA; // the case was never dispatched to 环卫所
        else if (change == QLatin1String("case"))
            target = QStringLiteral("no-such-case");
        auto result = clips.attach(target, r, who);
        QCOMPARE(codeOf(result), code);
        QCOMPARE(m_f.db->rowCount(QStringLiteral("case_clip")), qint64(1)); // nothing written
    }

    void capEnforcedByTheService()
    {
        // A smaller cap than the clip: refused by the service, whoever cut the file.
        Cases::CaseClips small(*m_f.service, *m_f.db, m_attached.size - 1);
        Storage::CaseRow other;
        QVERIFY(m_f.report(other, kRubbish, m_f.col, QDateTime::currentDateTimeUtc().addSecs(-30)));
        QCOMPARE(codeOf(small.attach(other.number, validReference(), m_f.op)),
                 QStringLiteral("evidence.clip-too-large"));
        QCOMPARE(codeOf(Cases::fileSha256(m_attached.file, m_attached.size - 1)),
                 QStringLiteral("evidence.clip-too-large"));

        // From the wall: refused, and the cut file is not left behind.
        QSettings settings(m_dir.filePath(QStringLiteral("wall2.ini")), QSettings::IniFormat);
        VideoQuick::WallController wall(settings);
        wall.setCameras(cameras());
        wall.restore();
        wall.setRecordingRoot(m_root);
        wall.setClipDirectory(m_dir.filePath(QStringLiteral("clips2")));
        wall.setClipAttacher(
            [&](const QString &number, const Cases::ClipReference &clip) -> Result<QString> {
                auto row = small.attach(number, clip, m_f.op);
                if (!row)
                    return row.error();
                return number;
            });
        QVERIFY(wall.startPlayback(0, double((m_startUs + 1'000'000) / 1000)));
        VideoQuick::TilePlayback *playback = wall.tile(0)->playback();
        playback->togglePause();
        QVERIFY(waitFor([&] { return playback->positionMs() > 0; }));
        playback->markIn();
        playback->seekMs(double((m_startUs + 5'000'000) / 1000));
        QVERIFY(waitFor(
            [&] { return playback->positionMs() >= double((m_startUs + 4'900'000) / 1000); }));
        playback->markOut();
        QVERIFY(!wall.attachClip(0, other.number));
        QVERIFY2(wall.message().contains(QLatin1String("MB")), qPrintable(wall.message()));
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("clips2")))
                    .entryList(QDir::Files | QDir::NoDotAndDotDot)
                    .isEmpty());
    }

    void deletedCaseTakesItsClips()
    {
        // A sync rewind deletes a case the hub refused: its clips' rows go with it (the
        // foreign key would otherwise refuse the rewind), the file stays.
        Cases::CaseClips clips(*m_f.service, *m_f.db);
        Storage::CaseRow refused;
        QVERIFY(
            m_f.report(refused, kRubbish, m_f.col, QDateTime::currentDateTimeUtc().addSecs(-20)));
        CC_VERIFY_OK(clips.attach(refused.number, validReference(), m_f.op));
        QCOMPARE(m_f.db->rowCount(QStringLiteral("case_clip")), qint64(2));
        QVERIFY(m_f.db->exec(
            QStringLiteral(
                "INSERT OR REPLACE INTO setting (key, value) VALUES ('sync.rewinding', '1');"
                "DELETE FROM attachment WHERE case_id = '%1';"
                "DELETE FROM case_event WHERE case_id = '%1';"
                "DELETE FROM case_record WHERE id = '%1';"
                "DELETE FROM setting WHERE key = 'sync.rewinding';")
                .arg(refused.id)));
        QCOMPARE(m_f.db->rowCount(QStringLiteral("case_clip")), qint64(1));
        QVERIFY(QFileInfo::exists(m_attached.file));
    }

    void changedClipIsNotPlayed()
    {
        Cases::CaseClips clips(*m_f.service, *m_f.db);
        CC_VERIFY_OK(clips.verifiedFile(m_attached.id));
        QFile f(m_attached.file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        const QByteArray original = f.read(1);
        f.seek(f.size() / 2);
        f.write(QByteArray(1, char(original.at(0) ^ 0x5a))); // same size, other bytes
        f.close();
        QCOMPARE(codeOf(clips.verifiedFile(m_attached.id)),
                 QStringLiteral("evidence.clip-mismatch"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(original);
        f.close();
        CC_VERIFY_OK(clips.verifiedFile(m_attached.id));
        QVERIFY(QFile::rename(m_attached.file, m_attached.file + QStringLiteral(".moved")));
        QCOMPARE(codeOf(clips.verifiedFile(m_attached.id)),
                 QStringLiteral("evidence.clip-missing"));
        QCOMPARE(codeOf(clips.verifiedFile(QStringLiteral("nope"))),
                 QStringLiteral("evidence.unknown-clip"));
    }
};

QTEST_MAIN(TstCaseClip)

#include "tst_caseclip.moc"
