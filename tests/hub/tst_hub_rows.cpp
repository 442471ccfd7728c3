// SPDX-License-Identifier: GPL-3.0-or-later
// Row changes between workstations and a real hub (PostgreSQL 15 + PostGIS in a throwaway
// cluster): grid edits through the map's GridStore (checked like case actions, a save taken
// whole or not at all), components, collectors' positions and passwords travelling, rows
// deleted on the hub reaching workstations, and a schema-1 hub upgraded in place.
#include "hubrows.h"

#include <cc/cases/auth.h>
#include <cc/map/collectortracks.h>
#include <cc/map/griddocument.h>
#include <cc/map/gridstore.h>
#include <cc/map/layerimport.h>
#include <cc/sync/hubadmin.h>
#include <cc/sync/hublogin.h>

#include "resultcheck.h"

#include <QFile>
#include <QJsonArray>
#include <QPolygonF>

#include <utility>

using namespace HubTest;

class tst_HubRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gridEditOnTheHubReachesWorkstations();
    void gridEditsFromWorkstationsAreCheckedLikeActions();
    void componentsPositionsAndPasswordsTravel();
    void hubDeletionsReachWorkstations();
    void schemaOneHubUpgradesInPlace();

private:
    HubFixture m_hub;
};

void tst_HubRows::initTestCase()
{
    QString why;
    if (!m_hub.setUp(&why))
        QFAIL(qPrintable(why));
    QVERIFY(!m_hub.grid.isEmpty());
}

void tst_HubRows::gridEditOnTheHubReachesWorkstations()
{
    // A supervisor's grid change made on the hub (here: moved by hand in SQL, as an admin
    // would) lands on every workstation's map: geometry, attributes and the R-tree.
    auto w = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("grid"));
    QVERIFY(w);
    auto admin = m_hub.adminConnection();
    QVERIFY(admin);
    QVERIFY(admin.value()->command(
        QStringLiteral(
            "UPDATE cc.grid_unit SET geom = ST_Translate(geom, 0.5, 0), version = version + 1, "
            "updated_at = '2026-12-01T00:00:00.000Z' WHERE code = '%1'")
            .arg(m_hub.grid)));
    auto pulled = w->sync();
    CC_VERIFY_OK(pulled);
    QCOMPARE(pulled->pull.applied, 1);
    auto grid = Storage::SpatialRepository(*w->db).unitGrid(m_hub.grid);
    QVERIFY(grid && grid.value());
    QCOMPARE(grid.value()->version, 2);
    auto hub = admin.value()->exec(
        QStringLiteral("SELECT ST_XMin(geom), ST_XMax(geom) FROM cc.grid_unit WHERE code = $1"),
        {m_hub.grid});
    QVERIFY(hub);
    double minX = 1e9, maxX = -1e9;
    for (const QPointF &p : grid.value()->geom.first()) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
    }
    QCOMPARE(minX, hub->text(0, 0).toDouble());
    QCOMPARE(maxX, hub->text(0, 1).toDouble());
    // The R-tree follows: the grid is found at its new place.
    const QPointF inside((minX + maxX) / 2,
                         (grid.value()->geom.first()[0].y() + grid.value()->geom.first()[2].y())
                             / 2);
    auto near = Storage::SpatialRepository(*w->db).unitGridsNear(inside);
    QVERIFY(near);
    bool found = false;
    for (const auto &g : near.value())
        found = found || g.code == m_hub.grid;
    QVERIFY(found);
    // Put it back for the other tests.
    QVERIFY(admin.value()->command(
        QStringLiteral(
            "UPDATE cc.grid_unit SET geom = ST_Translate(geom, -0.5, 0), version = version + 1 WHERE code = '%1'")
            .arg(m_hub.grid)));
}

