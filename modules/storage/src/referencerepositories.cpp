// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/storage/repositories.h>

#include "storage_p.h"

#include <QHash>

namespace Cc::Storage {

using namespace Internal;

// ------------------------------------------------------------------------------ category

Result<void> CategoryRepository::upsert(const CategoryRow &row)
{
    // ON CONFLICT … DO UPDATE, not INSERT OR REPLACE: REPLACE deletes the old row first,
    // which department_category's foreign key refuses.
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO category (key, kind, code, major_code, name_zh, name_en, limit_urgent, "
        "limit_normal, filing_conditions, closing_conditions, department_type) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT (key) DO UPDATE SET kind = ?2, code = ?3, major_code = ?4, name_zh = ?5, "
        "name_en = ?6, limit_urgent = ?7, limit_normal = ?8, filing_conditions = ?9, "
        "closing_conditions = ?10, department_type = ?11"));
    if (!st)
        return st.error();
    Statement &s = st.value();
    s.bindText(1, row.key).bindText(2, row.kind).bindText(3, row.code).bindText(4, row.majorCode);
    s.bindText(5, row.nameZh).bindText(6, row.nameEn).bindText(7, row.limitUrgent);
    s.bindText(8, row.limitNormal).bindText(9, jsonArray(row.filingConditions));
    s.bindText(10, jsonArray(row.closingConditions)).bindText(11, row.departmentType);
    return s.exec();
}

Result<QList<CategoryRow>> CategoryRepository::all()
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT key, kind, code, major_code, name_zh, name_en, limit_urgent, limit_normal, "
        "filing_conditions, closing_conditions, department_type FROM category ORDER BY key"));
    if (!st)
        return st.error();
    QList<CategoryRow> rows;
    auto r = forEachRow(st.value(), [&rows](const Statement &s) {
        CategoryRow row;
        row.key = s.text(0);
        row.kind = s.text(1);
        row.code = s.text(2);
        row.majorCode = s.text(3);
        row.nameZh = s.text(4);
        row.nameEn = s.text(5);
        row.limitUrgent = s.text(6);
        row.limitNormal = s.text(7);
        row.filingConditions = fromJsonArray(s.text(8));
        row.closingConditions = fromJsonArray(s.text(9));
        row.departmentType = s.text(10);
        rows.append(std::move(row));
    });
    if (!r)
        return r.error();
    return rows;
}

// ------------------------------------------------------------------------------ department

namespace {

const QString kDepartmentColumns = QStringLiteral(
    "d.id, d.code, d.name_zh, d.name_en, d.level, d.parent_id, d.department_type, d.phone, "
    "d.active");

DepartmentRow readDepartment(const Statement &s)
{
    DepartmentRow row;
    row.id = s.text(0);
    row.code = s.text(1);
    row.nameZh = s.text(2);
    row.nameEn = s.text(3);
    row.level = int(s.integer(4));
    row.parentId = s.text(5);
    row.departmentType = s.text(6);
    row.phone = s.text(7);
    row.active = s.integer(8) != 0;
    return row;
}

Result<QList<DepartmentRow>> departments(Database &db, const QString &sql,
                                         const QStringList &params = {})
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    for (int i = 0; i < params.size(); ++i)
        st.value().bindText(i + 1, params.at(i));
    QList<DepartmentRow> rows;
    auto r = forEachRow(st.value(),
                        [&rows](const Statement &s) { rows.append(readDepartment(s)); });
    if (!r)
        return r.error();
    return rows;
}

Result<std::optional<DepartmentRow>> oneDepartment(Database &db, const QString &where,
                                                   const QString &value)
{
    auto rows = departments(db,
                            QStringLiteral("SELECT %1 FROM department d WHERE %2")
                                .arg(kDepartmentColumns, where),
                            {value});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<DepartmentRow>{};
    return std::optional<DepartmentRow>(rows.value().first());
}

} // namespace

Result<void> DepartmentRepository::upsert(const DepartmentRow &row)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO department (id, code, name_zh, name_en, level, parent_id, department_type, "
        "phone, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (id) DO UPDATE SET code = ?2, name_zh = ?3, name_en = ?4, level = ?5, "
        "parent_id = ?6, department_type = ?7, phone = ?8, updated_at = ?9"));
    if (!st)
        return st.error();
    Statement &s = st.value();
    s.bindText(1, row.id).bindText(2, row.code).bindText(3, row.nameZh).bindText(4, row.nameEn);
    s.bindInt(5, row.level);
    bindOptionalText(s, 6, row.parentId);
    s.bindText(7, row.departmentType).bindText(8, row.phone).bindText(9, nowIso());
    return s.exec();
}

