// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl notify: the rules, channels, platforms, contacts and quiet hours of the
// notifications that leave the centre, the deadline scan, the sender and its log
// (docs/notify.md).
#include "cli.h"

#include <cc/notify/deliverylog.h>
#include <cc/notify/notifier.h>
#include <cc/notify/notifysettings.h>
#include <cc/notify/rules.h>
#include <cc/notify/sender.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace Cc::Cli {

namespace {

const QCommandLineOption kName(QStringLiteral("name"), Tr::tr("The rule's name."),
                               QStringLiteral("NAME"));
const QCommandLineOption kJson(QStringLiteral("json"), Tr::tr("Print JSON."));

int runRuleAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Add a notification rule."));
    const QCommandLineOption on(QStringLiteral("on"),
                                Tr::tr("When: %1.").arg(Notify::triggerIds().join(", ")),
                                QStringLiteral("TRIGGER"));
    const QCommandLineOption
        to(QStringLiteral("to"),
           Tr::tr("Who: department[:CODE], unit-head[:CODE], role:ROLE or person:LOGIN (no CODE: "
                  "the case's department)."),
           QStringLiteral("WHO"));
    const QCommandLineOption channel(QStringLiteral("channel"),
                                     Tr::tr("How: %1.").arg(Notify::channelIds().join(", ")),
                                     QStringLiteral("CHANNEL"));
    const QCommandLineOption text(QStringLiteral("template"),
                                  Tr::tr("The text, with fields: %1.")
                                      .arg(Notify::templateFields().join(", ")),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption urgent(QStringLiteral("urgent"), Tr::tr("Send in quiet hours too."));
    const QCommandLineOption disabled(QStringLiteral("disabled"), Tr::tr("Add it switched off."));
    parser.addOptions({dbOption(), kName, on, to, channel, text, urgent, disabled});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    for (const QCommandLineOption &o : {kName, on, to, channel, text}) {
        if (!parser.isSet(o))
            return usage(parser,
                         Tr::tr("--name, --on, --to, --channel and --template are required."));
    }
    Notify::Rule rule;
    rule.name = parser.value(kName);
    rule.trigger = Notify::triggerFromId(parser.value(on));
    rule.channel = parser.value(channel);
    rule.templateText = parser.value(text);
    rule.urgent = parser.isSet(urgent);
    rule.enabled = !parser.isSet(disabled);
    if (auto r = Notify::parseRecipient(parser.value(to), rule); !r)
        return fail(r.error());
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    if (auto r = Notify::RuleStore(**db).add(rule); !r)
        return fail(r.error());
    out() << Tr::tr("Rule “%1” added.").arg(rule.name) << '\n';
    return Ok;
}

int runRuleList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the notification rules."));
    parser.addOptions({dbOption(), kJson});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    auto db = openDb(parser, Storage::Database::OpenMode::ReadOnly);
    if (!db)
        return fail(db.error());
    auto rules = Notify::RuleStore(**db).all();
    if (!rules)
        return fail(rules.error());
    QJsonArray list;
    for (const Notify::Rule &r : rules.value()) {
        if (parser.isSet(kJson)) {
            list.append(QJsonObject{{"name", r.name},
                                    {"on", Notify::triggerId(r.trigger)},
                                    {"to", r.recipientText()},
                                    {"channel", r.channel},
                                    {"template", r.templateText},
                                    {"urgent", r.urgent},
                                    {"enabled", r.enabled}});
            continue;
        }
        out() << r.name << '\t' << Notify::triggerId(r.trigger) << '\t' << r.recipientText() << '\t'
              << r.channel << '\t' << (r.urgent ? Tr::tr("urgent") : Tr::tr("normal")) << '\t'
              << (r.enabled ? Tr::tr("on") : Tr::tr("off")) << '\t' << r.templateText << '\n';
    }
    if (parser.isSet(kJson))
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return Ok;
}

int runRuleRemove(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Remove a notification rule by its name."));
    parser.addOptions({dbOption(), kName});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (!parser.isSet(kName))
        return usage(parser, Tr::tr("--name NAME is required."));
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    if (auto r = Notify::RuleStore(**db).remove(parser.value(kName)); !r)
        return fail(r.error());
    out() << Tr::tr("Rule “%1” removed.").arg(parser.value(kName)) << '\n';
    return Ok;
}

