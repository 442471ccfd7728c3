// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input gives clear states and messages and disturbs no other stream; credentials never
// appear in what the stream shows or logs.
#include "camsimprocess.h"

#include "cc/video/camerastream.h"

#include <QTcpServer>

using namespace Cc::Video;
using State = CameraStream::State;

namespace {
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

int closedPort()
{
    QTcpServer server; // bind, read the port, close: nothing listens there afterwards
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}
} // namespace

class TstCameraStreamErrors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_sim.start(2) > 0); }

    void malformedUrlIsOffline_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("garbage") << "rtsp//cam 01";
        QTest::newRow("http") << "http://127.0.0.1/cam01";
        QTest::newRow("empty") << "";
    }
    void malformedUrlIsOffline()
    {
        QFETCH(QString, url);
        CameraStream cs;
        cs.setUrl(url);
        cs.start();
        QCOMPARE(cs.state(), State::Offline); // no retry can fix a malformed address
        QVERIFY(cs.errorText().contains(QLatin1String("Not a valid camera address")));
        QVERIFY(cs.statusText().startsWith(QLatin1String("Offline")));
        QTest::qWait(1500);
        QCOMPARE(cs.state(), State::Offline);
    }

    // A camera that refuses connections backs off 1, 2, 4 s … with a clear message, while a
    // healthy stream in the same process keeps playing.
    void unreachableHostLeavesOthersAlone()
    {
        CameraStream good, dead, missing;
        good.setUrl(m_sim.url(1));
        dead.setUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam01/sub").arg(closedPort()));
        missing.setUrl(QStringLiteral("rtsp://127.0.0.1:%1/no-such-camera").arg(m_sim.port()));
        good.start();
        QTRY_COMPARE_WITH_TIMEOUT(good.state(), State::Playing, 60000);
        dead.start();
        missing.start();
        QTRY_COMPARE_WITH_TIMEOUT(dead.state(), State::Backoff, 20000);
        QVERIFY2(dead.errorText().startsWith(QLatin1String("Could not connect to the camera")),
                 qPrintable(dead.errorText()));
        QVERIFY2(dead.statusText().startsWith(QLatin1String("Reconnecting in")),
                 qPrintable(dead.statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(missing.state(), State::Backoff, 20000);
        QVERIFY2(missing.errorText().contains(QLatin1String("no such stream")),
                 qPrintable(missing.errorText()));

        const quint64 framesBefore = good.stats().frames;
        QTRY_VERIFY_WITH_TIMEOUT(dead.backoffAttempt() >= 3, 30000);
        // The backoff grows: after three failures the next try is more than 2 s away.
        QTRY_VERIFY_WITH_TIMEOUT(dead.state() == State::Backoff && dead.retryInMs() > 2000, 20000);
        QCOMPARE(good.state(), State::Playing);
        QVERIFY(good.stats().frames > framesBefore + 25);
        QCOMPARE(good.stats().reconnects, 0);
    }

    void credentialsNeverShown()
    {
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        const QString secret = QStringLiteral("Sup3rS3cret");
        CameraStream ok, dead;
        ok.setUrl(m_sim.url(2, "sub", QStringLiteral("admin:") + secret));
        dead.setUrl(
            QStringLiteral("rtsp://admin:%1@127.0.0.1:%2/cam01/sub").arg(secret).arg(closedPort()));
        ok.start();
        dead.start();
        QTRY_COMPARE_WITH_TIMEOUT(ok.state(), State::Playing, 60000); // camsim ignores credentials
        QTRY_COMPARE_WITH_TIMEOUT(dead.state(), State::Backoff, 20000);
        qInstallMessageHandler(previous);
        for (const CameraStream *cs : {&ok, &dead}) {
            QVERIFY(!cs->displayUrl().contains(secret));
            QVERIFY(cs->displayUrl().contains(QLatin1String("***@127.0.0.1")));
            QVERIFY(!cs->errorText().contains(secret));
            QVERIFY(!cs->statusText().contains(secret));
        }
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }

private:
    CamSimProcess m_sim;
};

QTEST_MAIN(TstCameraStreamErrors)
#include "tst_camerastream_errors.moc"
