// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The receivers tst_notify and bench_notify send to (notify_receivers.py under Debian's own
// python3, which has python3-aiosmtpd): start, read what they logged, stop.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace NotifyTest {

inline const QString kReceivers = QStringLiteral(CC_SOURCE_DIR
                                                 "/tests/integration/notify_receivers.py");

struct Receivers
{
    QProcess process;
    QString log;
    int httpPort = 0, smtpPort = 0;

    bool start(const QString &logFile, const QStringList &extra = {})
    {
        log = logFile;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral("/usr/bin/python3"),
                      QStringList{kReceivers, QStringLiteral("--log"), logFile} + extra);
        if (!process.waitForStarted(10000))
            return false;
        for (int i = 0; i < 100 && !process.canReadLine(); ++i)
            process.waitForReadyRead(100);
        const QStringList ready = QString::fromUtf8(process.readLine()).trimmed().split(' ');
        if (ready.size() != 3 || ready[0] != QLatin1String("ready"))
            return false;
        httpPort = ready[1].toInt();
        smtpPort = ready[2].toInt();
        return httpPort > 0;
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(httpPort).arg(path);
    }
    QList<QJsonObject> entries() const
    {
        QList<QJsonObject> list;
        QFile file(log);
        if (!file.open(QIODevice::ReadOnly))
            return list;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (!line.isEmpty())
                list.append(QJsonDocument::fromJson(line).object());
        }
        return list;
    }
    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.closeWriteChannel();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    ~Receivers() { stop(); }
};

} // namespace NotifyTest
