// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the city's one change notifier (issue 17, point 6): the user's own
// step shows in the overview's counts, the newest cases and the workbench's queues at once,
// another workstation's at the notifier's next look, F5 is one shortcut that re-reads
// everything, "updated" is the city's clock, not the machine's, and a new version of the
// centre's rules is taken and announced.
#include "democityfixture.h"
#include "mainwindow.h"

#include <cc/cases_widgets/evaluationview.h>

#include <cc/cases/auth.h>
#include <cc/cases/caseservice.h>
#include <cc/cases/configstore.h>
#include <cc/cases/orgstore.h>
#include <cc/cases_widgets/casepanel.h>
#include <cc/city/citycontext.h>
#include <cc/demogen/democity.h>
#include <cc/storage/repositories.h>

#include "resultcheck.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Cc;

class tst_MainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<City::CityContext> m_city;
    std::unique_ptr<Cases::CaseService> m_service;
    std::optional<Cases::Session> m_session;

    /// The overview's figure on a tile ("openCases", "hung", …), as shown.
    static QString tile(const App::MainWindow &window, const QString &id)
    {
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->property("tileId").toString() == id)
                return label->text();
        }
        return QStringLiteral("no tile %1").arg(id);
    }

    qint64 openCases()
    {
        auto st = m_db->prepare(QStringLiteral(
            "SELECT count(*) FROM case_record WHERE state NOT IN ('closed', 'rejected', 'cancelled')"));
        return st && st->step().value() ? st->integer(0) : -1;
    }

    /// A hotline report on a connection: this process's, or another's (another workstation).
    QString report(Storage::Database &db, const QString &description)
    {
        Cases::CaseService service(db, m_city->categories(), m_city->calendar());
        auto grids = Storage::SpatialRepository(db).unitGrids();
        if (!grids || grids->isEmpty())
            return {};
        Cases::NewReport r;
        r.channel = QStringLiteral("hotline-12319");
        r.categoryKey = QStringLiteral("event:0102");
        r.gridCode = grids->first().code;
        r.description = description;
        r.at = QDateTime::currentDateTimeUtc();
        auto row = service.report(r, m_session->actor(Core::Role::Operator));
        return row ? row->number : row.error().message;
    }

