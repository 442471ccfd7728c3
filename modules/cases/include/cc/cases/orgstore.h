// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Cc::Cases {

/// One department as an administrator edits it (docs/org.md). Retired, never deleted: cases
/// and events keep naming it.
struct OrgDepartment
{
    QString id; ///< empty for a new one (the store gives it a UUID)
    QString code, nameZh, nameEn, type, parentCode, phone;
    int level = 1;
    bool active = true;
    QString updatedAt; ///< as read: the hub refuses a change made on an older row
};

/// One user: login, name, posts, department (专业部门), grid (监督员), unit head (单位正职).
/// Deactivated, never deleted once they acted on a case.
struct OrgUser
{
    QString id; ///< empty for a new one
    QString login, name;
    QStringList roles; ///< Core::roleId values
    QString departmentCode, grid, phone;
    bool unitHead = false;
    bool active = true;
    QString updatedAt;
};

/// The departments and users of a centre, as the reviewed file `cityctl org export` writes:
/// {"format": "citycommand-org", "version": 1, "departments": […], "users": […]}. Never a
/// password or its hash.
struct OrgChart
{
    QList<OrgDepartment> departments;
    QList<OrgUser> users;

    static Result<OrgChart> fromJson(const QByteArray &json); ///< "org.bad-json" …
    QByteArray toJson() const;
    const OrgDepartment *department(const QString &code) const;
    const OrgUser *user(const QString &login) const;
    /// One line per difference from `before` (+ added, - retired/deactivated, ~ changed).
    QStringList differencesFrom(const OrgChart &before) const;
};

/// What one administrator's change did.
struct OrgChangeResult
{
    QString id; ///< the org_change row (empty when nothing changed)
    QString summary;
    int departments = 0, users = 0; ///< rows written
};

/// The newest change applied here (the app says so when one arrives from the hub).
struct OrgChangeRecord
{
    QString id, changedAt, changedByName, summary;
};

/// Departments, users and their bindings as the database holds them, edited by an
/// administrator the same way everywhere (the 部门与人员 page, `cityctl org`, the hub):
/// every change is checked here ("org.*" codes, docs/org.md), written with one org_change
/// row and queued for the hub as one entry in the same transaction. Nothing is written on a
/// refusal.
class OrgStore
{
public:
    explicit OrgStore(Storage::Database &db) : m_db(db) {}

    Result<OrgChart> chart();
    /// The checks of a target chart against the database, without writing.
    Result<void> validate(const OrgChart &target, const QStringList &deletedLogins = {});
    /// The differences a file would make, after the same checks as import.
    Result<QStringList> diff(const QByteArray &json);
    /// Makes the file the organisation: departments and users by code and login; a
    /// department not in it is retired, a user not in it deactivated (never deleted).
    Result<OrgChangeResult> import(const QByteArray &json, const QString &adminLogin,
                                   const QString &note = {});

    /// The general change: `target` as the organisation afterwards, users deleted (only
    /// those who never acted on a case), passwords reset (login → new password).
    Result<OrgChangeResult> apply(const OrgChart &target, const QString &adminLogin,
                                  const QString &note = {}, const QStringList &deletedLogins = {},
                                  const QHash<QString, QString> &passwords = {});

    // The page's single edits, each one change through apply().
    Result<OrgChangeResult> saveDepartment(const OrgDepartment &d, const QString &adminLogin);
    Result<OrgChangeResult> retireDepartment(const QString &code, const QString &adminLogin);
    /// A new user (no id; `newPassword` their first) or an existing one's name, posts,
    /// department, grid, phone and unit head (a login stays: it ties to the hub login).
    Result<OrgChangeResult> saveUser(const OrgUser &u, const QString &adminLogin,
                                     const QString &newPassword = {});
    Result<OrgChangeResult> setUserActive(const QString &login, bool active,
                                          const QString &adminLogin);
    Result<OrgChangeResult> resetPassword(const QString &login, const QString &password,
                                          const QString &adminLogin);
    Result<OrgChangeResult> deleteUser(const QString &login, const QString &adminLogin);

    /// How many routes of the rules in force send cases to each department code (before the
    /// first rules version: its bindings); such a department cannot be retired.
    Result<QHash<QString, int>> routeCounts();

    /// The newest org_change row (none: an empty id).
    Result<OrgChangeRecord> newestChange();

private:
    Result<void> checkFields(const OrgChart &target);
    Result<void> checkUse(const OrgChart &target, const OrgChart &current,
                          const QStringList &deletedLogins);
    Result<QJsonObject> writeDepartment(const OrgDepartment &d, const OrgDepartment *before,
                                        const QString &now);
    Result<QJsonObject> writeUser(const OrgUser &u, const OrgUser *before,
                                  const QHash<QString, QString> &departmentIds, const QString &hash,
                                  const QString &now);
    Result<QString> record(const QJsonObject &document, const QJsonObject &secrets,
                           const QString &summary, const QString &note, const QString &adminId,
                           const QString &adminName, const QString &now);

    Storage::Database &m_db;
};

} // namespace Cc::Cases
