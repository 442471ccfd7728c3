// SPDX-License-Identifier: GPL-3.0-or-later
// Case-list benchmark (issue 3): a database of N cases on disk, then what the list views do.
//   open time; first page of each role's queue and of five filters (cold and warm);
//   full-text search for 1-, 2-, 3- and 4-character Chinese terms against the baseline of a
//   plain LIKE '%term%' scan; count with a cap; duplicates; memory.
// Targets (docs/design.md §9): first page < 50 ms, full-text search < 200 ms, memory < 500 MB.
//
// Cases are not written through the service (5 M would take hours): the demo city's year
// (67,000 cases through the real state machine) is copied with bulk INSERT … SELECT into
// earlier years, with new ids, numbers and dates and their case_fts rows; history copies
// are closed (open cases are today's, as in a real centre).
//
// Usage: bench_caselist [--cases N] [--db FILE]
//   --cases N   cases in the database (default 1,000,000; the target is 5,000,000:
//               `bench_caselist --cases 5000000 --db /var/tmp/cases5m.gpkg`, ~3 GB, building
//               takes a few minutes per million on the 2-core reference machine)
//   --db FILE   build the database there, or reuse it when it already holds the cases
//
// "Cold" = a connection whose page cache was just emptied and the file's pages dropped from
// the OS cache (posix_fadvise DONTNEED; no root needed); "warm" = the same query again.
#include <cc/cases/casequery.h>
#include <cc/core/casestatemachine.h>
#include <cc/core/role.h>
#include <cc/demogen/democity.h>
#include <cc/storage/database.h>
#include <cc/storage/fulltext.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Cc;