void tst_HubRows::gridEditsFromWorkstationsAreCheckedLikeActions()
{
    // What the map's editing writes (Map::GridStore): the rows and one outbox entry per row
    // with the row before and after, one group per save. The hub checks the editor's role, the
    // version edited and the shape, and takes a save whole or not at all.
    QString code;
    {
        auto admin = m_hub.adminConnection();
        code = admin.value()
                   ->exec(QStringLiteral(
                       "SELECT code FROM cc.grid_unit ORDER BY code OFFSET 1 LIMIT 1"))
                   ->text(0, 0);
    }
    auto a = m_hub.mustJoin(QStringLiteral("sv01"), QStringLiteral("gea"));
    auto b = m_hub.mustJoin(QStringLiteral("sv02"), QStringLiteral("geb"));
    auto c = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("gec"));
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("geo"));
    QVERIFY(a && b && c && op);
    const auto document = [](Workstation &w) {
        auto doc = std::make_unique<Map::GridDocument>();
        doc->setEditorRole(Core::Role::Supervisor);
        return Map::GridStore(*w.db).load(*doc) ? std::move(doc) : nullptr;
    };
    // Splits the grid by a north-south line at `fraction` of its width; the new part gets `newCode`.
    const auto split = [&](Workstation &w, double fraction,
                           const QString &newCode) -> Result<void> {
        auto doc = document(w);
        auto g = doc ? doc->gridByCode(code) : std::nullopt;
        if (!g)
            return makeError(QStringLiteral("test"), QStringLiteral("no grid %1").arg(code));
        const QRectF box = QPolygonF(g->geom.first()).boundingRect();
        const double x = box.left() + fraction * box.width();
        if (auto r = doc->splitGrid(g->id,
                                    {QPointF(x, box.top() - 1e-4), QPointF(x, box.bottom() + 1e-4)},
                                    {newCode});
            !r)
            return r;
        auto saved = Map::GridStore(*w.db).save(*doc, w.login);
        return saved ? Result<void>() : Result<void>(saved.error());
    };
    const auto outline = [&](Workstation &w, const QString &which) {
        auto g = Storage::SpatialRepository(*w.db).unitGrid(which);
        return g && g.value() ? g.value()->geom : Storage::PolygonRings();
    };
    const auto lastReason = [](Workstation &w) {
        auto all = Storage::ConflictRepository(*w.db).unresolved();
        return all && !all->isEmpty() ? all->last().reason : QString();
    };
    const QString community = code.left(12);

    // A supervisor splits a grid: the changed grid and the new one reach the others' maps.
    QVERIFY(split(*a, 0.5, community + QStringLiteral("99")));
    auto pushed = a->sync();
    QVERIFY(pushed);
    QVERIFY2(pushed->push.applied == 2, qPrintable(lastReason(*a)));
    QVERIFY(c->sync());
    QCOMPARE(outline(*c, code), outline(*a, code));
    QCOMPARE(outline(*c, community + QStringLiteral("99")),
             outline(*a, community + QStringLiteral("99")));
    QCOMPARE(Storage::SpatialRepository(*c->db).unitGrid(code).value()->version, 2);
    QCOMPARE(c->db->rowCount(QStringLiteral("rtree_grid_unit_geom")),
             c->db->rowCount(QStringLiteral("grid_unit")));

    // The second supervisor split the old version while apart: the whole save is refused
    // (its new grid too, which the hub alone would have taken), and b's map is the hub's again.
    QVERIFY(split(*b, 0.3, community + QStringLiteral("98")));
    auto lost = b->sync();
    QVERIFY(lost);
    QCOMPARE(lost->push.rejected, 2);
    QCOMPARE(lost->push.applied, 0);
    auto reasons = Storage::ConflictRepository(*b->db).unresolved();
    QVERIFY(reasons && reasons->size() == 2);
    QStringList codes{reasons->at(0).reason.section(QLatin1Char(':'), 0, 0),
                      reasons->at(1).reason.section(QLatin1Char(':'), 0, 0)};
    codes.sort();
    QCOMPARE(codes,
             (QStringList{QStringLiteral("grid.stale"), QStringLiteral("sync.group-refused")}));
    QCOMPARE(outline(*b, code), outline(*a, code));
    QVERIFY(outline(*b, community + QStringLiteral("98")).isEmpty());
    QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.grid_unit WHERE code = '%1'")
                             .arg(community + "98")),
             0);
    QCOMPARE(b->db->rowCount(QStringLiteral("outbox")), 0);

    // Merging back: an update and a delete, which reaches the others as a deletion.
    {
        auto doc = document(*a);
        QVERIFY(doc);
        QVERIFY(doc->mergeGrids(
            {doc->gridByCode(code)->id, doc->gridByCode(community + QStringLiteral("99"))->id}));
        QVERIFY(Map::GridStore(*a->db).save(*doc, a->login));
    }
    QCOMPARE(a->sync()->push.applied, 2);
    QVERIFY(c->sync());
    QVERIFY(outline(*c, community + QStringLiteral("99")).isEmpty());
    QCOMPARE(outline(*c, code), outline(*a, code));
    QCOMPARE(c->db->rowCount(QStringLiteral("rtree_grid_unit_geom")),
             c->db->rowCount(QStringLiteral("grid_unit")));

    // Hand-made entries the map would not write: not a supervisor; not a valid polygon.
    const auto handMade = [&](Workstation &w, bool bowtie) {
        Storage::Transaction tx(*w.db);
        Storage::OutboxRepository outbox(*w.db);
        const Storage::UnitGridRow grid = *Storage::SpatialRepository(*w.db).unitGrid(code).value();
        auto base = outbox.rowJson(QStringLiteral("grid_unit"), grid.id);
        Storage::PolygonRings rings = grid.geom;
        for (QPointF &p : rings[0])
            p.rx() += 0.0001;
        if (bowtie)
            std::swap(rings[0][1], rings[0][2]);
        auto st = w.db->prepare(
            QStringLiteral("UPDATE grid_unit SET geom = ?1, version = version + 1 WHERE id = ?2"));
        st.value().bindBlob(1, Storage::Gpkg::encodePolygon(rings)).bindText(2, grid.id);
        return base && st.value().exec()
               && outbox.appendRowChange(QStringLiteral("grid_unit"), grid.id,
                                         QStringLiteral("update"), base.value())
               && tx.commit();
    };
    QVERIFY(op->sync());
    QVERIFY(handMade(*op, false));
    QVERIFY(op->sync());
    QVERIFY2(lastReason(*op).startsWith(QLatin1String("auth.role-not-held")),
             qPrintable(lastReason(*op)));
    QCOMPARE(outline(*op, code), outline(*a, code));
    QVERIFY(handMade(*a, true));
    QVERIFY(a->sync());
    QVERIFY2(lastReason(*a).startsWith(QLatin1String("grid.invalid-geometry")),
             qPrintable(lastReason(*a)));
    QCOMPARE(m_hub.count(
                 QStringLiteral("SELECT version FROM cc.grid_unit WHERE code = '%1'").arg(code)),
             3);
}

