// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up benchmark (issue 11): how long `citycommand --screenshot` takes to a drawn window
// on a large city, against a named baseline (the demo city), per start tab, and where the
// time goes (the app's own milestones, cc.startup, see app/gui/startuptrace.h).
//
// Usage: bench_startup --db FILE [--baseline FILE] [--runs N] [--app FILE]
//   --db FILE        the city to start on, e.g. a warm 5,000,000-case database made by
//                    `bench_caselist --cases 5000000 --db FILE`
//   --baseline FILE  the city to compare with (the demo city: `cityctl init-demo --db FILE`)
//   --runs N         starts per tab and city (default 3); the median is printed
//   --app FILE       the citycommand to start (default: this build's), e.g. an older build
//                    for a before/after comparison (milestones only from builds that print them)
// Target: under 2 s to a drawn window at 5 M cases (the screenshot itself waits 300 ms after
// the window is shown, so that is part of every figure).
// Warm = the file's pages in the OS cache: one unmeasured start per city comes first.
// Besides wall time, the CPU time (user + system) the app used: on a shared, loaded machine
// the wall time mostly measures the neighbours, the CPU time what the start itself costs.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

struct Start
{
    double totalMs = -1;    ///< process start to exit, as the issue measured
    double cpuMs = -1;      ///< user + system time of the app
    double drawnMs = -1;    ///< main() to the window drawn and saved (the app's trace)
    QStringList milestones; ///< "<ms> <what>" as the app printed them
};

struct Tab
{
    const char *name;
    QStringList arguments;
    QByteArray password; ///< logs in (demo users' password) when set
};

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

QString g_app = QStringLiteral(CC_BINARY_DIR "/bin/citycommand");

Start startOnce(const QString &db, const Tab &tab, const QString &png)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("cc.startup.debug=true"));
    if (!tab.password.isEmpty())
        env.insert(QStringLiteral("CITYCOMMAND_PASSWORD"), QString::fromLatin1(tab.password));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args{QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png};
    args << tab.arguments;
    QElapsedTimer clock;
    const double cpuBefore = childrenCpuMs();
    clock.start();
    app.start(g_app, args);
    if (!app.waitForFinished(120000) || app.exitStatus() != QProcess::NormalExit
        || app.exitCode() != 0) {
        std::fprintf(stderr, "citycommand failed on %s: %s\n", qPrintable(db),
                     app.readAllStandardError().constData());
        return {};
    }
    Start s;
    s.totalMs = clock.nsecsElapsed() / 1e6;
    s.cpuMs = childrenCpuMs() - cpuBefore; // QProcess has reaped it: counted in RUSAGE_CHILDREN
    static const QRegularExpression mark(QStringLiteral("^cc\\.startup: ([0-9.]+) (.*)$"));
    for (const QString &line :
         QString::fromUtf8(app.readAllStandardError()).split(QLatin1Char('\n'))) {
        const auto m = mark.match(line.trimmed());
        if (!m.hasMatch())
            continue;
        s.milestones << QStringLiteral("%1 ms  %2")
                            .arg(m.captured(1).toDouble(), 7, 'f', 0)
                            .arg(m.captured(2));
        if (m.captured(2).startsWith(QLatin1String("drawn")))
            s.drawnMs = m.captured(1).toDouble();
    }
    return s;
}

/// The median start of `runs` (by total time), after one unmeasured start that warms the
/// file into the OS cache.
Start medianStart(const QString &db, const Tab &tab, int runs, const QString &png)
{
    (void) startOnce(db, tab, png);
    QList<Start> starts;
    for (int i = 0; i < runs; ++i)
        starts << startOnce(db, tab, png);
    std::sort(starts.begin(), starts.end(),
              [](const Start &a, const Start &b) { return a.totalMs < b.totalMs; });
    return starts[starts.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&args](const char *name) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at > 0 && at + 1 < args.size() ? args[at + 1] : QString();
    };
    const QString db = value("--db"), baseline = value("--baseline");
    const int runs = std::max(1, value("--runs").isEmpty() ? 3 : value("--runs").toInt());
    if (!value("--app").isEmpty())
        g_app = value("--app");
    if (db.isEmpty() || !QFileInfo::exists(db)
        || (!baseline.isEmpty() && !QFileInfo::exists(baseline))) {
        std::fprintf(stderr,
                     "usage: bench_startup --db FILE [--baseline FILE] [--runs N] [--app FILE]\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("start.png"));
    const Tab tabs[] = {
        {"map (no login)", {QStringLiteral("--tab"), QStringLiteral("map")}, {}},
        {"cases (no login)", {QStringLiteral("--tab"), QStringLiteral("cases")}, {}},
        {"workbench (op01)", {QStringLiteral("--user"), QStringLiteral("op01")}, "citycommand"},
    };
    std::printf("%s --screenshot, median of %d warm starts (target: < 2000 ms at 5 M cases)\n",
                qPrintable(g_app), runs);
    std::printf("%-20s %22s %22s %22s\n", "start tab", "city: wall / CPU (ms)",
                "baseline: wall / CPU", "city / baseline: wall, CPU");
    QList<Start> worst;
    for (const Tab &tab : tabs) {
        const Start city = medianStart(db, tab, runs, png);
        const Start base = baseline.isEmpty() ? Start{} : medianStart(baseline, tab, runs, png);
        const auto pair = [](const Start &s) {
            return s.totalMs < 0 ? QStringLiteral("-")
                                 : QStringLiteral("%1 / %2")
                                       .arg(s.totalMs, 0, 'f', 0)
                                       .arg(s.cpuMs, 0, 'f', 0);
        };
        const QString ratio = base.totalMs <= 0 || base.cpuMs <= 0
                                  ? QStringLiteral("-")
                                  : QStringLiteral("%1, %2")
                                        .arg(city.totalMs / base.totalMs, 0, 'f', 2)
                                        .arg(city.cpuMs / base.cpuMs, 0, 'f', 2);
        std::printf("%-20s %22s %22s %22s\n", tab.name, qPrintable(pair(city)),
                    qPrintable(pair(base)), qPrintable(ratio));
        worst << city;
    }
    // Where the time goes: the app's milestones of the slowest tab's median start.
    const Start &slowest = *std::max_element(worst.begin(), worst.end(),
                                             [](const Start &a, const Start &b) {
                                                 return a.totalMs < b.totalMs;
                                             });
    std::printf("\nmilestones of the slowest (ms since main()):\n");
    for (const QString &m : slowest.milestones)
        std::printf("  %s\n", qPrintable(m));
    return 0;
}
