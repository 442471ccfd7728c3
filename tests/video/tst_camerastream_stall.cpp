// SPDX-License-Identifier: GPL-3.0-or-later
// camsim frozen with the connection open (SIGSTOP): rtspsrc posts nothing, our no-frame
// watchdog does. Short freeze: Stalled then Playing on the same pipeline. Long freeze: the
// watchdog rebuilds the pipeline (Backoff) and the stream plays again after SIGCONT.
#include "camsimprocess.h"

#include "cc/video/camerastream.h"

using namespace Cc::Video;
using State = CameraStream::State;

class TstCameraStreamStall : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_sim.start(1) > 0); }
    void cleanup() { m_sim.resume(); }

    void shortFreeze()
    {
        CameraStream cs;
        cs.setUrl(m_sim.url(1));
        cs.start();
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Playing, 60000);
        m_sim.freeze();
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Stalled, 20000);
        QVERIFY(cs.statusText() != CameraStream::stateName(State::Stalled)); // says for how long
        m_sim.resume();
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Playing, 20000);
        QCOMPARE(cs.stats().reconnects, 0); // resumed on the same pipeline
    }

    void longFreeze()
    {
        CameraStream::Config config;
        config.watchdogMs = 6000;
        CameraStream cs(config);
        cs.setUrl(m_sim.url(1));
        cs.start();
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Playing, 60000);
        m_sim.freeze();
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Stalled, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(cs.state() == State::Backoff || cs.state() == State::Connecting,
                                 30000);
        QVERIFY2(!cs.errorText().isEmpty(), "the watchdog says why it rebuilt");
        m_sim.resume();
        QTRY_COMPARE_WITH_TIMEOUT(cs.state(), State::Playing, 60000);
        QVERIFY(cs.stats().reconnects >= 1);
    }

private:
    CamSimProcess m_sim;
};

QTEST_MAIN(TstCameraStreamStall)
#include "tst_camerastream_stall.moc"
