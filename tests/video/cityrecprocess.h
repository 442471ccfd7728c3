// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The real recorder (cityrec) as a child process of a test: started on a folder, its first
// stdout line ("cityrec: recording … repaired R, dropped D, adopted A") read back.

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <sys/types.h>

class CityRecProcess
{
public:
    ~CityRecProcess() { killHard(); }

    /// Starts cityrec and waits for its first line; false if it did not come.
    bool start(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(CC_BINARY_DIR "/bin/cityrec"));
        m_process.setArguments(arguments + QStringList{QStringLiteral("--exit-with-parent")});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (!m_process.canReadLine() && clock.elapsed() < 60000
               && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(200);
        m_firstLine = QString::fromUtf8(m_process.readLine()).trimmed();
        return m_firstLine.startsWith(QStringLiteral("cityrec: recording"));
    }

    QString firstLine() const { return m_firstLine; }
    /// "repaired", "dropped" or "adopted" from the first line.
    int recovered(const char *what) const
    {
        const auto match = QRegularExpression(QStringLiteral("(\\d+) (?:segment\\(s\\) )?")
                                              + QLatin1String(what))
                               .match(m_firstLine);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    void killHard()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10000);
    }
    bool terminate()
    {
        m_process.terminate();
        return m_process.waitForFinished(30000) && m_process.exitStatus() == QProcess::NormalExit
               && m_process.exitCode() == 0;
    }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QString m_firstLine;
};
