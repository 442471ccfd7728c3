// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/sync/syncclient.h>

#include "localapply.h"
#include "pushbatch.h"
#include "snapshotload.h"
#include "synctr.h"

#include <cc/core/uuid.h>
#include <cc/storage/repositories.h>
#include <cc/sync/hubadmin.h>
#include <cc/sync/prefetcher.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <optional>

namespace Cc::Sync {

namespace {

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.toString();
}

Result<void> setSetting(Storage::Database &db, const QString &key, const QString &value)
{
    return Storage::SettingRepository(db).set(key, value);
}

Result<void> setCursor(Storage::Database &db, const QString &scope, qint64 seq)
{
    auto st = db.prepare(QStringLiteral(
        "INSERT INTO sync_cursor (scope, seq, updated_at) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (scope) DO UPDATE SET seq = excluded.seq, updated_at = excluded.updated_at"));
    if (!st)
        return st.error();
    st.value().bindText(1, scope).bindInt(2, seq).bindText(3, Storage::isoUtc(
                                                                  QDateTime::currentDateTimeUtc()));
    return st.value().exec();
}

/// Turns SQLite's foreign-key enforcement off for a scope (outside any transaction).
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Storage::Database &db) : m_db(db)
    {
        (void) m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff() { (void) m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    Storage::Database &m_db;
};

} // namespace

Result<HubLink> SyncClient::link(Storage::Database &db)
{
    Storage::SettingRepository settings(db);
    HubLink l;
    for (auto [key, field] :
         {std::pair{"sync.url", &l.url}, std::pair{"sync.user", &l.user},
          std::pair{"sync.clientId", &l.clientId}, std::pair{"sync.hubId", &l.hubId}}) {
        auto v = settings.get(QString::fromLatin1(key));
        if (!v)
            return v.error();
        *field = v.value().value_or(QString());
    }
    return l;
}

namespace {

/// What the hub's snapshot holds: its watermark and scope, its tables in load order and
/// their rows in all.
struct HubSnapshot
{
    qint64 watermark = 0;
    QString scope, hubId;
    QStringList tables;
    qint64 totalRows = 0;
    qint64 eventRows = 0;
};

/// SyncClient::join's steps: a hub snapshot copied into a new local database file, table by
/// table, in one local transaction, so that a failed join leaves nothing behind.
class SnapshotJoin
{
public:
    SnapshotJoin(PgConnection &pg, const HubCredentials &credentials,
                 const SyncClient::Progress &progress, JoinReport &report)
        : m_pg(pg)
        , m_credentials(credentials)
        , m_progress(progress)
        , m_report(report)
    {}

    Result<void> run(const QString &path);

private:
    Result<void> openSnapshot();
    static Result<void> prepareForLoad(Storage::Database &db);
    static void prepareForSorting(Storage::Database &db);
    Result<void> loadTable(const QString &table, Internal::LocalApplier &applier,
                           Internal::SnapshotLoad &load);
    Result<void> applyBatches(const QString &table, Internal::LocalApplier &applier,
                              Internal::SnapshotLoad &load);
    Result<void> recordLink(Storage::Database &db);