int runRuleDefaults(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Add the default rules that are not there yet."));
    parser.addOption(dbOption());
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    auto added = Notify::RuleStore(**db).installDefaults();
    if (!added)
        return fail(added.error());
    out() << Tr::tr("%1 default rules added.").arg(added.value()) << '\n';
    return Ok;
}

int runRule(const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(QStringLiteral("cityctl notify rule ") + sub);
    if (sub == QLatin1String("add"))
        return runRuleAdd(rest);
    if (sub == QLatin1String("list"))
        return runRuleList(rest);
    if (sub == QLatin1String("remove"))
        return runRuleRemove(rest);
    if (sub == QLatin1String("defaults"))
        return runRuleDefaults(rest);
    err() << Tr::tr("Usage: cityctl notify rule add|list|remove|defaults [OPTIONS]") << '\n';
    return Usage;
}

/// `set NAME` (opened to write) or the read-only word alone (`show`, `list`): the positional
/// arguments and the database; false with `exitCode` set otherwise.
bool openSetOrRead(QCommandLineParser &parser, const QStringList &args, const QString &readWord,
                   const QString &usageText, QStringList &pos,
                   std::unique_ptr<Storage::Database> &db, int &exitCode)
{
    parser.addOption(dbOption());
    if (!parse(parser, args, exitCode))
        return false;
    pos = parser.positionalArguments();
    const bool set = pos.value(0) == QLatin1String("set");
    if (!(set && pos.size() == 2) && !(pos.value(0) == readWord && pos.size() == 1)) {
        exitCode = usage(parser, usageText);
        return false;
    }
    auto opened = openDb(parser, set ? Storage::Database::OpenMode::ReadWrite
                                     : Storage::Database::OpenMode::ReadOnly);
    if (!opened) {
        exitCode = fail(opened.error());
        return false;
    }
    db = std::move(opened).value();
    return true;
}

int runChannel(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Set a channel's configuration (JSON read from standard input, so that secrets "
               "stay off the command line) or show them all, secrets masked."));
    parser.addPositionalArgument(QStringLiteral("set|show"), Tr::tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("channel"), Tr::tr("The channel (set)."));
    QStringList pos;
    std::unique_ptr<Storage::Database> db;
    if (int exitCode = Ok; !openSetOrRead(parser, args, QStringLiteral("show"),
                                          Tr::tr("Say set CHANNEL or show."), pos, db, exitCode))
        return exitCode;
    const bool set = pos.value(0) == QLatin1String("set");
    Notify::NotifySettings settings(*db);
    if (set) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QTextStream(stdin).readAll().toUtf8(),
                                                          &error);
        if (!doc.isObject())
            return fail(makeError("notify.bad-channel-config",
                                  Tr::tr("Standard input is not a JSON object: %1.")
                                      .arg(error.errorString())));
        if (auto r = settings.setChannel(pos[1], doc.object()); !r)
            return fail(r.error());
        out() << Tr::tr("Channel %1 set.").arg(pos[1]) << '\n';
        return Ok;
    }
    for (const QString &channel : Notify::channelIds()) {
        auto config = settings.channel(channel);
        if (!config)
            return fail(config.error());
        out() << channel << '\t'
              << QJsonDocument(Notify::NotifySettings::masked(config.value()))
                     .toJson(QJsonDocument::Compact)
              << '\n';
    }
    return Ok;
}

int runPlatform(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Set a 12345 platform's callback signing secret (read from standard input; it "
               "is stored, never printed) or list the platforms."));
    parser.addPositionalArgument(QStringLiteral("set|list"), Tr::tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("platform"), Tr::tr("The platform (set)."));
    QStringList pos;
    std::unique_ptr<Storage::Database> db;
    if (int exitCode = Ok; !openSetOrRead(parser, args, QStringLiteral("list"),
                                          Tr::tr("Say set PLATFORM or list."), pos, db, exitCode))
        return exitCode;
    const bool set = pos.value(0) == QLatin1String("set");
    Notify::NotifySettings settings(*db);
    if (set) {
        auto secret = readSecret(Tr::tr("Secret for %1: ").arg(pos[1]));
        if (!secret)
            return fail(secret.error());
        if (auto r = settings.setPlatformSecret(pos[1], secret->trimmed().toUtf8()); !r)
            return fail(r.error());
        out() << Tr::tr("Secret of platform %1 set.").arg(pos[1]) << '\n';
        return Ok;
    }
    auto names = settings.platforms();
    if (!names)
        return fail(names.error());
    for (const QString &name : names.value())
        out() << name << '\n';
    return Ok;
}

