// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety of case actions end to end: `cityctl case import` is killed with SIGKILL in
// the middle of a long stream of reports and workflow steps, several times. Each time the
// database must open cleanly, and every case must be exactly the projection of its events,
// with one outbox row per event: no half-applied action, whatever instant the kill hit.
#include <cc/storage/database.h>

#include "resultcheck.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Cc;

namespace {

const QString kCityctl = QStringLiteral(CC_BINARY_DIR "/bin/cityctl");

QByteArray importLines(int cases, int firstRef)
{
    // Each case: a hotline report, then accept, file and dispatch (to the routed department):
    // four actions, each in its own savepoint inside the import's batch transactions.
    QByteArray lines;
    for (int i = 0; i < cases; ++i) {
        const QByteArray ref = "CRASH-" + QByteArray::number(firstRef + i);
        const QByteArray at = "2026-03-09T0" + QByteArray::number(1 + i % 8) + ":00:00Z";
        lines
            += R"({"type":"report","ref":")" + ref + R"(","actor":"op01","role":"operator","at":")"
               + at
               + R"(","channel":"hotline-12345","category":"event:0102","grid":"41052300100101","description":"暴露垃圾"})"
                 "\n";
        for (const char *step : {R"("action":"accept","actor":"op02","role":"operator")",
                                 R"("action":"file","actor":"sl01","role":"shift-leader")",
                                 R"("action":"dispatch","actor":"dp01","role":"dispatcher")"}) {
            lines += R"({"type":"action","ref":")" + ref + R"(",)" + step + R"(,"at":")"
                     + at.left(14) + "30:00Z\"}\n";
        }
    }
    return lines;
}

QList<QStringList> rows(Storage::Database &db, const QString &sql)
{
    QList<QStringList> out;
    auto st = db.prepare(sql);
    if (!st)
        return out;
    while (st->step().value()) {
        QStringList row;
        for (int c = 0; c < st->columnCount(); ++c)
            row << st->text(c);
        out << row;
    }
    return out;
}

} // namespace

class tst_CaseCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedImportLeavesNoHalfAction()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("city.gpkg"));
        QProcess init;
        init.start(kCityctl, {QStringLiteral("init-demo"), QStringLiteral("--db"), path,
                              QStringLiteral("--cases"), QStringLiteral("0"),
                              QStringLiteral("--components"), QStringLiteral("0")});
        QVERIFY(init.waitForFinished(120'000));
        QCOMPARE(init.exitCode(), 0);

        int kills = 0;
        for (int round = 0; round < 4; ++round) {
            QProcess import;
            import.start(kCityctl,
                         {QStringLiteral("case"), QStringLiteral("import"), QStringLiteral("--db"),
                          path, QStringLiteral("--batch"), QStringLiteral("7")});
            QVERIFY(import.waitForStarted());
            import.write(importLines(4000, round * 4000));
            import.closeWriteChannel();
            // Kill somewhere in the middle of the stream.
            QTest::qWait(150 + int(QRandomGenerator::global()->bounded(400)));
            if (import.state() == QProcess::Running) {
                import.kill(); // SIGKILL
                ++kills;
            }
            import.waitForFinished();

            auto db = Storage::Database::open(path, Storage::Database::OpenMode::ReadWrite);
            CC_VERIFY_OK(db);
            QCOMPARE(rows(**db, QStringLiteral("PRAGMA integrity_check")).value(0).value(0),
                     QStringLiteral("ok"));
            // Every case = its events: versions count the events, the last event's state is
            // the case's state, and each event has its outbox row.
            const auto broken = rows(
                **db,
                QStringLiteral(
                    "SELECT c.number, c.version, c.state, count(e.id), max(e.seq), "
                    "       (SELECT to_state FROM case_event l WHERE l.case_id = c.id ORDER BY seq DESC LIMIT 1) "
                    "FROM case_record c LEFT JOIN case_event e ON e.case_id = c.id GROUP BY c.id "
                    "HAVING c.version <> count(e.id) OR c.version <> max(e.seq) "
                    "    OR c.state <> (SELECT to_state FROM case_event l WHERE l.case_id = c.id "
                    "                   ORDER BY seq DESC LIMIT 1)"));
            QVERIFY2(broken.isEmpty(), qPrintable(broken.value(0).join(QLatin1Char(' '))));
            QCOMPARE(rows(**db, QStringLiteral("SELECT count(*) FROM outbox")).value(0).value(0),
                     rows(**db, QStringLiteral("SELECT count(*) FROM case_event"))
                         .value(0)
                         .value(0));
            const int cases = rows(**db, QStringLiteral("SELECT count(*) FROM case_record"))
                                  .value(0)
                                  .value(0)
                                  .toInt();
            QVERIFY(cases > 0);
        }
        QVERIFY2(kills >= 2,
                 "the import finished before it could be killed: make the stream longer");
    }
};

QTEST_GUILESS_MAIN(tst_CaseCrash)
#include "tst_case_crash.moc"
