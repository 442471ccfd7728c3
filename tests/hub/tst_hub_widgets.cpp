// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's UI against a real hub: the status-bar item goes stand-alone → connected, says when
// rows arrive (NOTIFY), goes offline when the hub stops and reconnects (LISTEN again) when it
// is back; the conflicts list shows both versions.
#include "hubfixture.h"

#include <cc/sync/credentialstore.h>
#include <cc/sync_widgets/conflictsdialog.h>
#include <cc/sync_widgets/hubstatuswidget.h>
#include <cc/sync_widgets/joinhubdialog.h>

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>

using namespace HubTest;
using Cc::SyncWidgets::HubStatusWidget;
using State = Cc::Sync::SyncStatus::State;

class tst_HubWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        if (!m_hub.setUp(&why))
            QFAIL(qPrintable(why));
    }

    void standAloneWithoutHub()
    {
        HubStatusWidget w(m_hub.demoPath);
        QCOMPARE(w.status().state, State::Standalone);
        QVERIFY(w.text().contains(QLatin1String("Stand-alone")));
    }

    void connectedLiveOfflineAndBack()
    {
        auto op = m_hub.join(QStringLiteral("op01"), QStringLiteral("wop"));
        QVERIFY(op);
        const QString slPath = m_hub.dir.filePath(QStringLiteral("wsl.gpkg"));
        QVERIFY(Sync::SyncClient::join(slPath, m_hub.credentials(QStringLiteral("sl01"))));
        HubStatusWidget w(slPath);
        QTRY_COMPARE_WITH_TIMEOUT(w.status().state, State::Connected, 15000);
        QVERIFY2(w.text().contains(QLatin1String("Hub connected")), qPrintable(w.text()));

        QSignalSpy arrived(&w, &HubStatusWidget::changesArrived);
        QVERIFY(op->report(m_hub.grid));
        QVERIFY(op->sync());
        QTRY_VERIFY_WITH_TIMEOUT(arrived.count() > 0, 5000);

        // The hub stops: offline (the listener sees the link go); then back, and the doorbell
        // works again (LISTEN after reconnect).
        QVERIFY(m_hub.cluster.stop());
        QTRY_COMPARE_WITH_TIMEOUT(w.status().state, State::Offline, 10000);
        QVERIFY2(w.text().contains(QLatin1String("offline since")), qPrintable(w.text()));
        QString why;
        QVERIFY2(m_hub.cluster.startServer(&why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(w.status().state, State::Connected, 20000);
        arrived.clear();
        QTest::qWait(300);
        op->client->disconnect();
        QVERIFY(op->report(m_hub.grid));
        QVERIFY(op->sync());
        QTRY_VERIFY_WITH_TIMEOUT(arrived.count() > 0, 5000);
    }

    void joinDialogDownloadsTheCity()
    {
        const QString path = m_hub.dir.filePath(QStringLiteral("dialog.gpkg"));
        Cc::SyncWidgets::JoinHubDialog dialog(path);
        const auto edit = [&](const char *name) {
            return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
        };
        QCOMPARE(edit("hubFile")->text(), path);
        edit("hubUrl")->setText(m_hub.hubUrl);
        edit("hubUser")->setText(QStringLiteral("sl01"));
        edit("hubPassword")->setText(QStringLiteral("wrong-password"));
        QPushButton *join = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == QLatin1String("Join"))
                join = b;
        }
        QVERIFY(join);
        QSignalSpy done(&dialog, &QDialog::accepted);
        // A wrong password: the dialog says so and keeps what was typed.
        join->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QDialogButtonBox *>()->isEnabled(), 10000);
        QCOMPARE(done.count(), 0);
        QCOMPARE(edit("hubUser")->text(), QStringLiteral("sl01"));
        QVERIFY(!QFile::exists(path));
        edit("hubPassword")->setText(kUserPassword);
        join->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QCOMPARE(dialog.joinedPath(), path);
        QCOMPARE(dialog.findChild<QProgressBar *>()->value(), 100);
        auto db = Storage::Database::open(path, Storage::Database::OpenMode::ReadOnly);
        QVERIFY(db);
        QVERIFY(db.value()->rowCount(QStringLiteral("case_record")) > 0);
        // The password went to the credential store (a 0600 file here), not the database.
        QCOMPARE(Sync::CredentialStore()
                     .load(m_hub.hubUrl, QStringLiteral("sl01"))
                     .value_or(QString()),
                 kUserPassword);
        const QFileInfo file(qEnvironmentVariable("CC_HUB_CREDENTIALS"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        auto settings = db.value()->prepare(
            QStringLiteral("SELECT count(*) FROM setting WHERE value LIKE '%' || ?1 || '%'"));
        settings.value().bindText(1, kUserPassword);
        QVERIFY(settings.value().step().value());
        QCOMPARE(settings.value().integer(0), 0);
    }

    void conflictsListShowsBothVersions()
    {
        auto dp = m_hub.join(QStringLiteral("dp01"), QStringLiteral("wdp"));
        QVERIFY(dp);
        Storage::ConflictRow c;
        c.id = QStringLiteral("c1");
        c.entity = QStringLiteral("case_event");
        c.rowId = QStringLiteral("e1");
        c.localPayload = QStringLiteral(
            R"({"action":"dispatch","after":{"number":"2026-000007","department_id":"B"}})");
        c.remotePayload = QStringLiteral(
            R"({"case":{"number":"2026-000007","department_id":"A"},"events":[]})");
        c.reason = QStringLiteral("case.stale: Case 2026-000007 was changed by someone else first");
        QVERIFY(Storage::ConflictRepository(*dp->db).insert(c));
        // A real one: a dispatcher's (hand-made) change of a component, refused by the hub.
        QString objectCode;
        {
            Storage::Transaction tx(*dp->db);
            Storage::OutboxRepository outbox(*dp->db);
            auto st = dp->db->prepare(
                QStringLiteral("SELECT id, object_code FROM component ORDER BY id LIMIT 1"));
            QVERIFY(st && st.value().step().value());
            const QString id = st.value().text(0);
            objectCode = st.value().text(1);
            auto base = outbox.rowJson(QStringLiteral("component"), id);
            QVERIFY(dp->db->exec(
                QStringLiteral("UPDATE component SET state = '损坏' WHERE id = '%1'").arg(id)));
            QVERIFY(outbox.appendRowChange(QStringLiteral("component"), id,
                                           QStringLiteral("update"), base.value()));
            QVERIFY(tx.commit());
        }
        QCOMPARE(dp->sync()->push.rejected, 1);
        Cc::SyncWidgets::ConflictsDialog dialog(dp->path);
        QCOMPARE(dialog.count(), 2);
        auto *table = dialog.findChild<QTableWidget *>();
        const int rowChange = table->item(0, 1)->text() == objectCode ? 0 : 1;
        QCOMPARE(table->item(rowChange, 1)->text(), objectCode);
        QCOMPARE(table->item(rowChange, 2)->text(), QStringLiteral("Component changed"));
        QVERIFY2(table->item(rowChange, 3)
                     ->text()
                     .startsWith(QLatin1String("Your role may not take this step.")),
                 qPrintable(table->item(rowChange, 3)->text()));
        table->setCurrentCell(rowChange, 0);
        // A row change field by field, what differs from the hub's marked.
        QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("localVersion"))
                    ->toPlainText()
                    .contains(QStringLiteral("● state: 损坏")));
        QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("hubVersion"))
                    ->toPlainText()
                    .contains(QStringLiteral("● state: 完好")));
        if (const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/conflicts.png")));
        }
        table->setCurrentCell(1 - rowChange, 0);
        QCOMPARE(table->item(1 - rowChange, 1)->text(), QStringLiteral("2026-000007"));
        QCOMPARE(table->item(1 - rowChange, 2)->text(), QStringLiteral("dispatch"));
        QVERIFY2(table->item(1 - rowChange, 3)
                     ->text()
                     .startsWith(QLatin1String("Someone else changed the case first.")),
                 qPrintable(table->item(1 - rowChange, 3)->text()));
        const QString local = dialog.findChild<QPlainTextEdit *>(QStringLiteral("localVersion"))
                                  ->toPlainText();
        const QString hub = dialog.findChild<QPlainTextEdit *>(QStringLiteral("hubVersion"))
                                ->toPlainText();
        QVERIFY2(local.contains(QLatin1String("\"B\"")), qPrintable(local));
        QVERIFY2(hub.contains(QLatin1String("\"A\"")), qPrintable(hub));
    }

private:
    HubFixture m_hub;
};

QTEST_MAIN(tst_HubWidgets)
#include "tst_hub_widgets.moc"
