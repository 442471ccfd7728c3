// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What was sent about a case, for its timeline ("已通知 县住建局 张三（短信）14:03 ✓") and
// for `cityctl notify log`.

#include <cc/core/result.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Cc::Storage {
class Database;
}

namespace Cc::Notify {

struct DeliveryEntry
{
    QString messageId, caseId, caseNumber, trigger, channel, recipient, address, status, lastError;
    int attempts = 0;
    QDateTime createdAt, sentAt, nextAttemptAt;

    /// "已通知 县住建局 张三（短信）14:03 ✓", "待通知 … ⏳", "通知失败 … ✗" (translated).
    QString timelineText(const QTimeZone &zone) const;
    /// When the line belongs in the timeline: sent, else queued.
    QDateTime at() const { return sentAt.isValid() ? sentAt : createdAt; }
};

class DeliveryLog
{
public:
    explicit DeliveryLog(Storage::Database &db) : m_db(db) {}
    Result<QList<DeliveryEntry>> forCase(const QString &caseId);
    /// The newest `limit` messages, optionally one status only.
    Result<QList<DeliveryEntry>> recent(int limit, const QString &status = {});
    /// Counts by status: queued, sent, failed, undeliverable.
    Result<QHash<QString, qint64>> counts();

private:
    Storage::Database &m_db;
};

} // namespace Cc::Notify
