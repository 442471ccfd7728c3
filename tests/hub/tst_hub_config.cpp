// SPDX-License-Identifier: GPL-3.0-or-later
// The centre's rules through a real hub (hub schema 8, docs/config.md; a throwaway
// PostgreSQL 15 + PostGIS cluster): an administrator's version reaches the other
// workstations, which apply it whole and route and time new cases by it. The hub trusts
// nothing: a version forged past the store by an operator, an administrator's forged document
// with overlapping routes, an unknown department or a removed 小类 in use, and a version made
// on an older one are refused with their codes, the forger's copy replaced by the hub's (none).
#include "hubfixture.h"

#include <cc/cases/configstore.h>
#include <cc/city/citycontext.h>

#include "resultcheck.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace HubTest;

class tst_HubConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adminVersionReachesEveryWorkstation();
    void forgedVersionsAreRefused_data();
    void forgedVersionsAreRefused();

private:
    HubFixture m_hub;
    std::unique_ptr<Workstation> m_admin;

    static Cases::ConfigStore store(Workstation &w)
    {
        return Cases::ConfigStore(*w.db, Core::CategoryDictionary::builtin());
    }
    static QJsonObject exported(Workstation &w)
    {
        auto rules = store(w).exportable();
        return rules ? QJsonDocument::fromJson(rules->toJson()).object() : QJsonObject();
    }
    static QString userId(Workstation &w, const QString &login)
    {
        auto st = w.db->prepare(QStringLiteral("SELECT id FROM app_user WHERE login = ?1"));
        st->bindText(1, login);
        return st->step().value() ? st->text(0) : QString();
    }
    static QString lastConflict(Workstation &w)
    {
        auto st = w.db->prepare(QStringLiteral(
            "SELECT reason FROM conflict ORDER BY created_at DESC, rowid DESC LIMIT 1"));
        return st && st->step().value() ? st->text(0).section(QLatin1Char(':'), 0, 0) : QString();
    }
    /// A version written with its outbox entry past every local check, as a forged client would.
    static bool forge(Workstation &w, int version, const QJsonObject &document)
    {
        auto st = w.db->prepare(QStringLiteral(
            "INSERT INTO config_version (id, version, document, effective_at, published_by, "
            "published_by_name) VALUES (?1, ?2, ?3, '2020-01-01T00:00:00.000Z', ?4, 'x')"));
        if (!st)
            return false;
        st->bindText(1, QString::number(version))
            .bindInt(2, version)
            .bindText(3, QString::fromUtf8(QJsonDocument(document).toJson()))
            .bindText(4, userId(w, w.login));
        if (!st->exec())
            return false;
        return bool(
            Storage::OutboxRepository(*w.db).appendRowChange(QStringLiteral("config_version"),
                                                             QString::number(version),
                                                             QStringLiteral("insert"), std::nullopt,
                                                             userId(w, w.login)));
    }
    qint64 hubVersions()
    {
        return m_hub.count(QStringLiteral("SELECT count(*) FROM cc.config_version"));
    }
};

void tst_HubConfig::initTestCase()
{
    QString why;
    if (!m_hub.setUp(&why))
        QFAIL(qPrintable(why));
    if (!m_hub.addLogin(QStringLiteral("admin"), Core::Role::Admin, &why))
        QFAIL(qPrintable(why));
    m_admin = m_hub.mustJoin(QStringLiteral("admin"), QStringLiteral("admin"));
    QVERIFY(m_admin);
    // A case of 暴露垃圾 on the hub: the 小类 is in use there.
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("operator"));
    QVERIFY(op);
    CC_VERIFY_OK(op->report(m_hub.grid));
    auto pushed = op->sync();
    CC_VERIFY_OK(pushed);
    QCOMPARE(pushed->push.rejected, 0);
}

