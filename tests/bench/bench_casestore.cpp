// SPDX-License-Identifier: GPL-3.0-or-later
// Case-store benchmark: what the foundation does in bulk, against a named baseline.
//   1. demo city (67,000 cases through the real state machine): wall time, actions/s;
//      baseline "raw SQLite": the same number of case updates and event inserts with bare
//      prepared statements in one transaction (the floor for any service on this schema).
//   2. a year of KPIs by department, grid and post on that city;
//   3. the shell's overview snapshot (what the window reads every 30 s).
// Usage: bench_casestore [--cases N] | --db FILE --end TIME (2. and 3. on an existing city, e.g.
//        `cityctl init-demo --cases 650000 --end …`: a large city's year, docs/performance below)
#include <cc/cases/caseservice.h>
#include <cc/cases/evaluation.h>
#include <cc/demogen/democity.h>
#include <cc/overview/citysnapshot.h>
#include <cc/storage/database.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace Cc;

namespace {

double rawBaselineSeconds(Storage::Database &db, int updates, int inserts)
{
    // Same row shapes as the service writes: update one case's workflow columns, append an
    // event with UUID text keys and ISO times.
    sqlite3 *h = db.handle();
    sqlite3_exec(h, "CREATE TEMP TABLE raw_event AS SELECT * FROM case_event WHERE 0", nullptr,
                 nullptr, nullptr);
    sqlite3_stmt *ins = nullptr, *upd = nullptr;
    sqlite3_prepare_v2(
        h,
        "INSERT INTO raw_event (id, case_id, seq, stage, action, from_state, to_state, "
        "actor_id, actor_name, role, at, deadline, in_time, note, payload) "
        "VALUES (?1, ?2, ?3, 'disposal', 'feedback', 'disposing', 'disposed', ?4, '张三', "
        "'department', ?5, ?5, 1, '已处置', '{}')",
        -1, &ins, nullptr);
    sqlite3_prepare_v2(h,
                       "UPDATE case_record SET state = state, version = version, updated_at = ?2 "
                       "WHERE fid = ?1",
                       -1, &upd, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    const QByteArray at = "2026-03-09T01:00:00.000Z";
    for (int i = 0; i < inserts; ++i) {
        const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        sqlite3_bind_text(ins, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 2, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(ins, 3, i);
        sqlite3_bind_text(ins, 4, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 5, at.constData(), int(at.size()), SQLITE_STATIC);
        sqlite3_step(ins);
        sqlite3_reset(ins);
        if (i < updates) {
            sqlite3_bind_int(upd, 1, 1 + i % 60000);
            sqlite3_bind_text(upd, 2, at.constData(), int(at.size()), SQLITE_STATIC);
            sqlite3_step(upd);
            sqlite3_reset(upd);
        }
    }
    sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_finalize(ins);
    sqlite3_finalize(upd);
    return seconds;
}

template<typename F>
double timed(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return timer.nsecsElapsed() / 1e9;
}

/// 2. and 3.: a year of KPIs by each scope, and the overview snapshot, for a city ending at `end`.
bool evaluationFigures(Storage::Database &db, const QDateTime &end)
{
    // The evaluation view's periods are whole days in the city's zone (posts then read the
    // daily facts); the same year to the minute counts the events themselves.
    const QDateTime cstEnd(end.toOffsetFromUtc(8 * 3600).date(), QTime(0, 0), Qt::OffsetFromUTC,
                           8 * 3600);
    const struct
    {
        const char *label;
        QDateTime from, to;
    } periods[] = {{"", cstEnd.addDays(-365).toUTC(), cstEnd.toUTC()},
                   {" (to the minute)", end.addDays(-365).toUTC(), end.toUTC()}};
    bool ok = true;
    for (const auto &period : periods) {
        for (auto scope : {Cases::EvaluationScope::Department, Cases::EvaluationScope::Grid,
                           Cases::EvaluationScope::Post}) {
            int rows = 0;
            const double s = timed([&] {
                auto r = Cases::evaluate(db, scope, period.from, period.to, period.to);
                rows = r ? int(r->size()) : -1;
            });
            ok = ok && rows >= 0;
            std::printf("%-46s %10.3f s   (%d rows)\n",
                        qPrintable(QStringLiteral("KPIs of the year by ") + Cases::scopeId(scope)
                                   + QString::fromLatin1(period.label)),
                        s, rows);
        }
    }
    const QDateTime to = end.toUTC();
    auto city = City::CityContext::load(db);
    if (!city)
        return false;
    const double overview = timed([&] { (void) Overview::loadSnapshot(**city, to); });
    std::printf("%-46s %10.3f s   (target for the 30-s refresh: well under 1 s)\n",
                "overview snapshot for the shell window", overview);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Demo::DemoOptions options;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--cases"));
        at > 0 && at + 1 < args.size())
        options.cases = args[at + 1].toInt();
    options.end = QDateTime(QDate(2026, 11, 23), QTime(18, 0), QTimeZone("Asia/Shanghai"));

    const qsizetype dbAt = args.indexOf(QStringLiteral("--db")),
                    endAt = args.indexOf(QStringLiteral("--end"));
    const QString existing = dbAt > 0 && dbAt + 1 < args.size() ? args[dbAt + 1] : QString();
    if (endAt > 0 && endAt + 1 < args.size())
        options.end = QDateTime::fromString(args[endAt + 1], Qt::ISODate);

    QTemporaryDir dir;
    auto db = existing.isEmpty()
                  ? Storage::Database::open(dir.filePath(QStringLiteral("bench.gpkg")),
                                            Storage::Database::OpenMode::Create)
                  : Storage::Database::open(existing, Storage::Database::OpenMode::ReadWrite,
                                            Storage::Database::IntegrityCheck::Deferred);
    if (!db || !options.end.isValid()) {
        std::fprintf(stderr, "%s\n",
                     db ? "bench_casestore: --end needs an ISO 8601 time"
                        : qPrintable(db.error().message));
        return 1;
    }
    Demo::DemoSummary summary;
    if (!existing.isEmpty()) {
        std::printf(
            "CityCommand case-store benchmark on %s: %lld cases, %lld events (figures, not assertions)\n\n",
            qPrintable(existing), (*db)->rowCount(QStringLiteral("case_record")),
            (*db)->rowCount(QStringLiteral("case_event")));
        return evaluationFigures(**db, options.end) ? 0 : 1;
    }
    const double demoSeconds = timed([&] {
        auto s = Demo::writeDemoCity(**db, options);
        if (s)
            summary = s.value();
    });
    const int actions = summary.actions;
    const double raw = rawBaselineSeconds(**db, actions - summary.cases, actions);

    std::printf(
        "CityCommand case-store benchmark (2-core reference machine; figures, not assertions)\n\n");
    std::printf("%-46s %12s %14s\n", "what", "time", "rate");
    std::printf("%-46s %10.2f s %10.0f /s\n", "demo city: 1,738 grids, 100k components, cases",
                demoSeconds, actions / demoSeconds);
    std::printf("%-46s %10.2f s %10.0f /s\n", "  baseline raw SQLite: same updates + inserts", raw,
                actions / raw);
    std::printf("%-46s %12.2f\n", "  ratio service / raw SQLite", demoSeconds / raw);
    std::printf("  (%d cases, %d actions, %d refused)\n\n", summary.cases, actions,
                summary.refusedActions);

    const bool measured = evaluationFigures(**db, options.end);
    return summary.refusedActions == 0 && measured ? 0 : 1;
}
