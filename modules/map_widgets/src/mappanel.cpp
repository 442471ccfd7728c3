// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map_widgets/mappanel.h>

#include <cc/gazetteer/gazetteerimport.h>

#include <cc/city/citycontext.h>
#include <cc/geo/distance.h>
#include <cc/geo/operations.h>
#include <cc/map/collectortracks.h>
#include <cc/map/gridstore.h>
#include <cc/map/layerexport.h>
#include <cc/map/layerimport.h>
#include <cc/map/mapdata.h>
#include <cc/map_widgets/fieldmappingdialog.h>
#include <cc/map_widgets/hotspotpanel.h>
#include <cc/positioning/collectorfeed.h>
#include <cc/storage/repositories.h>
#include <cc/storage/settings.h>

#include <cc/map_widgets/mapsearch.h>

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QCompleter>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Cc::MapWidgets {

using namespace Cc::Map;

namespace {

constexpr int kSettingsRole = Qt::UserRole + 1;
constexpr int kCodeRole = Qt::UserRole + 2; ///< search suggestions: what the box shows once chosen
constexpr int kHitRole = Qt::UserRole + 3;  ///< search suggestions: index into m_hits

QWidget *titled(const QString &title, QWidget *content)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(title)));
    layout->addWidget(content, 1);
    return box;
}

} // namespace

MapPanel::MapPanel(Storage::Database &db, const QString &login, bool canEdit, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_login(login)
    , m_canEdit(canEdit)
{
    m_doc.setEditorRole(canEdit ? Core::Role::Supervisor : Core::Role::Invalid);
    m_canvas = new MapCanvas(&m_doc);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toolBar = new QToolBar;
    layout->addWidget(m_toolBar);
    buildToolBar();

    m_identify = new QTableWidget(0, 2);
    m_identify->setObjectName(QStringLiteral("identify"));
    m_identify->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
    m_identify->horizontalHeader()->setStretchLastSection(true);
    m_identify->verticalHeader()->hide();
    m_identify->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cameras = new QListWidget;
    m_problems = new QListWidget;
    m_problems->setWordWrap(true);
    // Opens what was identified: the case in the workbench, the camera on the video wall.
    m_openButton = new QPushButton(tr("Open"));
    m_openButton->setEnabled(false);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (m_identified.layer == LayerKind::Cases)
            emit openCaseRequested(m_identified.id);
        else if (m_identified.layer == LayerKind::Cameras)
            emit playCameraRequested(m_identified.id);
    });
    auto *identifyBox = new QWidget;
    auto *identifyLayout = new QVBoxLayout(identifyBox);
    identifyLayout->setContentsMargins(0, 0, 0, 0);
    identifyLayout->addWidget(m_identify, 1);
    identifyLayout->addWidget(m_openButton);
    auto *side = new QSplitter(Qt::Vertical);
    side->addWidget(titled(tr("Identify"), identifyBox));
    side->addWidget(titled(tr("Cameras near here"), m_cameras));
    side->addWidget(titled(tr("Problems"), m_problems));

    auto *split = new QSplitter;
    m_leftTabs = new QTabWidget;
    m_leftTabs->setObjectName(QStringLiteral("mapSideTabs"));
    m_leftTabs->addTab(buildLayerPanel(), tr("Layers"));
    split->addWidget(m_leftTabs);
    split->addWidget(m_canvas);
    split->addWidget(side);
    split->setStretchFactor(1, 1);
    split->setSizes({240, 860, 260});
    layout->addWidget(split, 1);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_coords = new QLabel;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_coords);
    layout->addLayout(statusRow);

    connect(m_canvas, &MapCanvas::cursorMoved, this,
            [this](const QPointF &p) { m_coords->setText(Geo::formatLonLat(p)); });
    connect(m_canvas, &MapCanvas::identified, this, &MapPanel::showIdentified);
    connect(m_canvas, &MapCanvas::editRefused, this,
            [this](const QString &m) { setStatus(m, true); });
    connect(m_canvas, &MapCanvas::openCaseRequested, this, &MapPanel::openCaseRequested);
    connect(m_canvas, &MapCanvas::playCameraRequested, this, &MapPanel::playCameraRequested);
    connect(m_canvas, &MapCanvas::camerasNearRequested, this, &MapPanel::showCamerasNear);
    connect(m_cameras, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit playCameraRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int i = m_problems->row(item);
        if (i >= 0 && i < m_lastProblems.size())
            m_canvas->zoomToPoint(m_lastProblems[i].where, 0.5);
    });
    m_tracks = std::make_unique<CollectorTracks>(m_db);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(5000);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_stale && isVisible())
            refreshData();
    });
    m_trackTimer = new QTimer(this);
    m_trackTimer->setInterval(5000);
    connect(m_trackTimer, &QTimer::timeout, this, &MapPanel::flushTracks);
    reload();
    startCollectorFeed();
}

