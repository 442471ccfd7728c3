// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace Cc::Cases {

/// One shift of the centre's pattern (早班 08:00, 8 hours …); the pattern covers the day.
struct DutyShift
{
    QString code, nameZh, nameEn;
    QTime starts;
    int minutes = 0;
    QString name() const; ///< in the UI's language
};

/// One shift on one day: the early shift of 4 December, 08:00–16:00 local time.
struct ShiftSlot
{
    QDate day; ///< the local date the shift starts on
    DutyShift shift;
    QDateTime start, end;  ///< UTC
    QString label() const; ///< "12月4日 早班 08:00–16:00"
};

struct OnDuty
{
    QString userId, login, displayName;
    bool leader = false; ///< 带班领导
};

/// What a handover carries: a case awaiting the hall or overdue, or an unfinished log item.
struct HandoverItem
{
    QString kind; ///< "case" or "log"
    QString id, text;
};

struct Handover
{
    QString id, fromName, toName, toUserId, note, confirmNote;
    ShiftSlot outgoing;
    QList<HandoverItem> items;
    QDateTime handedAt, confirmedAt; ///< confirmedAt invalid: not yet confirmed
};

struct DutyLogEntry
{
    QString id, userName, text, caseNumber;
    QDateTime at, doneAt;
    bool followUp = false;
};

/// The hall's work in one shift (综合评价 by shift): steps by the hall's posts.
struct ShiftFigures
{
    ShiftSlot slot;
    qint64 reported = 0, filed = 0, dispatched = 0, closed = 0;
    qint64 casesHandled = 0; ///< distinct cases the hall acted on
    qint64 steps = 0;        ///< every step of 受理员, 值班长 and 派遣员
};

/// The command hall's duty (docs/duty.md): shifts, the roster with its 带班领导, the handover
/// between shifts and the duty log. Every write names its user by login and is checked
/// against the users table and the roster here, whatever a dialog already checked.
class DutyBook
{
public:
    DutyBook(Storage::Database &db, QTimeZone zone);

    Result<QList<DutyShift>> shifts() const;
    /// Replaces the pattern, as an administrator. Refuses a pattern that does not cover the
    /// day exactly once ("duty.bad-pattern") or drops a shift rostered today or later
    /// ("duty.shift-in-use").
    Result<void> setShifts(const QList<DutyShift> &pattern, const QString &adminLogin,
                           const QDateTime &now);

    Result<ShiftSlot> slotAt(const QDateTime &at) const;
    Result<ShiftSlot> nextSlot(const ShiftSlot &slot) const;
    Result<ShiftSlot> previousSlot(const ShiftSlot &slot) const;

    Result<QList<OnDuty>> roster(const QDate &day, const QString &shiftCode) const;
    /// Who is on duty on `days` in a shift: the 带班领导 (值班长 or 管理员) and the staff of
    /// the hall's posts; set by a 值班长 or an administrator, replacing what was set.
    Result<void> setRoster(const QList<QDate> &days, const QString &shiftCode,
                           const QString &leaderLogin, const QStringList &staffLogins,
                           const QString &byLogin, const QDateTime &now);

    /// 交接班: a person on duty in the shift ending (from an hour before its end to two hours
    /// after) hands over to one on duty in the next, with a note; the cases awaiting the hall,
    /// the overdue ones and the unfinished log items go with it as they are now.
    Result<Handover> handOver(const QString &fromLogin, const QString &toLogin, const QString &note,
                              const QDateTime &now);
    /// The receiving side signs: only the person handed to, once.
    Result<void> confirmHandover(const QString &handoverId, const QString &login,
                                 const QString &note, const QDateTime &now);
    /// The latest handover to `login` not yet confirmed.
    Result<std::optional<Handover>> pendingHandoverFor(const QString &login) const;
    Result<std::optional<Handover>> handoverOf(const ShiftSlot &slot) const;

    /// 值班日志: an entry in the shift at `now`, by a user of the hall, optionally about a case
    /// (by number) and to be followed up by the next shifts until marked done.
    Result<QString> log(const QString &login, const QString &text, const QString &caseNumber,
                        bool followUp, const QDateTime &now);
    Result<void> markDone(const QString &entryId, const QString &login, const QDateTime &now);
    Result<QList<DutyLogEntry>> logBetween(const QDateTime &from, const QDateTime &to) const;

    /// Every shift that starts on the days [from, to] (at most 93 days).
    Result<QList<ShiftFigures>> figures(const QDate &from, const QDate &to) const;

    /// What a handover at `now` carries: the cases whose next step is the hall's, the overdue
    /// ones and the unfinished follow-ups of the log (at most 500).
    Result<QList<HandoverItem>> openItems(const QDateTime &now) const;

private:
    Result<Handover> readHandover(const QString &where, const QString &key) const;

    Storage::Database &m_db;
    QTimeZone m_zone;
};

} // namespace Cc::Cases
