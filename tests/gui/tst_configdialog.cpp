// SPDX-License-Identifier: GPL-3.0-or-later
// 中心规则 as an administrator drives it, in zh_CN (docs/config.md): the 小类 table with the
// chosen row's 立案标准/结案标准, a limit and a standard edited, a routing rule added, the
// review listing the changes, an overlapping rule refused with its code and everything typed
// kept, then the version published; intake and the check dialog show the new 结案标准, and a
// case reported before the version still shows the old one.
#include "../../app/common/appsupport.h"
#include "democityfixture.h"
#include "desksession.h"
#include "resultcheck.h"

#include <cc/cases/caseservice.h>
#include <cc/cases/configstore.h>
#include <cc/cases_widgets/actiondialog.h>
#include <cc/cases_widgets/configdialog.h>
#include <cc/cases_widgets/intakedialog.h>
#include <cc/city/citycontext.h>

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
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

const QString kRubbish = QStringLiteral("event:0102");
const QString kClosing = QStringLiteral("垃圾全部清运，地面无残留、无异味");

int rowOf(QTableWidget *table, const QString &kind, const QString &code)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == kind && table->item(row, 1)->text() == code)
            return row;
    }
    return -1;
}

QString scalarText(Storage::Database &db, const QString &sql)
{
    auto st = db.prepare(sql);
    return st && st->step().value() ? st->text(0) : QString();
}

} // namespace

class tst_ConfigDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;

