// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sends what the outbox holds (docs/notify.md, "Delivery"): at least once under the
// message's stable id, retries with exponential backoff, quiet hours for non-urgent
// messages, an attempt log per message. Survives restarts: a message is marked sent only
// after the other side said so, and the marks of a batch commit together.

#include <cc/core/result.h>

#include <QDateTime>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace Cc::Storage {
class Database;
}

namespace Cc::Notify {

class Transport;

struct SenderOptions
{
    int batch = 64;               ///< messages per claim and per commit of their marks
    int maxAttempts = 8;          ///< then the message is failed for good
    int backoffSeconds = 30;      ///< after the first failure; doubled each time …
    int maxBackoffSeconds = 3600; ///< … up to this
    int timeoutSeconds = 20;      ///< per request
    QString holder;               ///< who holds the sender lease (default: host and pid)
};

struct SendReport
{
    int sent = 0, retried = 0, failed = 0, deferred = 0;
    int total() const { return sent + retried + failed + deferred; }
};

class Sender
{
public:
    Sender(Storage::Database &db, const QTimeZone &cityZone, SenderOptions options = {});
    ~Sender();

    /// One batch of the messages due at `now`. Refuses ("notify.sender-busy") while another
    /// sender holds the lease, so two senders never work one outbox.
    Result<SendReport> runOnce(const QDateTime &now);
    /// Batches until nothing is due (or `keepGoing` says stop).
    Result<SendReport> drain(const std::function<bool()> &keepGoing = {});
    /// The delay before attempt n+1 after n failed attempts.
    static qint64 backoffSeconds(int attempts, const SenderOptions &options);
    /// Gives the lease back (also on destruction).
    void release();

private:
    Result<bool> takeLease(const QDateTime &now);

    Storage::Database &m_db;
    QTimeZone m_zone;
    SenderOptions m_options;
    std::unique_ptr<Transport> m_transport;
    bool m_holdsLease = false;
};

} // namespace Cc::Notify
