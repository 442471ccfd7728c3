// SPDX-License-Identifier: GPL-3.0-or-later
// Zones and findings in the local database (docs/video.md "Video analytics"): what the store
// refuses whoever writes, the suppression of a rejected object, and the operator's accept
// (a video case through the real case service, with the snapshot and the clip) and reject.
#include "../cases/casefixture.h"

#include <cc/analytics/analyticsrunner.h>
#include <cc/analytics/analyticsstore.h>
#include <cc/analytics/candidatereview.h>
#include <cc/storage/repositories.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>

using namespace Cc;
using namespace Cc::Analytics;
using namespace CcTest;

namespace {

QByteArray jpeg(int size = 64)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(QColor(90, 120, 60));
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return out;
}

Zone zoneOf(const QString &camera, ZoneKind kind = ZoneKind::Rubbish)
{
    Zone z;
    z.cameraId = camera;
    z.name = QStringLiteral("垃圾点");
    z.kind = kind;
    z.polygon = {QPointF(0.1, 0.5), QPointF(0.5, 0.5), QPointF(0.5, 0.9), QPointF(0.1, 0.9)};
    z.dwellSeconds = 60;
    return z;
}

} // namespace

class TstAnalyticsStore : public QObject
{
    Q_OBJECT

    Fixture m_f;
    std::unique_ptr<AnalyticsStore> m_store;
    const QString m_camera = QStringLiteral("cam-1");

    Candidate candidateIn(const Zone &zone, const QRectF &box = QRectF(0.2, 0.6, 0.1, 0.1),
                          const QDateTime &at = QDateTime::currentDateTimeUtc())
    {
        Candidate c;
        c.cameraId = zone.cameraId;
        c.zoneId = zone.id;
        c.since = at.addSecs(-60);
        c.detectedAt = at;
        c.box = box;
        c.snapshotJpeg = jpeg();
        return c;
    }

private slots:
    void init()
    {
        m_store.reset();
        m_f.setUp();
        QVERIFY(!QTest::currentTestFailed());
        Storage::SpatialRepository spatial(*m_f.db);
        Storage::CameraRow camera{m_camera,
                                  {},
                                  QStringLiteral("人民路口"),
                                  QStringLiteral("rtsp://x/main"),
                                  QStringLiteral("rtsp://x/sub"),
                                  kGridA,
                                  {},
                                  false,
                                  QPointF(kX0 + 0.0001, kY0 + 0.0001)};
        QVERIFY(spatial.insert(camera));
        m_store = std::make_unique<AnalyticsStore>(*m_f.db);
    }

    void zoneRoundTrip()
    {
        auto saved = m_store->saveZone(zoneOf(m_camera));
        CC_VERIFY_OK(saved);
        QVERIFY(!saved->id.isEmpty());
        auto zones = m_store->zones(m_camera);
        CC_VERIFY_OK(zones);
        QCOMPARE(zones->size(), 1);
        QCOMPARE(zones->first().polygon, saved->polygon);
        QCOMPARE(zones->first().kind, ZoneKind::Rubbish);
        QCOMPARE(zones->first().dwellSeconds, 60);
        Zone edited = *saved;
        edited.dwellSeconds = 120;
        CC_VERIFY_OK(m_store->saveZone(edited));
        QCOMPARE(m_store->zone(saved->id)->dwellSeconds, 120);
        CC_VERIFY_OK(m_store->retireZone(saved->id));
        QCOMPARE(m_store->zones(m_camera)->size(), 0);
    }

