// SPDX-License-Identifier: GPL-3.0-or-later
// The map's 热点 tab (docs/hotspots.md): toggling the layer draws the cells the logic counted and
// clears them again; the category narrows it; 老不改 places are marked, highlighted and open
// their cases.
#include <cc/city/citycontext.h>
#include <cc/map_widgets/hotspotpanel.h>
#include <cc/map_widgets/mappanel.h>

#include "../../app/common/appsupport.h"
#include "democityfixture.h"
#include "resultcheck.h"

#include <QApplication>
#include <QCheckBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Cc;
using namespace Cc::MapWidgets;

class TestHotspotPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<City::CityContext> m_city;
    std::unique_ptr<MapPanel> m_panel;

    HotspotPanel *hotspots() const { return m_panel->hotspots(); }

private slots:
    void initTestCase()
    {
        QCOMPARE(App::installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        auto db = makeDemoCity(m_dir.filePath(QStringLiteral("city.gpkg")), 3000, 80);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        m_city = std::move(city).value();
        m_panel = std::make_unique<MapPanel>(*m_db, QStringLiteral("dp01"), false);
        QVERIFY(!m_panel->hotspots()); // no city yet: no tab
        m_panel->setCity(*m_city);
        QVERIFY(hotspots());
        m_panel->resize(1366, 760);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        m_city.reset();
        m_db.reset();
    }

    void toggleDrawsAndClears()
    {
        auto *tabs = m_panel->findChild<QTabWidget *>(QStringLiteral("mapSideTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(1), QStringLiteral("热点"));
        hotspots()->setPeriod(QDate(2026, 1, 1), QDate(2026, 11, 23));
        QVERIFY(m_panel->canvas()->density().isEmpty()); // off until toggled

        auto *toggle = hotspots()->findChild<QCheckBox *>(QStringLiteral("hotspotToggle"));
        QVERIFY(toggle);
        tabs->setCurrentWidget(hotspots());
        QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
        QVERIFY(hotspots()->isLayerVisible());
        const Cases::HotspotLayer &layer = hotspots()->layer();
        QVERIFY(layer.total > 1000);
        QCOMPARE(m_panel->canvas()->density().size(), layer.cells.size());
        qint64 sum = 0;
        for (const Cases::HotspotCell &c : layer.cells)
            sum += c.count;
        QCOMPARE(sum, layer.total);
        // The busiest cell has the legend's darkest colour, a cell of the lowest class the lightest.
        QCOMPARE(m_panel->canvas()->density().first().fill,
                 HotspotPanel::classColor(int(layer.breaks.size()) - 1, int(layer.breaks.size())));
        QVERIFY(hotspots()->statusText().contains(QString::number(layer.total)));
        QVERIFY(!hotspots()
                     ->findChild<QWidget *>(QStringLiteral("hotspotLegend"))
                     ->findChildren<QWidget *>()
                     .isEmpty());
        m_panel->canvas()->renderNow();
        QVERIFY(!m_panel->canvas()->grab().isNull());

        QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
        QVERIFY(!hotspots()->isLayerVisible());
        QVERIFY(m_panel->canvas()->density().isEmpty());
        QVERIFY(m_panel->canvas()->placeMarks().isEmpty());
    }

    void categoryNarrowsTheLayer()
    {
        hotspots()->setLayerVisible(true);
        const qint64 all = hotspots()->layer().total;
        QVERIFY(hotspots()->setCategory(QStringLiteral("event:0102")));
        const qint64 rubbish = hotspots()->layer().total;
        QVERIFY(rubbish > 0 && rubbish < all);
        QVERIFY(!hotspots()->setCategory(QStringLiteral("event:9999")));
        QVERIFY(hotspots()->setCategory(QString()));
        QCOMPARE(hotspots()->layer().total, all);
    }

    void recurringPlacesAreMarkedAndOpen()
    {
        hotspots()->setLayerVisible(true);
        const Cases::RecurringList &list = hotspots()->recurring();
        QVERIFY(!list.reopened.isEmpty()); // the demo's 返工 cases
        auto *tree = hotspots()->findChild<QTreeWidget *>(QStringLiteral("recurringList"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(),
                 std::min<qsizetype>(500, list.places.size()) + list.reopened.size());
        QCOMPARE(m_panel->canvas()->placeMarks().size(), list.places.size());
        QSignalSpy open(m_panel.get(), &MapPanel::openCaseRequested);
        if (!list.places.isEmpty()) {
            tree->setCurrentItem(tree->topLevelItem(0));
            QCOMPARE(m_panel->canvas()->placeMarks().first().selected, true);
            QCOMPARE(m_panel->canvas()->placeMarks().first().count,
                     int(list.places.first().reports.size()));
            emit tree->itemDoubleClicked(tree->topLevelItem(0)->child(0), 0);
            QCOMPARE(open.size(), 1);
            QCOMPARE(open.first().first().toString(), list.places.first().reports.first().caseId);
        }
        QTreeWidgetItem *reworked = tree->topLevelItem(tree->topLevelItemCount() - 1);
        emit tree->itemDoubleClicked(reworked, 0);
        QCOMPARE(open.last().first().toString(), list.reopened.last().report.caseId);
    }
};

QTEST_MAIN(TestHotspotPanel)
#include "tst_hotspotpanel.moc"
