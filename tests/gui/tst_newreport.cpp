// SPDX-License-Identifier: GPL-3.0-or-later
// The command-hall window as an operator uses it: Ctrl+N opens the intake dialog from every
// tab and from the video wall's window; a user who does not register reports is told so.
#include "../../app/common/appsupport.h"
#include "../../app/gui/mainwindow.h"
#include "democityfixture.h"
#include "desksession.h"
#include "resultcheck.h"

#include <cc/cases/caseservice.h>
#include <cc/cases_widgets/casepanel.h>
#include <cc/cases_widgets/intakedialog.h>
#include <cc/city/citycontext.h>
#include <cc/video_quick/videowall.h>

#include <QDockWidget>
#include <QLabel>
#include <QQuickWindow>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Cc;

class tst_NewReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<City::CityContext> m_city;
    std::unique_ptr<Cases::CaseService> m_service;

    /// Presses Ctrl+N in `target`; true when the intake dialog opened (it is closed again).
    static bool ctrlNOpensIntake(QWidget *target)
    {
        bool opened = false;
        whenShown<CasesWidgets::IntakeDialog>([&opened](CasesWidgets::IntakeDialog *d) {
            opened = true;
            d->reject();
        });
        QTest::keyClick(target, Qt::Key_N, Qt::ControlModifier);
        QTest::qWait(20); // the singleShot above, when no dialog came
        return opened;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(App::installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        auto db = makeDemoCity(m_dir.filePath(QStringLiteral("city.gpkg")), 80, 40);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        m_city = std::move(city).value();
        m_service = std::make_unique<Cases::CaseService>(*m_db, m_city->categories(),
                                                         m_city->calendar());
    }

    void ctrlNFromEveryTab()
    {
        const Cases::Session op = deskSession(*m_db, QStringLiteral("op01"));
        App::MainWindow window(*m_city, *m_service, &op);
        window.resize(1366, 768);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs && tabs->count() == 7); // with 专项整治 and 视频发现
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            // The key goes to whatever has the focus on that tab.
            tabs->currentWidget()->setFocus();
            QApplication::setActiveWindow(&window); // a closed dialog leaves none active offscreen
            QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
            QVERIFY2(ctrlNOpensIntake(focus), qPrintable(tabs->tabText(i)));
            // The dialog belongs to the workbench: that tab is shown.
            QCOMPARE(tabs->currentIndex(), 0);
        }
    }

    void ctrlNFromTheVideoWall()
    {
        const Cases::Session op = deskSession(*m_db, QStringLiteral("op01"));
        App::MainWindow window(*m_city, *m_service, &op);
        window.show();
        VideoQuick::VideoWall *wall = window.openVideoWall();
        QVERIFY(wall && wall->window());
        QVERIFY(QTest::qWaitForWindowExposed(wall->window()));
        wall->window()->requestActivate();
        QTRY_COMPARE(QGuiApplication::focusWindow(), wall->window());
        bool opened = false;
        // The Quick window hands the key on from its event loop: answer a little later.
        whenShown<CasesWidgets::IntakeDialog>(
            [&opened](CasesWidgets::IntakeDialog *d) {
                opened = true;
                d->reject();
            },
            200);
        QTest::keyClick(wall->window(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(opened);
    }

    void ctrlNTellsWhoRegistersReports()
    {
        const Cases::Session dp = deskSession(*m_db, QStringLiteral("dp01"));
        QVERIFY(!dp.has(Core::Role::Operator) && !dp.has(Core::Role::Collector));
        App::MainWindow window(*m_city, *m_service, &dp);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(!ctrlNOpensIntake(&window));
        auto *panel = window.findChild<CasesWidgets::CasePanel *>();
        QVERIFY(panel->statusText().contains(QStringLiteral("受理员")));
    }

    void overviewFoldsAwayOnASmallDesk()
    {
        const Cases::Session op = deskSession(*m_db, QStringLiteral("op01"));
        App::MainWindow window(*m_city, *m_service, &op);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("overviewDock"));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!dock->isVisible());
        window.resize(1920, 1080);
        QTRY_VERIFY(dock->isVisible());
    }
};

QTEST_MAIN(tst_NewReport)
#include "tst_newreport.moc"
