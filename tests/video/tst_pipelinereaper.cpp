// SPDX-License-Identifier: GPL-3.0-or-later
// Pipeline lifetimes (issue 11): retired pipelines are torn down on the reaper's one thread,
// none is left alive (GObject finalization is counted, so a leaked reference shows), and at
// process exit the thread is joined after the pipelines still queued are down.
#include "camsimprocess.h"

#include "cc/video/camerastream.h"
#include "cc/video/pipelinereaper.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

using namespace Cc::Video;
using State = CameraStream::State;

namespace {
constexpr int kChildStreams = 4;

// Runs after PipelineReaper's destructor: registered before the reaper exists (see childMain).
void reportAtExit()
{
    std::printf("at-exit live=%d torn-down=%llu\n", PipelineReaper::livePipelines(),
                static_cast<unsigned long long>(PipelineReaper::tornDown()));
    std::fflush(stdout);
}

// The child: plays kChildStreams streams, deletes them and returns from main() at once, with
// their teardown still queued or under way.
int childMain(int argc, char **argv)
{
    std::atexit(reportAtExit);
    QCoreApplication app(argc, argv);
    const QString url = qEnvironmentVariable("CC_REAPER_URL");
    std::vector<std::unique_ptr<CameraStream>> streams;
    for (int i = 0; i < kChildStreams; ++i) {
        streams.push_back(std::make_unique<CameraStream>());
        streams.back()->setUrl(url);
        streams.back()->start();
    }
    const auto allPlaying = [&] {
        return std::all_of(streams.begin(), streams.end(),
                           [](const auto &s) { return s->state() == State::Playing; });
    };
    if (!QTest::qWaitFor(allPlaying, 60000))
        return 3;
    std::printf("before-exit live=%d torn-down=%llu\n", PipelineReaper::livePipelines(),
                static_cast<unsigned long long>(PipelineReaper::tornDown()));
    std::fflush(stdout);
    streams.clear();
    return 0;
}
} // namespace

class TstPipelineReaper : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_sim.start(3) > 0); }

    void teardownOnTheReaperThread()
    {
        const quint64 tornBefore = PipelineReaper::tornDown();
        QCOMPARE(PipelineReaper::livePipelines(), 0);
        {
            std::vector<std::unique_ptr<CameraStream>> streams;
            for (int i = 1; i <= 3; ++i) {
                streams.push_back(std::make_unique<CameraStream>());
                streams.back()->setUrl(m_sim.url(i));
                streams.back()->start();
            }
            for (const auto &s : streams)
                QTRY_COMPARE_WITH_TIMEOUT(s->state(), State::Playing, 60000);
            QCOMPARE(PipelineReaper::livePipelines(), 3);
            streams[0]->stop(); // retired, the stream lives on
            PipelineReaper::instance().drain();
            QCOMPARE(PipelineReaper::livePipelines(), 2);
            QVERIFY(PipelineReaper::instance().running());
        } // the other two go with their streams
        PipelineReaper::instance().drain();
        QCOMPARE(PipelineReaper::livePipelines(), 0);
        QCOMPARE(PipelineReaper::tornDown(), tornBefore + 3);
    }

    // Reconnects and transport attempts build and retire pipelines over and over: none stays.
    void rebuildsLeaveNothingBehind()
    {
        CameraStream::Config fast;
        fast.backoffMinMs = 100;
        fast.backoffMaxMs = 200;
        CameraStream cs(fast);
        cs.setUrl(QStringLiteral("rtsp://127.0.0.1:%1/no-such-camera").arg(m_sim.port()));
        cs.start();
        QTRY_VERIFY_WITH_TIMEOUT(cs.stats().reconnects >= 4, 30000);
        cs.stop();
        PipelineReaper::instance().drain();
        QCOMPARE(PipelineReaper::livePipelines(), 0);
    }

    void joinedAtExit()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CC_REAPER_URL"), m_sim.url(1));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--exit-child")});
        QVERIFY(child.waitForFinished(120000));
        const QString out = QString::fromLatin1(child.readAllStandardOutput());
        qInfo("child: %s", qPrintable(out.simplified()));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("before-exit live=%1 ").arg(kChildStreams)),
                 qPrintable(out));
        // After main() returned and the reaper's thread was joined: every pipeline torn down
        // by it and finalized.
        const auto atExit
            = QRegularExpression(QStringLiteral("at-exit live=(\\d+) torn-down=(\\d+)")).match(out);
        QVERIFY2(atExit.hasMatch(), qPrintable(out));
        QCOMPARE(atExit.captured(1).toInt(), 0);
        QVERIFY(atExit.captured(2).toInt() >= kChildStreams); // more if one reconnected meanwhile
    }

private:
    CamSimProcess m_sim;
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--exit-child") == 0)
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TstPipelineReaper test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pipelinereaper.moc"