namespace {

double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

qint64 scalar(Storage::Database &db, const QString &sql)
{
    auto st = db.prepare(sql);
    if (!st || !st->step().value())
        return -1;
    return st->integer(0);
}

QString text(Storage::Database &db, const QString &sql)
{
    auto st = db.prepare(sql);
    if (!st || !st->step().value())
        return {};
    return st->text(0);
}

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Drops the file's pages from the OS cache and empties this connection's page cache.
void makeCold(Storage::Database &db)
{
    (void) db.exec(QStringLiteral("PRAGMA shrink_memory"));
    for (const QString &path : {db.path(), db.path() + QStringLiteral("-wal")}) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

/// Copies the seed year (fids 1..seedMax) back by `years` years, as closed history.
Result<void> copyYear(Storage::Database &db, qint64 seedMax, int years, qint64 limit)
{
    QStringList open;
    for (Core::CaseState s : Core::CaseStateMachine::allStates()) {
        if (Core::CaseStateMachine::isOpen(s))
            open << QLatin1Char('\'') + Core::stateId(s) + QLatin1Char('\'');
    }
    const QString shift = QStringLiteral("'-%1 days'").arg(365 * years);
    const auto t = [&shift](const char *column) {
        return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', %1, %2)")
            .arg(QLatin1String(column), shift);
    };
    const QString openList = open.join(QLatin1Char(','));
    Storage::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    const qint64 before = scalar(db, QStringLiteral("SELECT max(fid) FROM case_record"));
    const QString isOpen = QStringLiteral("state IN (%1)").arg(openList);
    QString sql = QStringLiteral(
        "INSERT INTO case_record (id, number, channel, kind, category_key, level, description, "
        "address, component_code, grid_code, responsibility_code, community_code, reporter, "
        "state, resume_state, department_id, stage, stage_started_at, stage_deadline, "
        "disposal_deadline, reported_at, filed_at, dispatched_at, disposed_at, closed_at, "
        "closed_in_time, hung, rework_count, dispatch_count, postpone_count, supervise_count, "
        "urge_count, created_by, version, updated_at, geom) "
        "SELECT lower(hex(randomblob(16))), number || '-' || {YEARS}, channel, kind, "
        "category_key, level, description, address, component_code, grid_code, "
        "responsibility_code, community_code, reporter, "
        "CASE WHEN {OPEN} THEN 'closed' ELSE state END, '', department_id, "
        "CASE WHEN {OPEN} THEN '' ELSE stage END, "
        "CASE WHEN {OPEN} THEN NULL ELSE {stage_started_at} END, "
        "CASE WHEN {OPEN} THEN NULL ELSE {stage_deadline} END, "
        "{disposal_deadline}, {reported_at}, {filed_at}, {dispatched_at}, {disposed_at}, "
        "coalesce({closed_at}, {updated_at}), coalesce(closed_in_time, 1), 0, "
        "rework_count, dispatch_count, postpone_count, supervise_count, urge_count, created_by, "
        "version, {updated_at}, geom FROM case_record WHERE fid <= {SEED} ORDER BY fid "
        "LIMIT {LIMIT}");
    for (const char *column :
         {"stage_started_at", "stage_deadline", "disposal_deadline", "reported_at", "filed_at",
          "dispatched_at", "disposed_at", "closed_at", "updated_at"})
        sql.replace(QLatin1Char('{') + QLatin1String(column) + QLatin1Char('}'), t(column));
    sql.replace(QLatin1String("{OPEN}"), isOpen)
        .replace(QLatin1String("{YEARS}"), QString::number(years))
        .replace(QLatin1String("{SEED}"), QString::number(seedMax))
        .replace(QLatin1String("{LIMIT}"), QString::number(limit));
    if (auto r = db.exec(sql); !r)
        return r;
    if (auto r = db.exec(QStringLiteral("INSERT INTO case_fts (rowid, description, address) "
                                        "SELECT fid, cc_fts_tokens(description), "
                                        "cc_fts_tokens(address) FROM case_record WHERE fid > %1")
                             .arg(before));
        !r)
        return r;
    return tx.commit();
}

struct Timing
{
    double cold = 0, warm = 0;
    qint64 rows = 0;
};

template<typename F>
Timing measure(Storage::Database &db, F &&query)
{
    Timing t;
    makeCold(db);
    QElapsedTimer timer;
    timer.start();
    t.rows = query();
    t.cold = ms(timer);
    // Warm: best of three.
    t.warm = 1e9;
    for (int i = 0; i < 3; ++i) {
        timer.restart();
        (void) query();
        t.warm = std::min(t.warm, ms(timer));
    }
    return t;
}

void line(const QString &what, const Timing &t, double target)
{
    const double worst = std::max(t.cold, t.warm);
    std::printf("%-52s %9.2f %9.2f %8lld  %s\n", qPrintable(what), t.cold, t.warm,
                static_cast<long long>(t.rows),
                target <= 0      ? ""
                : worst < target ? "ok"
                                 : "MISS");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 target = 1000000;
    QString path;
    if (const qsizetype at = args.indexOf(QStringLiteral("--cases"));
        at > 0 && at + 1 < args.size())
        target = args[at + 1].toLongLong();
    if (const qsizetype at = args.indexOf(QStringLiteral("--db")); at > 0 && at + 1 < args.size())
        path = args[at + 1];
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("caselist.gpkg"));

    std::printf("CityCommand case-list benchmark (figures, not assertions)\n");
    // ---------------------------------------------------------------- build
    {
        auto opened = Storage::Database::open(path, Storage::Database::OpenMode::Create);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 1;
        }
        Storage::Database &db = **opened;
        qint64 have = db.rowCount(QStringLiteral("case_record"));
        if (have == 0) {
            Demo::DemoOptions options;
            options.cases = int(std::min<qint64>(target, 67000));
            options.end = QDateTime(QDate(2026, 11, 23), QTime(18, 0), QTimeZone("Asia/Shanghai"));
            QElapsedTimer timer;
            timer.start();
            auto demo = Demo::writeDemoCity(db, options);
            if (!demo) {
                std::fprintf(stderr, "%s\n", qPrintable(demo.error().message));
                return 1;
            }
            std::printf("seed: demo city with %d cases through the service: %.1f s\n", demo->cases,
                        ms(timer) / 1000);
            have = db.rowCount(QStringLiteral("case_record"));
        }
        const qint64 seedMax = scalar(
            db,
            QStringLiteral(
                "SELECT fid FROM case_record WHERE number NOT LIKE '%-%-%' ORDER BY fid DESC LIMIT 1"));
        if (have < target) {
            QElapsedTimer timer;
            timer.start();
            const qint64 start = have;
            for (int years = 1 + int(have / std::max<qint64>(seedMax, 1)); have < target; ++years) {
                if (auto r = copyYear(db, seedMax, years, target - have); !r) {
                    std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
                    return 1;
                }
                have = db.rowCount(QStringLiteral("case_record"));
                std::fprintf(stderr, "  %lld cases\n", static_cast<long long>(have));
            }
            std::printf("bulk copy: %lld cases in %.1f s (%.0f cases/s, with case_fts)\n",
                        static_cast<long long>(have - start), ms(timer) / 1000,
                        (have - start) / (ms(timer) / 1000));
        }
        (void) db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const qint64 bytes = QFileInfo(path).size();

    // ---------------------------------------------------------------- open
    for (const QString &p : {path, path + QStringLiteral("-wal")}) {
        const int fd = ::open(QFile::encodeName(p).constData(), O_RDONLY);
        if (fd >= 0) {
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            ::close(fd);
        }
    }
    QElapsedTimer openTimer;
    openTimer.start();
    // As the app opens it: header, schema and migrations now, the page-by-page check on a
    // worker thread after the window is up (timed below on its own).
    auto opened = Storage::Database::open(path, Storage::Database::OpenMode::ReadWrite,
                                          Storage::Database::IntegrityCheck::Deferred);
    const double openMs = ms(openTimer);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Storage::Database &db = **opened;
    const qint64 cases = db.rowCount(QStringLiteral("case_record"));
    std::printf("database: %lld cases, %.2f GB on disk\n", static_cast<long long>(cases),
                bytes / 1e9);
    std::printf("open as the app does (cold file; header, schema, migrations): %.0f ms  (target: "
                "app ready < 2000 ms)\n",
                openMs);
    QElapsedTimer checkTimer;
    checkTimer.start();
    const auto verified = Storage::Database::verify(path);
    std::printf("  full integrity check (the app's worker thread, after start): %.0f ms, %s\n\n",
                ms(checkTimer), verified ? "ok" : qPrintable(verified.error().message));

    Cases::CaseQuery query(db);
    const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(18, 0), QTimeZone("Asia/Shanghai"));
    const auto firstPage = [&](Cases::CaseFilter filter, Cases::CaseOrder order) {
        filter.now = now;
        return [&query, filter, order]() -> qint64 {
            auto rows = query.page(filter, order, std::nullopt, 50);
            return rows ? rows->size() : -1;
        };
    };

