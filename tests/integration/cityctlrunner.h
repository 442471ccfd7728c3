// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the real cityctl binary for the integration tests: English output, UTF-8, an optional
// host time zone and standard input.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace CityctlTest {

inline const QString kCityctl = QStringLiteral(CC_BINARY_DIR "/bin/cityctl");

struct Run
{
    int code = -1;
    QString out, err;
};

inline Run cityctl(const QStringList &args, const QByteArray &input = {}, const QString &tz = {},
                   int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!tz.isEmpty())
        env.insert(QStringLiteral("TZ"), tz);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(kCityctl, QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    Run run;
    if (!p.waitForStarted(10000)) {
        run.err = QStringLiteral("cannot start %1").arg(kCityctl);
        return run;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished) {
        // Killed, it must not read as a success: QProcess reports a normal exit with code 0
        // until it has seen the process end.
        p.kill();
        p.waitForFinished(10000);
    }
    run.code = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    if (!finished)
        run.err.prepend(QStringLiteral("timed out after %1 s; ").arg(timeoutMs / 1000));
    return run;
}

/// The JSON files cityctl's export/import commands read and write.
inline bool writeJson(const QString &path, const QJsonObject &root)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(root).toJson()) > 0;
}

inline QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                       : QJsonObject();
}

inline QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.code)
        .arg(r.out.left(2000), r.err.left(2000));
}

} // namespace CityctlTest
