// SPDX-License-Identifier: GPL-3.0-or-later
// cityrec: records the city's cameras into a ring of segments (docs/video.md "Recording").
// The logic is modules/recording; this file reads the options and the camera list.

#include "../common/appsupport.h"

#include <cc/recording/clipexport.h>
#include <cc/recording/recorder.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace Cc;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cityrec)
};

Result<QList<Recording::Recorder::Camera>> camerasFromDatabase(const QString &path, bool sub)
{
    auto db = Storage::Database::open(path, Storage::Database::OpenMode::ReadOnly,
                                      Storage::Database::IntegrityCheck::Deferred);
    if (!db)
        return db.error();
    Storage::SpatialRepository spatial(**db);
    auto rows = spatial.cameras();
    if (!rows)
        return rows.error();
    QList<Recording::Recorder::Camera> cameras;
    for (const auto &row : *rows) {
        const QString url = sub && !row.urlSub.isEmpty() ? row.urlSub : row.urlMain;
        if (!url.isEmpty())
            cameras.append({row.id, url});
    }
    return cameras;
}

/// --camera ID=URL … and the cameras of --db; 0, or the exit code after saying why.
int camerasFromOptions(const QCommandLineParser &parser,
                       QList<Recording::Recorder::Camera> &cameras)
{
    for (const QString &spec : parser.values(QStringLiteral("camera"))) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            std::fprintf(stderr, "cityrec: [recording.bad-camera] %s\n",
                         qPrintable(Tr::tr("--camera wants ID=URL, got %1").arg(spec)));
            return 2;
        }
        cameras.append({spec.left(eq), spec.mid(eq + 1)});
    }
    if (parser.isSet(QStringLiteral("db"))) {
        auto more = camerasFromDatabase(parser.value(QStringLiteral("db")),
                                        parser.value(QStringLiteral("stream"))
                                            == QLatin1String("sub"));
        if (!more) {
            std::fprintf(stderr, "cityrec: [%s] %s\n", qPrintable(more.error().code),
                         qPrintable(more.error().message));
            return 1;
        }
        cameras += *more;
    }
    return 0;
}

