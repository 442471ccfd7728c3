// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QObject>
#include <QTimer>

#include <optional>

namespace Cc::Storage {
class Database;
}

namespace Cc::City {

/// The one watcher of a workstation's database: views refresh on its typed signals instead
/// of each polling on a timer of its own.
///   - Writes on this connection (the user's own steps, in this process) are noticed as they
///     commit (SQLite's commit hook) and signalled once control returns to
///     the event loop, so every count follows the user's step at once.
///   - Writes by other connections (the hub sync's thread, cityctl, another process) are
///     noticed by one poll of PRAGMA data_version every interval (a single cheap pragma while
///     nothing changed), or at once when the hub says rows arrived (checkNow()).
/// What changed comes from the change_stamp counters (migration 0012) and the newest case
/// row, so each signal reaches only the views that show that kind of data.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 5000;

    /// Watches `db` (this process's connection; it must outlive the notifier). Not polling
    /// until start(); own writes are signalled from construction on. One per connection: a
    /// second one made while the first lives takes over until it is destroyed.
    explicit ChangeNotifier(Storage::Database &db, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    void setIntervalMs(int ms);
    int intervalMs() const { return m_poll.interval(); }
    void start();
    void stop();
    bool isPolling() const { return m_poll.isActive(); }

public slots:
    /// One tick of the poll: false (and nothing read) when no other connection committed
    /// since the last look, else checks what changed.
    bool poll();
    /// Reads what changed now and signals it (the hub delivered rows; after own writes).
    /// false when the database could not be read (lastError() says why).
    bool checkNow();
    /// Every signal, whether or not anything changed (F5: the user asks for a fresh look).
    void refreshAll();

public:
    const Error &lastError() const { return m_lastError; }

signals:
    void casesChanged();      ///< a case reported, stepped, imported, pulled or removed
    void gridsChanged();      ///< unit or responsibility grids, streets, communities
    void componentsChanged(); ///< 部件 rows
    void camerasChanged();    ///< camera rows
    void referenceChanged();  ///< departments, users, categories, calendar, settings
    /// After the typed signals of one check, when anything changed.
    void changed();

private:
    struct Stamps
    {
        qint64 newestCase = 0, cases = 0, grids = 0, components = 0, cameras = 0, reference = 0;
    };
    struct Changed
    {
        bool cases = false, grids = false, components = false, cameras = false, reference = false;
    };
    Result<Stamps> readStamps();
    /// Reads the stamps and says which differ from the last read.
    std::optional<Changed> takeChanges();
    void signal(const Changed &what);
    void ownCommit();
    static int commitHook(void *self);

    Storage::Database &m_db;
    QTimer m_poll;
    Stamps m_stamps;
    qint64 m_dataVersion = -1;
    bool m_checkQueued = false;
    bool m_checking = false;
    Error m_lastError;
    void *m_outer = nullptr; ///< the notifier whose commit hook this one replaced (nested use)
};

} // namespace Cc::City