void tst_HubConfig::adminVersionReachesEveryWorkstation()
{
    auto other = m_hub.mustJoin(QStringLiteral("dp01"), QStringLiteral("dispatcher"));
    QVERIFY(other);
    auto city = City::CityContext::load(*other->db);
    CC_VERIFY_OK(city);
    QCOMPARE(city.value()->configVersion(), 0);

    // The administrator shortens 暴露垃圾 to 1 working hour and sends it to one department.
    QJsonObject root = exported(*m_admin);
    QJsonArray categories = root.value("categories").toArray();
    for (qsizetype i = 0; i < categories.size(); ++i) {
        QJsonObject c = categories.at(i).toObject();
        if (c.value("kind").toString() == "event" && c.value("code").toString() == "0102") {
            c.insert("limitNormal", "1wh");
            c.insert("filing", QJsonArray{"本中心立案标准：垃圾裸露超过 1 平方米"});
            categories.replace(i, c);
        }
    }
    root.insert("categories", categories);
    auto dept = m_admin->db->prepare(QStringLiteral("SELECT code FROM department WHERE id = ?1"));
    dept->bindText(1, m_hub.deptB);
    QVERIFY(dept->step().value());
    const QString deptCode = dept->text(0);
    QJsonObject routing = root.value("routing").toObject();
    QJsonArray routes = routing.value("routes").toArray();
    routes.append(QJsonObject{{"category", "event:0102"},
                              {"area", ""},
                              {"department", deptCode},
                              {"priority", 900}});
    routing.insert("routes", routes);
    root.insert("routing", routing);
    auto imported = store(*m_admin).import(QJsonDocument(root).toJson(), QStringLiteral("admin"),
                                           QStringLiteral("本中心手册"));
    CC_VERIFY_OK(imported);
    const int version = imported->version;

    auto pushed = m_admin->sync();
    CC_VERIFY_OK(pushed);
    QCOMPARE(pushed->push.rejected, 0);
    QCOMPARE(hubVersions(), qint64(version));

    CC_VERIFY_OK(other->sync());
    Cases::ConfigStore received = store(*other);
    QCOMPARE(received.refresh().value(), true);
    QCOMPARE(received.currentVersion(), version);
    QCOMPARE(received.current().note, QStringLiteral("本中心手册"));
    Cases::ConfigStore published = store(*m_admin);
    QCOMPARE(published.refresh().value(), true);
    QCOMPARE(received.current().publishedByName, published.current().publishedByName);
    QCOMPARE(received.current().effectiveAt, published.current().effectiveAt); // the hub's time
    // The app's context takes it whole: the 立案标准 text the intake dialog shows.
    QCOMPARE(city.value()->reloadConfig().value(), true);
    QCOMPARE(city.value()->categories().findByKey(u"event:0102")->filingConditions,
             QStringList{"本中心立案标准：垃圾裸露超过 1 平方米"});
    // A case reported there now is routed and timed by it.
    auto opened = m_hub.open(*other);
    QVERIFY(opened);
    QCOMPARE(other->service->suggestDepartment(QStringLiteral("event:0102"), {}), m_hub.deptB);
}

void tst_HubConfig::forgedVersionsAreRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("code");
    QTest::newRow("operator") << "op02"
                              << "none"
                              << "auth.role-not-held";
    QTest::newRow("overlap") << "admin"
                             << "overlap"
                             << "config.overlapping-route";
    QTest::newRow("unknown-department") << "admin"
                                        << "department"
                                        << "config.unknown-department";
    QTest::newRow("unknown-code") << "admin"
                                  << "category"
                                  << "config.unknown-code";
    QTest::newRow("zero-limit") << "admin"
                                << "limit"
                                << "config.bad-limit";
    QTest::newRow("in-use") << "admin"
                            << "drop"
                            << "config.category-in-use";
    QTest::newRow("stale") << "admin"
                           << "stale"
                           << "config.stale-version";
}

void tst_HubConfig::forgedVersionsAreRefused()
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
    // The hub's cases use 暴露垃圾 (initTestCase's), so dropping it is refused.
    QVERIFY(m_hub.count(QStringLiteral(
                "SELECT count(*) FROM cc.case_record WHERE category_key = 'event:0102'"))
            > 0);
    QJsonObject root = exported(*w);
    QJsonObject routing = root.value("routing").toObject();
    QJsonArray routes = routing.value("routes").toArray();
    const QJsonObject first = routes.first().toObject();
    if (edit == "overlap")
        routes.append(first);
    if (edit == "department")
        routes.append(QJsonObject{{"category", "event:0102"}, {"department", "NO-SUCH"}});
    if (edit == "category")
        routes.append(QJsonObject{{"category", "event:0999"}, {"department", first["department"]}});
    if (edit == "drop") { // with its routes: only the hub's cases hold on to it
        QJsonArray others;
        for (const QJsonValue r : std::as_const(routes)) {
            if (r.toObject().value("category").toString() != "event:0102")
                others.append(r);
        }
        routes = others;
    }
    routing.insert("routes", routes);
    root.insert("routing", routing);
    QJsonArray categories = root.value("categories").toArray();
    for (qsizetype i = categories.size() - 1; i >= 0; --i) {
        QJsonObject c = categories.at(i).toObject();
        if (c.value("kind").toString() != "event" || c.value("code").toString() != "0102")
            continue;
        if (edit == "drop")
            categories.removeAt(i);
        if (edit == "limit") {
            c.insert("limitNormal", "0wh");
            categories.replace(i, c);
        }
    }
    root.insert("categories", categories);
    const qint64 before = hubVersions();
    // A version's number follows the hub's newest; another number was made on other rules.
    QVERIFY(forge(*w, int(before) + (edit == "stale" ? 3 : 1), root));
    auto pushed = w->sync();
    CC_VERIFY_OK(pushed);
    QCOMPARE(pushed->push.rejected, 1);
    QCOMPARE(lastConflict(*w), code);
    QCOMPARE(hubVersions(), before);
    // The forger's copy went with the refusal (the hub has none of that number), or stays the
    // hub's own where the number was the hub's.
    auto local = w->db->scalar(
        QStringLiteral("SELECT count(*) FROM config_version WHERE document LIKE '%NO-SUCH%' "
                       "OR published_by_name = 'x'"));
    CC_VERIFY_OK(local);
    QCOMPARE(local.value(), qint64(0));
}

QTEST_GUILESS_MAIN(tst_HubConfig)
#include "tst_hub_config.moc"
