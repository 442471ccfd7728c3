// SPDX-License-Identifier: GPL-3.0-or-later
// Bulletin benchmark (issue 13, Performance): composing and writing a monthly bulletin on a
// large city's year. Target: a monthly bulletin < 3 s (650,000 cases, ~5.6 M events).
// Baseline: the same month's evaluation by department (Cases::evaluate), the one query a
// bulletin shares with the evaluation tab; the ratio says what the rest of the bulletin costs.
//
// Usage: bench_bulletin [--cases N] [--db FILE] [--end TIME] [--out DIR]
//   --cases N  build a demo city of N cases first (default 67,000; 650000 for the target)
//   --db FILE  use (or build, when missing) this city, e.g. one made by
//              `cityctl init-demo --cases 650000 --end 2026-11-30T18:00:00+08:00 --db FILE`
//   --end TIME the end of the city's year (default 2026-11-30T18:00:00+08:00): the bulletins
//              are those of the last full week, month and quarter before it
//   --out DIR  keep the files written (default: a temporary directory)
#include <cc/bulletin/bulletin.h>
#include <cc/cases/evaluation.h>
#include <cc/city/citycontext.h>
#include <cc/demogen/democity.h>
#include <cc/storage/database.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Cc;

namespace {

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

/// CPU time of the process (all threads) in ms: on a shared, loaded machine the wall time
/// says more about the neighbours than about the bulletin.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
}

Result<std::unique_ptr<Storage::Database>> openOrBuild(const QString &path, int cases,
                                                       const QDateTime &end)
{
    if (QFileInfo::exists(path))
        return Storage::Database::open(path, Storage::Database::OpenMode::ReadWrite,
                                       Storage::Database::IntegrityCheck::Deferred);
    auto db = Storage::Database::open(path, Storage::Database::OpenMode::Create);
    if (!db)
        return db;
    std::printf("building a demo city of %d cases in %s …\n", cases, qPrintable(path));
    std::fflush(stdout);
    QElapsedTimer t;
    t.start();
    Demo::DemoOptions options;
    options.cases = cases;
    options.end = end;
    auto summary = Demo::writeDemoCity(**db, options);
    if (!summary)
        return summary.error();
    std::printf("  %d cases, %d actions in %.1f s\n", summary->cases, summary->actions,
                ms(t) / 1000);
    return db;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir tmp;
    const QString outDir = option(args, QStringLiteral("--out"), tmp.path());
    QDir().mkpath(outDir);
    const QDateTime end = QDateTime::fromString(option(args, QStringLiteral("--end"),
                                                       QStringLiteral("2026-11-30T18:00:00+08:00")),
                                                Qt::ISODate);
    const int cases = option(args, QStringLiteral("--cases"), QStringLiteral("67000")).toInt();
    const QString path = option(args, QStringLiteral("--db"),
                                tmp.filePath(QStringLiteral("city.gpkg")));
    auto db = openOrBuild(path, cases, end);
    if (!db) {
        std::fprintf(stderr, "bench_bulletin: %s\n", qPrintable(db.error().message));
        return 1;
    }
    auto city = City::CityContext::load(**db);
    if (!city) {
        std::fprintf(stderr, "bench_bulletin: %s\n", qPrintable(city.error().message));
        return 1;
    }
    std::printf("city: %s, %lld cases, %lld events\n", qPrintable(path),
                (*db)->rowCount(QStringLiteral("case_record")),
                (*db)->rowCount(QStringLiteral("case_event")));

    // The periods that hold the year's last full day.
    const QDate endDay = (*city)->dateAt(end).addDays(-1);
    const Bulletin::Period month = Bulletin::periodContaining(Bulletin::Kind::Month, endDay);
    // Baseline: the month's evaluation by department, once cold-ish (first) and once warm.
    double baseline = 0;
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer t;
        t.start();
        auto rows = Cases::evaluate(**db, Cases::EvaluationScope::Department,
                                    (*city)->startOfDay(month.first).toUTC(),
                                    (*city)->startOfDay(month.last.addDays(1)).toUTC(),
                                    end.toUTC());
        baseline = ms(t);
        if (!rows)
            return 1;
    }
    std::printf("baseline: evaluation by department for %s: %.0f ms\n\n", qPrintable(month.id()),
                baseline);
    QList<double> monthRuns;
    std::printf("%-9s %-9s %10s %9s %9s %9s %12s %12s %12s\n", "kind", "period", "compose", "pdf",
                "odt", "xlsx", "pdf total", "cpu", "vs target");
    // The month twice: the first run reads the file's pages, the second finds them cached.
    for (Bulletin::Kind kind : {Bulletin::Kind::Month, Bulletin::Kind::Month, Bulletin::Kind::Week,
                                Bulletin::Kind::Quarter}) {
        const Bulletin::Period p = Bulletin::periodContaining(kind, endDay);
        QElapsedTimer t;
        t.start();
        const double cpuStart = cpuMs();
        auto doc = Bulletin::composeBulletin(**city, p, end.toUTC());
        const double compose = ms(t);
        if (!doc) {
            std::fprintf(stderr, "bench_bulletin: %s\n", qPrintable(doc.error().message));
            return 1;
        }
        double written[3] = {};
        double cpu = 0;
        int i = 0;
        for (Reports::Format f :
             {Reports::Format::Pdf, Reports::Format::Odt, Reports::Format::Xlsx}) {
            t.restart();
            const QString file = QDir(outDir).filePath(
                QStringLiteral("bulletin-%1.%2").arg(p.id(), Reports::formatId(f)));
            if (auto w = Reports::write(*doc, f, file); !w) {
                std::fprintf(stderr, "bench_bulletin: %s\n", qPrintable(w.error().message));
                return 1;
            }
            written[i++] = ms(t);
            if (i == 1)
                cpu = cpuMs() - cpuStart; // compose + PDF
        }
        const double total = compose + written[0];
        std::printf("%-9s %-9s %8.0f ms %6.0f ms %6.0f ms %6.0f ms %9.0f ms %9.0f ms %11.2fx\n",
                    qPrintable(Bulletin::kindId(kind)), qPrintable(p.id()), compose, written[0],
                    written[1], written[2], total, cpu, total / 3000.0);
        if (kind == Bulletin::Kind::Month)
            std::printf("  monthly bulletin (compose + PDF) / baseline evaluation: %.1fx\n",
                        total / baseline);
        if (kind == Bulletin::Kind::Month)
            monthRuns.append(total);
    }
    std::printf(
        "\n'pdf total' = compose + PDF (wall), 'cpu' = the same in CPU time of all threads; 'vs target' =\n"
        "pdf total / 3 s, the issue's target for a monthly bulletin.\n");
    if (monthRuns.size() == 2)
        std::printf("monthly bulletin: first %.0f ms, again %.0f ms\n", monthRuns[0], monthRuns[1]);
    return 0;
}