private slots:
    void initTestCase()
    {
        QCOMPARE(App::installTranslations(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        auto db = makeDemoCity(m_dir.filePath(QStringLiteral("city.gpkg")), 60, 20);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
    }

    void administratorEditsReviewsAndPublishes()
    {
        const QString department = scalarText(*m_db,
                                              "SELECT code FROM department ORDER BY code LIMIT 1");
        const QString area
            = scalarText(*m_db, "SELECT code FROM grid_responsibility ORDER BY code LIMIT 1");
        QVERIFY(!department.isEmpty() && !area.isEmpty());
        ConfigDialog dialog(*m_db, QStringLiteral("admin"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("中心规则"));
        QVERIFY(child<QLabel>(&dialog, "version")->text().contains(QStringLiteral("国家")));

        auto *table = child<QTableWidget>(&dialog, "categoryTable");
        QCOMPARE(table->rowCount(), int(Core::CategoryDictionary::builtin().categories().size()));
        const int row = rowOf(table, QStringLiteral("事件"), QStringLiteral("0102"));
        QVERIFY(row >= 0);
        table->setCurrentCell(row, 2);
        auto *filing = child<QPlainTextEdit>(&dialog, "filingEdit");
        auto *closing = child<QPlainTextEdit>(&dialog, "closingEdit");
        const Core::Category *national = Core::CategoryDictionary::builtin().findByKey(kRubbish);
        QCOMPARE(filing->toPlainText(), national->filingConditions.join('\n'));
        // 一般 limit 4wh → 1wh; the centre's own 结案标准.
        table->item(row, 4)->setText(QStringLiteral("1wh"));
        closing->setPlainText(kClosing);
        // A rule for one responsibility grid.
        QTest::mouseClick(child<QPushButton>(&dialog, "addRoute"), Qt::LeftButton);
        auto *routes = child<QTableWidget>(&dialog, "routeTable");
        const int r = routes->rowCount() - 1;
        routes->item(r, 0)->setText(kRubbish);
        routes->item(r, 1)->setText(area);
        routes->item(r, 2)->setText(department);
        routes->item(r, 3)->setText(QStringLiteral("500"));

        QVERIFY2(dialog.review(), qPrintable(dialog.errorText()));
        const QString review = child<QPlainTextEdit>(&dialog, "review")->toPlainText();
        QVERIFY2(review.contains(QStringLiteral("~ event:0102 暴露垃圾 limitNormal: 4wh → 1wh")),
                 qPrintable(review));
        QVERIFY(review.contains(
            QStringLiteral("+ route event:0102 × %1 (priority 500) → %2").arg(area, department)));

        // The same rule twice: refused with its code, nothing written, nothing typed lost.
        QTest::mouseClick(child<QPushButton>(&dialog, "addRoute"), Qt::LeftButton);
        for (int column = 0; column < 4; ++column)
            routes->item(r + 1, column)->setText(routes->item(r, column)->text());
        child<QLineEdit>(&dialog, "note")->setText(QStringLiteral("本中心 2027 手册"));
        if (const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            table->scrollToItem(table->item(row, 2));
            dialog.grab().save(dir + QStringLiteral("/config-dialog.png"));
        }
        QVERIFY(!dialog.publish());
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("[config.overlapping-route]")),
                 qPrintable(dialog.errorText()));
        QCOMPARE(m_db->rowCount(QStringLiteral("config_version")), 0);
        QCOMPARE(table->item(row, 4)->text(), QStringLiteral("1wh"));
        QCOMPARE(routes->rowCount(), r + 2);

        routes->setCurrentCell(r + 1, 0);
        routes->removeRow(r + 1);
        QTest::mouseClick(child<QPushButton>(&dialog, "publish"), Qt::LeftButton);
        QCOMPARE(dialog.errorText(), QString());
        QCOMPARE(m_db->rowCount(QStringLiteral("config_version")), 1);
        QVERIFY(child<QLabel>(&dialog, "version")->text().contains(QStringLiteral("第 1 版")));

        Cases::ConfigStore store(*m_db, Core::CategoryDictionary::builtin());
        QCOMPARE(store.refresh().value(), true);
        const Core::Category *now = store.current().rules->dictionary().findByKey(kRubbish);
        QCOMPARE(now->limitNormal.toString(), QStringLiteral("1wh"));
        QCOMPARE(now->closingConditions, QStringList{kClosing});
        QCOMPARE(store.current().note, QStringLiteral("本中心 2027 手册"));
        QCOMPARE(store.current().rules->departmentFor(kRubbish, area), department);
    }

    // What the operator and the supervisor see afterwards.
    void dialogsShowTheStandardsInForce()
    {
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        QCOMPARE(city.value()->configVersion(), 1);
        Cases::CaseService service(*m_db, city.value()->categories(), city.value()->calendar());
        const Cases::Session op = deskSession(*m_db, QStringLiteral("op01"));
        IntakeDialog intake(*m_db, service, op, QDateTime());
        intake.show();
        child<QLineEdit>(&intake, "categorySearch")->setText(QStringLiteral("暴露垃圾"));
        auto *list = child<QListWidget>(&intake, "categoryList");
        QVERIFY(list->count() > 0);
        list->setCurrentRow(0);
        QTRY_VERIFY(child<QLabel>(&intake, "categoryInfo")->text().contains(kClosing));

        Storage::CaseRow after;
        after.number = QStringLiteral("2026-999999");
        after.categoryKey = kRubbish;
        after.state = QStringLiteral("checking");
        after.level = QStringLiteral("normal");
        after.reportedAt = QDateTime::currentDateTimeUtc();
        const auto submit = [](const Cases::ActionRequest &) -> Result<void> { return {}; };
        ActionDialog check(service, after, Core::CaseAction::CheckPass, Core::Role::Supervisor,
                           QDateTime::currentDateTimeUtc(), submit);
        QVERIFY(child<QLabel>(&check, "closingStandard")->text().contains(kClosing));
        // Reported before the version: the national 结案标准 it was filed under.
        Storage::CaseRow before = after;
        before.reportedAt = QDateTime(QDate(2026, 3, 9), QTime(1, 0), Qt::UTC);
        ActionDialog old(service, before, Core::CaseAction::CheckPass, Core::Role::Supervisor,
                         QDateTime::currentDateTimeUtc(), submit);
        const QString oldText = child<QLabel>(&old, "closingStandard")->text();
        QVERIFY(!oldText.contains(kClosing));
        const Core::Category *national = Core::CategoryDictionary::builtin().findByKey(kRubbish);
        QVERIFY(!national->closingConditions.isEmpty());
        QVERIFY2(oldText.contains(national->closingConditions.first().toHtmlEscaped()),
                 qPrintable(oldText));
    }
};

QTEST_MAIN(tst_ConfigDialog)
#include "tst_configdialog.moc"
