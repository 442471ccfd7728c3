// SPDX-License-Identifier: GPL-3.0-or-later
// 部门与人员 as an administrator drives it, in zh_CN (docs/org.md): the page in the 中心规则
// window with the demo city's departments and users; a department added and renamed, a user
// added through the form (posts, department, unit head, first password) who can then log in;
// refusals shown with their codes and nothing changed (a user without posts, a department in
// use retired, a user who acted deleted); a user deactivated stays, greyed.
#include "../../app/common/appsupport.h"
#include "democityfixture.h"
#include "resultcheck.h"

#include <cc/cases/auth.h>
#include <cc/cases/orgstore.h>
#include <cc/cases_widgets/configdialog.h>
#include <cc/cases_widgets/orgpage.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
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

int rowOf(QTableWidget *table, const QString &first)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == first)
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

class tst_OrgPage : public QObject
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

    void administratorEditsDepartmentsAndPeople()
    {
        ConfigDialog dialog(*m_db, QStringLiteral("admin"));
        auto *tabs = child<QTabWidget>(&dialog, "configTabs");
        auto *page = child<OrgPage>(&dialog, "orgPage");
        QVERIFY(tabs && page);
        tabs->setCurrentWidget(page);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("部门与人员"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *departments = child<QTableWidget>(page, "departmentTable");
        auto *users = child<QTableWidget>(page, "userTable");
        QCOMPARE(departments->rowCount(), int(m_db->rowCount(QStringLiteral("department"))));
        QCOMPARE(users->rowCount(), int(m_db->rowCount(QStringLiteral("app_user"))));
        QCOMPARE(departments->horizontalHeaderItem(1)->text(), QStringLiteral("名称"));
        for (const char *name : {"addDepartment", "editDepartment", "retireDepartment", "addUser",
                                 "editUser", "resetPassword", "toggleUser", "deleteUser"})
            QVERIFY2(child<QPushButton>(page, name), name);

        // A new department, then its name corrected.
        QVERIFY2(page->saveDepartment(
                     {{}, "D90", "城管执法中队", {}, "enforcement", {}, "0372-9", 1, true, {}}),
                 qPrintable(page->errorText()));
        int d = rowOf(departments, QStringLiteral("D90"));
        QVERIFY(d >= 0);
        QCOMPARE(departments->item(d, 4)->text(), QStringLiteral("在用"));
        // Its routes: none yet; the demo's bindings route to others (which cannot be retired).
        QCOMPARE(departments->item(d, 5)->text(), QString());
        QCOMPARE(departments->horizontalHeaderItem(5)->text(), QStringLiteral("派遣规则"));
        bool routed = false;
        for (int row = 0; row < departments->rowCount(); ++row)
            routed = routed || departments->item(row, 5)->text().toInt() > 0;
        QVERIFY(routed);
        auto chart = Cases::OrgStore(*m_db).chart();
        CC_VERIFY_OK(chart);
        Cases::OrgDepartment renamed = *chart->department(QStringLiteral("D90"));
        renamed.nameZh = QStringLiteral("城管执法一中队");
        QVERIFY2(page->saveDepartment(renamed), qPrintable(page->errorText()));
        QCOMPARE(departments->item(rowOf(departments, QStringLiteral("D90")), 1)->text(),
                 QStringLiteral("城管执法一中队"));

        // A user through the form: 专业部门 of D90, its unit head, with a first password.
        chart = Cases::OrgStore(*m_db).chart();
        OrgUserForm form(chart.value(), {}, true);
        child<QLineEdit>(&form, "login")->setText(QStringLiteral("zf01"));
        child<QLineEdit>(&form, "name")->setText(QStringLiteral("张队长"));
        child<QCheckBox>(&form, "role-department")->setChecked(true);
        auto *department = child<QComboBox>(&form, "department");
        department->setCurrentIndex(department->findData(QStringLiteral("D90")));
        child<QCheckBox>(&form, "unitHead")->setChecked(true);
        child<QLineEdit>(&form, "password")->setText(QStringLiteral("zhifa-2027"));
        QVERIFY2(page->saveUser(form.user(), form.password()), qPrintable(page->errorText()));
        int u = rowOf(users, QStringLiteral("zf01"));
        QVERIFY(u >= 0);
        QCOMPARE(users->item(u, 2)->text(), QStringLiteral("专业部门"));
        QCOMPARE(users->item(u, 3)->text(), QStringLiteral("城管执法一中队"));
        QCOMPARE(users->item(u, 5)->text(), QStringLiteral("单位正职"));
        QVERIFY(page->statusText().contains(QStringLiteral("zf01")));
        CC_VERIFY_OK(
            Cases::AuthService(*m_db).login(QStringLiteral("zf01"), QStringLiteral("zhifa-2027")));
        if (const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            users->setCurrentCell(u, 0);
            users->scrollToItem(users->item(u, 0));
            dialog.grab().save(dir + QStringLiteral("/org-page.png"));
        }

        // Refusals: the code shown, nothing changed.
        const qint64 changes = m_db->rowCount(QStringLiteral("org_change"));
        Cases::OrgUser noPosts = *Cases::OrgStore(*m_db).chart()->user(QStringLiteral("zf01"));
        noPosts.roles.clear();
        QVERIFY(!page->saveUser(noPosts));
        QVERIFY2(page->errorText().startsWith(QStringLiteral("[org.no-roles]")),
                 qPrintable(page->errorText()));
        QCOMPARE(users->item(rowOf(users, QStringLiteral("zf01")), 2)->text(),
                 QStringLiteral("专业部门"));
        QVERIFY(!page->retireDepartment(QStringLiteral("D90")));
        QVERIFY2(page->errorText().startsWith(QStringLiteral("[org.department-in-use]")),
                 qPrintable(page->errorText()));
        const QString actor = scalarText(*m_db,
                                         QStringLiteral(
                                             "SELECT u.login FROM app_user u JOIN case_event e ON "
                                             "e.actor_id = u.id WHERE u.login <> 'admin' LIMIT 1"));
        QVERIFY(!actor.isEmpty());
        QVERIFY(!page->deleteUser(actor));
        QVERIFY2(page->errorText().startsWith(QStringLiteral("[org.user-has-acted]")),
                 qPrintable(page->errorText()));
        QVERIFY(rowOf(users, actor) >= 0);
        QCOMPARE(m_db->rowCount(QStringLiteral("org_change")), changes);

        // Deactivated instead: kept and greyed, no longer able to log in.
        QVERIFY2(page->setUserActive(actor, false), qPrintable(page->errorText()));
        QCOMPARE(page->errorText(), QString());
        u = rowOf(users, actor);
        QCOMPARE(users->item(u, 6)->text(), QStringLiteral("已停用"));
        QVERIFY(users->item(u, 0)->foreground().color() != QColor(Qt::black));
        QVERIFY(!Cases::AuthService(*m_db).login(actor, QStringLiteral("anything")));
        // Each accepted edit was one change, queued for the hub.
        QCOMPARE(m_db->rowCount(QStringLiteral("org_change")), changes + 1);
        QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = "
                                                  "'org_change'")),
                 QString::number(changes + 1));
    }
};

QTEST_MAIN(tst_OrgPage)
#include "tst_orgpage.moc"
