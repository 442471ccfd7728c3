// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/storage/database.h>
#include <cc/sync/pgconnection.h>
#include <cc/sync/syncclient.h>

#include <QDateTime>
#include <QElapsedTimer>
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
    qint64 pending = 0;     ///< outbox entries not yet on the hub
    QDateTime offlineSince; ///< valid while Offline
    QDateTime lastSync;     ///< last complete push + pull
    QString lastError;      ///< translated, for the tooltip
    int conflicts = 0;      ///< unresolved, for the conflicts list
    QString waitingUser;    ///< outbox entries of another user wait for them
    qint64 rounds = 0;      ///< sync rounds (push + pull) since start()
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

    /// Pulls the doorbell asks for: at most one per interval, which starts at kBellMinMs,
    /// doubles after each rung pull that brought nothing (anyone with a hub login can NOTIFY)
    /// up to kBellMaxMs, and drops back once one brings rows. Rings in between fold into one.
    static constexpr int kBellMinMs = 25;
    static constexpr int kBellMaxMs = 2000;
    /// The app verifies the file on its own thread already: its engine skips the page check.
    void setIntegrityCheck(Storage::Database::IntegrityCheck check) { m_integrity = check; }
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
    void ring();
    void setState(SyncStatus::State state, const QString &error = {});
    void refreshCounts();

    QString m_path;
    HubCredentials m_credentials;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<HubListener> m_listener;
    QTimer m_poll, m_outboxWatch, m_bell;
    QElapsedTimer m_sinceBellPull;
    int m_bellIntervalMs = kBellMinMs;
    bool m_rung = false; ///< the round about to run was asked for by the doorbell
    int m_pollMs = 30000;
    Storage::Database::IntegrityCheck m_integrity = Storage::Database::IntegrityCheck::AtOpen;
    bool m_running = false, m_again = false;
    SyncStatus m_status;
};

} // namespace Cc::Sync

Q_DECLARE_METATYPE(Cc::Sync::SyncStatus)
