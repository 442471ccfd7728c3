// SPDX-License-Identifier: GPL-3.0-or-later
// Departments and users through a real hub (hub schema 10, docs/org.md; a throwaway
// PostgreSQL 15 + PostGIS cluster): an administrator's change on a workstation — a new
// department, its unit head with a first password — reaches the hub and the others, applied
// whole (the change stamped before its rows); the hash never reaches another workstation,
// only its own user's; a password reset by the administrator reaches that user alone. The hub
// trusts nothing: changes forged past the service (an operator's, unknown roles, no roles, a
// taken login, a department routed to retired, a user who acted deleted, a stale row, a hash
// that is none) are refused with their codes, nothing of them kept on the hub, and the
// forger's copies put back to the hub's.
#include "hubfixture.h"

#include <cc/cases/orgstore.h>
#include <cc/core/uuid.h>

#include "resultcheck.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace HubTest;

class tst_HubOrg : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adminChangeReachesEveryWorkstation();
    void forgedChangesAreRefused_data();
    void forgedChangesAreRefused();

private:
    HubFixture m_hub;
    std::unique_ptr<Workstation> m_admin, m_other;

    static QString text(Storage::Database &db, const QString &sql)
    {
        auto st = db.prepare(sql);
        return st && st->step().value() ? st->text(0) : QString();
    }
    QString hubText(const QString &sql)
    {
        auto admin = m_hub.adminConnection();
        if (!admin)
            return QStringLiteral("(no connection)");
        auto r = admin.value()->exec(sql);
        return r && r->rows() && !r->isNull(0, 0) ? r->text(0, 0) : QString();
    }
    static QString lastConflict(Workstation &w)
    {
        auto st = w.db->prepare(QStringLiteral(
            "SELECT reason FROM conflict ORDER BY created_at DESC, rowid DESC LIMIT 1"));
        return st && st->step().value() ? st->text(0).section(QLatin1Char(':'), 0, 0) : QString();
    }
    /// An org_change written with its outbox entry past every local check, as a forged
    /// client would: `document` as the rows after, `passwords` beside it.
    static bool forge(Workstation &w, const QJsonObject &document,
                      const QJsonObject &passwords = {})
    {
        const QString id = Core::uuidText(Core::makeUuidV7());
        const QString me = text(*w.db, QStringLiteral("SELECT id FROM app_user WHERE login = '%1'")
                                           .arg(w.login));
        auto st = w.db->prepare(QStringLiteral(
            "INSERT INTO org_change (id, changed_at, changed_by, changed_by_name, document) "
            "VALUES (?1, '2020-01-01T00:00:00.000Z', ?2, 'x', ?3)"));
        if (!st)
            return false;
        st->bindText(1, id).bindText(2, me).bindText(3, QString::fromUtf8(
                                                            QJsonDocument(document).toJson(
                                                                QJsonDocument::Compact)));
        if (!st->exec())
            return false;
        Storage::OutboxRepository outbox(*w.db);
        auto row = outbox.rowJson(QStringLiteral("org_change"), id);
        if (!row || !row.value())
            return false;
        const QJsonObject payload{{"row", *row.value()},
                                  {"base", QJsonValue()},
                                  {"passwords", passwords},
                                  {"actorId", me}};
        return bool(outbox.append(QStringLiteral("org_change"), id, QStringLiteral("insert"),
                                  QString::fromUtf8(QJsonDocument(payload).toJson())));
    }
    /// A user's row as a change carries it, from the workstation's copy.
    static QJsonObject userRow(Workstation &w, const QString &login)
    {
        const QString id
            = text(*w.db, QStringLiteral("SELECT id FROM app_user WHERE login = '%1'").arg(login));
        auto row = Storage::OutboxRepository(*w.db).rowJson(QStringLiteral("app_user"), id);
        QJsonObject out = row && row.value() ? *row.value() : QJsonObject();
        out.remove(QStringLiteral("password_hash"));
        QJsonArray roles;
        auto st = w.db->prepare(
            QStringLiteral("SELECT role FROM user_role WHERE user_id = ?1 ORDER BY role"));
        st->bindText(1, id);
        while (st->step().value())
            roles.append(st->text(0));
        out.insert(QStringLiteral("roles"), roles);
        out.insert(QStringLiteral("base_updated_at"), out.value(QStringLiteral("updated_at")));
        return out;
    }
    qint64 hubChanges()
    {
        return m_hub.count(QStringLiteral("SELECT count(*) FROM cc.org_change"));
    }
};

