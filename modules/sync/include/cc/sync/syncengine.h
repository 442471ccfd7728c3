// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/sync/pgconnection.h>
#include <cc/sync/syncclient.h>

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Cc::Storage {
class Database;
}

namespace Cc::Sync {

class HubListener;

struct SyncStatus
{
    enum class State { Invalid = 0, Standalone, Offline, Connected, Syncing };
    State state = State::Standalone;
    qint64 pending = 0;          ///< outbox entries not yet on the hub
    QDateTime offlineSince;      ///< valid while Offline
    QDateTime lastSync;          ///< last complete push + pull
    QString lastError;           ///< translated, for the tooltip
    int conflicts = 0;           ///< unresolved, for the conflicts list
    QString waitingUser;         ///< outbox entries of another user wait for them
};

/// Keeps one workstation's database in step with its hub: pushes whenever the outbox has
/// entries (checked every second), pulls when the doorbell rings, and every poll interval as
/// a backstop. Blocking work: give it a thread of its own in a GUI (moveToThread, then
/// start()). It opens its own connection to the database file.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(QString databasePath, HubCredentials credentials, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setPollIntervalMs(int ms) { m_pollMs = ms; }
    SyncStatus status() const { return m_status; }

public slots:
    void start();
    void stop();
    void syncNow();

signals:
    void statusChanged(const Cc::Sync::SyncStatus &status);
    /// After each sync that changed something: rows pulled, entries pushed, new conflicts.
    void synced(int pulled, int pushed, int rejected);

private:
    void runSync();
    void setState(SyncStatus::State state, const QString &error = {});
    void refreshCounts();

    QString m_path;
    HubCredentials m_credentials;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<HubListener> m_listener;
    QTimer m_poll, m_outboxWatch;
    int m_pollMs = 30000;
    bool m_running = false, m_again = false;
    SyncStatus m_status;
};

} // namespace Cc::Sync

Q_DECLARE_METATYPE(Cc::Sync::SyncStatus)
