// SPDX-License-Identifier: GPL-3.0-or-later
// The map tab as a user drives it: layers render, identify, zoom to a code, cameras near a
// point, vertex drags with snapping (shared corners follow), undo/redo with Ctrl+Z /
// Ctrl+Shift+Z, a refused save shown at the spot, and no editing without the supervisor role.
// With CC_MAP_SCREENSHOT_DIR set it also writes the README's editing screenshot from the
// database in CC_MAP_SCREENSHOT_DB (the demo city).
#include "../../app/common/appsupport.h"
#include "../unit/map/mapfixture.h"

#include <cc/city/citycontext.h>
#include <cc/geo/distance.h>
#include <cc/map/layerimport.h>
#include <cc/map_widgets/fieldmappingdialog.h>
#include <cc/map_widgets/mappanel.h>
#include <cc/storage/repositories.h>

#include "resultcheck.h"

#include <QApplication>
#include <QMouseEvent>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

using namespace Cc;
using namespace Cc::Map;
using namespace Cc::MapWidgets;
using namespace MapFixture;

namespace {

void mouse(QWidget *w, QEvent::Type type, QPointF px, Qt::MouseButton button,
           Qt::MouseButtons buttons, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QMouseEvent e(type, px, w->mapToGlobal(px), button, buttons, mods);
    QApplication::sendEvent(w, &e);
}

void drag(QWidget *w, QPointF from, QPointF to, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    mouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, mods);
    for (int i = 1; i <= 4; ++i)
        mouse(w, QEvent::MouseMove, from + (to - from) * (i / 4.0), Qt::NoButton, Qt::LeftButton,
              mods);
    mouse(w, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, mods);
}

int nonBackgroundPixels(const QImage &image)
{
    int n = 0;
    const QRgb background = QColor(0xfa, 0xfa, 0xf7).rgb();
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            n += image.pixel(x, y) != background;
    return n;
}

} // namespace

