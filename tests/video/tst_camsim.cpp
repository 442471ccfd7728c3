// SPDX-License-Identifier: GPL-3.0-or-later
// The camera simulator itself: free port on --port 0, mounts from the demo city's camera
// table, a refused busy port, clean SIGTERM.
#include "camsimprocess.h"

#include "cc/video/camerastream.h"

#include <QTemporaryDir>

#include <sqlite3.h>

using namespace Cc::Video;
using State = CameraStream::State;

class TstCamSim : public QObject
{
    Q_OBJECT
private slots:
    void freePortAndCleanStop()
    {
        CamSimProcess sim;
        QVERIFY(sim.start(3) > 0);
        CameraStream cs;
        cs.setUrl(sim.url(3, "main"));
        cs.start();
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Playing, 60000);
        QVERIFY(sim.terminate()); // SIGTERM: exit code 0
        QTRY_VERIFY_WITH_TIMEOUT(cs.state() == State::Backoff || cs.state() == State::Connecting,
                                 30000);
    }

    void busyPortIsRefused()
    {
        CamSimProcess first, second;
        const int port = first.start(1);
        QVERIFY(port > 0);
        QCOMPARE(second.start(1, port), 0); // no port line: it says why on stderr and exits
    }

    void mountsFromTheCameraTable()
    {
        QTemporaryDir dir;
        const QByteArray file = dir.filePath(QStringLiteral("cams.gpkg")).toUtf8();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.constData(), &db), SQLITE_OK);
        const char *sql
            = "CREATE TABLE camera (fid INTEGER PRIMARY KEY, url_main TEXT, url_sub TEXT);"
              "INSERT INTO camera (url_main, url_sub) VALUES"
              " ('rtsp://127.0.0.1:8554/cam01/main', 'rtsp://127.0.0.1:8554/cam01/sub'),"
              " ('rtsp://10.1.1.1/streets/north-gate/main', 'rtsp://10.1.1.1/streets/north-gate/sub');";
        QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);

        QProcess sim;
        sim.start(QStringLiteral(CC_BINARY_DIR "/bin/camsim"),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                   QString::fromUtf8(file), QStringLiteral("--cache"),
                   QStringLiteral(CC_BINARY_DIR "/camsim-cache")});
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 180000);
        const int port = sim.readLine().trimmed().toInt();
        QVERIFY(port > 0);
        CameraStream cs;
        cs.setUrl(QStringLiteral("rtsp://127.0.0.1:%1/streets/north-gate/sub").arg(port));
        cs.start();
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Playing, 60000);
        QCOMPARE(cs.stats().frameSize.isValid() ? cs.stats().frameSize
                                                : cs.mailbox()->latest().frame.size(),
                 QSize(640, 360));
        sim.terminate();
        QVERIFY(sim.waitForFinished(20000));
        QCOMPARE(sim.exitCode(), 0);

        QProcess bad;
        bad.start(QStringLiteral(CC_BINARY_DIR "/bin/camsim"),
                  {QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.gpkg"))});
        QVERIFY(bad.waitForFinished(20000));
        QVERIFY(bad.exitCode() != 0);
        QVERIFY(bad.readAllStandardError().contains("camsim: cannot open"));
    }
};

QTEST_MAIN(TstCamSim)
#include "tst_camsim.moc"
