// SPDX-License-Identifier: GPL-3.0-or-later
// The operator's queue of video-analytics findings (视频发现, docs/video.md "Video analytics"):
// what another process wrote appears by itself; Accept files the case through the real case
// service; Reject takes it off the queue and suppresses the object; nobody logged in decides
// nothing.
#include "../unit/cases/casefixture.h"

#include <cc/analytics_widgets/candidatequeue.h>

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace Cc;
using namespace CcTest;

namespace {

QByteArray jpeg()
{
    QImage image(160, 90, QImage::Format_RGB32);
    image.fill(QColor(120, 80, 40));
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return out;
}

} // namespace

class TstCandidateQueue : public QObject
{
    Q_OBJECT

    Fixture m_f;
    std::unique_ptr<Analytics::AnalyticsStore> m_store;
    Analytics::Zone m_zone;

    bool raise(const QRectF &box)
    {
        Analytics::Candidate c;
        c.cameraId = QStringLiteral("cam-1");
        c.zoneId = m_zone.id;
        c.detectedAt = QDateTime::currentDateTimeUtc();
        c.since = c.detectedAt.addSecs(-120);
        c.box = box;
        c.snapshotJpeg = jpeg();
        return bool(m_store->addCandidate(c));
    }

private slots:
    void init()
    {
        m_f.setUp();
        QVERIFY(!QTest::currentTestFailed());
        Storage::SpatialRepository spatial(*m_f.db);
        QVERIFY(spatial.insert(Storage::CameraRow{QStringLiteral("cam-1"),
                                                  {},
                                                  QStringLiteral("人民路口"),
                                                  {},
                                                  QStringLiteral("rtsp://x/sub"),
                                                  kGridA,
                                                  {},
                                                  false,
                                                  QPointF(kX0 + 0.0001, kY0 + 0.0001)}));
        m_store = std::make_unique<Analytics::AnalyticsStore>(*m_f.db);
        Analytics::Zone z;
        z.cameraId = QStringLiteral("cam-1");
        z.name = QStringLiteral("菜场门口");
        z.kind = Analytics::ZoneKind::Rubbish;
        z.polygon = {QPointF(0, 0.5), QPointF(1, 0.5), QPointF(1, 1), QPointF(0, 1)};
        z.dwellSeconds = 300;
        auto saved = m_store->saveZone(z);
        CC_VERIFY_OK(saved);
        m_zone = *saved;
    }

    void acceptAndReject()
    {
        Cases::CaseClips clips(*m_f.service, *m_f.db);
        Analytics::CandidateReview review(*m_store, *m_f.service, clips, *m_f.db);
        AnalyticsWidgets::CandidateQueue queue(*m_store, review, *m_f.db,
                                               [this] { return std::optional(m_f.op); });
        queue.setCameraNames({{QStringLiteral("cam-1"), QStringLiteral("人民路口")}});
        queue.resize(1000, 500);
        queue.show();
        auto *table = queue.findChild<QTableWidget *>(QStringLiteral("candidates"));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!queue.findChild<QPushButton *>(QStringLiteral("accept"))->isEnabled());

        // cityvision writes through its own connection: the queue sees the commits itself.
        auto other = Storage::Database::open(m_f.db->path(),
                                             Storage::Database::OpenMode::ReadWrite);
        CC_VERIFY_OK(other);
        Analytics::AnalyticsStore otherStore(**other);
        {
            Analytics::Candidate c;
            c.cameraId = QStringLiteral("cam-1");
            c.zoneId = m_zone.id;
            c.detectedAt = QDateTime::currentDateTimeUtc();
            c.since = c.detectedAt.addSecs(-120);
            c.snapshotJpeg = jpeg();
            c.box = QRectF(0.1, 0.6, 0.1, 0.1);
            CC_VERIFY_OK(otherStore.addCandidate(c));
            c.box = QRectF(0.6, 0.6, 0.1, 0.1);
            CC_VERIFY_OK(otherStore.addCandidate(c));
        }
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 10000);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("人民路口"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("菜场门口"));
        QVERIFY(!table->item(0, 0)->icon().isNull());
        QVERIFY(queue.findChild<QLabel *>(QStringLiteral("preview"))->pixmap().width() > 0);

        QSignalSpy filed(&queue, &AnalyticsWidgets::CandidateQueue::caseFiled);
        table->selectRow(0);
        queue.findChild<QPushButton *>(QStringLiteral("accept"))->click();
        QCOMPARE(filed.count(), 1);
        QCOMPARE(table->rowCount(), 1);
        auto row = m_f.service->find(filed.first().first().toString());
        CC_VERIFY_OK(row);
        QCOMPARE(row->channel, QStringLiteral("video"));

        QVERIFY(queue.rejectSelected(QStringLiteral("不是垃圾")));
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(queue.pendingCount(), 0);
        QCOMPARE(m_store->candidates(Analytics::Candidate::State::Rejected)->size(), 1);
    }

    void nobodyLoggedInDecidesNothing()
    {
        QVERIFY(raise(QRectF(0.2, 0.6, 0.1, 0.1)));
        Cases::CaseClips clips(*m_f.service, *m_f.db);
        Analytics::CandidateReview review(*m_store, *m_f.service, clips, *m_f.db);
        AnalyticsWidgets::CandidateQueue queue(*m_store, review, *m_f.db,
                                               [] { return std::optional<Cases::Actor>(); });
        QCOMPARE(queue.pendingCount(), 1);
        QVERIFY(!queue.acceptSelected());
        QVERIFY(!queue.rejectSelected({}));
        QVERIFY(queue.message().contains(QStringLiteral("Log in")));
        QCOMPARE(queue.pendingCount(), 1);
        QCOMPARE(m_f.db->rowCount(QStringLiteral("case_record")), qint64(0));
    }
};

QTEST_MAIN(TstCandidateQueue)
#include "tst_candidatequeue.moc"