    PgConnection &m_pg;
    const HubCredentials &m_credentials;
    const SyncClient::Progress &m_progress;
    JoinReport &m_report;
    HubSnapshot m_snapshot;
};

Result<void> SnapshotJoin::run(const QString &path)
{
    auto opened = Storage::Database::open(path, Storage::Database::OpenMode::Create);
    if (!opened)
        return opened.error();
    Storage::Database &db = *opened.value();
    if (auto r = openSnapshot(); !r)
        return r;
    const ForeignKeysOff fkOff(db); // see pull()
    if (auto r = prepareForLoad(db); !r)
        return r;
    Storage::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Internal::LocalApplier applier(db);
    if (m_progress)
        m_progress(0, m_snapshot.totalRows);
    applier.setFresh(true);
    // Into the new, empty file: indexes and per-row triggers set aside until the end,
    // same transaction, so a failed join leaves nothing behind.
    Internal::SnapshotLoad load(db);
    if (auto r = load.begin(m_snapshot.eventRows); !r)
        return r;
    for (const QString &table : std::as_const(m_snapshot.tables)) {
        if (auto r = loadTable(table, applier, load); !r)
            return r;
    }
    (void) m_pg.command(QStringLiteral("COMMIT"));
    QElapsedTimer finishTimer;
    finishTimer.start();
    prepareForSorting(db);
    if (auto r = load.finish([&](const QString &step, double seconds) {
            m_report.steps.append({step, 0, seconds});
        });
        !r)
        return r;
    if (auto r = recordLink(db); !r)
        return r;
    QElapsedTimer commitTimer;
    commitTimer.start();
    if (auto r = tx.commit(); !r)
        return r;
    m_report.steps.append({QStringLiteral("commit"), 0, commitTimer.nsecsElapsed() / 1e9});
    m_report.finishSeconds = finishTimer.nsecsElapsed() / 1e9;
    return db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

/// One REPEATABLE READ snapshot on the hub: the rows and the watermark describe the same
/// moment.
Result<void> SnapshotJoin::openSnapshot()
{
    if (auto r = m_pg.command(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        !r)
        return r;
    auto hello = m_pg.exec(QStringLiteral("SELECT cc.hello($1)"), {kHubSchemaVersion});
    if (!hello)
        return hello.error();
    const QJsonObject me = parseObject(hello->bytes(0, 0));
    m_snapshot.watermark = me.value(QStringLiteral("seq")).toInteger();
    m_snapshot.scope = me.value(QStringLiteral("scope")).toString();
    m_snapshot.hubId = me.value(QStringLiteral("hubId")).toString();
    m_report.watermark = m_snapshot.watermark;
    auto counts = m_pg.exec(QStringLiteral("SELECT cc.snapshot_counts($1, $2)"),
                            {kHubSchemaVersion, m_snapshot.scope});
    if (!counts)
        return counts.error();
    for (const QJsonValue &pair : QJsonDocument::fromJson(counts->bytes(0, 0)).array()) {
        m_snapshot.tables.append(pair[0].toString());
        m_snapshot.totalRows += pair[1].toInteger();
        if (pair[0].toString() == QLatin1String("case_event"))
            m_snapshot.eventRows = pair[1].toInteger();
    }
    return {};
}

Result<void> SnapshotJoin::prepareForLoad(Storage::Database &db)
{
    // A rollback journal while loading the new file: SQLite journals no page beyond the
    // file's size at BEGIN, so the rows go into the file once, not into the WAL and then
    // again by the checkpoint. WAL again after the commit (and at every open anyway).
    if (auto r = db.exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !r)
        return r;
    (void) db.exec(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MiB: no spills mid-join
    return {};
}

/// The indexes and facts built at the end are sorted in 4 MiB runs, each sorted by a worker
/// thread and written to a temporary file while this thread reads on, then merged. The
/// sorter sizes its runs by cache_size, and uses threads only when its temporary files are
/// on disk (Database::open keeps temporary storage in memory; the transaction's statement
/// journals stay there, decided at BEGIN: with files for them the events' load took 11 s
/// instead of 3). The demo town's five event indexes: 1.6–2.1 s instead of 2.9–3.3 s in one
/// in-memory run of 35 MB (cache misses in its linked lists). Dirty pages still go to the
/// file only past 256 MiB (cache_spill). Best effort: a refused setting only costs time.
void SnapshotJoin::prepareForSorting(Storage::Database &db)
{
    for (const char *pragma : {"PRAGMA threads = 2", "PRAGMA temp_store = FILE",
                               "PRAGMA cache_spill = -262144", "PRAGMA cache_size = -4096"})
        (void) db.exec(QString::fromLatin1(pragma));
}

Result<void> SnapshotJoin::loadTable(const QString &table, Internal::LocalApplier &applier,
                                     Internal::SnapshotLoad &load)
{
    QElapsedTimer tableTimer;
    tableTimer.start();
    const qint64 rowsBefore = m_report.rows;
    if (auto r = m_pg.command(QStringLiteral("SELECT cc.snapshot_open($1, $2, $3)"),
                              {kHubSchemaVersion, m_snapshot.scope, table});
        !r)
        return r;
    if (auto r = applyBatches(table, applier, load); !r)
        return r;
    if (auto r = m_pg.command(QStringLiteral("CLOSE snap")); !r)
        return r;
    m_report.tables.append({table, m_report.rows - rowsBefore, tableTimer.nsecsElapsed() / 1e9});
    return {};
}

/// The hub encodes the next rows while this side writes the last ones: the prefetcher's
/// thread fetches (it alone uses the connection meanwhile), this one applies.
Result<void> SnapshotJoin::applyBatches(const QString &table, Internal::LocalApplier &applier,
                                        Internal::SnapshotLoad &load)
{
    // At most a few batches ahead, so memory stays bounded.
    constexpr std::size_t kBatchesAhead = 4;
    Prefetcher<PgResult> batches(kBatchesAhead, [this]() -> Result<std::optional<PgResult>> {
        auto rows = m_pg.exec(QStringLiteral("FETCH 5000 FROM snap"));
        if (!rows)
            return rows.error();
        if (rows->rows() == 0)
            return std::optional<PgResult>();
        return std::optional<PgResult>(std::move(rows).value());
    });
    while (std::optional<PgResult> batch = batches.next()) {
        if (auto applied = applier.insertRows(table, *batch); !applied)
            return applied; // the prefetcher stops (and joins its thread) on the way out
        load.observe(table, *batch);
        m_report.rows += batch->rows();
        if (m_progress)
            m_progress(m_report.rows, m_snapshot.totalRows);
    }
    if (auto failed = batches.error())
        return *failed;
    return {};
}

/// The new database's link to its hub, and the cursor at the snapshot's watermark.
Result<void> SnapshotJoin::recordLink(Storage::Database &db)
{
    const QString clientId = Core::uuidText(Core::makeUuidV7(QDateTime::currentMSecsSinceEpoch()));
    for (const auto &[key, value] : {std::pair{QStringLiteral("sync.url"), m_credentials.url},
                                     std::pair{QStringLiteral("sync.user"), m_credentials.user},
                                     std::pair{QStringLiteral("sync.clientId"), clientId},
                                     std::pair{QStringLiteral("sync.hubId"), m_snapshot.hubId}}) {
        if (auto r = setSetting(db, key, value); !r)
            return r;
    }
    return setCursor(db, m_snapshot.scope, m_snapshot.watermark);
}

} // namespace

Result<JoinReport> SyncClient::join(const QString &path, const HubCredentials &credentials,
                                    const Progress &progress)
{
    if (QFileInfo::exists(path))
        return makeError(QStringLiteral("sync.join-exists"),
                         SyncTr::tr(
                             "%1 exists already; a workstation joins into a new database file.")
                             .arg(path));
    QElapsedTimer timer;
    timer.start();
    auto conn = PgConnection::connect(credentials);
    if (!conn)
        return conn.error();
    JoinReport report;
    if (auto r = SnapshotJoin(*conn.value(), credentials, progress, report).run(path); !r) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QFile::remove(path + suffix);
        return r.error();
    }
    // The city's basemap (hub schema 13) is not a synced table: fetched once the file exists.
    auto joined = Storage::Database::open(path, Storage::Database::OpenMode::ReadWrite);
    auto basemap = joined ? BasemapSync(*conn.value()).pull(*joined.value())
                          : Result<BasemapReport>(joined.error());
    if (basemap) // else the database stands all the same; its first sync fetches the basemap
        report.basemap = basemap.value();
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

SyncClient::SyncClient(Storage::Database &db, HubCredentials credentials)
    : m_db(db)
    , m_credentials(std::move(credentials))
{}

SyncClient::~SyncClient() = default;

bool SyncClient::isConnected() const
{
    return m_conn && m_conn->isOk();
}

void SyncClient::disconnect()
{
    m_conn.reset();
    m_limitsRead.invalidate(); // a new connection reads the caps again
}

Result<void> SyncClient::ensureConnected()
{
    if (m_conn && m_conn->isOk())
        return {};
    m_conn.reset();
    auto l = link(m_db);
    if (!l)
        return l.error();
    if (!l->isValid())
        return makeError(QStringLiteral("sync.not-joined"),
                         SyncTr::tr("This database has not joined a hub (cityctl sync join)."));
    m_clientId = l->clientId;
    if (m_credentials.url.isEmpty())
        m_credentials.url = l->url;
    if (m_credentials.user.isEmpty())
        m_credentials.user = l->user;
    auto conn = PgConnection::connect(m_credentials);
    if (!conn)
        return conn.error();
    auto hello = conn.value()->exec(QStringLiteral("SELECT cc.hello($1)"), {kHubSchemaVersion});
    if (!hello)
        return hello.error();
    const QJsonObject me = parseObject(hello->bytes(0, 0));
    if (!l->hubId.isEmpty() && me.value(QStringLiteral("hubId")).toString() != l->hubId)
        return makeError(
            QStringLiteral("sync.other-hub"),
            SyncTr::tr("%1 is not the hub this database joined; join it again into a new file.")
                .arg(m_credentials.url));
    m_userId = me.value(QStringLiteral("userId")).toString();
    m_scope = me.value(QStringLiteral("scope")).toString();
    m_conn = std::move(conn).value();
    if (auto r = forgetOthersHashes(); !r)
        return r.error();
    return {};
}

Result<bool> SyncClient::isGatewayOnHub()
{
    if (auto r = ensureConnected(); !r)
        return r.error();
    auto answer = m_conn->exec(QStringLiteral("SELECT cc.gateway_check($1)"), {kHubSchemaVersion});
    if (!answer)
        return answer.error();
    return answer->text(0, 0) == QLatin1String("t");
}

Result<void> SyncClient::readLimits()
{
    auto limits = m_conn->exec(QStringLiteral("SELECT cc.limits($1)"), {kHubSchemaVersion});
    if (!limits)
        return limits.error();
    const QJsonObject caps = parseObject(limits->bytes(0, 0));
    m_pushEntries = int(
        std::clamp<qint64>(caps.value(QStringLiteral("pushEntries")).toInteger(500), 1, 1 << 20));
    // Three quarters of the hub's cap on the JSON text: the hub measures the parsed jsonb,
    // which may be a little larger.
    m_pushBytes = std::max<qint64>(1, caps.value(QStringLiteral("pushBytes")).toInteger(64 << 20)
                                          * 3 / 4);
    return {};
}

Result<void> SyncClient::forgetOthersHashes()
{
    // Hubs before schema 4 handed every user's password hash to every workstation; now a
    // workstation keeps its own user's and those of users who logged in here, checked
    // against the hub (docs/hub.md). Once per database.
    Storage::SettingRepository settings(m_db);
    auto done = settings.get(QStringLiteral("sync.ownHashesOnly"));
    if (!done)
        return done.error();
    if (done.value())
        return {};
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto st = m_db.prepare(QStringLiteral(
        "UPDATE app_user SET password_hash = '' WHERE id <> ?1 AND password_hash <> ''"));
    if (!st)
        return st.error();
    st.value().bindText(1, m_userId);
    if (auto r = st.value().exec(); !r)
        return r;
    if (auto r = settings.set(QStringLiteral("sync.ownHashesOnly"), QStringLiteral("1")); !r)
        return r;
    return tx.commit();
}

qint64 SyncClient::pendingCount()
{
    auto n = Storage::OutboxRepository(m_db).count();
    return n ? n.value() : 0;
}

Result<qint64> SyncClient::cursor()
{
    return m_db.scalar(QStringLiteral("SELECT seq FROM sync_cursor WHERE scope = ?1"), {m_scope});
}

Result<PushReport> SyncClient::push()
{
    if (auto r = ensureConnected(); !r)
        return r.error();
    PushReport report;
    Storage::OutboxRepository outbox(m_db);
    // The hub's caps (its administrator may change them): read again after a minute, not
    // before every push (a round trip each: citygate pushes every write on its own). Caps
    // lowered meanwhile are met by halving the push (sync.push-too-large below).
    if ((!m_limitsRead.isValid() || m_limitsRead.elapsed() > kLimitsMaxAgeMs)
        && pendingCount() > 0) {
        if (auto r = readLimits(); !r)
            return r.error();
        m_limitsRead.start();
    }
    Internal::PushLimits limits{m_pushEntries, m_pushBytes};
    for (int shrunk = 0;;) {
        auto batch = Internal::nextPushBatch(outbox, limits, m_gateway ? QString() : m_userId);
        if (!batch)
            return batch.error();
        report.waitingForOtherUser = batch->waitingForOtherUser;
        report.waitingUser = batch->waitingUser;
        if (batch->entries.isEmpty())
            break;
        auto answer = m_conn->exec(QStringLiteral("SELECT cc.push($1, $2, $3::jsonb)"),
                                   {kHubSchemaVersion, m_clientId, QString::fromUtf8(batch->json)});
        if (!answer && answer.error().code == QLatin1String("sync.push-too-large")
            && batch->entries.size() > 1 && ++shrunk < 16) {
            // The hub's caps are lower than it said (changed meanwhile, or its measure of the
            // bytes differs): nothing was applied; send halves.
            limits.entries = std::max<int>(1, int(batch->entries.size() / 2));
            limits.bytes = std::max<qint64>(1, batch->json.size() / 2);
            continue;
        }
        if (!answer)
            return answer.error();
        // The hub may answer only the first entries (its time under the writer lock ran out):
        // the others stay queued and go in the next push.
        const QJsonArray verdicts = QJsonDocument::fromJson(answer->bytes(0, 0)).array();
        if (verdicts.isEmpty() || verdicts.size() > batch->entries.size())
            return makeError(QStringLiteral("sync.hub-error"),
                             SyncTr::tr("The hub answered %1 of %2 entries.")
                                 .arg(verdicts.size())
                                 .arg(batch->entries.size()));
        if (m_beforeAck)
            m_beforeAck();
        if (auto r = acknowledge(batch->entries, verdicts, report); !r)
            return r.error();
        // The hub took fewer (its time under the lock ran out): send about twice what it took
        // next time, not the whole cap again; grow back while it takes all.
        limits.entries = verdicts.size() < batch->entries.size()
                             ? std::max<int>(1, int(verdicts.size()) * 2)
                             : std::min(m_pushEntries, limits.entries * 2);
        if (report.waitingForOtherUser > 0 && verdicts.size() == batch->entries.size())
            break;
    }
    return report;
}

Result<void> SyncClient::acknowledge(const QList<QJsonObject> &entries, const QJsonArray &verdicts,
                                     PushReport &report)
{
    // Verdicts, conflicts and the acknowledgement in one transaction: after a crash the
    // entries are sent again and the hub answers the same.
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Internal::LocalApplier applier(m_db);
    Storage::ConflictRepository conflicts(m_db);
    qint64 last = 0;
    for (int i = 0; i < verdicts.size(); ++i) {
        const QJsonObject v = verdicts[i].toObject();
        const QJsonObject &entry = entries[i];
        last = entry.value(QStringLiteral("seq")).toInteger();
        if (v.value(QStringLiteral("seq")).toInteger() != last)
            return makeError(QStringLiteral("sync.hub-error"),
                             SyncTr::tr("The hub answered out of order."));
        ++report.sent;
        if (v.value(QStringLiteral("status")).toString() == QLatin1String("applied")) {
            ++report.applied;
            // A report the hub numbered anew (its number was taken meanwhile): at once, so
            // the old number can never reach the other case that holds it on the hub.
            if (const QString number = v.value(QStringLiteral("number")).toString();
                !number.isEmpty()) {
                const QString caseId = entry.value(QStringLiteral("payload"))
                                           .toObject()
                                           .value(QStringLiteral("caseId"))
                                           .toString();
                if (auto r = applier.renumber(caseId, number); !r)
                    return r.error();
                report.renumbered.append({caseId, number});
            }
            continue;
        }
        ++report.rejected;
        const QJsonObject remote = v.value(QStringLiteral("remote")).toObject();
        const QJsonObject payload = entry.value(QStringLiteral("payload")).toObject();
        Storage::ConflictRow c;
        c.id = Core::uuidText(Core::makeUuidV7(QDateTime::currentMSecsSinceEpoch()));
        c.entity = entry.value(QStringLiteral("entity")).toString();
        c.rowId = entry.value(QStringLiteral("rowId")).toString();
        c.localPayload = compact(payload);
        c.remotePayload = compact(remote);
        c.reason = QStringLiteral("%1: %2").arg(v.value(QStringLiteral("code")).toString(),
                                                v.value(QStringLiteral("message")).toString());
        if (auto r = conflicts.insert(c); !r)
            return r.error();
        report.refusals.append(c.reason);
        report.refusedSeqs.append(last);
        const QString caseId = payload.value(QStringLiteral("caseId")).toString();
        if (!caseId.isEmpty()) {
            if (auto r = applier.replaceCase(caseId,
                                             remote.value(QStringLiteral("case")).toObject(),
                                             remote.value(QStringLiteral("events")).toArray());
                !r)
                return r.error();
        } else if (remote.contains(QStringLiteral("row"))) {
            // A refused row change: the hub's row replaces the local one (none: it goes).
            const QJsonObject hubRow = remote.value(QStringLiteral("row")).toObject();
            if (auto r = hubRow.isEmpty() ? applier.remove(c.entity, QJsonObject{{"id", c.rowId}})
                                          : applier.apply(c.entity, hubRow);
                !r)
                return r.error();
            // A refused change of departments and users: its rows as the hub has them.
            if (c.entity == QLatin1String("org_change")) {
                if (auto r = applier.restoreOrg(remote); !r)
                    return r.error();
            }
        }
    }
    if (auto r = Storage::OutboxRepository(m_db).acknowledgeUpTo(last); !r)
        return r.error();
    return tx.commit();
}

Result<PullReport> SyncClient::pull()
{
    if (auto r = ensureConnected(); !r)
        return r.error();
    PullReport report;
    for (;;) {
        auto from = cursor();
        if (!from)
            return from.error();
        report.cursor = from.value();
        auto rows = m_conn
                        ->exec(QStringLiteral(
                                   "SELECT change_seq, entity, data FROM cc.pull($1, $2, $3, $4)"),
                               {kHubSchemaVersion, m_scope, from.value(), kPullBatch});
        if (!rows)
            return rows.error();
        if (rows->rows() == 0)
            break;
        // Rows come in change_seq order, in which a case's older events precede its (later
        // stamped) row; the hub has checked every reference, so the local check is off while
        // a batch applies (PRAGMA foreign_keys cannot change inside a transaction).
        const ForeignKeysOff fkOff(m_db);
        Storage::Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        // Cases with actions not yet pushed keep their local state: the push's verdict
        // (applied, or refused with the hub's copy) settles them.
        QSet<QString> pendingCases, pendingRows;
        auto pending = m_db.prepare(QStringLiteral(
            "SELECT DISTINCT json_extract(payload, '$.caseId'), entity || '|' || row_id FROM outbox"));
        if (!pending)
            return pending.error();
        for (;;) {
            auto r = pending.value().step();
            if (!r)
                return r.error();
            if (!r.value())
                break;
            if (!pending.value().isNull(0))
                pendingCases.insert(pending.value().text(0));
            pendingRows.insert(pending.value().text(1));
        }
        Internal::LocalApplier applier(m_db);
        QSet<QString> newCases;
        qint64 last = from.value();
        for (int i = 0; i < rows->rows(); ++i) {
            last = rows->integer(i, 0);
            const QJsonObject data = parseObject(rows->bytes(i, 2));
            // A deletion names its table and the row's key.
            const bool deletion = rows->text(i, 1) == QLatin1String("tombstone");
            const QString entity = deletion ? data.value(QStringLiteral("entity")).toString()
                                            : rows->text(i, 1);
            const QJsonObject row = deletion ? data.value(QStringLiteral("key")).toObject() : data;
            ++report.received;
            const QString caseId = entity == QLatin1String("case_record")
                                       ? row.value(QStringLiteral("id")).toString()
                                       : row.value(QStringLiteral("case_id")).toString();
            const bool caseRow = entity == QLatin1String("case_record")
                                 || entity == QLatin1String("case_event")
                                 || entity == QLatin1String("attachment");
            if ((caseRow && pendingCases.contains(caseId))
                || pendingRows.contains(entity + QLatin1Char('|')
                                        + row.value(QStringLiteral("id")).toString())) {
                ++report.skipped;
                continue;
            }
            if (auto r = deletion ? applier.remove(entity, row) : applier.apply(entity, row); !r)
                return r.error();
            ++report.applied;
            if (entity == QLatin1String("case_record") && m_scope != QLatin1String("city"))
                newCases.insert(caseId);
        }
        if (auto r = fillHistories(applier, newCases); !r)
            return r.error();
        if (auto r = setCursor(m_db, m_scope, last); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        report.cursor = last;
        if (rows->rows() < kPullBatch)
            break;
    }
    return report;
}

Result<void> SyncClient::fillHistories(Internal::LocalApplier &applier,
                                       const QSet<QString> &caseIds)
{
    // A case that just came into a department's scope arrives with the events stamped after
    // the department's cursor only; fetch the rest of its history once.
    for (const QString &id : caseIds) {
        auto st = m_db.prepare(
            QStringLiteral("SELECT (SELECT count(*) FROM case_event WHERE case_id = ?1), "
                           "(SELECT version FROM case_record WHERE id = ?1)"));
        if (!st)
            return st.error();
        st.value().bindText(1, id);
        if (auto r = st.value().step(); !r)
            return r.error();
        if (st.value().integer(0) >= st.value().integer(1))
            continue;
        auto history = m_conn->exec(QStringLiteral("SELECT cc.case_history($1, $2, $3)"),
                                    {kHubSchemaVersion, m_scope, id});
        if (!history)
            return history.error();
        for (const QJsonValue &e : QJsonDocument::fromJson(history->bytes(0, 0)).array()) {
            if (auto r = applier.apply(QStringLiteral("case_event"), e.toObject()); !r)
                return r;
        }
    }
    return {};
}

Result<SyncReport> SyncClient::syncOnce()
{
    // A connection that died while idle (hub restarted) only says so on its next query: then
    // try once more on a new one before calling the hub offline.
    const bool hadConnection = m_conn != nullptr;
    auto first = syncRound();
    if (!first && hadConnection && first.error().code == QLatin1String("sync.offline"))
        return syncRound();
    return first;
}

Result<SyncReport> SyncClient::syncRound()
{
    SyncReport report;
    auto pushed = push();
    if (!pushed) {
        if (pushed.error().code == QLatin1String("sync.offline"))
            m_conn.reset();
        return pushed.error();
    }
    report.push = pushed.value();
    auto pulled = pull();
    if (!pulled) {
        if (pulled.error().code == QLatin1String("sync.offline"))
            m_conn.reset();
        return pulled.error();
    }
    report.pull = pulled.value();
    // The basemap when the hub has a new version, then a bounded slice of clips' bytes: both
    // after the case rows, which never wait behind them for more than kClipBudgetMs.
    auto basemap = BasemapSync(*m_conn).pull(m_db);
    if (!basemap && basemap.error().code == QLatin1String("sync.offline")) {
        m_conn.reset();
        return basemap.error();
    }
    if (basemap)
        report.basemap = basemap.value(); // else republished meanwhile: the next round
    auto clips = ClipTransfer(*m_conn).uploadPending(m_db, kClipBudgetMs);
    if (!clips) {
        if (clips.error().code == QLatin1String("sync.offline"))
            m_conn.reset();
        return clips.error();
    }
    report.clips = clips.value();
    return report;
}

} // namespace Cc::Sync
