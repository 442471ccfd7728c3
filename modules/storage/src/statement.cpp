// SPDX-License-Identifier: GPL-3.0-or-later
// Storage::Statement: a prepared SQLite statement (bindings, steps, column reads).
#include <cc/storage/database.h>

#include "storage_p.h"

#include <QCoreApplication>
#include <QVariant>

#include <sqlite3.h>

namespace Cc::Storage {

using Internal::sqliteError;

// ------------------------------------------------------------------------------ Statement

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return bindBlob(index, value.toByteArray());
    case QMetaType::QString:
        return bindText(index, value.toString());
    case QMetaType::Bool:
        return bindInt(index, value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return bindInt(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bindDouble(index, value.toDouble());
    case QMetaType::QDateTime:
        return bindText(index, isoUtc(value.toDateTime()));
    case QMetaType::QDate:
        return bindText(index, value.toDate().toString(Qt::ISODate));
    default:
        return bindText(index, value.toString());
    }
}

Statement &Statement::bindText(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8View(int index, const char *data, qsizetype size)
{
    sqlite3_bind_text(m_stmt, index, data, int(size), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindBlobView(int index, const char *data, qsizetype size)
{
    sqlite3_bind_blob(m_stmt, index, size == 0 ? "" : data, int(size), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    // A null QByteArray still binds an (empty) BLOB, not NULL: callers asked for a blob.
    sqlite3_bind_blob(m_stmt, index, value.isNull() ? "" : value.constData(), int(value.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    if (!m_stmt)
        return makeError(QStringLiteral("database.error"),
                         QCoreApplication::translate("Cc::Storage", "Statement not prepared"));
    if (Internal::g_damagedCount.load(std::memory_order_relaxed) != 0
        && !sqlite3_stmt_readonly(m_stmt)) {
        if (auto damage = Internal::knownDamage(m_db))
            return Internal::damagedError(QString::fromUtf8(sqlite3_db_filename(m_db, "main")),
                                          *damage);
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = sqliteError(m_db, rc);
    // Reset (keeping the bindings) so a reused statement works again after a failure.
    sqlite3_reset(m_stmt);
    return error;
}

Result<void> Statement::exec()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!r.value())
            break;
    }
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArrayView Statement::blobView(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArrayView(static_cast<const char *>(data),
                          data ? sqlite3_column_bytes(m_stmt, column) : 0);
}

QByteArrayView Statement::utf8View(int column) const
{
    const unsigned char *data = sqlite3_column_text(m_stmt, column);
    return QByteArrayView(reinterpret_cast<const char *>(data),
                          data ? sqlite3_column_bytes(m_stmt, column) : 0);
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char *>(data), size);
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(integer(column));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    default:
        return QVariant();
    }
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

} // namespace Cc::Storage
