// SPDX-License-Identifier: GPL-3.0-or-later
// 新建上报 with the address gazetteer (docs/gazetteer.md), in zh_CN on the demo city: typing
// an address offers ranked matches as one types, Down and Enter take one, which fills the
// point, the grid and the community and shows the place on the small map; an intersection
// with an offset moves the point; text the gazetteer does not know stays free text.
// Writes intake-address-typing.png (the matches listed) and intake-address.png (one taken)
// into the build directory.
#include "../../app/common/appsupport.h"
#include "democityfixture.h"
#include "desksession.h"
#include "resultcheck.h"

#include <cc/cases/caseservice.h>
#include <cc/cases_widgets/intakedialog.h>
#include <cc/city/citycontext.h>
#include <cc/geo/distance.h>
#include <cc/map_widgets/mapcanvas.h>
#include <cc/map_widgets/mappanel.h>
#include <cc/map_widgets/placepreview.h>

#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Cc;
using namespace Cc::CasesWidgets;

namespace {
template<typename W>
W *child(QObject *parent, const char *name)
{
    return parent->findChild<W *>(QString::fromLatin1(name));
}
/// Types as an operator does: latin keys one by one, Chinese as an input method commits it
/// (QTest::keyClicks takes Latin-1 only).
void type(QWidget *edit, const QString &text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype j = i;
        const bool latin = text[i].unicode() < 0x80;
        while (j < text.size() && (text[j].unicode() < 0x80) == latin)
            ++j;
        if (latin) {
            QTest::keyClicks(edit, text.mid(i, j - i));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(text.mid(i, j - i));
            QApplication::sendEvent(edit, &commit);
        }
        i = j;
    }
}
} // namespace

