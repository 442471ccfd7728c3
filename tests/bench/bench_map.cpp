// SPDX-License-Identifier: GPL-3.0-or-later
// Grid-map benchmark (issue 6), figures and ratios against named baselines:
//   1. full redraw of the county (the town basemap's areas and lines, unit and responsibility
//      grids, communities, streets, 200,000 components, 100,000 cases, cameras) at 1920×1080: our parallel layer jobs,
//      against QGIS 3.22 rendering the same GeoPackage at the same extent and size in the
//      same run (python3-qgis, offscreen) when it is installed, else against the 431 ms
//      QGIS measured for such a county on this kind of machine (docs/design.md §9);
//   2. a cached pan frame (composing the cached layer pictures at an offset): frames/s;
//   3. geocoding random points → unit grid on one core: points/s, against the 5 M/s
//      target and PostGIS's 1.24 M/s best plan / QGIS's 0.4 M/s (docs/design.md §9).
// Usage: bench_map [--db FILE] [--components N] [--cases N] [--points N] [--runs N] [--cells-per-grid N]
//        (without --db a demo city with the given counts is written to a temporary file)
#include <cc/demogen/democity.h>
#include <cc/geo/geocoder.h>
#include <cc/map/gridstore.h>
#include <cc/map/maprenderer.h>

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Cc;