int runContact(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Set how notifications reach a user."));
    const QCommandLineOption login(QStringLiteral("login"), Tr::tr("The user."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption phone(QStringLiteral("phone"), Tr::tr("Mobile number (SMS)."),
                                   QStringLiteral("NUMBER"));
    const QCommandLineOption email(QStringLiteral("email"), Tr::tr("E-mail address."),
                                   QStringLiteral("ADDRESS"));
    const QCommandLineOption wechat(QStringLiteral("wechat"), Tr::tr("WeChat open id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption head(QStringLiteral("unit-head"),
                                  Tr::tr(
                                      "Whether the user is the unit head (单位正职): yes or no."),
                                  QStringLiteral("yes|no"));
    parser.addOptions({dbOption(), login, phone, email, wechat, head});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (!parser.isSet(login))
        return usage(parser, Tr::tr("--login LOGIN is required."));
    Notify::Contact contact;
    contact.login = parser.value(login);
    if (parser.isSet(phone))
        contact.phone = parser.value(phone);
    if (parser.isSet(email))
        contact.email = parser.value(email);
    if (parser.isSet(wechat))
        contact.wechat = parser.value(wechat);
    if (parser.isSet(head)) {
        const QString v = parser.value(head);
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return usage(parser, Tr::tr("--unit-head takes yes or no."));
        contact.unitHead = v == QLatin1String("yes");
    }
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    if (auto r = Notify::NotifySettings(**db).setContact(contact); !r)
        return fail(r.error());
    out() << Tr::tr("Contact of %1 set.").arg(contact.login) << '\n';
    return Ok;
}

int runQuietHours(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Show or set the quiet hours (city time) in which non-urgent messages wait."));
    parser.addPositionalArgument(QStringLiteral("HH:MM-HH:MM|off"), Tr::tr("The new hours."));
    parser.addOption(dbOption());
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    const QStringList pos = parser.positionalArguments();
    auto db = openDb(parser, pos.isEmpty() ? Storage::Database::OpenMode::ReadOnly
                                           : Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    Notify::NotifySettings settings(**db);
    if (!pos.isEmpty()) {
        auto hours = Notify::QuietHours::parse(pos[0]);
        if (!hours)
            return fail(hours.error());
        if (auto r = settings.setQuietHours(hours.value()); !r)
            return fail(r.error());
    }
    auto hours = settings.quietHours();
    if (!hours)
        return fail(hours.error());
    out() << (hours->isSet() ? hours->toString() : Tr::tr("off")) << '\n';
    return Ok;
}

} // namespace

int runNotifyScan(const QStringList &args);
int runNotifySend(const QStringList &args);
int runNotifyLog(const QStringList &args);

int runNotify(const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest[0] = QStringLiteral("cityctl notify ") + sub;
    if (sub == QLatin1String("rule"))
        return runRule(args.mid(1));
    if (sub == QLatin1String("channel"))
        return runChannel(rest);
    if (sub == QLatin1String("platform"))
        return runPlatform(rest);
    if (sub == QLatin1String("contact"))
        return runContact(rest);
    if (sub == QLatin1String("quiet-hours"))
        return runQuietHours(rest);
    if (sub == QLatin1String("scan"))
        return runNotifyScan(rest);
    if (sub == QLatin1String("send"))
        return runNotifySend(rest);
    if (sub == QLatin1String("log"))
        return runNotifyLog(rest);
    err() << Tr::tr("Usage: cityctl notify rule|channel|platform|contact|quiet-hours|scan|send|log "
                    "[OPTIONS]")
          << '\n';
    return Usage;
}

} // namespace Cc::Cli
