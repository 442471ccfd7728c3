// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipients.h"

#include <cc/storage/database.h>

namespace Cc::Notify {

QString Recipient::address(const QString &channel) const
{
    if (channel == QLatin1String("sms"))
        return phone;
    if (channel == QLatin1String("email"))
        return email;
    if (channel == QLatin1String("wechat"))
        return wechat;
    return {};
}

Result<QList<Recipient>> resolveRecipients(Storage::Database &db, const Rule &rule,
                                           const QString &caseDepartmentId)
{
    // One query shape for every kind; the kind picks the condition and its argument.
    QString where;
    QString arg = rule.recipientRef;
    switch (rule.recipientKind) {
    case RecipientKind::Department:
    case RecipientKind::UnitHead:
        if (rule.recipientRef.isEmpty()) {
            where = QStringLiteral("u.department_id = ?1");
            arg = caseDepartmentId;
        } else {
            where = QStringLiteral("d.code = ?1");
        }
        if (rule.recipientKind == RecipientKind::UnitHead)
            where += QStringLiteral(" AND c.unit_head = 1");
        if (arg.isEmpty())
            return QList<Recipient>();
        break;
    case RecipientKind::Role:
        where = QStringLiteral("u.id IN (SELECT user_id FROM user_role WHERE role = ?1)");
        // 专业部门 users: only those of the case's department.
        if (rule.recipientRef == QLatin1String("department")) {
            if (caseDepartmentId.isEmpty())
                return QList<Recipient>();
            where += QStringLiteral(" AND u.department_id = ?2");
        }
        break;
    case RecipientKind::Person:
        where = QStringLiteral("u.login = ?1");
        break;
    case RecipientKind::Invalid:
        return QList<Recipient>();
    }
    auto s = db.prepare(
        QStringLiteral("SELECT u.id, u.display_name, coalesce(d.name_zh, ''), u.phone, "
                       "coalesce(c.email, ''), coalesce(c.wechat, '') FROM app_user u "
                       "LEFT JOIN department d ON d.id = u.department_id "
                       "LEFT JOIN user_contact c ON c.user_id = u.id "
                       "WHERE u.active = 1 AND %1 ORDER BY u.login")
            .arg(where));
    if (!s)
        return s.error();
    s->bindText(1, arg);
    if (where.contains(QLatin1String("?2")))
        s->bindText(2, caseDepartmentId);
    QList<Recipient> recipients;
    if (auto r = Storage::forEachRow(*s,
                                     [&](const Storage::Statement &row) {
                                         recipients.append({row.text(0), row.text(1), row.text(2),
                                                            row.text(3), row.text(4), row.text(5)});
                                     });
        !r)
        return r.error();
    return recipients;
}

} // namespace Cc::Notify