void tst_HubRows::componentsPositionsAndPasswordsTravel()
{
    auto sv = m_hub.mustJoin(QStringLiteral("sv01"), QStringLiteral("rowsv"));
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("rowop"));
    auto sl = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("rowsl"));
    QVERIFY(sv && op && sl);
    const Storage::UnitGridRow grid
        = *Storage::SpatialRepository(*sv->db).unitGrid(m_hub.grid).value();
    const QPointF inside = QPolygonF(grid.geom.first()).boundingRect().center();
    const auto geojson = [&](const QString &name, const QStringList &codes) {
        QJsonArray features;
        for (int i = 0; i < codes.size(); ++i)
            features.append(
                QJsonObject{{"type", "Feature"},
                            {"properties",
                             QJsonObject{{"object_code", codes[i]}, {"name", "上水井盖"}}},
                            {"geometry",
                             QJsonObject{{"type", "Point"},
                                         {"coordinates",
                                          QJsonArray{inside.x() + i * 1e-5, inside.y()}}}}});
        QFile f(m_hub.dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(
                QJsonDocument(QJsonObject{{"type", "FeatureCollection"}, {"features", features}})
                    .toJson());
        return f.fileName();
    };
    const auto lastReason = [](Workstation &w) {
        auto all = Storage::ConflictRepository(*w.db).unresolved();
        return all && !all->isEmpty() ? all->last().reason : QString();
    };

    // Components imported on the supervisor's workstation (the map's and cityctl's import).
    const Core::CategoryDictionary &categories = Core::CategoryDictionary::builtin();
    auto imported = Map::importComponents(*sv->db, categories,
                                          geojson(QStringLiteral("c1.geojson"),
                                                  {"4105230101990001", "4105230101990002"}),
                                          QString(), {});
    CC_VERIFY_OK(imported);
    QCOMPARE(imported->inserted, 2);
    auto pushed = sv->sync();
    QVERIFY(pushed);
    QVERIFY2(pushed->push.applied == 2, qPrintable(lastReason(*sv)));
    QVERIFY(sl->sync());
    QCOMPARE(localRows(*sl->db, QStringLiteral("component")),
             localRows(*sv->db, QStringLiteral("component")));
    QCOMPARE(sl->db->rowCount(QStringLiteral("rtree_component_geom")),
             sl->db->rowCount(QStringLiteral("component")));
    // An operator's import is refused whole and taken back locally (the conflicts keep it).
    QVERIFY(Map::importComponents(*op->db, categories,
                                  geojson(QStringLiteral("c2.geojson"),
                                          {"4105230101990003", "4105230101990004"}),
                                  QString(), {}));
    auto refused = op->sync();
    QVERIFY(refused);
    QCOMPARE(refused->push.rejected, 2);
    QVERIFY2(lastReason(*op).startsWith(QLatin1String("sync.group-refused"))
                 || lastReason(*op).startsWith(QLatin1String("auth.role-not-held")),
             qPrintable(lastReason(*op)));
    QCOMPARE(m_hub.count(QStringLiteral(
                 "SELECT count(*) FROM cc.component WHERE object_code LIKE '4105230101990%'")),
             2);
    QCOMPARE(localRows(*op->db, QStringLiteral("component")),
             localRows(*sl->db, QStringLiteral("component")));

    // A collector's fix heard by two workstations is kept once, everywhere.
    QString collector;
    {
        auto st = sl->db->prepare(QStringLiteral(
            "SELECT u.login FROM app_user u JOIN user_role r ON r.user_id = u.id WHERE r.role = 'collector' LIMIT 1"));
        QVERIFY(st && st.value().step().value());
        collector = st.value().text(0);
    }
    const QDateTime at = QDateTime::currentDateTimeUtc();
    Map::CollectorTracks heardBySl(*sl->db), heardByOp(*op->db);
    heardBySl.add(collector, inside, at, 5);
    QCOMPARE(heardBySl.flush().value(), 1);
    heardByOp.add(collector, inside, at, 5);
    heardByOp.add(collector, inside + QPointF(1e-4, 0), at.addSecs(10), 5);
    QCOMPARE(heardByOp.flush().value(), 2);
    QVERIFY(sl->sync());
    auto both = op->sync();
    QVERIFY(both);
    QCOMPARE(both->push.applied, 2);
    QVERIFY(sl->sync());
    QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.collector_position")), 2);
    QCOMPARE(sl->db->rowCount(QStringLiteral("collector_position")), 2);
    QCOMPARE(localRows(*sl->db, QStringLiteral("collector_position")),
             localRows(*op->db, QStringLiteral("collector_position")));

    // A password changed on one workstation opens the others, checked against the hub; only
    // its hash travels to the hub, and from there to no other workstation.
    const QString newPassword = QStringLiteral("neues-Passwort-2026");
    QVERIFY(Cases::AuthService(*op->db).setPassword(QStringLiteral("op01"), newPassword));
    QVERIFY(!op->db
                 ->prepare(QStringLiteral("SELECT 1 FROM outbox WHERE instr(payload, '%1') > 0")
                               .arg(newPassword))
                 .value()
                 .step()
                 .value());
    QCOMPARE(op->sync()->push.applied, 1);
    QVERIFY(sl->sync());
    QVERIFY(Storage::UserRepository(*sl->db)
                .findByLogin(QStringLiteral("op01"))
                .value()
                ->passwordHash.isEmpty());
    auto hub = std::make_shared<Sync::HubLogin>(m_hub.credentials(sl->login));
    Cases::AuthService atSl(*sl->db);
    atSl.setAuthority({[hub](const QString &l) { return hub->hashPrefix(l); },
                       [hub](const QString &l, const QString &h) { return hub->check(l, h); }});
    QVERIFY(atSl.login(QStringLiteral("op01"), newPassword));
    // Only one's own password, and only it: op01 renaming the shift leader is refused.
    {
        Storage::Transaction tx(*op->db);
        Storage::OutboxRepository outbox(*op->db);
        const QString slId
            = Storage::UserRepository(*op->db).findByLogin(QStringLiteral("sl01")).value()->id;
        auto base = outbox.rowJson(QStringLiteral("app_user"), slId);
        QVERIFY(base && base.value());
        QVERIFY(op->db->exec(
            QStringLiteral("UPDATE app_user SET display_name = 'X' WHERE id = '%1'").arg(slId)));
        QVERIFY(outbox.appendRowChange(QStringLiteral("app_user"), slId, QStringLiteral("update"),
                                       base.value()));
        QVERIFY(tx.commit());
    }
    QCOMPARE(op->sync()->push.rejected, 1);
    QVERIFY2(lastReason(*op).startsWith(QLatin1String("auth.role-not-held")),
             qPrintable(lastReason(*op)));
    QVERIFY(
        Storage::UserRepository(*op->db).findByLogin(QStringLiteral("sl01")).value()->displayName
        != QLatin1String("X"));
    QCOMPARE(localRows(*op->db, QStringLiteral("app_user")),
             localRows(*sl->db, QStringLiteral("app_user")));
}

