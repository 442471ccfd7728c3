// SPDX-License-Identifier: GPL-3.0-or-later
// Departments and users written as one change (docs/org.md): the rows, one org_change row
// with the rows after it, and one outbox entry for the hub, in one transaction.
#include <cc/cases/orgstore.h>

#include "casestr.h"
#include "roleholder.h"

#include <cc/cases/auth.h>
#include <cc/core/role.h>
#include <cc/core/uuid.h>
#include <cc/storage/repositories.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace Cc::Cases {

namespace {

Error orgError(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message);
}

bool sameDepartment(const OrgDepartment &a, const OrgDepartment &b)
{
    return a.nameZh == b.nameZh && a.nameEn == b.nameEn && a.type == b.type
           && a.parentCode == b.parentCode && a.phone == b.phone && a.level == b.level
           && a.active == b.active;
}

bool sameUser(const OrgUser &a, const OrgUser &b)
{
    return a.name == b.name && a.roles == b.roles && a.departmentCode == b.departmentCode
           && a.grid == b.grid && a.phone == b.phone && a.unitHead == b.unitHead
           && a.active == b.active;
}

QString newId()
{
    return Core::uuidText(Core::makeUuidV7());
}

/// The departments in an order that writes every parent before its children.
Result<QList<const OrgDepartment *>> parentsFirst(const OrgChart &target)
{
    QList<const OrgDepartment *> out, left;
    for (const OrgDepartment &d : target.departments)
        left.append(&d);
    QSet<QString> placed;
    while (!left.isEmpty()) {
        const qsizetype before = left.size();
        for (qsizetype i = 0; i < left.size();) {
            if (left[i]->parentCode.isEmpty() || placed.contains(left[i]->parentCode)) {
                placed.insert(left[i]->code);
                out.append(left.takeAt(i));
            } else {
                ++i;
            }
        }
        if (left.size() == before)
            return orgError("org.bad-field", Tr::tr("The parents of department %1 form a loop.")
                                                 .arg(left.first()->code));
    }
    return out;
}

/// login → argon2id hash of each new password (at least the service's minimum length).
Result<QHash<QString, QString>> hashPasswords(const OrgChart &target,
                                              const QHash<QString, QString> &passwords)
{
    QHash<QString, QString> hashes;
    for (auto it = passwords.cbegin(); it != passwords.cend(); ++it) {
        const OrgUser *u = target.user(it.key());
        if (!u)
            return orgError("auth.unknown-user",
                            Tr::tr("There is no user \"%1\".").arg(it.key().left(40)));
        if (it.value().size() < AuthService::kMinPasswordLength)
            return orgError("auth.weak-password", Tr::tr("A password needs at least %1 characters.")
                                                      .arg(AuthService::kMinPasswordLength));
        auto hash = AuthService::hashPassword(it.value());
        if (!hash)
            return hash.error();
        hashes.insert(u->login, hash.value());
    }
    return hashes;
}

} // namespace

Result<OrgChart> OrgStore::chart()
{
    OrgChart out;
    auto ds = m_db.prepare(QStringLiteral(
        "SELECT d.id, d.code, d.name_zh, d.name_en, d.department_type, coalesce(p.code, ''), "
        "d.phone, d.level, d.active, d.updated_at FROM department d "
        "LEFT JOIN department p ON p.id = d.parent_id ORDER BY d.code"));
    if (!ds)
        return ds.error();
    auto readDepartments = Storage::forEachRow(*ds, [&](const Storage::Statement &r) {
        out.departments.append({r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5),
                                r.text(6), int(r.integer(7)), r.integer(8) != 0, r.text(9)});
    });
    if (!readDepartments)
        return readDepartments.error();
    QHash<QString, QStringList> roles; // user id → roles, in order
    auto rs = m_db.prepare(QStringLiteral("SELECT user_id, role FROM user_role ORDER BY role"));
    if (!rs)
        return rs.error();
    auto readRoles = Storage::forEachRow(*rs, [&](const Storage::Statement &r) {
        roles[r.text(0)].append(r.text(1));
    });
    if (!readRoles)
        return readRoles.error();
    auto us = m_db.prepare(QStringLiteral(
        "SELECT u.id, u.login, u.display_name, coalesce(d.code, ''), u.responsibility_code, "
        "u.phone, u.unit_head, u.active, u.updated_at FROM app_user u "
        "LEFT JOIN department d ON d.id = u.department_id ORDER BY u.login"));
    if (!us)
        return us.error();
    auto readUsers = Storage::forEachRow(*us, [&](const Storage::Statement &r) {
        out.users.append({r.text(0), r.text(1), r.text(2), roles.value(r.text(0)), r.text(3),
                          r.text(4), r.text(5), r.integer(6) != 0, r.integer(7) != 0, r.text(8)});
    });
    if (!readUsers)
        return readUsers.error();
    return out;
}

