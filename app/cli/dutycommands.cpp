// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl duty: the hall's shifts, roster, handover (交接班), duty log and figures by shift.
#include "cli.h"

#include <cc/cases/duty.h>

namespace Cc::Cli {

namespace {

QCommandLineOption dayOption()
{
    return {QStringLiteral("day"), Tr::tr("The day (YYYY-MM-DD; default: today)."),
            QStringLiteral("DAY")};
}

QCommandLineOption shiftOption()
{
    return {QStringLiteral("shift"), Tr::tr("The shift's code (see `cityctl duty shifts`)."),
            QStringLiteral("CODE")};
}

struct DutyCli
{
    Opened opened;
    std::unique_ptr<Cases::DutyBook> book;
    QDateTime now = QDateTime::currentDateTimeUtc();
};

/// Parses, opens the city and its duty book; false with `exitCode` set when that failed.
bool openDuty(QCommandLineParser &parser, const QStringList &args, bool write, DutyCli &cli,
              int &exitCode)
{
    parser.addOption(dbOption());
    if (!parse(parser, args, exitCode))
        return false;
    auto opened = openCity(parser, write ? Storage::Database::OpenMode::ReadWrite
                                         : Storage::Database::OpenMode::ReadOnly);
    if (!opened) {
        exitCode = fail(opened.error());
        return false;
    }
    cli.opened = std::move(opened).value();
    cli.book = std::make_unique<Cases::DutyBook>(*cli.opened.db, cli.opened.city->timeZone());
    return true;
}

QDate dayOf(const QCommandLineParser &parser, const DutyCli &cli)
{
    return parser.isSet(QStringLiteral("day"))
               ? QDate::fromString(parser.value(QStringLiteral("day")), Qt::ISODate)
               : cli.opened.city->local(cli.now).date();
}

void printRoster(const QList<Cases::OnDuty> &people)
{
    for (const Cases::OnDuty &p : people)
        out() << "  " << p.login << "  " << p.displayName
              << (p.leader ? Tr::tr("  (leader)") : QString()) << '\n';
    if (people.isEmpty())
        out() << Tr::tr("  nobody on the roster") << '\n';
}

int runNow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("The shift on duty now, who is on it, and the "
                                            "handover that ended the last one."));
    DutyCli cli;
    int exitCode = Ok;
    if (!openDuty(parser, args, false, cli, exitCode))
        return exitCode;
    auto slot = cli.book->slotAt(cli.now);
    if (!slot)
        return fail(slot.error());
    out() << slot->label() << '\n';
    auto people = cli.book->roster(slot->day, slot->shift.code);
    if (!people)
        return fail(people.error());
    printRoster(people.value());
    auto previous = cli.book->previousSlot(slot.value());
    if (!previous)
        return fail(previous.error());
    auto handover = cli.book->handoverOf(previous.value());
    if (!handover)
        return fail(handover.error());
    if (handover->has_value()) {
        const Cases::Handover &h = **handover;
        out() << Tr::tr("Handed over by %1 to %2 at %3: %4")
                     .arg(h.fromName, h.toName,
                          cli.opened.city->local(h.handedAt).toString(QStringLiteral("HH:mm")),
                          h.note)
              << '\n'
              << (h.confirmedAt.isValid() ? Tr::tr("Confirmed: %1").arg(h.confirmNote)
                                          : Tr::tr("Not yet confirmed."))
              << '\n';
    }
    return Ok;
}

int runRoster(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Show a shift's roster, or set it with --leader (and --staff) as a shift leader "
               "or administrator, for --day and the following --days."));
    parser.addOptions(
        {dayOption(),
         shiftOption(),
         asOption(),
         {QStringLiteral("leader"), Tr::tr("The 带班领导's login."), QStringLiteral("LOGIN")},
         {QStringLiteral("staff"), Tr::tr("Logins on duty, comma-separated."),
          QStringLiteral("LOGINS")},
         {QStringLiteral("days"), Tr::tr("Days from --day on (default 1)."), QStringLiteral("N"),
          QStringLiteral("1")}});
    DutyCli cli;
    int exitCode = Ok;
    const bool write = args.contains(QStringLiteral("--leader"));
    if (!openDuty(parser, args, write, cli, exitCode))
        return exitCode;
    const QDate day = dayOf(parser, cli);
    const QString shift = parser.value(QStringLiteral("shift"));
    if (!day.isValid() || shift.isEmpty())
        return usage(parser, Tr::tr("Give --shift CODE and a valid --day."));
    if (write) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || n < 1)
            return usage(parser, Tr::tr("--days is a number of days, 1 or more."));
        QList<QDate> days;
        for (int i = 0; i < n && i <= 366; ++i)
            days.append(day.addDays(i));
        const QStringList staff = parser.value(QStringLiteral("staff"))
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (auto r = cli.book->setRoster(days, shift, parser.value(QStringLiteral("leader")), staff,
                                         parser.value(QStringLiteral("as")), cli.now);
            !r)
            return fail(r.error());
    }
    auto people = cli.book->roster(day, shift);
    if (!people)
        return fail(people.error());
    printRoster(people.value());
    return Ok;
}

