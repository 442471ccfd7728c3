// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl user list, passwd, check: the users of a local database and their passwords.
// Passwords are read from standard input, never from the command line, so they appear in
// neither the process list nor the shell history.
#include "cli.h"

#include <cc/cases/auth.h>
#include <cc/core/role.h>
#include <cc/storage/repositories.h>
#include <cc/sync/hublogin.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Cc::Cli {

namespace {

/// Overwrites a secret before its memory is freed. The volatile writes keep the compiler
/// from dropping them as dead stores.
void wipe(QString &text)
{
    if (text.isEmpty())
        return;
    // UTF-16 units as plain integers: QChar has no volatile assignment.
    volatile char16_t *p = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        p[i] = 0;
    text.clear();
}

/// Hides what is typed while a password is read from a terminal; restores it when done.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_UNIX
        if (::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_active) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
            std::fputc('\n', stderr); // the Enter the user typed was not echoed either
        }
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
#ifdef Q_OS_UNIX
    termios m_saved{};
#endif
    bool m_active = false;
};

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO);
#else
    return false;
#endif
}

/// One line of standard input (without the line end), prompting on a terminal. Read into a
/// fixed buffer that is wiped afterwards, so no growing copies of the secret are left behind.
Result<QString> readPassword(const QString &prompt)
{
    if (stdinIsTerminal()) {
        err() << prompt;
        err().flush();
    }
    std::array<char, 1024> buffer{};
    size_t length = 0;
    bool gotLine = false; // an empty line is an (empty) password; no line at all is not
    {
        const EchoOff hidden;
        for (int c = std::getchar(); c != EOF; c = std::getchar()) {
            gotLine = true;
            if (c == '\n')
                break;
            if (length + 1 >= buffer.size()) {
                length = buffer.size(); // too long: refuse below
                continue;
            }
            buffer[length++] = char(c);
        }
    }
    if (length > 0 && length < buffer.size() && buffer[length - 1] == '\r')
        --length; // a line typed on Windows
    QString password;
    if (length < buffer.size())
        password = QString::fromUtf8(buffer.data(), qsizetype(length));
    volatile char *p = buffer.data();
    for (size_t i = 0; i < buffer.size(); ++i)
        p[i] = 0;
    if (length >= buffer.size())
        return makeError("cli.password-too-long",
                         Tr::tr("The password is too long (at most %1 bytes).")
                             .arg(buffer.size() - 1));
    if (!gotLine)
        return makeError("cli.no-password",
                         Tr::tr("Type the password on standard input (one line)."));
    return password;
}

/// The LOGIN positional argument, or a usage error.
bool takeLogin(const QCommandLineParser &parser, QString &login, int &exitCode)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        exitCode = usage(parser, Tr::tr("Name exactly one LOGIN."));
        return false;
    }
    login = positional.first();
    return true;
}

int runList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the users: login, name, roles, department and "
                                            "whether they are active (never the password hash)."));
    parser.addOption(dbOption());
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOption(json);
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usage(parser, Tr::tr("user list takes no arguments."));

    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite); // migrates an older file
    if (!db)
        return fail(db.error());
    auto users = Storage::UserRepository(**db).all();
    if (!users)
        return fail(users.error());
    auto departments = Storage::DepartmentRepository(**db).all();
    if (!departments)
        return fail(departments.error());
    QHash<QString, Storage::DepartmentRow> departmentById;
    for (const Storage::DepartmentRow &d : departments.value())
        departmentById.insert(d.id, d);

    QJsonArray array;
    if (!parser.isSet(json)) {
        out() << Tr::tr("login\tname\troles\tdepartment\tactive\tpassword") << '\n';
    }
    for (const Storage::UserRow &u : users.value()) {
        const Storage::DepartmentRow department = departmentById.value(u.departmentId);
        if (parser.isSet(json)) {
            QJsonObject o{{"login", u.login},
                          {"name", u.displayName},
                          {"roles", QJsonArray::fromStringList(u.roles)},
                          {"active", u.active},
                          {"hasPassword", !u.passwordHash.isEmpty()}};
            if (!u.departmentId.isEmpty())
                o.insert("department",
                         QJsonObject{{"code", department.code}, {"name", department.nameZh}});
            array.append(o);
            continue;
        }
        const QString departmentText = u.departmentId.isEmpty()
                                           ? QStringLiteral("-")
                                           : QStringLiteral("%1 %2").arg(department.code,
                                                                         department.nameZh);
        out() << u.login << '\t' << u.displayName << '\t' << u.roles.join(QLatin1Char(',')) << '\t'
              << departmentText << '\t' << (u.active ? Tr::tr("yes") : Tr::tr("no")) << '\t'
              << (u.passwordHash.isEmpty() ? Tr::tr("none") : Tr::tr("set")) << '\n';
    }
    if (parser.isSet(json))
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Ok;
}

