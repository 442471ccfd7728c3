// SPDX-License-Identifier: GPL-3.0-or-later
// The intake dialog as an operator on a hotline call drives it, in zh_CN: focus on the first
// field, Enter confirms the field it is in (never saves), Escape after typing keeps a draft
// that survives a restart or asks before discarding, validation that names every missing
// field and clears as the user types, Qt's own buttons in Chinese, one language at a time for
// categories, and a map pick that fills the address with the grid's street and community.
#include "../../app/common/appsupport.h"
#include "democityfixture.h"
#include "desksession.h"
#include "resultcheck.h"

#include <cc/cases/caseservice.h>
#include <cc/cases_widgets/casepanel.h>
#include <cc/cases_widgets/intakedialog.h>
#include <cc/cases_widgets/intakedraftstore.h>
#include <cc/city/citycontext.h>
#include <cc/storage/repositories.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
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

bool hasIdeograph(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

} // namespace

class tst_IntakeDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<City::CityContext> m_city;
    std::unique_ptr<Cases::CaseService> m_service;
    Cases::Session m_operator;

    void openCity()
    {
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        m_city = std::move(city).value();
        m_service = std::make_unique<Cases::CaseService>(*m_db, m_city->categories(),
                                                         m_city->calendar());
    }

    std::unique_ptr<IntakeDialog> dialog()
    {
        auto d = std::make_unique<IntakeDialog>(*m_db, *m_service, m_operator, QDateTime());
        d->show();
        QApplication::setActiveWindow(d.get());
        return d;
    }

    QPointF pointInGrid()
    {
        auto grids = Storage::SpatialRepository(*m_db).unitGrids();
        for (const Storage::UnitGridRow &g : grids.value()) {
            QPointF sum;
            for (const QPointF &p : g.geom.first())
                sum += p;
            const QPointF centre = sum / double(g.geom.first().size());
            if (auto at = m_service->gridAt(centre); at && at.value())
                return centre;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(App::installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        m_path = m_dir.filePath(QStringLiteral("city.gpkg"));
        auto db = makeDemoCity(m_path, 120, 50);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        openCity();
        m_operator = deskSession(*m_db, QStringLiteral("op01"));
        QVERIFY(m_operator.has(Core::Role::Operator));
    }

    void qtButtonsInChinese()
    {
        auto d = dialog();
        QCOMPARE(child<QPushButton>(d.get(), "save")->text(), QStringLiteral("保存"));
        QCOMPARE(child<QPushButton>(d.get(), "cancel")->text(), QStringLiteral("取消"));
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"),
                        QMessageBox::Ok | QMessageBox::Discard | QMessageBox::Cancel);
        for (QAbstractButton *b : box.buttons())
            QVERIFY2(hasIdeograph(b->text()), qPrintable(b->text()));
    }

    void categoriesInOneLanguage()
    {
        auto d = dialog();
        auto *list = child<QListWidget>(d.get(), "categoryList");
        QVERIFY(list->count() > 50);
        const Core::Category *c = m_city->categories().findByKey(
            list->item(0)->data(Qt::UserRole).toString());
        QVERIFY(c);
        QVERIFY(list->item(0)->text().contains(c->nameZh));
        QVERIFY(!list->item(0)->text().contains(c->nameEn));
        QCOMPARE(list->item(0)->toolTip(), c->nameEn);
    }

    void focusFirstFieldAndEnterConfirmsIt()
    {
        auto d = dialog();
        auto *search = child<QLineEdit>(d.get(), "categorySearch");
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("laji"));
        auto *list = child<QListWidget>(d.get(), "categoryList");
        QVERIFY(list->count() >= 2);
        // Down highlights the second hit; Enter takes it and moves on, it does not save.
        QTest::keyClick(search, Qt::Key_Down);
        QTest::keyClick(search, Qt::Key_Down);
        const QString highlighted = list->currentItem()->data(Qt::UserRole).toString();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(d->report().categoryKey, highlighted);
        QVERIFY(d->isVisible());
        QVERIFY(d->errorText().isEmpty());
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(d.get(), "level"));
        // Enter in a line edit moves to the next field and saves nothing.
        auto *address = child<QLineEdit>(d.get(), "address");
        address->setFocus();
        typeInto(address, QStringLiteral("人民路 8 号"));
        QTest::keyClick(address, Qt::Key_Return);
        QVERIFY(d->isVisible());
        QVERIFY(!d->created());
        QVERIFY(QApplication::focusWidget() != address);
        // Ctrl+Enter saves once the report is complete.
        typeInto(child<QPlainTextEdit>(d.get(), "description"), QStringLiteral("垃圾桶满溢"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(d->created(), qPrintable(d->errorText()));
    }

    void validationNamesEveryFieldAndClears()
    {
        auto d = dialog();
        QTest::mouseClick(child<QPushButton>(d.get(), "save"), Qt::LeftButton);
        // Both missing fields at once, in Chinese.
        QVERIFY(d->errorText().contains(QStringLiteral("类别")));
        QVERIFY(d->errorText().contains(QStringLiteral("问题描述")));
        typeInto(child<QPlainTextEdit>(d.get(), "description"), QStringLiteral("井盖缺失"));
        QTRY_VERIFY(!d->errorText().contains(QStringLiteral("问题描述")));
        QVERIFY(d->errorText().contains(QStringLiteral("类别")));
        auto *search = child<QLineEdit>(d.get(), "categorySearch");
        QTest::keyClicks(search, QStringLiteral("bllj"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(d->errorText().isEmpty());
        QVERIFY(!child<QLabel>(d.get(), "error")->isVisible());
        // A half-typed point is named too, and cleared once it is whole.
        auto *lon = child<QLineEdit>(d.get(), "lon");
        typeInto(lon, QStringLiteral("114.3"));
        QTest::mouseClick(child<QPushButton>(d.get(), "save"), Qt::LeftButton);
        QVERIFY(d->errorText().contains(QStringLiteral("经纬度")));
        lon->selectAll();
        QTest::keyClick(lon, Qt::Key_Backspace);
        QTRY_VERIFY(d->errorText().isEmpty());
        d->setCloseQuestion([](IntakeDialog *) { return IntakeDialog::CloseChoice::Discard; });
    }

    void escapeAfterTypingKeepsADraftAcrossRestart()
    {
        IntakeDraftStore drafts(*m_db);
        CC_VERIFY_OK(drafts.clear(m_operator.user.login));
        {
            CasePanel panel(*m_city, *m_service, m_operator);
            // Type the caller's details, then Escape: the question comes; Escape again keeps them.
            whenShown<IntakeDialog>([](IntakeDialog *d) {
                typeInto(child<QLineEdit>(d, "reporter"), QStringLiteral("王先生 13800000000"));
                typeInto(child<QPlainTextEdit>(d, "description"),
                         QStringLiteral("路灯不亮，已三天"));
                whenShown<QMessageBox>([](QMessageBox *box) {
                    QCOMPARE(box->objectName(), QStringLiteral("closeQuestion"));
                    QTest::keyClick(box, Qt::Key_Escape);
                });
                QTest::keyClick(d, Qt::Key_Escape);
                QVERIFY(!d->isVisible());
            });
            panel.newReport();
            QVERIFY(panel.statusText().contains(QStringLiteral("草稿")));
        }
        // "Restart": the database opened again, a new panel.
        m_service.reset();
        m_city.reset();
        m_db.reset();
        auto db = Storage::Database::open(m_path, Storage::Database::OpenMode::ReadWrite);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        openCity();
        CasePanel panel(*m_city, *m_service, m_operator);
        bool restored = false;
        whenShown<IntakeDialog>([&restored](IntakeDialog *d) {
            restored = d->report().description == QStringLiteral("路灯不亮，已三天")
                       && d->report().reporter == QStringLiteral("王先生 13800000000")
                       && child<QLabel>(d, "notice")->isVisible();
            // This time: discard, confirmed in the question.
            whenShown<QMessageBox>([](QMessageBox *box) {
                QTest::mouseClick(child<QPushButton>(box, "discardDraft"), Qt::LeftButton);
            });
            QTest::mouseClick(child<QPushButton>(d, "cancel"), Qt::LeftButton);
        });
        panel.newReport();
        QVERIFY(restored);
        auto left = IntakeDraftStore(*m_db).load(m_operator.user.login);
        CC_VERIFY_OK(left);
        QVERIFY(!left.value().has_value());
    }

    void continueEditingKeepsTheDialogOpen()
    {
        auto d = dialog();
        typeInto(child<QPlainTextEdit>(d.get(), "description"), QStringLiteral("占道经营"));
        d->setCloseQuestion(
            [](IntakeDialog *) { return IntakeDialog::CloseChoice::ContinueEditing; });
        QTest::keyClick(d.get(), Qt::Key_Escape);
        QVERIFY(d->isVisible());
        // Nothing typed: Escape closes without asking.
        auto empty = dialog();
        bool asked = false;
        empty->setCloseQuestion([&asked](IntakeDialog *) {
            asked = true;
            return IntakeDialog::CloseChoice::KeepDraft;
        });
        QTest::keyClick(empty.get(), Qt::Key_Escape);
        QVERIFY(!asked);
        QVERIFY(!empty->isVisible());
        d->setCloseQuestion([](IntakeDialog *) { return IntakeDialog::CloseChoice::Discard; });
    }

    void mapPickFillsAddressWithStreetAndCommunity()
    {
        auto d = dialog();
        const QPointF point = pointInGrid();
        QVERIFY(!point.isNull());
        d->setPointPicker(
            [point](QWidget *, std::optional<QPointF>) { return std::optional<QPointF>(point); });
        QTest::mouseClick(child<QPushButton>(d.get(), "pickOnMap"), Qt::LeftButton);
        const QString address = child<QLineEdit>(d.get(), "address")->text();
        QVERIFY2(address.contains(QStringLiteral("街道"))
                     && address.contains(QStringLiteral("社区")),
                 qPrintable(address));
        // The grid line names the community, not its 12-digit code.
        const QString grid = child<QLabel>(d.get(), "gridInfo")->text();
        QVERIFY2(grid.contains(QStringLiteral("社区")), qPrintable(grid));
        // What the user typed is never replaced.
        auto *edit = child<QLineEdit>(d.get(), "address");
        edit->setText(QStringLiteral("人民路 8 号"));
        QTest::mouseClick(child<QPushButton>(d.get(), "pickOnMap"), Qt::LeftButton);
        QCOMPARE(edit->text(), QStringLiteral("人民路 8 号"));
        d->setCloseQuestion([](IntakeDialog *) { return IntakeDialog::CloseChoice::Discard; });
    }
};

QTEST_MAIN(tst_IntakeDialog)
#include "tst_intakedialog.moc"
