// SPDX-License-Identifier: GPL-3.0-or-later
// citygate's reports (docs/citygate.md, "Measured") against the baseline "CaseService::report
// in-process" on a copy of the same demo city (issue 14's targets in brackets): Open311
// reports without photos, one and K in flight, per second (≥ 500/s) with latency p50/p99 and
// the API's cost per report as a ratio to the baseline (≤ 1.5×); the latency at an offered
// 100 requests a second (p99 < 100 ms); citizens' reports with a 200 KB photo (≥ 100/s); and
// the reports through a hub (a throwaway PostgreSQL cluster, citygate --hub; ≥ 200/s). Prints
// figures and the load average, asserts nothing about time. Options: --reports N (default
// 1000), --in-flight K (default 16, citygate's connections served at once), --photos N
// (default 300), --no-hub.
#include "../gui/democityfixture.h"
#include "../hub/pgcluster.h"
#include "../integration/cityctlrunner.h"

#include <cc/cases/caseservice.h>
#include <cc/city/citycontext.h>
#include <cc/gate/apikeys.h>
#include <cc/storage/repositories.h>
#include <cc/sync/pgconnection.h>
#include <cc/sync/syncclient.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHttpMultiPart>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <unistd.h>

using namespace Cc;

namespace {

const QByteArray kHubPassword = "bench-gate-2026";

/// The machine's load average (1, 5, 15 minutes): the figures depend on it.
QString loadAverage()
{
    QFile file("/proc/loadavg");
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(' ', 0, 2)
                                          : QStringLiteral("?");
}

QPointF insidePoint(Storage::Database &db)
{
    auto grids = Storage::SpatialRepository(db).unitGrids();
    const Storage::Ring &ring = grids->first().geom.first();
    QPointF centre;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i)
        centre += ring.at(i);
    return centre / double(ring.size() - 1);
}

double g_baselineCpuMs = 0; ///< the baseline's CPU time per report (this process)

/// Baseline: the same reports through CaseService in this process; seconds taken.
double inProcess(const QString &path, int reports, const QPointF &point)
{
    auto db = Storage::Database::open(path, Storage::Database::OpenMode::ReadWrite);
    auto city = City::CityContext::load(*db.value());
    Cases::CaseService cases(*db.value(), city.value()->categories(), city.value()->calendar());
    QElapsedTimer timer;
    timer.start();
    timespec cpu0{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu0);
    for (int i = 0; i < reports; ++i) {
        auto actor = cases.actor("op01", Core::Role::Operator); // as citygate: once per request
        Cases::NewReport report;
        report.channel = "wechat";
        report.categoryKey = "event:0102";
        report.description = QStringLiteral("路边垃圾 %1").arg(i);
        report.location = point;
        if (!cases.gridAt(point) || !cases.report(report, actor.value())) {
            std::fprintf(stderr, "in-process report refused\n");
            return -1;
        }
    }
    timespec cpu1{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu1);
    g_baselineCpuMs = ((cpu1.tv_sec - cpu0.tv_sec) * 1e3 + (cpu1.tv_nsec - cpu0.tv_nsec) / 1e6)
                      / reports;
    std::printf("baseline CPU %.2f ms a report (this process)\n", g_baselineCpuMs);
    return timer.nsecsElapsed() / 1e9;
}

QString startGate(QProcess &gate, const QString &path, const QStringList &extra = {})
{
    // No rate limit: one key sends every report here, faster than the default 600 a minute.
    gate.start(CC_BINARY_DIR "/bin/citygate", QStringList{"--lang", "en", "--db", path, "--listen",
                                                          "127.0.0.1:0", "--rate-limit", "0"}
                                                  + extra);
    static const QRegularExpression listening("listening on (http://[0-9.]+:[0-9]+)");
    QByteArray err;
    for (int i = 0; i < 300 && gate.state() != QProcess::NotRunning; ++i) {
        gate.waitForReadyRead(100);
        err += gate.readAllStandardError();
        if (const auto m = listening.match(QString::fromUtf8(err)); m.hasMatch())
            return m.captured(1);
    }
    return {};
}

