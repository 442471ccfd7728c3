// SPDX-License-Identifier: GPL-3.0-or-later
// 专项整治 view on the demo city: only shift leaders and administrators may create (the button
// and, behind it, the store); a campaign made through the dialog shows in the list with the
// progress the module computes (checked against the database); a refusal keeps what was typed;
// a survey campaign's tasks and counts show as they are submitted.
#include <cc/cases/surveys.h>
#include <cc/cases_widgets/campaigndialog.h>
#include <cc/cases_widgets/campaignview.h>
#include <cc/storage/database.h>

#include "democityfixture.h"
#include "resultcheck.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Cc;
using CasesWidgets::CampaignDialog;
using CasesWidgets::CampaignView;
using CcTest::codeOf;

class tst_CampaignView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<City::CityContext> m_city;
    QString m_street; ///< the first street's code
    QString m_grid;   ///< a unit grid in it
    QDateTime m_now;

    qint64 scalar(const QString &sql)
    {
        auto st = m_db->prepare(sql);
        if (!st)
            return -1;
        st->bindText(1, m_street);
        auto row = st->step();
        return row && row.value() ? st->integer(0) : -1;
    }
    QString text(const QString &sql)
    {
        auto st = m_db->prepare(sql);
        if (!st)
            return {};
        auto row = st->step();
        return row && row.value() ? st->text(0) : QString();
    }
    void fill(CampaignDialog &dialog, const QString &name)
    {
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("campaignName"));
        QVERIFY(edit);
        edit->setText(name); // QTest::keyClicks types Latin-1 only
        dialog.findChild<QDateEdit *>(QStringLiteral("campaignFrom"))->setDate(QDate(2026, 1, 1));
        dialog.findChild<QDateEdit *>(QStringLiteral("campaignTo"))->setDate(QDate(2026, 11, 23));
    }
    /// refresh() and wait for what the worker read.
    static bool refreshed(CampaignView &view)
    {
        QSignalSpy done(&view, &CampaignView::refreshed);
        view.refresh();
        return done.wait(20000) && done.first().first().toBool() && !view.isBusy();
    }
    void clickCreate(CampaignDialog &dialog)
    {
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = makeDemoCity(m_dir.filePath(QStringLiteral("city.gpkg")), 1500, 300);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        m_city = std::move(city).value();
        m_street = text(QStringLiteral("SELECT code FROM street ORDER BY code LIMIT 1"));
        QVERIFY(!m_street.isEmpty());
        m_grid = text(QStringLiteral("SELECT g.code FROM grid_unit g JOIN community c ON "
                                     "c.code = g.community_code WHERE c.street_code = '%1' "
                                     "ORDER BY g.code LIMIT 1")
                          .arg(m_street));
        QVERIFY(!m_grid.isEmpty());
        m_now = demoCityEnd().addSecs(3600).toUTC();
    }

    void createButtonFollowsTheRole()
    {
        CampaignView view(*m_city);
        QVERIFY(!view.createButton()->isEnabled());
        view.setDefiner(QStringLiteral("op01"), Core::Role::Operator);
        QVERIFY(!view.createButton()->isEnabled());
        QVERIFY(!view.createButton()->toolTip().isEmpty());
        view.setDefiner(QStringLiteral("sl01"), Core::Role::ShiftLeader);
        QVERIFY(view.createButton()->isEnabled());
        view.setDefiner(QStringLiteral("admin"), Core::Role::Admin);
        QVERIFY(view.createButton()->isEnabled());
    }

    void theStoreRefusesAnOperatorBehindTheDialog()
    {
        // The dialog opened by hand for an operator: the store says no, nothing is stored.
        CampaignDialog dialog(*m_city, QStringLiteral("op01"), Core::Role::Operator);
        dialog.show();
        fill(dialog, QStringLiteral("受理员的专项"));
        QVERIFY(dialog.tick(m_street));
        clickCreate(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.lastError().contains(QLatin1String("[campaign.forbidden-role]")),
                 qPrintable(dialog.lastError()));
        QCOMPARE(m_db->rowCount(QStringLiteral("campaign")), 0);
    }

    void createThroughTheDialogAndSeeProgress()
    {
        CampaignView view(*m_city);
        view.setInteractive(false);
        view.setNow(m_now);
        view.setDefiner(QStringLiteral("sl01"), Core::Role::ShiftLeader);
        QVERIFY(refreshed(view));
        QCOMPARE(view.campaignTable()->rowCount(), 0);
        QSignalSpy created(&view, &CampaignView::campaignCreated);
        QSignalSpy read(&view, &CampaignView::refreshed);

        QPointer<CampaignDialog> dialog = view.newCampaignDialog();
        dialog->show();
        fill(*dialog, QStringLiteral("市容环境专项整治"));
        // No area yet: refused, the dialog stays with the name typed.
        clickCreate(*dialog);
        QVERIFY2(dialog->lastError().contains(QLatin1String("[campaign.no-area]")),
                 qPrintable(dialog->lastError()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->campaign().name, QStringLiteral("市容环境专项整治"));
        QVERIFY(!dialog->tick(QStringLiteral("no-such-code")));
        QVERIFY(dialog->tick(m_street));
        dialog->findChild<QLineEdit *>(QStringLiteral("surveyItems"))
            ->setText(QStringLiteral("排水井，防汛墙"));
        clickCreate(*dialog);
        QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
        QCOMPARE(created.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 20000);
        QVERIFY(read.first().first().toBool());

        // The list: one campaign, its cases as the database counts them (reported in the
        // period, in the street), closed ≤ filed, the rate as the report line says.
        QCOMPARE(view.campaignTable()->rowCount(), 1);
        QCOMPARE(view.selectedName(), QStringLiteral("市容环境专项整治"));
        const qint64 cases = scalar(QStringLiteral(
            "SELECT count(*) FROM case_record c JOIN community m ON m.code = c.community_code "
            "WHERE m.street_code = ?1 AND c.reported_at >= '2025-12-31T16:00:00.000Z' "
            "AND c.reported_at < '2026-11-23T16:00:00.000Z'"));
        QVERIFY(cases > 0);
        QCOMPARE(view.campaignTable()->item(0, 2)->text(), QLocale().toString(cases));
        const qint64 closed = scalar(QStringLiteral(
            "SELECT count(*) FROM case_record c JOIN campaign_case t ON t.case_id = c.id "
            "WHERE c.state = 'closed' AND ?1 <> ''"));
        QVERIFY(closed > 0);
        QCOMPARE(view.campaignTable()->item(0, 4)->text(), QLocale().toString(closed));
        const QString rate = view.campaignTable()->item(0, 5)->text();
        QVERIFY2(rate.endsWith(QLatin1String(" %")), qPrintable(rate));
        QVERIFY2(view.reportLine().contains(rate), qPrintable(view.reportLine()));
        QVERIFY(view.findChild<QTableWidget *>(QStringLiteral("topGrids"))->rowCount() > 0);
        QVERIFY(view.findChild<QTableWidget *>(QStringLiteral("topCategories"))->rowCount() > 0);

        // A survey: no task yet, then one task with its counts.
        QVERIFY2(view.surveyLine().contains(QLatin1String("0")), qPrintable(view.surveyLine()));
        QCOMPARE(view.surveyTable()->columnCount(), 2 + 2 * 2 + 1);
        QCOMPARE(view.surveyTable()->rowCount(), 0);
        // The shift leader gives col01 a grid from the view; the store refuses a second task
        // for the grid and a grid outside the street.
        QVERIFY(view.assignButton()->isEnabled());
        auto task = view.assignTask(m_grid, QStringLiteral("col01"));
        CC_VERIFY_OK(task);
        QCOMPARE(view.surveyTable()->rowCount(), 1);
        QCOMPARE(codeOf(view.assignTask(m_grid, QStringLiteral("col02"))),
                 QStringLiteral("survey.duplicate-task"));
        const QString outside = text(
            QStringLiteral(
                "SELECT g.code FROM grid_unit g JOIN community c ON c.code = g.community_code "
                "WHERE c.street_code <> '%1' LIMIT 1")
                .arg(m_street));
        QCOMPARE(codeOf(view.assignTask(outside, QStringLiteral("col02"))),
                 QStringLiteral("survey.grid-outside"));
        Cases::SurveyStore surveys(*m_db, m_city->categories(), m_city->calendar());
        CC_VERIFY_OK(
            surveys.submit({task->id, QDate(2026, 5, 6), {{QStringLiteral("排水井"), 37, 2}}, {}},
                           QStringLiteral("col01"), Core::Role::Collector, QDate(2026, 11, 23)));
        QVERIFY(refreshed(view));
        QCOMPARE(view.selectedName(), QStringLiteral("市容环境专项整治"));
        QCOMPARE(view.surveyTable()->rowCount(), 1);
        QCOMPARE(view.surveyTable()->item(0, 0)->text(), m_grid);
        QCOMPARE(view.surveyTable()->item(0, 2)->text(), QLocale().toString(37));
        QCOMPARE(view.surveyTable()->item(0, 3)->text(), QLocale().toString(2));
        QCOMPARE(view.surveyTable()->item(0, 4)->text(), QStringLiteral("—"));
        QCOMPARE(view.surveyTable()->item(0, 6)->text(), QStringLiteral("2026-05-06"));
    }

    // The reports (each retags its campaign's cases) are read on a worker thread: while the
    // database's write lock is held elsewhere the retag waits, and the tab goes on handling
    // events with its busy indicator shown; once the lock goes, the list arrives.
    void staysResponsiveWhileCounting()
    {
        CampaignView view(*m_city);
        view.setInteractive(false);
        view.setNow(m_now);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *busy = view.findChild<QWidget *>(QStringLiteral("campaignsBusy"));
        QVERIFY(busy);
        QVERIFY(!busy->isVisible());
        const qint64 campaigns = m_db->rowCount(QStringLiteral("campaign"));
        QVERIFY2(campaigns > 0, "createThroughTheDialogAndSeeProgress made one");

        CC_VERIFY_OK(m_db->exec(QStringLiteral("BEGIN IMMEDIATE")));
        QSignalSpy done(&view, &CampaignView::refreshed);
        QElapsedTimer returned;
        returned.start();
        view.refresh();
        QVERIFY2(returned.elapsed() < 1000, "refresh() returns before the count is done");
        QVERIFY(view.isBusy());
        QVERIFY(busy->isVisible());
        bool ticked = false;
        QTimer::singleShot(50, this, [&] { ticked = true; });
        QTRY_VERIFY(ticked); // the GUI thread runs events while the worker waits for the lock
        QTest::qWait(300);
        QVERIFY(view.isBusy());
        QCOMPARE(done.size(), 0);
        view.refresh(); // asked again meanwhile: read once more afterwards, one answer
        CC_VERIFY_OK(m_db->exec(QStringLiteral("ROLLBACK")));

        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QVERIFY(done.first().first().toBool());
        QVERIFY(!view.isBusy());
        QVERIFY(!busy->isVisible());
        QCOMPARE(view.campaignTable()->rowCount(), int(campaigns));
        QVERIFY(view.reportLine().contains(QStringLiteral("市容环境专项整治")));
        QTest::qWait(100);
        QCOMPARE(done.size(), 1);
    }
};

QTEST_MAIN(tst_CampaignView)
#include "tst_campaignview.moc"
