// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A throwaway PostgreSQL 15 + PostGIS cluster for the hub tests: initdb into a temporary
// folder as a non-root user (the postgres system user when the tests run as root), started
// with pg_ctl on a free 127.0.0.1 port with SCRAM authentication, removed afterwards.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace HubTest {

class PgCluster
{
public:
    ~PgCluster() { stop(QStringLiteral("immediate")); }

    bool start(QString *why)
    {
        m_bin = binDir();
        if (::geteuid() == 0)
            m_asUser = QStringLiteral("postgres"); // initdb and pg_ctl refuse to run as root
        reapOrphans();
        if (m_bin.isEmpty()) {
            *why = QStringLiteral(
                "no PostgreSQL server binaries under /usr/lib/postgresql (tools/dev deps installs them)");
            return false;
        }
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                + QStringLiteral("/cc-hub-XXXXXX"));
        if (!m_dir->isValid()) {
            *why = QStringLiteral("cannot create a temporary folder");
            return false;
        }
        if (::geteuid() == 0) {
            // initdb refuses to run as root: hand the folder to the postgres system user.
            const passwd *pw = ::getpwnam("postgres");
            if (!pw) {
                *why = QStringLiteral("running as root and there is no postgres user");
                return false;
            }
            if (::chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid)
                != 0) {
                *why = QStringLiteral("cannot chown the cluster folder");
                return false;
            }
            m_asUser = QStringLiteral("postgres");
        }
        // Who owns this cluster: a later run stops it if this process died without cleaning up.
        if (QFile owner(m_dir->filePath(QStringLiteral("owner.pid")));
            owner.open(QIODevice::WriteOnly))
            owner.write(QByteArray::number(qint64(::getpid())));
        QFile pw(m_dir->filePath(QStringLiteral("pw")));
        if (!pw.open(QIODevice::WriteOnly))
            return false;
        pw.write(password().toUtf8() + '\n');
        pw.close();
        if (!m_asUser.isEmpty()) {
            const passwd *p = ::getpwnam("postgres");
            (void) !::chown(QFile::encodeName(pw.fileName()).constData(), p->pw_uid, p->pw_gid);
        }
        if (!run(m_bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("-A"), QStringLiteral("scram-sha-256"),
                  QStringLiteral("--pwfile=") + pw.fileName(), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                  QStringLiteral("--no-sync")},
                 why))
            return false;
        m_port = freePort();
        return startServer(why);
    }

    bool startServer(QString *why)
    {
        const QString options
            = QStringLiteral(
                  "-c port=%1 -c listen_addresses=127.0.0.1 -c unix_socket_directories=%2 "
                  "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                  "-c max_connections=60")
                  .arg(m_port)
                  .arg(m_dir->path());
        return run(m_bin + QStringLiteral("/pg_ctl"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-o"), options,
                    QStringLiteral("-l"), m_dir->filePath(QStringLiteral("log")),
                    QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                    QStringLiteral("start")},
                   why);
    }

    bool stop(const QString &mode = QStringLiteral("fast"))
    {
        if (!m_dir || m_port == 0)
            return false;
        QString why;
        return run(m_bin + QStringLiteral("/pg_ctl"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), mode,
                    QStringLiteral("-w"), QStringLiteral("stop")},
                   &why);
    }

    int port() const { return m_port; }
    static QString password() { return QStringLiteral("admin-secret-42"); }
    QString url(const QString &db) const
    {
        return QStringLiteral("postgresql://127.0.0.1:%1/%2").arg(m_port).arg(db);
    }
    QString log() const
    {
        QFile f(m_dir->filePath(QStringLiteral("log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private:
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }

    /// Clusters left by a test run that crashed (SIGABRT skips destructors): stopped and removed.
    void reapOrphans()
    {
        const QDir tmp(QDir::tempPath());
        for (const QString &name : tmp.entryList({QStringLiteral("cc-hub-*")}, QDir::Dirs)) {
            const QString dir = tmp.filePath(name);
            QFile owner(dir + QStringLiteral("/owner.pid"));
            if (!owner.open(QIODevice::ReadOnly))
                continue;
            const pid_t pid = pid_t(owner.readAll().toLongLong());
            if (pid <= 0 || ::kill(pid, 0) == 0 || errno != ESRCH)
                continue; // still running (or not ours to judge)
            QString why;
            run(m_bin + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-m"),
                 QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                &why);
            QDir(dir).removeRecursively();
        }
    }

    static QString binDir()
    {
        for (const QString &v :
             {QStringLiteral("15"), QStringLiteral("16"), QStringLiteral("17")}) {
            const QString dir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
            if (QFile::exists(dir + QStringLiteral("/initdb")))
                return dir;
        }
        return {};
    }

    static int freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        socklen_t len = sizeof a;
        int port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
            port = ntohs(a.sin_port);
        ::close(fd);
        return port;
    }

    bool run(const QString &program, const QStringList &args, QString *why)
    {
        QProcess p;
        if (m_asUser.isEmpty())
            p.start(program, args);
        else
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), m_asUser, QStringLiteral("--"), program}
                        + args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0) {
            *why = QStringLiteral("%1 failed: %2 %3")
                       .arg(program, QString::fromUtf8(p.readAllStandardOutput()),
                            QString::fromUtf8(p.readAllStandardError()));
            return false;
        }
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin, m_asUser;
    int m_port = 0;
};

} // namespace HubTest
