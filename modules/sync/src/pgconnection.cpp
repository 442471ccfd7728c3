// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/sync/pgconnection.h>

#include "synctr.h"

#include <libpq-fe.h>

#include <QUrl>

namespace Cc::Sync {

PgResult::PgResult(pg_result *result) : m_result(result) {}
PgResult::PgResult(PgResult &&other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}
PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}
PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}
int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}
int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}
QString PgResult::columnName(int column) const
{
    return QString::fromUtf8(PQfname(m_result, column));
}
bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column);
}
QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}
QByteArray PgResult::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}
const char *PgResult::data(int row, int column) const
{
    return PQgetvalue(m_result, row, column);
}
int PgResult::length(int row, int column) const
{
    return PQgetlength(m_result, row, column);
}

namespace {

Error offline(const QString &detail)
{
    return makeError(QStringLiteral("sync.offline"),
                     SyncTr::tr("The hub cannot be reached: %1").arg(detail.trimmed()));
}

} // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const HubCredentials &c)
{
    const QByteArray url = c.url.toUtf8();
    const QByteArray user = c.user.toUtf8();
    const QByteArray password = c.password.toUtf8();
    const QByteArray timeout = QByteArray::number(c.connectTimeoutS);
    // dbname carries the URL (expand_dbname); user/password given apart override it, so a
    // password never has to be written into a URL.
    QList<const char *> keys{"dbname", "connect_timeout", "application_name", "client_encoding"};
    QList<const char *> values{url.constData(), timeout.constData(), "citycommand", "UTF8"};
    if (!user.isEmpty()) {
        keys.append("user");
        values.append(user.constData());
    }
    if (!password.isEmpty()) {
        keys.append("password");
        values.append(password.constData());
    }
    keys.append(nullptr);
    values.append(nullptr);
    auto conn = std::unique_ptr<PgConnection>(new PgConnection);
    conn->m_conn = PQconnectdbParams(keys.constData(), values.constData(), 1);
    if (!conn->m_conn)
        return offline(QStringLiteral("out of memory"));
    if (PQstatus(conn->m_conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(conn->m_conn));
        if (message.contains(QLatin1String("password authentication failed"))
            || message.contains(QLatin1String("no password supplied")))
            return makeError(QStringLiteral("sync.auth"),
                             SyncTr::tr("The hub refused the login %1: wrong user or password.")
                                 .arg(QString::fromUtf8(PQuser(conn->m_conn))));
        if (message.contains(QLatin1String("does not exist"))
            && message.contains(QLatin1String("database")))
            return makeError(QStringLiteral("sync.no-database"),
                             SyncTr::tr("The hub says: %1").arg(message.trimmed()));
        return offline(message);
    }
    PQsetClientEncoding(conn->m_conn, "UTF8");
    // Server notices (and the FATAL a hub shutdown sends) are not for stderr: the error that
    // follows on the next query says what happened.
    PQsetNoticeProcessor(
        conn->m_conn, [](void *, const char *) {}, nullptr);
    return conn;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool PgConnection::isOk() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}
int PgConnection::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

Error PgConnection::errorFrom(pg_result *result) const
{
    if (!isOk())
        return offline(QString::fromUtf8(PQerrorMessage(m_conn)));
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString sqlState = state ? QString::fromLatin1(state) : QString();
    const QString message = primary ? QString::fromUtf8(primary)
                                    : QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    static const QHash<QString, QString> codes = {
        {QStringLiteral("CCU01"), QStringLiteral("sync.upgrade-client")},
        {QStringLiteral("CCU02"), QStringLiteral("sync.upgrade-hub")},
        {QStringLiteral("CCA01"), QStringLiteral("sync.not-a-user")},
        {QStringLiteral("CCS01"), QStringLiteral("sync.unknown-scope")},
        {QStringLiteral("CCP01"), QStringLiteral("sync.push-too-large")},
        {QStringLiteral("CCP02"), QStringLiteral("sync.foreign-client")},
        {QStringLiteral("CCP03"), QStringLiteral("sync.invalid-push")},
        {QStringLiteral("CCL01"), QStringLiteral("auth.locked")},
        // hub schema 12: clips' bytes
        {QStringLiteral("CCV01"), QStringLiteral("evidence.unknown-clip")},
        {QStringLiteral("CCV02"), QStringLiteral("evidence.bad-chunk")},
        {QStringLiteral("CCV03"), QStringLiteral("evidence.clip-incomplete")},
        {QStringLiteral("CCV04"), QStringLiteral("evidence.clip-not-on-hub")},
        // hub schema 13: the basemap
        {QStringLiteral("CCB01"), QStringLiteral("basemap.forbidden-role")},
        {QStringLiteral("CCB02"), QStringLiteral("basemap.not-publishing")},
        {QStringLiteral("CCB03"), QStringLiteral("basemap.bad-batch")},
        {QStringLiteral("CCB04"), QStringLiteral("basemap.invalid-geometry")},
        {QStringLiteral("CCB05"), QStringLiteral("basemap.republished")},
        {QStringLiteral("42501"), QStringLiteral("sync.permission-denied")},
        {QStringLiteral("3F000"), QStringLiteral("sync.no-hub")},
        {QStringLiteral("42883"), QStringLiteral("sync.no-hub")},
    };
    const QString code = codes.value(sqlState, QStringLiteral("sync.hub-error"));
    if (code == QLatin1String("sync.upgrade-client"))
        return makeError(code, SyncTr::tr("Upgrade CityCommand: %1").arg(message));
    if (code == QLatin1String("sync.upgrade-hub"))
        return makeError(code, SyncTr::tr("Upgrade the hub: %1").arg(message));
    if (code == QLatin1String("sync.no-hub"))
        return makeError(code,
                         SyncTr::tr(
                             "This database is not a CityCommand hub (run cityctl hub init): %1")
                             .arg(message));
    return makeError(code, SyncTr::tr("The hub refused: %1").arg(message));
}

