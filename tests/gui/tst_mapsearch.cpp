// SPDX-License-Identifier: GPL-3.0-or-later
// The map tab as a dispatcher uses it on the demo city, in zh_CN under the hall's dark
// theme: tools only a supervisor may use are greyed out and say why; the search box offers
// ranked suggestions while typing (case numbers, grid codes, communities by name and pinyin,
// cameras) and going to one zooms to it, highlights it and fills 识别.
#include "../../app/common/appsupport.h"
#include "democityfixture.h"
#include "resultcheck.h"

#include <cc/map_widgets/mapcanvas.h>
#include <cc/map_widgets/mappanel.h>
#include <cc/map_widgets/mapsearch.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Cc;
using namespace Cc::MapWidgets;

namespace {

/// The brightest pixel of a widget as drawn: its text on the dark theme.
int brightestInk(QWidget *w)
{
    const QImage image = w->grab().toImage();
    int best = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            best = std::max(best, qGray(image.pixel(x, y)));
    return best;
}

QString identified(MapPanel &panel)
{
    auto *table = panel.findChild<QTableWidget *>(QStringLiteral("identify"));
    QStringList rows;
    for (int r = 0; table && r < table->rowCount(); ++r)
        rows << table->item(r, 0)->text() + QLatin1Char('=') + table->item(r, 1)->text();
    return rows.join(QLatin1Char(';'));
}

} // namespace

class tst_MapSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<MapPanel> m_panel;

private slots:
    void initTestCase()
    {
        QCOMPARE(App::installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        // The hall's theme (app/gui/main.cpp): light text on dark blue.
        qApp->setStyleSheet(
            QStringLiteral("QMainWindow, QWidget { background: #0f1724; color: #d0d8e4; }"));
        auto db = makeDemoCity(m_dir.filePath(QStringLiteral("city.gpkg")), 150, 80);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        m_panel = std::make_unique<MapPanel>(*m_db, QStringLiteral("dp01"), false);
        m_panel->resize(1366, 700);
        m_panel->show();
        QApplication::setActiveWindow(m_panel.get());
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        m_db.reset();
    }

    void disabledToolsAreGreyedAndSayWhy()
    {
        auto *bar = m_panel->findChild<QToolBar *>(QStringLiteral("mapTools"));
        QVERIFY(bar);
        QWidget *identify = nullptr;
        QStringList greyed;
        for (QAction *a : bar->actions()) {
            QWidget *button = bar->widgetForAction(a);
            if (a->text() == QStringLiteral("识别"))
                identify = button;
            const bool supervisorTool = QStringList{QStringLiteral("编辑顶点"),
                                                    QStringLiteral("绘制网格"),
                                                    QStringLiteral("保存网格"),
                                                    QStringLiteral("导入网格…"),
                                                    QStringLiteral("撤销")}
                                            .contains(a->text());
            if (!supervisorTool)
                continue;
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
            QVERIFY2(a->toolTip().contains(QStringLiteral("督查员")), qPrintable(a->toolTip()));
            greyed << a->text();
            QVERIFY(button);
            // Visibly dimmer than a tool the dispatcher can use.
            QVERIFY2(brightestInk(button) + 60 < brightestInk(identify),
                     qPrintable(QStringLiteral("%1: %2 vs %3")
                                    .arg(a->text())
                                    .arg(brightestInk(button))
                                    .arg(brightestInk(identify))));
        }
        QCOMPARE(greyed.size(), 5);
    }

    void suggestionsWhileTyping_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("first");
        QTest::newRow("community by name")
            << QStringLiteral("人民路") << QStringLiteral("人民路社区");
        QTest::newRow("community in pinyin")
            << QStringLiteral("renminlu") << QStringLiteral("人民路社区");
        QTest::newRow("pinyin initials") << QStringLiteral("rmlsq") << QStringLiteral("人民路社区");
        QTest::newRow("street") << QStringLiteral("城关") << QStringLiteral("城关街道");
    }

    void suggestionsWhileTyping()
    {
        QFETCH(QString, typed);
        QFETCH(QString, first);
        QLineEdit *box = m_panel->searchBox();
        box->clear();
        box->setFocus();
        QTest::keyClicks(box, typed.at(0).unicode() < 128 ? typed : QString());
        if (typed.at(0).unicode() >= 128) {
            for (QChar c : typed)
                QTest::sendKeyEvent(QTest::Click, box, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
        QTRY_VERIFY2(!m_panel->suggestions().isEmpty()
                         && m_panel->suggestions().first().contains(first),
                     qPrintable(m_panel->suggestions().join(QLatin1Char('|'))));
        auto *completer = box->findChild<QCompleter *>()
                              ? box->findChild<QCompleter *>()
                              : m_panel->findChild<QCompleter *>(
                                  QStringLiteral("mapSearchSuggestions"));
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        completer->popup()->hide();
    }

    void caseNumberHighlightsAndIdentifies()
    {
        const auto data = m_panel->canvas()->data();
        QVERIFY(data && !data->cases.empty());
        const Map::PointFeature c = data->cases.back();
        // A prefix lists it; the number goes to it.
        QLineEdit *box = m_panel->searchBox();
        box->clear();
        box->setFocus();
        QTest::keyClicks(box, c.code.left(c.code.size() - 1));
        QTRY_VERIFY2(m_panel->suggestions().join(QLatin1Char('|')).contains(c.code),
                     qPrintable(m_panel->suggestions().join(QLatin1Char('|'))));
        QVERIFY(m_panel->search(c.code));
        QVERIFY(m_panel->canvas()->highlight().has_value());
        QCOMPARE(*m_panel->canvas()->highlight(), c.pos);
        QVERIFY2(identified(*m_panel).contains(c.code), qPrintable(identified(*m_panel)));
        QVERIFY(m_panel->statusText().contains(c.code));
    }

    void gridCodeSelectsTheGrid()
    {
        const Map::GridPolygon g = m_panel->document()->grids().first();
        QVERIFY(m_panel->search(g.code));
        QCOMPARE(m_panel->canvas()->selectedGridId(), g.id);
        QVERIFY(identified(*m_panel).contains(g.code));
        QVERIFY(!m_panel->search(QStringLiteral("不存在的地名xyz")));
        QVERIFY(m_panel->suggestions().isEmpty());
    }

    void rankingPutsExactCodesFirst()
    {
        QCOMPARE(MapSearch::score(QStringLiteral("2026-000123"), QStringLiteral("2026-000123"),
                                  false),
                 1000);
        QVERIFY(MapSearch::score(QStringLiteral("2026-000123"), QStringLiteral("2026-0001"), false)
                > 0);
        QCOMPARE(MapSearch::score(QStringLiteral("41052300200401"), QStringLiteral("0020"), false),
                 0);
        QVERIFY(MapSearch::score(QStringLiteral("人民路社区"), QStringLiteral("人民路"), true)
                > MapSearch::score(QStringLiteral("人民路社区"), QStringLiteral("renminlu"), true));
        QCOMPARE(MapSearch::score(QStringLiteral("人民路社区"), QStringLiteral("wenhua"), true), 0);
    }
};

QTEST_MAIN(tst_MapSearch)
#include "tst_mapsearch.moc"
