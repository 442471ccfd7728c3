// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/storage/repositories.h>

#include "storage_p.h"

#include <cc/core/uuid.h>

#include <QCoreApplication>
#include <QJsonDocument>

namespace Cc::Storage {

using namespace Internal;

// ------------------------------------------------------------------------------ outbox

Result<qint64> OutboxRepository::append(const QString &entity, const QString &rowId,
                                        const QString &op, const QString &payloadJson)
{
    if (!m_insert) {
        auto st = m_db.prepare(QStringLiteral(
            "INSERT INTO outbox (entity, row_id, op, payload, created_at) VALUES (?, ?, ?, ?, ?)"));
        if (!st)
            return st.error();
        m_insert.emplace(std::move(st).value());
    }
    Statement &s = *m_insert;
    s.reset();
    s.bindText(1, entity).bindText(2, rowId).bindText(3, op);
    s.bindText(4, payloadJson.isEmpty() ? QStringLiteral("{}") : payloadJson);
    s.bindText(5, nowIso());
    if (auto r = s.exec(); !r)
        return r.error();
    return m_db.lastInsertRowId();
}

Result<qint64> OutboxRepository::appendRowChange(const QString &table, const QString &id,
                                                 const QString &op,
                                                 const std::optional<QJsonObject> &base,
                                                 const QString &actorId)
{
    auto row = rowJson(table, id);
    if (!row)
        return row.error();
    QJsonObject payload{{"row", row.value() ? QJsonValue(*row.value()) : QJsonValue()},
                        {"base", base ? QJsonValue(*base) : QJsonValue()}};
    if (!actorId.isEmpty())
        payload.insert(QStringLiteral("actorId"), actorId);
    if (!m_group.isEmpty())
        payload.insert(QStringLiteral("group"), m_group);
    return append(table, id, op,
                  QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

void OutboxRepository::beginGroup()
{
    m_group = Core::uuidText(Core::makeUuidV7());
}

Result<std::optional<QJsonObject>> OutboxRepository::rowJson(const QString &table,
                                                             const QString &id)
{
    auto st = m_db.prepare(QStringLiteral("SELECT * FROM \"%1\" WHERE id = ?1").arg(table));
    if (!st)
        return st.error();
    st.value().bindText(1, id);
    auto found = st.value().step();
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<QJsonObject>();
    const Statement &s = st.value();
    QJsonObject row;
    for (int c = 0; c < s.columnCount(); ++c) {
        const QString name = s.columnName(c);
        if (name == QLatin1String("fid"))
            continue;
        const QVariant v = s.value(c);
        switch (v.typeId()) {
        case QMetaType::LongLong:
            row.insert(name, v.toLongLong());
            break;
        case QMetaType::Double:
            row.insert(name, v.toDouble());
            break;
        case QMetaType::QString:
            row.insert(name, v.toString());
            break;
        case QMetaType::QByteArray:
            row.insert(name, QString::fromLatin1(v.toByteArray().toHex()));
            break;
        default:
            row.insert(name, QJsonValue::Null);
        }
    }
    return std::optional<QJsonObject>(row);
}

Result<QList<OutboxRow>> OutboxRepository::pending(int limit)
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT seq, entity, row_id, op, payload, created_at FROM outbox ORDER BY seq LIMIT ?"));
    if (!st)
        return st.error();
    st.value().bindInt(1, limit < 0 ? -1 : limit);
    QList<OutboxRow> rows;
    auto r = forEachRow(st.value(), [&rows](const Statement &s) {
        OutboxRow row;
        row.seq = s.integer(0);
        row.entity = s.text(1);
        row.rowId = s.text(2);
        row.op = s.text(3);
        row.payload = s.text(4);
        row.createdAt = timeAt(s, 5);
        rows.append(std::move(row));
    });
    if (!r)
        return r.error();
    return rows;
}

Result<void> OutboxRepository::acknowledgeUpTo(qint64 seq)
{
    // AUTOINCREMENT on outbox.seq: a deleted seq is never handed out again, so the hub's
    // acknowledgement "up to N" can never cover a later local change.
    auto st = m_db.prepare(QStringLiteral("DELETE FROM outbox WHERE seq <= ?"));
    if (!st)
        return st.error();
    st.value().bindInt(1, seq);
    return st.value().exec();
}

Result<qint64> OutboxRepository::count()
{
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM outbox"));
    if (!st)
        return st.error();
    auto r = st.value().step();
    if (!r)
        return r.error();
    return st.value().integer(0);
}

// ------------------------------------------------------------------------------ conflict

Result<void> ConflictRepository::insert(const ConflictRow &row)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO conflict (id, entity, row_id, local_payload, remote_payload, reason, "
        "created_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    Statement &s = st.value();
    s.bindText(1, row.id).bindText(2, row.entity).bindText(3, row.rowId);
    s.bindText(4, row.localPayload).bindText(5, row.remotePayload).bindText(6, row.reason);
    s.bindText(7, row.createdAt.isValid() ? isoUtc(row.createdAt) : nowIso());
    bindTime(s, 8, row.resolvedAt);
    return s.exec();
}

Result<QList<ConflictRow>> ConflictRepository::unresolved()
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT id, entity, row_id, local_payload, remote_payload, reason, created_at, "
        "resolved_at FROM conflict WHERE resolved_at IS NULL ORDER BY created_at, rowid"));
    if (!st)
        return st.error();
    QList<ConflictRow> rows;
    auto r = forEachRow(st.value(), [&rows](const Statement &s) {
        ConflictRow row;
        row.id = s.text(0);
        row.entity = s.text(1);
        row.rowId = s.text(2);
        row.localPayload = s.text(3);
        row.remotePayload = s.text(4);
        row.reason = s.text(5);
        row.createdAt = timeAt(s, 6);
        row.resolvedAt = timeAt(s, 7);
        rows.append(std::move(row));
    });
    if (!r)
        return r.error();
    return rows;
}

Result<void> ConflictRepository::resolve(const QString &id, const QDateTime &at)
{
    auto st = m_db.prepare(QStringLiteral("UPDATE conflict SET resolved_at = ? WHERE id = ?"));
    if (!st)
        return st.error();
    st.value().bindText(1, isoUtc(at.isValid() ? at : QDateTime::currentDateTimeUtc()));
    st.value().bindText(2, id);
    if (auto r = st.value().exec(); !r)
        return r;
    if (m_db.changes() == 0)
        return makeError(QStringLiteral("conflict.not-found"),
                         QCoreApplication::translate("Cc::Storage", "No conflict with id %1")
                             .arg(id));
    return {};
}

} // namespace Cc::Storage
