// SPDX-License-Identifier: GPL-3.0-or-later
#include "localapply.h"

#include "synctr.h"

#include <cc/storage/fulltext.h>
#include <cc/storage/geometry.h>
#include <cc/sync/pgconnection.h>

#include <QJsonArray>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace Cc::Sync::Internal {

namespace {

// Conflict targets of the local tables (their primary or unique keys).
const QHash<QString, QString> &conflictTargets()
{
    static const QHash<QString, QString> targets
        = {{"category", "key"},
           {"department", "id"},
           {"department_category", "department_id, category_key, responsibility_code"},
           {"app_user", "id"},
           {"work_calendar", "id"},
           {"setting", "key"},
           {"street", "id"},
           {"community", "id"},
           {"grid_responsibility", "id"},
           {"grid_unit", "id"},
           {"component", "id"},
           {"camera", "id"},
           {"case_record", "id"},
           {"case_event", "id"},
           {"attachment", "id"},
           {"attachment_content", "sha256"},
           {"collector_position", "id"},
           // hub schema 6: campaigns, surveys, published figures (localapply_campaigns.cpp)
           {"campaign", "id"},
           {"survey_item", "id"},
           {"survey_task", "id"},
           {"survey_result", "id"},
           {"kpi_publication", "id"},
           // hub schema 8: the centre's rules, one row per version (docs/config.md)
           {"config_version", "id"},
           // hub schema 10: an administrator's change of departments and users (docs/org.md)
           {"org_change", "id"},
           // hub schema 12: video clips as case evidence (docs/video.md)
           {"case_clip", "id"}};
    return targets;
}

Error localError(const QString &message)
{
    return makeError(QStringLiteral("sync.local"), message);
}

} // namespace

Result<QStringList> LocalApplier::columns(const QString &table)
{
    if (auto it = m_columns.constFind(table); it != m_columns.cend())
        return *it;
    auto st = m_db.prepare(
        QStringLiteral("SELECT name, upper(type) FROM pragma_table_info(?1) WHERE name <> 'fid'"));
    if (!st)
        return st.error();
    st.value().bindText(1, table);
    QStringList names;
    auto read = Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
        names.append(row.text(0));
        if (row.text(0) == QLatin1String("geom"))
            m_geometryType.insert(table, row.text(1));
        else if (row.text(1) == QLatin1String("BLOB"))
            m_blobColumns.insert(table + QLatin1Char('.') + row.text(0)); // hex on the wire
    });
    if (!read)
        return read.error();
    if (names.isEmpty())
        return localError(SyncTr::tr("This workstation's database has no table %1.").arg(table));
    m_columns.insert(table, names);
    return names;
}

Result<QVariant> LocalApplier::value(const QString &table, const QString &column,
                                     const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (column == QLatin1String("geom")) {
        const QByteArray blob = QByteArray::fromHex(v.toString().toLatin1());
        if (m_geometryType.value(table) == QLatin1String("POINT")) {
            auto point = Storage::Gpkg::decodePoint(blob);
            if (!point)
                return point.error();
            return QVariant(Storage::Gpkg::encodePoint(point.value()));
        }
        auto polygon = Storage::Gpkg::decodePolygon(blob);
        if (!polygon)
            return polygon.error();
        return QVariant(Storage::Gpkg::encodePolygon(polygon.value()));
    }
    if (m_blobColumns.contains(table + QLatin1Char('.') + column))
        return QVariant(QByteArray::fromHex(v.toString().toLatin1()));
    if (v.isBool())
        return QVariant(qint64(v.toBool() ? 1 : 0));
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9e15)
            return QVariant(qint64(d));
        return QVariant(d);
    }
    if (v.isString())
        return QVariant(v.toString());
    return localError(
        SyncTr::tr("Column %1.%2 got a value of an unexpected kind.").arg(table, column));
}

