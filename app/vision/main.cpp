// SPDX-License-Identifier: GPL-3.0-or-later
// cityvision: the video analytics of the city's cameras (docs/video.md "Video analytics"). A
// process of its own, so that decoding and analysing never share the GUI's thread; it reads
// the zones from the workstation's database and writes findings back into it (WAL), where
// the app's queue (视频发现) picks them up. The logic is modules/analytics.
#include "../common/appsupport.h"

#include <cc/analytics/analyticsrunner.h>
#include <cc/storage/database.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Cc;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cityvision)
};

int fail(const Error &e, int rc = 1)
{
    std::fprintf(stderr, "cityvision: [%s] %s\n", qPrintable(e.code), qPrintable(e.message));
    return rc;
}

/// Prints what happens, one line each (tests and the benchmark read them).
void report(Analytics::AnalyticsRunner &runner)
{
    QObject::connect(&runner, &Analytics::AnalyticsRunner::candidateRaised,
                     [](const Analytics::Candidate &c) {
                         std::printf("candidate %s camera=%s zone=%s kind=%s since_us=%lld "
                                     "detected_us=%lld box=%.4f,%.4f,%.4f,%.4f\n",
                                     qPrintable(c.id), qPrintable(c.cameraId), qPrintable(c.zoneId),
                                     qPrintable(Analytics::zoneKindKey(c.kind)),
                                     qlonglong(c.since.toMSecsSinceEpoch() * 1000),
                                     qlonglong(c.detectedAt.toMSecsSinceEpoch() * 1000), c.box.x(),
                                     c.box.y(), c.box.right(), c.box.bottom());
                         std::fflush(stdout);
                     });
    QObject::connect(&runner, &Analytics::AnalyticsRunner::findingRefused,
                     [](const QString &camera, const QString &code, const QString &) {
                         std::printf("refused camera=%s code=%s\n", qPrintable(camera),
                                     qPrintable(code));
                         std::fflush(stdout);
                     });
    QObject::connect(&runner, &Analytics::AnalyticsRunner::clipAdded,
                     [](const QString &candidate, const QString &file) {
                         std::printf("clip %s %s\n", qPrintable(candidate), qPrintable(file));
                         std::fflush(stdout);
                     });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cityvision"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
    Cc::App::installTranslations(app, QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Finds new static objects in the cameras' zones (video analytics)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), Tr::tr("The workstation's database."),
                                QStringLiteral("FILE"));
    const QCommandLineOption recordings(QStringLiteral("recordings"),
                                        Tr::tr("cityrec's folder, for clips of the findings."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption fps(QStringLiteral("fps"),
                                 Tr::tr("Pictures analysed per second and camera (at most 5)."),
                                 QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption camera(QStringLiteral("camera"),
                                    Tr::tr("A camera's stream URL over the camera table's "
                                           "(repeatable)."),
                                    QStringLiteral("ID=URL"));
    const QCommandLineOption reload(QStringLiteral("reload-seconds"),
                                    Tr::tr("How often zones are read again (default 5)."),
                                    QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption exitWithParent(QStringLiteral("exit-with-parent"),
                                            Tr::tr("Exit when the parent process dies (tests)."));
    parser.addOptions({db, recordings, fps, camera, reload, exitWithParent});
    parser.process(app);
    if (parser.isSet(exitWithParent))
        App::exitWithParent();
    if (!parser.isSet(db))
        return fail(makeError(QStringLiteral("analytics.bad-option"), Tr::tr("--db is required")),
                    2);

    Analytics::AnalyticsRunner::Config config;
    config.analyser.fps = parser.value(fps).toDouble();
    config.recordingRoot = parser.value(recordings);
    for (const QString &spec : parser.values(camera)) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(makeError(QStringLiteral("analytics.bad-option"),
                                  Tr::tr("--camera wants ID=URL, got %1").arg(spec)),
                        2);
        config.urls.insert(spec.left(eq), spec.mid(eq + 1));
    }
    auto database = Storage::Database::open(parser.value(db),
                                            Storage::Database::OpenMode::ReadWrite,
                                            Storage::Database::IntegrityCheck::Deferred);
    if (!database)
        return fail(database.error());
    auto runner = Analytics::AnalyticsRunner::create(**database, config);
    if (!runner)
        return fail(runner.error(), 2);
    report(**runner);
    QStringList refused;
    auto count = (*runner)->reload(&refused);
    if (!count)
        return fail(count.error());

    App::quitOnTermination(app);
    std::printf("cityvision: analysing %d camera(s) at %.1f pictures/s%s\n", *count,
                config.analyser.fps,
                refused.isEmpty()
                    ? ""
                    : qPrintable(QStringLiteral(", not taken: %1").arg(refused.join(u','))));
    std::fflush(stdout);

    QTimer reloadTimer;
    QObject::connect(&reloadTimer, &QTimer::timeout, &app, [&] {
        if (auto r = (*runner)->reload(); !r)
            fail(r.error());
    });
    reloadTimer.start(std::max(1, parser.value(reload).toInt()) * 1000);
    const int rc = app.exec();
    runner->reset();
    return rc;
}