int runHandover(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("交接班: hand the shift over to someone on the next shift (--to, --note), or "
               "confirm the handover made to you (--confirm, optional --note)."));
    parser.addOptions(
        {asOption(),
         {QStringLiteral("to"), Tr::tr("The next shift's login."), QStringLiteral("LOGIN")},
         {QStringLiteral("note"), Tr::tr("The handover note."), QStringLiteral("TEXT")},
         {QStringLiteral("confirm"), Tr::tr("Confirm the handover made to you.")}});
    DutyCli cli;
    int exitCode = Ok;
    if (!openDuty(parser, args, true, cli, exitCode))
        return exitCode;
    const QString login = parser.value(QStringLiteral("as"));
    const QString note = parser.value(QStringLiteral("note"));
    if (parser.isSet(QStringLiteral("confirm"))) {
        auto pending = cli.book->pendingHandoverFor(login);
        if (!pending)
            return fail(pending.error());
        if (!pending->has_value())
            return fail(makeError(QStringLiteral("duty.no-handover"),
                                  Tr::tr("No handover waits for %1.").arg(login)));
        if (auto r = cli.book->confirmHandover((*pending)->id, login, note, cli.now); !r)
            return fail(r.error());
        out() << Tr::tr("Confirmed the handover of %1 from %2.")
                     .arg((*pending)->outgoing.label(), (*pending)->fromName)
              << '\n';
        return Ok;
    }
    auto h = cli.book->handOver(login, parser.value(QStringLiteral("to")), note, cli.now);
    if (!h)
        return fail(h.error());
    out() << Tr::tr("%1 handed over to %2 with %3 open items.")
                 .arg(h->outgoing.label(), h->toName)
                 .arg(h->items.size())
          << '\n';
    for (const Cases::HandoverItem &i : h->items)
        out() << "  " << i.text << '\n';
    return Ok;
}

int runLog(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("值班日志: list a day's entries, add one (--add TEXT, optionally --case NUMBER "
               "and --follow-up) or mark a follow-up done (--done ID)."));
    parser.addOptions(
        {asOption(),
         dayOption(),
         {QStringLiteral("add"), Tr::tr("The entry's text."), QStringLiteral("TEXT")},
         {QStringLiteral("case"), Tr::tr("The case it concerns."), QStringLiteral("NUMBER")},
         {QStringLiteral("follow-up"), Tr::tr("Carry it to the next shifts.")},
         {QStringLiteral("done"), Tr::tr("Mark a follow-up done."), QStringLiteral("ID")}});
    DutyCli cli;
    int exitCode = Ok;
    const bool write = args.contains(QStringLiteral("--add"))
                       || args.contains(QStringLiteral("--done"));
    if (!openDuty(parser, args, write, cli, exitCode))
        return exitCode;
    const QString login = parser.value(QStringLiteral("as"));
    if (parser.isSet(QStringLiteral("add"))) {
        auto id = cli.book->log(login, parser.value(QStringLiteral("add")),
                                parser.value(QStringLiteral("case")),
                                parser.isSet(QStringLiteral("follow-up")), cli.now);
        if (!id)
            return fail(id.error());
        out() << id.value() << '\n';
        return Ok;
    }
    if (parser.isSet(QStringLiteral("done"))) {
        if (auto r = cli.book->markDone(parser.value(QStringLiteral("done")), login, cli.now); !r)
            return fail(r.error());
        return Ok;
    }
    const QDate day = dayOf(parser, cli);
    const QDateTime start = QDateTime(day, QTime(0, 0), cli.opened.city->timeZone()).toUTC();
    auto entries = cli.book->logBetween(start, start.addDays(1));
    if (!entries)
        return fail(entries.error());
    for (const Cases::DutyLogEntry &e : entries.value())
        out() << cli.opened.city->local(e.at).toString(QStringLiteral("HH:mm")) << "  "
              << e.userName << "  " << (e.caseNumber.isEmpty() ? QString() : e.caseNumber + u' ')
              << e.text
              << (e.followUp ? (e.doneAt.isValid() ? Tr::tr("  [done]") : Tr::tr("  [follow up]"))
                             : QString())
              << "  " << e.id << '\n';
    return Ok;
}

