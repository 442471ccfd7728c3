// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl api key add|list|revoke: the keys citygate's integrations present (docs/citygate.md).
#include "cli.h"

#include <cc/cases/caseservice.h>
#include <cc/city/citycontext.h>
#include <cc/gate/apikeys.h>

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
    parser.addOptions({dbOption(), kName, as});
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
    auto key = Gate::ApiKeys(*db.value()).add(parser.value(kName), parser.value(as));
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

} // namespace

int runApi(const QStringList &args)
{
    const QString what = args.size() > 1 ? args[1] : QString();
    const QString sub = args.size() > 2 ? args[2] : QString();
    QStringList rest = args.mid(3);
    rest.prepend(args.first() + QStringLiteral(" key ") + sub);
    if (what == QLatin1String("key") && sub == QLatin1String("add"))
        return runKeyAdd(rest);
    if (what == QLatin1String("key") && sub == QLatin1String("list"))
        return runKeyList(rest);
    if (what == QLatin1String("key") && sub == QLatin1String("revoke"))
        return runKeyRevoke(rest);
    err() << Tr::tr("Usage: cityctl api key add|list|revoke [OPTIONS]  (--help on each)") << '\n';
    return what == QLatin1String("--help") ? Ok : Usage;
}

} // namespace Cc::Cli
