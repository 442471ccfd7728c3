// SPDX-License-Identifier: GPL-3.0-or-later
// Clips and the basemap through the hub (hub schemas 12 and 13; docs/video.md, docs/hub.md),
// on a throwaway PostgreSQL 15 + PostGIS cluster on loopback with the small demo city:
//   - propagation A → hub → B of a report (B runs `cityctl sync run`, woken by NOTIFY),
//     p50/p95, first alone (the baseline), then while workstation C uploads a clip of --mb MB
//     (default 200) through its own sync rounds, back to back as the engine runs them;
//   - the upload's throughput, C's longest sync round meanwhile (what its own pushes wait),
//     and the download's throughput on another workstation, verified;
//   - the basemap: publishing the demo town's (features/s) and applying it on a workstation.
// Figures and ratios against the baseline of the same run; never asserts timings.
#include "../hub/hubfixture.h"

#include <cc/cases/caseclips.h>
#include <cc/sync/basemapsync.h>
#include <cc/sync/cliptransfer.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace Cc;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_hubmedia: %s\n", qPrintable(what));
    std::exit(1);
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0
                       : v[std::min<qsizetype>(v.size() - 1, qsizetype(p * (v.size() - 1) + 0.5))];
}

/// A → hub → B until `samples` are taken or `keepGoing` says stop (ms each).
QList<double> sampleLatency(HubTest::Workstation &a, Storage::Database &b, const QString &grid,
                            int samples, const std::function<bool()> &keepGoing)
{
    QList<double> out;
    auto find = b.prepare(QStringLiteral("SELECT 1 FROM case_record WHERE id = ?1"));
    for (int i = 0; i < samples && keepGoing(); ++i) {
        auto reported = a.report(grid);
        if (!reported)
            die(reported.error().message);
        QElapsedTimer l;
        l.start();
        if (auto s = a.sync(); !s)
            die(s.error().message);
        bool seen = false;
        while (!seen && l.elapsed() < 10000) {
            find.value().reset();
            find.value().bindText(1, reported->id);
            seen = find.value().step().value();
            if (!seen)
                QThread::usleep(1000);
        }
        out.append(l.nsecsElapsed() / 1e6);
        QThread::msleep(50);
    }
    return out;
}