class TestMapCanvas : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("city-%1.gpkg").arg(m_counter++));
        auto db = Storage::Database::open(m_path, Storage::Database::OpenMode::Create);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        QVERIFY(writeDatabase(*m_db).isEmpty());
        Storage::SpatialRepository spatial(*m_db);
        auto id = [] { return Core::uuidText(Core::makeUuidV7()); };
        CC_VERIFY_OK(spatial.insert(Storage::CameraRow{id(), "", "东门", "rtsp://127.0.0.1/1", "",
                                                       code(1), "", false, at(0.1, 0.1)}));
        CC_VERIFY_OK(spatial.insert(Storage::CameraRow{id(), "", "北门", "rtsp://127.0.0.1/2", "",
                                                       code(4), "", false, at(1.9, 1.9)}));
    }

    void cleanup()
    {
        m_panel.reset();
        m_city.reset();
        m_db.reset();
    }

    void rendersTheLayers()
    {
        open("sup01", true);
        MapCanvas *c = m_panel->canvas();
        c->renderNow();
        const QImage image = c->grab().toImage();
        QVERIFY2(nonBackgroundPixels(image) > 200, "the grids are drawn");
        // The city fills the view: grid 01's centre is inside the canvas.
        const QPointF px = c->toPixel(at(0.5, 0.5));
        QVERIFY(c->rect().contains(px.toPoint()));
    }

    void cachedPanMovesThePictureBeforeRerendering()
    {
        open("sup01", true);
        MapCanvas *c = m_panel->canvas();
        c->renderNow();
        const QPointF before = c->toPixel(at(1, 1));
        // Drag 40 px to the right: grid corners move with the cursor at once.
        c->setTool(MapCanvas::Tool::Identify);
        mouse(c, QEvent::MouseButtonPress, QPointF(100, 100), Qt::LeftButton, Qt::LeftButton);
        mouse(c, QEvent::MouseMove, QPointF(140, 100), Qt::NoButton, Qt::LeftButton);
        QVERIFY(std::abs(c->toPixel(at(1, 1)).x() - (before.x() + 40)) < 0.5);
        QVERIFY(c->renderer()->isRendering() || true);
        QVERIFY(nonBackgroundPixels(c->grab().toImage()) > 200); // composed from the cache
        mouse(c, QEvent::MouseButtonRelease, QPointF(140, 100), Qt::LeftButton, Qt::NoButton);
    }

    void identifyAndZoomTo()
    {
        open("op01", false);
        MapCanvas *c = m_panel->canvas();
        const MapCanvas::Identified grid = c->identifyAt(c->toPixel(at(1.5, 0.5)));
        QCOMPARE(grid.layer, LayerKind::UnitGrids);
        QVERIFY(grid.title.contains(code(2)));
        const MapCanvas::Identified camera = c->identifyAt(c->toPixel(at(0.1, 0.1)));
        QCOMPARE(camera.layer, LayerKind::Cameras);
        QVERIFY(camera.title.contains("东门"));
        QVERIFY(c->zoomToCode(code(4)));
        QCOMPARE(c->selectedGridId(), QStringLiteral("g4"));
        QVERIFY(c->viewport().extent().contains(at(1.5, 1.5)));
        QVERIFY(!c->viewport().extent().contains(at(0.1, 0.1)));
        QVERIFY(c->zoomToCode("东门"));
        QVERIFY(!c->zoomToCode("41052399999999"));
        const auto near = m_panel->camerasNear(at(1.6, 1.6));
        QCOMPARE(near.size(), 2);
        QCOMPARE(near.first().name, QStringLiteral("北门"));
        QVERIFY(near.first().metres < near.last().metres);
        // The one ground distance, the same the video wall ranks by.
        QCOMPARE(near.first().metres, Geo::groundDistanceM(at(1.6, 1.6), at(1.9, 1.9)));
        QCOMPARE(m_panel->camerasNear(at(1.6, 1.6), 1).size(), 1);
    }

    void clickACameraThenPlayIt()
    {
        open("op01", false);
        MapCanvas *c = m_panel->canvas();
        QSignalSpy play(m_panel.get(), &MapPanel::playCameraRequested);
        c->setTool(MapCanvas::Tool::Identify);
        c->clickAt(c->toPixel(at(0.1, 0.1)));
        QPushButton *open = nullptr;
        for (QPushButton *b : m_panel->findChildren<QPushButton *>())
            if (b->isEnabled() && b->text().contains("video wall"))
                open = b;
        QVERIFY(open);
        open->click();
        QCOMPARE(play.count(), 1);
        QVERIFY(!play.first().first().toString().isEmpty());
        // A grid has nothing to open.
        c->clickAt(c->toPixel(at(1.5, 1.5)));
        QVERIFY(!open->isEnabled());
    }

    void dragSharedVertexWithSnappingUndoRedo()
    {
        open("sup01", true);
        MapCanvas *c = m_panel->canvas();
        c->setFocus();
        c->setTool(MapCanvas::Tool::EditVertices);
        c->clickAt(c->toPixel(at(0.5, 0.5)));
        QCOMPARE(c->selectedGridId(), QStringLiteral("g1"));
        // Drag 01's corner (1,1), shared by all four grids, into open space (nothing within
        // the 10 px snap tolerance): it lands where dropped, and the neighbours follow.
        const QPointF drop = c->toPixel(at(1.2, 0.8)) + QPointF(2, -2);
        drag(c, c->toPixel(at(1, 1)), drop);
        for (const char *id : {"g1", "g2", "g3", "g4"}) {
            bool moved = false;
            for (const QPointF &p : m_panel->document()->grid(id)->geom.first())
                moved |= std::abs(p.x() - c->toMap(drop).x()) < 1e-9
                         && std::abs(p.y() - c->toMap(drop).y()) < 1e-9;
            QVERIFY2(moved, id);
        }
        QVERIFY(m_panel->document()->validate().isEmpty());

        // Ctrl+Z / Ctrl+Shift+Z on the panel.
        QTest::keyClick(m_panel.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!m_panel->document()->isModified());
        QTest::keyClick(m_panel.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_panel->document()->isModified());
        QTest::keyClick(m_panel.get(), Qt::Key_Z, Qt::ControlModifier);

        // Alt-drag 01's outer corner (0,0) to 5 px from 02's corner (1,0): it snaps onto it
        // exactly (and 01 now has that corner twice: a degenerate edge validation reports).
        c->clickAt(c->toPixel(at(0.5, 0.5)));
        drag(c, c->toPixel(at(0, 0)), c->toPixel(at(1, 0)) + QPointF(4, 3), Qt::AltModifier);
        QVERIFY(m_panel->document()->grid("g1")->geom.first().count(at(1, 0)) >= 2);
    }

    void refusedSaveShowsTheSpot()
    {
        open("sup01", true);
        MapCanvas *c = m_panel->canvas();
        c->setTool(MapCanvas::Tool::EditVertices);
        c->clickAt(c->toPixel(at(0.5, 0.5)));
        // Alt: only grid 01's corner moves → a gap opens next to 02, 03 and 04.
        drag(c, c->toPixel(at(1, 1)), c->toPixel(at(0.8, 0.8)), Qt::AltModifier);
        const qint64 outboxBefore = m_db->rowCount("outbox");
        QVERIFY(!m_panel->save());
        QVERIFY2(m_panel->statusText().contains("0.8") || m_panel->statusText().contains("114."),
                 qPrintable(m_panel->statusText()));
        QCOMPARE(m_db->rowCount("outbox"), outboxBefore);
        QVERIFY(c->viewport().extent().contains(at(0.9, 0.9))); // zoomed to the problem
        // Undo, save: nothing to write, accepted.
        m_panel->document()->undoStack()->undo();
        QVERIFY(m_panel->save());
    }

    void drawSplitMergeByTools()
    {
        open("sup01", true);
        MapCanvas *c = m_panel->canvas();
        c->setTool(MapCanvas::Tool::SplitLine);
        c->clickAt(c->toPixel(at(1.5, -0.3)));
        c->clickAt(c->toPixel(at(1.5, 1.0)) + QPointF(0, 0));
        c->finishSketch();
        QCOMPARE(m_panel->document()->grids().size(), 5);
        QVERIFY(m_panel->document()->gridByCode(code(5)));
        c->setTool(MapCanvas::Tool::Merge);
        c->clickAt(c->toPixel(at(0.5, 1.5)));
        c->clickAt(c->toPixel(at(1.5, 1.5)));
        QCOMPARE(c->mergeSelection().size(), 2);
        c->mergeSelected();
        QCOMPARE(m_panel->document()->grids().size(), 4);
        QVERIFY(m_panel->save());
        QCOMPARE(m_db->rowCount("grid_unit"), 4);
        // Saved, and the history is still there: the merge can be undone and saved again.
        QVERIFY(!m_panel->document()->isModified());
        QVERIFY(m_panel->document()->undoStack()->canUndo());
        QVERIFY(m_panel->refreshData()); // the database holds what was saved: history kept
        m_panel->document()->undoStack()->undo();
        QVERIFY(m_panel->document()->isModified());
        QVERIFY(m_panel->save());
        QCOMPARE(m_db->rowCount("grid_unit"), 5);
    }

    void withoutSupervisorNothingEdits()
    {
        open("op01", false);
        const auto actions = m_panel->findChild<QToolBar *>()->actions();
        int disabled = 0;
        for (QAction *a : actions)
            disabled += !a->isEnabled() && !a->text().isEmpty();
        QVERIFY(disabled >= 5); // four editing tools and save (undo/redo are empty anyway)
        MapCanvas *c = m_panel->canvas();
        QSignalSpy refused(c, &MapCanvas::editRefused);
        c->setTool(MapCanvas::Tool::EditVertices); // even if a tool were forced on
        c->clickAt(c->toPixel(at(0.5, 0.5)));
        drag(c, c->toPixel(at(1, 1)), c->toPixel(at(1.2, 1.2)));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!m_panel->document()->isModified());
    }

    void fieldMappingDialogMatchesNames()
    {
        FieldMappingDialog dialog("t", gridImportFields(), {"FID", "CODE", "Responsibility_Code"});
        QCOMPARE(dialog.mapping().value("code"), QStringLiteral("CODE"));
        QCOMPARE(dialog.mapping().value("responsibility_code"),
                 QStringLiteral("Responsibility_Code"));
        QVERIFY(!dialog.mapping().contains("community_code"));
        dialog.setMapping("community_code", "FID");
        QCOMPARE(dialog.mapping().value("community_code"), QStringLiteral("FID"));
    }

    void importAndExportThroughThePanel()
    {
        open("sup01", true);
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        m_city = std::move(city).value();
        const QString out = m_dir.filePath("grids-out.gpkg");
        QVERIFY(m_panel->exportLayerFile(LayerKind::UnitGrids, out));
        auto layers = Geo::listLayers(out);
        CC_VERIFY_OK(layers);
        QCOMPARE(layers->first().featureCount, 4);
        // Importing our own export: the same boundaries, so nothing to save, in one undo step.
        QVERIFY(m_panel->importGridFile(out, layers->first().name, {{"code", "code"}}));
        QCOMPARE(m_panel->document()->undoStack()->count(), 1);
        QVERIFY(!m_panel->document()->isModified());
        QVERIFY(!m_panel->importGridFile(out, layers->first().name, {{"code", "nope"}}));
        QVERIFY(m_panel->statusText().contains("nope"));

        // Components are written at once and drawn; the same file again is refused whole.
        const QString parts = m_dir.filePath("parts.geojson");
        {
            QFile f(parts);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral(R"({"type":"FeatureCollection","features":[{"type":"Feature",
                "properties":{"BSM":"4105230101000099","MC":"上水井盖"},"geometry":{"type":"Point","coordinates":[%1,%2]}}]})")
                        .arg(at(0.5, 0.5).x(), 0, 'g', 17)
                        .arg(at(0.5, 0.5).y(), 0, 'g', 17)
                        .toUtf8());
        }
        const qint64 before = m_db->rowCount("component");
        const QHash<QString, QString> fields{{"object_code", "BSM"}, {"name", "MC"}};
        // Checked against the city's 部件 classes, which the panel has only from its city.
        QVERIFY(!m_panel->importComponentFile(parts, Geo::listLayers(parts)->first().name, fields));
        QCOMPARE(m_db->rowCount("component"), before);
        m_panel->setCity(*m_city);
        QVERIFY2(m_panel->importComponentFile(parts, Geo::listLayers(parts)->first().name, fields),
                 qPrintable(m_panel->statusText()));
        QVERIFY2(m_panel->statusText().contains("1 component"), qPrintable(m_panel->statusText()));
        QCOMPARE(m_db->rowCount("component"), before + 1);
        QCOMPARE(m_db->rowCount("outbox"), 1);
        QVERIFY(!m_panel->importComponentFile(parts, Geo::listLayers(parts)->first().name, fields));
        QVERIFY2(m_panel->statusText().contains("exists already"),
                 qPrintable(m_panel->statusText()));
        QCOMPARE(m_db->rowCount("component"), before + 1);
    }

    void rowsChangedUnderneathAreShownUnlessEditing()
    {
        // What the hub sync does while the map is open: rows change in the database.
        open("sup01", true);
        const auto components = [this] { return m_panel->canvas()->data()->components.size(); };
        const size_t before = components();
        QVERIFY(Storage::SpatialRepository(*m_db).insert(
            Storage::ComponentRow{Core::uuidText(Core::makeUuidV7()),
                                  "4105230101000077",
                                  "0101",
                                  "上水井盖",
                                  "完好",
                                  "",
                                  code(1),
                                  {},
                                  at(0.4, 0.6)}));
        QVERIFY(m_panel->refreshData());
        QCOMPARE(components(), before + 1);
        // As the window wires it: while hidden nothing is read, shown again it is; shown, it
        // follows within a few seconds.
        const auto addComponent = [this](const QString &code, double x) {
            return Storage::SpatialRepository(*m_db).insert(
                Storage::ComponentRow{Core::uuidText(Core::makeUuidV7()),
                                      code,
                                      "0101",
                                      "上水井盖",
                                      "完好",
                                      "",
                                      ::code(1),
                                      {},
                                      at(x, 0.6)});
        };
        m_panel->hide();
        QVERIFY(addComponent("4105230101000078", 0.45));
        m_panel->dataChanged();
        QTest::qWait(50);
        QCOMPARE(components(), before + 1);
        m_panel->show();
        QCOMPARE(components(), before + 2);
        QVERIFY(addComponent("4105230101000079", 0.5));
        m_panel->dataChanged();
        QTRY_COMPARE_WITH_TIMEOUT(components(), before + 3, 8000);

        // A grid changed on the hub while the supervisor edits another: the edit stays.
        const Map::GridPolygon g2 = *m_panel->document()->gridByCode(code(2));
        QVERIFY(m_panel->document()->moveVertex({g2.id, 0, 0},
                                                g2.geom.first().first() + QPointF(0.1 * S, 0)));
        QVERIFY(m_db->exec(
            QStringLiteral("UPDATE grid_unit SET version = version + 1 WHERE code = '%1'")
                .arg(code(3))));
        QVERIFY(m_panel->refreshData());
        QVERIFY(m_panel->document()->isModified());
        QCOMPARE(m_panel->document()->gridByCode(code(3))->version, 1);
        // Once the edit is undone, the next refresh brings the hub's grid.
        m_panel->document()->undoStack()->undo();
        QVERIFY(m_panel->refreshData());
        QCOMPARE(m_panel->document()->gridByCode(code(3))->version, 2);
    }

    void basemapFromAGeoTiff()
    {
        const QString tif = m_dir.filePath("base.tif");
        QProcess gdal;
        gdal.start("gdal_create",
                   {"-of",       "GTiff",   "-outsize", "64",      "64",       "-bands",  "3",
                    "-burn",     "255",     "-burn",    "0",       "-burn",    "0",       "-a_srs",
                    "EPSG:4490", "-a_ullr", "114.2990", "35.9050", "114.3050", "35.8990", tif});
        QVERIFY(gdal.waitForFinished(60000) && gdal.exitCode() == 0);
        open("op01", false);
        QVERIFY(!m_panel->setBasemap(m_dir.filePath("missing.tif")));
        QVERIFY(m_panel->statusText().contains("missing.tif"));
        QVERIFY(m_panel->setBasemap(tif));
        MapCanvas *c = m_panel->canvas();
        c->zoomToRect(QRectF(at(-0.4, -0.4), at(2.4, 2.4)));
        c->renderNow();
        const QImage image = c->grab().toImage();
        const QColor outside = image.pixelColor(
            c->toPixel(at(-0.2, 1)).toPoint()); // raster, no grid
        QVERIFY2(outside.red() > 200 && outside.green() < 60, qPrintable(outside.name()));
        // Kept for the next start.
        m_panel = std::make_unique<MapPanel>(*m_db, "op01", false);
        auto stored = Storage::SettingRepository(*m_db).get("map.basemap");
        QVERIFY(stored.ok() && *stored && **stored == tif);
    }

    void editingScreenshot()
    {
        const QString dir = qEnvironmentVariable("CC_MAP_SCREENSHOT_DIR");
        const QString demo = qEnvironmentVariable("CC_MAP_SCREENSHOT_DB");
        if (dir.isEmpty() || demo.isEmpty())
            QSKIP("set CC_MAP_SCREENSHOT_DIR and CC_MAP_SCREENSHOT_DB to write the README picture");
        m_panel.reset();
        Cc::App::installTranslations(*qApp,
                                     qEnvironmentVariable("CC_MAP_SCREENSHOT_LANG", "zh_CN"));
        auto db = Storage::Database::open(demo, Storage::Database::OpenMode::ReadWrite);
        CC_VERIFY_OK(db);
        MapPanel panel(**db, "sv01", true);
        panel.resize(1500, 850);
        panel.show();
        MapCanvas *c = panel.canvas();
        GridDocument *doc = panel.document();
        // A grid whose north-east corner is shared by four grids of its own community, so
        // the shared-corner move keeps everything valid (the corners of the demo town's
        // grids are among many vertices: the ones furthest north-east and north-west).
        const auto furthest = [](const Geo::Ring &ring, double east) {
            return qsizetype(std::max_element(ring.begin(), ring.end(),
                                              [east](const QPointF &a, const QPointF &b) {
                                                  return a.y() + east * a.x()
                                                         < b.y() + east * b.x();
                                              })
                             - ring.begin());
        };
        std::optional<GridPolygon> g;
        QPointF corner;
        for (const GridPolygon &candidate : doc->grids()) {
            if (candidate.code.right(2).toInt() < 5)
                continue;
            const QPointF v = candidate.geom.first()[furthest(candidate.geom.first(), 1)];
            int sharing = 0;
            for (const GridPolygon &other : doc->grids())
                sharing += other.communityCode == candidate.communityCode
                           && other.geom.first().contains(v);
            if (sharing == 4) {
                g = candidate, corner = v;
                break;
            }
        }
        QVERIFY(g);
        QVERIFY(c->zoomToCode(g->code));
        c->setTool(MapCanvas::Tool::EditVertices);
        c->selectGrid(g->id);
        const Geo::Ring ring = g->geom.first();
        // The moves stay within one step between vertices (a whole side of a square grid).
        const double step = std::abs(ring[1].x() - ring[0].x());
        const QPointF cellSize(step, step * std::cos(ring[0].y() * M_PI / 180.0));
        // A shared corner moved (the three neighbours follow), a vertex added on the shared
        // south edge and pulled out (the southern neighbour follows), then one corner pulled
        // alone: the save is refused and the gap is marked where it is.
        CC_VERIFY_OK(
            doc->moveSharedVertex(corner,
                                  corner + QPointF(cellSize.x() * 0.22, -cellSize.y() * 0.15)));
        const QPointF south = (ring[0] + ring[1]) / 2;
        CC_VERIFY_OK(doc->insertVertex(g->id, 0, 0, south));
        CC_VERIFY_OK(doc->moveSharedVertex(south, south - QPointF(0, cellSize.y() * 0.18)));
        const qsizetype northWest = furthest(ring, -1);
        CC_VERIFY_OK(
            doc->moveVertex({g->id, 0, int(northWest) + 1},
                            ring[northWest] + QPointF(cellSize.x() * 0.2, -cellSize.y() * 0.2)));
        QVERIFY(!panel.save());
        c->zoomToCode(g->code);
        c->zoomBy(0.55, c->rect().center());
        c->renderNow();
        QTest::qWait(200);
        c->renderNow();
        QVERIFY(panel.grab().save(dir + "/map-editing.png"));
    }

private:
    void open(const QString &login, bool canEdit)
    {
        m_panel = std::make_unique<MapPanel>(*m_db, login, canEdit);
        m_panel->resize(1200, 800);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_panel->canvas()->zoomToExtent();
        m_panel->canvas()->renderNow();
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<MapPanel> m_panel;
    std::unique_ptr<City::CityContext> m_city; ///< the components import's dictionary
};

QTEST_MAIN(TestMapCanvas)
#include "tst_mapcanvas.moc"
