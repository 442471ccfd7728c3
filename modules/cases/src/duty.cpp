// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/duty.h>

#include "casestr.h"
#include "dutyinternal.h"

#include <cc/core/casestatemachine.h>
#include <cc/core/role.h>
#include <cc/core/uuid.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Cc::Cases {

namespace {

constexpr int kMaxItems = 500;     // a handover lists at most this many open items
constexpr int kHandoverEarly = 60; // minutes before the shift's end a handover may start
constexpr int kHandoverLate = 120; // minutes after it, while the outgoing still waits

/// The states whose next step is the hall's: 受理, 立案, 派遣, the approvals and 结案.
const char *const kHallStates = "'reported', 'pending-filing', 'filed', 'return-requested', "
                                "'postpone-requested', 'hang-requested', 'check-passed', "
                                "'self-disposed'";

int minuteOfDay(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}

} // namespace

namespace DutyInternal {

Error dutyError(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message);
}

Result<User> activeUser(Storage::Database &db, const QString &login)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT u.id, u.display_name, r.role FROM app_user u LEFT JOIN user_role r ON "
        "r.user_id = u.id WHERE u.login = ?1 AND u.active = 1"));
    if (!st)
        return st.error();
    st->bindText(1, login);
    User user;
    if (auto r = Storage::forEachRow(st.value(),
                                     [&](const Storage::Statement &row) {
                                         user.id = row.text(0);
                                         user.name = row.text(1);
                                         user.roles.insert(Core::roleFromId(row.text(2)));
                                     });
        !r)
        return r.error();
    if (user.id.isEmpty())
        return dutyError("auth.unknown-user", Tr::tr("No active user \"%1\".").arg(login.left(80)));
    return user;
}

bool holdsAny(const User &user, std::initializer_list<Core::Role> roles)
{
    return std::any_of(roles.begin(), roles.end(),
                       [&](Core::Role r) { return user.roles.contains(r); });
}

bool isHall(const User &user)
{
    return holdsAny(user, {Core::Role::Operator, Core::Role::ShiftLeader, Core::Role::Dispatcher,
                           Core::Role::Supervisor, Core::Role::Admin});
}

/// `what`: "the handover note", translated.
Result<void> checkDutyText(const QString &text, const QString &what)
{
    if (text.trimmed().isEmpty())
        return dutyError("duty.empty-text", Tr::tr("Write %1.").arg(what));
    if (text.size() > kMaxNote)
        return dutyError("duty.text-too-long", Tr::tr("%1 has %2 characters; at most %3.")
                                                   .arg(what)
                                                   .arg(text.size())
                                                   .arg(kMaxNote));
    return {};
}

} // namespace DutyInternal

using namespace DutyInternal;

QString DutyShift::name() const
{
    return QLocale().language() == QLocale::Chinese || nameEn.isEmpty() ? nameZh : nameEn;
}

QString ShiftSlot::label() const
{
    const QString from = shift.starts.toString(QStringLiteral("HH:mm"));
    const QString to = shift.starts.addSecs(shift.minutes * 60).toString(QStringLiteral("HH:mm"));
    return Tr::tr("%1 %2 %3–%4", "day, shift name, start, end")
        .arg(QLocale().toString(day, Tr::tr("M/d", "duty day")), shift.name(), from, to);
}

DutyBook::DutyBook(Storage::Database &db, QTimeZone zone) : m_db(db), m_zone(std::move(zone)) {}

Result<QList<DutyShift>> DutyBook::shifts() const
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT code, name_zh, name_en, starts, minutes FROM duty_shift ORDER BY position"));
    if (!st)
        return st.error();
    QList<DutyShift> result;
    if (auto r = Storage::forEachRow(st.value(),
                                     [&](const Storage::Statement &row) {
                                         result.append({row.text(0), row.text(1), row.text(2),
                                                        QTime::fromString(row.text(3),
                                                                          QStringLiteral("HH:mm")),
                                                        int(row.integer(4))});
                                     });
        !r)
        return r.error();
    if (result.isEmpty())
        return dutyError("duty.no-shifts", Tr::tr("The centre has no shifts defined."));
    return result;
}

