// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl hub (init, seed, basemap, user add) and cityctl sync (join, once, run, status,
// conflicts, basemap).
// Passwords come from standard input or the credential store, never from the command line;
// URLs are never printed (an admin URL may carry a password).
#include "cli.h"

#include <cc/city/citycontext.h>
#include <cc/storage/repositories.h>
#include <cc/sync/basemapsync.h>
#include <cc/sync/credentialstore.h>
#include <cc/sync/hubadmin.h>
#include <cc/sync/syncclient.h>
#include <cc/sync/syncengine.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace Cc::Cli {

namespace {

struct HubCliTr
{
    Q_DECLARE_TR_FUNCTIONS(HubCliTr)
};

QCommandLineOption urlOption()
{
    return {QStringLiteral("url"), HubCliTr::tr("The hub: postgresql://HOST:PORT/DATABASE."),
            QStringLiteral("URL")};
}

Result<std::unique_ptr<Sync::PgConnection>> adminConnection(const QCommandLineParser &parser)
{
    // The administrator's password comes from libpq's own sources (PGPASSWORD, ~/.pgpass).
    Sync::HubCredentials c;
    c.url = parser.value(QStringLiteral("url"));
    if (c.url.isEmpty())
        return makeError("cli.no-url",
                         HubCliTr::tr("Name the hub with --url postgresql://HOST:PORT/DATABASE."));
    return Sync::PgConnection::connect(c);
}

int runHubInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(HubCliTr::tr(
        "Create or upgrade the hub schema (PostGIS tables, sync functions, roles) in an existing "
        "PostgreSQL database, as its administrator (password from PGPASSWORD or ~/.pgpass)."));
    parser.addOption(urlOption());
    int code = Ok;
    if (!parse(parser, args, code))
        return code;
    auto conn = adminConnection(parser);
    if (!conn)
        return fail(conn.error());
    Sync::HubAdmin admin(*conn.value());
    auto version = admin.init(City::CityContext::nationalCalendar());
    if (!version)
        return fail(version.error());
    out() << HubCliTr::tr("Hub schema %1 ready (%2 workflow transitions from the state machine).")
                 .arg(version.value())
                 .arg(Sync::HubAdmin::transitionRows().size())
          << "\n";
    return Ok;
}

int runHubSeed(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        HubCliTr::tr("Load a city from a CityCommand GeoPackage into an empty hub."));
    parser.addOption(urlOption());
    parser.addOption(
        {QStringLiteral("from"), HubCliTr::tr("The GeoPackage to load."), QStringLiteral("FILE")});
    int code = Ok;
    if (!parse(parser, args, code))
        return code;
    if (!parser.isSet(QStringLiteral("from")))
        return usage(parser, HubCliTr::tr("Name the city with --from FILE.gpkg."));
    auto conn = adminConnection(parser);
    if (!conn)
        return fail(conn.error());
    Sync::HubAdmin admin(*conn.value());
    auto report = admin.seed(parser.value(QStringLiteral("from")), [](const QString &table,
                                                                      qint64 rows) {
        err() << HubCliTr::tr("  %1: %2 rows").arg(table).arg(rows) << "\n";
        err().flush();
    });
    if (!report)
        return fail(report.error());
    out() << HubCliTr::tr("Seeded the hub with %1 rows.").arg(report->total) << "\n";
    return Ok;
}

QString basemapLine(const Sync::BasemapReport &r)
{
    return HubCliTr::tr("Published basemap version %1: %2 areas, %3 lines.")
        .arg(r.version)
        .arg(r.areas)
        .arg(r.lines);
}

