// SPDX-License-Identifier: GPL-3.0-or-later
// citygate's Open311 reports (docs/citygate.md) against the baseline "CaseService::report
// in-process" on a copy of the same demo city: reports per second, latency p50/p99, and the
// API's cost per report as a ratio to the baseline (issue 14's target: ≤ 1.5×). Prints figures,
// asserts nothing about time. Options: --reports N (default 1000), --in-flight K (default 6,
// QNetworkAccessManager's connections per host).
#include "../gui/democityfixture.h"

#include <cc/cases/caseservice.h>
#include <cc/city/citycontext.h>
#include <cc/gate/apikeys.h>
#include <cc/storage/repositories.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Cc;

namespace {

QPointF insidePoint(Storage::Database &db)
{
    auto grids = Storage::SpatialRepository(db).unitGrids();
    const Storage::Ring &ring = grids->first().geom.first();
    QPointF centre;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i)
        centre += ring.at(i);
    return centre / double(ring.size() - 1);
}

/// Baseline: the same reports through CaseService in this process; seconds taken.
double inProcess(const QString &path, int reports, const QPointF &point)
{
    auto db = Storage::Database::open(path, Storage::Database::OpenMode::ReadWrite);
    auto city = City::CityContext::load(*db.value());
    Cases::CaseService cases(*db.value(), city.value()->categories(), city.value()->calendar());
    QElapsedTimer timer;
    timer.start();
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
    return timer.nsecsElapsed() / 1e9;
}

QString startGate(QProcess &gate, const QString &path)
{
    // No rate limit: one key sends every report here, faster than the default 600 a minute.
    gate.start(CC_BINARY_DIR "/bin/citygate",
               {"--lang", "en", "--db", path, "--listen", "127.0.0.1:0", "--rate-limit", "0"});
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
};

/// The reports over HTTP, `inFlight` at a time.
ApiRun overApi(const QString &base, const QString &key, int reports, int inFlight,
               const QPointF &point)
{
    QNetworkAccessManager net;
    ApiRun run;
    int sent = 0, done = 0;
    QEventLoop loop;
    QElapsedTimer total;
    std::function<void()> sendOne = [&] {
        QUrlQuery form;
        form.addQueryItem("api_key", key);
        form.addQueryItem("service_code", "event:0102");
        form.addQueryItem("lat", QString::number(point.y(), 'f', 8));
        form.addQueryItem("long", QString::number(point.x(), 'f', 8));
        form.addQueryItem("description", QString::fromUtf8(QUrl::toPercentEncoding(
                                             QStringLiteral("路边垃圾 %1").arg(sent))));
        QNetworkRequest request(QUrl(base + "/open311/v2/requests.json"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        auto *timer = new QElapsedTimer;
        timer->start();
        QNetworkReply *reply = net.post(request, form.query(QUrl::FullyEncoded).toUtf8());
        ++sent;
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, timer] {
            run.latenciesMs.append(timer->nsecsElapsed() / 1e6);
            delete timer;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++run.failed;
            reply->deleteLater();
            if (++done == reports)
                loop.quit();
            else if (sent < reports)
                sendOne();
        });
    };
    total.start();
    for (int i = 0; i < std::min(inFlight, reports); ++i)
        sendOne();
    loop.exec();
    run.seconds = total.nsecsElapsed() / 1e9;
    std::sort(run.latenciesMs.begin(), run.latenciesMs.end());
    return run;
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
    const int inFlight = option("--in-flight", 6);
    QTemporaryDir dir;
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

    const double baseline = inProcess(baselineCopy, reports, point);
    QProcess gate;
    const QString base = startGate(gate, apiCopy);
    if (base.isEmpty() || baseline < 0)
        return std::fprintf(stderr, "citygate did not start\n"), 1;
    const ApiRun sequential = overApi(base, key, reports, 1, point);
    const ApiRun parallel = overApi(base, key, reports, inFlight, point);
    gate.terminate();
    gate.waitForFinished(5000);

    std::printf(
        "baseline CaseService::report in-process: %d reports in %.2f s = %.0f/s (%.2f ms each)\n",
        reports, baseline, reports / baseline, baseline * 1000 / reports);
    for (const auto &[name, run] :
         {std::pair{"1 in flight", &sequential}, std::pair{"in flight", &parallel}}) {
        const auto &l = run->latenciesMs;
        std::printf("citygate POST requests.json, %s%s: %.0f/s, p50 %.2f ms, p99 %.2f ms, "
                    "failed %d; cost per report %.2f× the baseline\n",
                    run == &parallel ? qPrintable(QString::number(inFlight) + " ") : "", name,
                    reports / run->seconds, l.value(l.size() / 2), l.value(l.size() * 99 / 100),
                    run->failed, run->seconds / baseline);
    }
    return sequential.failed + parallel.failed == 0 ? 0 : 1;
}
