// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <mutex>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Cc::Storage {

/// A prepared statement. Move-only; finalized on destruction.
class Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    /// Binds by 1-based index. A null QVariant binds NULL; QByteArray binds a BLOB;
    /// QString/int/qint64/double/bool bind as expected.
    Statement &bind(int index, const QVariant &value);
    Statement &bindText(int index, const QString &value);
    Statement &bindInt(int index, qint64 value);
    Statement &bindDouble(int index, double value);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    /// UTF-8 text / a BLOB bound without a copy, for bulk loads from a received buffer: the
    /// bytes must stay valid until the statement has been stepped.
    Statement &bindUtf8View(int index, const char *data, qsizetype size);
    Statement &bindBlobView(int index, const char *data, qsizetype size);

    /// true: a row is ready; false: done. An error (constraint, busy …) is returned as such.
    Result<bool> step();
    /// step() until done; for INSERT/UPDATE/DELETE.
    Result<void> exec();
    void reset(); ///< reset and clear bindings, ready to bind and step again

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    /// The column's bytes without a copy (bulk reads of millions of rows), valid until the
    /// next step(), reset() or column access of another type.
    QByteArrayView blobView(int column) const;
    QByteArrayView utf8View(int column) const; ///< text as UTF-8, the same way
    QVariant value(int column) const;
    int columnCount() const;
    QString columnName(int column) const;

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

/// `name` as an SQL identifier: in double quotes, its own double quotes doubled.
QString quotedIdentifier(const QString &name);

/// Steps `st` to completion, calling read(st) for each row.
template<typename F>
Result<void> forEachRow(Statement &st, F &&read)
{
    for (;;) {
        auto r = st.step();
        if (!r)
            return r.error();
        if (!r.value())
            return {};
        read(st);
    }
}

class Database;

/// RAII transaction: rolled back unless commit() succeeds. BEGIN IMMEDIATE, so a writer
/// takes the write lock up front and never fails half-way on a lock upgrade.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_beginError; } ///< when !isActive() at start
    Result<void> commit();

private:
    Database &m_db;
    bool m_active = false;
    Error m_beginError;
};

/// One connection to a workstation's local database: a GeoPackage (SQLite, WAL,
/// synchronous=FULL so a committed action survives a crash or power cut), with the
/// CityCommand tables created by numbered migrations. Not thread-safe: one per thread.
class Database
{
public:
    enum class OpenMode { Invalid = 0, ReadOnly, ReadWrite, Create };
    /// When the page-by-page integrity check (PRAGMA quick_check) runs. It reads the whole
    /// file, so on a large database the GUI opens with Deferred and runs verify() on a
    /// worker thread after start; the header, schema and truncation checks always run.
    enum class IntegrityCheck { Invalid = 0, AtOpen, Deferred };

    /// Opens (Create: creates if missing) and migrates to the current schema.
    /// Refuses with a clear message and without touching the file:
    ///   "database.missing"  – no such file (ReadOnly/ReadWrite);
    ///   "database.corrupt"  – not an SQLite file, truncated, or fails quick_check;
    ///   "database.not-geopackage" – an SQLite file that is not a CityCommand GeoPackage;
    ///   "database.too-new"  – written by a newer CityCommand (schema version above ours).
    static Result<std::unique_ptr<Database>> open(
        const QString &path, OpenMode mode, IntegrityCheck integrity = IntegrityCheck::AtOpen);
    /// The full integrity check on its own read-only connection ("database.corrupt" when it
    /// fails); see IntegrityVerifier to run it on a thread and stop it.
    static Result<void> verify(const QString &path);
    ~Database();

    /// Damage found in a file — by verify()/IntegrityVerifier or by any read that meets a
    /// damaged page ("database.corrupt") — is remembered in this process and next to the
    /// file (FILE.damaged), so no connection of any process writes to it again: writes are
    /// refused with "database.damaged", and open() gives a read-only connection (isDamaged()).
    /// A passing verify() (e.g. after the file was restored) clears the mark.
    static void markDamaged(const QString &path, const QString &detail);
    static std::optional<QString> damage(const QString &path); ///< what was found, if marked
    static void clearDamage(const QString &path);
    bool isDamaged() const { return !m_damage.isEmpty(); }
    /// "database.damaged" with what was found, when this connection was opened on a damaged
    /// file; for callers that are about to write (cityctl's write commands).
    Result<void> refuseIfDamaged() const;

    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    /// A transaction is open on this connection (what another connection cannot see yet).
    bool inTransaction() const;
    int schemaVersion() const;        ///< applied migrations
    static int latestSchemaVersion(); ///< migrations shipped in this build

    Result<Statement> prepare(const QString &sql);
    Result<void> exec(const QString &sql); ///< one or more statements, no results
    /// The first column of the first row of one statement as an integer (0 when there is no
    /// row); `textArgs` are bound to ?1, ?2 … in order.
    Result<qint64> scalar(const QString &sql, const QStringList &textArgs = {});
    qint64 lastInsertRowId() const;
    int changes() const;
    /// SQLite's PRAGMA data_version: changes whenever another connection (another thread,
    /// another process) committed to the file since this connection last looked, never for
    /// this connection's own commits. One cheap call, whatever the size of the file: how a
    /// watcher knows whether to look at the data at all.
    Result<qint64> dataVersion();

    /// SELECT count(*) FROM table (table names come from code, never from users).
    qint64 rowCount(const QString &table);

private:
    Database() = default;
    QString m_path;
    QString m_damage; ///< set when opened on a file marked damaged
    sqlite3 *m_db = nullptr;
};

/// The full integrity check (PRAGMA quick_check: every page, index and constraint) on its own
/// read-only connection, safe while a Database has the file open. run() on a worker thread;
/// cancel() from any other stops it at once ("database.check-cancelled"), e.g. when the app
/// quits in the middle of checking millions of cases.
class IntegrityVerifier
{
public:
    Result<void> run(const QString &path);
    void cancel();

private:
    std::mutex m_mutex; ///< guards m_db against cancel() while run() opens or closes it
    sqlite3 *m_db = nullptr;
    bool m_cancelled = false;
};

/// Current time as stored: UTC ISO-8601 with milliseconds and 'Z' ("2026-03-01T08:00:00.000Z").
QString isoUtc(const QDateTime &time);
QDateTime fromIsoUtc(const QString &text);

} // namespace Cc::Storage