private slots:
    void initTestCase()
    {
        // The machine runs on UTC, the city on Beijing time: the status line must show the latter.
        qputenv("TZ", "UTC");
        QVERIFY(m_dir.isValid());
        auto db = makeDemoCity(m_dir.filePath(QStringLiteral("city.gpkg")), 300, 300);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        m_city = std::move(city).value();
        m_service = std::make_unique<Cases::CaseService>(*m_db, m_city->categories(),
                                                         m_city->calendar());
        auto session = Cases::AuthService(*m_db).login(QStringLiteral("op01"),
                                                       QString::fromLatin1(Demo::kDemoPassword));
        CC_VERIFY_OK(session);
        m_session = session.value();
    }

    void ownStepShowsEverywhereAtOnce()
    {
        App::MainWindow window(*m_city, *m_service, &*m_session);
        auto *panel = window.findChild<CasesWidgets::CasePanel *>();
        QVERIFY(panel);
        const qint64 before = openCases();
        QCOMPARE(tile(window, QStringLiteral("openCases")), QLocale().toString(before));
        const qint64 queued = panel->queueCount(QStringLiteral("role:operator"));

        // The step goes through this process's connection, as the intake dialog's does; the
        // notifier is not polling (never started): the counts follow the commit itself.
        QVERIFY(!m_city->changes().isPolling());
        const QString number = report(*m_db, QStringLiteral("本工位登记"));
        QVERIFY2(number.startsWith(QLatin1String("20")), qPrintable(number));
        QTRY_COMPARE_WITH_TIMEOUT(tile(window, QStringLiteral("openCases")),
                                  QLocale().toString(before + 1), 1000);
        QCOMPARE(panel->queueCount(QStringLiteral("role:operator")),
                 std::min(queued + 1, CasesWidgets::CasePanel::kCountCap));
    }

    void otherWorkstationsStepShowsAtTheNextLook()
    {
        App::MainWindow window(*m_city, *m_service, &*m_session);
        const qint64 before = openCases();
        auto other = Storage::Database::open(m_db->path(), Storage::Database::OpenMode::ReadWrite);
        CC_VERIFY_OK(other);
        const QString number = report(**other, QStringLiteral("另一工位登记"));
        QVERIFY2(number.startsWith(QLatin1String("20")), qPrintable(number));
        QTest::qWait(100);
        QCOMPARE(tile(window, QStringLiteral("openCases")), QLocale().toString(before)); // not yet
        QVERIFY(m_city->changes().poll()); // the notifier's timer tick
        QCOMPARE(tile(window, QStringLiteral("openCases")), QLocale().toString(before + 1));
    }

    void f5IsOneShortcutThatRereadsEverything()
    {
        App::MainWindow window(*m_city, *m_service, &*m_session);
        // Two F5 shortcuts in one window cancel each other out (Qt calls it ambiguous and
        // runs neither): the window's Refresh must be the only one.
        QList<QAction *> f5;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcuts().contains(QKeySequence(QKeySequence::Refresh)))
                f5 << a;
        }
        for (QAbstractButton *b : window.findChildren<QAbstractButton *>())
            QVERIFY2(b->shortcut() != QKeySequence(QKeySequence::Refresh), qPrintable(b->text()));
        QCOMPARE(f5.size(), 1);

        // A change the notifier has not looked at yet: F5 shows it now.
        const qint64 before = openCases();
        auto other = Storage::Database::open(m_db->path(), Storage::Database::OpenMode::ReadWrite);
        CC_VERIFY_OK(other);
        QVERIFY(!report(**other, QStringLiteral("刷新前登记")).isEmpty());
        QCOMPARE(tile(window, QStringLiteral("openCases")), QLocale().toString(before));
        f5.first()->trigger();
        QCOMPARE(tile(window, QStringLiteral("openCases")), QLocale().toString(before + 1));
    }

    // The evaluation tab's 通报 goes through the bulletin module that the window injects.
    void bulletinIsWiredIntoTheEvaluationTab()
    {
        App::MainWindow window(*m_city, *m_service, &*m_session);
        auto *view = window.findChild<CasesWidgets::EvaluationView *>();
        QVERIFY(view);
        view->setInteractive(false); // no message box to click away
        CasesWidgets::EvaluationBulletinDialog *dialog = view->bulletinDialog();
        const QString path = m_dir.filePath(QStringLiteral("window-bulletin.pdf"));
        dialog->setFile(path);
        QSignalSpy written(dialog, &CasesWidgets::EvaluationBulletinDialog::written);
        QVERIFY(dialog->write());
        QVERIFY2(written.wait(120000), qPrintable(dialog->message()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(4), QByteArray("%PDF"));

        // --evaluation SCOPE:PERIOD[:compare][:rate]
        QVERIFY(!window.showEvaluation(QStringLiteral("city:2026-11")).isEmpty());
        QVERIFY(!window.showEvaluation(QStringLiteral("street:2026-13")).isEmpty());
        QCOMPARE(window.showEvaluation(QStringLiteral("channel:2026-10:compare")), QString());
        QCOMPARE(view->figureScope(), Cases::FigureScope::Channel);
        QCOMPARE(view->from(), QDate(2026, 10, 1));
        QVERIFY(view->isComparing());
        QCOMPARE(view->chartMeasure(), CasesWidgets::EvaluationView::ChartMeasure::CloseRate);
    }

    void updatedIsTheCitysClock()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        App::MainWindow window(*m_city, *m_service, &*m_session);
        const QString status = window.statusText();
        const QDateTime built = QDateTime::currentDateTimeUtc();
        // Any minute from before the window to after it: on a loaded machine building it
        // has taken over a minute.
        bool found = false;
        for (QDateTime t = now; !found && t <= built.addSecs(60); t = t.addSecs(60))
            found = status.contains(
                QLocale().toString(m_city->local(t).time(), QLocale::ShortFormat));
        QVERIFY2(found, qPrintable(status));
        // 8 hours from UTC: the machine's clock would not match.
        QVERIFY(
            !status.contains(QLocale().toString(now.toLocalTime().time(), QLocale::ShortFormat)));
    }

    // A version of the centre's rules written by another connection (cityctl, the hub's sync)
    // is taken whole at the notifier's next look, and the status bar says so (docs/config.md).
    void newRulesVersionIsAnnounced()
    {
        App::MainWindow window(*m_city, *m_service, &*m_session);
        auto *label = window.findChild<QLabel *>(QStringLiteral("rulesVersion"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Rules: national defaults"));
        auto other = Storage::Database::open(m_db->path(), Storage::Database::OpenMode::ReadWrite);
        CC_VERIFY_OK(other);
        Cases::ConfigStore store(**other, Core::CategoryDictionary::builtin());
        auto rules = store.exportable();
        CC_VERIFY_OK(rules);
        CC_VERIFY_OK(store.import(rules->toJson(), QStringLiteral("admin")));
        QCOMPARE(m_city->configVersion(), 0);
        QVERIFY(m_city->changes().poll());
        QCOMPARE(m_city->configVersion(), 1);
        QCOMPARE(label->text(), QStringLiteral("Rules: version 1"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("version 1")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    // An administrator's change of departments and users, made elsewhere (the page on
    // another workstation, through the hub) arrives whole, and the status bar says so
    // (docs/org.md).
    void orgChangeIsAnnounced()
    {
        App::MainWindow window(*m_city, *m_service, &*m_session);
        auto other = Storage::Database::open(m_db->path(), Storage::Database::OpenMode::ReadWrite);
        CC_VERIFY_OK(other);
        CC_VERIFY_OK(Cases::OrgStore(**other)
                         .saveDepartment({{}, "D77", "夜市管理办", {}, {}, {}, {}, 1, true, {}},
                                         QStringLiteral("admin")));
        QVERIFY(m_city->changes().poll());
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("Departments and users changed"))
                     && message.contains(QStringLiteral("+D77")),
                 qPrintable(message));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
