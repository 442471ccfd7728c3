// SPDX-License-Identifier: GPL-3.0-or-later
// The shell's overview widgets against a small demo city: every figure shown is the
// database's, and the overview map draws what is there.
#include <cc/city/citycontext.h>
#include <cc/demogen/democity.h>
#include <cc/overview/cityoverviewmap.h>
#include <cc/overview/citysnapshot.h>
#include <cc/overview/overviewpanel.h>
#include <cc/storage/database.h>

#include <QLabel>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include "democityfixture.h"
#include "resultcheck.h"

using namespace Cc;

class tst_Overview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = makeDemoCity(m_dir.filePath(QStringLiteral("city.gpkg")), 400, 1500);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        // "Now" a few hours after the simulated year ends: some open cases are overdue.
        m_now = QDateTime(QDate(2026, 11, 23), QTime(18, 0), QTimeZone("Asia/Shanghai"))
                    .addSecs(6 * 3600)
                    .toUTC();
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        m_city = std::move(city).value();
        auto snapshot = Overview::loadSnapshot(*m_city, m_now);
        CC_VERIFY_OK(snapshot);
        m_snapshot = snapshot.value();
    }

    void panelShowsTheDatabaseFigures_data()
    {
        QTest::addColumn<QString>("tile");
        QTest::addColumn<QString>("sql");
        QTest::newRow("unit-grids") << "unitGrids"
                                    << "SELECT count(*) FROM grid_unit";
        QTest::newRow("responsibility-grids") << "responsibilityGrids"
                                              << "SELECT count(*) FROM grid_responsibility";
        QTest::newRow("communities") << "communities"
                                     << "SELECT count(*) FROM community";
        QTest::newRow("departments") << "departments"
                                     << "SELECT count(*) FROM department";
        QTest::newRow("cameras") << "cameras"
                                 << "SELECT count(*) FROM camera";
        QTest::newRow("components") << "components"
                                    << "SELECT count(*) FROM component";
        QTest::newRow("collectors") << "collectors"
                                    << "SELECT count(*) FROM user_role WHERE role = 'collector'";
        QTest::newRow("open-cases") << "openCases"
                                    << "SELECT count(*) FROM case_record WHERE state NOT IN "
                                       "('closed', 'rejected', 'cancelled')";
        QTest::newRow("hung") << "hung"
                              << "SELECT count(*) FROM case_record WHERE state = 'hung'";
        QTest::newRow("overdue") << "overdue"
                                 << "SELECT count(*) FROM case_record WHERE state NOT IN "
                                    "('closed', 'rejected', 'cancelled') AND stage_deadline < '"
                                        + Storage::isoUtc(m_now) + "'";
    }

    void panelShowsTheDatabaseFigures()
    {
        QFETCH(QString, tile);
        QFETCH(QString, sql);
        Overview::OverviewPanel panel;
        panel.setSnapshot(m_snapshot);
        QLabel *value = nullptr;
        for (QLabel *label : panel.findChildren<QLabel *>()) {
            if (label->property("tileId").toString() == tile)
                value = label;
        }
        QVERIFY2(value, qPrintable(tile));
        auto st = m_db->prepare(sql);
        CC_VERIFY_OK(st);
        QVERIFY(st->step().value());
        QCOMPARE(value->text(), QLocale().toString(st->integer(0)));
    }

    void snapshotHasOverdueAndOpenCases()
    {
        QVERIFY(m_snapshot.overview.openCases > 0);
        QCOMPARE(qint64(m_snapshot.openCases.size()), m_snapshot.overview.openCases);
        QVERIFY(m_snapshot.overview.overdueCases > 0);
        QCOMPARE(m_snapshot.cameras.size(), 30);
        QCOMPARE(m_snapshot.unitGrids.size(), 1738);
        // Overdue list: every row is overdue, most overdue first.
        QVERIFY(!m_snapshot.overdue.isEmpty());
        for (qsizetype i = 0; i < m_snapshot.overdue.size(); ++i) {
            QVERIFY(m_snapshot.overdue[i].overdue);
            if (i > 0)
                QVERIFY(m_snapshot.overdue[i - 1].stageDeadline
                        <= m_snapshot.overdue[i].stageDeadline);
        }
    }

    void mapDrawsCasesAndCameras()
    {
        Overview::CityOverviewMap map;
        map.resize(900, 700);
        map.setSnapshot(&m_snapshot);
        const QImage image = map.grab().toImage();
        int overdueRed = 0, camera = 0;
        for (int y = 0; y < image.height(); y += 1) {
            for (int x = 0; x < image.width(); x += 1) {
                const QColor c = image.pixelColor(x, y);
                if (c == QColor(0xff, 0x4d, 0x4f))
                    ++overdueRed;
                if (c == QColor(0x36, 0xcf, 0xc9))
                    ++camera;
            }
        }
        QVERIFY2(overdueRed > 20, qPrintable(QString::number(overdueRed)));
        QVERIFY2(camera > 30 * 10, qPrintable(QString::number(camera)));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<City::CityContext> m_city;
    Overview::CitySnapshot m_snapshot;
    QDateTime m_now;
};

QTEST_MAIN(tst_Overview)
#include "tst_overview.moc"
