// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

struct pg_conn;
struct pg_result;

namespace Cc::Sync {

/// Where and as whom to connect. The password is held in memory only; it never goes into a
/// URL, a setting or a log line (libpq authenticates with SCRAM, so it is not sent either).
struct HubCredentials
{
    QString url;      ///< postgresql://host:port/dbname (no password in it)
    QString user;     ///< hub login (a CityCommand login, or an admin for `cityctl hub`)
    QString password; ///< empty: libpq's own sources (PGPASSWORD, ~/.pgpass)
    int connectTimeoutS = 5;
};

/// A query result: text values by row and column (NULL = null QString).
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);
    PgResult(PgResult &&) noexcept;
    PgResult &operator=(PgResult &&) noexcept;
    ~PgResult();

    int rows() const;
    int columns() const;
    QString columnName(int column) const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const; ///< the raw UTF-8 text
    /// The raw value without a copy (valid while this result lives); length() its bytes.
    const char *data(int row, int column) const;
    int length(int row, int column) const;
    qint64 integer(int row, int column) const { return text(row, column).toLongLong(); }

private:
    pg_result *m_result = nullptr;
};

/// One libpq connection (not QPSQL: its LISTEN support quotes channel names, cannot say when
/// the link dropped, and ties notifications to the subscribing thread's event loop; see
/// docs/hub.md). Not thread-safe: one per thread. Errors carry stable codes: the hub's own
/// SQLSTATEs map to "sync.upgrade-client", "sync.upgrade-hub", "sync.not-a-user" …, a lost
/// link to "sync.offline".
class PgConnection
{
public:
    static Result<std::unique_ptr<PgConnection>> connect(const HubCredentials &credentials);
    ~PgConnection();

    Result<PgResult> exec(const QString &sql, const QList<QVariant> &params = {});
    Result<void> command(const QString &sql, const QList<QVariant> &params = {});
    /// Like exec(), but the parameters listed in `binaryParams` go as raw bytes (a bytea of a
    /// clip's chunk: no hex doubling, NUL bytes allowed), and with `binaryResult` the values
    /// come back raw (PgResult::data/length: a bytea's bytes).
    Result<PgResult> execBinary(const QString &sql, const QList<QVariant> &params,
                                const QList<int> &binaryParams, bool binaryResult = false);
    /// COPY … FROM STDIN with rows already in COPY text format.
    Result<void> copyIn(const QString &copySql, const std::function<bool(QByteArray &chunk)> &next);

    bool isOk() const; ///< the link is up (as far as libpq knows)
    int socket() const;
    pg_conn *handle() const { return m_conn; }
    /// Reads input and returns pending notifications (channel, payload); false when the link broke.
    bool consumeNotifications(QList<std::pair<QString, QString>> &out);

    /// Quotes a literal / identifier for SQL text (for DDL that takes no parameters).
    QString literal(const QString &text) const;
    QString identifier(const QString &text) const;
    /// A SCRAM-SHA-256 verifier computed here, so CREATE/ALTER ROLE never carries the password.
    Result<QString> encryptPassword(const QString &password, const QString &role);

private:
    PgConnection() = default;
    Error errorFrom(pg_result *result) const;
    /// A statement's outcome: its rows (owning `result`), or its error (`result` cleared).
    Result<PgResult> resultOf(pg_result *result) const;
    pg_conn *m_conn = nullptr;
};

/// COPY text format: backslash escapes, \N for NULL.
void appendCopyField(QByteArray &line, const QVariant &value);

} // namespace Cc::Sync
