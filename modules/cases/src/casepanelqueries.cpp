// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/casepanelqueries.h>

namespace Cc::Cases {

Result<qint64> latestChangeMark(Storage::Database &db)
{
    return db.scalar(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM case_event"));
}

Result<QList<CaseChange>> changesSince(Storage::Database &db, qint64 after, int limit)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT e.rowid, c.id, c.number, e.action, e.from_state, e.to_state, e.actor_id, "
        "coalesce(c.department_id, ''), c.responsibility_code "
        "FROM case_event e JOIN case_record c ON c.id = e.case_id "
        "WHERE e.rowid > ?1 ORDER BY e.rowid LIMIT ?2"));
    if (!st)
        return st.error();
    st->bindInt(1, after).bindInt(2, limit);
    QList<CaseChange> changes;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        changes.append({st->integer(0), st->text(1), st->text(2), st->text(3), st->text(4),
                        st->text(5), st->text(6), st->text(7), st->text(8)});
    }
    return changes;
}

bool queueContains(const CaseFilter &queue, const QString &state, const QString &departmentId,
                   const QString &responsibilityCode)
{
    if (!queue.states.isEmpty() && !queue.states.contains(state))
        return false;
    if (!queue.departmentId.isEmpty() && queue.departmentId != departmentId)
        return false;
    if (!queue.responsibilityCode.isEmpty() && queue.responsibilityCode != responsibilityCode)
        return false;
    return true;
}

} // namespace Cc::Cases
