// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/sync/pgconnection.h>

#include <QThread>

#include <atomic>

namespace Cc::Sync {

/// The doorbell (docs/design.md §5, item 5): a dedicated thread and connection that LISTENs on
/// cc_changes, waits on the socket with select(), sends a heartbeat, reconnects with backoff
/// and LISTENs again after every reconnect (PostgreSQL replays nothing that was missed, so a
/// reconnect also rings, to make the engine pull).
class HubListener : public QThread
{
    Q_OBJECT
public:
    explicit HubListener(HubCredentials credentials, QObject *parent = nullptr);
    ~HubListener() override;
    void stop(); ///< returns once the thread has ended

    static constexpr int kHeartbeatMs = 15000;

signals:
    void doorbell(qint64 seq); ///< -1: after a reconnect, anything may have changed
    void linkChanged(bool up);

protected:
    void run() override;

private:
    bool sleepUnlessStopped(int ms);
    HubCredentials m_credentials;
    std::atomic_bool m_stop{false};
};

} // namespace Cc::Sync
