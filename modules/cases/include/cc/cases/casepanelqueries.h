// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/casequery.h>
#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QList>
#include <QString>

namespace Cc::Cases {

/// What the case-workflow panel needs besides CaseQuery and CaseService: the case changes
/// since it last looked (it looks when the city's change notifier says cases changed).

/// One workflow step recorded since a mark (case_event is append-only, so its rowid only grows).
struct CaseChange
{
    qint64 mark = 0; ///< case_event rowid; pass the last one back as `after`
    QString caseId, number, action, fromState, toState, actorId;
    QString departmentId, responsibilityCode; ///< the case's, now
};

/// The newest mark: changes after it are the ones not seen yet.
Result<qint64> latestChangeMark(Storage::Database &db);
/// Up to `limit` changes after `after`, oldest first.
Result<QList<CaseChange>> changesSince(Storage::Database &db, qint64 after, int limit = 200);

/// Whether a case with these values belongs to a queue filter (states, department and
/// responsibility grid only: the fields Cases::queueFor sets).
bool queueContains(const CaseFilter &queue, const QString &state, const QString &departmentId,
                   const QString &responsibilityCode);

} // namespace Cc::Cases
