// SPDX-License-Identifier: GPL-3.0-or-later
// 新建专项 with an area drawn on the map (issue 13): the dialog's 在地图上画范围… runs the map's
// own polygon drawing (MapCanvas::Tool::SketchArea in AreaDrawDialog), driven here with mouse
// and key events; the campaign stored has exactly the corners clicked and tags the cases whose
// point lies inside (counted independently from the database). Outlines that cross
// themselves, lie outside the city or are too small are refused by the store's own checks,
// shown in the dialog with everything typed kept.
#include <cc/cases/campaigns.h>
#include <cc/cases_widgets/campaigndialog.h>
#include <cc/cases_widgets/campaignview.h>
#include <cc/geo/pointinpolygon.h>
#include <cc/map_widgets/areadrawer.h>
#include <cc/map_widgets/mapcanvas.h>
#include <cc/map_widgets/mappanel.h>
#include <cc/storage/geometry.h>

#include "../../app/common/appsupport.h"
#include "democityfixture.h"
#include "resultcheck.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Cc;
using CasesWidgets::CampaignDialog;
using CasesWidgets::CampaignView;
using MapWidgets::AreaDrawDialog;
using MapWidgets::MapCanvas;

class tst_CampaignArea : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<City::CityContext> m_city;
    std::unique_ptr<MapWidgets::MapPanel> m_map;
    /// What the drawing does on the drawer's canvas (per test): the corners it clicked, lon/lat.
    std::function<QList<QPointF>(MapCanvas *)> m_gesture;
    QList<QPointF> m_clicked;

    const QDate kFrom{2026, 1, 1};
    const QDate kTo{2026, 11, 23};

    /// The drawer the app gives the dialog, but with the gesture of the test instead of a user.
    std::optional<Core::PolygonRings> drawOnTheMap(QWidget *parent,
                                                   const Core::PolygonRings &current)
    {
        AreaDrawDialog dialog(*m_map, current, parent);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return std::nullopt;
        MapCanvas *canvas = dialog.canvas();
        canvas->snapTolerancePx = 0; // the corners exactly where clicked
        m_clicked = m_gesture(canvas);
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("ok"));
        if (!ok || !ok->isEnabled())
            return std::nullopt;
        if (const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            canvas->renderNow();
            dialog.grab().save(dir + QStringLiteral("/campaign-area-drawing.png"));
        }
        QTest::mouseClick(ok, Qt::LeftButton);
        if (dialog.result() != QDialog::Accepted)
            return std::nullopt;
        return dialog.area();
    }

    /// Clicks the corners (pixels) and closes the outline with a double-click on the last.
    static QList<QPointF> clickOutline(MapCanvas *canvas, const QList<QPoint> &corners)
    {
        QList<QPointF> lonLat;
        for (int i = 0; i < corners.size(); ++i) {
            lonLat << canvas->toMap(QPointF(corners[i]));
            QTest::mouseClick(canvas, Qt::LeftButton, {}, corners[i]);
        }
        // A double-click is a press and release, then the double-click event: it closes.
        QTest::mouseDClick(canvas, Qt::LeftButton, {}, corners.last());
        return lonLat;
    }

    void fill(CampaignDialog &dialog, const QString &name)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("campaignName"))->setText(name);
        dialog.findChild<QDateEdit *>(QStringLiteral("campaignFrom"))->setDate(kFrom);
        dialog.findChild<QDateEdit *>(QStringLiteral("campaignTo"))->setDate(kTo);
    }
    void clickCreate(CampaignDialog &dialog)
    {
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }
    /// The cases the campaign must tag, from the database: reported in the period (local
    /// dates), the point inside the outline.
    QStringList casesInside(const Core::PolygonRings &area)
    {
        QStringList ids;
        auto st = m_db->prepare(QStringLiteral("SELECT id, reported_at, geom FROM case_record"));
        if (!st)
            return ids;
        const QTimeZone zone("Asia/Shanghai");
        for (auto row = st->step(); row && row.value(); row = st->step()) {
            const QDate day
                = QDateTime::fromString(st->text(1), Qt::ISODateWithMs).toTimeZone(zone).date();
            auto point = Storage::Gpkg::decodePoint(st->blob(2));
            if (point && day >= kFrom && day <= kTo && Geo::covers(area, point.value()))
                ids << st->text(0);
        }
        ids.sort();
        return ids;
    }
    QStringList tagged(const QString &campaignId)
    {
        QStringList ids;
        auto st = m_db->prepare(
            QStringLiteral("SELECT case_id FROM campaign_case WHERE campaign_id = ?1 ORDER BY 1"));
        st->bindText(1, campaignId);
        for (auto row = st->step(); row && row.value(); row = st->step())
            ids << st->text(0);
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Screenshots for the docs are taken in Chinese, the UI's first language.
        if (!qEnvironmentVariableIsEmpty("CC_SCREENSHOT_DIR"))
            App::installTranslations(*qApp, QStringLiteral("zh_CN"));
        auto db = makeDemoCity(m_dir.filePath(QStringLiteral("city.gpkg")), 1500, 100);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        m_city = std::move(city).value();
        m_map = std::make_unique<MapWidgets::MapPanel>(*m_db, QStringLiteral("sl01"), false);
        m_map->resize(1000, 700);
        m_map->canvas()->zoomToExtent();
    }

    void drawnAreaTagsTheCasesInside()
    {
        CampaignView view(*m_city);
        view.setInteractive(false);
        view.setNow(demoCityEnd().toUTC());
        view.setDefiner(QStringLiteral("sl01"), Core::Role::ShiftLeader);
        view.setAreaDrawer([this](QWidget *parent, const Core::PolygonRings &current) {
            return drawOnTheMap(parent, current);
        });
        m_gesture = [](MapCanvas *canvas) {
            // A quadrilateral over the middle of the city; a stray corner taken back first.
            const int w = canvas->width(), h = canvas->height();
            QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(w * 0.3, h * 0.3));
            QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(w * 0.7, h * 0.28));
            QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(w * 0.9, h * 0.1));
            QTest::keyClick(canvas, Qt::Key_Backspace);
            if (canvas->sketch().size() != 2)
                return QList<QPointF>();
            QList<QPointF> corners{canvas->toMap(QPointF(QPoint(w * 0.3, h * 0.3))),
                                   canvas->toMap(QPointF(QPoint(w * 0.7, h * 0.28)))};
            return corners
                   + clickOutline(canvas, {QPoint(w * 0.72, h * 0.7), QPoint(w * 0.32, h * 0.68)});
        };
        QPointer<CampaignDialog> dialog = view.newCampaignDialog();
        dialog->show();
        fill(*dialog, QStringLiteral("中心城区画定范围专项整治"));
        auto *draw = dialog->findChild<QPushButton *>(QStringLiteral("drawArea"));
        QVERIFY(draw && draw->isEnabled());
        draw->click(); // not a QTest click: the drawing's own mouse events run inside it
        QCOMPARE(m_clicked.size(), 4);
        const QString summary = dialog->findChild<QLabel *>(QStringLiteral("drawnArea"))->text();
        QVERIFY2(summary.contains(QLatin1String("4")), qPrintable(summary));
        Core::PolygonRings expected{m_clicked + QList<QPointF>{m_clicked.first()}};
        QCOMPARE(dialog->campaign().polygon, expected);
        if (const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(dir + QStringLiteral("/campaign-area-dialog.png"));
        clickCreate(*dialog);
        QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

        // Stored with exactly that outline; the cases inside it tagged, no others.
        Cases::CampaignStore store(*m_db, m_city->categories(), m_city->calendar());
        auto saved = store.find(QStringLiteral("中心城区画定范围专项整治"));
        CC_VERIFY_OK(saved);
        QCOMPARE(saved->polygon, expected);
        QVERIFY(saved->streetCodes.isEmpty() && saved->gridCodes.isEmpty());
        const QStringList inside = casesInside(expected);
        QVERIFY2(inside.size() > 20, qPrintable(QString::number(inside.size())));
        QVERIFY(inside.size() < m_db->rowCount(QStringLiteral("case_record")));
        QCOMPARE(tagged(saved->id), inside);
        // The tab reads its list on a worker thread: the new campaign is selected when it is in.
        QTRY_COMPARE(view.selectedName(), QStringLiteral("中心城区画定范围专项整治"));
    }

    void refusedOutlines_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("edges crossing") << 0 << "campaign.polygon-invalid";
        QTest::newRow("outside the city") << 1 << "campaign.polygon-outside";
        QTest::newRow("a slip of the mouse") << 2 << "campaign.polygon-too-small";
    }

    void refusedOutlines()
    {
        QFETCH(int, kind);
        QFETCH(QString, code);
        const QPointF middle = m_map->canvas()->toMap(QPointF(m_map->canvas()->rect().center()));
        m_gesture = [kind, middle](MapCanvas *canvas) {
            const int w = canvas->width(), h = canvas->height();
            if (kind == 0) // a bow tie over the city
                return clickOutline(canvas, {QPoint(w * 0.3, h * 0.3), QPoint(w * 0.7, h * 0.7),
                                             QPoint(w * 0.7, h * 0.3), QPoint(w * 0.3, h * 0.7)});
            if (kind == 1) { // far out: the city a speck in the middle
                canvas->zoomBy(0.02, QPointF(w / 2.0, h / 2.0));
                return clickOutline(canvas, {QPoint(20, 20), QPoint(120, 20), QPoint(70, 90)});
            }
            canvas->zoomToPoint(middle, 0.2); // 20 cm a pixel: 8 px are 1.6 m
            return clickOutline(canvas, {QPoint(w / 2, h / 2), QPoint(w / 2 + 8, h / 2),
                                         QPoint(w / 2 + 8, h / 2 + 8)});
        };
        CampaignDialog dialog(*m_city, QStringLiteral("sl01"), Core::Role::ShiftLeader);
        dialog.setAreaDrawer([this](QWidget *parent, const Core::PolygonRings &current) {
            return drawOnTheMap(parent, current);
        });
        dialog.show();
        const QString name = QStringLiteral("画错范围的专项 %1").arg(kind);
        fill(dialog, name);
        const qint64 before = m_db->rowCount(QStringLiteral("campaign"));
        dialog.findChild<QPushButton *>(QStringLiteral("drawArea"))->click();
        QVERIFY(!dialog.campaign().polygon.isEmpty());
        clickCreate(dialog);
        QVERIFY2(dialog.lastError().contains(QStringLiteral("[%1]").arg(code)),
                 qPrintable(dialog.lastError()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.campaign().name, name); // everything typed kept
        QCOMPARE(m_db->rowCount(QStringLiteral("campaign")), before);
        // Removing the outline leaves no area: the store says so.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("clearDrawnArea")),
                          Qt::LeftButton);
        QVERIFY(dialog.campaign().polygon.isEmpty());
        clickCreate(dialog);
        QVERIFY2(dialog.lastError().contains(QLatin1String("[campaign.no-area]")),
                 qPrintable(dialog.lastError()));
    }
};

QTEST_MAIN(tst_CampaignArea)
#include "tst_campaignarea.moc"
