// SPDX-License-Identifier: GPL-3.0-or-later
// CaseService's transactions: one per action, or a batch of actions (case import, batch 立案)
// with a savepoint per action so that a refused one rolls back alone.
#include <cc/cases/caseservice.h>

#include <cc/cases/campaigns.h>
#include <cc/cases/configstore.h>

#include "casestr.h"

namespace Cc::Cases {

Result<void> CaseService::beginBatch()
{
    if (m_batch)
        return makeError("case.batch", Tr::tr("A batch is already open."));
    auto tx = std::make_unique<Storage::Transaction>(m_db);
    if (!tx->isActive())
        return tx->beginError();
    m_batch = std::move(tx);
    m_numberSequence.clear();
    m_campaigns.reset();
    if (auto r = m_config->refresh(); !r)
        return r.error();
    return {};
}

Result<void> CaseService::commitBatch()
{
    if (!m_batch)
        return makeError("case.batch", Tr::tr("No batch is open."));
    auto tx = std::move(m_batch);
    return tx->commit();
}

void CaseService::rollbackBatch()
{
    m_batch.reset(); // the transaction rolls back when destroyed uncommitted
    m_numberSequence.clear();
}

Result<void> CaseService::inSavepoint(const std::function<Result<void>()> &work)
{
    // Outside a batch: one IMMEDIATE transaction per action. Inside: a savepoint, so a
    // refused action rolls back alone and the batch goes on.
    if (!m_batch) {
        Storage::Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        if (auto r = work(); !r)
            return r;
        return tx.commit();
    }
    // Bulk paths run this hundreds of thousands of times: prepare the statements once.
    const auto run = [this](std::optional<Storage::Statement> &statement,
                            const char *sql) -> Result<void> {
        if (!statement) {
            auto prepared = m_db.prepare(QString::fromLatin1(sql));
            if (!prepared)
                return prepared.error();
            statement.emplace(std::move(prepared).value());
        }
        statement->reset();
        return statement->exec();
    };
    if (auto r = run(m_savepoint, "SAVEPOINT case_action"); !r)
        return r;
    auto r = work();
    if (!r) {
        (void) run(m_rollbackTo, "ROLLBACK TO case_action");
        (void) run(m_release, "RELEASE case_action");
        return r;
    }
    return run(m_release, "RELEASE case_action");
}

} // namespace Cc::Cases