Result<void> DutyBook::setShifts(const QList<DutyShift> &pattern, const QString &adminLogin,
                                 const QDateTime &now)
{
    auto admin = activeUser(m_db, adminLogin);
    if (!admin)
        return admin.error();
    if (!admin->roles.contains(Core::Role::Admin))
        return dutyError("auth.role-not-held", Tr::tr("Only an administrator sets the shifts."));
    static const QRegularExpression codeForm(QStringLiteral("^[a-z0-9-]{1,20}$"));
    QList<DutyShift> sorted = pattern;
    std::sort(sorted.begin(), sorted.end(), [](const DutyShift &a, const DutyShift &b) {
        return minuteOfDay(a.starts) < minuteOfDay(b.starts);
    });
    int covered = 0;
    QSet<QString> codes;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const DutyShift &s = sorted[i];
        const int nextStart = minuteOfDay(sorted[(i + 1) % sorted.size()].starts)
                              + (i + 1 == sorted.size() ? 1440 : 0);
        if (!codeForm.match(s.code).hasMatch() || codes.contains(s.code)
            || s.nameZh.trimmed().isEmpty() || s.nameZh.size() > 20 || !s.starts.isValid()
            || s.starts.second() != 0 || minuteOfDay(s.starts) + s.minutes != nextStart)
            return dutyError("duty.bad-pattern",
                             Tr::tr("The shifts must follow one another around the day without "
                                    "gaps or overlaps, each with its own code (a–z, 0–9, -) and "
                                    "a name; %1 does not.")
                                 .arg(s.code.left(20)));
        codes.insert(s.code);
        covered += s.minutes;
    }
    if (covered != 1440)
        return dutyError("duty.bad-pattern",
                         Tr::tr("The shifts cover %1 minutes of the day, not 1,440.").arg(covered));
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto inUse = m_db.prepare(
        QStringLiteral("SELECT shift_code FROM duty_roster WHERE day >= ?1 LIMIT 1000"));
    if (!inUse)
        return inUse.error();
    inUse->bindText(1, now.toTimeZone(m_zone).date().toString(Qt::ISODate));
    QString dropped;
    if (auto r = Storage::forEachRow(inUse.value(),
                                     [&](const Storage::Statement &row) {
                                         if (!codes.contains(row.text(0)))
                                             dropped = row.text(0);
                                     });
        !r)
        return r.error();
    if (!dropped.isEmpty())
        return dutyError("duty.shift-in-use",
                         Tr::tr("Shift %1 has people on duty from today on; take them off the "
                                "roster first.")
                             .arg(dropped));
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM duty_shift")); !r)
        return r;
    auto insert = m_db.prepare(
        QStringLiteral("INSERT INTO duty_shift (code, name_zh, name_en, starts, minutes, position) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!insert)
        return insert.error();
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        insert->reset();
        insert->bindText(1, sorted[i].code)
            .bindText(2, sorted[i].nameZh.trimmed())
            .bindText(3, sorted[i].nameEn.trimmed())
            .bindText(4, sorted[i].starts.toString(QStringLiteral("HH:mm")))
            .bindInt(5, sorted[i].minutes)
            .bindInt(6, i + 1);
        if (auto r = insert->exec(); !r)
            return r;
    }
    return tx.commit();
}

Result<ShiftSlot> DutyBook::slotAt(const QDateTime &at) const
{
    auto pattern = shifts();
    if (!pattern)
        return pattern.error();
    const QDate today = at.toTimeZone(m_zone).date();
    for (const QDate &day : {today, today.addDays(-1)}) {
        for (const DutyShift &s : pattern.value()) {
            const QDateTime start = QDateTime(day, s.starts, m_zone).toUTC();
            const QDateTime end = start.addSecs(qint64(s.minutes) * 60);
            if (start <= at && at < end)
                return ShiftSlot{day, s, start, end};
        }
    }
    return dutyError("duty.no-shifts", Tr::tr("No shift covers %1.").arg(at.toString(Qt::ISODate)));
}

Result<ShiftSlot> DutyBook::nextSlot(const ShiftSlot &slot) const
{
    return slotAt(slot.end);
}

Result<ShiftSlot> DutyBook::previousSlot(const ShiftSlot &slot) const
{
    return slotAt(slot.start.addSecs(-60));
}

