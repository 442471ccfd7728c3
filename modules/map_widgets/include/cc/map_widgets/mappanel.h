// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/category.h>
#include <cc/core/role.h>
#include <cc/geo/types.h>
#include <cc/map/griddocument.h>
#include <cc/map_widgets/mapcanvas.h>
#include <cc/map_widgets/mapsearch.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QListWidget;
class QSlider;
class QTableWidget;
class QTreeWidget;
class QActionGroup;
class QCompleter;
class QStandardItemModel;
class QToolBar;
class QTabWidget;

namespace Cc::Storage {
class Database;
}
namespace Cc::City {
class CityContext;
}
namespace Cc::Map {
class CollectorTracks;
}
namespace Cc::Positioning {
class CollectorFeed;
}
class QTimer;

namespace Cc::MapWidgets {

class HotspotPanel;

/// The "Grid map" tab: the canvas, a layer panel (visibility, order, opacity, labels), a
/// tool bar (tools, undo/redo, save, zoom to a code), the identify results, the nearest
/// cameras and the validation problems. Editing tools are enabled for a supervisor only
/// (and the document and the save re-check the role).
class MapPanel : public QWidget
{
    Q_OBJECT
public:
    /// `login` saves the edits (its role is re-checked in the database); `canEdit` says
    /// whether the session holds the supervisor role.
    MapPanel(Storage::Database &db, const QString &login, bool canEdit, QWidget *parent = nullptr);
    ~MapPanel() override;

    /// Reads the layers from the database (again); false on error (the status says why).
    bool reload();
    /// The same after rows changed underneath (the hub sync brought them), keeping the
    /// grids a supervisor is editing and has not saved (a save on an old version is refused).
    bool refreshData();
    /// Rows changed underneath: refreshData() within a few seconds while the map is shown (a
    /// busy hall brings changes every second; reading the layers is not free at millions of
    /// cases), or when it is shown again.
    void dataChanged();
    /// Validates and saves; false when refused (problems shown at their spot and listed).
    bool save();

    /// The city (time zone, categories, settings) turns on what needs it: the 热点/老不改
    /// tab beside the layers (HotspotPanel). Call once; `city` must outlive the panel.
    void setCity(const City::CityContext &city);
    HotspotPanel *hotspots() const { return m_hotspots; }
    /// Brings the hotspot tab forward with its layer on (after setCity()).
    void showHotspots();

    MapCanvas *canvas() const { return m_canvas; }
    Map::GridDocument *document() { return &m_doc; }
    QString statusText() const;
    /// The cameras nearest a point, nearest first (id, name, metres).
    struct NearCamera
    {
        QString id, name;
        double metres = 0;
    };
    QList<NearCamera> camerasNear(const QPointF &lonLat, int count = 5) const;
    void showCamerasNear(const QPointF &lonLat);

    /// The search box: ranked suggestions while typing (see MapSearch); choosing one zooms
    /// to it, rings or selects it and fills 识别. search() does what Enter does: goes to the
    /// best hit; false when nothing matches.
    bool search(const QString &text);
    QStringList suggestions() const; ///< the titles listed for the text typed now
    QLineEdit *searchBox() const { return m_zoomTo; }

    /// Import without dialogs (the buttons add the file and mapping dialogs and a progress
    /// bar): grids go into the document as one undo step, to be reviewed and saved.
    bool importGridFile(const QString &path, const QString &layer,
                        const QHash<QString, QString> &mapping);
    /// Components are written at once (one transaction; all or none, also on the hub) and
    /// shown on the map.
    bool importComponentFile(const QString &path, const QString &layer,
                             const QHash<QString, QString> &mapping);
    /// Streets (lines) or places (points, polygons) into the address gazetteer (地名地址,
    /// docs/gazetteer.md), written at once; the same file and layer again replaces its rows.
    bool importGazetteerFile(const QString &path, const QString &layer,
                             const QHash<QString, QString> &mapping);
    bool exportLayerFile(Map::LayerKind kind, const QString &path);
    /// A basemap (GeoTIFF, MBTiles, or a GDAL WMS/WMTS/XYZ source); empty removes it. Kept in
    /// the local database's settings ("map.basemap") for the next start.
    bool setBasemap(const QString &source);

    /// A collector's position (from the live feed): shown on the map at once, stored in the
    /// track table in batches (every few seconds and on close).
    void addCollectorFix(const QString &collector, const QPointF &lonLat, const QDateTime &at,
                         double accuracyM = 0);
    /// Writes the pending track points now; false (status says why) on error.
    bool flushTracks();
    /// Starts the devices listed in the local setting "positioning.sources" (JSON object:
    /// collector login → "tcp://host:port" or an NMEA log file); returns how many.
    int startCollectorFeed();

signals:
    void openCaseRequested(const QString &caseId);
    void playCameraRequested(const QString &cameraId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildToolBar();
    void buildSearch();
    void updateSuggestions();
    bool goToHit(int index);
    enum class ImportTarget { Grids, Components, Gazetteer };
    void importInteractively(ImportTarget target);
    bool readLayers(bool keepEdits);
    void exportInteractively();
    QWidget *buildLayerPanel();
    void applyLayers();
    void showIdentified(const MapCanvas::Identified &what);
    void setStatus(const QString &text, bool error = false);

    Storage::Database &m_db;
    QString m_login;
    bool m_canEdit;
    Map::GridDocument m_doc;
    MapCanvas *m_canvas = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTreeWidget *m_layerTree = nullptr;
    QTabWidget *m_leftTabs = nullptr;
    HotspotPanel *m_hotspots = nullptr;
    const Core::CategoryDictionary *m_categories = nullptr; ///< the city's, from setCity()
    QSlider *m_opacity = nullptr;
    QTableWidget *m_identify = nullptr;
    QPushButton *m_openButton = nullptr;
    MapCanvas::Identified m_identified;
    QListWidget *m_cameras = nullptr;
    QListWidget *m_problems = nullptr;
    QLineEdit *m_zoomTo = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_suggestionModel = nullptr;
    QTimer *m_searchTimer = nullptr;
    QList<MapSearchHit> m_hits;
    QLabel *m_status = nullptr;
    QLabel *m_coords = nullptr;
    QList<Geo::Problem> m_lastProblems;
    std::unique_ptr<Map::CollectorTracks> m_tracks;
    Positioning::CollectorFeed *m_feed = nullptr;
    QTimer *m_trackTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
    bool m_stale = false;
};

} // namespace Cc::MapWidgets