    std::printf("%-52s %9s %9s %8s\n", "first page of 50 (ms)", "cold", "warm", "rows");
    const QString department
        = text(db, QStringLiteral("SELECT department_id FROM case_record WHERE state = 'disposing' "
                                  "GROUP BY department_id ORDER BY count(*) DESC LIMIT 1"));
    const QString responsibility
        = text(db, QStringLiteral("SELECT code FROM grid_responsibility ORDER BY code LIMIT 1"));
    using Core::Role;
    for (Role role : {Role::Operator, Role::ShiftLeader, Role::Dispatcher, Role::Department,
                      Role::Collector, Role::Supervisor}) {
        const Cases::CaseFilter queue = Cases::queueFor(role, department, responsibility);
        for (auto order : {Cases::CaseOrder::DeadlineFirst, Cases::CaseOrder::NewestFirst}) {
            line(QStringLiteral("queue %1, %2")
                     .arg(Core::roleId(role), order == Cases::CaseOrder::DeadlineFirst
                                                  ? QStringLiteral("deadline")
                                                  : QStringLiteral("newest")),
                 measure(db, firstPage(queue, order)), 50);
        }
    }
    struct Named
    {
        const char *name;
        Cases::CaseFilter filter;
    };
    QList<Named> filters;
    filters.append(Named{"all cases, newest", {}});
    {
        Cases::CaseFilter f;
        f.categoryKey = text(db, QStringLiteral("SELECT category_key FROM case_record "
                                                "GROUP BY category_key ORDER BY count(*) LIMIT 1"));
        filters.append(Named{"rarest category", f});
    }
    {
        Cases::CaseFilter f;
        f.gridCode = text(db, QStringLiteral("SELECT grid_code FROM case_record WHERE fid = 100"));
        f.states = {QStringLiteral("closed")};
        filters.append(Named{"unit grid + closed", f});
    }
    {
        Cases::CaseFilter f;
        f.departmentId = department;
        f.reportedFrom = now.addDays(-30);
        f.reportedTo = now;
        filters.append(Named{"department + last 30 days", f});
    }
    {
        Cases::CaseFilter f;
        f.channel = QStringLiteral("superior");
        filters.append(Named{"channel superior", f});
    }
    {
        Cases::CaseFilter f;
        f.overdueOnly = true;
        filters.append(Named{"overdue", f});
    }
    for (const Named &n : filters) {
        for (auto order : {Cases::CaseOrder::NewestFirst, Cases::CaseOrder::DeadlineFirst})
            line(QStringLiteral("%1, %2").arg(QLatin1String(n.name),
                                              order == Cases::CaseOrder::DeadlineFirst
                                                  ? QStringLiteral("deadline")
                                                  : QStringLiteral("newest")),
                 measure(db, firstPage(n.filter, order)), 50);
    }
    {
        // Deep in the list: the 200th page costs what the first does (keyset, no OFFSET).
        Cases::CaseFilter all;
        std::optional<Cases::PageCursor> cursor;
        for (int i = 0; i < 199; ++i) {
            auto rows = query.page(all, Cases::CaseOrder::NewestFirst, cursor, 50);
            if (!rows || rows->isEmpty())
                break;
            cursor = Cases::CaseQuery::cursorAfter(rows->last(), Cases::CaseOrder::NewestFirst);
        }
        line(QStringLiteral("all cases, page 200 (keyset)"),
             measure(db,
                     [&]() -> qint64 {
                         auto rows = query.page(all, Cases::CaseOrder::NewestFirst, cursor, 50);
                         return rows ? rows->size() : -1;
                     }),
             50);
    }