struct ApiRun
{
    double seconds = 0;
    QList<double> latenciesMs;
    int failed = 0;
    double gateCpuS = 0; ///< CPU time citygate spent in the run (user + system)
};

qint64 g_gatePid = 0; ///< the citygate process the runs measure

/// CPU seconds (user + system) the process has used so far (/proc/PID/stat): where the time
/// goes — CPU, or waiting for the disk and the network.
double cpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    // Fields after the command's closing parenthesis: state is 3rd, utime 14th, stime 15th.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble())
           / double(sysconf(_SC_CLK_TCK));
}

/// Sends one request (the i-th); its answer is expected with `ok`.
using Post = std::function<QNetworkReply *(QNetworkAccessManager &net, int i)>;

/// `reports` requests made by `post`: `inFlight` at a time as fast as they are answered, or —
/// with `everyMs` > 0 — one every `everyMs` ms whatever the answers (a steady offered load,
/// for the latency at a given rate).
ApiRun run(const Post &post, int ok, int reports, int inFlight, int everyMs = 0)
{
    // QNetworkAccessManager opens at most 6 connections to a host: more in flight take more
    // managers, each request on the next.
    std::vector<std::unique_ptr<QNetworkAccessManager>> nets;
    for (int i = 0; i < std::max(1, (inFlight + 5) / 6); ++i)
        nets.push_back(std::make_unique<QNetworkAccessManager>());
    ApiRun result;
    int sent = 0, done = 0;
    QEventLoop loop;
    QElapsedTimer total;
    QTimer pace;
    std::function<void()> sendOne = [&] {
        auto *timer = new QElapsedTimer;
        timer->start();
        QNetworkReply *reply = post(*nets[size_t(sent) % nets.size()], sent);
        ++sent;
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, timer] {
            result.latenciesMs.append(timer->nsecsElapsed() / 1e6);
            delete timer;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != ok)
                ++result.failed;
            reply->deleteLater();
            if (++done == reports)
                loop.quit();
            else if (everyMs == 0 && sent < reports)
                sendOne();
        });
    };
    const double cpuBefore = cpuSeconds(g_gatePid);
    total.start();
    if (everyMs > 0) {
        pace.setTimerType(Qt::PreciseTimer);
        QObject::connect(&pace, &QTimer::timeout, [&] {
            if (sent < reports)
                sendOne();
        });
        pace.start(everyMs);
        sendOne();
    } else {
        for (int i = 0; i < std::min(inFlight, reports); ++i)
            sendOne();
    }
    loop.exec();
    result.seconds = total.nsecsElapsed() / 1e9;
    result.gateCpuS = cpuSeconds(g_gatePid) - cpuBefore;
    std::sort(result.latenciesMs.begin(), result.latenciesMs.end());
    return result;
}

/// Open311 reports without photos (form-urlencoded, as the specification says).
Post open311Report(const QString &base, const QString &key, const QPointF &point)
{
    return [=](QNetworkAccessManager &net, int i) {
        QUrlQuery form;
        form.addQueryItem("api_key", key);
        form.addQueryItem("service_code", "event:0102");
        form.addQueryItem("lat", QString::number(point.y(), 'f', 8));
        form.addQueryItem("long", QString::number(point.x(), 'f', 8));
        form.addQueryItem("description", QString::fromUtf8(QUrl::toPercentEncoding(
                                             QStringLiteral("路边垃圾 %1").arg(i))));
        QNetworkRequest request(QUrl(base + "/open311/v2/requests.json"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        return net.post(request, form.query(QUrl::FullyEncoded).toUtf8());
    };
}

/// A photo of about `bytes` bytes: a JPEG of noise (which does not compress), as a phone's.
QByteArray photoOf(int bytes)
{
    int side = 200;
    for (;;) {
        QImage image(side, side * 3 / 4, QImage::Format_RGB32);
        auto *random = QRandomGenerator::global();
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x)
                line[x] = random->generate() | 0xff000000u;
        }
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 85);
        if (data.size() >= bytes)
            return data;
        side = int(side * 1.2);
    }
}