void tst_HubRows::hubDeletionsReachWorkstations()
{
    auto w = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("del"));
    QVERIFY(w);
    auto admin = m_hub.adminConnection();
    QVERIFY(admin);
    const QString camera = admin.value()
                               ->exec(
                                   QStringLiteral("SELECT id FROM cc.camera ORDER BY id LIMIT 1"))
                               ->text(0, 0);
    const QString component = admin.value()
                                  ->exec(QStringLiteral(
                                      "SELECT id FROM cc.component ORDER BY id LIMIT 1"))
                                  ->text(0, 0);
    const qint64 cameras = w->db->rowCount(QStringLiteral("camera"));
    const auto has = [&](const QString &table, const QString &id) {
        auto st = w->db->prepare(
            QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?1").arg(table));
        st.value().bindText(1, id);
        return st.value().step().value() && st.value().integer(0) == 1;
    };
    QVERIFY(has(QStringLiteral("camera"), camera) && has(QStringLiteral("component"), component));
    // The administrator removes a camera and a component on the hub (plain SQL).
    QVERIFY(admin.value()->command(
        QStringLiteral("CREATE TABLE public.kept AS SELECT * FROM cc.component WHERE id = $1"),
        {component}));
    QVERIFY(
        admin.value()->command(QStringLiteral("DELETE FROM cc.camera WHERE id = $1"), {camera}));
    QVERIFY(admin.value()->command(QStringLiteral("DELETE FROM cc.component WHERE id = $1"),
                                   {component}));
    auto pulled = w->sync();
    QVERIFY(pulled);
    QVERIFY(!has(QStringLiteral("camera"), camera) && !has(QStringLiteral("component"), component));
    QCOMPARE(w->db->rowCount(QStringLiteral("camera")), cameras - 1);
    QCOMPARE(w->db->rowCount(QStringLiteral("rtree_component_geom")),
             w->db->rowCount(QStringLiteral("component")));
    QCOMPARE(w->db->rowCount(QStringLiteral("rtree_camera_geom")),
             w->db->rowCount(QStringLiteral("camera")));
    // Deleted, then made again: it comes back (the tombstone is older than the new row).
    QVERIFY(admin.value()->command(QStringLiteral(
        "INSERT INTO cc.component SELECT * FROM public.kept; DROP TABLE public.kept")));
    QVERIFY(w->sync());
    QVERIFY(has(QStringLiteral("component"), component));
    // A workstation joining later knows nothing of the camera.
    auto later = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("dellater"));
    QVERIFY(later);
    QCOMPARE(localRows(*later->db, QStringLiteral("camera")),
             localRows(*w->db, QStringLiteral("camera")));
    QCOMPARE(localRows(*later->db, QStringLiteral("component")),
             localRows(*w->db, QStringLiteral("component")));
}

