// SPDX-License-Identifier: GPL-3.0-or-later
// DutyBook's duty log (值班日志) and its figures by shift.
#include <cc/cases/duty.h>

#include "casestr.h"
#include "dutyinternal.h"

#include <cc/core/uuid.h>

namespace Cc::Cases {

using namespace DutyInternal;

namespace {

constexpr int kMaxFigureDays = 93; // a quarter: ~280 shifts, one indexed count each

/// Someone of the hall's posts, who keeps the duty log.
Result<User> logKeeper(Storage::Database &db, const QString &login)
{
    auto user = activeUser(db, login);
    if (user && !isHall(user.value()))
        return dutyError("auth.role-not-held",
                         Tr::tr("The duty log is kept by the command hall's posts."));
    return user;
}

} // namespace

Result<QString> DutyBook::log(const QString &login, const QString &text, const QString &caseNumber,
                              bool followUp, const QDateTime &now)
{
    if (auto r = checkDutyText(text, Tr::tr("the log entry")); !r)
        return r.error();
    auto user = logKeeper(m_db, login);
    if (!user)
        return user.error();
    QVariant caseId;
    if (!caseNumber.trimmed().isEmpty()) {
        auto st = m_db.prepare(QStringLiteral("SELECT id FROM case_record WHERE number = ?1"));
        if (!st)
            return st.error();
        st->bindText(1, caseNumber.trimmed());
        auto found = st->step();
        if (!found)
            return found.error();
        if (!found.value())
            return dutyError("case.not-found",
                             Tr::tr("There is no case %1.").arg(caseNumber.trimmed().left(40)));
        caseId = st->text(0);
    }
    auto slot = slotAt(now);
    if (!slot)
        return slot.error();
    const QString id = Core::uuidText(Core::makeUuidV7());
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO duty_log (id, at, day, shift_code, user_id, text, case_id, follow_up) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!st)
        return st.error();
    st->bindText(1, id)
        .bindText(2, Storage::isoUtc(now))
        .bindText(3, slot->day.toString(Qt::ISODate))
        .bindText(4, slot->shift.code)
        .bindText(5, user->id)
        .bindText(6, text.trimmed())
        .bind(7, caseId)
        .bindInt(8, followUp ? 1 : 0);
    if (auto r = st->exec(); !r)
        return r.error();
    return id;
}

Result<void> DutyBook::markDone(const QString &entryId, const QString &login, const QDateTime &now)
{
    auto user = logKeeper(m_db, login);
    if (!user)
        return user.error();
    auto st = m_db.prepare(QStringLiteral(
        "UPDATE duty_log SET done_at = ?2 WHERE id = ?1 AND follow_up = 1 AND done_at IS NULL"));
    if (!st)
        return st.error();
    st->bindText(1, entryId).bindText(2, Storage::isoUtc(now));
    if (auto r = st->exec(); !r)
        return r;
    if (m_db.changes() == 0)
        return dutyError("duty.no-open-item",
                         Tr::tr("The log has no open follow-up item %1.").arg(entryId.left(40)));
    return {};
}

Result<QList<DutyLogEntry>> DutyBook::logBetween(const QDateTime &from, const QDateTime &to) const
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT l.id, u.display_name, l.text, ifnull(c.number, ''), l.at, l.done_at, l.follow_up "
        "FROM duty_log l JOIN app_user u ON u.id = l.user_id "
        "LEFT JOIN case_record c ON c.id = l.case_id WHERE l.at >= ?1 AND l.at < ?2 "
        "ORDER BY l.at LIMIT 5000"));
    if (!st)
        return st.error();
    st->bindText(1, Storage::isoUtc(from)).bindText(2, Storage::isoUtc(to));
    QList<DutyLogEntry> entries;
    if (auto r = Storage::forEachRow(st.value(),
                                     [&](const Storage::Statement &row) {
                                         entries.append(
                                             {row.text(0), row.text(1), row.text(2), row.text(3),
                                              Storage::fromIsoUtc(row.text(4)),
                                              row.isNull(5) ? QDateTime()
                                                            : Storage::fromIsoUtc(row.text(5)),
                                              row.integer(6) == 1});
                                     });
        !r)
        return r.error();
    return entries;
}

Result<QList<ShiftFigures>> DutyBook::figures(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) >= kMaxFigureDays)
        return dutyError("duty.bad-period",
                         Tr::tr("Shift figures cover 1 to %1 days.").arg(kMaxFigureDays));
    auto pattern = shifts();
    if (!pattern)
        return pattern.error();
    // The hall's own steps, by the events' time index; one count per shift.
    auto st = m_db.prepare(QStringLiteral(
        "SELECT sum(action = 'report' AND role = 'operator'), sum(action = 'file'), "
        "sum(action IN ('dispatch', 'redispatch')), sum(action = 'close'), "
        "count(DISTINCT case_id), count(*) FROM case_event WHERE at >= ?1 AND at < ?2 "
        "AND role IN ('operator', 'shift-leader', 'dispatcher')"));
    if (!st)
        return st.error();
    QList<ShiftFigures> result;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        for (const DutyShift &s : pattern.value()) {
            ShiftFigures f;
            const QDateTime start = QDateTime(day, s.starts, m_zone).toUTC();
            f.slot = ShiftSlot{day, s, start, start.addSecs(qint64(s.minutes) * 60)};
            st->reset();
            st->bindText(1, Storage::isoUtc(f.slot.start)).bindText(2, Storage::isoUtc(f.slot.end));
            auto row = st->step();
            if (!row)
                return row.error();
            f.reported = st->integer(0);
            f.filed = st->integer(1);
            f.dispatched = st->integer(2);
            f.closed = st->integer(3);
            f.casesHandled = st->integer(4);
            f.steps = st->integer(5);
            result.append(f);
        }
    }
    std::sort(result.begin(), result.end(), [](const ShiftFigures &a, const ShiftFigures &b) {
        return a.slot.start < b.slot.start;
    });
    return result;
}

} // namespace Cc::Cases
