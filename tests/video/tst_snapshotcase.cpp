// SPDX-License-Identifier: GPL-3.0-or-later
// A tile's snapshot filed as evidence of a new case (channel: video) through the real case
// service: camera, time and place filled in, the PNG stored as a "snapshot" attachment.
#include "../unit/cases/casefixture.h"
#include "camsimprocess.h"

#include <cc/video_quick/snapshotreport.h>
#include <cc/video_quick/wallcontroller.h>

#include "resultcheck.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Cc;
using namespace CcTest;
using State = Video::CameraStream::State;

class TstSnapshotCase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_sim.start(1) > 0);
        m_fixture.setUp();
    }

    void reportFromTile()
    {
        Storage::CameraRow camera;
        camera.id = QStringLiteral("cam-a");
        camera.name = QStringLiteral("人民路与建设路路口");
        camera.urlMain = m_sim.url(1, "main");
        camera.urlSub = m_sim.url(1, "sub");
        camera.gridCode = kGridA;
        camera.geom = QPointF((kX0 + kX1) / 2, (kY0 + kY1) / 2);

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("wall.ini")), QSettings::IniFormat);
        VideoQuick::WallController wall(settings);
        wall.setCameras({camera});
        wall.restore();
        QVERIFY(!wall.canReportCases());
        QSignalSpy reported(&wall, &VideoQuick::WallController::caseReported);
        wall.reportCase(0, kRubbish, {}); // nobody logged in: refused, said why
        QVERIFY(wall.message().contains(QLatin1String("Log in")));

        wall.setCaseReporter(
            [this](const Cases::NewReport &r) -> Result<QString> {
                auto row = m_fixture.service->report(r, m_fixture.op);
                if (!row)
                    return row.error();
                return row->number;
            },
            Core::CategoryDictionary::builtin());
        QVERIFY(wall.canReportCases());
        QVERIFY(!wall.reportCategories().isEmpty());
        // A grid tile plays the sub-stream; the evidence is still the full 1280×720 picture.
        QTRY_COMPARE_WITH_TIMEOUT(wall.tile(0)->stateCode(), int(State::Playing), 60000);
        QVERIFY(!wall.tile(0)->onMain());

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
        wall.reportCase(0, kRubbish, QStringLiteral("路口有暴露垃圾"));
        QTRY_COMPARE_WITH_TIMEOUT(reported.count(), 1, 30000);
        const QString number = reported.first().first().toString();
        QVERIFY2(!number.isEmpty(), qPrintable(wall.message()));
        QVERIFY(wall.message().contains(number));

        auto details = m_fixture.service->details(number);
        QVERIFY(details);
        const Storage::CaseRow &row = details->record;
        QCOMPARE(row.channel, QStringLiteral("video"));
        QCOMPARE(row.gridCode, kGridA);
        QCOMPARE(row.address, camera.name);
        QCOMPARE(row.description, QStringLiteral("路口有暴露垃圾"));
        QVERIFY(row.reportedAt >= before
                && row.reportedAt <= QDateTime::currentDateTimeUtc().addSecs(5));
        QCOMPARE(details->attachments.size(), 1);
        const auto &att = details->attachments.first();
        QCOMPARE(att.row.kind, QStringLiteral("snapshot"));
        QCOMPARE(att.row.mime, QStringLiteral("image/png"));
        const QImage evidence = QImage::fromData(att.data, "PNG");
        QCOMPARE(evidence.size(), QSize(1280, 720));
        QCOMPARE(evidence.text(QStringLiteral("Camera")), camera.name);
    }

    void noPictureNoCase()
    {
        Storage::CameraRow camera;
        camera.name = QStringLiteral("x");
        auto r = VideoQuick::snapshotReport(camera, QVideoFrame(), QDateTime::currentDateTimeUtc(),
                                            kRubbish, {});
        QVERIFY(!r);
        QCOMPARE(CcTest::codeOf(r), QStringLiteral("video.no-frame"));
    }

private:
    CamSimProcess m_sim;
    Fixture m_fixture;
};

QTEST_MAIN(TstSnapshotCase)
#include "tst_snapshotcase.moc"
