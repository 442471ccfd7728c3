// SPDX-License-Identifier: GPL-3.0-or-later
// Requests that arrive together, committed together (docs/citygate.md, "Group commit").
#include <cc/gate/groupcommit.h>

#include "gatetr.h"

#include <cc/storage/nestedtransactions.h>

namespace Cc::Gate {

GroupCommit::GroupCommit(Storage::Database &db, Gateway &gateway) : m_db(db), m_gateway(gateway) {}

GroupCommit::~GroupCommit() = default;

Result<void> GroupCommit::run(std::optional<Storage::Statement> &statement, const char *sql)
{
    if (!statement) {
        auto prepared = m_db.prepare(QString::fromLatin1(sql));
        if (!prepared)
            return prepared.error();
        statement.emplace(std::move(prepared).value());
    }
    statement->reset();
    return statement->exec();
}

void GroupCommit::failAll(const QList<HttpRequest> &requests, QList<HttpResponse> &answers,
                          const QList<qsizetype> &writes, const Error &error)
{
    for (const qsizetype i : writes)
        answers[i] = Gateway::error(requests[i].path, 503, error);
}

QList<HttpResponse> GroupCommit::answer(const QList<HttpRequest> &requests,
                                        const AfterWrite &afterWrite)
{
    QList<HttpResponse> answers(requests.size());
    QList<qsizetype> writes;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (Gateway::isWrite(requests[i]))
            writes.append(i);
        else
            answers[i] = m_gateway.answer(requests[i]);
    }
    if (writes.isEmpty())
        return answers;
    // The services' own transactions become savepoints of the group's.
    const Storage::NestedTransactions nested(m_db);
    Storage::Transaction group(m_db);
    if (!group.isActive()) {
        failAll(requests, answers, writes, group.beginError());
        return answers;
    }
    for (const qsizetype i : std::as_const(writes)) {
        if (auto r = run(m_savepoint, "SAVEPOINT gate_request"); !r) {
            failAll(requests, answers, writes, r.error());
            return answers; // the group rolls back
        }
        answers[i] = m_gateway.answer(requests[i]);
        if (!m_db.inTransaction()) {
            // SQLite rolled the whole group back (an I/O error, the disk full): the writes
            // before this one are gone with it.
            failAll(requests, answers, writes,
                    makeError(QStringLiteral("database.error"),
                              Tr::tr("The database rolled the group back.")));
            return answers;
        }
        // A 5xx says nothing was written: whatever the request left half-done goes.
        const bool undo = answers[i].status >= 500;
        if (undo)
            (void) run(m_rollbackTo, "ROLLBACK TO gate_request");
        if (auto r = run(m_release, "RELEASE gate_request"); !r) {
            failAll(requests, answers, writes, r.error());
            return answers;
        }
        if (afterWrite && !undo)
            afterWrite(i);
    }
    if (auto committed = group.commit(); !committed)
        failAll(requests, answers, writes, committed.error());
    return answers;
}

QList<HttpResponse> GroupCommit::handle(const QList<HttpRequest> &requests)
{
    QList<HttpResponse> answers = answer(requests);
    for (qsizetype i = 0; i < requests.size(); ++i)
        m_gateway.audit(requests[i], answers[i]);
    return answers;
}

} // namespace Cc::Gate
