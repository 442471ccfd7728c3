// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifytr.h"

#include <cc/notify/deliverylog.h>
#include <cc/notify/rules.h>
#include <cc/storage/database.h>

namespace Cc::Notify {

namespace {

constexpr const char *kColumns
    = "m.message_id, m.case_id, coalesce(c.number, ''), m.trigger, m.channel, m.recipient, "
      "m.address, m.status, m.last_error, m.attempts, m.created_at, m.sent_at, m.next_attempt_at";

DeliveryEntry entryFrom(const Storage::Statement &s)
{
    DeliveryEntry e;
    e.messageId = s.text(0);
    e.caseId = s.text(1);
    e.caseNumber = s.text(2);
    e.trigger = s.text(3);
    e.channel = s.text(4);
    e.recipient = s.text(5);
    e.address = s.text(6);
    e.status = s.text(7);
    e.lastError = s.text(8);
    e.attempts = int(s.integer(9));
    e.createdAt = Storage::fromIsoUtc(s.text(10));
    if (!s.isNull(11))
        e.sentAt = Storage::fromIsoUtc(s.text(11));
    e.nextAttemptAt = Storage::fromIsoUtc(s.text(12));
    return e;
}

Result<QList<DeliveryEntry>> read(Storage::Database &db, const QString &tail,
                                  const std::function<void(Storage::Statement &)> &bind)
{
    auto s = db.prepare(QStringLiteral("SELECT %1 FROM notify_message m LEFT JOIN case_record c "
                                       "ON c.id = m.case_id %2")
                            .arg(QLatin1String(kColumns), tail));
    if (!s)
        return s.error();
    bind(*s);
    QList<DeliveryEntry> entries;
    if (auto r = Storage::forEachRow(*s,
                                     [&](const Storage::Statement &row) {
                                         entries.append(entryFrom(row));
                                     });
        !r)
        return r.error();
    return entries;
}

} // namespace

QString DeliveryEntry::timelineText(const QTimeZone &zone) const
{
    const QString time = at().toTimeZone(zone).toString(QStringLiteral("HH:mm"));
    const QString channelText = channelName(channel);
    if (status == QLatin1String("sent"))
        //: the case timeline: 已通知 县住建局 张三（短信）14:03 ✓
        return Tr::tr("Notified %1 (%2) %3 ✓").arg(recipient, channelText, time);
    if (status == QLatin1String("queued"))
        //: the case timeline: 待通知 县住建局 张三（短信）14:03 … (attempts so far)
        return attempts == 0 ? Tr::tr("Notifying %1 (%2) %3 …").arg(recipient, channelText, time)
                             : Tr::tr("Notifying %1 (%2) %3 … retry %4: %5")
                                   .arg(recipient, channelText, time)
                                   .arg(attempts)
                                   .arg(lastError);
    //: the case timeline: 通知失败 县住建局 张三（短信）14:03 ✗ 原因
    return Tr::tr("Not notified %1 (%2) %3 ✗ %4").arg(recipient, channelText, time, lastError);
}

Result<QList<DeliveryEntry>> DeliveryLog::forCase(const QString &caseId)
{
    return read(m_db, QStringLiteral("WHERE m.case_id = ?1 ORDER BY m.fid"),
                [&](Storage::Statement &s) { s.bindText(1, caseId); });
}

Result<QList<DeliveryEntry>> DeliveryLog::recent(int limit, const QString &status)
{
    return read(m_db,
                status.isEmpty()
                    ? QStringLiteral("ORDER BY m.fid DESC LIMIT ?1")
                    : QStringLiteral("WHERE m.status = ?2 ORDER BY m.fid DESC LIMIT ?1"),
                [&](Storage::Statement &s) {
                    s.bindInt(1, limit);
                    if (!status.isEmpty())
                        s.bindText(2, status);
                });
}

Result<QHash<QString, qint64>> DeliveryLog::counts()
{
    auto s = m_db.prepare(
        QStringLiteral("SELECT status, count(*) FROM notify_message GROUP BY status"));
    if (!s)
        return s.error();
    QHash<QString, qint64> counts;
    if (auto r = Storage::forEachRow(*s,
                                     [&](const Storage::Statement &row) {
                                         counts.insert(row.text(0), row.integer(1));
                                     });
        !r)
        return r.error();
    return counts;
}

} // namespace Cc::Notify