    void zoneRefusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("code");
        QTest::newRow("no camera") << 0 << "analytics.bad-zone";
        QTest::newRow("no name") << 1 << "analytics.bad-zone";
        QTest::newRow("two corners") << 2 << "analytics.bad-zone";
        QTest::newRow("33 corners") << 3 << "analytics.bad-zone";
        QTest::newRow("corner outside the picture") << 4 << "analytics.bad-zone";
        QTest::newRow("degenerate") << 5 << "analytics.bad-zone";
        QTest::newRow("dwell 2 s") << 6 << "analytics.bad-zone";
        QTest::newRow("dwell 2 days") << 7 << "analytics.bad-zone";
        QTest::newRow("unknown id") << 8 << "analytics.unknown-zone";
        QTest::newRow("NaN corner") << 9 << "analytics.bad-zone";
    }
    void zoneRefusals()
    {
        QFETCH(int, which);
        QFETCH(QString, code);
        Zone z = zoneOf(m_camera);
        switch (which) {
        case 0:
            z.cameraId.clear();
            break;
        case 1:
            z.name = QStringLiteral("  ");
            break;
        case 2:
            z.polygon.resize(2);
            break;
        case 3:
            z.polygon.clear();
            for (int i = 0; i < 33; ++i)
                z.polygon << QPointF(0.5 + 0.4 * std::cos(i * 0.19),
                                     0.5 + 0.4 * std::sin(i * 0.19));
            break;
        case 4:
            z.polygon[1] = QPointF(1.2, 0.5);
            break;
        case 5:
            z.polygon = {QPointF(0.1, 0.1), QPointF(0.5, 0.5), QPointF(0.9, 0.9)};
            break;
        case 6:
            z.dwellSeconds = 2;
            break;
        case 7:
            z.dwellSeconds = 2 * 86400;
            break;
        case 8:
            z.id = QStringLiteral("nope");
            break;
        case 9:
            z.polygon[0] = QPointF(std::nan(""), 0.5);
            break;
        }
        QCOMPARE(codeOf(m_store->saveZone(z)), code);
        QCOMPARE(m_f.db->rowCount(QStringLiteral("analytics_zone")), qint64(0));
    }

    void atMostEightZonesPerCamera()
    {
        for (int i = 0; i < Limits::kMaxZonesPerCamera; ++i)
            CC_VERIFY_OK(m_store->saveZone(zoneOf(m_camera)));
        QCOMPARE(codeOf(m_store->saveZone(zoneOf(m_camera))),
                 QStringLiteral("analytics.too-many-zones"));
        CC_VERIFY_OK(m_store->saveZone(zoneOf(QStringLiteral("cam-2"))));
    }

    void candidateRefusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("code");
        QTest::newRow("no snapshot") << 0 << "analytics.bad-candidate";
        QTest::newRow("not a JPEG") << 1 << "analytics.bad-candidate";
        QTest::newRow("snapshot over 256 KB") << 2 << "analytics.snapshot-too-large";
        QTest::newRow("box outside the picture") << 3 << "analytics.bad-candidate";
        QTest::newRow("since after detected") << 4 << "analytics.bad-candidate";
        QTest::newRow("unknown zone") << 5 << "analytics.unknown-zone";
        QTest::newRow("another camera's zone") << 6 << "analytics.unknown-zone";
        QTest::newRow("retired zone") << 7 << "analytics.unknown-zone";
    }
    void candidateRefusals()
    {
        QFETCH(int, which);
        QFETCH(QString, code);
        auto zone = m_store->saveZone(zoneOf(m_camera));
        CC_VERIFY_OK(zone);
        Candidate c = candidateIn(*zone);
        switch (which) {
        case 0:
            c.snapshotJpeg.clear();
            break;
        case 1:
            c.snapshotJpeg = QByteArray(1000, 'x');
            break;
        case 2:
            c.snapshotJpeg = QByteArray("\xFF\xD8\xFF") + QByteArray(300 * 1024, 'x')
                             + QByteArray("\xFF\xD9");
            break;
        case 3:
            c.box = QRectF(0.9, 0.9, 0.3, 0.3);
            break;
        case 4:
            c.since = c.detectedAt.addSecs(1);
            break;
        case 5:
            c.zoneId = QStringLiteral("nope");
            break;
        case 6:
            c.cameraId = QStringLiteral("cam-2");
            break;
        case 7:
            QVERIFY(m_store->retireZone(zone->id));
            break;
        }
        QCOMPARE(codeOf(m_store->addCandidate(c)), code);
        QCOMPARE(m_f.db->rowCount(QStringLiteral("analytics_candidate")), qint64(0));
    }

    void sameObjectRaisedOnce()
    {
        auto zone = m_store->saveZone(zoneOf(m_camera));
        CC_VERIFY_OK(zone);
        auto first = m_store->addCandidate(candidateIn(*zone));
        CC_VERIFY_OK(first);
        QCOMPARE(first->kind, ZoneKind::Rubbish); // the zone's, whatever the caller said
        // The same object again (moved a little): a duplicate while pending.
        QCOMPARE(codeOf(m_store->addCandidate(candidateIn(*zone, QRectF(0.21, 0.61, 0.1, 0.1)))),
                 QStringLiteral("analytics.duplicate"));
        // Its lower part found apart (a stall's cart under its awning): the same object.
        QCOMPARE(codeOf(m_store->addCandidate(candidateIn(*zone, QRectF(0.2, 0.7, 0.1, 0.04)))),
                 QStringLiteral("analytics.duplicate"));
        // And a larger part found after a small one (the awning after the cart).
        auto cart = m_store->addCandidate(candidateIn(*zone, QRectF(0.3, 0.8, 0.05, 0.04)));
        CC_VERIFY_OK(cart);
        QCOMPARE(codeOf(m_store->addCandidate(candidateIn(*zone, QRectF(0.27, 0.7, 0.11, 0.1)))),
                 QStringLiteral("analytics.duplicate"));
        // Another object elsewhere in the zone is a finding of its own.
        CC_VERIFY_OK(m_store->addCandidate(candidateIn(*zone, QRectF(0.42, 0.55, 0.06, 0.08))));
        QCOMPARE(m_store->candidates(Candidate::State::Pending)->size(), 3);
    }

    void acceptFilesVideoCaseWithEvidence()
    {
        auto zone = m_store->saveZone(zoneOf(m_camera));
        CC_VERIFY_OK(zone);
        auto c = m_store->addCandidate(candidateIn(*zone));
        CC_VERIFY_OK(c);
        // The clip the analyser cut (any file will do for the service: it hashes what it gets).
        const QString clipFile = m_f.dir.filePath(QStringLiteral("clip.mp4"));
        QFile f(clipFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'c'));
        f.close();
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(5000, 'c'), QCryptographicHash::Sha256).toHex());
        CC_VERIFY_OK(m_store->setClip(c->id, clipFile, sha, 5000, c->since, c->detectedAt));

        Cases::CaseClips clips(*m_f.service, *m_f.db);
        CandidateReview review(*m_store, *m_f.service, clips, *m_f.db);
        // Collectors and departments do not decide findings.
        QCOMPARE(codeOf(review.accept(c->id, m_f.col)), QStringLiteral("analytics.not-allowed"));
        auto accepted = review.accept(c->id, m_f.op);
        CC_VERIFY_OK(accepted);
        QVERIFY2(accepted->clipAttached, qPrintable(accepted->clipError));
        const Storage::CaseRow &row = accepted->caseRow;
        QCOMPARE(row.channel, QStringLiteral("video"));
        QCOMPARE(row.categoryKey, QStringLiteral("event:0102"));
        QCOMPARE(row.gridCode, kGridA);
        auto details = m_f.service->details(row.id);
        CC_VERIFY_OK(details);
        auto attachments = m_f.service->attachments(row.id);
        CC_VERIFY_OK(attachments);
        QCOMPARE(attachments->size(), 1);
        QCOMPARE(attachments->first().kind, QStringLiteral("snapshot"));
        QCOMPARE(attachments->first().mime, QStringLiteral("image/jpeg"));
        QCOMPARE(*m_f.service->attachmentData(attachments->first().sha256), c->snapshotJpeg);
        auto caseClips = clips.forCase(row.id);
        CC_VERIFY_OK(caseClips);
        QCOMPARE(caseClips->size(), 1);
        QCOMPARE(caseClips->first().sha256, sha);
        auto after = m_store->candidate(c->id);
        QCOMPARE(after->state, Candidate::State::Accepted);
        QCOMPARE(after->caseId, row.id);
        // Twice: refused, and no second case.
        const qint64 cases = m_f.db->rowCount(QStringLiteral("case_record"));
        QCOMPARE(codeOf(review.accept(c->id, m_f.op)), QStringLiteral("analytics.already-decided"));
        QCOMPARE(codeOf(review.reject(c->id, m_f.op)), QStringLiteral("analytics.already-decided"));
        QCOMPARE(m_f.db->rowCount(QStringLiteral("case_record")), cases);
        // The object is under way as a case: not raised again in this zone.
        QCOMPARE(codeOf(m_store->addCandidate(candidateIn(*zone))),
                 QStringLiteral("analytics.duplicate"));
    }

    void refusedCaseLeavesFindingPending()
    {
        // A camera whose table row says grid A but stands in grid B: the case service
        // refuses the report, and the finding stays as it was, with no case and no clip row.
        Storage::SpatialRepository spatial(*m_f.db);
        QVERIFY(spatial.insert(Storage::CameraRow{QStringLiteral("cam-b"),
                                                  {},
                                                  QStringLiteral("东街"),
                                                  {},
                                                  QStringLiteral("rtsp://x/sub"),
                                                  kGridA,
                                                  {},
                                                  false,
                                                  QPointF(kX1 + 0.0003, kY0 + 0.0003)}));
        auto zone = m_store->saveZone(zoneOf(QStringLiteral("cam-b")));
        CC_VERIFY_OK(zone);
        auto c = m_store->addCandidate(candidateIn(*zone));
        CC_VERIFY_OK(c);
        Cases::CaseClips clips(*m_f.service, *m_f.db);
        CandidateReview review(*m_store, *m_f.service, clips, *m_f.db);
        QCOMPARE(codeOf(review.accept(c->id, m_f.op)), QStringLiteral("case.point-outside-grid"));
        QCOMPARE(m_store->candidate(c->id)->state, Candidate::State::Pending);
        QCOMPARE(m_f.db->rowCount(QStringLiteral("case_record")), qint64(0));
    }

    void rejectSuppressesTheSameObject()
    {
        auto zone = m_store->saveZone(zoneOf(m_camera));
        CC_VERIFY_OK(zone);
        const QDateTime t = QDateTime::currentDateTimeUtc();
        auto c = m_store->addCandidate(candidateIn(*zone, QRectF(0.2, 0.6, 0.1, 0.1), t));
        CC_VERIFY_OK(c);
        Cases::CaseClips clips(*m_f.service, *m_f.db);
        CandidateReview review(*m_store, *m_f.service, clips, *m_f.db);
        CC_VERIFY_OK(review.reject(c->id, m_f.op, QStringLiteral("是报刊亭，不是摊位"), t));
        QCOMPARE(m_store->candidate(c->id)->state, Candidate::State::Rejected);
        // The same object, an hour later: suppressed.
        QCOMPARE(codeOf(m_store->addCandidate(
                     candidateIn(*zone, QRectF(0.205, 0.6, 0.1, 0.1), t.addSecs(3600)))),
                 QStringLiteral("analytics.suppressed"));
        // Another place in the zone, or the same place after the suppression period: raised.
        CC_VERIFY_OK(m_store->addCandidate(
            candidateIn(*zone, QRectF(0.4, 0.8, 0.05, 0.05), t.addSecs(3600))));
        CC_VERIFY_OK(m_store->addCandidate(
            candidateIn(*zone, QRectF(0.2, 0.6, 0.1, 0.1),
                        t.addSecs(AnalyticsStore::kSuppressHours * 3600 + 60))));
        QCOMPARE(m_f.db->rowCount(QStringLiteral("case_record")), qint64(0));
    }

    void serviceLimits()
    {
        // More than 5 pictures a second per camera: refused before anything starts.
        Analytics::AnalyticsRunner::Config config;
        config.analyser.fps = 6;
        QCOMPARE(codeOf(Analytics::AnalyticsRunner::create(*m_f.db, config)),
                 QStringLiteral("analytics.bad-option"));
        config.analyser.fps = 0;
        QCOMPARE(codeOf(Analytics::AnalyticsRunner::create(*m_f.db, config)),
                 QStringLiteral("analytics.bad-option"));
        // 18 cameras with zones, one of them without a stream URL: 16 are taken.
        config.analyser.fps = 5;
        for (int i = 0; i < 18; ++i) {
            const QString camera = QStringLiteral("c%1").arg(i, 2, 10, QLatin1Char('0'));
            if (i > 0)
                config.urls.insert(camera, QStringLiteral("rtsp://127.0.0.1:9/%1/sub").arg(camera));
            CC_VERIFY_OK(m_store->saveZone(zoneOf(camera)));
        }
        auto runner = Analytics::AnalyticsRunner::create(*m_f.db, config);
        CC_VERIFY_OK(runner);
        QStringList refused;
        auto taken = (*runner)->reload(&refused);
        CC_VERIFY_OK(taken);
        QCOMPARE(*taken, Limits::kMaxCameras);
        QCOMPARE(refused, (QStringList{QStringLiteral("c00"), QStringLiteral("c17")}));
        // A camera whose zones are retired is let go at the next reload.
        const auto c01 = m_store->zones(QStringLiteral("c01"));
        CC_VERIFY_OK(c01);
        QCOMPARE(c01->size(), 1);
        for (const Zone &z : *c01)
            CC_VERIFY_OK(m_store->retireZone(z.id));
        refused.clear();
        QCOMPARE(*(*runner)->reload(&refused), Limits::kMaxCameras);
        QVERIFY(!(*runner)->analyser(QStringLiteral("c01")));
        QVERIFY((*runner)->analyser(QStringLiteral("c17")));
        QCOMPARE(refused, QStringList{QStringLiteral("c00")});
    }

    void queueFullPerZone()
    {
        auto zone = m_store->saveZone(zoneOf(m_camera));
        CC_VERIFY_OK(zone);
        for (int i = 0; i < Limits::kMaxPendingPerZone; ++i) {
            const double x = 0.1 + (i % 10) * 0.04, y = 0.5 + (i / 10) * 0.2;
            CC_VERIFY_OK(m_store->addCandidate(candidateIn(*zone, QRectF(x, y, 0.03, 0.03))));
        }
        QCOMPARE(codeOf(m_store->addCandidate(candidateIn(*zone, QRectF(0.45, 0.85, 0.02, 0.02)))),
                 QStringLiteral("analytics.queue-full"));
    }
};

QTEST_GUILESS_MAIN(TstAnalyticsStore)
#include "tst_analyticsstore.moc"