Result<void> LocalApplier::upsert(const QString &table, const QJsonObject &row,
                                  const QString &conflictTarget, bool ignoreExisting)
{
    auto all = columns(table);
    if (!all)
        return all.error();
    QStringList used;
    for (const QString &c : all.value()) {
        if (row.contains(c))
            used.append(c);
    }
    if (used.isEmpty())
        return localError(SyncTr::tr("A row for %1 carries none of its columns.").arg(table));
    // UPDATE, then INSERT when no row had the key. Not an UPSERT: under one, the GeoPackage
    // R-tree triggers' INSERT OR REPLACE takes the outer statement's conflict policy and
    // fails on the existing R-tree entry.
    const QStringList targets = conflictTarget.split(QStringLiteral(", "));
    const QString key = table + QLatin1Char('|') + used.join(QLatin1Char(','));
    auto prepared = [&](const QString &suffix, const QString &sql) -> Result<Storage::Statement *> {
        auto it = m_statements.find(key + suffix);
        if (it == m_statements.end()) {
            auto st = m_db.prepare(sql);
            if (!st)
                return st.error();
            it = m_statements.emplace(key + suffix, std::move(st).value()).first;
        }
        it->second.reset();
        return &it->second;
    };
    const auto bindAll = [&](Storage::Statement &s) -> Result<void> {
        for (int i = 0; i < used.size(); ++i) {
            auto v = value(table, used[i], row.value(used[i]));
            if (!v)
                return v.error();
            s.bind(i + 1, v.value());
        }
        return {};
    };
    QStringList sets, where;
    for (int i = 0; i < used.size(); ++i) {
        if (targets.contains(used[i]))
            where.append(QStringLiteral("%1 = ?%2").arg(used[i]).arg(i + 1));
        else
            sets.append(QStringLiteral("%1 = ?%2").arg(used[i]).arg(i + 1));
    }
    if (!ignoreExisting && !sets.isEmpty() && where.size() == targets.size()) {
        auto update = prepared(QStringLiteral("|u"),
                               QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                                   .arg(table, sets.join(QStringLiteral(", ")),
                                        where.join(QStringLiteral(" AND "))));
        if (!update)
            return update.error();
        if (auto r = bindAll(*update.value()); !r)
            return r;
        if (auto r = update.value()->exec(); !r)
            return r;
        if (m_db.changes() > 0)
            return {};
    }
    QStringList marks;
    for (int i = 0; i < used.size(); ++i)
        marks.append(QStringLiteral("?%1").arg(i + 1));
    auto insert = prepared(QStringLiteral("|i"),
                           QStringLiteral(
                               "INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
                               .arg(table, used.join(QStringLiteral(", ")),
                                    marks.join(QStringLiteral(", ")), conflictTarget));
    if (!insert)
        return insert.error();
    if (auto r = bindAll(*insert.value()); !r)
        return r;
    return insert.value()->exec();
}

Result<void> LocalApplier::applyUser(const QJsonObject &row)
{
    if (auto r = upsert(QStringLiteral("app_user"), row, QStringLiteral("id"), false); !r)
        return r;
    // A user's roles travel with the user and replace the local ones as a whole.
    auto del = m_db.prepare(QStringLiteral("DELETE FROM user_role WHERE user_id = ?1"));
    if (!del)
        return del.error();
    del.value().bindText(1, row.value(QStringLiteral("id")).toString());
    if (auto r = del.value().exec(); !r)
        return r;
    auto ins = m_db.prepare(
        QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (?1, ?2)"));
    if (!ins)
        return ins.error();
    for (const QJsonValue &role : row.value(QStringLiteral("roles")).toArray()) {
        ins.value().reset();
        ins.value()
            .bindText(1, row.value(QStringLiteral("id")).toString())
            .bindText(2, role.toString());
        if (auto r = ins.value().exec(); !r)
            return r;
    }
    return {};
}

Result<void> LocalApplier::applyCase(const QJsonObject &row)
{
    if (m_fresh) {
        if (auto r = upsert(QStringLiteral("case_record"), row, QStringLiteral("id"), false); !r)
            return r;
        // The R-tree trigger's insert leaves last_insert_rowid() at the case's fid.
        return fullText(m_db.lastInsertRowId(), row);
    }
    const QString id = row.value(QStringLiteral("id")).toString();
    const QString number = row.value(QStringLiteral("number")).toString();
    if (auto r = renumber(id, number); !r)
        return r;
    auto existing = m_db.prepare(QStringLiteral("SELECT fid FROM case_record WHERE id = ?1"));
    if (!existing)
        return existing.error();
    existing.value().bindText(1, id);
    auto found = existing.value().step();
    if (!found)
        return found.error();
    const bool isNew = !found.value();
    if (auto r = upsert(QStringLiteral("case_record"), row, QStringLiteral("id"), false); !r)
        return r;
    if (isNew) {
        // Same transaction as the row: the full-text index of a synced case (case_fts, by fid).
        auto fid = m_db.prepare(QStringLiteral("SELECT fid FROM case_record WHERE id = ?1"));
        if (!fid)
            return fid.error();
        fid.value().bindText(1, id);
        if (auto r = fid.value().step(); !r)
            return r.error();
        return fullText(fid.value().integer(0), row);
    }
    return {};
}

Result<void> LocalApplier::renumber(const QString &caseId, const QString &number)
{
    // Two workstations may have numbered a case alike while offline; the hub renumbered the
    // later one. A local case holding the hub's number for another case is one whose own
    // renumbering is still on its way: park it aside until it comes.
    auto clash = m_db.prepare(
        QStringLiteral("UPDATE case_record SET number = number || '~' || substr(id, -6) "
                       "WHERE number = ?1 AND id <> ?2"));
    if (!clash)
        return clash.error();
    clash.value().bindText(1, number).bindText(2, caseId);
    if (auto r = clash.value().exec(); !r)
        return r;
    // This case's own renumbering: the number it had here (parked or not) is remembered, so
    // acting by it is refused with the new one (migration 0010, CaseService::find).
    auto old = m_db.prepare(QStringLiteral("SELECT number FROM case_record WHERE id = ?1"));
    if (!old)
        return old.error();
    old.value().bindText(1, caseId);
    auto found = old.value().step();
    if (!found)
        return found.error();
    if (!found.value() || old.value().text(0) == number)
        return {};
    QString was = old.value().text(0);
    if (const QString parked = QLatin1Char('~') + caseId.right(6); was.endsWith(parked))
        was.chop(parked.size());
    auto remember = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO case_renumbered (old_number, case_id, new_number, "
                       "renumbered_at) VALUES (?1, ?2, ?3, ?4)"));
    if (!remember)
        return remember.error();
    remember.value().bindText(1, was).bindText(2, caseId).bindText(3, number);
    remember.value().bindText(4, Storage::isoUtc(QDateTime::currentDateTimeUtc()));
    if (auto r = remember.value().exec(); !r)
        return r;
    auto update = m_db.prepare(QStringLiteral("UPDATE case_record SET number = ?1 WHERE id = ?2"));
    if (!update)
        return update.error();
    update.value().bindText(1, number).bindText(2, caseId);
    return update.value().exec();
}

Result<void> LocalApplier::applyEvent(const QJsonObject &row)
{
    // Events are append-only: a new one is inserted, one the workstation has stays unless the
    // hub's differs (the hub derives every step; its word wins), then it is replaced.
    if (auto r = upsert(QStringLiteral("case_event"), row, QStringLiteral("id"), true); !r)
        return r;
    if (m_db.changes() > 0)
        return {};
    auto all = columns(QStringLiteral("case_event"));
    if (!all)
        return all.error();
    QStringList used, where{QStringLiteral("id = ?1")};
    for (const QString &c : all.value()) {
        if (c != QLatin1String("id") && row.contains(c)) {
            used.append(c);
            where.append(QStringLiteral("%1 IS ?%2").arg(c).arg(used.size() + 1));
        }
    }
    auto same = m_db.prepare(QStringLiteral("SELECT 1 FROM case_event WHERE %1")
                                 .arg(where.join(QStringLiteral(" AND "))));
    if (!same)
        return same.error();
    same.value().bindText(1, row.value(QStringLiteral("id")).toString());
    for (int i = 0; i < used.size(); ++i) {
        auto v = value(QStringLiteral("case_event"), used[i], row.value(used[i]));
        if (!v)
            return v.error();
        same.value().bind(i + 2, v.value());
    }
    auto found = same.value().step();
    if (!found)
        return found.error();
    if (found.value())
        return {};
    return whileRewinding([&]() -> Result<void> {
        auto del = m_db.prepare(QStringLiteral("DELETE FROM case_event WHERE id = ?1"));
        if (!del)
            return del.error();
        del.value().bindText(1, row.value(QStringLiteral("id")).toString());
        if (auto r = del.value().exec(); !r)
            return r;
        return upsert(QStringLiteral("case_event"), row, QStringLiteral("id"), true);
    });
}

Result<void> LocalApplier::fullText(qint64 fid, const QJsonObject &row)
{
    if (!m_insertFts) {
        auto st = m_db.prepare(QStringLiteral("INSERT INTO case_fts (rowid, description, address) "
                                              "VALUES (?1, cc_fts_tokens(?2), cc_fts_tokens(?3))"));
        if (!st)
            return st.error();
        m_insertFts.emplace(std::move(st).value());
    }
    m_insertFts->reset();
    m_insertFts->bindInt(1, fid)
        .bindText(2, row.value(QStringLiteral("description")).toString())
        .bindText(3, row.value(QStringLiteral("address")).toString());
    return m_insertFts->exec();
}

Result<void> LocalApplier::apply(const QString &entity, const QJsonObject &row)
{
    if (entity == QLatin1String("app_user"))
        return applyUser(row);
    if (entity == QLatin1String("org_change"))
        return applyOrgChange(row);
    if (entity == QLatin1String("case_record"))
        return applyCase(row);
    if (entity == QLatin1String("setting")
        && row.value(QStringLiteral("key")).toString().startsWith(QLatin1String("sync.")))
        return {}; // this workstation's own sync state never comes from the hub
    const auto target = conflictTargets().constFind(entity);
    if (target == conflictTargets().cend())
        return localError(SyncTr::tr("The hub sent rows of an unknown table %1.").arg(entity));
    if (entity == QLatin1String("case_event"))
        return applyEvent(row);
    if (hasNaturalKey(entity))
        return applyKeyed(entity, row);
    return upsert(entity, row, *target, false);
}

Result<LocalApplier::BulkInsert *> LocalApplier::bulkInsert(const QString &entity,
                                                            const PgResult &rows)
{
    // Every batch of a table's cursor has the same columns: planned once per table.
    if (auto it = m_bulk.find(entity); it != m_bulk.end())
        return &it->second;
    auto all = columns(entity);
    if (!all)
        return all.error();
    // Result column → statement parameter, for the columns this database has. Text values
    // go in as text: the local columns' affinity stores numbers as numbers again.
    BulkInsert bulk;
    QStringList used;
    const bool point = m_geometryType.value(entity) == QLatin1String("POINT");
    for (int c = 0; c < rows.columns(); ++c) {
        const QString name = rows.columnName(c);
        if (name == QLatin1String("roles"))
            bulk.roles = c;
        if (name == QLatin1String("id"))
            bulk.id = c;
        if (!all->contains(name))
            continue;
        BulkInsert::Column column{c, BulkInsert::Kind::Text};
        if (name == QLatin1String("geom"))
            column.kind = point ? BulkInsert::Kind::Point : BulkInsert::Kind::Polygon;
        else if (m_blobColumns.contains(entity + QLatin1Char('.') + name))
            column.kind = BulkInsert::Kind::HexBlob;
        bulk.columns.append(column);
        used.append(name);
    }
    if (used.isEmpty())
        return localError(SyncTr::tr("A row for %1 carries none of its columns.").arg(entity));
    QStringList marks;
    for (int i = 0; i < used.size(); ++i)
        marks.append(QStringLiteral("?%1").arg(i + 1));
    auto st = m_db.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(entity, used.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    if (!st)
        return st.error();
    bulk.insert.emplace(std::move(st).value());
    if (bulk.roles >= 0) {
        auto r = m_db.prepare(
            QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (?1, ?2)"));
        if (!r)
            return r.error();
        bulk.role.emplace(std::move(r).value());
    }
    return &m_bulk.emplace(entity, std::move(bulk)).first->second;
}

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool fromHex(const char *text, int size, QByteArray &out)
{
    if (size % 2)
        return false;
    out.resize(size / 2);
    char *to = out.data();
    for (int i = 0; i < size; i += 2) {
        const int hi = hexDigit(text[i]), lo = hexDigit(text[i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        *to++ = char(hi << 4 | lo);
    }
    return true;
}

std::optional<QPointF> canonicalPoint(const QByteArray &blob)
{
    static const unsigned char prefix[] = {'G', 'P', 0, 1, 0x8a, 0x11, 0, 0, 1, 1, 0, 0, 0};
    static_assert(Storage::kSrsCgcs2000 == 0x118a);
    if (blob.size() != 29 || std::memcmp(blob.constData(), prefix, sizeof prefix) != 0)
        return std::nullopt;
    const double x = qFromLittleEndian<double>(blob.constData() + 13);
    const double y = qFromLittleEndian<double>(blob.constData() + 21);
    if (std::isnan(x) || std::isnan(y))
        return std::nullopt;
    return QPointF(x, y);
}

Result<void> LocalApplier::insertRows(const QString &entity, const PgResult &rows)
{
    auto planned = bulkInsert(entity, rows);
    if (!planned)
        return planned.error();
    BulkInsert &bulk = *planned.value();
    Storage::Statement &s = *bulk.insert;
    if (m_buffers.size() < bulk.columns.size())
        m_buffers.resize(bulk.columns.size());
    for (int row = 0; row < rows.rows(); ++row) {
        s.reset();
        for (int i = 0; i < bulk.columns.size(); ++i) {
            const auto [c, kind] = bulk.columns[i];
            if (rows.isNull(row, c)) {
                s.bindNull(i + 1);
                continue;
            }
            if (kind == BulkInsert::Kind::Text) {
                s.bindUtf8View(i + 1, rows.data(row, c), rows.length(row, c));
                continue;
            }
            QByteArray &bytes = m_buffers[i];
            if (!fromHex(rows.data(row, c), rows.length(row, c), bytes))
                return localError(SyncTr::tr("Column %1.%2 got a value of an unexpected kind.")
                                      .arg(entity, rows.columnName(c)));
            if (kind == BulkInsert::Kind::Point && !canonicalPoint(bytes)) {
                auto p = Storage::Gpkg::decodePoint(bytes);
                if (!p)
                    return p.error();
                bytes = Storage::Gpkg::encodePoint(p.value());
            } else if (kind == BulkInsert::Kind::Polygon) {
                auto p = Storage::Gpkg::decodePolygon(bytes);
                if (!p)
                    return p.error();
                bytes = Storage::Gpkg::encodePolygon(p.value());
            }
            s.bindBlobView(i + 1, bytes.constData(), bytes.size());
        }
        if (auto r = s.exec(); !r)
            return r;
        if (bulk.role && !rows.isNull(row, bulk.roles)) {
            const QString userId = rows.text(row, bulk.id);
            for (const QString &r : rows.text(row, bulk.roles).split(QLatin1Char(','))) {
                bulk.role->reset();
                bulk.role->bindText(1, userId).bindText(2, r);
                if (auto done = bulk.role->exec(); !done)
                    return done;
            }
        }
    }
    // Unbind: the bound views point into `rows`.
    s.reset();
    return {};
}

Result<void> LocalApplier::setRewinding(bool on)
{
    return m_db.exec(
        on ? QStringLiteral(
            "INSERT OR REPLACE INTO setting (key, value) VALUES ('sync.rewinding', '1')")
           : QStringLiteral("DELETE FROM setting WHERE key = 'sync.rewinding'"));
}

Result<void> LocalApplier::deleteCase(const QString &caseId)
{
    auto fts = m_db.prepare(QStringLiteral(
        "INSERT INTO case_fts (case_fts, rowid, description, address) "
        "SELECT 'delete', fid, cc_fts_tokens(description), cc_fts_tokens(address) FROM case_record WHERE id = ?1"));
    if (!fts)
        return fts.error();
    fts.value().bindText(1, caseId);
    if (auto r = fts.value().exec(); !r)
        return r;
    for (const char *sql :
         {"DELETE FROM attachment WHERE case_id = ?1", "DELETE FROM case_event WHERE case_id = ?1",
          "DELETE FROM case_record WHERE id = ?1"}) {
        auto st = m_db.prepare(QString::fromLatin1(sql));
        if (!st)
            return st.error();
        st.value().bindText(1, caseId);
        if (auto r = st.value().exec(); !r)
            return r;
    }
    return {};
}

Result<void> LocalApplier::remove(const QString &entity, const QJsonObject &key)
{
    const auto target = conflictTargets().constFind(entity);
    if (target == conflictTargets().cend())
        return localError(SyncTr::tr("The hub deleted a row of an unknown table %1.").arg(entity));
    const QStringList columns = target->split(QStringLiteral(", "));
    for (const QString &c : columns) {
        if (!key.value(c).isString())
            return localError(SyncTr::tr("A deleted row of %1 came without its key.").arg(entity));
    }
    if (entity == QLatin1String("case_record"))
        return whileRewinding(
            [&] { return deleteCase(key.value(QStringLiteral("id")).toString()); });
    QStringList where;
    for (int i = 0; i < columns.size(); ++i)
        where.append(QStringLiteral("%1 = ?%2").arg(columns[i]).arg(i + 1));
    QStringList statements{
        QStringLiteral("DELETE FROM %1 WHERE %2").arg(entity, where.join(QStringLiteral(" AND ")))};
    if (entity == QLatin1String("app_user")) {
        // (foreign keys are off while a pull applies: no cascade to the contact)
        statements.prepend(QStringLiteral("DELETE FROM user_contact WHERE user_id = ?1"));
        statements.prepend(QStringLiteral("DELETE FROM user_role WHERE user_id = ?1"));
    }
    if (entity == QLatin1String("case_event"))
        statements.prepend(QStringLiteral("DELETE FROM attachment WHERE event_id = ?1"));
    if (entity == QLatin1String("campaign"))
        statements.prepend(QStringLiteral("DELETE FROM campaign_case WHERE campaign_id = ?1"));
    const auto run = [&]() -> Result<void> {
        for (const QString &sql : std::as_const(statements)) {
            auto st = m_db.prepare(sql);
            if (!st)
                return st.error();
            for (int i = 0; i < columns.size(); ++i)
                st.value().bindText(i + 1, key.value(columns[i]).toString());
            if (auto r = st.value().exec(); !r)
                return r;
        }
        return {};
    };
    // Events and published figures are written once locally; only a sync rewind may take one
    // away.
    return entity == QLatin1String("case_event") || entity == QLatin1String("kpi_publication")
                   || entity == QLatin1String("config_version")
               ? whileRewinding(run)
               : run();
}

Result<void> LocalApplier::whileRewinding(const std::function<Result<void>()> &write)
{
    if (auto r = setRewinding(true); !r)
        return r;
    Result<void> result = write();
    if (auto r = setRewinding(false); !r && result)
        return r;
    return result;
}

Result<void> LocalApplier::replaceCase(const QString &caseId, const QJsonObject &hubCase,
                                       const QJsonArray &hubEvents)
{
    return whileRewinding([&]() -> Result<void> {
        if (hubCase.isEmpty())
            return deleteCase(caseId);
        QStringList keep;
        for (const QJsonValue &e : hubEvents)
            keep.append(e.toObject().value(QStringLiteral("id")).toString());
        // The local events the hub did not take go (the conflict row keeps them).
        auto events = m_db.prepare(QStringLiteral("SELECT id FROM case_event WHERE case_id = ?1"));
        if (!events)
            return events.error();
        events.value().bindText(1, caseId);
        QStringList drop;
        if (auto r = Storage::forEachRow(events.value(),
                                         [&](const Storage::Statement &row) {
                                             if (!keep.contains(row.text(0)))
                                                 drop.append(row.text(0));
                                         });
            !r)
            return r.error();
        for (const char *sql : {"DELETE FROM attachment WHERE event_id = ?1",
                                "DELETE FROM case_event WHERE id = ?1"}) {
            auto del = m_db.prepare(QString::fromLatin1(sql));
            if (!del)
                return del.error();
            for (const QString &id : std::as_const(drop)) {
                del.value().reset();
                del.value().bindText(1, id);
                if (auto r = del.value().exec(); !r)
                    return r;
            }
        }
        if (auto r = applyCase(hubCase); !r)
            return r;
        for (const QJsonValue &e : hubEvents) {
            if (auto r = apply(QStringLiteral("case_event"), e.toObject()); !r)
                return r;
        }
        return {};
    });
}

} // namespace Cc::Sync::Internal