MapPanel::~MapPanel()
{
    // On close the last positions are written; a failure has no one to tell but the log.
    if (m_tracks) {
        if (auto r = m_tracks->flush(); !r)
            qWarning("collector positions not stored: %s", qPrintable(r.error().message));
    }
}

void MapPanel::setCity(const City::CityContext &city)
{
    m_categories = &city.categories();
    if (m_hotspots)
        return;
    m_hotspots = new HotspotPanel(city, m_canvas);
    m_leftTabs->addTab(m_hotspots, tr("Hotspots"));
    connect(m_hotspots, &HotspotPanel::openCaseRequested, this, &MapPanel::openCaseRequested);
}

void MapPanel::showHotspots()
{
    if (!m_hotspots)
        return;
    m_leftTabs->setCurrentWidget(m_hotspots);
    m_hotspots->setLayerVisible(true);
}

void MapPanel::addCollectorFix(const QString &collector, const QPointF &lonLat, const QDateTime &at,
                               double accuracyM)
{
    m_tracks->add(collector, lonLat, at, accuracyM);
    m_canvas->setCollectors(m_tracks->latest());
    if (!m_trackTimer->isActive())
        m_trackTimer->start();
}

bool MapPanel::flushTracks()
{
    auto written = m_tracks->flush();
    if (!written) {
        setStatus(tr("Could not store collector positions: %1").arg(written.error().message), true);
        return false;
    }
    if (m_tracks->pending() == 0)
        m_trackTimer->stop();
    return true;
}

int MapPanel::startCollectorFeed()
{
    auto setting = Storage::Settings(m_db).positioningSources();
    if (!setting || setting->isEmpty())
        return 0;
    const QJsonObject sources = setting.value();
    if (!m_feed) {
        m_feed = new Positioning::CollectorFeed(this);
        connect(m_feed, &Positioning::CollectorFeed::positionUpdated, this,
                [this](const Positioning::CollectorFix &f) {
                    addCollectorFix(f.collectorId, f.lonLat, f.at, f.accuracyM);
                });
        connect(m_feed, &Positioning::CollectorFeed::deviceError, this,
                [this](const QString &, const QString &message) { setStatus(message, true); });
    }
    int started = 0;
    for (auto it = sources.begin(); it != sources.end(); ++it)
        started += m_feed->addSource(it.key(), it.value().toString());
    return started;
}