int runPasswd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Set the password of LOGIN (at least %1 characters). The new password is read "
               "from standard input, one line, so it appears in neither the process list nor "
               "the shell history.")
            .arg(Cases::AuthService::kMinPasswordLength));
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("LOGIN"), Tr::tr("The user's login."));
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    QString login;
    if (!takeLogin(parser, login, exitCode))
        return exitCode;

    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    auto password = readPassword(Tr::tr("New password for %1: ").arg(login));
    if (!password)
        return fail(password.error());
    if (stdinIsTerminal()) {
        // Typed blind: ask again so a typo does not lock the user out.
        auto again = readPassword(Tr::tr("Repeat the new password: "));
        const bool same = again && again.value() == password.value();
        if (again)
            wipe(again.value());
        if (!same) {
            wipe(password.value());
            return fail(makeError("cli.password-mismatch",
                                  Tr::tr("The passwords differ; nothing changed.")));
        }
    }
    auto set = Cases::AuthService(**db).setPassword(login, password.value());
    wipe(password.value());
    if (!set)
        return fail(set.error());
    out() << Tr::tr("Password of %1 changed.").arg(login) << '\n';
    return Ok;
}

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Check a password of LOGIN as the login form does (read from standard input, one "
               "line): print the user's roles and exit 0, or print the refusal and exit 1."));
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("LOGIN"), Tr::tr("The user's login."));
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    QString login;
    if (!takeLogin(parser, login, exitCode))
        return exitCode;

    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite); // migrates an older file
    if (!db)
        return fail(db.error());
    auto password = readPassword(Tr::tr("Password for %1: ").arg(login));
    if (!password)
        return fail(password.error());
    Cases::AuthService auth(**db);
    // As the login form: a joined workstation asks the hub first (docs/hub.md, "Logins").
    std::shared_ptr<Sync::HubLogin> hub;
    if (auto credentials = Sync::HubLogin::forDatabase(**db)) {
        hub = std::make_shared<Sync::HubLogin>(*credentials);
        auth.setAuthority({[hub](const QString &l) { return hub->hashPrefix(l); },
                           [hub](const QString &l, const QString &h) { return hub->check(l, h); }});
    }
    auto session = auth.login(login, password.value());
    wipe(password.value());
    if (!session)
        return fail(session.error());
    for (Core::Role role : session->roles)
        out() << Core::roleId(role) << '\t' << Core::roleName(role) << '\n';
    return Ok;
}

} // namespace

int runUser(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args[1] : QString();
    QStringList rest = args.mid(2);
    rest.prepend(args.first() + QLatin1Char(' ') + sub);
    if (sub == QLatin1String("list"))
        return runList(rest);
    if (sub == QLatin1String("passwd"))
        return runPasswd(rest);
    if (sub == QLatin1String("check"))
        return runCheck(rest);
    err() << Tr::tr("Usage: cityctl user list|passwd|check [OPTIONS]  (--help on each)") << '\n';
    return sub == QLatin1String("--help") ? Ok : Usage;
}

} // namespace Cc::Cli

namespace Cc::Cli {

Result<QString> readSecret(const QString &prompt)
{
    return readPassword(prompt);
}

} // namespace Cc::Cli