void tst_HubOrg::initTestCase()
{
    QString why;
    if (!m_hub.setUp(&why))
        QFAIL(qPrintable(why));
    if (!m_hub.addLogin(QStringLiteral("admin"), Core::Role::Admin, &why))
        QFAIL(qPrintable(why));
    m_admin = m_hub.mustJoin(QStringLiteral("admin"), QStringLiteral("admin"));
    m_other = m_hub.mustJoin(QStringLiteral("dp01"), QStringLiteral("dispatcher"));
    QVERIFY(m_admin && m_other);
    // op01 reports a case: a user who acted.
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("operator"));
    QVERIFY(op);
    CC_VERIFY_OK(op->report(m_hub.grid));
    auto pushed = op->sync();
    CC_VERIFY_OK(pushed);
    QCOMPARE(pushed->push.rejected, 0);
}

void tst_HubOrg::adminChangeReachesEveryWorkstation()
{
    Cases::OrgStore store(*m_admin->db);
    auto chart = store.chart();
    CC_VERIFY_OK(chart);
    Cases::OrgChart target = chart.value();
    target.departments.append(
        {{}, "D90", "城管执法中队", {}, "enforcement", {}, "0372-9", 1, true, {}});
    Cases::OrgUser head;
    head.login = "zf01";
    head.name = "张队长";
    head.roles = {"department"};
    head.departmentCode = "D90";
    head.unitHead = true;
    target.users.append(head);
    auto change = store.apply(target, "admin", "2027 编制", {}, {{"zf01", "zhifa-2027"}});
    CC_VERIFY_OK(change);
    auto pushed = m_admin->sync();
    CC_VERIFY_OK(pushed);
    QCOMPARE(pushed->push.rejected, 0);

    // On the hub: the rows, the hash, the change before its rows, no hash in the change.
    QCOMPARE(hubText("SELECT name_zh FROM cc.department WHERE code = 'D90'"),
             QStringLiteral("城管执法中队"));
    QCOMPARE(
        hubText(
            "SELECT string_agg(r.role, ',') || ':' || u.unit_head FROM cc.app_user u "
            "JOIN cc.user_role r ON r.user_id = u.id WHERE u.login = 'zf01' GROUP BY u.unit_head"),
        QStringLiteral("department:1"));
    const QString hash = hubText("SELECT password_hash FROM cc.app_user WHERE login = 'zf01'");
    QVERIFY2(hash.startsWith("$argon2id$"), qPrintable(hash));
    QCOMPARE(hubText(
                 QStringLiteral(
                     "SELECT (c.change_seq < (SELECT min(change_seq) FROM cc.app_user "
                     "WHERE login = 'zf01'))::text || (c.document LIKE '%argon2%')::text "
                     "|| (c.document LIKE '%zf01%')::text FROM cc.org_change c WHERE c.id = '%1'")
                     .arg(change->id)),
             QStringLiteral("truefalsetrue"));
    QCOMPARE(hubText(QStringLiteral("SELECT changed_by_name FROM cc.org_change WHERE id = '%1'")
                         .arg(change->id)),
             text(*m_admin->db, "SELECT display_name FROM app_user WHERE login = 'admin'"));

    // Another workstation: the change whole, said so (newestChange), and no hash.
    auto pulled = m_other->sync();
    CC_VERIFY_OK(pulled);
    auto received = Cases::OrgStore(*m_other->db).chart();
    CC_VERIFY_OK(received);
    QVERIFY(received->department("D90"));
    QVERIFY(received->user("zf01"));
    QCOMPARE(received->user("zf01")->departmentCode, QStringLiteral("D90"));
    QCOMPARE(received->user("zf01")->roles, QStringList{"department"});
    QCOMPARE(text(*m_other->db, "SELECT c.unit_head FROM user_contact c JOIN app_user u ON u.id = "
                                "c.user_id WHERE u.login = 'zf01'"),
             QStringLiteral("1"));
    QCOMPARE(text(*m_other->db, "SELECT password_hash FROM app_user WHERE login = 'zf01'"),
             QString());
    QCOMPARE(text(*m_other->db, "SELECT count(*) FROM app_user WHERE password_hash LIKE '%argon2%' "
                                "AND login <> 'dp01'"),
             QStringLiteral("0"));
    auto newest = Cases::OrgStore(*m_other->db).newestChange();
    CC_VERIFY_OK(newest);
    QCOMPARE(newest->id, change->id);
    QVERIFY(newest->summary.contains("zf01"));

    // zf01's own workstation: their own hash only.
    QString why;
    if (!m_hub.addLogin(QStringLiteral("zf01"), Core::Role::Department, &why,
                        received->department("D90")->id))
        QFAIL(qPrintable(why));
    auto own = m_hub.mustJoin(QStringLiteral("zf01"), QStringLiteral("zf"));
    QVERIFY(own);
    QCOMPARE(text(*own->db, "SELECT password_hash FROM app_user WHERE login = 'zf01'"), hash);
    QCOMPARE(text(*own->db,
                  "SELECT count(*) FROM app_user WHERE password_hash <> '' AND login <> 'zf01'"),
             QStringLiteral("0"));

    // The administrator resets dp01's password: dp01's workstation gets it, zf01's does not.
    CC_VERIFY_OK(Cases::OrgStore(*m_admin->db).resetPassword("dp01", "dispatch-2027", "admin"));
    pushed = m_admin->sync();
    CC_VERIFY_OK(pushed);
    QCOMPARE(pushed->push.rejected, 0);
    const QString dpHash = hubText("SELECT password_hash FROM cc.app_user WHERE login = 'dp01'");
    CC_VERIFY_OK(m_other->sync());
    CC_VERIFY_OK(own->sync());
    QCOMPARE(text(*m_other->db, "SELECT password_hash FROM app_user WHERE login = 'dp01'"), dpHash);
    QCOMPARE(text(*own->db,
                  "SELECT count(*) FROM app_user WHERE password_hash <> '' AND login <> 'zf01'"),
             QStringLiteral("0"));
    QVERIFY(!text(*own->db, "SELECT count(*) FROM org_change").isEmpty());
    QCOMPARE(text(*own->db, "SELECT count(*) FROM org_change WHERE document LIKE '%argon2%'"),
             QStringLiteral("0"));

    // A department retired on a workstation takes no case on the hub either.
    Cases::OrgStore admin(*m_admin->db);
    CC_VERIFY_OK(
        admin.saveDepartment({{}, "D91", "临时专班", {}, {}, {}, {}, 1, true, {}}, "admin"));
    CC_VERIFY_OK(admin.retireDepartment("D91", "admin"));
    pushed = m_admin->sync();
    CC_VERIFY_OK(pushed);
    QCOMPARE(pushed->push.rejected, 0);
    QCOMPARE(hubText("SELECT active::text FROM cc.department WHERE code = 'D91'"),
             QStringLiteral("0"));
    auto sql = m_hub.adminConnection();
    QVERIFY(sql);
    auto refused = sql.value()->exec(QStringLiteral(
        "UPDATE cc.case_record SET department_id = (SELECT id FROM cc.department WHERE code = 'D91') "
        "WHERE id = (SELECT id FROM cc.case_record ORDER BY number LIMIT 1)"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains("case.department-retired"),
             qPrintable(refused.error().message));
}

void tst_HubOrg::forgedChangesAreRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("code");
    QTest::newRow("operator") << "op02"
                              << "new-user"
                              << "auth.role-not-held";
    QTest::newRow("unknown-role") << "admin"
                                  << "pilot"
                                  << "org.unknown-role";
    QTest::newRow("no-roles") << "admin"
                              << "no-roles"
                              << "org.no-roles";
    QTest::newRow("duplicate-login") << "admin"
                                     << "taken"
                                     << "org.duplicate-login";
    QTest::newRow("retire-routed") << "admin"
                                   << "retire"
                                   << "org.department-in-use";
    QTest::newRow("delete-actor") << "admin"
                                  << "delete"
                                  << "org.user-has-acted";
    QTest::newRow("stale") << "admin"
                           << "stale"
                           << "org.stale";
    QTest::newRow("bad-hash") << "admin"
                              << "hash"
                              << "org.bad-field";
    QTest::newRow("last-admin") << "admin"
                                << "no-admin"
                                << "org.last-admin";
}