// The hub's PostgreSQL administrator republishes the city's basemap from a GeoPackage (hub
// schema 13; `hub seed` publishes the first one with the city).
int runHubBasemap(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(HubCliTr::tr(
        "Publish the basemap (basemap_area, basemap_line) of a CityCommand GeoPackage as the "
        "hub's next basemap version; workstations apply it at their next sync."));
    parser.addOption(urlOption());
    parser.addOption({QStringLiteral("from"), HubCliTr::tr("The GeoPackage to take it from."),
                      QStringLiteral("FILE")});
    int code = Ok;
    if (!parse(parser, args, code))
        return code;
    if (!parser.isSet(QStringLiteral("from")))
        return usage(parser, HubCliTr::tr("Name the city with --from FILE.gpkg."));
    auto conn = adminConnection(parser);
    if (!conn)
        return fail(conn.error());
    auto db = Storage::Database::open(parser.value(QStringLiteral("from")),
                                      Storage::Database::OpenMode::ReadOnly);
    if (!db)
        return fail(db.error());
    auto report = Sync::BasemapSync(*conn.value()).publish(*db.value());
    if (!report)
        return fail(report.error());
    out() << basemapLine(report.value()) << "\n";
    return Ok;
}

int runHubUser(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(HubCliTr::tr(
        "hub user add LOGIN: create or update the hub login of a CityCommand user (password on "
        "standard input). Without --role the user must exist on the hub (seeded)."));
    parser.addOption(urlOption());
    parser.addOption({QStringLiteral("role"),
                      HubCliTr::tr("A role of the user (repeatable); replaces the hub's roles."),
                      QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("department"),
                      HubCliTr::tr("The department (code or id) of a department user."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("name"), HubCliTr::tr("Display name of a new user."),
                      QStringLiteral("NAME")});
    parser.addPositionalArgument(QStringLiteral("add"), HubCliTr::tr("add"));
    parser.addPositionalArgument(QStringLiteral("LOGIN"), HubCliTr::tr("The login."));
    int code = Ok;
    if (!parse(parser, args, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional[0] != QLatin1String("add"))
        return usage(parser,
                     HubCliTr::tr("Use: cityctl hub user add LOGIN --url URL [--role ROLE]…"));
    auto password = readSecret(HubCliTr::tr("Hub password for %1: ").arg(positional[1]));
    if (!password)
        return fail(password.error());
    auto conn = adminConnection(parser);
    if (!conn)
        return fail(conn.error());
    Sync::HubAdmin admin(*conn.value());
    auto r = admin.addUser(positional[1], password.value(), parser.values(QStringLiteral("role")),
                           parser.value(QStringLiteral("department")),
                           parser.value(QStringLiteral("name")));
    if (!r)
        return fail(r.error());
    out() << HubCliTr::tr("Hub login %1 is ready.").arg(positional[1]) << "\n";
    return Ok;
}

/// The password of a joined workstation: CITYCOMMAND_HUB_PASSWORD (kiosks, tests), else the
/// credential store.
Result<Sync::HubCredentials> workstationCredentials(Storage::Database &db)
{
    auto link = Sync::SyncClient::link(db);
    if (!link)
        return link.error();
    if (!link->isValid())
        return makeError("sync.not-joined",
                         HubCliTr::tr("This database has not joined a hub (cityctl sync join)."));
    Sync::HubCredentials c{link->url, link->user, {}, 5};
    c.password = qEnvironmentVariable("CITYCOMMAND_HUB_PASSWORD");
    if (c.password.isEmpty()) {
        Sync::CredentialStore store;
        c.password = store.load(link->url, link->user).value_or(QString());
    }
    if (c.password.isEmpty())
        return makeError(
            "sync.no-password",
            HubCliTr::tr(
                "No stored password for hub login %1; join again or set CITYCOMMAND_HUB_PASSWORD.")
                .arg(link->user));
    return c;
}

int runSyncJoin(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(HubCliTr::tr(
        "Join a hub: download a snapshot of the city into a new local database (password on "
        "standard input, kept in the keyring or an owner-only file)."));
    parser.addOption(dbOption());
    parser.addOption(urlOption());
    parser.addOption({QStringLiteral("user"),
                      HubCliTr::tr("The hub login (your CityCommand login)."),
                      QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("no-save-password"),
                      HubCliTr::tr("Do not keep the password on this workstation.")});
    int code = Ok;
    if (!parse(parser, args, code))
        return code;
    const QString path = parser.value(QStringLiteral("db"));
    Sync::HubCredentials c{parser.value(QStringLiteral("url")),
                           parser.value(QStringLiteral("user")),
                           {},
                           5};
    if (path.isEmpty() || c.url.isEmpty() || c.user.isEmpty())
        return usage(parser, HubCliTr::tr("Give --db FILE, --url URL and --user LOGIN."));
    auto password = readSecret(HubCliTr::tr("Hub password for %1: ").arg(c.user));
    if (!password)
        return fail(password.error());
    c.password = password.value();
    int lastPercent = -1;
    auto report = Sync::SyncClient::join(path, c, [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent / 10 != lastPercent / 10) {
            err() << HubCliTr::tr("snapshot: %1% (%2 of %3 rows)").arg(percent).arg(done).arg(total)
                  << "\n";
            err().flush();
            lastPercent = percent;
        }
    });
    if (!report)
        return fail(report.error());
    if (!parser.isSet(QStringLiteral("no-save-password"))) {
        Sync::CredentialStore store;
        if (auto r = store.save(c.url, c.user, c.password); !r)
            return fail(r.error());
    }
    out() << HubCliTr::tr("Joined: %1 rows in %2 s (%3 rows/s), watermark %4.")
                 .arg(report->rows)
                 .arg(report->seconds, 0, 'f', 2)
                 .arg(report->seconds > 0 ? qint64(report->rows / report->seconds) : report->rows)
                 .arg(report->watermark)
          << "\n";
    return Ok;
}

QString reportLine(const Sync::SyncReport &r)
{
    QString line
        = HubCliTr::tr(
              "pushed %1 (applied %2, refused %3), pulled %4 (applied %5, kept local %6), cursor %7")
              .arg(r.push.sent)
              .arg(r.push.applied)
              .arg(r.push.rejected)
              .arg(r.pull.received)
              .arg(r.pull.applied)
              .arg(r.pull.skipped)
              .arg(r.pull.cursor);
    if (r.basemap.changed)
        line += HubCliTr::tr("; basemap version %1 applied (%2 areas, %3 lines)")
                    .arg(r.basemap.version)
                    .arg(r.basemap.areas)
                    .arg(r.basemap.lines);
    if (r.clips.chunks > 0 || r.clips.clipsStored > 0)
        line += HubCliTr::tr("; clips: %1 MB sent, %2 stored on the hub")
                    .arg(double(r.clips.bytes) / (1 << 20), 0, 'f', 1)
                    .arg(r.clips.clipsStored);
    for (const QString &problem : r.clips.problems)
        line += QStringLiteral("; ") + problem;
    if (r.push.waitingForOtherUser > 0)
        line += HubCliTr::tr("; %1 entries wait for %2 to sync")
                    .arg(r.push.waitingForOtherUser)
                    .arg(r.push.waitingUser);
    return line;
}

int runSyncOnce(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        HubCliTr::tr("Push the outbox to the hub, then pull the hub's changes."));
    parser.addOption(dbOption());
    int code = Ok;
    if (!parse(parser, args, code))
        return code;
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return fail(db.error());
    auto c = workstationCredentials(*db.value());
    if (!c)
        return fail(c.error());
    Sync::SyncClient client(*db.value(), c.value());
    // Test hook for the crash test: stop between the hub's answer and the local ack.
    if (qEnvironmentVariableIsSet("CC_SYNC_PAUSE_BEFORE_ACK")) {
        client.setPauseBeforeAck([] {
            out() << "paused-before-ack" << Qt::endl;
            ::pause();
        });
    }
    auto report = client.syncOnce();
    if (!report)
        return fail(report.error());
    // Clips' bytes go up a slice per round: once means until they are all there.
    Sync::SyncReport total = report.value();
    while (report->clips.more) {
        report = client.syncOnce();
        if (!report)
            return fail(report.error());
        total.clips.chunks += report->clips.chunks;
        total.clips.bytes += report->clips.bytes;
        total.clips.clipsStored += report->clips.clipsStored;
        total.clips.problems += report->clips.problems;
    }
    out() << reportLine(total) << "\n";
    return Ok;
}