void MapPanel::buildToolBar()
{
    m_toolBar->setObjectName(QStringLiteral("mapTools"));
    // The hall's dark theme paints every button alike: a tool the user may not use must look
    // it (dim text, no frame), and its tooltip says why.
    m_toolBar->setStyleSheet(QStringLiteral(
        "QToolButton:disabled { color: #566377; background: transparent; border: none; }"));
    const QString supervisorsOnly = tr("Only a supervisor (督查员) edits grids");
    const auto editing = [this, &supervisorsOnly](QAction *a) {
        a->setEnabled(m_canEdit);
        if (!m_canEdit)
            a->setToolTip(tr("%1 — %2").arg(a->toolTip().isEmpty() ? a->text() : a->toolTip(),
                                            supervisorsOnly));
        return a;
    };
    auto *group = new QActionGroup(this);
    const auto tool = [&](const QString &text, MapCanvas::Tool t, bool edits, const QString &tip) {
        QAction *a = m_toolBar->addAction(text);
        a->setCheckable(true);
        a->setToolTip(tip);
        if (edits)
            editing(a);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, t] { m_canvas->setTool(t); });
        return a;
    };
    tool(tr("Identify"), MapCanvas::Tool::Identify, false,
         tr("Click a feature to see it; drag to pan"))
        ->setChecked(true);
    tool(
        tr("Edit vertices"), MapCanvas::Tool::EditVertices, true,
        tr("Drag a vertex (shared corners move together; Alt: this grid only); drag a midpoint to add one; Delete removes one"));
    tool(tr("Draw grid"), MapCanvas::Tool::DrawPolygon, true,
         tr("Click the corners, double-click to finish"));
    tool(tr("Split"), MapCanvas::Tool::SplitLine, true,
         tr("Draw a line across a grid, double-click to split it"));
    tool(tr("Merge"), MapCanvas::Tool::Merge, true, tr("Click the grids to merge, then Enter"));
    m_toolBar->addSeparator();
    QAction *undo = m_doc.undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_doc.undoStack()->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence::Redo});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *a : {undo, redo}) {
        // The undo stack enables them when there is something to undo: say when there never is.
        if (!m_canEdit)
            a->setToolTip(tr("%1 — %2").arg(a->text(), supervisorsOnly));
        m_toolBar->addAction(a);
        addAction(a);
    }
    QAction *saveAction = editing(m_toolBar->addAction(tr("Save grids"), this, &MapPanel::save));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    editing(m_toolBar->addAction(tr("Import grids…"), this,
                                 [this] { importInteractively(ImportTarget::Grids); }));
    editing(m_toolBar->addAction(tr("Import components…"), this,
                                 [this] { importInteractively(ImportTarget::Components); }));
    //: 导入地名地址 (streets with house numbers, places)
    editing(m_toolBar->addAction(tr("Import addresses…"), this,
                                 [this] { importInteractively(ImportTarget::Gazetteer); }));
    m_toolBar->addAction(tr("Export layer…"), this, &MapPanel::exportInteractively);
    m_toolBar->addAction(tr("Basemap…"), this, [this] {
        auto current = Storage::Settings(m_db).basemap();
        bool ok = false;
        const QString source = QInputDialog::getText(
            this, tr("Basemap"),
            tr("GeoTIFF or MBTiles file, or a GDAL WMS/WMTS/XYZ source (empty: none):"),
            QLineEdit::Normal, current ? current.value() : QString(), &ok);
        if (ok)
            setBasemap(source.trimmed());
    });
    m_toolBar->addSeparator();
    m_toolBar->addAction(tr("Full extent"), m_canvas, &MapCanvas::zoomToExtent);
    buildSearch();
}

void MapPanel::buildSearch()
{
    m_zoomTo = new QLineEdit;
    m_zoomTo->setObjectName(QStringLiteral("mapSearch"));
    m_zoomTo->setPlaceholderText(tr("Search case, grid, community, camera… (pinyin too)"));
    m_zoomTo->setToolTip(
        tr("Suggestions while typing: case numbers, grid codes, communities and streets, "
           "cameras, components; Enter goes to the first"));
    m_zoomTo->setClearButtonEnabled(true);
    m_zoomTo->setMinimumWidth(220);
    m_zoomTo->setMaximumWidth(320);
    m_toolBar->addWidget(m_zoomTo);
    m_suggestionModel = new QStandardItemModel(this);
    m_completer = new QCompleter(m_suggestionModel, this);
    m_completer->setObjectName(QStringLiteral("mapSearchSuggestions"));
    // The ranking is MapSearch's: show its list as it is.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kCodeRole);
    m_completer->setMaxVisibleItems(MapSearch::kDefaultLimit);
    m_completer->setWidget(m_zoomTo);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { goToHit(index.data(kHitRole).toInt()); });
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120); // one search per pause in typing, not per key
    connect(m_searchTimer, &QTimer::timeout, this, &MapPanel::updateSuggestions);
    connect(m_zoomTo, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_zoomTo, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) { // cleared: no stale suggestions
            m_hits.clear();
            m_suggestionModel->clear();
        }
    });
    connect(m_zoomTo, &QLineEdit::returnPressed, this, [this] {
        if (m_completer->popup()->isVisible())
            return; // the popup's own Enter activates the highlighted suggestion
        m_searchTimer->stop();
        updateSuggestions();
        m_completer->popup()->hide();
        if (m_hits.isEmpty())
            setStatus(tr("Nothing on the map is called “%1”.").arg(m_zoomTo->text().trimmed()),
                      true);
        else
            goToHit(0);
    });
}

