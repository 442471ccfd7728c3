// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl api key add|list|revoke, api token revoke, api audit: the keys citygate's integrations present (docs/citygate.md).
#include "cli.h"

#include <cc/cases/caseservice.h>
#include <cc/city/citycontext.h>
#include <cc/gate/apikeys.h>
#include <cc/gate/auditlog.h>
#include <cc/gate/fieldtokens.h>

namespace Cc::Cli {

namespace {

const QCommandLineOption kName(QStringLiteral("name"), Tr::tr("The key's name (the integration)."),
                               QStringLiteral("NAME"));

int runKeyAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Add an API key for citygate; it is printed once. Requests with it act as the "
               "user LOGIN in the operator role (受理员)."));
    const QCommandLineOption as(QStringLiteral("as"), Tr::tr("The user the key acts as."),
                                QStringLiteral("LOGIN"));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   Tr::tr("What the key may use, comma-separated: open311, "
                                          "hotline (12345 工单), citizen (WeChat reports); "
                                          "default all."),
                                   QStringLiteral("LIST"));
    parser.addOptions({dbOption(), kName, as, scope});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (!parser.isSet(kName) || !parser.isSet(as))
        return usage(parser, Tr::tr("--name NAME and --as LOGIN are required."));
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    auto city = City::CityContext::load(*db.value());
    if (!city)
        return fail(city.error());
    // The user must exist and hold the role the key's reports are registered in.
    Cases::CaseService cases(*db.value(), city.value()->categories(), city.value()->calendar());
    if (auto actor = cases.actor(parser.value(as), Core::Role::Operator); !actor)
        return fail(actor.error());
    auto key = Gate::ApiKeys(*db.value())
                   .add(parser.value(kName), parser.value(as),
                        parser.value(scope).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (!key)
        return fail(key.error());
    out() << key.value() << '\n';
    return Ok;
}

int runKeyList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List citygate's API keys (never the keys)."));
    parser.addOption(dbOption());
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    auto db = openDb(parser, Storage::Database::OpenMode::ReadOnly);
    if (!db)
        return fail(db.error());
    auto keys = Gate::ApiKeys(*db.value()).list();
    if (!keys)
        return fail(keys.error());
    for (const Gate::ApiKey &key : keys.value())
        out() << key.name << '\t' << key.login << '\t' << key.createdAt.toString(Qt::ISODate)
              << '\t'
              << (key.revokedAt.isValid()
                      ? Tr::tr("revoked %1").arg(key.revokedAt.toString(Qt::ISODate))
                      : Tr::tr("active"))
              << '\t' << (key.scopes.isEmpty() ? Tr::tr("all") : key.scopes.join(QLatin1Char(',')))
              << '\n';
    return Ok;
}

int runKeyRevoke(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Revoke a citygate API key by its name."));
    parser.addOptions({dbOption(), kName});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (!parser.isSet(kName))
        return usage(parser, Tr::tr("--name NAME is required."));
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    if (auto r = Gate::ApiKeys(*db.value()).revoke(parser.value(kName)); !r)
        return fail(r.error());
    return Ok;
}

int runTokenRevoke(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Revoke every field API token of a user (a lost phone): the phone must log in "
               "again."));
    const QCommandLineOption login(QStringLiteral("login"), Tr::tr("The user whose tokens go."),
                                   QStringLiteral("LOGIN"));
    parser.addOptions({dbOption(), login});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (!parser.isSet(login))
        return usage(parser, Tr::tr("--login LOGIN is required."));
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    auto revoked = Gate::FieldTokens(*db.value()).revokeAllOf(parser.value(login));
    if (!revoked)
        return fail(revoked.error());
    out() << Tr::tr("%n token(s) revoked.", nullptr, revoked.value()) << '\n';
    return Ok;
}

int runAudit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("citygate's audit log of writes, newest first: time, login, credential, address, "
               "method, path, status, what."));
    const QCommandLineOption since(QStringLiteral("since"),
                                   Tr::tr("Only entries from this time on (ISO 8601)."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Tr::tr("At most N entries (default 100, at most 10000)."),
                                   QStringLiteral("N"));
    const QCommandLineOption login(QStringLiteral("login"), Tr::tr("Only this user's entries."),
                                   QStringLiteral("LOGIN"));
    parser.addOptions({dbOption(), since, limit, login});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    const QDateTime from = parser.isSet(since)
                               ? QDateTime::fromString(parser.value(since), Qt::ISODateWithMs)
                               : QDateTime();
    bool limitOk = true;
    const int most = parser.isSet(limit) ? parser.value(limit).toInt(&limitOk) : 100;
    if ((parser.isSet(since) && !from.isValid()) || !limitOk || most < 1
        || most > Gate::AuditLog::kMaxListed)
        return usage(parser, Tr::tr("--since takes an ISO 8601 time, --limit 1 to 10000."));
    auto db = openDb(parser, Storage::Database::OpenMode::ReadOnly);
    if (!db)
        return fail(db.error());
    auto entries = Gate::AuditLog(*db.value()).list(from, most, parser.value(login));
    if (!entries)
        return fail(entries.error());
    for (const Gate::AuditEntry &e : entries.value())
        out() << e.at.toString(Qt::ISODateWithMs) << '\t' << e.login << '\t' << e.credential << '\t'
              << e.ip << '\t' << e.method << '\t' << e.path << '\t' << e.status << '\t' << e.what
              << '\n';
    return Ok;
}

} // namespace

int runApi(const QStringList &args)
{
    const QString what = args.size() > 1 ? args[1] : QString();
    const QString sub = args.size() > 2 ? args[2] : QString();
    QStringList rest = args.mid(3);
    rest.prepend(args.first() + QLatin1Char(' ') + what + QLatin1Char(' ') + sub);
    if (what == QLatin1String("key") && sub == QLatin1String("add"))
        return runKeyAdd(rest);
    if (what == QLatin1String("key") && sub == QLatin1String("list"))
        return runKeyList(rest);
    if (what == QLatin1String("key") && sub == QLatin1String("revoke"))
        return runKeyRevoke(rest);
    if (what == QLatin1String("token") && sub == QLatin1String("revoke"))
        return runTokenRevoke(rest);
    if (what == QLatin1String("audit")) {
        QStringList auditArgs = args.mid(2);
        auditArgs.prepend(args.first() + QStringLiteral(" audit"));
        return runAudit(auditArgs);
    }
    err() << Tr::tr("Usage: cityctl api key add|list|revoke, cityctl api token revoke, cityctl "
                    "api audit [OPTIONS]  (--help on each)")
          << '\n';
    return what == QLatin1String("--help") ? Ok : Usage;
}

} // namespace Cc::Cli