int runFigures(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("The hall's work by shift from --from to --to."));
    parser.addOptions({{QStringLiteral("from"), Tr::tr("First day."), QStringLiteral("DAY")},
                       {QStringLiteral("to"), Tr::tr("Last day."), QStringLiteral("DAY")}});
    DutyCli cli;
    int exitCode = Ok;
    if (!openDuty(parser, args, false, cli, exitCode))
        return exitCode;
    const QDate today = cli.opened.city->local(cli.now).date();
    const QDate from = parser.isSet(QStringLiteral("from"))
                           ? QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate)
                           : today;
    const QDate to = parser.isSet(QStringLiteral("to"))
                         ? QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate)
                         : from;
    auto rows = cli.book->figures(from, to);
    if (!rows)
        return fail(rows.error());
    out() << Tr::tr("shift\treported\tfiled\tdispatched\tclosed\tcases\tsteps") << '\n';
    for (const Cases::ShiftFigures &f : rows.value())
        out() << f.slot.label() << '\t' << f.reported << '\t' << f.filed << '\t' << f.dispatched
              << '\t' << f.closed << '\t' << f.casesHandled << '\t' << f.steps << '\n';
    return Ok;
}

int runShifts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The centre's shifts; --set three (早/中/晚, 8 hours) or --set day (24 hours from "
               "08:00) as an administrator."));
    parser.addOptions(
        {asOption(), {QStringLiteral("set"), Tr::tr("three or day."), QStringLiteral("PATTERN")}});
    DutyCli cli;
    int exitCode = Ok;
    const bool write = args.contains(QStringLiteral("--set"));
    if (!openDuty(parser, args, write, cli, exitCode))
        return exitCode;
    if (write) {
        const QString pattern = parser.value(QStringLiteral("set"));
        QList<Cases::DutyShift> shifts;
        if (pattern == QLatin1String("three"))
            shifts = {{QStringLiteral("late"), QStringLiteral("晚班"),
                       QStringLiteral("Night shift"), QTime(0, 0), 480},
                      {QStringLiteral("early"), QStringLiteral("早班"),
                       QStringLiteral("Early shift"), QTime(8, 0), 480},
                      {QStringLiteral("middle"), QStringLiteral("中班"),
                       QStringLiteral("Middle shift"), QTime(16, 0), 480}};
        else if (pattern == QLatin1String("day"))
            shifts = {{QStringLiteral("day"), QStringLiteral("全天班"),
                       QStringLiteral("24-hour shift"), QTime(8, 0), 1440}};
        else
            return usage(parser, Tr::tr("--set three or --set day."));
        if (auto r = cli.book->setShifts(shifts, parser.value(QStringLiteral("as")), cli.now); !r)
            return fail(r.error());
    }
    auto shifts = cli.book->shifts();
    if (!shifts)
        return fail(shifts.error());
    for (const Cases::DutyShift &s : shifts.value())
        out() << s.code << '\t' << s.name() << '\t' << s.starts.toString(QStringLiteral("HH:mm"))
              << '\t' << Tr::tr("%1 h").arg(s.minutes / 60.0) << '\n';
    return Ok;
}

} // namespace

int runDuty(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args[1] : QString();
    QStringList rest = args.mid(2);
    rest.prepend(args.first() + QLatin1Char(' ') + sub);
    const std::pair<const char *, int (*)(const QStringList &)> commands[]
        = {{"now", runNow}, {"roster", runRoster},   {"handover", runHandover},
           {"log", runLog}, {"figures", runFigures}, {"shifts", runShifts}};
    for (const auto &[name, run] : commands) {
        if (sub == QLatin1String(name))
            return run(rest);
    }
    err() << Tr::tr("Usage: cityctl duty now|roster|handover|log|figures|shifts [OPTIONS]  "
                    "(--help on each)")
          << '\n';
    return sub == QLatin1String("--help") ? Ok : Usage;
}

} // namespace Cc::Cli