QStringList MapPanel::suggestions() const
{
    QStringList titles;
    for (const MapSearchHit &hit : m_hits)
        titles << hit.title;
    return titles;
}

void MapPanel::updateSuggestions()
{
    m_hits = MapSearch::find(m_doc, m_canvas->data().get(), m_zoomTo->text());
    m_suggestionModel->clear();
    for (int i = 0; i < m_hits.size(); ++i) {
        auto *item = new QStandardItem(m_hits[i].title);
        item->setData(m_hits[i].code, kCodeRole);
        item->setData(i, kHitRole);
        m_suggestionModel->appendRow(item);
    }
    if (!m_hits.isEmpty() && m_zoomTo->hasFocus())
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

bool MapPanel::search(const QString &text)
{
    m_zoomTo->setText(text);
    updateSuggestions();
    m_completer->popup()->hide();
    return !m_hits.isEmpty() && goToHit(0);
}

bool MapPanel::goToHit(int index)
{
    if (index < 0 || index >= m_hits.size())
        return false;
    const MapSearchHit hit = m_hits[index];
    MapCanvas::Identified what;
    if (!hit.bounds.isEmpty()) {
        const QRectF b = hit.bounds;
        m_canvas->zoomToRect(
            b.adjusted(-b.width() * 0.3, -b.height() * 0.3, b.width() * 0.3, b.height() * 0.3));
        m_canvas->setHighlight(std::nullopt);
        if (hit.layer == LayerKind::UnitGrids) {
            m_canvas->selectGrid(hit.id);
            what = m_canvas->identifyFeature(hit.layer, hit.id);
        } else {
            what = {hit.layer, hit.id, hit.title, {{tr("Code"), hit.code}}, hit.position};
        }
    } else {
        m_canvas->zoomToPoint(hit.position, 1.0);
        m_canvas->setHighlight(hit.position);
        what = m_canvas->identifyFeature(hit.layer, hit.id);
    }
    if (!what.title.isEmpty())
        showIdentified(what);
    setStatus(tr("Found: %1").arg(hit.title));
    return true;
}

QWidget *MapPanel::buildLayerPanel()
{
    m_layerTree = new QTreeWidget;
    m_layerTree->setHeaderLabels({tr("Layer"), tr("Labels")});
    m_layerTree->setRootIsDecorated(false);
    m_layerTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_layerTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Top of the list is drawn on top.
    QList<LayerSettings> layers = defaultLayers();
    std::reverse(layers.begin(), layers.end());
    for (const LayerSettings &s : layers) {
        auto *item = new QTreeWidgetItem({layerTitle(s.kind), QString()});
        item->setCheckState(0, s.visible ? Qt::Checked : Qt::Unchecked);
        item->setCheckState(1, s.labels ? Qt::Checked : Qt::Unchecked);
        item->setData(0, kSettingsRole, int(s.kind));
        item->setData(1, kSettingsRole, s.opacity);
        m_layerTree->addTopLevelItem(item);
    }
    connect(m_layerTree, &QTreeWidget::itemChanged, this, &MapPanel::applyLayers);
    m_opacity = new QSlider(Qt::Horizontal);
    m_opacity->setRange(10, 100);
    m_opacity->setToolTip(tr("Opacity of the selected layer"));
    connect(m_layerTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_opacity->setValue(int(item->data(1, kSettingsRole).toDouble() * 100));
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
        if (QTreeWidgetItem *item = m_layerTree->currentItem()) {
            item->setData(1, kSettingsRole, v / 100.0);
            applyLayers();
        }
    });
    const auto move = [this](int delta) {
        const int row = m_layerTree->indexOfTopLevelItem(m_layerTree->currentItem());
        const int to = row + delta;
        if (row < 0 || to < 0 || to >= m_layerTree->topLevelItemCount())
            return;
        QTreeWidgetItem *item = m_layerTree->takeTopLevelItem(row);
        m_layerTree->insertTopLevelItem(to, item);
        m_layerTree->setCurrentItem(item);
        applyLayers();
    };
    auto *up = new QPushButton(tr("Up"));
    auto *down = new QPushButton(tr("Down"));
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(1); });
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Layers"))));
    layout->addWidget(m_layerTree, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(up);
    buttons->addWidget(down);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Opacity")));
    layout->addWidget(m_opacity);
    applyLayers();
    return box;
}