Cases::ClipReference writeClip(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write %1").arg(path));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 done = 0; done < bytes; done += block.size()) {
        for (qsizetype i = 0; i < block.size(); i += 4) {
            const quint32 r = QRandomGenerator::global()->generate();
            memcpy(block.data() + i, &r, 4);
        }
        const QByteArray part = block.left(std::min<qint64>(block.size(), bytes - done));
        hash.addData(part);
        f.write(part);
    }
    Cases::ClipReference c;
    c.file = path;
    c.cameraId = QStringLiteral("cam01");
    c.end = QDateTime::currentDateTimeUtc().addSecs(-60);
    c.start = c.end.addSecs(-300);
    c.size = bytes;
    c.sha256 = QString::fromLatin1(hash.result().toHex());
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, int fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
    };
    const int megabytes = option("--mb", 200), samples = option("--samples", 40);
    HubTest::HubFixture hub;
    QString why;
    if (!hub.setUp(&why))
        die(why);
    double load[3] = {};
    getloadavg(load, 3);
    std::printf("bench_hubmedia: load average %.1f\n", load[0]);

    // The basemap the seed published: applied on a workstation anew.
    auto a = hub.mustJoin(QStringLiteral("op01"), QStringLiteral("a"));
    auto c = hub.mustJoin(QStringLiteral("op02"), QStringLiteral("c"));
    auto d = hub.mustJoin(QStringLiteral("sv01"), QStringLiteral("d"));
    if (!a || !c || !d)
        die(QStringLiteral("cannot join"));
    {
        auto conn = hub.userConnection(QStringLiteral("sv01"));
        if (!conn
            || !d->db->exec(
                QStringLiteral("DELETE FROM setting WHERE key = 'sync.basemapVersion'")))
            die(QStringLiteral("cannot reset the basemap"));
        QElapsedTimer t;
        t.start();
        auto applied = Sync::BasemapSync(*conn.value()).pull(*d->db);
        if (!applied)
            die(applied.error().message);
        const double s = t.elapsed() / 1000.0;
        std::printf("basemap: %lld areas + %lld lines applied in %.2f s = %.0f features/s\n",
                    static_cast<long long>(applied->areas), static_cast<long long>(applied->lines),
                    s, (applied->areas + applied->lines) / std::max(s, 1e-3));
    }

    // A larger basemap: the demo town's features copied --copies times (fids moved on),
    // published by the hub's administrator and applied on D.
    {
        const int copies = option("--copies", 50);
        const QString big = hub.dir.filePath(QStringLiteral("big.gpkg"));
        if (!QFile::copy(d->path, big))
            die(QStringLiteral("cannot copy %1").arg(d->path));
        auto bigDb = Storage::Database::open(big, Storage::Database::OpenMode::ReadWrite);
        if (!bigDb)
            die(bigDb.error().message);
        for (int k = 1; k < copies; ++k) {
            if (!bigDb.value()->exec(
                    QStringLiteral(
                        "INSERT INTO basemap_area (fid, geom, kind, name) SELECT fid + %1, geom, kind, "
                        "name FROM basemap_area WHERE fid < 1000000; INSERT INTO basemap_line (fid, "
                        "geom, kind, name, width_m) SELECT fid + %1, geom, kind, name, width_m FROM "
                        "basemap_line WHERE fid < 1000000")
                        .arg(k * 1000000)))
                die(QStringLiteral("cannot copy the basemap"));
        }
        auto admin = hub.adminConnection();
        if (!admin)
            die(admin.error().message);
        QElapsedTimer t;
        t.start();
        auto published = Sync::BasemapSync(*admin.value()).publish(*bigDb.value());
        if (!published)
            die(published.error().message);
        const double pubS = t.elapsed() / 1000.0;
        const qint64 n = published->areas + published->lines;
        auto conn = hub.userConnection(QStringLiteral("sv01"));
        if (!conn)
            die(conn.error().message);
        t.restart();
        auto applied = Sync::BasemapSync(*conn.value()).pull(*d->db);
        if (!applied || applied->areas + applied->lines != n)
            die(QStringLiteral("the larger basemap did not apply"));
        const double pullS = t.elapsed() / 1000.0;
        t.restart();
        auto unchanged = Sync::BasemapSync(*conn.value()).pull(*d->db);
        const double checkMs = t.nsecsElapsed() / 1e6;
        std::printf("basemap ×%d: %lld features published in %.1f s (%.0f/s), applied on a "
                    "workstation in %.1f s (%.0f/s); unchanged: checked in %.2f ms, nothing sent "
                    "(%s)\n",
                    copies, static_cast<long long>(n), pubS, n / pubS, pullS, n / pullS, checkMs,
                    unchanged && !unchanged->changed ? "yes" : "NO");
        std::fflush(stdout);
    }

    // A and C take the new basemap now, not during the samples.
    if (!a->sync() || !c->sync())
        die(QStringLiteral("cannot sync A or C"));

    // B: its own process, woken by the doorbell.
    const QString bPath = hub.dir.filePath(QStringLiteral("b.gpkg"));
    if (auto j = Sync::SyncClient::join(bPath, hub.credentials(QStringLiteral("sl01"))); !j)
        die(j.error().message);
    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.setStandardOutputFile(hub.dir.filePath(QStringLiteral("run.log")));
    run.start(CityctlTest::kCityctl,
              {QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--db"), bPath,
               QStringLiteral("--poll"), QStringLiteral("600")});
    QThread::sleep(3);
    auto b = Storage::Database::open(bPath, Storage::Database::OpenMode::ReadOnly);
    if (!b)
        die(b.error().message);
    const QList<double> alone = sampleLatency(*a, *b.value(), hub.grid, samples,
                                              [] { return true; });
    std::printf(
        "propagation A → hub → B, no clip (baseline, %d samples): p50 %.1f ms, p95 %.1f ms\n",
        samples, percentile(alone, 0.5), percentile(alone, 0.95));
    std::fflush(stdout);

    // C attaches a clip and sends it, round after round, while A keeps reporting.
    const QString caseId = [&] {
        auto r = c->report(hub.grid);
        if (!r || !c->sync())
            die(QStringLiteral("cannot report on C"));
        return r->id;
    }();
    const Cases::ClipReference clip = writeClip(hub.dir.filePath(QStringLiteral("clip.mp4")),
                                                qint64(megabytes) << 20);
    if (auto r = Cases::CaseClips(*c->service, *c->db).attach(caseId, clip, c->actor); !r)
        die(r.error().message);
    std::atomic_bool uploading = true;
    double uploadS = 0;
    QList<double> rounds;
    std::thread uploader([&] {
        QElapsedTimer u;
        u.start();
        for (;;) {
            QElapsedTimer round;
            round.start();
            auto r = c->sync();
            if (!r)
                die(r.error().message);
            rounds.append(round.nsecsElapsed() / 1e6);
            auto stored = c->db->scalar(QStringLiteral("SELECT min(stored) FROM case_clip"));
            if (!r->clips.more && stored && stored.value() == 1)
                break;
        }
        uploadS = u.elapsed() / 1000.0;
        uploading = false;
    });
    const QList<double> during = sampleLatency(*a, *b.value(), hub.grid, 1000000,
                                               [&] { return uploading.load(); });
    uploader.join();
    std::printf("clip upload: %d MB in %.1f s = %.1f MB/s; C's sync rounds meanwhile: %lld, "
                "p95 %.0f ms, max %.0f ms\n",
                megabytes, uploadS, megabytes / uploadS, static_cast<long long>(rounds.size()),
                percentile(rounds, 0.95), percentile(rounds, 1.0));
    std::printf("propagation A → hub → B while C uploads (%lld samples): p50 %.1f ms, p95 %.1f ms"
                "  (ratio to the baseline: p50 %.2f, p95 %.2f)\n",
                static_cast<long long>(during.size()), percentile(during, 0.5),
                percentile(during, 0.95), percentile(during, 0.5) / percentile(alone, 0.5),
                percentile(during, 0.95) / percentile(alone, 0.95));
    std::fflush(stdout);

    // D fetches it.
    if (!d->sync())
        die(QStringLiteral("D cannot sync"));
    auto conn = hub.userConnection(QStringLiteral("sv01"));
    if (!conn)
        die(conn.error().message);
    QElapsedTimer down;
    down.start();
    auto fetched = Sync::ClipTransfer(*conn.value())
                       .download(clip.sha256, clip.size, hub.dir.filePath(QStringLiteral("d.mp4")));
    if (!fetched)
        die(fetched.error().message);
    const double downS = down.elapsed() / 1000.0;
    std::printf("clip download (verified SHA-256): %d MB in %.1f s = %.1f MB/s\n", megabytes, downS,
                megabytes / downS);
    run.terminate();
    run.waitForFinished(5000);
    return 0;
}
