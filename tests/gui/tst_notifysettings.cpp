// SPDX-License-Identifier: GPL-3.0-or-later
// The notification settings page (modules/notify_widgets) on a demo city: a rule added
// through the form lands in notify_rule, a bad one is refused with the service's message and
// nothing written, a removal; and the case timeline (CaseDetailView) shows the "已通知 …"
// lines the app's wiring (app/gui/notifications.cpp) reads from the delivery log.
#include "democityfixture.h"
#include "notifications.h"

#include <cc/cases/caseservice.h>
#include <cc/cases_widgets/casedetailview.h>
#include <cc/city/citycontext.h>
#include <cc/notify/demosetup.h>
#include <cc/notify/rules.h>
#include <cc/notify_widgets/notifysettingsdialog.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "resultcheck.h"

using namespace Cc;

class TstNotifySettings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;

private slots:
    void initTestCase()
    {
        auto db = makeDemoCity(m_dir.filePath("city.gpkg"), 0, 10);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_db = std::move(db).value();
        CC_VERIFY_OK(Notify::installDemoSetup(*m_db));
    }

    void addAndRemoveThroughTheForm()
    {
        NotifyWidgets::NotifySettingsDialog dialog(*m_db);
        QTableWidget *rules = dialog.rulesTable();
        const int before = rules->rowCount();
        QCOMPARE(before, Notify::defaultRules().size());
        auto *name = dialog.findChild<QLineEdit *>("ruleName");
        auto *ref = dialog.findChild<QLineEdit *>("ruleRecipientRef");
        auto *text = dialog.findChild<QLineEdit *>("ruleTemplate");
        auto *trigger = dialog.findChild<QComboBox *>("ruleTrigger");
        auto *status = dialog.findChild<QLabel *>("notifyStatus");
        auto *add = dialog.findChild<QPushButton *>("addRule");
        QVERIFY(name && ref && text && trigger && status && add);

        // Refused by the service: an unknown field. Nothing written.
        name->setText(QStringLiteral("坏模板"));
        text->setText(QStringLiteral("案件{number}{secret}"));
        add->click();
        QVERIFY2(status->text().contains("{secret}"), qPrintable(status->text()));
        QCOMPARE(rules->rowCount(), before);

        name->setText(QStringLiteral("超期-执法大队"));
        trigger->setCurrentIndex(trigger->findData(QStringLiteral("overdue")));
        ref->setText(QStringLiteral("D07"));
        text->setText(QStringLiteral("案件{number}已超期"));
        add->click();
        QCOMPARE(rules->rowCount(), before + 1);
        auto stored = Notify::RuleStore(*m_db).all();
        CC_VERIFY_OK(stored);
        QCOMPARE(stored->last().name, QStringLiteral("超期-执法大队"));
        QCOMPARE(stored->last().trigger, Notify::Trigger::Overdue);
        QCOMPARE(stored->last().recipientText(), QStringLiteral("department:D07"));

        // CC_NOTIFY_SCREENSHOT=FILE.png keeps a picture of the page to look at.
        if (const QString shot = qEnvironmentVariable("CC_NOTIFY_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(dialog.grab().save(shot));
        rules->setCurrentCell(rules->rowCount() - 1, 0);
        dialog.findChild<QPushButton *>("removeRule")->click();
        QCOMPARE(rules->rowCount(), before);
        QCOMPARE(Notify::RuleStore(*m_db).all()->size(), before);
    }

    void timelineShowsWhatWasSent()
    {
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        Cases::CaseService cases(*m_db, (*city)->categories(), (*city)->calendar());
        App::Notifications notifications(**city, cases, false);
        Cases::NewReport report;
        report.channel = QStringLiteral("hotline-12345");
        report.categoryKey = (*city)->categories().categories(Core::CaseKind::Event).first().key();
        report.description = QStringLiteral("路灯不亮");
        auto row = cases.report(report, *cases.actor("op01", Core::Role::Operator));
        CC_VERIFY_OK(row);
        Storage::CaseRow c = row.value();
        CC_VERIFY_OK(
            cases.act(c, {Core::CaseAction::Accept}, *cases.actor("op01", Core::Role::Operator)));
        CC_VERIFY_OK(
            cases.act(c, {Core::CaseAction::File}, *cases.actor("sl01", Core::Role::ShiftLeader)));
        Cases::ActionRequest dispatch{Core::CaseAction::Dispatch};
        dispatch.departmentId = Storage::DepartmentRepository(*m_db).all()->first().id;
        CC_VERIFY_OK(cases.act(c, dispatch, *cases.actor("dp01", Core::Role::Dispatcher)));
        // As the sender marks one: sent, the other failed.
        CC_VERIFY_OK(m_db->exec(
            QStringLiteral(
                "UPDATE notify_message SET status = CASE rule_name WHEN '派遣-单位正职短信' THEN 'sent' "
                "ELSE 'failed' END, sent_at = next_attempt_at, last_error = 'HTTP 400' "
                "WHERE case_id = '%1'")
                .arg(c.id)));
        auto details = cases.details(c.id);
        CC_VERIFY_OK(details);
        CasesWidgets::CaseDetailView view((*city)->categories(), (*city)->calendar());
        view.setTimelineNotes(notifications.timelineNotes());
        view.showCase(details.value(), {});
        auto *timeline = view.findChild<QTableWidget *>("timeline");
        QVERIFY(timeline);
        QStringList notes;
        for (int r = 0; r < timeline->rowCount(); ++r) {
            const QString note = timeline->item(r, CasesWidgets::CaseDetailView::Note)->text();
            if (note.contains("(SMS)"))
                notes << note;
        }
        // The default rules: the department's two users and its unit head, by SMS.
        QCOMPARE(notes.size(), 3);
        QVERIFY2(notes.filter("✓").size() == 1 && notes.filter("✗ HTTP 400").size() == 2,
                 qPrintable(notes.join('\n')));
        // After the dispatch they follow (the last rows of the timeline).
        QVERIFY(timeline->item(timeline->rowCount() - 1, CasesWidgets::CaseDetailView::Note)
                    ->text()
                    .contains("(SMS)"));
    }
};

QTEST_MAIN(TstNotifySettings)
#include "tst_notifysettings.moc"
