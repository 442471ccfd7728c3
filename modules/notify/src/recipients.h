// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who a rule reaches on one case: the users it names, with their department for the label
// and their ways to be reached.

#include <cc/core/result.h>
#include <cc/notify/rules.h>

namespace Cc::Storage {
class Database;
}

namespace Cc::Notify {

struct Recipient
{
    QString userId, name, departmentName, phone, email, wechat;
    /// "县住建局 张三", or the name alone for the centre's own staff.
    QString label() const
    {
        return departmentName.isEmpty() ? name : departmentName + QLatin1Char(' ') + name;
    }
    /// Where `channel` reaches them; empty: it cannot.
    QString address(const QString &channel) const;
};

/// The active users the rule names for a case with `caseDepartmentId` (empty when the case
/// is with no department: then "the case's department" names nobody).
Result<QList<Recipient>> resolveRecipients(Storage::Database &db, const Rule &rule,
                                           const QString &caseDepartmentId);

} // namespace Cc::Notify
