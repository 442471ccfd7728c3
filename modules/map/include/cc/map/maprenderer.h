// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/geo/distance.h>
#include <cc/geo/rastersource.h>
#include <cc/map/griddocument.h>
#include <cc/map/mapdata.h>

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>

class QThreadPool;

namespace Cc::Map {

/// What part of the map a picture shows. Lon/lat are drawn with x shrunk by cos(latitude
/// of the map's centre) (`xScale`), so a square on the ground is a square on screen.
struct Viewport
{
    QPointF center;              ///< lon/lat
    double unitsPerPixel = 1e-4; ///< degrees of latitude per pixel
    QSize size{800, 600};
    double xScale = 1.0;

    QPointF toPixel(const QPointF &lonLat) const
    {
        return {(lonLat.x() - center.x()) * xScale / unitsPerPixel + size.width() / 2.0,
                size.height() / 2.0 - (lonLat.y() - center.y()) / unitsPerPixel};
    }
    QPointF toMap(const QPointF &px) const
    {
        return {center.x() + (px.x() - size.width() / 2.0) * unitsPerPixel / xScale,
                center.y() - (px.y() - size.height() / 2.0) * unitsPerPixel};
    }
    QRectF extent() const
    {
        const QPointF a = toMap(QPointF(0, size.height())), b = toMap(QPointF(size.width(), 0));
        return QRectF(a, b);
    }
    /// Metres per pixel on the ground (along a meridian, as Geo::groundDistanceM measures).
    double metresPerPixel() const { return unitsPerPixel * Geo::metresPerDegree(); }
    /// A viewport showing `extent` whole in `size`.
    static Viewport fit(const QRectF &extent, const QSize &size);
    friend bool operator==(const Viewport &, const Viewport &) = default;
};

struct LayerSettings
{
    LayerKind kind = LayerKind::Invalid;
    bool visible = true;
    bool labels = false;
    double opacity = 1.0;
};
/// Default order (bottom first), visibility and labels of the map's layers.
QList<LayerSettings> defaultLayers();

/// What one layer job draws from: immutable snapshots, safe on a worker thread.
struct RenderInput
{
    std::shared_ptr<const MapData> data;
    QList<GridPolygon> grids; ///< implicitly shared copy of the document's grids
    std::shared_ptr<const Geo::RasterSource> basemap; ///< optional
    /// Live collector positions; when set they replace the ones loaded with the data.
    std::shared_ptr<const std::vector<PointFeature>> collectors;
};

/// Lets a layer job stop early (QGIS's QgsFeedback in small): the GUI thread cancels, the
/// worker checks between features.
class RenderFeedback
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic_bool m_cancelled{false};
};

/// Draws one layer into a transparent image of the viewport's size (thread-safe; no
/// shared state). Labels (grid codes, names) are drawn when `labels` and the scale allows.
/// Returns a null image when `feedback` says cancelled (checked every few hundred features).
QImage renderLayer(const RenderInput &input, LayerKind kind, const Viewport &viewport, bool labels,
                   const RenderFeedback *feedback = nullptr);

/// Colour of a component's 大类 (first two digits of its 小类 code), and of a case look.
QColor componentColor(quint16 category);
QColor caseColor(CaseLook look);

/// QGIS's parallel job in small: one job per visible layer on a thread pool (the global one
/// unless set), each into its own cached image; the GUI thread composes the cached images
/// (offset while panning, scaled while zooming) until fresh ones arrive. A layer is
/// re-rendered only when its input, its settings or the viewport change; a new job for a
/// layer cancels the one it supersedes. Cancelling never waits for a worker (QGIS's
/// cancelWithoutBlocking): the job is told to stop and forgotten, its worker drops the
/// picture. Destroying the renderer does exactly that.
class MapRenderer : public QObject
{
    Q_OBJECT
public:
    explicit MapRenderer(QObject *parent = nullptr);
    ~MapRenderer() override;

    void setData(std::shared_ptr<const MapData> data);
    /// The unit grids changed (edits): only that layer is redrawn.
    void setGrids(const QList<GridPolygon> &grids, int revision);
    void setLayers(const QList<LayerSettings> &layers);
    const QList<LayerSettings> &layers() const { return m_layers; }
    void setBasemap(std::shared_ptr<const Geo::RasterSource> basemap);
    void setCollectors(std::vector<PointFeature> collectors);

    /// Starts jobs for the stale layers; `ready()` follows for each.
    void render(const Viewport &viewport);
    /// Composes the cached layers for `viewport` (cached ones transformed when they were
    /// drawn for another viewport). Cheap: call it from paintEvent.
    void compose(QPainter &painter, const Viewport &viewport) const;
    bool isRendering() const;
    /// Waits for the running jobs and takes their pictures (tests, screenshots, the
    /// benchmark); blocks the calling thread, processes no events.
    void waitForFinished();
    /// Tells every running job to stop and forgets it, without waiting; nothing arrives from
    /// them any more (no `ready()`), the cached pictures stay.
    void cancelWithoutBlocking();
    /// The pool the jobs run on (default: QThreadPool::globalInstance()); must outlive them.
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }

    /// One full synchronous redraw of every visible layer, in parallel; for the benchmark
    /// and screenshots. Returns the composed image.
    static QImage renderAll(const RenderInput &input, const QList<LayerSettings> &layers,
                            const Viewport &viewport);

signals:
    void ready();

private:
    struct Cached
    {
        QImage image;
        Viewport viewport;
        quint64 key = 0;
        bool valid = false;
    };
    struct Job;
    quint64 keyOf(const LayerSettings &s) const;
    void finish(Job *job);
    void forget(Job *job);

    RenderInput m_input;
    int m_gridRevision = 0, m_dataRevision = 0, m_basemapRevision = 0, m_collectorRevision = 0;
    QList<LayerSettings> m_layers;
    QHash<int, Cached> m_cache;
    QList<Job *> m_jobs;
    QThreadPool *m_pool = nullptr;
};

} // namespace Cc::Map