Result<void> DepartmentRepository::addCategory(const DepartmentCategoryRow &row)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO department_category (department_id, category_key, responsibility_code) "
        "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    if (!st)
        return st.error();
    st.value().bindText(1, row.departmentId).bindText(2, row.categoryKey);
    st.value().bindText(3, row.responsibilityCode);
    return st.value().exec();
}

Result<QList<DepartmentRow>> DepartmentRepository::all()
{
    return departments(m_db, QStringLiteral("SELECT %1 FROM department d ORDER BY d.code")
                                 .arg(kDepartmentColumns));
}

Result<std::optional<DepartmentRow>> DepartmentRepository::find(const QString &id)
{
    return oneDepartment(m_db, QStringLiteral("d.id = ?"), id);
}

Result<std::optional<DepartmentRow>> DepartmentRepository::findByCode(const QString &code)
{
    return oneDepartment(m_db, QStringLiteral("d.code = ?"), code);
}

Result<QList<DepartmentRow>> DepartmentRepository::responsibleFor(const QString &categoryKey,
                                                                  const QString &responsibilityCode)
{
    // A department bound both to the grid and city-wide appears once, ranked as bound.
    return departments(m_db,
                       QStringLiteral(
                           "SELECT %1 FROM department d JOIN department_category dc "
                           "ON dc.department_id = d.id "
                           "WHERE dc.category_key = ?1 AND (dc.responsibility_code = ''"
                           " OR (?2 <> '' AND dc.responsibility_code = ?2)) "
                           "GROUP BY d.id ORDER BY min(dc.responsibility_code = ''), d.code")
                           .arg(kDepartmentColumns),
                       {categoryKey, responsibilityCode});
}

Result<QList<DepartmentCategoryRow>> DepartmentRepository::allCategories()
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT department_id, category_key, responsibility_code FROM department_category "
        "ORDER BY department_id, category_key, responsibility_code"));
    if (!st)
        return st.error();
    QList<DepartmentCategoryRow> rows;
    auto r = forEachRow(st.value(), [&rows](const Statement &s) {
        rows.append({s.text(0), s.text(1), s.text(2)});
    });
    if (!r)
        return r.error();
    return rows;
}

// ------------------------------------------------------------------------------ user

namespace {

Result<QList<UserRow>> users(Database &db, const QString &where, const QString &param)
{
    auto st = db.prepare(
        QStringLiteral("SELECT id, login, display_name, password_hash, department_id, "
                       "responsibility_code, phone, active FROM app_user %1 ORDER BY login")
            .arg(where));
    if (!st)
        return st.error();
    if (!param.isNull())
        st.value().bindText(1, param);
    QList<UserRow> rows;
    auto r = forEachRow(st.value(), [&rows](const Statement &s) {
        UserRow row;
        row.id = s.text(0);
        row.login = s.text(1);
        row.displayName = s.text(2);
        row.passwordHash = s.text(3);
        row.departmentId = s.text(4);
        row.responsibilityCode = s.text(5);
        row.phone = s.text(6);
        row.active = s.integer(7) != 0;
        rows.append(std::move(row));
    });
    if (!r)
        return r.error();
    if (rows.isEmpty())
        return rows;

    // Roles in the order they were given (rowid), for every user read.
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert(rows.at(i).id, i);
    auto roles = db.prepare(rows.size() == 1 ? QStringLiteral("SELECT user_id, role FROM user_role "
                                                              "WHERE user_id = ? ORDER BY rowid")
                                             : QStringLiteral("SELECT user_id, role FROM user_role "
                                                              "ORDER BY rowid"));
    if (!roles)
        return roles.error();
    if (rows.size() == 1)
        roles.value().bindText(1, rows.first().id);
    r = forEachRow(roles.value(), [&](const Statement &s) {
        const auto it = index.constFind(s.text(0));
        if (it != index.constEnd())
            rows[*it].roles.append(s.text(1));
    });
    if (!r)
        return r.error();
    return rows;
}

Result<std::optional<UserRow>> oneUser(Database &db, const QString &where, const QString &param)
{
    auto rows = users(db, where, param);
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<UserRow>{};
    return std::optional<UserRow>(rows.value().first());
}

} // namespace