Result<PgResult> PgConnection::exec(const QString &sql, const QList<QVariant> &params)
{
    const QByteArray query = sql.toUtf8();
    QList<QByteArray> storage;
    QList<const char *> values;
    storage.reserve(params.size());
    for (const QVariant &p : params) {
        if (p.isNull()) {
            values.append(nullptr);
            continue;
        }
        storage.append(p.typeId() == QMetaType::QByteArray ? p.toByteArray()
                                                           : p.toString().toUtf8());
        values.append(storage.last().constData());
    }
    return resultOf(PQexecParams(m_conn, query.constData(), int(values.size()), nullptr,
                                 values.isEmpty() ? nullptr : values.constData(), nullptr, nullptr,
                                 0));
}

Result<PgResult> PgConnection::execBinary(const QString &sql, const QList<QVariant> &params,
                                          const QList<int> &binaryParams, bool binaryResult)
{
    const QByteArray query = sql.toUtf8();
    QList<QByteArray> storage;
    QList<const char *> values;
    QList<int> lengths, formats;
    storage.reserve(params.size());
    for (int i = 0; i < params.size(); ++i) {
        const QVariant &p = params[i];
        const bool binary = binaryParams.contains(i);
        formats.append(binary ? 1 : 0);
        if (p.isNull()) {
            values.append(nullptr);
            lengths.append(0);
            continue;
        }
        storage.append(p.typeId() == QMetaType::QByteArray ? p.toByteArray()
                                                           : p.toString().toUtf8());
        values.append(storage.last().constData());
        lengths.append(int(storage.last().size()));
    }
    return resultOf(PQexecParams(m_conn, query.constData(), int(values.size()), nullptr,
                                 values.isEmpty() ? nullptr : values.constData(),
                                 lengths.isEmpty() ? nullptr : lengths.constData(),
                                 formats.isEmpty() ? nullptr : formats.constData(),
                                 binaryResult ? 1 : 0));
}

Result<PgResult> PgConnection::resultOf(pg_result *result) const
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        Error e = errorFrom(result);
        if (result)
            PQclear(result);
        return e;
    }
    return PgResult(result);
}

Result<void> PgConnection::command(const QString &sql, const QList<QVariant> &params)
{
    if (params.isEmpty()) {
        // Simple protocol: several statements at once (schema files).
        if (auto r = resultOf(PQexec(m_conn, sql.toUtf8().constData())); !r)
            return r.error();
        return {};
    }
    auto r = exec(sql, params);
    if (!r)
        return r.error();
    return {};
}

Result<void> PgConnection::copyIn(const QString &copySql,
                                  const std::function<bool(QByteArray &)> &next)
{
    pg_result *r = PQexec(m_conn, copySql.toUtf8().constData());
    if (!r || PQresultStatus(r) != PGRES_COPY_IN) {
        Error e = errorFrom(r);
        if (r)
            PQclear(r);
        return e;
    }
    PQclear(r);
    QByteArray chunk;
    while (true) {
        chunk.clear();
        const bool more = next(chunk);
        if (!chunk.isEmpty() && PQputCopyData(m_conn, chunk.constData(), int(chunk.size())) != 1)
            return offline(QString::fromUtf8(PQerrorMessage(m_conn)));
        if (!more)
            break;
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return offline(QString::fromUtf8(PQerrorMessage(m_conn)));
    Error failure;
    bool failed = false;
    while (pg_result *res = PQgetResult(m_conn)) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK && !failed) {
            failure = errorFrom(res);
            failed = true;
        }
        PQclear(res);
    }
    if (failed)
        return failure;
    return {};
}

bool PgConnection::consumeNotifications(QList<std::pair<QString, QString>> &out)
{
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK)
        return false;
    while (PGnotify *n = PQnotifies(m_conn)) {
        out.append({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra)});
        PQfreemem(n);
    }
    return true;
}

namespace {

QString escaped(PGconn *conn, const QString &text, char *(*escape)(PGconn *, const char *, size_t))
{
    const QByteArray utf8 = text.toUtf8();
    char *quoted = escape(conn, utf8.constData(), size_t(utf8.size()));
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

} // namespace

QString PgConnection::literal(const QString &text) const
{
    return escaped(m_conn, text, PQescapeLiteral);
}

QString PgConnection::identifier(const QString &text) const
{
    return escaped(m_conn, text, PQescapeIdentifier);
}

Result<QString> PgConnection::encryptPassword(const QString &password, const QString &role)
{
    char *verifier = PQencryptPasswordConn(m_conn, password.toUtf8().constData(),
                                           role.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return makeError(QStringLiteral("sync.hub-error"),
                         QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    const QString result = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return result;
}

void appendCopyField(QByteArray &line, const QVariant &value)
{
    if (value.isNull()) {
        line.append("\\N");
        return;
    }
    const QByteArray text = value.typeId() == QMetaType::QByteArray ? value.toByteArray()
                                                                    : value.toString().toUtf8();
    for (char ch : text) {
        switch (ch) {
        case '\\':
            line.append("\\\\");
            break;
        case '\t':
            line.append("\\t");
            break;
        case '\n':
            line.append("\\n");
            break;
        case '\r':
            line.append("\\r");
            break;
        default:
            line.append(ch);
        }
    }
}

} // namespace Cc::Sync