/// Citizens' reports with one photo each (multipart, the WeChat portal's route).
Post citizenReport(const QString &base, const QString &key, const QPointF &point,
                   const QByteArray &photo)
{
    return [=](QNetworkAccessManager &net, int i) {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        const QList<std::pair<QByteArray, QByteArray>>
            fields{{"category", "event:0102"},
                   {"lon", QByteArray::number(point.x(), 'f', 8)},
                   {"lat", QByteArray::number(point.y(), 'f', 8)},
                   {"description", QStringLiteral("井盖缺失 %1").arg(i).toUtf8()},
                   {"contact_phone", "13800000000"}};
        for (const auto &[name, value] : fields) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           "form-data; name=\"" + name + "\"");
            part.setBody(value);
            multi->append(part);
        }
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentTypeHeader, "image/jpeg");
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       "form-data; name=\"photo\"; filename=\"p.jpg\"");
        part.setBody(photo);
        multi->append(part);
        QNetworkRequest request(QUrl(base + "/citizen/v1/reports"));
        request.setRawHeader("X-Api-Key", key.toLatin1());
        QNetworkReply *reply = net.post(request, multi);
        multi->setParent(reply);
        return reply;
    };
}

void print(const char *what, const ApiRun &r, int reports, double baseline)
{
    const auto &l = r.latenciesMs;
    std::printf("%-44s %6.0f/s  p50 %7.2f ms  p99 %7.2f ms  failed %d", what, reports / r.seconds,
                l.value(l.size() / 2), l.value(l.size() * 99 / 100), r.failed);
    if (baseline > 0)
        std::printf("  cost %.2f× the baseline", r.seconds / baseline);
    std::printf("  citygate CPU %.2f ms a report", r.gateCpuS * 1000 / reports);
    if (g_baselineCpuMs > 0)
        std::printf(" (%.2f× the baseline's)", r.gateCpuS * 1000 / reports / g_baselineCpuMs);
    std::printf("\n");
    std::fflush(stdout);
}