// An administrator's workstation publishes its basemap through its own hub login (the hub
// refuses anyone else: basemap.forbidden-role).
int runSyncBasemap(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(HubCliTr::tr(
        "Publish this database's basemap as the hub's next version (administrators only)."));
    parser.addOption(dbOption());
    int code = Ok;
    if (!parse(parser, args, code))
        return code;
    auto db = openDb(parser, Storage::Database::OpenMode::ReadOnly);
    if (!db)
        return fail(db.error());
    auto c = workstationCredentials(*db.value());
    if (!c)
        return fail(c.error());
    auto conn = Sync::PgConnection::connect(c.value());
    if (!conn)
        return fail(conn.error());
    auto report = Sync::BasemapSync(*conn.value()).publish(*db.value());
    if (!report)
        return fail(report.error());
    out() << basemapLine(report.value()) << "\n";
    return Ok;
}

int runSyncRun(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(HubCliTr::tr(
        "Keep the database in step with the hub: push as the outbox fills, pull when the hub "
        "rings (LISTEN/NOTIFY) and every poll interval."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("for"),
                      HubCliTr::tr("Stop after this many seconds (default: until SIGTERM/SIGINT)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("poll"),
                      HubCliTr::tr("Poll interval in seconds (default 30)."), QStringLiteral("S")});
    int code = Ok;
    if (!parse(parser, args, code))
        return code;
    const QString path = parser.value(QStringLiteral("db"));
    QString password;
    {
        auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
        if (!db)
            return fail(db.error());
        auto c = workstationCredentials(*db.value());
        if (!c)
            return fail(c.error());
        password = c->password;
    }
    Sync::SyncEngine engine(path, Sync::HubCredentials{{}, {}, password, 5});
    if (parser.isSet(QStringLiteral("poll")))
        engine.setPollIntervalMs(int(parser.value(QStringLiteral("poll")).toDouble() * 1000));
    QObject::connect(&engine, &Sync::SyncEngine::statusChanged, [](const Sync::SyncStatus &s) {
        static Sync::SyncStatus::State last = Sync::SyncStatus::State::Invalid;
        if (s.state == last || s.state == Sync::SyncStatus::State::Syncing)
            return;
        last = s.state;
        switch (s.state) {
        case Sync::SyncStatus::State::Connected:
            out() << HubCliTr::tr("connected") << Qt::endl;
            break;
        case Sync::SyncStatus::State::Offline:
            out() << HubCliTr::tr("offline: %1").arg(s.lastError) << Qt::endl;
            break;
        case Sync::SyncStatus::State::Standalone:
            out() << HubCliTr::tr("not joined to a hub") << Qt::endl;
            break;
        default:
            break;
        }
    });
    QObject::connect(&engine, &Sync::SyncEngine::synced, [](int pulled, int pushed, int rejected) {
        out() << HubCliTr::tr("synced: pulled %1, pushed %2, refused %3")
                     .arg(pulled)
                     .arg(pushed)
                     .arg(rejected)
              << Qt::endl;
    });
    // SIGTERM/SIGINT end the loop cleanly (through a pipe: only async-signal-safe work in the handler).
    static int pipeFds[2] = {-1, -1};
    if (::pipe(pipeFds) == 0) {
        auto handler = [](int) { (void) !::write(pipeFds[1], "x", 1); };
        std::signal(SIGTERM, handler);
        std::signal(SIGINT, handler);
        auto *notifier = new QSocketNotifier(pipeFds[0], QSocketNotifier::Read, &engine);
        QObject::connect(notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    }
    if (parser.isSet(QStringLiteral("for")))
        QTimer::singleShot(int(parser.value(QStringLiteral("for")).toDouble() * 1000), qApp,
                           &QCoreApplication::quit);
    engine.start();
    if (engine.status().state == Sync::SyncStatus::State::Standalone)
        return fail(
            makeError("sync.not-joined",
                      HubCliTr::tr("This database has not joined a hub (cityctl sync join).")));
    const int rc = QCoreApplication::exec();
    engine.stop();
    return rc == 0 ? Ok : Refused;
}

int runSyncStatus(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(HubCliTr::tr(
        "The hub this database joined, its cursor, the outbox and unresolved conflicts."));
    parser.addOption(dbOption());
    int code = Ok;
    if (!parse(parser, args, code))
        return code;
    auto db = openDb(parser, Storage::Database::OpenMode::ReadOnly);
    if (!db)
        return fail(db.error());
    auto link = Sync::SyncClient::link(*db.value());
    if (!link)
        return fail(link.error());
    if (!link->isValid()) {
        out() << HubCliTr::tr("Stand-alone: no hub configured.") << "\n";
        return Ok;
    }
    auto cursor = db.value()->prepare(QStringLiteral(
        "SELECT seq, updated_at, scope FROM sync_cursor ORDER BY updated_at DESC LIMIT 1"));
    qint64 seq = 0;
    QString at;
    if (cursor) {
        auto row = cursor.value().step();
        if (!row)
            return fail(row.error());
        if (!row.value())
            return fail(
                makeError("sync.not-joined", HubCliTr::tr("This database has no sync cursor.")));
        seq = cursor.value().integer(0);
        at = cursor.value().text(1);
    }
    auto conflicts = Storage::ConflictRepository(*db.value()).unresolved();
    out() << HubCliTr::tr("hub user: %1").arg(link->user) << "\n"
          << HubCliTr::tr("cursor: %1 (last pull %2)").arg(seq).arg(at) << "\n"
          << HubCliTr::tr("outbox: %1 entries").arg(db.value()->rowCount(QStringLiteral("outbox")))
          << "\n"
          << HubCliTr::tr("conflicts: %1 unresolved").arg(conflicts ? conflicts->size() : 0)
          << "\n";
    return Ok;
}

int runSyncConflicts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        HubCliTr::tr("Actions the hub refused, with this workstation's and the hub's version."));
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("json"), HubCliTr::tr("One JSON object per line.")});
    int code = Ok;
    if (!parse(parser, args, code))
        return code;
    auto db = openDb(parser, Storage::Database::OpenMode::ReadOnly);
    if (!db)
        return fail(db.error());
    auto conflicts = Storage::ConflictRepository(*db.value()).unresolved();
    if (!conflicts)
        return fail(conflicts.error());
    for (const Storage::ConflictRow &c : conflicts.value()) {
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject o{{"id", c.id},
                          {"entity", c.entity},
                          {"rowId", c.rowId},
                          {"reason", c.reason},
                          {"createdAt", Storage::isoUtc(c.createdAt)},
                          {"local", QJsonDocument::fromJson(c.localPayload.toUtf8()).object()},
                          {"remote", QJsonDocument::fromJson(c.remotePayload.toUtf8()).object()}};
            out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
        } else {
            const QJsonObject local = QJsonDocument::fromJson(c.localPayload.toUtf8()).object();
            out() << Storage::isoUtc(c.createdAt) << "  "
                  << local.value(QStringLiteral("after"))
                         .toObject()
                         .value(QStringLiteral("number"))
                         .toString()
                  << "  " << local.value(QStringLiteral("action")).toString() << "  " << c.reason
                  << "\n";
        }
    }
    return Ok;
}

