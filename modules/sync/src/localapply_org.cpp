// SPDX-License-Identifier: GPL-3.0-or-later
// Departments and users changed by an administrator (hub schema 10, docs/org.md): one
// org_change row carries the rows after the change, applied here in the caller's
// transaction, so a workstation never shows half a change.
#include "localapply.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Cc::Sync::Internal {

Result<void> LocalApplier::applyOrgChange(const QJsonObject &row)
{
    if (auto r = upsert(QStringLiteral("org_change"), row, QStringLiteral("id"), false); !r)
        return r;
    const QJsonObject document = QJsonDocument::fromJson(
                                     row.value(QStringLiteral("document")).toString().toUtf8())
                                     .object();
    // Departments first: the users name them.
    for (const QJsonValue &d : document.value(QStringLiteral("departments")).toArray()) {
        if (auto r = upsert(QStringLiteral("department"), d.toObject(), QStringLiteral("id"),
                            false);
            !r)
            return r;
    }
    // No hash in a change (the hub sends a user's own hash with the user's row only): the
    // local one stays.
    for (const QJsonValue &u : document.value(QStringLiteral("users")).toArray()) {
        QJsonObject user = u.toObject();
        user.remove(QStringLiteral("password_hash"));
        if (auto r = applyUser(user); !r)
            return r;
    }
    for (const QJsonValue &id : document.value(QStringLiteral("deletedUsers")).toArray()) {
        if (auto r = remove(QStringLiteral("app_user"), QJsonObject{{"id", id.toString()}}); !r)
            return r;
    }
    return {};
}

Result<void> LocalApplier::restoreOrg(const QJsonObject &remote)
{
    // The hub's copies of the rows a refused change named; none: the row was new here.
    for (const QJsonValue &v : remote.value(QStringLiteral("users")).toArray()) {
        const QJsonObject entry = v.toObject();
        QJsonObject user = entry.value(QStringLiteral("row")).toObject();
        user.remove(QStringLiteral("password_hash"));
        auto r = user.isEmpty()
                     ? remove(QStringLiteral("app_user"),
                              QJsonObject{{"id", entry.value(QStringLiteral("id")).toString()}})
                     : applyUser(user);
        if (!r)
            return r;
    }
    for (const QJsonValue &v : remote.value(QStringLiteral("departments")).toArray()) {
        const QJsonObject entry = v.toObject();
        const QJsonObject department = entry.value(QStringLiteral("row")).toObject();
        auto r = department.isEmpty()
                     ? remove(QStringLiteral("department"),
                              QJsonObject{{"id", entry.value(QStringLiteral("id")).toString()}})
                     : upsert(QStringLiteral("department"), department, QStringLiteral("id"),
                              false);
        if (!r)
            return r;
    }
    return {};
}

} // namespace Cc::Sync::Internal