/// A hub (a throwaway cluster, tests/hub/pgcluster.h) seeded from `demo`, with citygate's
/// gateway login; citygate's copy joined at `copy` with the API key `key` for op01.
bool setUpHub(HubTest::PgCluster &cluster, const QString &demo, const QString &copy,
              QString &hubUrl, QString &key)
{
    QString why;
    if (!cluster.start(&why))
        return std::fprintf(stderr, "hub: %s\n", qPrintable(why)), false;
    auto admin = Sync::PgConnection::connect(
        {cluster.url("postgres"), "postgres", HubTest::PgCluster::password(), 5});
    if (!admin || !admin.value()->command("CREATE DATABASE city"))
        return false;
    const QString adminUrl = QStringLiteral("postgresql://postgres@127.0.0.1:%1/city")
                                 .arg(cluster.port());
    hubUrl = cluster.url("city");
    for (const QStringList &args :
         {QStringList{"hub", "init", "--url", adminUrl},
          QStringList{"hub", "seed", "--url", adminUrl, "--from", demo}}) {
        if (const auto r = CityctlTest::cityctl(args); r.code != 0)
            return std::fprintf(stderr, "%s\n", qPrintable(CityctlTest::describe(r))), false;
    }
    const auto user = CityctlTest::cityctl({"hub", "user", "add", "gate01", "--url", adminUrl,
                                            "--role", "operator"},
                                           kHubPassword + "\n");
    auto city = Sync::PgConnection::connect(
        {hubUrl, "postgres", HubTest::PgCluster::password(), 5});
    if (user.code != 0 || !city || !city.value()->command("GRANT cc_gateway TO gate01"))
        return std::fprintf(stderr, "hub: no gateway login\n"), false;
    if (!Sync::SyncClient::join(copy, {hubUrl, "gate01", QString::fromLatin1(kHubPassword), 5}))
        return std::fprintf(stderr, "hub: join failed\n"), false;
    auto db = Storage::Database::open(copy, Storage::Database::OpenMode::ReadWrite);
    key = Gate::ApiKeys(*db.value()).add("bench", "op01").value();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, int fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at > 0 ? args.value(at + 1).toInt() : fallback;
    };
    const int reports = option("--reports", 1000);
    const int inFlight = option("--in-flight", 16);
    const int photos = option("--photos", 300);
    const bool withHub = !args.contains(QStringLiteral("--no-hub"));
    QTemporaryDir dir;
    qputenv("PGPASSWORD", HubTest::PgCluster::password().toUtf8());
    qputenv("CITYCOMMAND_HUB_PASSWORD", kHubPassword);
    const QString pristine = dir.filePath("city.gpkg");
    auto db = makeDemoCity(pristine, 2000, 200);
    if (!db)
        return std::fprintf(stderr, "%s\n", qPrintable(db.error().message)), 1;
    const QPointF point = insidePoint(*db.value());
    const QString key = Gate::ApiKeys(*db.value()).add("bench", "op01").value();
    db.value().reset();
    const QString baselineCopy = dir.filePath("baseline.gpkg"), apiCopy = dir.filePath("api.gpkg");
    QFile::copy(pristine, baselineCopy);
    QFile::copy(pristine, apiCopy);
    std::printf("bench_citygate: demo city of 2,000 cases; %d reports a run, %d with photos; "
                "load average at start %s\n",
                reports, photos, qPrintable(loadAverage()));

    const double baseline = inProcess(baselineCopy, reports, point);
    std::printf("baseline CaseService::report in-process: %d reports in %.2f s = %.0f/s "
                "(%.2f ms each)\n",
                reports, baseline, reports / baseline, baseline * 1000 / reports);
    QProcess gate;
    const QString base = startGate(gate, apiCopy);
    g_gatePid = gate.processId();
    if (base.isEmpty() || baseline < 0)
        return std::fprintf(stderr, "citygate did not start\n"), 1;
    int failed = 0;
    const Post report = open311Report(base, key, point);
    // 6: one QNetworkAccessManager's connections, the figure of the runs before (README).
    const QList<int> inFlights = inFlight == 6 ? QList<int>{1, 6} : QList<int>{1, 6, inFlight};
    for (const int k : inFlights) {
        const ApiRun r = run(report, 200, reports, k);
        print(qPrintable(QStringLiteral("local, %1 in flight").arg(k)), r, reports, baseline);
        failed += r.failed;
    }
    const ApiRun paced = run(report, 200, std::min(reports, 500), 0, 10);
    print("local, offered 100/s (latency at that rate)", paced, std::min(reports, 500), 0);
    const QByteArray photo = photoOf(200 * 1024);
    const ApiRun withPhotos = run(citizenReport(base, key, point, photo), 201, photos, inFlight);
    print(qPrintable(QStringLiteral("local, %1 KB photo, %2 in flight")
                         .arg(photo.size() / 1024)
                         .arg(inFlight)),
          withPhotos, photos, 0);
    failed += paced.failed + withPhotos.failed;
    gate.terminate();
    gate.waitForFinished(5000);

    if (withHub) {
        HubTest::PgCluster cluster;
        QString hubUrl, hubKey;
        const QString copy = dir.filePath("hub-copy.gpkg");
        if (!setUpHub(cluster, pristine, copy, hubUrl, hubKey))
            return 1;
        QProcess hubGate;
        const QString hubBase = startGate(hubGate, copy, {"--hub", hubUrl, "--hub-user", "gate01"});
        g_gatePid = hubGate.processId();
        if (hubBase.isEmpty())
            return std::fprintf(stderr, "citygate --hub did not start\n"), 1;
        const Post hubReport = open311Report(hubBase, hubKey, point);
        for (const int k : inFlights) {
            const ApiRun r = run(hubReport, 200, reports, k);
            print(qPrintable(QStringLiteral("through the hub, %1 in flight").arg(k)), r, reports,
                  baseline);
            failed += r.failed;
        }
        hubGate.terminate();
        hubGate.waitForFinished(5000);
    }
    std::printf("load average at the end %s\n", qPrintable(loadAverage()));
    return failed == 0 ? 0 : 1;
}
