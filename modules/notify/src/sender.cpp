// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelformats.h"
#include "notifytr.h"
#include "transport.h"

#include <cc/notify/notifysettings.h>
#include <cc/notify/sender.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>

namespace Cc::Notify {

namespace {

const QString kLeaseKey = QStringLiteral("notify.sender-lease");
constexpr int kLeaseSeconds = 120;

/// What one attempt did to one message, written with the batch's other marks.
struct Mark
{
    qint64 fid = 0;
    QString outcome; ///< sent, retry, failed, deferred
    QString detail;
    int attempts = 0;
    QDateTime next;
};

Result<QList<QueuedMessage>> due(Storage::Database &db, const QDateTime &now, int limit)
{
    auto s = db.prepare(QStringLiteral(
        "SELECT fid, message_id, case_id, trigger, channel, recipient, address, subject, body, "
        "platform, urgent, attempts FROM notify_message WHERE status = 'queued' "
        "AND next_attempt_at <= ?1 ORDER BY next_attempt_at, fid LIMIT ?2"));
    if (!s)
        return s.error();
    s->bindText(1, Storage::isoUtc(now)).bindInt(2, limit);
    QList<QueuedMessage> messages;
    if (auto r = Storage::forEachRow(*s,
                                     [&](const Storage::Statement &row) {
                                         messages.append({row.integer(0), row.text(1), row.text(2),
                                                          row.text(3), row.text(4), row.text(5),
                                                          row.text(6), row.text(7), row.text(8),
                                                          row.text(9), row.integer(10) != 0,
                                                          int(row.integer(11))});
                                     });
        !r)
        return r.error();
    return messages;
}

Result<void> writeMarks(Storage::Database &db, const QList<Mark> &marks, const QDateTime &now)
{
    Storage::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto update = db.prepare(QStringLiteral(
        "UPDATE notify_message SET status = CASE ?2 WHEN 'sent' THEN 'sent' WHEN 'failed' "
        "THEN 'failed' ELSE 'queued' END, attempts = ?3, next_attempt_at = ?4, "
        "sent_at = CASE ?2 WHEN 'sent' THEN ?5 ELSE sent_at END, "
        "last_error = CASE ?2 WHEN 'sent' THEN '' ELSE ?6 END WHERE fid = ?1"));
    if (!update)
        return update.error();
    auto attempt = db.prepare(QStringLiteral(
        "INSERT INTO notify_attempt (message_fid, at, outcome, detail) VALUES (?1, ?2, ?3, ?4)"));
    if (!attempt)
        return attempt.error();
    const QString at = Storage::isoUtc(now);
    for (const Mark &m : marks) {
        update->reset();
        update->bindInt(1, m.fid)
            .bindText(2, m.outcome)
            .bindInt(3, m.attempts)
            .bindText(4, Storage::isoUtc(m.next.isValid() ? m.next : now))
            .bindText(5, at)
            .bindText(6, m.detail.left(500));
        if (auto r = update->exec(); !r)
            return r;
        attempt->reset();
        attempt->bindInt(1, m.fid)
            .bindText(2, at)
            .bindText(3, m.outcome)
            .bindText(4, m.detail.left(500));
        if (auto r = attempt->exec(); !r)
            return r;
    }
    return tx.commit();
}

/// A lease held by a process of this machine that is gone (killed) is free at once; one
/// of another machine (a shared file) runs out after kLeaseSeconds.
bool holderAlive(const QString &holder)
{
    const QString host = holder.section(QLatin1Char(':'), 0, -2);
    const QString pid = holder.section(QLatin1Char(':'), -1);
    if (host != QSysInfo::machineHostName())
        return true;
    return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

Sender::Sender(Storage::Database &db, const QTimeZone &cityZone, SenderOptions options)
    : m_db(db)
    , m_zone(cityZone)
    , m_options(std::move(options))
    , m_transport(std::make_unique<Transport>(m_options.timeoutSeconds))
{
    if (m_options.holder.isEmpty())
        m_options.holder = QStringLiteral("%1:%2")
                               .arg(QSysInfo::machineHostName())
                               .arg(QCoreApplication::applicationPid());
}

Sender::~Sender()
{
    release();
}

qint64 Sender::backoffSeconds(int attempts, const SenderOptions &options)
{
    // 30 s, 1 min, 2 min … capped: a receiver that is down for an hour is not hammered.
    const int doublings = qBound(0, attempts - 1, 30);
    const qint64 delay = qint64(options.backoffSeconds) << doublings;
    return qMin<qint64>(delay, options.maxBackoffSeconds);
}

Result<bool> Sender::takeLease(const QDateTime &now)
{
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Storage::SettingRepository settings(m_db);
    auto lease = settings.get(kLeaseKey);
    if (!lease)
        return lease.error();
    const QString holder = lease.value().value_or(QString()).section(QLatin1Char('|'), 0, 0);
    const QDateTime until = Storage::fromIsoUtc(
        lease.value().value_or(QString()).section(QLatin1Char('|'), 1));
    if (!holder.isEmpty() && holder != m_options.holder && until.isValid() && until > now
        && holderAlive(holder))
        return false;
    if (auto r = settings.set(kLeaseKey, m_options.holder + QLatin1Char('|')
                                             + Storage::isoUtc(now.addSecs(kLeaseSeconds)));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    m_holdsLease = true;
    return true;
}

void Sender::release()
{
    if (!m_holdsLease)
        return;
    m_holdsLease = false;
    (void) Storage::SettingRepository(m_db).set(kLeaseKey, QString());
}

Result<SendReport> Sender::runOnce(const QDateTime &now)
{
    auto lease = takeLease(now);
    if (!lease)
        return lease.error();
    if (!lease.value())
        return makeError("notify.sender-busy",
                         Tr::tr("Another sender is working this outbox; try again later."));
    NotifySettings settings(m_db);
    auto quiet = settings.quietHours();
    if (!quiet)
        return quiet.error();
    auto messages = due(m_db, now, m_options.batch);
    if (!messages)
        return messages.error();
    QHash<QString, QJsonObject> configs;
    QHash<QString, QByteArray> secrets;
    QList<Mark> marks;
    SendReport report;
    for (const QueuedMessage &m : messages.value()) {
        Mark mark{m.fid, {}, {}, m.attempts, {}};
        const QDateTime quietEnd = quiet->endAfter(now, m_zone);
        if (!m.urgent && quietEnd != now) {
            mark.outcome = QStringLiteral("deferred");
            mark.detail = QStringLiteral("quiet hours %1").arg(quiet->toString());
            mark.next = quietEnd;
            ++report.deferred;
            marks.append(mark);
            continue;
        }
        if (!configs.contains(m.channel)) {
            auto config = settings.channel(m.channel);
            if (!config)
                return config.error();
            configs.insert(m.channel, config.value());
        }
        const QJsonObject &config = configs[m.channel];
        Delivery delivery;
        if (m.channel == QLatin1String("callback")) {
            if (!secrets.contains(m.platform)) {
                auto secret = settings.platformSecret(m.platform);
                if (!secret)
                    return secret.error();
                secrets.insert(m.platform, secret.value());
            }
            // Never unsigned: without its secret a callback waits until one is set.
            delivery = secrets[m.platform].isEmpty()
                           ? Delivery{Delivery::Retry,
                                      QStringLiteral("no secret for platform %1").arg(m.platform)}
                           : m_transport->http(httpRequestFor(m, config, secrets[m.platform]));
        } else if (config.isEmpty() && m.channel != QLatin1String("webhook")) {
            delivery = {Delivery::Retry,
                        QStringLiteral("channel %1 not configured").arg(m.channel)};
        } else if (m.channel == QLatin1String("email")) {
            delivery = m_transport->mail(mailRequestFor(m, config));
        } else {
            delivery = m_transport->http(httpRequestFor(m, config, {}));
        }
        mark.attempts = m.attempts + 1;
        mark.detail = delivery.detail;
        if (delivery.outcome == Delivery::Sent) {
            mark.outcome = QStringLiteral("sent");
            ++report.sent;
        } else if (delivery.outcome == Delivery::Retry && mark.attempts < m_options.maxAttempts) {
            mark.outcome = QStringLiteral("retry");
            mark.next = now.addSecs(backoffSeconds(mark.attempts, m_options));
            ++report.retried;
        } else {
            mark.outcome = QStringLiteral("failed");
            ++report.failed;
        }
        marks.append(mark);
    }
    if (!marks.isEmpty()) {
        if (auto r = writeMarks(m_db, marks, now); !r)
            return r.error();
    }
    return report;
}

Result<SendReport> Sender::drain(const std::function<bool()> &keepGoing)
{
    SendReport total;
    for (;;) {
        if (keepGoing && !keepGoing())
            break;
        auto batch = runOnce(QDateTime::currentDateTimeUtc());
        if (!batch)
            return batch.error();
        total.sent += batch->sent;
        total.retried += batch->retried;
        total.failed += batch->failed;
        total.deferred += batch->deferred;
        if (batch->total() == 0)
            break;
    }
    return total;
}

} // namespace Cc::Notify