class tst_IntakeAddress : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<City::CityContext> m_city;
    std::unique_ptr<Cases::CaseService> m_service;
    std::unique_ptr<MapWidgets::MapPanel> m_map;
    Cases::Session m_operator;

    std::unique_ptr<IntakeDialog> dialog()
    {
        auto d = std::make_unique<IntakeDialog>(*m_db, *m_service, m_operator, QDateTime());
        auto *preview = new MapWidgets::PlacePreviewMap(*m_map, d.get());
        d->setPlacePreview(
            {preview, [preview](const QPointF &lonLat) { preview->showPlace(lonLat); }});
        d->show();
        QApplication::setActiveWindow(d.get());
        return d;
    }

    /// A dialog where `text` was typed and the first match taken.
    std::unique_ptr<IntakeDialog> dialogWithAddress(const QString &text)
    {
        auto d = dialog();
        auto *address = child<QLineEdit>(d.get(), "address");
        type(address, text);
        QTest::keyClick(address, Qt::Key_Return);
        return d;
    }

    QPointF point(IntakeDialog *d)
    {
        return {child<QLineEdit>(d, "lon")->text().toDouble(),
                child<QLineEdit>(d, "lat")->text().toDouble()};
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(App::installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        auto db = makeDemoCity(m_dir.filePath(QStringLiteral("city.gpkg")), 40, 50);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        m_city = std::move(city).value();
        m_service = std::make_unique<Cases::CaseService>(*m_db, m_city->categories(),
                                                         m_city->calendar());
        m_operator = deskSession(*m_db, QStringLiteral("op01"));
        m_map = std::make_unique<MapWidgets::MapPanel>(*m_db, QStringLiteral("op01"), false);
        m_map->resize(1000, 700);
        m_map->canvas()->zoomToExtent();
    }

    void typingOffersMatchesAndEnterTakesOne()
    {
        auto d = dialog();
        auto *address = child<QLineEdit>(d.get(), "address");
        auto *matches = child<QListWidget>(d.get(), "addressMatches");
        auto *preview = child<MapWidgets::PlacePreviewMap>(d.get(), "placePreview");
        QVERIFY(address && matches && preview);
        QVERIFY(!matches->isVisible());
        QVERIFY(!preview->isVisible()); // nothing to show yet

        // Two characters already offer streets and places.
        type(address, QStringLiteral("人民"));
        QVERIFY(matches->isVisible());
        QVERIFY(matches->count() >= 2);
        // The full address ranks its house number first, with 号 or without.
        address->clear();
        type(address, QStringLiteral("人民路12"));
        QVERIFY(matches->count() >= 1);
        QVERIFY2(matches->item(0)->text().startsWith(QStringLiteral("人民路12号")),
                 qPrintable(matches->item(0)->text()));
        QVERIFY(child<QLineEdit>(d.get(), "lon")->text().isEmpty());
        QCoreApplication::processEvents(); // the form's layout follows the list
        QVERIFY(d->grab().save(QStringLiteral(CC_BINARY_DIR "/intake-address-typing.png")));

        QTest::keyClick(address, Qt::Key_Return);
        QCOMPARE(address->text(), QStringLiteral("人民路12号"));
        QVERIFY(!matches->isVisible());
        QVERIFY(!child<QLineEdit>(d.get(), "lon")->text().isEmpty());
        auto *grid = child<QLabel>(d.get(), "gridInfo");
        QVERIFY2(!grid->property("gridCode").toString().isEmpty(), qPrintable(grid->text()));
        QVERIFY(!grid->property("communityCode").toString().isEmpty());
        QVERIFY2(grid->text().contains(QStringLiteral("社区")), qPrintable(grid->text()));
        // The small map is centred on the place and rings it.
        QVERIFY(preview->isVisible());
        QVERIFY(preview->canvas()->highlight().has_value());
        QVERIFY(Geo::groundDistanceM(*preview->canvas()->highlight(), point(d.get())) < 0.01);
        QCoreApplication::processEvents();
        preview->canvas()->renderNow();
        QVERIFY(d->grab().save(QStringLiteral(CC_BINARY_DIR "/intake-address.png")));
        // Saving stays the user's choice: Enter took the match, the dialog is still open.
        QVERIFY(d->isVisible());
        QVERIFY(!d->created());
    }

    void offsetMovesThePoint()
    {
        auto d = dialog();
        auto *address = child<QLineEdit>(d.get(), "address");
        auto *matches = child<QListWidget>(d.get(), "addressMatches");
        type(address, QStringLiteral("人民路与解放路交叉口"));
        QVERIFY(matches->count() >= 1);
        QTest::keyClick(address, Qt::Key_Return);
        const QPointF crossing = point(d.get());
        address->clear();
        type(address, QStringLiteral("人民路与解放路交叉口向西180米北侧"));
        QVERIFY(matches->count() >= 1);
        QTest::keyClick(address, Qt::Key_Return);
        const QPointF moved = point(d.get());
        // 180 m west and 15 m north of the crossing (docs/gazetteer.md).
        QVERIFY(moved.x() < crossing.x());
        QVERIFY(moved.y() > crossing.y());
        const double metres = Geo::groundDistanceM(crossing, moved);
        QVERIFY2(std::abs(metres - std::hypot(180.0, 15.0)) < 1.0,
                 qPrintable(QString::number(metres)));
    }

    void pinyinAndClickTakeAMatch()
    {
        auto d = dialog();
        auto *address = child<QLineEdit>(d.get(), "address");
        auto *matches = child<QListWidget>(d.get(), "addressMatches");
        type(address, QStringLiteral("dyzx"));
        QVERIFY(matches->count() >= 1);
        QVERIFY2(matches->item(0)->text().startsWith(QStringLiteral("第一中学")),
                 qPrintable(matches->item(0)->text()));
        const QRect first = matches->visualItemRect(matches->item(0));
        QTest::mouseClick(matches->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(address->text(), QStringLiteral("第一中学"));
        QVERIFY(!child<QLineEdit>(d.get(), "lon")->text().isEmpty());
    }

    void importFromTheMapPanel()
    {
        // The map tab's 导入地名地址 path without its dialogs: a CSV of places with the
        // surveyor's own field names; the next report finds the new place.
        const QString path = m_dir.filePath(QStringLiteral("poi.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        const QPointF where = point(dialogWithAddress(QStringLiteral("人民路12号")).get());
        csv.write(QStringLiteral("MC,LB,x,y\n东关派出所,landmark,%1,%2\n")
                      .arg(where.x(), 0, 'f', 8)
                      .arg(where.y(), 0, 'f', 8)
                      .toUtf8());
        csv.close();
        QVERIFY(m_map->importGazetteerFile(path, {},
                                           {{QStringLiteral("name"), QStringLiteral("MC")},
                                            {QStringLiteral("kind"), QStringLiteral("LB")}}));
        auto d = dialogWithAddress(QStringLiteral("东关派出所"));
        QCOMPARE(child<QLineEdit>(d.get(), "address")->text(), QStringLiteral("东关派出所"));
        QVERIFY(Geo::groundDistanceM(point(d.get()), where) < 0.5);
    }

    void unknownTextStaysFreeText()
    {
        auto d = dialog();
        auto *address = child<QLineEdit>(d.get(), "address");
        auto *matches = child<QListWidget>(d.get(), "addressMatches");
        type(address, QStringLiteral("北京天安门广场"));
        QVERIFY(!matches->isVisible());
        QTest::keyClick(address, Qt::Key_Return); // moves on, as before: nothing taken
        QCOMPARE(address->text(), QStringLiteral("北京天安门广场"));
        QVERIFY(child<QLineEdit>(d.get(), "lon")->text().isEmpty());
        QVERIFY(d->isVisible());
    }
};

QTEST_MAIN(tst_IntakeAddress)
#include "tst_intakeaddress.moc"
