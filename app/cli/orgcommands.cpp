// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl org export|diff|import|passwd|deactivate|delete: departments, users and their
// bindings (roles, department, grid, unit head) as one reviewed JSON file, and the single
// edits an administrator makes between reviews (docs/org.md). Not part of `config`: the
// rules are versions cases run on (a deadline never moves), people are live state (a
// deactivation counts at once, a password is never in a file), and the two files have
// different reviewers; the order is org first, then the rules that route to its departments.
// The checks are the service's (Cases::OrgStore), as in the app and on the hub.
#include "cli.h"

#include <cc/cases/orgstore.h>

#include <QSaveFile>

namespace Cc::Cli {

namespace {

// A centre's departments and some hundred users are tens of KB.
constexpr qint64 kMaxOrgFileBytes = 4 * 1024 * 1024;

Result<QByteArray> readOrgFile(const QString &path)
{
    return readSmallFile(path, kMaxOrgFileBytes, [&](qint64 size) {
        return makeError("org.too-large",
                         Tr::tr("%1 has %2 MB: an organisation file has at most 4 MB.")
                             .arg(path)
                             .arg(size / (1024 * 1024)));
    });
}

/// The one positional argument (FILE or LOGIN) and the database.
bool parseOne(QCommandLineParser &parser, const QStringList &args, const QString &name,
              const QString &help, int &exitCode)
{
    parser.addPositionalArgument(name, help);
    parser.addOption(dbOption());
    if (!parse(parser, args, exitCode))
        return false;
    if (parser.positionalArguments().size() != 1) {
        exitCode = usage(parser, Tr::tr("Name exactly one %1.").arg(name));
        return false;
    }
    return true;
}

bool requireAs(QCommandLineParser &parser, int &exitCode)
{
    if (parser.isSet(QStringLiteral("as")))
        return true;
    exitCode = usage(parser, Tr::tr("--as LOGIN (an administrator) is required."));
    return false;
}

int reportChange(const Cases::OrgChangeResult &change)
{
    if (change.id.isEmpty()) {
        out() << Tr::tr("Nothing to change.") << '\n';
        return Ok;
    }
    out() << Tr::tr("Changed %1 departments and %2 users (%3); other workstations receive it "
                    "through the hub.")
                 .arg(change.departments)
                 .arg(change.users)
                 .arg(change.summary)
          << '\n';
    return Ok;
}

int runOrgExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Write the departments and users (never a password) to FILE."));
    int exitCode = Ok;
    if (!parseOne(parser, args, QStringLiteral("FILE"), Tr::tr("The organisation file (JSON)."),
                  exitCode))
        return exitCode;
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite); // migrates an older file
    if (!db)
        return fail(db.error());
    auto chart = Cases::OrgStore(**db).chart();
    if (!chart)
        return fail(chart.error());
    QSaveFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::WriteOnly) || file.write(chart->toJson()) < 0 || !file.commit())
        return fail(
            makeError("cli.unwritable-file",
                      Tr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString())));
    out() << Tr::tr("Wrote %1 departments and %2 users to %3.")
                 .arg(chart->departments.size())
                 .arg(chart->users.size())
                 .arg(file.fileName())
          << '\n';
    return Ok;
}

int runOrgDiff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Check FILE as an import would and list what it changes; writes nothing."));
    int exitCode = Ok;
    if (!parseOne(parser, args, QStringLiteral("FILE"), Tr::tr("The organisation file (JSON)."),
                  exitCode))
        return exitCode;
    auto json = readOrgFile(parser.positionalArguments().first());
    if (!json)
        return fail(json.error());
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    auto lines = Cases::OrgStore(**db).diff(json.value());
    if (!lines)
        return fail(lines.error());
    for (const QString &line : lines.value())
        out() << line << '\n';
    out() << Tr::tr("%1 changes.").arg(lines->size()) << '\n';
    return Ok;
}

int runOrgImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Check FILE and make it the organisation: departments not in it are retired, "
               "users not in it deactivated (never deleted)."));
    const QCommandLineOption note(QStringLiteral("note"), Tr::tr("Why (kept with the change)."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({asOption(), note});
    int exitCode = Ok;
    if (!parseOne(parser, args, QStringLiteral("FILE"), Tr::tr("The organisation file (JSON)."),
                  exitCode)
        || !requireAs(parser, exitCode))
        return exitCode;
    auto json = readOrgFile(parser.positionalArguments().first());
    if (!json)
        return fail(json.error());
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    auto change = Cases::OrgStore(**db).import(json.value(), parser.value(QStringLiteral("as")),
                                               parser.value(note));
    if (!change)
        return fail(change.error());
    return reportChange(change.value());
}

/// passwd, deactivate, activate, delete: one user, by an administrator.
int runOrgUserEdit(const QString &verb, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        verb == QLatin1String("passwd")
            ? Tr::tr("Reset the password of LOGIN (read from standard input, one line); the "
                     "hash goes to the hub only.")
        : verb == QLatin1String("delete")
            ? Tr::tr("Delete LOGIN: only a user who never acted on a case or kept duty.")
            : Tr::tr("Deactivate or activate LOGIN (they keep their history)."));
    parser.addOption(asOption());
    int exitCode = Ok;
    if (!parseOne(parser, args, QStringLiteral("LOGIN"), Tr::tr("The user's login."), exitCode)
        || !requireAs(parser, exitCode))
        return exitCode;
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    Cases::OrgStore store(**db);
    const QString login = parser.positionalArguments().first();
    const QString admin = parser.value(QStringLiteral("as"));
    Result<Cases::OrgChangeResult> change = Cases::OrgChangeResult{};
    if (verb == QLatin1String("passwd")) {
        auto password = readSecret(Tr::tr("New password for %1: ").arg(login));
        if (!password)
            return fail(password.error());
        change = store.resetPassword(login, password.value(), admin);
        password->fill(QLatin1Char('\0'));
    } else if (verb == QLatin1String("delete")) {
        change = store.deleteUser(login, admin);
    } else {
        change = store.setUserActive(login, verb == QLatin1String("activate"), admin);
    }
    if (!change)
        return fail(change.error());
    return reportChange(change.value());
}

} // namespace

int runOrg(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args[1] : QString();
    QStringList rest = args.mid(2);
    rest.prepend(args.first() + QLatin1Char(' ') + sub);
    if (sub == QLatin1String("export"))
        return runOrgExport(rest);
    if (sub == QLatin1String("diff"))
        return runOrgDiff(rest);
    if (sub == QLatin1String("import"))
        return runOrgImport(rest);
    if (QStringList{"passwd", "deactivate", "activate", "delete"}.contains(sub))
        return runOrgUserEdit(sub, rest);
    err() << Tr::tr("Usage: cityctl org export|diff|import FILE, org "
                    "passwd|deactivate|activate|delete LOGIN --as ADMIN  (--help on each)")
          << '\n';
    return sub == QLatin1String("--help") ? Ok : Usage;
}

} // namespace Cc::Cli