void MapPanel::applyLayers()
{
    QList<LayerSettings> layers;
    for (int i = m_layerTree->topLevelItemCount() - 1; i >= 0; --i) {
        const QTreeWidgetItem *item = m_layerTree->topLevelItem(i);
        layers << LayerSettings{LayerKind(item->data(0, kSettingsRole).toInt()),
                                item->checkState(0) == Qt::Checked,
                                item->checkState(1) == Qt::Checked,
                                item->data(1, kSettingsRole).toDouble()};
    }
    m_canvas->setLayers(layers);
}

bool MapPanel::readLayers(bool keepEdits)
{
    auto data = MapData::load(m_db, QDateTime::currentDateTimeUtc());
    if (!data) {
        setStatus(tr("Could not read the map layers: %1").arg(data.error().message), true);
        return false;
    }
    if (!keepEdits || !m_doc.isModified()) {
        if (auto r = GridStore(m_db).load(m_doc); !r) {
            setStatus(tr("Could not read the grids: %1").arg(r.error().message), true);
            return false;
        }
    }
    m_canvas->setData(*data);
    return true;
}

bool MapPanel::refreshData()
{
    m_stale = false;
    return readLayers(true);
}

void MapPanel::dataChanged()
{
    m_stale = true;
    if (isVisible() && !m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void MapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshData();
}

bool MapPanel::reload()
{
    if (!readLayers(false))
        return false;
    const std::shared_ptr<const MapData> data = m_canvas->data();
    if (auto basemap = Storage::Settings(m_db).basemap(); basemap && !basemap->isEmpty()) {
        if (auto source = Geo::RasterSource::open(basemap.value()))
            m_canvas->setBasemap(*source);
    }
    setStatus(tr("%1 unit grids, %2 components, %3 cases, %4 cameras")
                  .arg(m_doc.grids().size())
                  .arg(data->components.size())
                  .arg(data->cases.size())
                  .arg(data->cameras.size()));
    return true;
}

bool MapPanel::save()
{
    QList<Geo::Problem> problems;
    auto saved = GridStore(m_db).save(m_doc, m_login, &problems);
    m_lastProblems = problems;
    m_canvas->setProblems(problems);
    m_problems->clear();
    for (const Geo::Problem &p : problems)
        m_problems->addItem(p.message);
    if (!saved) {
        setStatus(saved.error().message, true);
        if (!problems.isEmpty())
            m_canvas->zoomToPoint(problems.first().where, 0.6);
        return false;
    }
    setStatus(
        tr("Saved: %1 grids changed, %2 added, %3 deleted; the edits sync with the change journal.")
            .arg(saved->updated)
            .arg(saved->inserted)
            .arg(saved->deleted));
    return true;
}

namespace {

/// A modal progress dialog for reading a file, shown after 0.4 s; its callback cancels.
class ReadProgress
{
public:
    ReadProgress(const QString &path, QWidget *parent)
        : m_dialog(MapPanel::tr("Reading %1…").arg(path), MapPanel::tr("Cancel"), 0, 100, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
    }
    Geo::Progress callback()
    {
        return [this](qint64 done, qint64 total) {
            m_dialog.setMaximum(int(std::max<qint64>(total, 1)));
            m_dialog.setValue(int(done));
            return !m_dialog.wasCanceled();
        };
    }
    void done() { m_dialog.reset(); }

private:
    QProgressDialog m_dialog;
};

} // namespace

bool MapPanel::importGridFile(const QString &path, const QString &layer,
                              const QHash<QString, QString> &mapping)
{
    ReadProgress progress(path, this);
    auto grids = readGridFile(path, layer, mapping, m_doc, progress.callback());
    progress.done();
    if (!grids) {
        setStatus(grids.error().message, true);
        return false;
    }
    auto imported = importGrids(m_doc, *grids);
    if (!imported) {
        setStatus(imported.error().message, true);
        return false;
    }
    m_canvas->setProblems(m_doc.validate());
    setStatus(tr("Imported %1 grids (%2 new): check them on the map, then save.")
                  .arg(imported->inserted + imported->updated)
                  .arg(imported->inserted));
    return true;
}

bool MapPanel::importComponentFile(const QString &path, const QString &layer,
                                   const QHash<QString, QString> &mapping)
{
    if (!m_categories) { // components are checked against the city's 部件 classes
        setStatus(tr("No city dictionary to check the components against."), true);
        return false;
    }
    ReadProgress progress(path, this);
    auto imported = importComponents(m_db, *m_categories, path, layer, mapping,
                                     progress.callback());
    progress.done();
    if (!imported) {
        setStatus(imported.error().message, true);
        return false;
    }
    const QString done = tr("Imported %n component(s).", nullptr, imported->inserted);
    reload();
    setStatus(done);
    return true;
}

bool MapPanel::importGazetteerFile(const QString &path, const QString &layer,
                                   const QHash<QString, QString> &mapping)
{
    ReadProgress progress(path, this);
    auto imported = Gazetteer::importLayer(m_db, path, layer, mapping, progress.callback());
    progress.done();
    if (!imported) {
        setStatus(imported.error().message, true);
        return false;
    }
    //: 地名地址
    setStatus(tr("Address gazetteer: %1 street rows and %2 places imported, %3 intersections.")
                  .arg(imported->streets)
                  .arg(imported->places)
                  .arg(imported->intersections));
    return true;
}

bool MapPanel::exportLayerFile(LayerKind kind, const QString &path)
{
    auto written = exportLayer(m_db, kind, path);
    if (!written) {
        setStatus(written.error().message, true);
        return false;
    }
    setStatus(tr("%1 features of %2 written to %3").arg(*written).arg(layerTitle(kind), path));
    return true;
}

void MapPanel::importInteractively(ImportTarget target)
{
    const bool grids = target == ImportTarget::Grids;
    const bool gazetteer = target == ImportTarget::Gazetteer;
    const QString title = grids       ? tr("Import grids")
                          : gazetteer ? tr("Import addresses")
                                      : tr("Import components");
    const QString path
        = QFileDialog::getOpenFileName(this, title, QString(),
                                       gazetteer
                                           ? tr(
                                               "Vector files (*.gpkg *.geojson *.json *.shp *.csv)")
                                           : tr("Vector files (*.gpkg *.geojson *.json *.shp)"));
    if (path.isEmpty())
        return;
    auto layers = Geo::listLayers(path);
    if (!layers || layers->isEmpty()) {
        setStatus(layers ? tr("“%1” holds no layer.").arg(path) : layers.error().message, true);
        return;
    }
    QString layer = layers->first().name;
    if (layers->size() > 1) {
        QStringList names;
        for (const Geo::LayerInfo &l : *layers)
            names << l.name;
        bool ok = false;
        layer = QInputDialog::getItem(this, title, tr("Layer:"), names, 0, false, &ok);
        if (!ok)
            return;
    }
    QStringList fields;
    bool lines = false;
    for (const Geo::LayerInfo &l : *layers)
        if (l.name == layer) {
            fields = l.fields;
            lines = l.geometryType.contains(QLatin1String("Line"), Qt::CaseInsensitive);
        }
    if (gazetteer) {
        // Lines are streets with their house numbers, anything else places (docs/gazetteer.md).
        FieldMappingDialog dialog(lines ? tr("Streets from %1").arg(layer)
                                        : tr("Places from %1").arg(layer),
                                  lines ? Gazetteer::streetImportFields()
                                        : Gazetteer::placeImportFields(),
                                  fields, this);
        if (dialog.exec() == QDialog::Accepted)
            importGazetteerFile(path, layer, dialog.mapping());
        return;
    }
    FieldMappingDialog dialog(grids ? tr("Import grids from %1").arg(layer)
                                    : tr("Import components from %1").arg(layer),
                              grids ? gridImportFields() : componentImportFields(), fields, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (grids)
        importGridFile(path, layer, dialog.mapping());
    else
        importComponentFile(path, layer, dialog.mapping());
}

void MapPanel::exportInteractively()
{
    QStringList titles;
    for (LayerKind k : allLayers())
        titles << layerTitle(k);
    bool ok = false;
    const QString title = QInputDialog::getItem(this, tr("Export layer"), tr("Layer:"), titles, 3,
                                                false, &ok);
    if (!ok)
        return;
    const LayerKind kind = allLayers().value(int(titles.indexOf(title)));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export layer"), layerId(kind) + QStringLiteral(".gpkg"),
        tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp)"));
    if (!path.isEmpty())
        exportLayerFile(kind, path);
}

bool MapPanel::setBasemap(const QString &source)
{
    std::shared_ptr<Geo::RasterSource> raster;
    if (!source.isEmpty()) {
        auto opened = Geo::RasterSource::open(source);
        if (!opened) {
            setStatus(opened.error().message, true);
            return false;
        }
        raster = *opened;
    }
    if (auto r = Storage::Settings(m_db).setBasemap(source); !r) {
        setStatus(r.error().message, true);
        return false;
    }
    m_canvas->setBasemap(raster);
    setStatus(source.isEmpty() ? tr("No basemap.") : tr("Basemap: %1").arg(source));
    return true;
}

QString MapPanel::statusText() const
{
    return m_status->text();
}

void MapPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c00000; font-weight: bold")
                                  : QString());
}