void tst_HubRows::schemaOneHubUpgradesInPlace()
{
    // A hub set up by a schema-1 CityCommand, seeded and working, then `cityctl hub init` of
    // this build: the newer file alone is applied, the city stays, old clients are told to upgrade.
    {
        auto server = m_hub.adminConnection(QStringLiteral("postgres"));
        QVERIFY(server);
        QVERIFY(server.value()->command(QStringLiteral("CREATE DATABASE old_city")));
    }
    auto admin = m_hub.adminConnection(QStringLiteral("old_city"));
    QVERIFY(admin);
    Sync::HubAdmin hub(*admin.value());
    const Core::WorkCalendar calendar = Core::WorkCalendar::chinaDefault();
    QCOMPARE(hub.init(calendar, 1).value(), 1);
    QVERIFY(hub.seed(m_hub.demoPath));
    const qint64 grids
        = admin.value()->exec(QStringLiteral("SELECT count(*) FROM cc.grid_unit"))->integer(0, 0);
    QCOMPARE(admin.value()
                 ->exec(QStringLiteral("SELECT to_regclass('cc.tombstone') IS NULL"))
                 ->text(0, 0),
             QStringLiteral("t"));
    auto upgraded = hub.init(calendar);
    CC_VERIFY_OK(upgraded);
    QCOMPARE(upgraded.value(), Sync::kHubSchemaVersion);
    QCOMPARE(hub.schemaVersion().value(), Sync::kHubSchemaVersion);
    QCOMPARE(admin.value()
                 ->exec(QStringLiteral("SELECT count(*) FROM cc.grid_unit"))
                 ->integer(0, 0),
             grids);
    QVERIFY(admin.value()->command(QStringLiteral(
        "DELETE FROM cc.grid_unit WHERE code = (SELECT max(code) FROM cc.grid_unit)")));
    QCOMPARE(admin.value()
                 ->exec(QStringLiteral("SELECT count(*) FROM cc.tombstone"))
                 ->integer(0, 0),
             1);
    QCOMPARE(admin.value()
                 ->exec(QStringLiteral(
                     "SELECT value FROM cc.hub_meta WHERE key = 'min_client_version'"))
                 ->text(0, 0),
             QString::number(Sync::kHubSchemaVersion));
    QCOMPARE(hub.init(calendar).value(), Sync::kHubSchemaVersion); // again: nothing to do
}

QTEST_GUILESS_MAIN(tst_HubRows)
#include "tst_hub_rows.moc"
