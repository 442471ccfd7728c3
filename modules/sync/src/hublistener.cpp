// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/sync/hublistener.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/select.h>

namespace Cc::Sync {

HubListener::HubListener(HubCredentials credentials, QObject *parent)
    : QThread(parent)
    , m_credentials(std::move(credentials))
{}

HubListener::~HubListener()
{
    stop();
}

void HubListener::stop()
{
    m_stop = true;
    wait();
}

bool HubListener::sleepUnlessStopped(int ms)
{
    for (int slept = 0; slept < ms && !m_stop; slept += 100)
        QThread::msleep(100);
    return !m_stop;
}

void HubListener::run()
{
    int backoffMs = 500;
    bool up = false;
    while (!m_stop) {
        auto conn = PgConnection::connect(m_credentials);
        // Lower-case ASCII channel, unquoted: what NOTIFY in cc.push names.
        if (!conn || !conn.value()->command(QStringLiteral("LISTEN cc_changes"))) {
            if (up)
                emit linkChanged(false);
            up = false;
            if (!sleepUnlessStopped(backoffMs))
                break;
            backoffMs = std::min(backoffMs * 2, 30000);
            continue;
        }
        backoffMs = 500;
        up = true;
        emit linkChanged(true);
        emit doorbell(-1);
        PgConnection &pg = *conn.value();
        QElapsedTimer sinceBeat;
        sinceBeat.start();
        while (!m_stop) {
            const int fd = pg.socket();
            fd_set readable;
            FD_ZERO(&readable);
            FD_SET(fd, &readable);
            timeval timeout{0, 200 * 1000};
            const int n = select(fd + 1, &readable, nullptr, nullptr, &timeout);
            if (n < 0)
                break;
            if (n > 0) {
                QList<std::pair<QString, QString>> notes;
                if (!pg.consumeNotifications(notes))
                    break;
                qint64 seq = 0;
                for (const auto &[channel, payload] : notes) {
                    const qint64 s = QJsonDocument::fromJson(payload.toUtf8())
                                         .object()
                                         .value(QStringLiteral("seq"))
                                         .toInteger();
                    seq = std::max(seq, s);
                }
                if (!notes.isEmpty())
                    emit doorbell(seq);
            }
            // There is no "link dropped" event on an idle socket: ask now and then.
            if (sinceBeat.elapsed() > kHeartbeatMs) {
                if (!pg.command(QStringLiteral("SELECT 1")))
                    break;
                sinceBeat.restart();
            }
        }
        if (!m_stop) {
            up = false;
            emit linkChanged(false);
            sleepUnlessStopped(backoffMs);
        }
    }
}

} // namespace Cc::Sync
