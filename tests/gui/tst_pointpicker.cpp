// SPDX-License-Identifier: GPL-3.0-or-later
// 地图选点 for a report: a click picks (a drag pans and does not), the cross follows the
// point when the map moves, a given point opens centred and picked, cancel picks nothing.
#include <cc/map_widgets/mapcanvas.h>
#include <cc/map_widgets/mappanel.h>
#include <cc/map_widgets/pointpicker.h>
#include <cc/storage/repositories.h>

#include "democityfixture.h"
#include "resultcheck.h"

#include <QApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QPolygonF>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Cc;
using namespace Cc::MapWidgets;

namespace {

void mouse(QWidget *w, QEvent::Type type, QPointF px, Qt::MouseButton button,
           Qt::MouseButtons buttons)
{
    QMouseEvent e(type, px, w->mapToGlobal(px), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

bool near(const QPointF &a, const QPointF &b)
{
    return std::abs(a.x() - b.x()) < 1e-7 && std::abs(a.y() - b.y()) < 1e-7;
}

} // namespace

class TestPointPicker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<MapPanel> m_panel;
    QPointF m_inCity;

private slots:
    void initTestCase()
    {
        auto db = makeDemoCity(m_dir.filePath(QStringLiteral("city.gpkg")), 20, 50);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        // A place in the city: the middle of its first unit grid.
        auto grids = Storage::SpatialRepository(*m_db).unitGrids();
        CC_VERIFY_OK(grids);
        QVERIFY(!grids->isEmpty());
        m_inCity = QPolygonF(grids->first().geom.first()).boundingRect().center();
        m_panel = std::make_unique<MapPanel>(*m_db, QStringLiteral("op01"), false);
        m_panel->resize(1000, 700);
        m_panel->canvas()->zoomToExtent();
    }

    void clickPicksDragPans()
    {
        PointPickerDialog dialog(*m_panel, std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        MapCanvas *canvas = dialog.canvas();
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("ok"));
        QVERIFY(!dialog.point());
        QVERIFY(!ok->isEnabled());

        // A drag pans: no point.
        mouse(canvas, QEvent::MouseButtonPress, QPointF(100, 100), Qt::LeftButton, Qt::LeftButton);
        mouse(canvas, QEvent::MouseMove, QPointF(160, 130), Qt::NoButton, Qt::LeftButton);
        mouse(canvas, QEvent::MouseButtonRelease, QPointF(160, 130), Qt::LeftButton, Qt::NoButton);
        QVERIFY(!dialog.point());

        // A click picks the spot under the cursor.
        const QPointF px(300, 200);
        const QPointF expected = canvas->toMap(px);
        mouse(canvas, QEvent::MouseButtonPress, px, Qt::LeftButton, Qt::LeftButton);
        mouse(canvas, QEvent::MouseButtonRelease, px, Qt::LeftButton, Qt::NoButton);
        QVERIFY(dialog.point());
        QVERIFY(near(*dialog.point(), expected));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("pickedPoint"))
                    ->text()
                    .contains(QString::number(expected.x(), 'f', 6)));
        QVERIFY(ok->isEnabled());
        auto *marker = dialog.findChild<QLabel *>(QStringLiteral("pickedMarker"));
        QVERIFY(marker->isVisible());
        QVERIFY((QPointF(marker->geometry().center()) - px).manhattanLength() < 4);

        if (const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/point-picker.png")));

        // The cross stays on the point when the map zooms.
        canvas->zoomBy(2.0, QPointF(0, 0));
        const QPointF moved = canvas->toPixel(*dialog.point());
        QVERIFY((QPointF(marker->geometry().center()) - moved).manhattanLength() < 4);
    }

    void givenPointOpensPicked()
    {
        const QPointF given = m_inCity;
        PointPickerDialog dialog(*m_panel, given);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.point() && near(*dialog.point(), given));
        const QPointF px = dialog.canvas()->toPixel(given);
        const QRect view = dialog.canvas()->rect();
        QVERIFY2((px - QPointF(view.center())).manhattanLength() < 3, "opens centred on the point");
        dialog.reject();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestPointPicker)
#include "tst_pointpicker.moc"
