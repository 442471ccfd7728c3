// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/geo/types.h>
#include <cc/map/griddocument.h>
#include <cc/map/maprenderer.h>

#include <QColor>
#include <QPolygonF>
#include <QTimer>
#include <QWidget>

#include <optional>

namespace Cc::MapWidgets {

/// The grid map canvas: layers from Map::MapRenderer (worker threads, cached per layer,
/// composed here; panning and zooming move the cached pictures until fresh ones arrive),
/// live edit handles on top, a scale bar and the cursor's coordinates. Wheel zooms around
/// the cursor, a left drag (identify tool) or a middle drag (any tool) pans.
///
/// Editing tools work on the GridDocument, which refuses edits by anyone but a supervisor:
///  - EditVertices: click a grid; drag a vertex (all grids sharing it follow; Alt: only
///    this grid), drag a midpoint to add a vertex, Delete removes the vertex under the cursor.
///  - DrawPolygon / SplitLine: click points, double-click or Enter to finish, Esc cancels.
///  - Merge: click grids to select them, Enter merges.
///  - SketchArea: drawn like DrawPolygon, but the finished outline changes no grid: it is
///    kept as the canvas's area (shaded) and handed out by areaSketched (a campaign's area).
/// Points snap to neighbours' vertices and segments within snapTolerancePx.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    enum class Tool { Identify = 0, EditVertices, DrawPolygon, SplitLine, Merge, SketchArea };

    explicit MapCanvas(Map::GridDocument *doc, QWidget *parent = nullptr);
    ~MapCanvas() override;

    void setData(std::shared_ptr<const Map::MapData> data);
    std::shared_ptr<const Map::MapData> data() const { return m_data; }
    Map::MapRenderer *renderer() { return &m_renderer; }
    void setLayers(const QList<Map::LayerSettings> &layers);
    void setBasemap(std::shared_ptr<const Geo::RasterSource> basemap);
    /// Live collector positions (replace the ones read with the data).
    void setCollectors(std::vector<Map::PointFeature> collectors);

    const Map::Viewport &viewport() const { return m_viewport; }
    void setViewport(const Map::Viewport &viewport);
    void zoomToExtent();
    void zoomToRect(const QRectF &lonLat);
    void zoomToPoint(const QPointF &lonLat, double metresPerPixel);
    /// Unit grid, responsibility grid or community code, case number or camera name.
    bool zoomToCode(const QString &code);
    void zoomBy(double factor, const QPointF &aroundPx);

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    int snapTolerancePx = 10;

    QString selectedGridId() const { return m_selected; }
    void selectGrid(const QString &id);
    QStringList mergeSelection() const { return m_mergeSelection; }
    /// Problems (validation) are drawn as markers at their spot.
    void setProblems(const QList<Geo::Problem> &problems);

    QPointF toMap(const QPointF &px) const { return m_viewport.toMap(px); }
    QPointF toPixel(const QPointF &lonLat) const { return m_viewport.toPixel(lonLat); }
    /// Renders what is stale now and waits for it (tests, screenshots).
    void renderNow();

    /// Identify at a pixel: title and attribute rows of the top-most feature; empty title
    /// when nothing is there.
    struct Identified
    {
        Map::LayerKind layer = Map::LayerKind::Invalid;
        QString id, title;
        QList<QPair<QString, QString>> attributes;
        QPointF position; ///< of a point feature, or where was clicked
    };
    Identified identifyAt(const QPointF &px) const;
    /// The same rows for one feature by layer and id (a search hit); empty title if unknown.
    Identified identifyFeature(Map::LayerKind layer, const QString &id) const;
    /// A density layer over the map layers (the hotspot panel fills it; empty: none): each
    /// cell a lon/lat polygon with its fill.
    struct DensityCell
    {
        QPolygonF lonLat;
        QColor fill;
    };
    void setDensity(QList<DensityCell> cells);
    const QList<DensityCell> &density() const { return m_density; }
    /// Places marked on top (老不改): a ring with the number of reports; the selected one
    /// stands out.
    struct PlaceMark
    {
        QPointF lonLat;
        int count = 0;
        bool selected = false;
    };
    void setPlaceMarks(QList<PlaceMark> marks);
    const QList<PlaceMark> &placeMarks() const { return m_placeMarks; }

    /// A ring drawn around a found place (map search) until the next one; none clears it.
    void setHighlight(std::optional<QPointF> lonLat);
    std::optional<QPointF> highlight() const { return m_highlight; }

    // Tool actions the panel's buttons and tests also call.
    void finishSketch();
    void cancelSketch();
    void mergeSelected();
    QList<QPointF> sketch() const { return m_sketch; }
    /// The outline SketchArea finished last, lon/lat corners (not closed); set to show one.
    QList<QPointF> area() const { return m_area; }
    void setArea(const QList<QPointF> &lonLat);
    /// A click of the current tool at a pixel, as the mouse would make it.
    void clickAt(const QPointF &px);

signals:
    void cursorMoved(const QPointF &lonLat);
    void identified(const Cc::MapWidgets::MapCanvas::Identified &what);
    void openCaseRequested(const QString &caseId);
    void playCameraRequested(const QString &cameraId);
    void camerasNearRequested(const QPointF &lonLat);
    /// An edit was refused (role, geometry …): the message to show.
    void editRefused(const QString &message);
    void viewportChanged();
    /// SketchArea finished an outline (at least 3 corners, lon/lat, not closed).
    void areaSketched(const QList<QPointF> &lonLat);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Handle
    {
        bool found = false;
        bool midpoint = false;
        Map::VertexRef vertex;
        QPointF at;
    };
    Handle handleAt(const QPointF &px) const;
    QPointF snapped(const QPointF &px, const QString &exclude, bool *didSnap = nullptr) const;
    void scheduleRender();
    void report(const Result<void> &result);
    void drawOverlay(QPainter &p);
    void drawProblems(QPainter &p);
    void drawDensity(QPainter &p) const;
    void drawPlaceMarks(QPainter &p) const;
    void drawArea(QPainter &p) const;
    bool sketching() const
    {
        return m_tool == Tool::DrawPolygon || m_tool == Tool::SplitLine
               || m_tool == Tool::SketchArea;
    }
    void drawScaleBar(QPainter &p);
    Identified describePoint(Map::LayerKind layer, const Map::PointFeature &f) const;
    Identified describeGrid(const Map::GridPolygon &g, const QPointF &clicked) const;

    Map::GridDocument *m_doc;
    std::shared_ptr<const Map::MapData> m_data;
    std::vector<Map::PointFeature> m_liveCollectors;
    Map::MapRenderer m_renderer;
    Map::Viewport m_viewport;
    QTimer m_renderTimer;
    Tool m_tool = Tool::Identify;
    QString m_selected;
    std::optional<QPointF> m_highlight;
    QList<DensityCell> m_density;
    QList<PlaceMark> m_placeMarks;
    QStringList m_mergeSelection;
    QList<QPointF> m_sketch;
    QList<QPointF> m_area;
    QList<Geo::Problem> m_problems;
    QPointF m_cursorPx;
    // Drags: pan, or a vertex being moved (preview until release).
    bool m_panning = false;
    QPointF m_panStartPx;
    Map::Viewport m_panStartViewport;
    bool m_draggingVertex = false;
    bool m_dragShared = true;
    Handle m_drag;
    QPointF m_dragTo;
    bool m_fitted = false;
    bool m_userMoved = false; ///< until then a resize refits the whole city
};

} // namespace Cc::MapWidgets