Result<QJsonObject> OrgStore::writeDepartment(const OrgDepartment &d, const OrgDepartment *before,
                                              const QString &now)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO department (id, code, name_zh, name_en, level, parent_id, department_type, "
        "phone, active, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, "
        "(SELECT id FROM department WHERE code = ?6), ?7, ?8, ?9, ?10) "
        "ON CONFLICT (id) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, "
        "level = excluded.level, parent_id = excluded.parent_id, "
        "department_type = excluded.department_type, phone = excluded.phone, "
        "active = excluded.active, updated_at = excluded.updated_at"));
    if (!st)
        return st.error();
    const QString id = before ? before->id : newId();
    st->bindText(1, id)
        .bindText(2, d.code)
        .bindText(3, d.nameZh)
        .bindText(4, d.nameEn)
        .bindInt(5, d.level)
        .bindText(6, d.parentCode)
        .bindText(7, d.type)
        .bindText(8, d.phone)
        .bindInt(9, d.active ? 1 : 0)
        .bindText(10, now);
    if (auto r = st->exec(); !r)
        return r.error();
    auto row = Storage::OutboxRepository(m_db).rowJson(QStringLiteral("department"), id);
    if (!row)
        return row.error();
    QJsonObject out = row.value().value_or(QJsonObject());
    out.insert(QStringLiteral("base_updated_at"), before ? before->updatedAt : QString());
    return out;
}

Result<QJsonObject> OrgStore::writeUser(const OrgUser &u, const OrgUser *before,
                                        const QHash<QString, QString> &departmentIds,
                                        const QString &hash, const QString &now)
{
    const QString id = before ? before->id : newId();
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO app_user (id, login, display_name, password_hash, department_id, "
        "responsibility_code, phone, active, unit_head, updated_at) "
        "VALUES (?1, ?2, ?3, coalesce(?4, ''), ?5, ?6, ?7, ?8, ?9, ?10) "
        "ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, "
        "password_hash = coalesce(?4, password_hash), department_id = excluded.department_id, "
        "responsibility_code = excluded.responsibility_code, phone = excluded.phone, "
        "active = excluded.active, unit_head = excluded.unit_head, "
        "updated_at = excluded.updated_at"));
    if (!st)
        return st.error();
    st->bindText(1, id).bindText(2, u.login).bindText(3, u.name);
    hash.isEmpty() ? st->bindNull(4) : st->bindText(4, hash);
    u.departmentCode.isEmpty() ? st->bindNull(5)
                               : st->bindText(5, departmentIds.value(u.departmentCode));
    st->bindText(6, u.grid)
        .bindText(7, u.phone)
        .bindInt(8, u.active ? 1 : 0)
        .bindInt(9, u.unitHead ? 1 : 0)
        .bindText(10, now);
    if (auto r = st->exec(); !r)
        return r.error();
    auto clear = m_db.prepare(QStringLiteral("DELETE FROM user_role WHERE user_id = ?1"));
    if (!clear)
        return clear.error();
    clear->bindText(1, id);
    if (auto r = clear->exec(); !r)
        return r.error();
    auto role = m_db.prepare(
        QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (?1, ?2)"));
    if (!role)
        return role.error();
    for (const QString &r : u.roles) {
        role->reset();
        role->bindText(1, id).bindText(2, r);
        if (auto done = role->exec(); !done)
            return done.error();
    }
    auto row = Storage::OutboxRepository(m_db).rowJson(QStringLiteral("app_user"), id);
    if (!row)
        return row.error();
    // The document goes to every workstation: never a hash in it (the hub gets a reset's
    // hash beside the row, in the entry's "passwords").
    QJsonObject out = row.value().value_or(QJsonObject());
    out.remove(QStringLiteral("password_hash"));
    out.insert(QStringLiteral("roles"), QJsonArray::fromStringList(u.roles));
    out.insert(QStringLiteral("base_updated_at"), before ? before->updatedAt : QString());
    return out;
}