Result<QList<OnDuty>> DutyBook::roster(const QDate &day, const QString &shiftCode) const
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT u.id, u.login, u.display_name, r.leader FROM duty_roster r JOIN app_user u ON "
        "u.id = r.user_id WHERE r.day = ?1 AND r.shift_code = ?2 ORDER BY r.leader DESC, u.login"));
    if (!st)
        return st.error();
    st->bindText(1, day.toString(Qt::ISODate)).bindText(2, shiftCode);
    QList<OnDuty> result;
    if (auto r = Storage::forEachRow(
            st.value(),
            [&](const Storage::Statement &row) {
                result.append({row.text(0), row.text(1), row.text(2), row.integer(3) == 1});
            });
        !r)
        return r.error();
    return result;
}

Result<void> DutyBook::setRoster(const QList<QDate> &days, const QString &shiftCode,
                                 const QString &leaderLogin, const QStringList &staffLogins,
                                 const QString &byLogin, const QDateTime &now)
{
    auto by = activeUser(m_db, byLogin);
    if (!by)
        return by.error();
    if (!holdsAny(by.value(), {Core::Role::ShiftLeader, Core::Role::Admin}))
        return dutyError("auth.role-not-held",
                         Tr::tr("Only a shift leader or an administrator sets the roster."));
    auto pattern = shifts();
    if (!pattern)
        return pattern.error();
    if (std::none_of(pattern->cbegin(), pattern->cend(),
                     [&](const DutyShift &s) { return s.code == shiftCode; }))
        return dutyError("duty.unknown-shift",
                         Tr::tr("There is no shift \"%1\".").arg(shiftCode.left(20)));
    const QDate today = now.toTimeZone(m_zone).date();
    if (days.isEmpty() || days.size() > 366)
        return dutyError("duty.bad-days", Tr::tr("Set the roster for 1 to 366 days at a time."));
    for (const QDate &d : days) {
        if (!d.isValid() || d < today.addDays(-7) || d > today.addDays(366))
            return dutyError("duty.bad-days",
                             Tr::tr("The roster is set from a week ago to a year ahead; %1 is not.")
                                 .arg(d.toString(Qt::ISODate)));
    }
    auto leader = activeUser(m_db, leaderLogin);
    if (!leader)
        return leader.error();
    if (!holdsAny(leader.value(), {Core::Role::ShiftLeader, Core::Role::Admin}))
        return dutyError("duty.leader-role",
                         Tr::tr("%1 leads a shift only as a shift leader or administrator.")
                             .arg(leaderLogin));
    QList<User> staff;
    for (const QString &login : staffLogins) {
        auto u = activeUser(m_db, login);
        if (!u)
            return u.error();
        if (!isHall(u.value()))
            return dutyError("duty.not-hall",
                             Tr::tr("%1 holds no post of the command hall.").arg(login));
        if (u->id != leader->id)
            staff.append(u.value());
    }
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto clear = m_db.prepare(
        QStringLiteral("DELETE FROM duty_roster WHERE day = ?1 AND shift_code = ?2"));
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO duty_roster (day, shift_code, user_id, leader) VALUES (?1, ?2, ?3, ?4)"));
    if (!clear)
        return clear.error();
    if (!insert)
        return insert.error();
    for (const QDate &d : days) {
        clear->reset();
        clear->bindText(1, d.toString(Qt::ISODate)).bindText(2, shiftCode);
        if (auto r = clear->exec(); !r)
            return r;
        staff.prepend(leader.value());
        for (qsizetype i = 0; i < staff.size(); ++i) {
            insert->reset();
            insert->bindText(1, d.toString(Qt::ISODate))
                .bindText(2, shiftCode)
                .bindText(3, staff[i].id)
                .bindInt(4, i == 0 ? 1 : 0);
            if (auto r = insert->exec(); !r)
                return r;
        }
        staff.removeFirst();
    }
    return tx.commit();
}

