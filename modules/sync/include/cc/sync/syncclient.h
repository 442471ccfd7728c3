// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/database.h>
#include <cc/sync/basemapsync.h>
#include <cc/sync/cliptransfer.h>
#include <cc/sync/pgconnection.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

namespace Cc::Sync {

namespace Internal {
class LocalApplier;
}

/// What this workstation knows of its hub (kept in the local `setting` table; the password
/// is not: see CredentialStore).
struct HubLink
{
    QString url, user, clientId, hubId;
    bool isValid() const { return !url.isEmpty() && !user.isEmpty() && !clientId.isEmpty(); }
};

/// One table of a snapshot: its rows and the seconds from opening its cursor to the last row
/// written locally.
struct JoinTable
{
    QString name;
    qint64 rows = 0;
    double seconds = 0;
};

struct JoinReport
{
    qint64 rows = 0;
    qint64 watermark = 0;
    double seconds = 0;
    QList<JoinTable> tables;
    /// Of `seconds`: rebuilding what the load set aside (indexes, R-trees, full text, the
    /// trigger-kept tables) at the end.
    double finishSeconds = 0;
    QList<JoinTable> steps; ///< the rebuilds of finishSeconds, by name (rows unused)
    BasemapReport basemap;  ///< the city's basemap, fetched after the snapshot (hub schema 13)
};

struct PushReport
{
    int sent = 0, applied = 0, rejected = 0;
    /// Entries left because another user took them (they go when that user syncs).
    int waitingForOtherUser = 0;
    QString waitingUser;
    /// The refusals' "code: message", in order (a gateway answers its caller with them).
    QStringList refusals;
    QList<qint64> refusedSeqs; ///< the outbox seq of each refusal, in the same order
    /// Reports the hub numbered anew: case id → the hub's number.
    QList<std::pair<QString, QString>> renumbered;
};

struct PullReport
{
    int received = 0, applied = 0, skipped = 0; ///< skipped: rows with un-pushed local changes
    qint64 cursor = 0;
};

struct SyncReport
{
    PushReport push;
    PullReport pull;
    BasemapReport basemap;  ///< changed: a new basemap version was applied
    ClipUploadReport clips; ///< clips' bytes sent this round (more: run another round soon)
};

/// The hub client of one workstation (docs/design.md §5): push the outbox in order and
/// idempotently, pull changes after the cursor, each batch in one SQLite transaction. Not a
/// QObject and blocking; SyncEngine runs it on a worker thread.
class SyncClient
{
public:
    /// progress(done, total) during the snapshot download.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// Creates the local GeoPackage `path` (which must not exist yet) from a snapshot of the
    /// hub, tagged with the hub's change_seq watermark. On any failure the file is removed.
    static Result<JoinReport> join(const QString &path, const HubCredentials &credentials,
                                   const Progress &progress = {});
    static Result<HubLink> link(Storage::Database &db);

    SyncClient(Storage::Database &db, HubCredentials credentials);
    ~SyncClient();

    /// A gateway's client (citygate in hub mode, hub schema 9): pushes every user's queued
    /// entries over its one hub login, which the hub lets act for them (cc_gateway) and
    /// checks as if each had pushed their own. A workstation pushes only its user's.
    void setGateway(bool gateway) { m_gateway = gateway; }
    /// Whether the hub lets this login act for others (cc.gateway_check; connects).
    Result<bool> isGatewayOnHub();

    Result<SyncReport> syncOnce();
    Result<PushReport> push();
    Result<PullReport> pull();
    qint64 pendingCount();
    void disconnect();
    bool isConnected() const;

    /// Test hook: stop after the hub answered a push and before the local acknowledgement
    /// commits (simulates a crash between send and ack when combined with a kill).
    void setPauseBeforeAck(std::function<void()> hook) { m_beforeAck = std::move(hook); }

    static constexpr int kPullBatch = 1000;
    /// How long one round may spend sending clips' bytes (hub schema 12): a 200 MB clip goes
    /// up over many rounds, so this workstation's own pushes and pulls wait at most this long.
    static constexpr int kClipBudgetMs = 250;
    static constexpr int kLimitsMaxAgeMs = 60 * 1000; ///< the hub's caps are read again after

private:
    Result<SyncReport> syncRound();
    Result<void> acknowledge(const QList<QJsonObject> &entries, const QJsonArray &verdicts,
                             PushReport &report);
    Result<void> forgetOthersHashes();
    Result<void> readLimits();
    Result<void> fillHistories(Internal::LocalApplier &applier, const QSet<QString> &caseIds);
    Result<void> ensureConnected();
    Result<qint64> cursor();

    Storage::Database &m_db;
    HubCredentials m_credentials;
    std::unique_ptr<PgConnection> m_conn;
    QString m_userId, m_clientId, m_scope;
    /// One push's caps (cc.limits, read before a push at most once a minute): entries, and
    /// bytes of JSON text.
    int m_pushEntries = 500;
    qint64 m_pushBytes = 48 << 20;
    QElapsedTimer m_limitsRead; ///< since the caps were read (invalid: never)
    std::function<void()> m_beforeAck;
    bool m_gateway = false;
};

} // namespace Cc::Sync
