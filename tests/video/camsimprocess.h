// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The real camera simulator (tools/camsim) as a child process of a test: started with
// --port 0 (or a given port, to restart "the same camera"), its port read from stdout.

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <sys/types.h>

class CamSimProcess
{
public:
    ~CamSimProcess() { kill(); }

    /// Starts camsim and waits (generously: the first run on a loaded machine encodes the
    /// clips) until it listens. Returns the port, or 0.
    int start(int cameras = 2, int port = 0)
    {
        QStringList pin;
        if (m_cpu >= 0 && QFile::exists(QStringLiteral("/usr/bin/taskset")))
            pin = {QStringLiteral("-c"), QString::number(m_cpu),
                   QStringLiteral(CC_BINARY_DIR "/bin/camsim")};
        m_process.setProgram(pin.isEmpty() ? QStringLiteral(CC_BINARY_DIR "/bin/camsim")
                                           : QStringLiteral("/usr/bin/taskset"));
        m_process.setArguments(
            pin
            + QStringList{QStringLiteral("--port"), QString::number(port),
                          QStringLiteral("--cameras"), QString::number(cameras),
                          QStringLiteral("--cache"), QStringLiteral(CC_BINARY_DIR "/camsim-cache"),
                          QStringLiteral("--exit-with-parent")}
            + (m_protocols.isEmpty() ? QStringList{}
                                     : QStringList{QStringLiteral("--protocols"), m_protocols})
            + m_extra);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return 0;
        QElapsedTimer clock;
        clock.start();
        while (!m_process.canReadLine() && clock.elapsed() < 180000
               && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(500);
        m_port = m_process.readLine().trimmed().toInt();
        return m_port;
    }

    QString url(int camera, const char *stream = "sub", const QString &userInfo = {}) const
    {
        const QString user = userInfo.isEmpty() ? QString() : userInfo + QLatin1Char('@');
        return QStringLiteral("rtsp://") + user
               + QStringLiteral("127.0.0.1:%1/cam%2/%3")
                     .arg(m_port)
                     .arg(camera, 2, 10, QLatin1Char('0'))
                     .arg(QLatin1String(stream));
    }

    int port() const { return m_port; }
    /// More options (e.g. --ptz 1 --onvif-port 0); before start().
    void setExtraArguments(const QStringList &arguments) { m_extra = arguments; }
    /// The next line camsim prints on stdout after the port (e.g. "onvif 41234"), trimmed.
    QString nextLine(int timeoutMs = 10000)
    {
        QElapsedTimer clock;
        clock.start();
        while (!m_process.canReadLine() && clock.elapsed() < timeoutMs
               && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(200);
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    /// What RTP may travel over ("tcp", "udp", "udp-mcast" or a comma list); before start().
    void setProtocols(const QString &protocols) { m_protocols = protocols; }
    /// Benchmarks: run camsim on this CPU only (taskset), away from the client.
    void pinToCpu(int cpu) { m_cpu = cpu; }
    void freeze() { ::kill(pid_t(m_process.processId()), SIGSTOP); }
    void resume() { ::kill(pid_t(m_process.processId()), SIGCONT); }
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        resume();
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    bool terminate()
    {
        m_process.terminate();
        return m_process.waitForFinished(20000) && m_process.exitStatus() == QProcess::NormalExit
               && m_process.exitCode() == 0;
    }

private:
    QProcess m_process;
    int m_port = 0;
    int m_cpu = -1;
    QString m_protocols;
    QStringList m_extra;
};