Result<QList<HandoverItem>> DutyBook::openItems(const QDateTime &now) const
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT 'case', id, number, state, stage_deadline < ?1 FROM case_record "
                       "WHERE state IN (%1) OR (stage_deadline < ?1 AND state NOT IN ('closed', "
                       "'rejected', 'cancelled', 'hung')) "
                       "UNION ALL SELECT 'log', l.id, '', l.text, 0 FROM duty_log l "
                       "WHERE l.follow_up = 1 AND l.done_at IS NULL LIMIT %2")
            .arg(QLatin1String(kHallStates))
            .arg(kMaxItems));
    if (!st)
        return st.error();
    st->bindText(1, Storage::isoUtc(now));
    QList<HandoverItem> items;
    if (auto r = Storage::forEachRow(st.value(),
                                     [&](const Storage::Statement &row) {
                                         if (row.text(0) == QLatin1String("log")) {
                                             items.append({row.text(0), row.text(1), row.text(3)});
                                             return;
                                         }
                                         QString text = Tr::tr("%1 %2").arg(row.text(2),
                                                                            Core::stateName(
                                                                                Core::stateFromId(
                                                                                    row.text(3))));
                                         if (row.integer(4) == 1)
                                             text += Tr::tr(" (overdue)");
                                         items.append({row.text(0), row.text(1), text});
                                     });
        !r)
        return r.error();
    return items;
}

Result<Handover> DutyBook::handOver(const QString &fromLogin, const QString &toLogin,
                                    const QString &note, const QDateTime &now)
{
    if (auto r = checkDutyText(note, Tr::tr("the handover note")); !r)
        return r.error();
    auto from = activeUser(m_db, fromLogin);
    if (!from)
        return from.error();
    auto to = activeUser(m_db, toLogin);
    if (!to)
        return to.error();
    if (from->id == to->id)
        return dutyError("duty.self-handover", Tr::tr("A shift is handed over to someone else."));
    auto current = slotAt(now);
    if (!current)
        return current.error();
    auto previous = previousSlot(current.value());
    if (!previous)
        return previous.error();
    const auto onRoster = [&](const ShiftSlot &slot, const QString &userId) -> Result<bool> {
        auto people = roster(slot.day, slot.shift.code);
        if (!people)
            return people.error();
        return std::any_of(people->cbegin(), people->cend(),
                           [&](const OnDuty &p) { return p.userId == userId; });
    };
    // The shift ending: the one just over while its people wait for the next, else this one
    // in its last hour.
    std::optional<ShiftSlot> outgoing;
    for (const ShiftSlot &slot : {previous.value(), current.value()}) {
        auto on = onRoster(slot, from->id);
        if (!on)
            return on.error();
        auto done = handoverOf(slot);
        if (!done)
            return done.error();
        if (on.value() && !done->has_value() && now >= slot.end.addSecs(-60 * kHandoverEarly)
            && now < slot.end.addSecs(60 * kHandoverLate)) {
            outgoing = slot;
            break;
        }
    }
    if (!outgoing)
        return dutyError("duty.not-handover-time",
                         Tr::tr("%1 has no shift to hand over now: a shift is handed over by "
                                "someone on its roster, from an hour before its end to two hours "
                                "after, once.")
                             .arg(from->name));
    auto incoming = nextSlot(*outgoing);
    if (!incoming)
        return incoming.error();
    auto next = onRoster(incoming.value(), to->id);
    if (!next)
        return next.error();
    if (!next.value())
        return dutyError("duty.not-next-shift", Tr::tr("%1 is not on duty in the next shift (%2).")
                                                    .arg(to->name, incoming->label()));
    auto items = openItems(now);
    if (!items)
        return items.error();
    QJsonArray json;
    for (const HandoverItem &i : items.value())
        json.append(QJsonObject{{QStringLiteral("kind"), i.kind},
                                {QStringLiteral("id"), i.id},
                                {QStringLiteral("text"), i.text}});
    const QString id = Core::uuidText(Core::makeUuidV7());
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO duty_handover (id, day, shift_code, from_user_id, to_user_id, note, items, "
        "handed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!st)
        return st.error();
    st->bindText(1, id)
        .bindText(2, outgoing->day.toString(Qt::ISODate))
        .bindText(3, outgoing->shift.code)
        .bindText(4, from->id)
        .bindText(5, to->id)
        .bindText(6, note.trimmed())
        .bindText(7, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)))
        .bindText(8, Storage::isoUtc(now));
    if (auto r = st->exec(); !r)
        return r.error();
    return readHandover(QStringLiteral("h.id = ?1"), id);
}

