// SPDX-License-Identifier: GPL-3.0-or-later
// Collectors' positions end to end: NMEA sentences as devices send them, read by Qt
// Positioning from a TCP device and from a replayed log, stored as tracks with outbox rows,
// and the simulator's walks staying inside the collector's responsibility grid.
#include "../map/mapfixture.h"

#include <cc/map/collectortracks.h>
#include <cc/map/gridstore.h>
#include <cc/positioning/collectorfeed.h>
#include <cc/positioning/nmea.h>

#include "resultcheck.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Cc;
using namespace Cc::Positioning;
using namespace MapFixture;

namespace {

bool near(QPointF a, QPointF b)
{
    return std::abs(a.x() - b.x()) < 5e-6 && std::abs(a.y() - b.y()) < 5e-6;
}

QByteArray fixes(const QDateTime &start, int count, int stepMs)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        const QDateTime t = start.addMSecs(qint64(i) * stepMs);
        out += nmeaRmc(t, at(0.5 + 0.05 * i, 0.5), 2.7, 90) + nmeaGga(t, at(0.5 + 0.05 * i, 0.5));
    }
    return out;
}

} // namespace

class TestCollectorFeed : public QObject
{
    Q_OBJECT

private slots:
    void checksum()
    {
        // The textbook GGA example (NMEA 0183).
        QCOMPARE(nmeaChecksum("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"),
                 QByteArray("*47"));
        const QByteArray rmc = nmeaRmc(QDateTime(QDate(2026, 12, 1), QTime(8, 30, 5), Qt::UTC),
                                       QPointF(114.5, -35.25));
        QVERIFY2(rmc.startsWith("$GPRMC,083005.00,A,3515.0000,S,11430.0000,E,"), rmc.constData());
        QVERIFY(rmc.endsWith("\r\n"));
    }

    void replaysALog()
    {
        QTemporaryDir dir;
        QFile log(dir.filePath("col01.nmea"));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write(fixes(QDateTime::currentDateTimeUtc(), 4, 100));
        log.close();
        CollectorFeed feed;
        QSignalSpy spy(&feed, &CollectorFeed::positionUpdated);
        QVERIFY(feed.addLogFile("col01", log.fileName(), true));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 3, 8000);
        const auto first = spy.at(0).at(0).value<CollectorFix>();
        QCOMPARE(first.collectorId, QStringLiteral("col01"));
        QVERIFY2(near(first.lonLat, at(0.5, 0.5)),
                 qPrintable(QStringLiteral("%1 %2")
                                .arg(first.lonLat.x(), 0, 'f', 7)
                                .arg(first.lonLat.y(), 0, 'f', 7)));
        QVERIFY(first.at.isValid());
        QVERIFY(!feed.addLogFile("col02", dir.filePath("missing.nmea")));
    }

    void readsATcpDevice()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTimer sender;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            QTcpSocket *s = server.nextPendingConnection();
            QObject::connect(&sender, &QTimer::timeout, s,
                             [s] { s->write(fixes(QDateTime::currentDateTimeUtc(), 1, 0)); });
            sender.start(100);
        });
        CollectorFeed feed;
        QSignalSpy spy(&feed, &CollectorFeed::positionUpdated);
        QVERIFY(
            feed.addSource("col07", QStringLiteral("tcp://127.0.0.1:%1").arg(server.serverPort())));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 2, 8000);
        QVERIFY(near(spy.at(0).at(0).value<CollectorFix>().lonLat, at(0.5, 0.5)));
        QVERIFY(!feed.addSource("col08", "tcp://nohost"));
    }

    void storesTracksWithOutboxRows()
    {
        QTemporaryDir dir;
        auto db = Storage::Database::open(dir.filePath("c.gpkg"),
                                          Storage::Database::OpenMode::Create);
        CC_VERIFY_OK(db);
        QVERIFY(writeDatabase(**db).isEmpty());
        Map::CollectorTracks tracks(**db);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        tracks.add("sup01", at(0.5, 0.5), t0);
        tracks.add("sup01", at(0.6, 0.5), t0.addSecs(1));
        tracks.add("sup01", at(0.55, 0.5), t0.addSecs(-5)); // late arrival: stored, not the latest
        QCOMPARE(tracks.pending(), 3);
        auto written = tracks.flush();
        CC_VERIFY_OK(written);
        QCOMPARE(*written, 3);
        QCOMPARE((*db)->rowCount("collector_position"), 3);
        QCOMPARE((*db)->rowCount("outbox"), 3);
        const auto latest = tracks.latest();
        QCOMPARE(latest.size(), size_t(1));
        QVERIFY(near(latest.front().pos, at(0.6, 0.5)));
        QCOMPARE(latest.front().label, QStringLiteral("督查员")); // the user's display name
        QCOMPARE(tracks.flush().value(), 0);
    }

    void simulatorWalksInsideTheGrid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("c.gpkg");
        {
            auto db = Storage::Database::open(path, Storage::Database::OpenMode::Create);
            CC_VERIFY_OK(db);
            QVERIFY(writeDatabase(**db).isEmpty());
            Storage::UserRow col{Core::uuidText(Core::makeUuidV7()),
                                 "col01",
                                 "监督员",
                                 "",
                                 "",
                                 "R01",
                                 "",
                                 true,
                                 {Core::roleId(Core::Role::Collector)}};
            CC_VERIFY_OK(Storage::UserRepository(**db).upsert(col));
        }
        QProcess sim;
        sim.start(CC_BINARY_DIR "/bin/collectorsim",
                  {"--db", path, "--log", dir.filePath("logs"), "--duration", "120", "--speed", "5",
                   "--register"});
        QVERIFY(sim.waitForFinished(30000));
        QCOMPARE(sim.exitCode(), 0);
        QFile log(dir.filePath("logs/col01.nmea"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().split('\n');
        QCOMPARE(lines.count(QByteArray()), 1); // 240 sentences and the final newline
        QCOMPARE(lines.size(), 241);
        auto db = Storage::Database::open(path, Storage::Database::OpenMode::ReadOnly);
        auto locator = Map::GridLocator::load(**db);
        CC_VERIFY_OK(locator);
        // Every reported position lies in the collector's responsibility grid, and it moves.
        QPointF first, last;
        for (const QByteArray &line : lines) {
            if (!line.startsWith("$GPRMC"))
                continue;
            const QList<QByteArray> f = line.split(',');
            const double lat = f[3].left(2).toDouble() + f[3].mid(2).toDouble() / 60;
            const double lon = f[5].left(3).toDouble() + f[5].mid(3).toDouble() / 60;
            const QPointF p(lon, lat);
            QCOMPARE(locator->locate(p).responsibilityGrid, QStringLiteral("R01"));
            if (first.isNull())
                first = p;
            last = p;
        }
        QVERIFY(!near(first, last));
        auto sources = Storage::SettingRepository(**db).get("positioning.sources");
        QVERIFY(sources.ok() && *sources && (*sources)->contains("col01.nmea"));
    }
};

QTEST_GUILESS_MAIN(TestCollectorFeed)
#include "tst_collectorfeed.moc"