void MapPanel::showIdentified(const MapCanvas::Identified &what)
{
    m_identified = what;
    m_openButton->setEnabled(what.layer == LayerKind::Cases || what.layer == LayerKind::Cameras);
    m_openButton->setText(what.layer == LayerKind::Cameras ? tr("Play on the video wall")
                          : what.layer == LayerKind::Cases ? tr("Open in the workbench")
                                                           : tr("Open"));
    if (what.layer == LayerKind::Cases) // the cameras that may see it
        showCamerasNear(what.position);
    m_identify->setRowCount(0);
    const auto add = [this](const QString &a, const QString &b) {
        const int row = m_identify->rowCount();
        m_identify->insertRow(row);
        m_identify->setItem(row, 0, new QTableWidgetItem(a));
        m_identify->setItem(row, 1, new QTableWidgetItem(b));
    };
    if (!what.title.isEmpty())
        add(tr("Feature"), what.title);
    for (const auto &[k, v] : what.attributes)
        add(k, v);
}

QList<MapPanel::NearCamera> MapPanel::camerasNear(const QPointF &lonLat, int count) const
{
    QList<NearCamera> out;
    const auto data = m_canvas->data();
    if (!data)
        return out;
    const std::vector<PointFeature> &cameras = data->cameras;
    for (const Geo::Nearby &n : Geo::nearestFirst(
             lonLat, qsizetype(cameras.size()), [&](qsizetype i) { return cameras[size_t(i)].pos; },
             count)) {
        const PointFeature &c = cameras[size_t(n.index)];
        out << NearCamera{c.id, c.label, n.metres};
    }
    return out;
}

void MapPanel::showCamerasNear(const QPointF &lonLat)
{
    m_cameras->clear();
    for (const NearCamera &c : camerasNear(lonLat)) {
        auto *item = new QListWidgetItem(tr("%1 — %2 m").arg(c.name).arg(qRound(c.metres)));
        item->setData(Qt::UserRole, c.id);
        m_cameras->addItem(item);
    }
    setStatus(
        tr("Cameras nearest %1 (double-click one to play it)").arg(Geo::formatLonLat(lonLat)));
}

} // namespace Cc::MapWidgets