namespace {

QString argValue(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

const char *kQgisScript = R"PY(
import sys, time, statistics
from qgis.core import (QgsApplication, QgsVectorLayer, QgsMapSettings, QgsMapRendererParallelJob,
                       QgsRectangle, QgsCoordinateReferenceSystem)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
path, xmin, ymin, xmax, ymax, w, h, runs = sys.argv[1], *map(float, sys.argv[2:6]), int(sys.argv[6]), int(sys.argv[7]), int(sys.argv[8])
app = QgsApplication([], False)
app.initQgis()
names = ['case_record', 'component', 'camera', 'grid_unit', 'grid_responsibility', 'community', 'street',
         'basemap_line', 'basemap_area']
layers = [QgsVectorLayer(f'{path}|layername={n}', n, 'ogr') for n in names]
bad = [n for n, l in zip(names, layers) if not l.isValid()]
if bad:
    print('invalid layers', bad, file=sys.stderr); sys.exit(1)
ms = QgsMapSettings()
ms.setLayers(layers)
ms.setOutputSize(QSize(w, h))
ms.setDestinationCrs(QgsCoordinateReferenceSystem('EPSG:4490'))
ms.setExtent(QgsRectangle(xmin, ymin, xmax, ymax))
ms.setBackgroundColor(QColor(250, 250, 247))
times = []
for i in range(runs + 1):
    job = QgsMapRendererParallelJob(ms)
    t = time.perf_counter()
    job.start()
    job.waitForFinished()
    if i > 0:
        times.append((time.perf_counter() - t) * 1000)
print('%.1f' % statistics.median(times))
)PY";

/// Median QGIS 3.22 full-render time in ms, or a negative value when QGIS is not installed.
double qgisMs(const QString &db, const QRectF &extent, const QSize &size, int runs, QString *why)
{
    QProcess probe;
    probe.start("/usr/bin/python3", {"-c", "import qgis.core"});
    if (!probe.waitForFinished(60000) || probe.exitCode() != 0) {
        *why = "python3-qgis is not installed (packaging/debian-packages-bench.txt)";
        return -1;
    }
    QTemporaryDir dir;
    QFile script(dir.filePath("render.py"));
    if (!script.open(QIODevice::WriteOnly))
        return -1;
    script.write(kQgisScript);
    script.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    p.setProcessEnvironment(env);
    p.start("/usr/bin/python3",
            {script.fileName(), db, QString::number(extent.left(), 'g', 12),
             QString::number(extent.top(), 'g', 12), QString::number(extent.right(), 'g', 12),
             QString::number(extent.bottom(), 'g', 12), QString::number(size.width()),
             QString::number(size.height()), QString::number(runs)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        *why = "QGIS failed: " + QString::fromUtf8(p.readAllStandardError()).left(400);
        return -1;
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().toDouble();
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = argValue(args, "--runs", "7").toInt();
    const qint64 points = argValue(args, "--points", "5000000").toLongLong();
    QString path = argValue(args, "--db", {});
    QTemporaryDir tmp;
    std::unique_ptr<Storage::Database> db;
    if (path.isEmpty()) {
        path = tmp.filePath("county.gpkg");
        auto created = Storage::Database::open(path, Storage::Database::OpenMode::Create);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return 1;
        }
        Demo::DemoOptions options;
        options.components = argValue(args, "--components", "200000").toInt();
        options.cases = argValue(args, "--cases", "100000").toInt();
        std::printf("writing a demo county: %d components, %d cases …\n", options.components,
                    options.cases);
        std::fflush(stdout);
        if (auto r = Demo::writeDemoCity(**created, options); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        db = std::move(created).value();
    } else {
        auto opened = Storage::Database::open(path, Storage::Database::OpenMode::ReadOnly);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 1;
        }
        db = std::move(opened).value();
    }

    // ---------------------------------------------------------------- 1. full redraw
    QElapsedTimer t;
    t.start();
    auto data = Map::MapData::load(*db, QDateTime::currentDateTimeUtc(),
                                   0); // every case, as QGIS draws them
    Map::GridDocument doc;
    if (!data || !Map::GridStore(*db).load(doc)) {
        std::fprintf(stderr, "cannot read the layers\n");
        return 1;
    }
    const double loadMs = t.nsecsElapsed() / 1e6;
    const QSize size(1920, 1080);
    const Map::Viewport viewport = Map::Viewport::fit((*data)->extent, size);
    Map::RenderInput input{*data, doc.grids()};
    QList<Map::LayerSettings> layers = Map::defaultLayers();
    for (Map::LayerSettings &s : layers)
        s.visible = true;                                 // components too
    Map::MapRenderer::renderAll(input, layers, viewport); // warm-up
    QList<double> full;
    for (int i = 0; i < runs; ++i) {
        t.restart();
        const QImage image = Map::MapRenderer::renderAll(input, layers, viewport);
        full << t.nsecsElapsed() / 1e6;
        if (i == 0 && qEnvironmentVariableIsSet("CC_BENCH_IMAGE"))
            image.save(qEnvironmentVariable("CC_BENCH_IMAGE"));
    }
    QList<double> sequential;
    QHash<Map::LayerKind, QList<double>> perLayer;
    QElapsedTimer layerTimer;
    for (int i = 0; i < std::max(1, runs / 2); ++i) {
        t.restart();
        for (const Map::LayerSettings &s : layers) {
            layerTimer.start();
            Map::renderLayer(input, s.kind, viewport, s.labels);
            perLayer[s.kind] << layerTimer.nsecsElapsed() / 1e6;
        }
        sequential << t.nsecsElapsed() / 1e6;
    }
    const QRectF extent = viewport.extent();
    QString why;
    const double qgis = qgisMs(path, extent, size, runs, &why);

    // ---------------------------------------------------------------- 2. cached pan
    Map::MapRenderer renderer;
    renderer.setData(*data);
    renderer.setGrids(doc.grids(), doc.revision());
    renderer.setLayers(layers);
    renderer.render(viewport);
    renderer.waitForFinished();
    QImage frame(size, QImage::Format_ARGB32_Premultiplied);
    const int frames = 120;
    t.restart();
    for (int i = 0; i < frames; ++i) {
        Map::Viewport moved = viewport;
        moved.center += QPointF(i * 2 * viewport.unitsPerPixel / viewport.xScale,
                                i * viewport.unitsPerPixel);
        QPainter p(&frame);
        p.fillRect(frame.rect(), QColor(0xfa, 0xfa, 0xf7));
        renderer.compose(p, moved);
    }
    const double frameMs = t.nsecsElapsed() / 1e6 / frames;

    // ---------------------------------------------------------------- 3. geocoding
    QStringList keys;
    QList<Geo::PolygonRings> polys;
    for (const Map::GridPolygon &g : doc.grids()) {
        keys << g.code;
        polys << g.geom;
    }
    t.restart();
    const Geo::Geocoder geocoder(keys, polys, argValue(args, "--cells-per-grid", "128").toInt());
    const double buildMs = t.nsecsElapsed() / 1e6;
    std::mt19937_64 rng(1);
    const QRectF e = (*data)->extent;
    std::uniform_real_distribution<double> ux(e.left(), e.right()), uy(e.top(), e.bottom());
    std::vector<double> xs(static_cast<size_t>(points)), ys(static_cast<size_t>(points));
    for (qint64 i = 0; i < points; ++i) {
        xs[size_t(i)] = ux(rng);
        ys[size_t(i)] = uy(rng);
    }
    t.restart();
    qint64 inside = 0;
    for (qint64 i = 0; i < points; ++i)
        inside += geocoder.locate(xs[size_t(i)], ys[size_t(i)]) >= 0;
    const double geoSeconds = t.nsecsElapsed() / 1e9;
    const double perSecond = points / geoSeconds;

    // ---------------------------------------------------------------- report
    std::printf("\nbench_map on %s\n", qPrintable(path));
    std::printf(
        "  layers: %lld unit grids, %lld components, %lld cases, %lld cameras (read in %.0f ms)\n",
        qlonglong(doc.grids().size()), qlonglong((*data)->components.size()),
        qlonglong((*data)->cases.size()), qlonglong((*data)->cameras.size()), loadMs);
    const double ours = median(full);
    std::printf(
        "1. full redraw 1920x1080, all layers: %.1f ms (parallel layer jobs, median of %d); "
        "%.1f ms one layer after another\n",
        ours, runs, median(sequential));
    std::printf("   per layer, one after another:");
    for (const Map::LayerSettings &s : layers)
        std::printf(" %s %.1f", qPrintable(Map::layerId(s.kind)), median(perLayer.value(s.kind)));
    std::printf(" ms\n");
    if (qgis > 0) {
        std::printf("   QGIS 3.22 same file, extent and size, same run: %.1f ms → ours/QGIS = %.2f "
                    "(target ≤ 0.25)\n",
                    qgis, ours / qgis);
    } else {
        std::printf("   QGIS 3.22 not run here: %s\n", qPrintable(why));
        std::printf(
            "   anchor: QGIS 3.22 431 ms for such a county (docs/design.md §9) → ours/anchor = %.2f "
            "(target ≤ 0.25)\n",
            ours / 431.0);
    }
    std::printf(
        "2. cached pan frame (compose %lld cached layers, 1920x1080): %.2f ms → %.0f frames/s "
        "(target 60)\n",
        qlonglong(layers.size()), frameMs, 1000.0 / frameMs);
    std::printf(
        "3. geocoding %lld random points on one core: %.2f M points/s (%.1f %% inside a grid; "
        "index built in %.1f ms, %.0f %% border cells)\n",
        qlonglong(points), perSecond / 1e6, 100.0 * inside / points, buildMs,
        100 * geocoder.borderCellShare());
    std::printf(
        "   vs target 5 M/s: %.2fx; vs PostGIS best plan 1.24 M/s: %.1fx; vs QGIS 0.4 M/s: %.1fx\n",
        perSecond / 5e6, perSecond / 1.24e6, perSecond / 0.4e6);
    return 0;
}