/// --export: a clip out of the recordings (no re-encode), its SHA-256 and size printed.
int exportClip(const QCommandLineParser &parser, const QString &dir)
{
    const auto parseTime = [](const QString &text) {
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    };
    const QDateTime from = parseTime(parser.value(QStringLiteral("from")));
    const QDateTime to = parseTime(parser.value(QStringLiteral("to")));
    if (!from.isValid() || !to.isValid() || parser.value(QStringLiteral("out")).isEmpty()) {
        std::fprintf(stderr, "cityrec: [recording.bad-range] %s\n",
                     qPrintable(Tr::tr("--export wants --from, --to (ISO 8601) and --out")));
        return 2;
    }
    auto index = Recording::RecordingIndex::open(dir, true);
    if (!index) {
        std::fprintf(stderr, "cityrec: [%s] %s\n", qPrintable(index.error().code),
                     qPrintable(index.error().message));
        return 1;
    }
    auto clip = Recording::exportClip(**index, parser.value(QStringLiteral("export")),
                                      from.toMSecsSinceEpoch() * 1000,
                                      to.toMSecsSinceEpoch() * 1000,
                                      parser.value(QStringLiteral("out")),
                                      parser.value(QStringLiteral("max-mb")).toLongLong() * 1024
                                          * 1024);
    if (!clip) {
        std::fprintf(stderr, "cityrec: [%s] %s\n", qPrintable(clip.error().code),
                     qPrintable(clip.error().message));
        return 1;
    }
    std::printf(
        "%s  %lld bytes  %d frames  %s .. %s\n", clip->sha256.constData(), qlonglong(clip->bytes),
        clip->frames,
        qPrintable(
            QDateTime::fromMSecsSinceEpoch(clip->startUs / 1000).toString(Qt::ISODateWithMs)),
        qPrintable(QDateTime::fromMSecsSinceEpoch(clip->endUs / 1000).toString(Qt::ISODateWithMs)));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cityrec"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
    Cc::App::installTranslations(app, QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Records the cameras into a ring of segments."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dir(QStringLiteral("dir"), Tr::tr("Recording folder."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption db(QStringLiteral("db"),
                                Tr::tr("Record the cameras of this database."),
                                QStringLiteral("FILE"));
    const QCommandLineOption camera(QStringLiteral("camera"),
                                    Tr::tr("A camera to record (repeatable)."),
                                    QStringLiteral("ID=URL"));
    const QCommandLineOption stream(QStringLiteral("stream"), Tr::tr("main (default) or sub."),
                                    QStringLiteral("KIND"), QStringLiteral("main"));
    const QCommandLineOption segment(QStringLiteral("segment-seconds"),
                                     Tr::tr("Segment length in seconds (default 60)."),
                                     QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption cameraQuota(QStringLiteral("camera-quota-mb"),
                                         Tr::tr("Disk quota per camera in MB (0: none)."),
                                         QStringLiteral("MB"), QStringLiteral("0"));
    const QCommandLineOption totalQuota(QStringLiteral("total-quota-mb"),
                                        Tr::tr("Disk quota of all cameras in MB (0: none)."),
                                        QStringLiteral("MB"), QStringLiteral("0"));
    const QCommandLineOption retention(QStringLiteral("retention-days"),
                                       Tr::tr("Delete recordings older than this (0: keep)."),
                                       QStringLiteral("DAYS"), QStringLiteral("30"));
    const QCommandLineOption prune(QStringLiteral("prune-seconds"),
                                   Tr::tr("How often the quotas are enforced (default 10)."),
                                   QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption transport(QStringLiteral("transport"),
                                       Tr::tr("RTP transport: tcp (default), udp, udp-mcast."),
                                       QStringLiteral("T"), QStringLiteral("tcp"));
    const QCommandLineOption exitWithParent(QStringLiteral("exit-with-parent"),
                                            Tr::tr("Exit when the parent process dies (tests)."));
    parser.addOptions({dir, db, camera, stream, segment, cameraQuota, totalQuota, retention, prune,
                       transport, exitWithParent});
    parser.addOptions(
        {{QStringLiteral("export"), Tr::tr("Export a clip of this camera instead of recording."),
          QStringLiteral("CAMERA")},
         {QStringLiteral("from"), Tr::tr("Clip start (ISO 8601)."), QStringLiteral("TIME")},
         {QStringLiteral("to"), Tr::tr("Clip end (ISO 8601)."), QStringLiteral("TIME")},
         {QStringLiteral("out"), Tr::tr("Clip file (MP4)."), QStringLiteral("FILE")},
         {QStringLiteral("max-mb"), Tr::tr("Largest clip in MB (default 200)."),
          QStringLiteral("MB"), QStringLiteral("200")}});
    parser.process(app);
    if (parser.isSet(exitWithParent))
        App::exitWithParent();

    if (!parser.isSet(dir)) {
        std::fprintf(stderr, "cityrec: [recording.no-directory] %s\n",
                     qPrintable(Tr::tr("--dir is required")));
        return 2;
    }
    if (parser.isSet(QStringLiteral("export")))
        return exportClip(parser, parser.value(dir));
    QList<Recording::Recorder::Camera> cameras;
    if (const int rc = camerasFromOptions(parser, cameras); rc != 0)
        return rc;

    Recording::RetentionPolicy policy;
    policy.cameraQuotaBytes = parser.value(cameraQuota).toLongLong() * 1024 * 1024;
    policy.totalQuotaBytes = parser.value(totalQuota).toLongLong() * 1024 * 1024;
    policy.retentionDays = parser.value(retention).toInt();
    Recording::CameraRecorder::Config config;
    config.segmentUs = qint64(parser.value(segment).toDouble() * 1e6);
    config.transport = parser.value(transport);
    if (config.segmentUs < 1'000'000) {
        std::fprintf(stderr, "cityrec: [recording.bad-option] %s\n",
                     qPrintable(Tr::tr("segments must be at least 1 s long")));
        return 2;
    }

    // Before the first line: a test may send SIGTERM as soon as it has read it.
    App::quitOnTermination(app);
    Recording::Recorder recorder(policy, config);
    recorder.setPruneInterval(std::max(1, parser.value(prune).toInt()) * 1000);
    auto started = recorder.start(parser.value(dir), cameras);
    if (!started) {
        std::fprintf(stderr, "cityrec: [%s] %s\n", qPrintable(started.error().code),
                     qPrintable(started.error().message));
        return 1;
    }
    std::printf("cityrec: recording %d camera(s) into %s (after the last run: %d segment(s) "
                "repaired, %d dropped, %d adopted)\n",
                int(cameras.size()), qPrintable(parser.value(dir)), started->repaired,
                started->dropped, started->adopted);
    std::fflush(stdout);

    const int rc = app.exec();
    recorder.stop();
    return rc;
}
