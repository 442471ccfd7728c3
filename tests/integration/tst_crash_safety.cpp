// SPDX-License-Identifier: GPL-3.0-or-later
// A case action (case row + event + outbox) is atomic and durable across a crash: this test
// runs itself as a writer child ("--writer DBFILE") and SIGKILLs it at random moments, then
// checks the database after each kill.

#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include "resultcheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Cc;
using namespace Cc::Storage;

namespace {

/// The child: commits case actions one transaction each, reporting every commit on stdout
/// only after commit() returned (so a reported number must survive the kill).
int runWriter(const QString &path)
{
    auto opened = Database::open(path, Database::OpenMode::ReadWrite);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 2;
    }
    Database &db = *opened.value();
    CaseRepository cases(db);
    CaseEventRepository events(db);
    OutboxRepository outbox(db);
    const qint64 start = db.rowCount(QStringLiteral("case_record"));
    for (qint64 n = start + 1; n < start + 1000000; ++n) {
        const QString id = QStringLiteral("case-%1").arg(n);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Transaction tx(db);
        if (!tx.isActive()) {
            std::fprintf(stderr, "begin: %s\n", qPrintable(tx.beginError().message));
            return 3;
        }
        CaseRow c;
        c.id = id;
        c.number = QStringLiteral("2026-%1").arg(n, 6, 10, QLatin1Char('0'));
        c.channel = QStringLiteral("collector");
        c.kind = QStringLiteral("event");
        c.categoryKey = QStringLiteral("event:0502");
        c.level = QStringLiteral("normal");
        c.state = QStringLiteral("reported");
        c.reportedAt = now;
        c.geom = QPointF(117.0 + (n % 100) * 1e-3, 39.0);
        CaseEventRow e;
        e.id = id + QStringLiteral("-e1");
        e.caseId = id;
        e.seq = 1;
        e.stage = QStringLiteral("accept");
        e.action = QStringLiteral("report");
        e.toState = QStringLiteral("reported");
        e.actorId = QStringLiteral("user-1");
        e.role = QStringLiteral("collector");
        e.at = now;
        Result<void> r = cases.insert(c);
        if (r)
            r = events.append(e);
        if (r) {
            auto seq = outbox.append(QStringLiteral("case_record"), id, QStringLiteral("action"),
                                     QStringLiteral(R"({"action":"report"})"));
            if (!seq)
                r = seq.error();
        }
        if (r)
            r = tx.commit();
        if (!r) {
            std::fprintf(stderr, "write %lld: %s\n", n, qPrintable(r.error().message));
            return 4;
        }
        std::printf("%lld\n", n);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLeavesWholeActions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.gpkg"));
        {
            auto db = Database::open(path, Database::OpenMode::Create);
            CC_VERIFY_OK(db);
        }

        QSet<qint64> reported;
        auto *random = QRandomGenerator::global();
        const int rounds = 6;
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--writer"), path});
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            // Let it commit at least once, then kill it at a random moment mid-loop.
            QElapsedTimer timer;
            timer.start();
            while (child.bytesAvailable() == 0 && child.state() == QProcess::Running
                   && timer.elapsed() < 20000)
                child.waitForReadyRead(50);
            QVERIFY2(child.state() == QProcess::Running,
                     qPrintable(QString::fromUtf8(child.readAllStandardError())));
            const int killAfter = int(random->bounded(20, 400));
            timer.restart();
            while (timer.elapsed() < killAfter)
                child.waitForReadyRead(5);
            child.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            qint64 last = 0;
            for (const QByteArray &line : lines) {
                if (line.trimmed().isEmpty())
                    continue;
                bool ok = false;
                const qint64 n = line.trimmed().toLongLong(&ok);
                QVERIFY2(ok, line.constData());
                reported.insert(n);
                last = qMax(last, n);
            }
            const QByteArray errors = child.readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());

            // Reopen (which runs quick_check) and verify.
            auto opened = Database::open(path, Database::OpenMode::ReadWrite);
            CC_VERIFY_OK(opened);
            Database &db = *opened.value();
            auto integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
            CC_VERIFY_OK(integrity);
            QVERIFY(integrity.value().step().value());
            QCOMPARE(integrity.value().text(0), QStringLiteral("ok"));

            auto scalar = [&db](const QString &sql) -> qint64 {
                auto st = db.prepare(sql);
                if (!st || !st.value().step().value())
                    return -1;
                return st.value().integer(0);
            };
            const qint64 caseRows = db.rowCount(QStringLiteral("case_record"));
            qInfo("round %d: killed after %d ms; %lld reported this round (last %lld), "
                  "%lld cases stored",
                  round, killAfter, qint64(lines.size() - 1), last, caseRows);
            // No half-applied action: every case has exactly its event and outbox row, and
            // nothing exists without its case.
            QCOMPARE(scalar(QStringLiteral(
                         "SELECT count(*) FROM case_record c WHERE "
                         "(SELECT count(*) FROM case_event e WHERE e.case_id = c.id) <> 1 OR "
                         "(SELECT count(*) FROM outbox o WHERE o.row_id = c.id) <> 1")),
                     qint64(0));
            QCOMPARE(db.rowCount(QStringLiteral("case_event")), caseRows);
            QCOMPARE(db.rowCount(QStringLiteral("outbox")), caseRows);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE row_id NOT IN "
                                           "(SELECT id FROM case_record)")),
                     qint64(0));
            // The R-tree followed the cases (triggers are part of the same transaction).
            QCOMPARE(db.rowCount(QStringLiteral("rtree_case_record_geom")), caseRows);
            // Durability: every action reported as committed is there (the ids are 1..N).
            QVERIFY(last <= caseRows);
            CaseRepository cases(db);
            for (qint64 n : reported) {
                auto found = cases.find(QStringLiteral("case-%1").arg(n));
                CC_VERIFY_OK(found);
                QVERIFY2(found.value().has_value(), qPrintable(QStringLiteral("case-%1").arg(n)));
            }
            // At most the one action in flight at the kill is stored but not reported.
            QVERIFY(caseRows - qint64(reported.size()) <= 1 + round);
        }
        QVERIFY(!reported.isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crash_safety.moc"
