// SPDX-License-Identifier: GPL-3.0-or-later
// RTP transports (issue 16): cameras that offer RTP only over UDP or only over TCP both play
// with the transport on Auto (TCP interleaved first, then UDP unicast, then multicast), the
// one that worked is reported and tried first next time, and a pinned transport the camera
// does not offer fails with the camera's reason instead of trying others. Real camsim
// servers restricted with --protocols (gst-rtsp-server's own restriction).
#include "camsimprocess.h"

#include "cc/video/camerastream.h"

#include <QSignalSpy>

using namespace Cc::Video;
using State = CameraStream::State;

Q_DECLARE_METATYPE(Cc::Video::RtspTransport)

class TstCameraStreamTransport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_udpOnly.setProtocols(QStringLiteral("udp"));
        m_tcpOnly.setProtocols(QStringLiteral("tcp"));
        QVERIFY(m_udpOnly.start(1) > 0);
        QVERIFY(m_tcpOnly.start(1) > 0);
    }

    void candidates_data()
    {
        QTest::addColumn<RtspTransport>("setting");
        QTest::addColumn<RtspTransport>("remembered");
        QTest::addColumn<QList<RtspTransport>>("expected");
        using T = RtspTransport;
        QTest::newRow("auto") << T::Auto << T::Auto << QList<T>{T::Tcp, T::Udp, T::Multicast};
        QTest::newRow("auto, udp worked")
            << T::Auto << T::Udp << QList<T>{T::Udp, T::Tcp, T::Multicast};
        QTest::newRow("auto, mcast worked")
            << T::Auto << T::Multicast << QList<T>{T::Multicast, T::Tcp, T::Udp};
        QTest::newRow("pinned udp") << T::Udp << T::Tcp << QList<T>{T::Udp};
        QTest::newRow("pinned tcp") << T::Tcp << T::Auto << QList<T>{T::Tcp};
    }
    void candidates()
    {
        QFETCH(RtspTransport, setting);
        QFETCH(RtspTransport, remembered);
        QFETCH(QList<RtspTransport>, expected);
        QCOMPARE(transportCandidates(setting, remembered), expected);
    }

    void keys()
    {
        for (auto t : {RtspTransport::Auto, RtspTransport::Tcp, RtspTransport::Udp,
                       RtspTransport::Multicast})
            QCOMPARE(transportFromKey(transportKey(t)), std::optional(t));
        QCOMPARE(transportFromKey(QStringLiteral(" UDP ")), std::optional(RtspTransport::Udp));
        QVERIFY(!transportFromKey(QStringLiteral("http")));
        QVERIFY(!transportFromKey(QString()));
    }

    // Auto plays whatever the camera offers, and says which transport worked.
    void autoPlays_data()
    {
        QTest::addColumn<bool>("udpServer");
        QTest::addColumn<RtspTransport>("expected");
        QTest::newRow("camera offers UDP only") << true << RtspTransport::Udp;
        QTest::newRow("camera offers TCP only") << false << RtspTransport::Tcp;
    }
    void autoPlays()
    {
        QFETCH(bool, udpServer);
        QFETCH(RtspTransport, expected);
        CamSimProcess &sim = udpServer ? m_udpOnly : m_tcpOnly;
        CameraStream cs;
        QSignalSpy worked(&cs, &CameraStream::transportWorked);
        cs.setUrl(sim.url(1));
        QCOMPARE(cs.transportSetting(), RtspTransport::Auto);
        cs.start();
        QCOMPARE(cs.transport(), RtspTransport::Tcp); // TCP interleaved is tried first
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Playing, 60000);
        QCOMPARE(cs.transport(), expected);
        QCOMPARE(worked.count(), 1);
        QCOMPARE(worked.first().first().value<RtspTransport>(), expected);
        const quint64 frames = cs.stats().frames;
        QTRY_VERIFY_WITH_TIMEOUT(cs.stats().frames > frames + 25, 20000); // it keeps playing
        QCOMPARE(cs.stats().frameSize.isValid() ? cs.stats().frameSize : QSize(640, 360),
                 QSize(640, 360));
    }

    // Remembered: the transport that worked last goes first, no TCP attempt before it.
    void rememberedGoesFirst()
    {
        CameraStream cs;
        cs.setUrl(m_udpOnly.url(1));
        cs.setTransport(RtspTransport::Auto, RtspTransport::Udp);
        cs.start();
        QCOMPARE(cs.transport(), RtspTransport::Udp);
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Playing, 60000);
        QCOMPARE(cs.transport(), RtspTransport::Udp);
        QCOMPARE(cs.stats().reconnects, 0);
    }

    // A stream that played over UDP and lost the camera reconnects over UDP first.
    void reconnectKeepsTheWorkingTransport()
    {
        CamSimProcess sim;
        sim.setProtocols(QStringLiteral("udp"));
        const int port = sim.start(1);
        QVERIFY(port > 0);
        CameraStream cs;
        cs.setUrl(sim.url(1));
        cs.start();
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Playing, 60000);
        QCOMPARE(cs.transport(), RtspTransport::Udp);
        sim.kill();
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Backoff, 30000);
        CamSimProcess again;
        again.setProtocols(QStringLiteral("udp"));
        QCOMPARE(again.start(1, port), port);
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Connecting, 30000);
        QCOMPARE(cs.transport(), RtspTransport::Udp);
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Playing, 60000);
    }

    // Pinned to a transport the camera lacks: the camera's reason, no other transport tried.
    void pinnedTransportTheCameraLacks_data()
    {
        QTest::addColumn<bool>("udpServer");
        QTest::addColumn<RtspTransport>("pinned");
        QTest::newRow("TCP at a UDP-only camera") << true << RtspTransport::Tcp;
        QTest::newRow("UDP at a TCP-only camera") << false << RtspTransport::Udp;
    }
    void pinnedTransportTheCameraLacks()
    {
        QFETCH(bool, udpServer);
        QFETCH(RtspTransport, pinned);
        CameraStream cs;
        cs.setUrl((udpServer ? m_udpOnly : m_tcpOnly).url(1));
        cs.setTransport(pinned);
        cs.start();
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Backoff, 30000);
        QCOMPARE(cs.transport(), pinned);
        QVERIFY2(cs.errorText().contains(QLatin1String("No supported stream")),
                 qPrintable(cs.errorText()));
        QVERIFY2(!cs.errorText().contains(QLatin1String("No RTP transport worked")),
                 qPrintable(cs.errorText()));
        QCOMPARE(cs.stats().frames, quint64(0));
    }

    // The setting is the camera's to change: the next connect uses it.
    void settingAppliesOnNextConnect()
    {
        CameraStream cs;
        cs.setUrl(m_tcpOnly.url(1));
        cs.setTransport(RtspTransport::Udp);
        cs.start();
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Backoff, 30000);
        cs.stop();
        cs.setTransport(RtspTransport::Auto);
        QCOMPARE(cs.transportSetting(), RtspTransport::Auto);
        cs.start();
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Playing, 60000);
        QCOMPARE(cs.transport(), RtspTransport::Tcp);
    }

private:
    CamSimProcess m_udpOnly, m_tcpOnly;
};

QTEST_MAIN(TstCameraStreamTransport)
#include "tst_camerastream_transport.moc"
