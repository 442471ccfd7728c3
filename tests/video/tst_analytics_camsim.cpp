// SPDX-License-Identifier: GPL-3.0-or-later
// The video analytics end to end (docs/video.md "Video analytics"): camsim plays scripted
// incidents on street scenes (a stall, rubbish, a car parked at the kerb) with its ground
// truth; cityrec records the cameras; cityvision analyses their sub-streams against zones
// set up from the truth and writes findings into the city's database, where the operator
// accepts one — a video case with the snapshot as photo and the clip as evidence, through the
// real case service — and rejects another, which is then not raised again.
#include "../unit/cases/casefixture.h"
#include "camsimprocess.h"
#include "cityrecprocess.h"
#include "groundtruth.h"

#include <cc/analytics/candidatereview.h>

#include <QJsonDocument>
#include <QProcess>

using namespace Cc;
using namespace CcTest;

namespace {
constexpr int kDwellS = 10;
}

class TstAnalyticsCamsim : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Fixture m_f;
    CamSimProcess m_sim;
    GroundTruth m_truth;

private slots:
    void initTestCase()
    {
        m_f.setUp();
        QVERIFY(!QTest::currentTestFailed());
        // cam01 a stall, cam02 rubbish, cam03 a car at the kerb, each standing 30 s; cam04 (a
        // night scene) traffic, passers-by and a crowd standing still on the sidewalk (people,
        // not an object left there: never a finding).
        const QString script = m_dir.filePath(QStringLiteral("script.json"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"incidents": [
            {"camera": "cam01", "kind": "stall",   "at_s": 15, "duration_s": 30},
            {"camera": "cam02", "kind": "rubbish", "at_s": 15, "duration_s": 30},
            {"camera": "cam03", "kind": "parking", "at_s": 20, "duration_s": 30},
            {"camera": "cam04", "kind": "crowd",   "at_s": 15, "duration_s": 30}]})");
        f.close();
        const QString truthFile = m_dir.filePath(QStringLiteral("truth.jsonl"));
        m_sim.setExtraArguments({QStringLiteral("--incidents"), script, QStringLiteral("--truth"),
                                 truthFile, QStringLiteral("--seconds"), QStringLiteral("5")});
        QVERIFY(m_sim.start(4) > 0);
        QVERIFY(m_truth.read(truthFile));
        QCOMPARE(m_truth.incidents.size(), 4);
        QVERIFY(setUpCity(*m_f.db, m_truth, m_sim.port(), kDwellS,
                          QPointF(kX0 + 0.0001, kY0 + 0.0001), kGridA));
    }

    void findingsOnScriptedIncidents()
    {
        const QString recordings = m_dir.filePath(QStringLiteral("rec"));
        CityRecProcess recorder;
        QStringList recArgs{QStringLiteral("--dir"),
                            recordings,
                            QStringLiteral("--db"),
                            m_f.db->path(),
                            QStringLiteral("--stream"),
                            QStringLiteral("sub"),
                            QStringLiteral("--segment-seconds"),
                            QStringLiteral("10")};
        QVERIFY(recorder.start(recArgs));
        QProcess vision;
        vision.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        vision.start(QStringLiteral(CC_BINARY_DIR "/bin/cityvision"),
                     {QStringLiteral("--db"), m_f.db->path(), QStringLiteral("--recordings"),
                      recordings, QStringLiteral("--exit-with-parent")});
        QVERIFY(vision.waitForStarted(10000));
        QVERIFY(vision.waitForReadyRead(20000));
        const QString first = QString::fromUtf8(vision.readLine());
        QVERIFY2(first.startsWith(QStringLiteral("cityvision: analysing 4 camera(s)")),
                 qPrintable(first));

        // The incidents begin after cityvision has learnt the scenes (its first 5 s); the last
        // settles at ~t0 + 25 s, its dwell ends ~10 s later; the clips follow 3 s after each
        // finding.
        Analytics::AnalyticsStore store(*m_f.db);
        const qint64 endUs = m_truth.t0Us + 60'000'000;
        while (QDateTime::currentMSecsSinceEpoch() * 1000 < endUs)
            QTest::qWait(500);
        vision.terminate();
        QVERIFY(vision.waitForFinished(20000));
        QCOMPARE(vision.exitCode(), 0);
        recorder.terminate();
        qInfo("cityvision said:\n%s", vision.readAll().constData());

        auto findings = store.candidates(Analytics::Candidate::State::Pending);
        CC_VERIFY_OK(findings);
        const Score s = score(m_truth, *findings, kDwellS, endUs);
        qInfo("findings %d, incidents due %d, found %d, false %d (missed: %s; false: %s)",
              s.findings, s.expected, s.found, s.falseFindings, qPrintable(s.missed.join(u' ')),
              qPrintable(s.spurious.join(u"; ")));
        QCOMPARE(s.expected, 3);
        QCOMPARE(s.found, 3);
        QCOMPARE(s.kindRight, 3);
        QCOMPARE(s.falseFindings, 0);
        for (double delay : s.delaysS) // found after the dwell, not long after
            QVERIFY2(delay >= kDwellS - 3 && delay <= kDwellS + 8,
                     qPrintable(QString::number(delay)));

        // The rubbish finding: accepted with its clip; the stall: rejected and then suppressed.
        const auto byCamera = [&](const char *camera) {
            for (const auto &c : *findings)
                if (c.cameraId == QLatin1String(camera))
                    return c;
            return Analytics::Candidate{};
        };
        const Analytics::Candidate rubbish = byCamera("cam02"), stall = byCamera("cam01");
        QVERIFY2(!rubbish.clipFile.isEmpty(), "the recorder had the span: a clip was cut");
        QVERIFY(QFileInfo(rubbish.clipFile).size() == rubbish.clipSize);
        QVERIFY(rubbish.clipStart <= rubbish.since
                && rubbish.clipEnd <= rubbish.detectedAt.addSecs(1));
        Cases::CaseClips clips(*m_f.service, *m_f.db);
        Analytics::CandidateReview review(store, *m_f.service, clips, *m_f.db);
        auto accepted = review.accept(rubbish.id, m_f.op);
        CC_VERIFY_OK(accepted);
        QVERIFY2(accepted->clipAttached, qPrintable(accepted->clipError));
        QCOMPARE(accepted->caseRow.channel, QStringLiteral("video"));
        QCOMPARE(accepted->caseRow.categoryKey, QStringLiteral("event:0102"));
        QCOMPARE(m_f.service->attachments(accepted->caseRow.id)->size(), 1);
        QCOMPARE(clips.forCase(accepted->caseRow.id)->size(), 1);

        CC_VERIFY_OK(review.reject(stall.id, m_f.op, QStringLiteral("演示")));
        Analytics::Candidate again = stall;
        again.detectedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(codeOf(store.addCandidate(again)), QStringLiteral("analytics.suppressed"));
    }
};

QTEST_GUILESS_MAIN(TstAnalyticsCamsim)
#include "tst_analytics_camsim.moc"
