// SPDX-License-Identifier: GPL-3.0-or-later
// Hub sync benchmark (issue 5), on a throwaway PostgreSQL 15 + PostGIS cluster on loopback:
//   - seed rate (GeoPackage → hub, COPY) and initial snapshot rate (hub → new GeoPackage);
//   - propagation latency A → hub → B (B runs `cityctl sync run`, woken by NOTIFY), p50/p95;
//   - the same while another workstation pushes the most a push may carry (a collector's
//     queue of --stress N reports going up in pushes of the hub's cap), and the cost per entry
//     of single pushes of 100, 1,000 and 5,000 entries (linear: the same per entry);
//   - push rate of a queued hour of offline work (1,200 actions, one every 3 s);
//   - the hub's load with 20 workstations connected, idle and busy (transactions/s).
// Figures and ratios against the targets of docs/design.md §9; never asserts timings.
// Options: --cases N (cases in the hub, default 67000: the demo city; more: see below),
//          --components N (default 100000), --samples N (latency samples, default 200),
//          --offline N (queued actions, default 1200), --offline-rounds N (that many pushes of
//          them, and the median; default 3), --stress N (the other workstation's queue while
//          latency is measured again, default 10000), --clients N (connected workstations for
//          the load figure, default 20), --only snapshot (seed and snapshot figures only),
//          --only latency (up to the first latency figures), --joins N (the snapshot N
//          times, each into a new file, and the median),
//          --demo FILE (the demo city's GeoPackage: reused when it exists, else written there).
// Cases beyond the demo's 67,000 (the target is 1,000,000: `--cases 1000000 --only
// snapshot`) are not written through the service (hours): the hub's year of demo cases, with
// their events and attachments, is copied into earlier years in PostgreSQL (ids with the
// UUIDv7 time moved back like every date, so they stay time-ordered as real ones; numbers
// with a -k suffix), then vacuumed as a hub in service would be.
#include "../hub/pgcluster.h"
#include "../integration/cityctlrunner.h"

#include <cc/cases/caseservice.h>
#include <cc/core/category.h>
#include <cc/core/workcalendar.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>
#include <cc/sync/syncclient.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <thread>

using namespace Cc;

namespace {

const QString kPassword = QStringLiteral("bench-pass-2026");

int option(const QStringList &args, const char *name, int fallback)
{
    const qsizetype at = args.indexOf(QString::fromLatin1(name));
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

/// This process's CPU so far, in user and kernel mode, and its page faults.
struct Cpu
{
    double user = 0, system = 0;
    long faults = 0;

    static Cpu now()
    {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        return {u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6,
                u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6, u.ru_minflt + u.ru_majflt};
    }
    Cpu operator-(const Cpu &o) const
    {
        return {user - o.user, system - o.system, faults - o.faults};
    }
    double seconds() const { return user + system; }
};

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(what));
    std::exit(1);
}

struct Station
{
    std::unique_ptr<Storage::Database> db;
    std::unique_ptr<Cases::CaseService> service;
    std::unique_ptr<Sync::SyncClient> client;
    Cases::Actor actor;
};