    std::printf("\n%-52s %9s %9s %8s\n", "full-text search, first page of 50 (ms)", "cold", "warm",
                "rows");
    const char *terms[] = {"路",     "井",       "井盖",     "广告",
                           "小广告", "井盖破损", "影响市容", "无此词语"};
    for (const char *term : terms) {
        Cases::CaseFilter f;
        f.text = QString::fromUtf8(term);
        const Timing fts = measure(db, firstPage(f, Cases::CaseOrder::NewestFirst));
        line(QStringLiteral("\"%1\" (%2 chars)").arg(f.text).arg(f.text.size()), fts, 200);
        const Timing ftsCount = measure(db, [&]() -> qint64 {
            auto n = query.count(f, 10000);
            return n ? n.value() : -1;
        });
        line(QStringLiteral("  count, cap 10,000"), ftsCount, 200);
        const QString like = QLatin1Char('%') + f.text + QLatin1Char('%');
        const auto likeQuery = [&](const QString &sql) {
            return [&db, sql, like]() -> qint64 {
                auto st = db.prepare(sql);
                if (!st)
                    return -1;
                st->bindText(1, like);
                qint64 n = 0;
                while (st->step().value())
                    n = st->columnCount() == 1 && sql.startsWith(QLatin1String("SELECT count"))
                            ? st->integer(0)
                            : n + 1;
                return n;
            };
        };
        const Timing likePage
            = measure(db, likeQuery(QStringLiteral(
                              "SELECT fid FROM case_record WHERE description LIKE ?1 "
                              "OR address LIKE ?1 ORDER BY reported_at DESC, fid DESC "
                              "LIMIT 50")));
        line(QStringLiteral("  baseline LIKE '%…%', first page"), likePage, 0);
        const Timing likeCount
            = measure(db, likeQuery(QStringLiteral(
                              "SELECT count(*) FROM (SELECT 1 FROM case_record WHERE "
                              "description LIKE ?1 OR address LIKE ?1 LIMIT 10000)")));
        line(QStringLiteral("  baseline LIKE '%…%', count cap 10,000"), likeCount, 0);
        std::printf("  ratio LIKE / FTS (warm): page %.1fx, count %.1fx\n",
                    likePage.warm / std::max(fts.warm, 0.001),
                    likeCount.warm / std::max(ftsCount.warm, 0.001));
    }

    std::printf("\n%-52s %9s %9s %8s\n", "other (ms)", "cold", "warm", "rows");
    line(QStringLiteral("count all cases, cap 10,000"),
         measure(db,
                 [&]() -> qint64 {
                     auto n = query.count({}, 10000);
                     return n ? n.value() : -1;
                 }),
         50);
    line(QStringLiteral("count supervisor queue, cap 10,000"),
         measure(db,
                 [&]() -> qint64 {
                     auto n = query.count(Cases::queueFor(Role::Supervisor), 10000);
                     return n ? n.value() : -1;
                 }),
         50);
    {
        auto st = db.prepare(QStringLiteral(
            "SELECT category_key, ST_MinX(geom), ST_MinY(geom), reported_at FROM case_record "
            "WHERE state = 'reported' LIMIT 1"));
        if (st && st->step().value()) {
            const QString category = st->text(0);
            const QPointF at(st->real(1), st->real(2));
            const QDateTime when = Storage::fromIsoUtc(st->text(3));
            line(QStringLiteral("duplicates within 50 m / 7 days"),
                 measure(db,
                         [&]() -> qint64 {
                             auto d = query.duplicates(category, at, when);
                             return d ? d->size() : -1;
                         }),
                 50);
        }
    }
    std::printf("\nmemory: VmRSS %.1f MB  (target < 500 MB)\n", rssKb() / 1024.0);
    return 0;
}