/// Runs the sub-command args[1] with its own arguments (args[0] names "cityctl <cmd> <sub>").
int dispatch(const QStringList &args,
             std::initializer_list<std::pair<const char *, int (*)(const QStringList &)>> subs,
             const QString &usage)
{
    const QString sub = args.size() > 1 ? args[1] : QString();
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0) + QLatin1Char(' ') + sub);
    for (const auto &[name, run] : subs) {
        if (sub == QLatin1String(name))
            return run(rest);
    }
    err() << usage << "\n";
    return Usage;
}

} // namespace

int runHub(const QStringList &args)
{
    return dispatch(args,
                    {{"init", runHubInit},
                     {"seed", runHubSeed},
                     {"basemap", runHubBasemap},
                     {"user", runHubUser}},
                    HubCliTr::tr(
                        "Usage: cityctl hub init|seed|basemap|user add … (--help on each)"));
}

int runSync(const QStringList &args)
{
    return dispatch(args,
                    {{"join", runSyncJoin},
                     {"once", runSyncOnce},
                     {"run", runSyncRun},
                     {"status", runSyncStatus},
                     {"conflicts", runSyncConflicts},
                     {"basemap", runSyncBasemap}},
                    HubCliTr::tr("Usage: cityctl sync join|once|run|status|conflicts|basemap … "
                                 "(--help on each)"));
}

} // namespace Cc::Cli