Result<OrgChangeResult> OrgStore::apply(const OrgChart &given, const QString &adminLogin,
                                        const QString &note, const QStringList &deletedLogins,
                                        const QHash<QString, QString> &passwords)
{
    auto who = roleHolder(m_db, adminLogin, Core::Role::Admin);
    if (!who)
        return who.error();
    OrgChart target = given;
    for (OrgUser &u : target.users)
        u.roles.sort();
    if (auto r = checkFields(target); !r)
        return r.error();
    // Hashed before the transaction (argon2id takes a while).
    auto hashes = hashPasswords(target, passwords);
    if (!hashes)
        return hashes.error();
    auto order = parentsFirst(target);
    if (!order)
        return order.error();
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    // Read and checked inside the write transaction: no case can reach a department
    // between the check and the retirement.
    auto current = chart();
    if (!current)
        return current.error();
    if (auto r = checkUse(target, current.value(), deletedLogins); !r)
        return r.error();
    // Departments and users the target leaves out are retired and deactivated.
    for (const OrgDepartment &d : current->departments) {
        if (!target.department(d.code) && d.active) {
            target.departments.append(d);
            target.departments.last().active = false;
        }
    }
    for (const OrgUser &u : current->users) {
        if (!target.user(u.login) && u.active
            && !deletedLogins.contains(u.login, Qt::CaseInsensitive)) {
            target.users.append(u);
            target.users.last().active = false;
        }
    }
    // (appending may move the list: the order is rebuilt on the final list)
    order = parentsFirst(target);
    const QString now = Storage::isoUtc(QDateTime::currentDateTimeUtc());
    QJsonArray departments, users, deleted;
    QHash<QString, QString> departmentIds;
    QStringList summary;
    for (const OrgDepartment &d : current->departments)
        departmentIds.insert(d.code, d.id);
    for (const OrgDepartment *d : order.value()) {
        const OrgDepartment *before = current->department(d->code);
        if (before && sameDepartment(*d, *before))
            continue;
        auto row = writeDepartment(*d, before, now);
        if (!row)
            return row.error();
        departmentIds.insert(d->code, row->value(QStringLiteral("id")).toString());
        departments.append(row.value());
        summary << (before ? (d->active ? QStringLiteral("~") : QStringLiteral("-"))
                           : QStringLiteral("+"))
                       + d->code;
    }
    for (const OrgUser &u : std::as_const(target.users)) {
        const OrgUser *before = current->user(u.login);
        const QString hash = hashes->value(u.login);
        if (before && sameUser(u, *before) && hash.isEmpty())
            continue;
        auto row = writeUser(u, before, departmentIds, hash, now);
        if (!row)
            return row.error();
        users.append(row.value());
        summary << (before ? (u.active ? QStringLiteral("~") : QStringLiteral("-"))
                           : QStringLiteral("+"))
                       + u.login + (hash.isEmpty() ? QString() : QStringLiteral("*"));
    }
    for (const QString &login : deletedLogins) {
        const OrgUser *was = current->user(login);
        const QString sql = QStringLiteral("DELETE FROM user_role WHERE user_id = ?1; "
                                           "DELETE FROM user_contact WHERE user_id = ?1; "
                                           "DELETE FROM app_user WHERE id = ?1");
        for (const QString &statement : sql.split(QStringLiteral("; "))) {
            auto st = m_db.prepare(statement);
            if (!st)
                return st.error();
            st->bindText(1, was->id);
            if (auto r = st->exec(); !r)
                return r.error();
        }
        deleted.append(was->id);
        summary << QStringLiteral("×") + was->login;
    }
    OrgChangeResult result;
    result.departments = int(departments.size());
    result.users = int(users.size() + deleted.size());
    if (summary.isEmpty())
        return result; // nothing to change: no row, no entry
    result.summary = summary.join(QLatin1Char(' ')).left(400);
    const QJsonObject document{{"departments", departments},
                               {"users", users},
                               {"deletedUsers", deleted}};
    QJsonObject secrets; // user id → hash, for the hub only
    for (const QJsonValue &u : std::as_const(users)) {
        const QString login = u.toObject().value(QStringLiteral("login")).toString();
        if (hashes->contains(login))
            secrets.insert(u.toObject().value(QStringLiteral("id")).toString(),
                           hashes->value(login));
    }
    auto id = record(document, secrets, result.summary, note, who->userId, who->displayName, now);
    if (!id)
        return id.error();
    result.id = id.value();
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

Result<QString> OrgStore::record(const QJsonObject &document, const QJsonObject &secrets,
                                 const QString &summary, const QString &note,
                                 const QString &adminId, const QString &adminName,
                                 const QString &now)
{
    const QString id = newId();
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO org_change (id, changed_at, changed_by, changed_by_name, summary, note, "
        "document) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!st)
        return st.error();
    st->bindText(1, id)
        .bindText(2, now)
        .bindText(3, adminId)
        .bindText(4, adminName)
        .bindText(5, summary)
        .bindText(6, note.left(500))
        .bindText(7, QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)));
    if (auto r = st->exec(); !r)
        return r.error();
    Storage::OutboxRepository outbox(m_db);
    auto row = outbox.rowJson(QStringLiteral("org_change"), id);
    if (!row)
        return row.error();
    // One entry: the hub takes the whole change or none of it. A reset's hash travels only
    // here, to the hub (docs/hub.md, "Password hashes and logins").
    const QJsonObject payload{{"row", *row.value()},
                              {"base", QJsonValue()},
                              {"passwords", secrets},
                              {"actorId", adminId}};
    if (auto r = outbox.append(QStringLiteral("org_change"), id, QStringLiteral("insert"),
                               QString::fromUtf8(
                                   QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        !r)
        return r.error();
    return id;
}

Result<QStringList> OrgStore::diff(const QByteArray &json)
{
    auto target = OrgChart::fromJson(json);
    if (!target)
        return target.error();
    for (OrgUser &u : target->users)
        u.roles.sort();
    if (auto r = validate(target.value()); !r)
        return r.error();
    auto current = chart();
    if (!current)
        return current.error();
    return target->differencesFrom(current.value());
}

Result<OrgChangeResult> OrgStore::import(const QByteArray &json, const QString &adminLogin,
                                         const QString &note)
{
    auto who = roleHolder(m_db, adminLogin, Core::Role::Admin);
    if (!who)
        return who.error();
    auto target = OrgChart::fromJson(json);
    if (!target)
        return target.error();
    return apply(target.value(), adminLogin, note);
}

Result<OrgChangeRecord> OrgStore::newestChange()
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT id, changed_at, changed_by_name, summary FROM org_change ORDER BY fid DESC LIMIT 1"));
    if (!st)
        return st.error();
    auto found = st->step();
    if (!found)
        return found.error();
    if (!found.value())
        return OrgChangeRecord{};
    return OrgChangeRecord{st->text(0), st->text(1), st->text(2), st->text(3)};
}

} // namespace Cc::Cases