void tst_HubOrg::forgedChangesAreRefused()
{
    QFETCH(QString, login);
    QFETCH(QString, edit);
    QFETCH(QString, code);
    std::unique_ptr<Workstation> owned;
    Workstation *w = m_admin.get();
    if (login != QLatin1String("admin")) {
        owned = m_hub.mustJoin(login, QStringLiteral("forger"));
        QVERIFY(owned);
        w = owned.get();
    }
    CC_VERIFY_OK(w->sync());
    QJsonArray departments, users, deleted;
    QJsonObject passwords;
    QJsonObject fresh = userRow(*w, QStringLiteral("dp02"));
    fresh.insert("id", Core::uuidText(Core::makeUuidV7()));
    fresh.insert("login", "new07");
    fresh.insert("base_updated_at", "");
    if (edit == "new-user" || edit == "pilot" || edit == "taken") {
        if (edit == "pilot")
            fresh.insert("roles", QJsonArray{"pilot"});
        if (edit == "taken")
            fresh.insert("login", "DP01");
        users.append(fresh);
        // The forger's own copy of the new user: gone with the refusal.
        QVERIFY(
            w->db->exec(QStringLiteral("INSERT INTO app_user (id, login, display_name, updated_at) "
                                       "VALUES ('%1', 'new07', 'x', '2020-01-01')")
                            .arg(fresh.value("id").toString())));
    }
    if (edit == "no-roles" || edit == "stale" || edit == "hash" || edit == "no-admin") {
        QJsonObject u = userRow(*w, edit == "no-admin" ? QStringLiteral("admin")
                                                       : QStringLiteral("dp02"));
        if (edit == "no-roles")
            u.insert("roles", QJsonArray{});
        if (edit == "no-admin")
            u.insert("roles", QJsonArray{"operator"});
        if (edit == "stale")
            u.insert("base_updated_at", "2001-01-01T00:00:00.000Z");
        if (edit == "hash")
            passwords.insert(u.value("id").toString(), "plain-text-password");
        users.append(u);
        // The forger's own copy changed: put back to the hub's.
        QVERIFY(w->db->exec(
            QStringLiteral("UPDATE app_user SET display_name = 'forged' WHERE id = '%1'")
                .arg(u.value("id").toString())));
    }
    if (edit == "retire") { // a department the bindings route to
        auto row = Storage::OutboxRepository(*w->db).rowJson(QStringLiteral("department"),
                                                             m_hub.deptA);
        QVERIFY(row && row.value());
        QJsonObject d = *row.value();
        d.insert("active", 0);
        d.insert("base_updated_at", d.value("updated_at"));
        departments.append(d);
        // its user leaves it first, in the same change
        QJsonObject u = userRow(*w, m_hub.deptUserA);
        u.insert("active", 0);
        users.append(u);
    }
    if (edit == "delete")
        deleted.append(text(*w->db, "SELECT id FROM app_user WHERE login = 'op01'"));
    const qint64 before = hubChanges();
    const QString hubUsers = hubText(
        "SELECT string_agg(login || display_name || active, ',' ORDER BY login) FROM cc.app_user");
    QVERIFY(forge(*w,
                  QJsonObject{{"departments", departments},
                              {"users", users},
                              {"deletedUsers", deleted}},
                  passwords));
    auto pushed = w->sync();
    CC_VERIFY_OK(pushed);
    QCOMPARE(pushed->push.rejected, 1);
    QCOMPARE(lastConflict(*w), code);
    QCOMPARE(hubChanges(), before);
    QCOMPARE(
        hubText(
            "SELECT string_agg(login || display_name || active, ',' ORDER BY login) FROM cc.app_user"),
        hubUsers);
    QCOMPARE(hubText("SELECT active::text FROM cc.department WHERE id = '" + m_hub.deptA + "'"),
             QStringLiteral("1"));
    // The forger's copies are the hub's again.
    QCOMPARE(text(*w->db,
                  "SELECT count(*) FROM app_user WHERE login = 'new07' OR display_name = 'forged'"),
             QStringLiteral("0"));
    QCOMPARE(text(*w->db, "SELECT count(*) FROM org_change WHERE changed_by_name = 'x'"),
             QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(tst_HubOrg)
#include "tst_hub_org.moc"