Result<void> DutyBook::confirmHandover(const QString &handoverId, const QString &login,
                                       const QString &note, const QDateTime &now)
{
    auto who = activeUser(m_db, login);
    if (!who)
        return who.error();
    auto handover = readHandover(QStringLiteral("h.id = ?1"), handoverId);
    if (!handover)
        return handover.error();
    if (handover->toUserId != who->id)
        return dutyError("duty.not-recipient",
                         Tr::tr("This shift was handed over to %1; only they confirm it.")
                             .arg(handover->toName));
    if (handover->confirmedAt.isValid())
        return dutyError("duty.already-confirmed",
                         Tr::tr("%1 confirmed this handover already.").arg(handover->toName));
    if (note.size() > kMaxNote)
        return checkDutyText(note, Tr::tr("The confirmation note"));
    auto st = m_db.prepare(QStringLiteral(
        "UPDATE duty_handover SET confirmed_at = ?2, confirm_note = ?3 WHERE id = ?1 "
        "AND confirmed_at IS NULL"));
    if (!st)
        return st.error();
    st->bindText(1, handoverId).bindText(2, Storage::isoUtc(now)).bindText(3, note.trimmed());
    return st->exec();
}

Result<Handover> DutyBook::readHandover(const QString &where, const QString &key) const
{
    auto st = m_db.prepare(
        QStringLiteral(
            "SELECT h.id, f.display_name, t.display_name, h.to_user_id, h.note, h.confirm_note, "
            "h.day, h.shift_code, h.items, h.handed_at, h.confirmed_at FROM duty_handover h "
            "JOIN app_user f ON f.id = h.from_user_id JOIN app_user t ON t.id = h.to_user_id "
            "WHERE %1 ORDER BY h.handed_at DESC LIMIT 1")
            .arg(where));
    if (!st)
        return st.error();
    st->bindText(1, key);
    auto found = st->step();
    if (!found)
        return found.error();
    if (!found.value())
        return dutyError("duty.no-handover", Tr::tr("There is no such handover."));
    Handover h{st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5)};
    const QDate day = QDate::fromString(st->text(6), Qt::ISODate);
    auto pattern = shifts();
    if (!pattern)
        return pattern.error();
    for (const DutyShift &s : pattern.value()) {
        if (s.code == st->text(7)) {
            const QDateTime start = QDateTime(day, s.starts, m_zone).toUTC();
            h.outgoing = ShiftSlot{day, s, start, start.addSecs(qint64(s.minutes) * 60)};
        }
    }
    for (const QJsonValue v : QJsonDocument::fromJson(st->text(8).toUtf8()).array())
        h.items.append({v[QLatin1String("kind")].toString(), v[QLatin1String("id")].toString(),
                        v[QLatin1String("text")].toString()});
    h.handedAt = Storage::fromIsoUtc(st->text(9));
    if (!st->isNull(10))
        h.confirmedAt = Storage::fromIsoUtc(st->text(10));
    return h;
}

Result<std::optional<Handover>> DutyBook::pendingHandoverFor(const QString &login) const
{
    auto user = activeUser(m_db, login);
    if (!user)
        return user.error();
    auto h = readHandover(QStringLiteral("h.to_user_id = ?1 AND h.confirmed_at IS NULL"), user->id);
    if (!h && h.error().code == QLatin1String("duty.no-handover"))
        return std::optional<Handover>();
    if (!h)
        return h.error();
    return std::optional<Handover>(h.value());
}

Result<std::optional<Handover>> DutyBook::handoverOf(const ShiftSlot &slot) const
{
    auto h = readHandover(QStringLiteral("h.day || '/' || h.shift_code = ?1"),
                          slot.day.toString(Qt::ISODate) + QLatin1Char('/') + slot.shift.code);
    if (!h && h.error().code == QLatin1String("duty.no-handover"))
        return std::optional<Handover>();
    if (!h)
        return h.error();
    return std::optional<Handover>(h.value());
}

} // namespace Cc::Cases
