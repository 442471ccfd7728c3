// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's UI against a real hub: the status-bar item goes stand-alone → connected, says when
// rows arrive (NOTIFY), goes offline when the hub stops and reconnects (LISTEN again) when it
// is back; the conflicts list shows both versions.
#include "hubfixture.h"

#include <cc/sync_widgets/conflictsdialog.h>
#include <cc/sync_widgets/hubstatuswidget.h>

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

    void conflictsListShowsBothVersions()
    {
        auto dp = m_hub.join(QStringLiteral("dp01"), QStringLiteral("wdp"));
        QVERIFY(dp);
        Storage::ConflictRow c;
        c.id = QStringLiteral("c1");
        c.entity = QStringLiteral("case_event");
        c.rowId = QStringLiteral("e1");
        c.localPayload = QStringLiteral(R"({"action":"dispatch","after":{"number":"2026-000007","department_id":"B"}})");
        c.remotePayload = QStringLiteral(R"({"case":{"number":"2026-000007","department_id":"A"},"events":[]})");
        c.reason = QStringLiteral("case.stale: Case 2026-000007 was changed by someone else first");
        QVERIFY(Storage::ConflictRepository(*dp->db).insert(c));
        Cc::SyncWidgets::ConflictsDialog dialog(dp->path);
        QCOMPARE(dialog.count(), 1);
        auto *table = dialog.findChild<QTableWidget *>();
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2026-000007"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("dispatch"));
        QVERIFY2(table->item(0, 3)->text().startsWith(QLatin1String("Someone else changed the case first.")),
                 qPrintable(table->item(0, 3)->text()));
        const QString local = dialog.findChild<QPlainTextEdit *>(QStringLiteral("localVersion"))->toPlainText();
        const QString hub = dialog.findChild<QPlainTextEdit *>(QStringLiteral("hubVersion"))->toPlainText();
        QVERIFY2(local.contains(QLatin1String("\"B\"")), qPrintable(local));
        QVERIFY2(hub.contains(QLatin1String("\"A\"")), qPrintable(hub));
    }

private:
    HubFixture m_hub;
};

QTEST_MAIN(tst_HubWidgets)
#include "tst_hub_widgets.moc"
