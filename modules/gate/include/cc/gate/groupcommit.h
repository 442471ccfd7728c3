// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/gate/gateway.h>

#include <functional>
#include <optional>

namespace Cc::Gate {

/// The requests that arrived together, written in one SQLite transaction (docs/citygate.md,
/// "Group commit"). A commit is one disk sync (synchronous=FULL) whatever it holds, so while
/// one group commits the requests arriving meanwhile wait and go together in the next: under
/// load the syncs are shared, one request alone is committed at once as before.
///
/// Each write runs in a savepoint of its own: what one request wrote and refused (a 4xx or
/// 5xx answer the service gave after rolling its own work back) or failed half-way (a 5xx) is
/// undone alone, and the others commit. Every request gets its own answer, and no answer says
/// a write happened before the group is committed: if the commit fails (or SQLite rolled the
/// group back on an I/O error), every write of the group is answered 503 and nothing of it is
/// kept. Reads are answered first, outside the transaction. Nothing is logged here: the caller
/// audits with the answers it finally gives (Gateway::audit).
class GroupCommit
{
public:
    /// Requests in one group at most; more wait for the next.
    static constexpr int kMaxGroup = 64;
    /// Told after each write of the group with its index in `requests` (still inside the
    /// transaction): hub mode notes which outbox entries it queued.
    using AfterWrite = std::function<void(qsizetype index)>;

    GroupCommit(Storage::Database &db, Gateway &gateway);
    ~GroupCommit();

    /// The answers to `requests`, in their order.
    QList<HttpResponse> answer(const QList<HttpRequest> &requests,
                               const AfterWrite &afterWrite = {});
    /// answer() and the audit log of the writes: citygate on a local database.
    QList<HttpResponse> handle(const QList<HttpRequest> &requests);

private:
    /// Runs a prepared savepoint statement (prepared once: a group runs them per request).
    Result<void> run(std::optional<Storage::Statement> &statement, const char *sql);
    void failAll(const QList<HttpRequest> &requests, QList<HttpResponse> &answers,
                 const QList<qsizetype> &writes, const Error &error);

    Storage::Database &m_db;
    Gateway &m_gateway;
    std::optional<Storage::Statement> m_savepoint, m_release, m_rollbackTo;
};

} // namespace Cc::Gate
