// SPDX-License-Identifier: GPL-3.0-or-later
// Departments and users edited by an administrator (docs/org.md): every refusal of the
// service with its code and nothing written; a change written as its rows, one org_change
// row and one outbox entry; a reset password's hash only beside the row, for the hub; the
// unit head reaching notifications' contacts; delete only of who never acted.
#include "casefixture.h"

#include <cc/cases/auth.h>
#include <cc/cases/orgstore.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace CcTest;

namespace {

/// The file of `chart` with `edit` applied to its JSON.
QByteArray edited(const Cases::OrgChart &chart, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(chart.toJson()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

/// The user `login` of a file's users, changed by `change`.
void editUser(QJsonObject &root, const QString &login,
              const std::function<void(QJsonObject &)> &change)
{
    QJsonArray users = root.value("users").toArray();
    for (qsizetype i = 0; i < users.size(); ++i) {
        QJsonObject u = users.at(i).toObject();
        if (u.value("login").toString() == login) {
            change(u);
            users.replace(i, u);
        }
    }
    root.insert("users", users);
}

void appendUser(QJsonObject &root, const QJsonObject &user)
{
    QJsonArray users = root.value("users").toArray();
    users.append(user);
    root.insert("users", users);
}

} // namespace

class TestOrgStore : public QObject
{
    Q_OBJECT

    Fixture f;

    Cases::OrgChart chart()
    {
        auto c = Cases::OrgStore(*f.db).chart();
        return c ? c.value() : Cases::OrgChart{};
    }

    qint64 scalar(const QString &sql)
    {
        auto n = f.db->scalar(sql);
        return n ? n.value() : -1;
    }

    QJsonObject lastEntry()
    {
        auto st = f.db->prepare("SELECT entity, payload FROM outbox ORDER BY seq DESC LIMIT 1");
        if (!st)
            return {};
        auto found = st->step();
        if (!found || !found.value())
            return {};
        QJsonObject payload = QJsonDocument::fromJson(st->text(1).toUtf8()).object();
        payload.insert("entity", st->text(0));
        return payload;
    }

private slots:
    void init()
    {
        f.setUp();
        QVERIFY(!QTest::currentTestFailed());
        Storage::UserRepository users(*f.db);
        QVERIFY(
            users.upsert({Fixture::newId(), "adm01", "管理员", {}, {}, {}, {}, true, {"admin"}}));
    }

    void unchangedFileChangesNothing()
    {
        Cases::OrgStore store(*f.db);
        const QByteArray file = chart().toJson();
        auto lines = store.diff(file);
        CC_VERIFY_OK(lines);
        QVERIFY(lines->isEmpty());
        auto change = store.import(file, "adm01");
        CC_VERIFY_OK(change);
        QVERIFY(change->id.isEmpty());
        QCOMPARE(f.rows("org_change"), 0);
        QCOMPARE(f.rows("outbox"), 0);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown-role") << "role-pilot"
                                      << "adm01"
                                      << "org.unknown-role";
        QTest::newRow("no-roles") << "no-roles"
                                  << "adm01"
                                  << "org.no-roles";
        QTest::newRow("duplicate-login") << "dup-login"
                                         << "adm01"
                                         << "org.duplicate-login";
        QTest::newRow("duplicate-code") << "dup-code"
                                        << "adm01"
                                        << "org.duplicate-code";
        QTest::newRow("retire-routed") << "retire-d02"
                                       << "adm01"
                                       << "org.department-in-use";
        QTest::newRow("unknown-department") << "dept-d99"
                                            << "adm01"
                                            << "org.unknown-department";
        QTest::newRow("department-required") << "dept-missing"
                                             << "adm01"
                                             << "org.department-required";
        QTest::newRow("last-admin") << "no-admin"
                                    << "adm01"
                                    << "org.last-admin";
        QTest::newRow("unknown-area") << "grid-r99"
                                      << "adm01"
                                      << "org.unknown-area";
        QTest::newRow("bad-login") << "bad-login"
                                   << "adm01"
                                   << "org.bad-field";
        QTest::newRow("bad-level") << "bad-level"
                                   << "adm01"
                                   << "org.bad-field";
        QTest::newRow("bad-json") << "bad-json"
                                  << "adm01"
                                  << "org.bad-json";
        QTest::newRow("bad-version") << "bad-version"
                                     << "adm01"
                                     << "org.bad-version";
        QTest::newRow("not-admin") << "none"
                                   << "dp01"
                                   << "auth.role-not-held";
        QTest::newRow("unknown-user") << "none"
                                      << "nobody"
                                      << "auth.unknown-user";
        QTest::newRow("inactive-admin") << "none"
                                        << "gone01"
                                        << "auth.unknown-user";
    }

    void refused()
    {
        QFETCH(QString, edit);
        QFETCH(QString, login);
        QFETCH(QString, code);
        const Cases::OrgChart before = chart();
        const QJsonObject newUser{{"login", "new01"},
                                  {"name", "新人"},
                                  {"roles", QJsonArray{"operator"}},
                                  {"department", ""},
                                  {"grid", ""},
                                  {"phone", ""},
                                  {"unitHead", false},
                                  {"active", true}};
        const QHash<QString, std::function<void(QJsonObject &)>> edits = {
            {"role-pilot",
             [](QJsonObject &r) {
                 editUser(r, "op01", [](QJsonObject &u) { u["roles"] = QJsonArray{"pilot"}; });
             }},
            {"no-roles",
             [](QJsonObject &r) {
                 editUser(r, "op01", [](QJsonObject &u) { u["roles"] = QJsonArray{}; });
             }},
            {"dup-login",
             [&](QJsonObject &r) {
                 QJsonObject u = newUser;
                 u["login"] = "OP01";
                 appendUser(r, u);
             }},
            {"dup-code",
             [](QJsonObject &r) {
                 QJsonArray d = r["departments"].toArray();
                 d.append(d.first());
                 r["departments"] = d;
             }},
            {"retire-d02",
             [](QJsonObject &r) {
                 QJsonArray d = r["departments"].toArray();
                 QJsonObject d02 = d.at(1).toObject();
                 d02["active"] = false;
                 d.replace(1, d02);
                 r["departments"] = d;
                 // d02 (its user) moves elsewhere: the routing alone keeps D02 in use.
                 editUser(r, "d02", [](QJsonObject &u) { u["department"] = "D01"; });
             }},
            {"dept-d99",
             [](QJsonObject &r) {
                 editUser(r, "d01", [](QJsonObject &u) { u["department"] = "D99"; });
             }},
            {"dept-missing",
             [](QJsonObject &r) {
                 editUser(r, "d01", [](QJsonObject &u) { u["department"] = ""; });
             }},
            {"no-admin",
             [](QJsonObject &r) {
                 editUser(r, "adm01", [](QJsonObject &u) { u["roles"] = QJsonArray{"operator"}; });
             }},
            {"grid-r99",
             [](QJsonObject &r) {
                 editUser(r, "col01", [](QJsonObject &u) { u["grid"] = "R99"; });
             }},
            {"bad-login",
             [&](QJsonObject &r) {
                 QJsonObject u = newUser;
                 u["login"] = "new 01";
                 appendUser(r, u);
             }},
            {"bad-level",
             [](QJsonObject &r) {
                 QJsonArray d = r["departments"].toArray();
                 QJsonObject d01 = d.at(0).toObject();
                 d01["level"] = 7;
                 d.replace(0, d01);
                 r["departments"] = d;
             }},
            {"bad-json", [](QJsonObject &r) { r.remove("users"); }},
            {"bad-version", [](QJsonObject &r) { r["version"] = 2; }},
            {"none", [](QJsonObject &) {}},
        };
        const QByteArray file = edited(before, edits.value(edit));
        Cases::OrgStore store(*f.db);
        auto imported = store.import(file, login);
        QCOMPARE(codeOf(imported), code);
        // The same checks without writing (the administrator's own refusals aside).
        if (!code.startsWith("auth.")) {
            auto lines = store.diff(file);
            QCOMPARE(codeOf(lines), code);
        }
        QCOMPARE(f.rows("org_change"), 0);
        QCOMPARE(f.rows("outbox"), 0);
        QCOMPARE(chart().toJson(), before.toJson());
    }

    void retireRefusedWhileACaseIsOpen()
    {
        // Cases of D01 open: the department stays, whatever else would let it go.
        Storage::CaseRow c;
        QVERIFY(f.openCase(c, "dispatched"));
        QCOMPARE(c.departmentId, f.deptA);
        Cases::OrgStore store(*f.db);
        auto r = store.retireDepartment("D01", "adm01");
        QCOMPARE(codeOf(r), QStringLiteral("org.department-in-use"));
        QVERIFY2(r.error().message.contains("open"), qPrintable(r.error().message));
        QCOMPARE(f.rows("org_change"), 0);
    }

    void retiredDepartmentTakesNoCases()
    {
        // D03, new, then retired: the dispatch dialog no longer offers it, and the service
        // refuses it whatever the caller names.
        Cases::OrgStore store(*f.db);
        CC_VERIFY_OK(store.saveDepartment({{}, "D03", "园林所", {}, "gardens", {}, {}, 1, true, {}},
                                          "adm01"));
        CC_VERIFY_OK(store.retireDepartment("D03", "adm01"));
        const QString d03 = chart().department("D03")->id;
        auto row = Storage::DepartmentRepository(*f.db).find(d03);
        CC_VERIFY_OK(row);
        QVERIFY(row.value() && !row.value()->active);
        Storage::CaseRow c;
        QVERIFY(f.openCase(c, "filed"));
        const Counts before = f.counts();
        Cases::ActionRequest dispatch;
        dispatch.action = Core::CaseAction::Dispatch;
        dispatch.departmentId = d03;
        dispatch.at = cst(2026, 3, 9, 9, 15);
        auto refused = f.service->act(c, dispatch, f.dp);
        QCOMPARE(codeOf(refused), QStringLiteral("case.department-retired"));
        QCOMPARE(f.counts(), before);
    }

    void changeIsOneRowAndOneEntry()
    {
        Cases::OrgStore store(*f.db);
        const qint64 outbox = f.rows("outbox");
        auto d = store.saveDepartment(
            {{}, "D03", "园林所", "Gardens", "gardens", {}, "0372-1", 1, true, {}}, "adm01");
        CC_VERIFY_OK(d);
        QCOMPARE(d->departments, 1);
        Cases::OrgUser u;
        u.login = "d03";
        u.name = "园林所所长";
        u.roles = {"department"};
        u.departmentCode = "D03";
        u.unitHead = true;
        auto added = store.saveUser(u, "adm01");
        CC_VERIFY_OK(added);
        QCOMPARE(f.rows("org_change"), 2);
        QCOMPARE(f.rows("outbox"), outbox + 2);
        const QJsonObject entry = lastEntry();
        QCOMPARE(entry.value("entity").toString(), QStringLiteral("org_change"));
        QVERIFY(entry.value("passwords").toObject().isEmpty());
        const QJsonObject document
            = QJsonDocument::fromJson(
                  entry.value("row").toObject().value("document").toString().toUtf8())
                  .object();
        const QJsonArray users = document.value("users").toArray();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.at(0).toObject().value("login").toString(), QStringLiteral("d03"));
        QCOMPARE(users.at(0).toObject().value("roles").toArray(), QJsonArray{"department"});
        QVERIFY(!users.at(0).toObject().contains("password_hash"));
        QCOMPARE(users.at(0).toObject().value("base_updated_at").toString(), QString());
        // The unit head is what notifications read.
        QCOMPARE(scalar("SELECT c.unit_head FROM user_contact c JOIN app_user u ON "
                        "u.id = c.user_id WHERE u.login = 'd03'"),
                 1);
        const Cases::OrgChart after = chart();
        QCOMPARE(after.user("d03")->departmentCode, QStringLiteral("D03"));
        QCOMPARE(after.department("D03")->nameZh, QStringLiteral("园林所"));
        // Renaming it is a change of that row, made on the row as read.
        Cases::OrgDepartment renamed = *after.department("D03");
        renamed.nameZh = "园林绿化所";
        auto r = store.saveDepartment(renamed, "adm01");
        CC_VERIFY_OK(r);
        const QJsonObject again
            = QJsonDocument::fromJson(
                  lastEntry().value("row").toObject().value("document").toString().toUtf8())
                  .object();
        QCOMPARE(again.value("departments")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("base_updated_at")
                     .toString(),
                 after.department("D03")->updatedAt);
    }

    void passwordHashOnlyBesideTheRow()
    {
        Cases::OrgStore store(*f.db);
        auto weak = store.resetPassword("op01", "short", "adm01");
        QCOMPARE(codeOf(weak), QStringLiteral("auth.weak-password"));
        auto reset = store.resetPassword("op01", "correct horse 9", "adm01");
        CC_VERIFY_OK(reset);
        const QJsonObject entry = lastEntry();
        const QString opId = chart().user("op01")->id;
        const QString hash = entry.value("passwords").toObject().value(opId).toString();
        QVERIFY2(hash.startsWith("$argon2id$"), qPrintable(hash));
        const QString document = entry.value("row").toObject().value("document").toString();
        QVERIFY(!document.contains("argon2"));
        QVERIFY(!document.contains("password_hash"));
        QCOMPARE(scalar("SELECT count(*) FROM org_change WHERE document LIKE '%argon2%'"), 0);
        // Stand-alone, the new password opens the session here at once.
        auto session = Cases::AuthService(*f.db).login("op01", "correct horse 9");
        CC_VERIFY_OK(session);
    }

    void deleteOnlyWhoNeverActed()
    {
        Storage::CaseRow c;
        QVERIFY(f.openCase(c, "filed"));
        Cases::OrgStore store(*f.db);
        auto acted = store.deleteUser("op01", "adm01");
        QCOMPARE(codeOf(acted), QStringLiteral("org.user-has-acted"));
        QVERIFY(chart().user("op01"));
        // Deactivated instead: kept, with their history.
        CC_VERIFY_OK(store.setUserActive("op01", false, "adm01"));
        QVERIFY(!chart().user("op01")->active);
        auto login = Cases::AuthService(*f.db).login("op01", "x");
        QVERIFY(!login);
        // sv01 never acted: gone, roles and all.
        CC_VERIFY_OK(store.deleteUser("sv01", "adm01"));
        QVERIFY(!chart().user("sv01"));
        QCOMPARE(scalar("SELECT count(*) FROM user_role r WHERE NOT EXISTS "
                        "(SELECT 1 FROM app_user u WHERE u.id = r.user_id)"),
                 0);
        const QJsonObject document
            = QJsonDocument::fromJson(
                  lastEntry().value("row").toObject().value("document").toString().toUtf8())
                  .object();
        QCOMPARE(document.value("deletedUsers").toArray().size(), 1);
    }

    void fileLeavingOutRetiresAndDeactivates()
    {
        // D02 has no case and no user once d02 goes, but its routing binding keeps it:
        // retire the binding's department only when the rules route elsewhere.
        QVERIFY(
            f.db->exec("DELETE FROM department_category WHERE department_id = '" + f.deptB + "'"));
        Cases::OrgChart target = chart();
        target.users.removeIf(
            [](const Cases::OrgUser &u) { return u.login == "d02" || u.login == "sv01"; });
        target.departments.removeIf([](const Cases::OrgDepartment &d) { return d.code == "D02"; });
        Cases::OrgStore store(*f.db);
        auto lines = store.diff(target.toJson());
        CC_VERIFY_OK(lines);
        QVERIFY2(lines->contains("- department D02 市政所 (retired)"),
                 qPrintable(lines->join('\n')));
        QVERIFY2(lines->contains("- user sv01 SV01 (deactivated)"), qPrintable(lines->join('\n')));
        auto change = store.import(target.toJson(), "adm01", "2027 编制");
        CC_VERIFY_OK(change);
        const Cases::OrgChart after = chart();
        QVERIFY(!after.department("D02")->active);
        QVERIFY(!after.user("sv01")->active);
        QVERIFY(!after.user("d02")->active);
        QCOMPARE(scalar("SELECT count(*) FROM org_change WHERE note = '2027 编制'"), 1);
    }
};

QTEST_GUILESS_MAIN(TestOrgStore)
#include "tst_orgstore.moc"
