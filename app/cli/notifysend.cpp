// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl notify scan|send|log: the deadline scanner, the sender (once or as a service that
// survives restarts) and the delivery log (docs/notify.md, "Delivery").
#include "cli.h"

#include <cc/notify/deliverylog.h>
#include <cc/notify/notifier.h>
#include <cc/notify/sender.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <csignal>

namespace Cc::Cli {

namespace {

volatile std::sig_atomic_t g_stopSending = 0;

void stopSending(int)
{
    g_stopSending = 1;
}

QString reportText(const Notify::SendReport &r)
{
    return Tr::tr("sent %1, to retry %2, failed %3, deferred by quiet hours %4")
        .arg(r.sent)
        .arg(r.retried)
        .arg(r.failed)
        .arg(r.deferred);
}

Result<int> scanOnce(Opened &o)
{
    Notify::Notifier notifier(*o.db, o.city->categories(), o.city->calendar());
    return notifier.scanDeadlines(QDateTime::currentDateTimeUtc());
}

} // namespace

int runNotifyScan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Queue the messages of the 80 % and overdue rules that are due now."));
    parser.addOption(dbOption());
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    auto o = openCity(parser, Storage::Database::OpenMode::ReadWrite);
    if (!o)
        return fail(o.error());
    auto queued = scanOnce(o.value());
    if (!queued)
        return fail(queued.error());
    out() << Tr::tr("%1 messages queued.").arg(queued.value()) << '\n';
    return Ok;
}

int runNotifySend(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Send the queued notifications. With --loop it keeps going (scanning deadlines "
               "and sending every --interval seconds) until SIGTERM; killed at any point, the "
               "next run sends what is left, under the same message ids."));
    const QCommandLineOption loop(QStringLiteral("loop"), Tr::tr("Keep sending until stopped."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      Tr::tr("Seconds between rounds with --loop."),
                                      QStringLiteral("S"), QStringLiteral("15"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   Tr::tr("Messages per batch (their marks commit together)."),
                                   QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption backoff(QStringLiteral("backoff"),
                                     Tr::tr("Seconds before the first retry (then doubled)."),
                                     QStringLiteral("S"), QStringLiteral("30"));
    parser.addOptions({dbOption(), loop, interval, batch, backoff});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    bool ok1 = false, ok2 = false, ok3 = false;
    Notify::SenderOptions options;
    options.batch = parser.value(batch).toInt(&ok1);
    options.backoffSeconds = parser.value(backoff).toInt(&ok2);
    const int seconds = parser.value(interval).toInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || options.batch < 1 || options.batch > 10000
        || options.backoffSeconds < 1 || seconds < 1)
        return usage(parser, Tr::tr("--batch, --backoff and --interval take positive numbers."));
    auto o = openCity(parser, Storage::Database::OpenMode::ReadWrite);
    if (!o)
        return fail(o.error());
    std::signal(SIGTERM, stopSending);
    std::signal(SIGINT, stopSending);
    Notify::Sender sender(*o->db, o->city->calendar().timeZone(), options);
    const auto keepGoing = [] { return g_stopSending == 0; };
    do {
        if (parser.isSet(loop)) {
            if (auto queued = scanOnce(o.value()); !queued)
                err() << "cityctl: " << queued.error().message << '\n';
        }
        auto report = sender.drain(keepGoing);
        if (!report) {
            if (!parser.isSet(loop))
                return fail(report.error());
            err() << "cityctl: " << report.error().message << " [" << report.error().code << "]\n";
        } else if (report->total() > 0 || !parser.isSet(loop)) {
            out() << reportText(report.value()) << '\n';
            out().flush();
        }
        for (int i = 0; parser.isSet(loop) && i < seconds * 10 && keepGoing(); ++i)
            QThread::msleep(100);
    } while (parser.isSet(loop) && keepGoing());
    return Ok;
}

int runNotifyLog(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Show the delivery log, newest first."));
    const QCommandLineOption caseOption(QStringLiteral("case"), Tr::tr("One case (number or id)."),
                                        QStringLiteral("CASE"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    Tr::tr("Only queued, sent, failed or undeliverable."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("At most N messages."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({dbOption(), caseOption, status, limit, json});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    auto o = openCity(parser, Storage::Database::OpenMode::ReadOnly);
    if (!o)
        return fail(o.error());
    Notify::DeliveryLog log(*o->db);
    Result<QList<Notify::DeliveryEntry>> entries = QList<Notify::DeliveryEntry>();
    if (parser.isSet(caseOption)) {
        auto id = o->db->prepare(
            QStringLiteral("SELECT id FROM case_record WHERE number = ?1 OR id = ?1"));
        if (!id)
            return fail(id.error());
        id->bindText(1, parser.value(caseOption));
        auto found = id->step();
        if (!found)
            return fail(found.error());
        if (!found.value())
            return fail(makeError("case.not-found",
                                  Tr::tr("There is no case “%1”.").arg(parser.value(caseOption))));
        entries = log.forCase(id->text(0));
    } else {
        entries = log.recent(qBound(1, parser.value(limit).toInt(), 100000), parser.value(status));
    }
    if (!entries)
        return fail(entries.error());
    const QTimeZone zone = o->city->calendar().timeZone();
    QJsonArray list;
    for (const Notify::DeliveryEntry &e : entries.value()) {
        if (parser.isSet(json)) {
            list.append(QJsonObject{{"messageId", e.messageId},
                                    {"case", e.caseNumber},
                                    {"trigger", e.trigger},
                                    {"channel", e.channel},
                                    {"recipient", e.recipient},
                                    {"status", e.status},
                                    {"attempts", e.attempts},
                                    {"lastError", e.lastError},
                                    {"text", e.timelineText(zone)}});
            continue;
        }
        out() << e.caseNumber << '\t' << e.trigger << '\t' << e.status << '\t'
              << e.timelineText(zone) << '\n';
    }
    if (parser.isSet(json))
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace Cc::Cli