Result<void> UserRepository::upsert(const UserRow &row)
{
    // A savepoint makes the user and its roles one change even when the caller has no
    // transaction open; inside the caller's transaction it simply nests.
    if (auto r = m_db.exec(QStringLiteral("SAVEPOINT user_upsert")); !r)
        return r;
    auto fail = [this](const Error &error) -> Result<void> {
        (void) m_db.exec(QStringLiteral("ROLLBACK TO user_upsert; RELEASE user_upsert"));
        return error;
    };
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO app_user (id, login, display_name, password_hash, department_id, "
        "responsibility_code, phone, active, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
        "?8, ?9) ON CONFLICT (id) DO UPDATE SET login = ?2, display_name = ?3, "
        "password_hash = ?4, department_id = ?5, responsibility_code = ?6, phone = ?7, "
        "active = ?8, updated_at = ?9"));
    if (!st)
        return fail(st.error());
    Statement &s = st.value();
    s.bindText(1, row.id).bindText(2, row.login).bindText(3, row.displayName);
    s.bindText(4, row.passwordHash);
    bindOptionalText(s, 5, row.departmentId);
    s.bindText(6, row.responsibilityCode).bindText(7, row.phone).bindInt(8, row.active ? 1 : 0);
    s.bindText(9, nowIso());
    if (auto r = s.exec(); !r)
        return fail(r.error());

    auto del = m_db.prepare(QStringLiteral("DELETE FROM user_role WHERE user_id = ?"));
    if (!del)
        return fail(del.error());
    del.value().bindText(1, row.id);
    if (auto r = del.value().exec(); !r)
        return fail(r.error());
    auto ins = m_db.prepare(QStringLiteral("INSERT INTO user_role (user_id, role) VALUES (?, ?)"));
    if (!ins)
        return fail(ins.error());
    for (const QString &role : row.roles) {
        ins.value().reset();
        ins.value().bindText(1, row.id).bindText(2, role);
        if (auto r = ins.value().exec(); !r)
            return fail(r.error());
    }
    return m_db.exec(QStringLiteral("RELEASE user_upsert"));
}

Result<std::optional<UserRow>> UserRepository::findByLogin(const QString &login)
{
    return oneUser(m_db, QStringLiteral("WHERE login = ?"), login);
}

Result<std::optional<UserRow>> UserRepository::find(const QString &id)
{
    return oneUser(m_db, QStringLiteral("WHERE id = ?"), id);
}

Result<QList<UserRow>> UserRepository::all()
{
    return users(m_db, QString(), QString());
}

// ------------------------------------------------------------------------------ calendar

Result<void> CalendarRepository::save(const QByteArray &definitionJson, const QString &id)
{
    auto st = m_db.prepare(
        QStringLiteral("INSERT INTO work_calendar (id, definition, updated_at) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT (id) DO UPDATE SET definition = ?2, updated_at = ?3"));
    if (!st)
        return st.error();
    st.value().bindText(1, id).bindText(2, QString::fromUtf8(definitionJson));
    st.value().bindText(3, nowIso());
    return st.value().exec();
}

Result<std::optional<QByteArray>> CalendarRepository::load(const QString &id)
{
    auto st = m_db.prepare(QStringLiteral("SELECT definition FROM work_calendar WHERE id = ?"));
    if (!st)
        return st.error();
    st.value().bindText(1, id);
    auto r = st.value().step();
    if (!r)
        return r.error();
    if (!r.value())
        return std::optional<QByteArray>{};
    return std::optional<QByteArray>(st.value().text(0).toUtf8());
}

// ------------------------------------------------------------------------------ setting

Result<void> SettingRepository::set(const QString &key, const QString &value)
{
    auto st = m_db.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?1, ?2) "
                                          "ON CONFLICT (key) DO UPDATE SET value = ?2"));
    if (!st)
        return st.error();
    st.value().bindText(1, key).bindText(2, value);
    return st.value().exec();
}

Result<std::optional<QString>> SettingRepository::get(const QString &key)
{
    auto st = m_db.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    if (!st)
        return st.error();
    st.value().bindText(1, key);
    auto r = st.value().step();
    if (!r)
        return r.error();
    if (!r.value())
        return std::optional<QString>{};
    return std::optional<QString>(st.value().text(0));
}

} // namespace Cc::Storage