Station open(const QString &path, const QString &login, Core::Role role,
             const Sync::HubCredentials &c)
{
    Station s;
    auto db = Storage::Database::open(path, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        die(db.error().message);
    s.db = std::move(db).value();
    s.service = std::make_unique<Cases::CaseService>(*s.db, Core::CategoryDictionary::builtin(),
                                                     Core::WorkCalendar::chinaDefault());
    auto actor = s.service->actor(login, role);
    if (!actor)
        die(actor.error().message);
    s.actor = actor.value();
    s.client = std::make_unique<Sync::SyncClient>(*s.db, c);
    return s;
}

QString report(Station &s, const QString &grid)
{
    Cases::NewReport r;
    r.channel = QStringLiteral("hotline-12345");
    r.categoryKey = QStringLiteral("event:0102");
    r.description = QStringLiteral("暴露垃圾");
    r.gridCode = grid;
    auto row = s.service->report(r, s.actor);
    if (!row)
        die(row.error().message);
    return row->id;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0
                       : v[std::min<qsizetype>(v.size() - 1, qsizetype(p * (v.size() - 1) + 0.5))];
}

/// Copies the hub's seed year of cases back by 364 days × k (k = 1, 2, …) until it holds
/// `target` cases; returns the cases added.
qint64 copyYears(Sync::PgConnection &admin, qint64 target)
{
    const auto must = [&](const QString &sql) {
        if (auto r = admin.command(sql); !r)
            die(r.error().message + QStringLiteral("\n") + sql);
    };
    // Bench only, as superuser: no per-row stamp or foreign-key triggers while copying (the
    // rows are copies of checked ones; change_seq is stamped here).
    must(QStringLiteral("SET session_replication_role = replica; SET TIME ZONE 'UTC'"));
    must(QStringLiteral("CREATE TEMP TABLE seed_case AS SELECT id FROM cc.case_record"));
    auto seed = admin.exec(QStringLiteral("SELECT count(*) FROM seed_case"));
    if (!seed)
        die(seed.error().message);
    const qint64 perYear = seed->integer(0, 0);
    if (perYear == 0)
        die(QStringLiteral("the hub has no cases to copy"));
    const QStringList times{"stage_started_at",  "stage_deadline",
                            "disposal_deadline", "reported_at",
                            "filed_at",          "dispatched_at",
                            "disposed_at",       "closed_at",
                            "updated_at",        "at",
                            "deadline",          "created_at"};
    qint64 have = perYear;
    for (int k = 1; have < target; ++k) {
        const qint64 n = std::min(perYear, target - have);
        const QString days = QString::number(364 * k);
        // A UUIDv7's first 48 bits are its time in ms: moved back with the dates.
        const auto shiftId = [&](const QString &column) {
            return QStringLiteral(
                       "CASE WHEN substr(t.%1, 15, 1) = '7' THEN (SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) "
                       "|| substr(t.%1, 14) FROM (SELECT lpad(to_hex(('x' || substr(t.%1, 1, 8) || substr(t.%1, 10, 4))"
                       "::bit(48)::bigint - %2::bigint * 86400000), 12, '0') AS h) s) "
                       "ELSE md5(t.%1 || '%3')::uuid::text END")
                .arg(column, days)
                .arg(k);
        };
        must(
            QStringLiteral(
                "DROP TABLE IF EXISTS pick; CREATE TEMP TABLE pick AS SELECT id FROM seed_case ORDER BY id LIMIT %1")
                .arg(n));
        for (const QString &table : {QStringLiteral("case_record"), QStringLiteral("case_event"),
                                     QStringLiteral("attachment")}) {
            auto cols = admin.exec(
                QStringLiteral(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'cc' "
                    "AND table_name = $1 ORDER BY ordinal_position"),
                {table});
            if (!cols)
                die(cols.error().message);
            QStringList names, values;
            for (int i = 0; i < cols->rows(); ++i) {
                const QString c = cols->text(i, 0);
                names.append(c);
                if (c == QLatin1String("id") || c == QLatin1String("case_id")
                    || c == QLatin1String("event_id"))
                    values.append(QStringLiteral("CASE WHEN t.%1 IS NULL THEN NULL ELSE %2 END")
                                      .arg(c, shiftId(c)));
                else if (c == QLatin1String("number"))
                    values.append(QStringLiteral("t.number || '-%1'").arg(k));
                else if (c == QLatin1String("change_seq"))
                    values.append(QStringLiteral("nextval('cc.change_seq')"));
                else if (times.contains(c))
                    values.append(QStringLiteral("to_char(t.%1::timestamptz - interval '%2 days', "
                                                 "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                                      .arg(c, days));
                else
                    values.append(QStringLiteral("t.") + c);
            }
            const QString key = table == QLatin1String("case_record") ? QStringLiteral("id")
                                                                      : QStringLiteral("case_id");
            must(QStringLiteral(
                     "INSERT INTO cc.%1 (%2) SELECT %3 FROM cc.%1 t JOIN pick p ON p.id = t.%4")
                     .arg(table, names.join(QStringLiteral(", ")),
                          values.join(QStringLiteral(", ")), key));
        }
        have += n;
        std::fprintf(stderr, "  hub: %lld cases\n", static_cast<long long>(have));
    }
    must(QStringLiteral("RESET session_replication_role"));
    for (const char *table : {"case_record", "case_event", "attachment"})
        must(QStringLiteral("VACUUM ANALYZE cc.%1").arg(QLatin1String(table)));
    return have - perYear;
}

/// Reports `n` cases on `s` without syncing (its outbox grows).
void queueReports(Station &s, const QString &grid, int n)
{
    for (int i = 0; i < n; ++i)
        report(s, grid);
}

struct Latencies
{
    QList<double> total; // A reports → the case is on B's disk
    QList<double> push;  // of which A's sync round (push to the hub, pull of the hub's row)
};

/// Samples A → hub → B latency until `samples` are taken or `keepGoing` says stop: A reports
/// and syncs, B (its own process) has it once its database shows the case.
Latencies sampleLatency(Station &a, Storage::Database &b, const QString &grid, int samples,
                        const std::function<bool()> &keepGoing)
{
    Latencies latencies;
    auto find = b.prepare(QStringLiteral("SELECT 1 FROM case_record WHERE id = ?1"));
    for (int i = 0; i < samples && keepGoing(); ++i) {
        const QString id = report(a, grid);
        QElapsedTimer l;
        l.start();
        if (auto s = a.client->syncOnce(); !s)
            die(s.error().message);
        latencies.push.append(l.nsecsElapsed() / 1e6);
        bool seen = false;
        while (!seen && l.elapsed() < 10000) {
            find.value().reset();
            find.value().bindText(1, id);
            seen = find.value().step().value();
            if (!seen)
                QThread::usleep(1000);
        }
        if (!seen)
            std::printf("  a case did not arrive within 10 s (counted as 10 s)\n");
        latencies.total.append(l.nsecsElapsed() / 1e6);
        QThread::msleep(50);
    }
    return latencies;
}

std::unique_ptr<Sync::PgConnection> hubAdmin(const QString &hubUrl)
{
    auto admin = Sync::PgConnection::connect(
        {hubUrl, QStringLiteral("postgres"), HubTest::PgCluster::password(), 5});
    if (!admin)
        die(admin.error().message);
    return std::move(admin).value();
}

/// Where the hub's time went since its counters were reset (while the latency samples ran,
/// or the offline hours were pushed): the functions with the most time of their own
/// (pg_stat_user_functions), per sample or action (`per`).
void printHubFunctions(Sync::PgConnection &admin, int count, const char *per = "sample")
{
    auto top = admin.exec(
        QStringLiteral("SELECT funcname, calls, total_time, self_time FROM pg_stat_user_functions "
                       "WHERE schemaname = 'cc' ORDER BY self_time DESC LIMIT 12"));
    if (!top)
        die(top.error().message);
    std::printf("  the hub's functions by time of their own, per %s (ms self / total, calls):\n",
                per);
    for (int r = 0; r < top->rows(); ++r)
        std::printf("    %-28s %7.2f / %7.2f  %6.1f\n", top->data(r, 0),
                    QByteArray(top->data(r, 3)).toDouble() / count,
                    QByteArray(top->data(r, 2)).toDouble() / count,
                    QByteArray(top->data(r, 1)).toDouble() / count);
}

/// Single pushes of 100, 1,000 and 5,000 entries (the hub's cap raised for the larger ones):
/// milliseconds per entry, which a linear push keeps the same.
void pushCostBySize(Station &c, Sync::PgConnection &admin, const QString &grid)
{
    for (int size : {100, 1000, 5000}) {
        queueReports(c, grid, size);
        if (!admin.command(QStringLiteral(
                               "UPDATE cc.hub_meta SET value = $1 WHERE key = 'push_max_entries'"),
                           {QString::number(size)}))
            die(QStringLiteral("cannot set the push cap"));
        QElapsedTimer t;
        t.start();
        auto pushed = c.client->push();
        if (!pushed || pushed->applied != size)
            die(pushed ? QStringLiteral("push of %1: %2 applied").arg(size).arg(pushed->applied)
                       : pushed.error().message);
        const double ms = t.nsecsElapsed() / 1e6;
        std::printf("  one push of %5d entries: %8.1f ms = %.3f ms per entry\n", size, ms,
                    ms / size);
    }
    if (!admin.command(
            QStringLiteral("UPDATE cc.hub_meta SET value = '500' WHERE key = 'push_max_entries'")))
        die(QStringLiteral("cannot set the push cap"));
}

} // namespace

/// One join into a new file, its steps and rate printed; the rate returned.
double joinAndReport(const QString &path, const Sync::HubCredentials &credentials, int cases)
{
    const Cpu before = Cpu::now();
    auto joined = Sync::SyncClient::join(path, credentials);
    if (!joined)
        die(joined.error().message);
    const Cpu used = Cpu::now() - before;
    const double rate = joined->rows / joined->seconds;
    for (const Sync::JoinTable &table : joined->tables) {
        if (table.rows > 0)
            std::printf("  %-20s %9lld rows %8.2f s %9.0f rows/s\n", qPrintable(table.name),
                        static_cast<long long>(table.rows), table.seconds,
                        table.rows / std::max(table.seconds, 1e-6));
    }
    for (const Sync::JoinTable &step : joined->steps)
        std::printf("  finish: %-28s %8.2f s\n", qPrintable(step.name), step.seconds);
    std::printf("  %-20s %19s %8.2f s (rebuilds, settings, commit)\n", "finish", "",
                joined->finishSeconds);
    std::printf("snapshot (hub → new GeoPackage), %d cases: %lld rows in %.2f s = %.0f rows/s  "
                "(target ≥ 50,000 rows/s: ratio %.2f)\n",
                cases, static_cast<long long>(joined->rows), joined->seconds, rate, rate / 50000.0);
    // The workstation's own CPU (all its threads): steadier than the wall clock on a machine
    // shared with builds, and the hub's part is the rest.
    std::printf(
        "  the workstation's CPU: %.2f s (user %.2f, kernel %.2f, %ld page faults; %.0f rows "
        "per CPU second)\n",
        used.seconds(), used.user, used.system, used.faults, joined->rows / used.seconds());
    std::fflush(stdout);
    return rate;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int cases = option(args, "--cases", 67000);
    const int components = option(args, "--components", 100000);
    const int samples = option(args, "--samples", 200);
    const int offline = option(args, "--offline", 1200);
    const int joins = option(args, "--joins", 1);
    const int offlineRounds = option(args, "--offline-rounds", 3);
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt >= 0 ? args.value(onlyAt + 1) : QString();
    const bool onlySnapshot = only == QLatin1String("snapshot");
    const int demoCases = std::min(cases, 67000);

    QTemporaryDir dir;
    qputenv("PGPASSWORD", HubTest::PgCluster::password().toUtf8());
    qputenv("CITYCOMMAND_HUB_PASSWORD", kPassword.toUtf8());
    qputenv("CC_HUB_CREDENTIALS", dir.filePath(QStringLiteral("credentials.json")).toUtf8());
    HubTest::PgCluster cluster;
    QString why;
    if (!cluster.start(&why))
        die(why);
    {
        auto admin = Sync::PgConnection::connect({cluster.url(QStringLiteral("postgres")),
                                                  QStringLiteral("postgres"),
                                                  HubTest::PgCluster::password(), 5});
        // Time per hub function (pg_stat_user_functions), printed after the latency samples.
        if (!admin || !admin.value()->command(QStringLiteral("CREATE DATABASE city"))
            || !admin.value()->command(
                QStringLiteral("ALTER DATABASE city SET track_functions = 'all'")))
            die(QStringLiteral("cannot create the hub database"));
    }
    const QString adminUrl = QStringLiteral("postgresql://postgres@127.0.0.1:%1/city")
                                 .arg(cluster.port());
    const QString hubUrl = cluster.url(QStringLiteral("city"));
    const qsizetype demoAt = args.indexOf(QStringLiteral("--demo"));
    const QString demo = demoAt >= 0 && demoAt + 1 < args.size()
                             ? args[demoAt + 1]
                             : dir.filePath(QStringLiteral("demo.gpkg"));
    std::printf("bench_sync: demo city with %d cases and %d components\n", demoCases, components);
    std::fflush(stdout);
    QElapsedTimer t;
    t.start();
    CityctlTest::Run r;
    if (!QFileInfo::exists(demo)) {
        r = CityctlTest::cityctl({QStringLiteral("init-demo"), QStringLiteral("--db"), demo,
                                  QStringLiteral("--cases"), QString::number(demoCases),
                                  QStringLiteral("--components"), QString::number(components)},
                                 {}, {}, 30 * 60 * 1000);
        if (r.code != 0)
            die(CityctlTest::describe(r));
        std::printf("demo city written in %.1f s\n", t.elapsed() / 1000.0);
    }
    if (r = CityctlTest::cityctl(
            {QStringLiteral("hub"), QStringLiteral("init"), QStringLiteral("--url"), adminUrl});
        r.code != 0)
        die(CityctlTest::describe(r));
    t.restart();
    if (r = CityctlTest::cityctl({QStringLiteral("hub"), QStringLiteral("seed"),
                                  QStringLiteral("--url"), adminUrl, QStringLiteral("--from"),
                                  demo});
        r.code != 0)
        die(CityctlTest::describe(r));
    const double seedS = t.elapsed() / 1000.0;
    std::printf("seed (GeoPackage → hub, COPY):   %.1f s\n", seedS);
    std::fflush(stdout);
    if (cases > demoCases) {
        auto admin = Sync::PgConnection::connect(
            {hubUrl, QStringLiteral("postgres"), HubTest::PgCluster::password(), 5});
        if (!admin)
            die(admin.error().message);
        t.restart();
        const qint64 added = copyYears(*admin.value(), cases);
        std::printf(
            "hub: %lld more cases copied into earlier years, with their events, in %.1f s\n",
            static_cast<long long>(added), t.elapsed() / 1000.0);
        std::fflush(stdout);
    }
    for (const QString &login :
         {QStringLiteral("op01"), QStringLiteral("sl01"), QStringLiteral("op02")}) {
        if (r = CityctlTest::cityctl({QStringLiteral("hub"), QStringLiteral("user"),
                                      QStringLiteral("add"), login, QStringLiteral("--url"),
                                      adminUrl},
                                     kPassword.toUtf8() + '\n');
            r.code != 0)
            die(CityctlTest::describe(r));
    }

    // Snapshot: a new workstation joins (--joins N: N times into new files, the first kept).
    const QString slPath = dir.filePath(QStringLiteral("sl.gpkg")),
                  opPath = dir.filePath(QStringLiteral("op.gpkg"));
    QList<double> rates;
    for (int i = 0; i < std::max(1, joins); ++i) {
        const QString path = i == 0 ? slPath : dir.filePath(QStringLiteral("again.gpkg"));
        rates.append(joinAndReport(path, {hubUrl, QStringLiteral("sl01"), kPassword, 5}, cases));
        if (i > 0)
            QFile::remove(path);
    }
    if (rates.size() > 1) {
        std::sort(rates.begin(), rates.end());
        std::printf("snapshot, %lld joins: median %.0f rows/s (lowest %.0f, highest %.0f)\n",
                    static_cast<long long>(rates.size()), rates[rates.size() / 2], rates.first(),
                    rates.last());
        std::fflush(stdout);
    }
    if (onlySnapshot)
        return 0;
    if (auto j = Sync::SyncClient::join(opPath, {hubUrl, QStringLiteral("op01"), kPassword, 5}); !j)
        die(j.error().message);

    Station op = open(opPath, QStringLiteral("op01"), Core::Role::Operator,
                      {hubUrl, QStringLiteral("op01"), kPassword, 5});
    QString grid;
    {
        auto g = op.db->prepare(QStringLiteral("SELECT code FROM grid_unit LIMIT 1"));
        if (g && g.value().step().value())
            grid = g.value().text(0);
    }

    // Latency: B syncs in its own process, woken by the doorbell (poll every 10 minutes).
    // Its status lines go to a file: nobody reads a pipe while the samples run, and a full pipe
    // would stop it mid-round.
    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    const QString runLog = dir.filePath(QStringLiteral("sync-run.log"));
    run.setStandardOutputFile(runLog);
    run.start(CityctlTest::kCityctl,
              {QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--db"), slPath,
               QStringLiteral("--poll"), QStringLiteral("600")});
    QElapsedTimer wait;
    wait.start();
    const auto connected = [&] {
        QFile f(runLog);
        return f.open(QIODevice::ReadOnly) && f.readAll().contains("connected");
    };
    while (!connected() && wait.elapsed() < 30000)
        QThread::msleep(100);
    QThread::msleep(500);
    auto sl = Storage::Database::open(slPath, Storage::Database::OpenMode::ReadOnly);
    if (!sl)
        die(sl.error().message);
    const std::unique_ptr<Sync::PgConnection> admin = hubAdmin(hubUrl);
    if (!admin->command(QStringLiteral("SELECT pg_stat_reset()")))
        die(QStringLiteral("cannot reset the hub's statistics"));
    const Latencies latencies = sampleLatency(op, *sl.value(), grid, samples, [] { return true; });
    const double p50 = percentile(latencies.total, 0.5), p95 = percentile(latencies.total, 0.95);
    std::printf(
        "propagation A → hub → B (%d samples, NOTIFY): p50 %.1f ms, p95 %.1f ms  (target p95 < 300 ms: ratio %.2f)\n"
        "  of which A's sync round (push, the hub's row back): p50 %.1f ms, p95 %.1f ms\n",
        samples, p50, p95, p95 / 300.0, percentile(latencies.push, 0.5),
        percentile(latencies.push, 0.95));
    printHubFunctions(*admin, samples);
    std::fflush(stdout);
    if (only == QLatin1String("latency"))
        return 0;

    // Again while a third workstation (a collector back from a day offline) pushes its queue
    // in pushes of the hub's cap, back to back: one workstation must not stall the others.
    const int stress = option(args, "--stress", 10000);
    const QString cPath = dir.filePath(QStringLiteral("c.gpkg"));
    if (auto j = Sync::SyncClient::join(cPath, {hubUrl, QStringLiteral("op02"), kPassword, 5}); !j)
        die(j.error().message);
    Station c = open(cPath, QStringLiteral("op02"), Core::Role::Operator,
                     {hubUrl, QStringLiteral("op02"), kPassword, 5});
    t.restart();
    queueReports(c, grid, stress);
    std::printf("other workstation: %d reports queued in %.1f s\n", stress, t.elapsed() / 1000.0);
    std::fflush(stdout);
    std::atomic_bool pushing = true;
    double stressSeconds = 0;
    std::thread pusher([&] {
        QElapsedTimer p;
        p.start();
        auto pushed = c.client->push();
        stressSeconds = p.elapsed() / 1000.0;
        if (!pushed || pushed->applied != stress)
            die(pushed ? QStringLiteral("the stress push applied %1").arg(pushed->applied)
                       : pushed.error().message);
        pushing = false;
    });
    const QList<double> loaded = sampleLatency(op, *sl.value(), grid, 1000000, [&] {
                                     return pushing.load();
                                 }).total;
    pusher.join();
    std::printf(
        "while another workstation pushes %d entries in pushes of at most 500 (%.1f s, %.0f entries/s): "
        "%lld samples, p50 %.1f ms, p95 %.1f ms  (target p95 < 300 ms: ratio %.2f)\n",
        stress, stressSeconds, stress / stressSeconds, static_cast<long long>(loaded.size()),
        percentile(loaded, 0.5), percentile(loaded, 0.95), percentile(loaded, 0.95) / 300.0);
    std::fflush(stdout);
    run.terminate();
    run.waitForFinished(10000);
    std::printf("push cost by size (the same per entry: linear):\n");
    pushCostBySize(c, *admin, grid);
    std::fflush(stdout);

    // An hour of offline work: reports and acceptances queued while the hub is away. A push
    // of 1,200 actions lasts about a second, so one figure is at the mercy of whatever else
    // the 2 cores do in that second: --offline-rounds N (default 3) rounds and their median.
    QList<double> offlineRates;
    qint64 offlineActions = 0;
    if (!admin->command(QStringLiteral("SELECT pg_stat_reset()")))
        die(QStringLiteral("cannot reset the hub's statistics"));
    for (int round = 0; round < std::max(1, offlineRounds); ++round) {
        op.client->disconnect();
        for (int i = 0; i < offline / 2; ++i) {
            const QString id = report(op, grid);
            Cases::ActionRequest a;
            a.action = Core::CaseAction::Accept;
            if (auto done = op.service->act(id, a, op.actor); !done)
                die(done.error().message);
        }
        const qint64 queued = op.client->pendingCount();
        QElapsedTimer push;
        push.start();
        auto pushed = op.client->push();
        if (!pushed)
            die(pushed.error().message);
        const double pushS = push.elapsed() / 1000.0;
        offlineRates.append(queued / pushS);
        offlineActions += queued;
        std::printf("offline hour: %lld queued actions pushed in %.2f s = %.0f actions/s, %d "
                    "applied, %d refused, outbox left %lld\n",
                    static_cast<long long>(queued), pushS, queued / pushS, pushed->applied,
                    pushed->rejected, static_cast<long long>(op.client->pendingCount()));
        std::fflush(stdout);
    }
    std::sort(offlineRates.begin(), offlineRates.end());
    std::printf("offline hour, %lld rounds: median %.0f actions/s (lowest %.0f, highest %.0f)\n",
                static_cast<long long>(offlineRates.size()), offlineRates[offlineRates.size() / 2],
                offlineRates.first(), offlineRates.last());
    QThread::msleep(1200); // the hub's backends report their counters at most once a second
    printHubFunctions(*admin, int(offlineActions), "action");
    std::fflush(stdout);

    // Hub load with N workstations connected (each `cityctl sync run`: a sync and a listener
    // connection): idle, then while one workstation reports a case every 100 ms.
    const int clients = option(args, "--clients", 20);
    {
        auto db = Storage::Database::open(slPath, Storage::Database::OpenMode::ReadWrite);
        if (!db || !db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            die(QStringLiteral("cannot checkpoint the workstation database"));
    }
    std::vector<std::unique_ptr<QProcess>> stations;
    for (int i = 0; i < clients; ++i) {
        const QString path = dir.filePath(QStringLiteral("ws%1.gpkg").arg(i));
        QFile::copy(slPath, path);
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(CityctlTest::kCityctl,
                 {QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--db"), path,
                  QStringLiteral("--poll"), QStringLiteral("30")});
        stations.push_back(std::move(p));
    }
    for (auto &p : stations) {
        QElapsedTimer w;
        w.start();
        QByteArray seen;
        while (!seen.contains("connected") && w.elapsed() < 30000) {
            p->waitForReadyRead(200);
            seen += p->readAll();
        }
    }
    const auto transactions = [&] {
        auto r = admin->exec(QStringLiteral(
            "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'city'"));
        return r ? r->integer(0, 0) : 0;
    };
    QThread::sleep(2);
    qint64 before = transactions();
    QThread::sleep(10);
    const double idle = (transactions() - before) / 10.0;
    before = transactions();
    QElapsedTimer busy;
    busy.start();
    int reports = 0;
    while (busy.elapsed() < 10000) {
        report(op, grid);
        if (auto s = op.client->syncOnce(); !s)
            die(s.error().message);
        ++reports;
        QThread::msleep(100);
    }
    QThread::sleep(1);
    const double busyRate = (transactions() - before) / (busy.elapsed() / 1000.0);
    for (auto &p : stations) {
        p->terminate();
        p->waitForFinished(5000);
    }
    std::printf(
        "hub load, %d workstations connected: idle %.1f transactions/s; busy (%d reports in 10 s, each rung to all) %.1f transactions/s\n",
        clients, idle, reports, busyRate);
    return 0;
}
