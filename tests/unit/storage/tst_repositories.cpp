// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include "resultcheck.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Cc;
using namespace Cc::Storage;

namespace {

const QDateTime kT0(QDate(2026, 3, 1), QTime(8, 30, 15, 123), Qt::UTC);

Ring square(double x0, double y0, double size)
{
    return {QPointF(x0, y0), QPointF(x0 + size, y0), QPointF(x0 + size, y0 + size),
            QPointF(x0, y0 + size), QPointF(x0, y0)};
}

CaseRow sampleCase(const QString &id, const QString &number)
{
    CaseRow c;
    c.id = id;
    c.number = number;
    c.channel = QStringLiteral("hotline-12319");
    c.kind = QStringLiteral("event");
    c.categoryKey = QStringLiteral("event:0502");
    c.level = QStringLiteral("urgent");
    c.description = QStringLiteral("道路积水，约 20 米");
    c.address = QStringLiteral("滨海新区 新港路 12 号");
    c.componentCode = QStringLiteral("1201160136000001");
    c.gridCode = QStringLiteral("12011600100101");
    c.responsibilityCode = QStringLiteral("R-01");
    c.communityCode = QStringLiteral("120116001001");
    c.reporter = QStringLiteral("王女士 13800000000");
    c.state = QStringLiteral("dispatched");
    c.resumeState = QStringLiteral("filed");
    c.departmentId = QStringLiteral("dep-water");
    c.stage = QStringLiteral("disposal");
    c.stageStartedAt = kT0.addSecs(600);
    c.stageDeadline = kT0.addSecs(7200);
    c.disposalDeadline = kT0.addSecs(7200);
    c.reportedAt = kT0;
    c.filedAt = kT0.addSecs(60);
    c.dispatchedAt = kT0.addSecs(600);
    c.disposedAt = kT0.addSecs(3600);
    c.closedAt = kT0.addSecs(4000);
    c.closedInTime = true;
    c.hung = true;
    c.reworkCount = 1;
    c.dispatchCount = 2;
    c.postponeCount = 3;
    c.superviseCount = 4;
    c.urgeCount = 5;
    c.createdBy = QStringLiteral("user-1");
    c.version = 1;
    c.updatedAt = kT0.addSecs(4000);
    c.geom = QPointF(117.7, 39.02);
    return c;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

    Database &db() { return *m_db; }

    void seedDepartments()
    {
        DepartmentRepository deps(db());
        CC_VERIFY_OK(deps.upsert({QStringLiteral("dep-city"), QStringLiteral("D001"),
                                  QStringLiteral("城管委"), QStringLiteral("City"), 1, QString(),
                                  QStringLiteral("admin"), QStringLiteral("022-1")}));
        CC_VERIFY_OK(deps.upsert({QStringLiteral("dep-water"), QStringLiteral("D002"),
                                  QStringLiteral("水务局"), QStringLiteral("Water"), 2,
                                  QStringLiteral("dep-city"), QStringLiteral("water"),
                                  QStringLiteral("022-2")}));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("r%1.gpkg").arg(++m_counter)),
                                 Database::OpenMode::Create);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
    }

    void cleanup() { m_db.reset(); }

    void categories()
    {
        CategoryRepository repo(db());
        CategoryRow row{QStringLiteral("event:0502"),
                        QStringLiteral("event"),
                        QStringLiteral("0502"),
                        QStringLiteral("05"),
                        QStringLiteral("道路积水"),
                        QStringLiteral("Road flooding"),
                        QStringLiteral("2wh"),
                        QStringLiteral("1wd"),
                        {QStringLiteral("积水面积>10㎡"), QStringLiteral("影响通行 \"quoted\"")},
                        {QStringLiteral("积水排除")},
                        QStringLiteral("water")};
        CC_VERIFY_OK(repo.upsert(row));
        auto all = repo.all();
        CC_VERIFY_OK(all);
        QCOMPARE(all.value().size(), 1);
        const CategoryRow &got = all.value().first();
        QCOMPARE(got.key, row.key);
        QCOMPARE(got.kind, row.kind);
        QCOMPARE(got.code, row.code);
        QCOMPARE(got.majorCode, row.majorCode);
        QCOMPARE(got.nameZh, row.nameZh);
        QCOMPARE(got.nameEn, row.nameEn);
        QCOMPARE(got.limitUrgent, row.limitUrgent);
        QCOMPARE(got.limitNormal, row.limitNormal);
        QCOMPARE(got.filingConditions, row.filingConditions);
        QCOMPARE(got.closingConditions, row.closingConditions);
        QCOMPARE(got.departmentType, row.departmentType);
        QCOMPARE(db().rowCount(QStringLiteral("category")), qint64(1));

        // Upsert while referenced by department_category: updates in place (no REPLACE).
        seedDepartments();
        DepartmentRepository deps(db());
        CC_VERIFY_OK(deps.addCategory({QStringLiteral("dep-water"), row.key, QString()}));
        row.nameEn = QStringLiteral("Waterlogging");
        row.filingConditions.clear();
        CC_VERIFY_OK(repo.upsert(row));
        all = repo.all();
        QCOMPARE(all.value().first().nameEn, QStringLiteral("Waterlogging"));
        QVERIFY(all.value().first().filingConditions.isEmpty());
        // A bad code violates the CHECK.
        row.code = QStringLiteral("05");
        QCOMPARE(CcTest::codeOf(repo.upsert(row)), QStringLiteral("database.constraint"));
    }

    void departments()
    {
        seedDepartments();
        DepartmentRepository repo(db());
        auto found = repo.find(QStringLiteral("dep-water"));
        CC_VERIFY_OK(found);
        QVERIFY(found.value().has_value());
        const DepartmentRow &d = *found.value();
        QCOMPARE(d.id, QStringLiteral("dep-water"));
        QCOMPARE(d.code, QStringLiteral("D002"));
        QCOMPARE(d.nameZh, QStringLiteral("水务局"));
        QCOMPARE(d.nameEn, QStringLiteral("Water"));
        QCOMPARE(d.level, 2);
        QCOMPARE(d.parentId, QStringLiteral("dep-city"));
        QCOMPARE(d.departmentType, QStringLiteral("water"));
        QCOMPARE(d.phone, QStringLiteral("022-2"));
        auto byCode = repo.findByCode(QStringLiteral("D001"));
        QVERIFY(byCode.value().has_value());
        QVERIFY(byCode.value()->parentId.isEmpty());
        QVERIFY(!repo.find(QStringLiteral("nope")).value().has_value());
        QCOMPARE(repo.all().value().size(), 2);
        // parent_id is a foreign key (foreign_keys=ON).
        QCOMPARE(repo.upsert({QStringLiteral("x"), QStringLiteral("D9"), QStringLiteral("x"),
                              QString(), 1, QStringLiteral("missing-parent"), QString(), QString()})
                     .error()
                     .code,
                 QStringLiteral("database.constraint"));

        CategoryRepository cats(db());
        CC_VERIFY_OK(cats.upsert({QStringLiteral("part:0101"),
                                  QStringLiteral("part"),
                                  QStringLiteral("0101"),
                                  QStringLiteral("01"),
                                  QStringLiteral("上水井盖"),
                                  QString(),
                                  QStringLiteral("2wh"),
                                  QStringLiteral("1wd"),
                                  {},
                                  {},
                                  QString()}));
        CC_VERIFY_OK(
            repo.upsert({QStringLiteral("dep-road"), QStringLiteral("D003"), QStringLiteral("市政"),
                         QString(), 2, QString(), QString(), QString()}));
        // Bound to grid R-01: dep-water; city-wide: dep-city and dep-road (and dep-water).
        CC_VERIFY_OK(
            repo.addCategory({QStringLiteral("dep-city"), QStringLiteral("part:0101"), {}}));
        CC_VERIFY_OK(
            repo.addCategory({QStringLiteral("dep-road"), QStringLiteral("part:0101"), {}}));
        CC_VERIFY_OK(repo.addCategory(
            {QStringLiteral("dep-water"), QStringLiteral("part:0101"), QStringLiteral("R-01")}));
        CC_VERIFY_OK(
            repo.addCategory({QStringLiteral("dep-water"), QStringLiteral("part:0101"), {}}));
        CC_VERIFY_OK(
            repo.addCategory({QStringLiteral("dep-water"), QStringLiteral("part:0101"), {}}));
        QCOMPARE(repo.allCategories().value().size(), 4);
        QCOMPARE(repo.allCategories().value().first().departmentId, QStringLiteral("dep-city"));

        auto responsible = repo.responsibleFor(QStringLiteral("part:0101"), QStringLiteral("R-01"));
        CC_VERIFY_OK(responsible);
        QStringList ids;
        for (const auto &r : responsible.value())
            ids.append(r.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("dep-water"), QStringLiteral("dep-city"),
                                   QStringLiteral("dep-road")}));
        ids.clear();
        // Keep the Result alive: ranging over value() of a temporary would dangle.
        const auto other = repo.responsibleFor(QStringLiteral("part:0101"), QStringLiteral("R-02"));
        for (const auto &r : other.value())
            ids.append(r.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("dep-city"), QStringLiteral("dep-water"),
                                   QStringLiteral("dep-road")}));
        QVERIFY(repo.responsibleFor(QStringLiteral("event:9999"), QString()).value().isEmpty());
    }

    void users()
    {
        seedDepartments();
        UserRepository repo(db());
        UserRow u{QStringLiteral("user-1"),
                  QStringLiteral("zhangsan"),
                  QStringLiteral("张三"),
                  QStringLiteral("$argon2id$v=19$..."),
                  QStringLiteral("dep-water"),
                  QStringLiteral("R-01"),
                  QStringLiteral("13900000000"),
                  false,
                  {QStringLiteral("dispatcher"), QStringLiteral("acceptor")}};
        CC_VERIFY_OK(repo.upsert(u));
        auto got = repo.findByLogin(QStringLiteral("zhangsan"));
        CC_VERIFY_OK(got);
        QVERIFY(got.value().has_value());
        const UserRow &g = *got.value();
        QCOMPARE(g.id, u.id);
        QCOMPARE(g.login, u.login);
        QCOMPARE(g.displayName, u.displayName);
        QCOMPARE(g.passwordHash, u.passwordHash);
        QCOMPARE(g.departmentId, u.departmentId);
        QCOMPARE(g.responsibilityCode, u.responsibilityCode);
        QCOMPARE(g.phone, u.phone);
        QCOMPARE(g.active, false);
        QCOMPARE(g.roles, u.roles);

        // Upsert replaces the roles.
        u.roles = {QStringLiteral("supervisor")};
        u.active = true;
        u.departmentId.clear();
        CC_VERIFY_OK(repo.upsert(u));
        auto again = repo.find(QStringLiteral("user-1"));
        QVERIFY(again.value().has_value());
        QCOMPARE(again.value()->roles, QStringList{QStringLiteral("supervisor")});
        QCOMPARE(again.value()->active, true);
        QVERIFY(again.value()->departmentId.isEmpty());
        QCOMPARE(db().rowCount(QStringLiteral("user_role")), qint64(1));

        CC_VERIFY_OK(repo.upsert({QStringLiteral("user-2"),
                                  QStringLiteral("lisi"),
                                  QStringLiteral("李四"),
                                  QString(),
                                  QString(),
                                  QString(),
                                  QString(),
                                  true,
                                  {QStringLiteral("admin"), QStringLiteral("collector")}}));
        auto all = repo.all();
        CC_VERIFY_OK(all);
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value().at(0).login, QStringLiteral("lisi"));
        QCOMPARE(all.value().at(0).roles,
                 (QStringList{QStringLiteral("admin"), QStringLiteral("collector")}));
        QCOMPARE(all.value().at(1).roles, QStringList{QStringLiteral("supervisor")});

        // A failing upsert (duplicate login) leaves the previous roles intact.
        const auto failed = repo.upsert({QStringLiteral("user-3"),
                                         QStringLiteral("lisi"),
                                         QStringLiteral("x"),
                                         QString(),
                                         QString(),
                                         QString(),
                                         QString(),
                                         true,
                                         {QStringLiteral("admin")}});
        QCOMPARE(CcTest::codeOf(failed), QStringLiteral("database.constraint"));
        QCOMPARE(db().rowCount(QStringLiteral("user_role")), qint64(3));
        QVERIFY(!repo.findByLogin(QStringLiteral("nobody")).value().has_value());
    }

    void calendarAndSettings()
    {
        CalendarRepository calendars(db());
        QVERIFY(!calendars.load().value().has_value());
        const QByteArray json = R"({"holidays":["2026-10-01"],"name":"国庆"})";
        CC_VERIFY_OK(calendars.save(json));
        QCOMPARE(*calendars.load().value(), json);
        CC_VERIFY_OK(calendars.save(QByteArray("{}")));
        QCOMPARE(*calendars.load().value(), QByteArray("{}"));
        CC_VERIFY_OK(calendars.save(json, QStringLiteral("district")));
        QCOMPARE(*calendars.load(QStringLiteral("district")).value(), json);

        SettingRepository settings(db());
        QVERIFY(!settings.get(QStringLiteral("hub.url")).value().has_value());
        CC_VERIFY_OK(settings.set(QStringLiteral("hub.url"), QStringLiteral("https://hub")));
        CC_VERIFY_OK(settings.set(QStringLiteral("hub.url"), QStringLiteral("https://hub2")));
        QCOMPARE(*settings.get(QStringLiteral("hub.url")).value(), QStringLiteral("https://hub2"));
        CC_VERIFY_OK(settings.set(QStringLiteral("empty"), QString()));
        QCOMPARE(*settings.get(QStringLiteral("empty")).value(), QString());
    }

    void spatial()
    {
        SpatialRepository repo(db());
        const PolygonRings streetGeom{square(117.0, 39.0, 0.1), square(117.01, 39.01, 0.01)};
        CC_VERIFY_OK(repo.insert(StreetRow{QStringLiteral("s1"), QStringLiteral("120116001"),
                                           QStringLiteral("新港街道"), streetGeom}));
        CC_VERIFY_OK(repo.insert(CommunityRow{QStringLiteral("c1"),
                                              QStringLiteral("120116001001"),
                                              QStringLiteral("新港社区"),
                                              QStringLiteral("120116001"),
                                              {square(117.0, 39.0, 0.05)}}));
        CC_VERIFY_OK(repo.insert(ResponsibilityGridRow{QStringLiteral("rg1"),
                                                       QStringLiteral("R-01"),
                                                       QStringLiteral("责任网格一"),
                                                       {square(117.0, 39.0, 0.02)}}));
        UnitGridRow unit{QStringLiteral("u1"),
                         QStringLiteral("12011600100101"),
                         QStringLiteral("120116001001"),
                         QStringLiteral("R-01"),
                         12345.5,
                         3,
                         {square(117.0, 39.0, 0.01)}};
        CC_VERIFY_OK(repo.insert(unit));
        CC_VERIFY_OK(repo.insert(UnitGridRow{QStringLiteral("u2"),
                                             QStringLiteral("12011600100102"),
                                             QStringLiteral("120116001001"),
                                             QStringLiteral("R-01"),
                                             1,
                                             1,
                                             {square(117.01, 39.0, 0.01)}}));
        CC_VERIFY_OK(repo.insert(UnitGridRow{QStringLiteral("u3"),
                                             QStringLiteral("12011600100103"),
                                             QStringLiteral("120116001001"),
                                             QStringLiteral("R-01"),
                                             1,
                                             1,
                                             {}}));
        ComponentRow comp{QStringLiteral("k1"),
                          QStringLiteral("1201160101000001"),
                          QStringLiteral("0101"),
                          QStringLiteral("上水井盖"),
                          QStringLiteral("破损"),
                          QString(),
                          QStringLiteral("12011600100101"),
                          QDate(2019, 5, 4),
                          QPointF(117.005, 39.005)};
        CC_VERIFY_OK(repo.insert(comp));
        CameraRow cam{QStringLiteral("cam1"),
                      QStringLiteral("1201160136000001"),
                      QStringLiteral("新港路口"),
                      QStringLiteral("rtsp://10.0.0.1/main"),
                      QStringLiteral("rtsp://10.0.0.1/sub"),
                      QStringLiteral("12011600100101"),
                      QStringLiteral("新港"),
                      true,
                      QPointF(117.006, 39.004)};
        CC_VERIFY_OK(repo.insert(cam));
        CC_VERIFY_OK(
            repo.insert(CollectorPositionRow{QStringLiteral("p1"), QStringLiteral("user-1"), kT0,
                                             4.5, QPointF(117.001, 39.002)}));

        auto streets = repo.streets();
        CC_VERIFY_OK(streets);
        QCOMPARE(streets.value().size(), 1);
        QCOMPARE(streets.value().first().id, QStringLiteral("s1"));
        QCOMPARE(streets.value().first().code, QStringLiteral("120116001"));
        QCOMPARE(streets.value().first().name, QStringLiteral("新港街道"));
        QCOMPARE(streets.value().first().geom, streetGeom);
        auto communities = repo.communities();
        QCOMPARE(communities.value().size(), 1);
        QCOMPARE(communities.value().first().streetCode, QStringLiteral("120116001"));
        QCOMPARE(communities.value().first().name, QStringLiteral("新港社区"));
        QCOMPARE(communities.value().first().geom, PolygonRings{square(117.0, 39.0, 0.05)});
        auto rgrids = repo.responsibilityGrids();
        QCOMPARE(rgrids.value().size(), 1);
        QCOMPARE(rgrids.value().first().code, QStringLiteral("R-01"));
        QCOMPARE(rgrids.value().first().name, QStringLiteral("责任网格一"));

        auto got = repo.unitGrid(QStringLiteral("12011600100101"));
        CC_VERIFY_OK(got);
        QVERIFY(got.value().has_value());
        QCOMPARE(got.value()->id, unit.id);
        QCOMPARE(got.value()->communityCode, unit.communityCode);
        QCOMPARE(got.value()->responsibilityCode, unit.responsibilityCode);
        QCOMPARE(got.value()->areaM2, unit.areaM2);
        QCOMPARE(got.value()->version, 3);
        QCOMPARE(got.value()->geom, unit.geom);
        QVERIFY(!repo.unitGrid(QStringLiteral("00000000000000")).value().has_value());
        QCOMPARE(repo.unitGrids().value().size(), 3);
        QVERIFY(repo.unitGrid(QStringLiteral("12011600100103")).value()->geom.isEmpty());

        auto cams = repo.cameras();
        CC_VERIFY_OK(cams);
        QCOMPARE(cams.value().size(), 1);
        const CameraRow &c = cams.value().first();
        QCOMPARE(c.id, cam.id);
        QCOMPARE(c.componentCode, cam.componentCode);
        QCOMPARE(c.name, cam.name);
        QCOMPARE(c.urlMain, cam.urlMain);
        QCOMPARE(c.urlSub, cam.urlSub);
        QCOMPARE(c.gridCode, cam.gridCode);
        QCOMPARE(c.groupName, cam.groupName);
        QCOMPARE(c.ptz, true);
        QCOMPARE(c.geom, cam.geom);

        // No query for components/positions in the header: check the stored columns directly.
        auto st = db().prepare(QStringLiteral(
            "SELECT id, object_code, category_code, name, state, department_id, grid_code, "
            "installed_on, geom FROM component"));
        CC_VERIFY_OK(st);
        QVERIFY(st.value().step().value());
        QCOMPARE(st.value().text(1), comp.objectCode);
        QCOMPARE(st.value().text(2), comp.categoryCode);
        QCOMPARE(st.value().text(3), comp.name);
        QCOMPARE(st.value().text(4), comp.state);
        QVERIFY(st.value().isNull(5));
        QCOMPARE(st.value().text(6), comp.gridCode);
        QCOMPARE(st.value().text(7), QStringLiteral("2019-05-04"));
        QCOMPARE(Gpkg::decodePoint(st.value().blob(8)).value(), comp.geom);
        auto pos = db().prepare(
            QStringLiteral("SELECT user_id, at, accuracy_m, geom FROM collector_position"));
        QVERIFY(pos.value().step().value());
        QCOMPARE(pos.value().text(0), QStringLiteral("user-1"));
        QCOMPARE(fromIsoUtc(pos.value().text(1)), kT0);
        QCOMPARE(pos.value().real(2), 4.5);
        QCOMPARE(Gpkg::decodePoint(pos.value().blob(3)).value(), QPointF(117.001, 39.002));

        // The R-tree triggers indexed every non-empty geometry.
        QCOMPARE(db().rowCount(QStringLiteral("rtree_grid_unit_geom")), qint64(2));
        QCOMPARE(db().rowCount(QStringLiteral("rtree_component_geom")), qint64(1));
        QCOMPARE(db().rowCount(QStringLiteral("rtree_street_geom")), qint64(1));

        // unitGridsNear: bounding boxes containing the point.
        auto near = repo.unitGridsNear(QPointF(117.005, 39.005));
        CC_VERIFY_OK(near);
        QCOMPARE(near.value().size(), 1);
        QCOMPARE(near.value().first().code, QStringLiteral("12011600100101"));
        QCOMPARE(near.value().first().geom, unit.geom);
        near = repo.unitGridsNear(QPointF(117.015, 39.001));
        QCOMPARE(near.value().size(), 1);
        QCOMPARE(near.value().first().code, QStringLiteral("12011600100102"));
        QVERIFY(repo.unitGridsNear(QPointF(118, 40)).value().isEmpty());

        // Moving a grid keeps the index in step (update1 trigger).
        CC_VERIFY_OK(db().exec(QStringLiteral("UPDATE grid_unit SET geom = (SELECT geom FROM "
                                              "community) WHERE code = '12011600100102'")));
        QCOMPARE(repo.unitGridsNear(QPointF(117.04, 39.04)).value().size(), 1);
        CC_VERIFY_OK(
            db().exec(QStringLiteral("DELETE FROM grid_unit WHERE code = '12011600100102'")));
        QVERIFY(repo.unitGridsNear(QPointF(117.04, 39.04)).value().isEmpty());

        // Duplicate codes and bad code lengths are refused.
        QCOMPARE(CcTest::codeOf(repo.insert(unit)), QStringLiteral("database.constraint"));
        comp.id = QStringLiteral("k2");
        comp.objectCode = QStringLiteral("123");
        QCOMPARE(CcTest::codeOf(repo.insert(comp)), QStringLiteral("database.constraint"));
        comp.objectCode = QStringLiteral("1201160101000002");
        CC_VERIFY_OK(repo.insert(comp)); // the reused statement works after the failure
    }

    void cases()
    {
        seedDepartments();
        CaseRepository repo(db());
        CaseRow c = sampleCase(QStringLiteral("case-1"), QStringLiteral("2026-000123"));
        CC_VERIFY_OK(repo.insert(c));
        CaseRow minimal;
        minimal.id = QStringLiteral("case-2");
        minimal.number = QStringLiteral("2026-000007");
        minimal.channel = QStringLiteral("collector");
        minimal.kind = QStringLiteral("part");
        minimal.categoryKey = QStringLiteral("part:0101");
        minimal.level = QStringLiteral("normal");
        minimal.state = QStringLiteral("reported");
        minimal.reportedAt = kT0;
        minimal.updatedAt = kT0;
        CC_VERIFY_OK(repo.insert(minimal));

        auto got = repo.find(QStringLiteral("case-1"));
        CC_VERIFY_OK(got);
        QVERIFY(got.value().has_value());
        const CaseRow &g = *got.value();
        QCOMPARE(g.id, c.id);
        QCOMPARE(g.number, c.number);
        QCOMPARE(g.channel, c.channel);
        QCOMPARE(g.kind, c.kind);
        QCOMPARE(g.categoryKey, c.categoryKey);
        QCOMPARE(g.level, c.level);
        QCOMPARE(g.description, c.description);
        QCOMPARE(g.address, c.address);
        QCOMPARE(g.componentCode, c.componentCode);
        QCOMPARE(g.gridCode, c.gridCode);
        QCOMPARE(g.responsibilityCode, c.responsibilityCode);
        QCOMPARE(g.communityCode, c.communityCode);
        QCOMPARE(g.reporter, c.reporter);
        QCOMPARE(g.state, c.state);
        QCOMPARE(g.resumeState, c.resumeState);
        QCOMPARE(g.departmentId, c.departmentId);
        QCOMPARE(g.stage, c.stage);
        QCOMPARE(g.stageStartedAt, c.stageStartedAt);
        QCOMPARE(g.stageDeadline, c.stageDeadline);
        QCOMPARE(g.disposalDeadline, c.disposalDeadline);
        QCOMPARE(g.reportedAt, c.reportedAt);
        QCOMPARE(g.filedAt, c.filedAt);
        QCOMPARE(g.dispatchedAt, c.dispatchedAt);
        QCOMPARE(g.disposedAt, c.disposedAt);
        QCOMPARE(g.closedAt, c.closedAt);
        QCOMPARE(g.closedInTime, c.closedInTime);
        QCOMPARE(g.hung, c.hung);
        QCOMPARE(g.reworkCount, c.reworkCount);
        QCOMPARE(g.dispatchCount, c.dispatchCount);
        QCOMPARE(g.postponeCount, c.postponeCount);
        QCOMPARE(g.superviseCount, c.superviseCount);
        QCOMPARE(g.urgeCount, c.urgeCount);
        QCOMPARE(g.createdBy, c.createdBy);
        QCOMPARE(g.version, c.version);
        QCOMPARE(g.updatedAt, c.updatedAt);
        QCOMPARE(g.geom, c.geom);

        auto m = repo.findByNumber(QStringLiteral("2026-000007"));
        QVERIFY(m.value().has_value());
        QVERIFY(!m.value()->closedInTime.has_value());
        QVERIFY(!m.value()->geom.has_value());
        QVERIFY(!m.value()->filedAt.isValid());
        QVERIFY(m.value()->departmentId.isEmpty());
        QCOMPARE(m.value()->hung, false);
        QVERIFY(!repo.find(QStringLiteral("none")).value().has_value());

        // Optimistic version check.
        CaseRow next = g;
        next.version = 2;
        next.state = QStringLiteral("closed");
        next.closedInTime = false;
        next.geom.reset(); // the report's own fields are not an action's to change
        next.address = QStringLiteral("elsewhere");
        CC_VERIFY_OK(repo.update(next));
        auto after = repo.find(QStringLiteral("case-1"));
        QCOMPARE(after.value()->version, 2);
        QCOMPARE(after.value()->state, QStringLiteral("closed"));
        QCOMPARE(after.value()->closedInTime, std::optional<bool>(false));
        QCOMPARE(after.value()->geom, g.geom);
        QCOMPARE(after.value()->address, g.address);
        // The same change again (someone else already moved it to version 2): stale.
        const auto stale = repo.update(next);
        QVERIFY(!stale.ok());
        QCOMPARE(CcTest::codeOf(stale), QStringLiteral("case.stale"));
        QVERIFY(CcTest::messageOf(stale).contains(QStringLiteral("2026-000123")));
        next.version = 5;
        QCOMPARE(CcTest::codeOf(repo.update(next)), QStringLiteral("case.stale"));
        QCOMPARE(repo.find(QStringLiteral("case-1")).value()->version, 2);
        next.version = 3;
        CC_VERIFY_OK(repo.update(next));

        // Case numbers per year.
        QCOMPARE(repo.maxNumberSequence(2026).value(), 123);
        QCOMPARE(repo.maxNumberSequence(2025).value(), 0);
        CC_VERIFY_OK(
            repo.insert(sampleCase(QStringLiteral("case-3"), QStringLiteral("2026-1000001"))));
        CC_VERIFY_OK(
            repo.insert(sampleCase(QStringLiteral("case-4"), QStringLiteral("2025-000999"))));
        QCOMPARE(repo.maxNumberSequence(2026).value(), 1000001);
        QCOMPARE(repo.maxNumberSequence(2025).value(), 999);
        QCOMPARE(repo.insert(sampleCase(QStringLiteral("case-5"), QStringLiteral("2025-000999")))
                     .error()
                     .code,
                 QStringLiteral("database.constraint"));

        // Case points are R-tree indexed too: case-1 kept its point through the update.
        QCOMPARE(db().rowCount(QStringLiteral("rtree_case_record_geom")), qint64(3));
    }

    void eventsAndAttachments()
    {
        seedDepartments();
        CaseRepository cases(db());
        CC_VERIFY_OK(
            cases.insert(sampleCase(QStringLiteral("case-1"), QStringLiteral("2026-000001"))));
        CaseEventRepository events(db());
        CaseEventRow e;
        e.id = QStringLiteral("ev-2");
        e.caseId = QStringLiteral("case-1");
        e.seq = 2;
        e.stage = QStringLiteral("dispatch");
        e.action = QStringLiteral("dispatch");
        e.fromState = QStringLiteral("filed");
        e.toState = QStringLiteral("dispatched");
        e.actorId = QStringLiteral("user-1");
        e.actorName = QStringLiteral("张三");
        e.role = QStringLiteral("dispatcher");
        e.departmentId = QStringLiteral("dep-water");
        e.at = kT0.addSecs(600);
        e.deadline = kT0.addSecs(900);
        e.inTime = true;
        e.usedMinutes = 10;
        e.note = QStringLiteral("派遣至水务局");
        e.payload = QStringLiteral(R"({"to":"dep-water"})");
        CaseEventRow first;
        first.id = QStringLiteral("ev-1");
        first.caseId = QStringLiteral("case-1");
        first.seq = 1;
        first.stage = QStringLiteral("accept");
        first.action = QStringLiteral("report");
        first.toState = QStringLiteral("reported");
        first.actorId = QStringLiteral("user-1");
        first.role = QStringLiteral("acceptor");
        first.at = kT0;
        CC_VERIFY_OK(events.append(e));
        CC_VERIFY_OK(events.append(first));
        auto list = events.forCase(QStringLiteral("case-1"));
        CC_VERIFY_OK(list);
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().at(0).id, QStringLiteral("ev-1"));
        QVERIFY(!list.value().at(0).inTime.has_value());
        QVERIFY(!list.value().at(0).usedMinutes.has_value());
        QVERIFY(!list.value().at(0).deadline.isValid());
        QCOMPARE(list.value().at(0).payload, QStringLiteral("{}"));
        const CaseEventRow &g = list.value().at(1);
        QCOMPARE(g.id, e.id);
        QCOMPARE(g.caseId, e.caseId);
        QCOMPARE(g.seq, e.seq);
        QCOMPARE(g.stage, e.stage);
        QCOMPARE(g.action, e.action);
        QCOMPARE(g.fromState, e.fromState);
        QCOMPARE(g.toState, e.toState);
        QCOMPARE(g.actorId, e.actorId);
        QCOMPARE(g.actorName, e.actorName);
        QCOMPARE(g.role, e.role);
        QCOMPARE(g.departmentId, e.departmentId);
        QCOMPARE(g.at, e.at);
        QCOMPARE(g.deadline, e.deadline);
        QCOMPARE(g.inTime, e.inTime);
        QCOMPARE(g.usedMinutes, e.usedMinutes);
        QCOMPARE(g.note, e.note);
        QCOMPARE(g.payload, e.payload);

        // Append-only, unique (case, seq), and the case must exist.
        QCOMPARE(CcTest::codeOf(db().exec(QStringLiteral("UPDATE case_event SET note = 'x'"))),
                 QStringLiteral("database.constraint"));
        QCOMPARE(CcTest::codeOf(db().exec(QStringLiteral("DELETE FROM case_event"))),
                 QStringLiteral("database.constraint"));
        e.id = QStringLiteral("ev-3");
        QCOMPARE(CcTest::codeOf(events.append(e)), QStringLiteral("database.constraint"));
        e.caseId = QStringLiteral("no-such-case");
        QCOMPARE(CcTest::codeOf(events.append(e)), QStringLiteral("database.constraint"));

        AttachmentRepository attachments(db());
        AttachmentRow a{QStringLiteral("att-1"),       QStringLiteral("case-1"),
                        QStringLiteral("ev-2"),        QStringLiteral("before"),
                        QString(64, QLatin1Char('a')), QStringLiteral("image/jpeg"),
                        QStringLiteral("现场.jpg"),    kT0.addSecs(5)};
        AttachmentRow b{QStringLiteral("att-0"),
                        QStringLiteral("case-1"),
                        QString(),
                        QStringLiteral("snapshot"),
                        QString(64, QLatin1Char('b')),
                        QStringLiteral("image/png"),
                        QString(),
                        kT0};
        CC_VERIFY_OK(attachments.insert(a));
        CC_VERIFY_OK(attachments.insert(b));
        auto atts = attachments.forCase(QStringLiteral("case-1"));
        CC_VERIFY_OK(atts);
        QCOMPARE(atts.value().size(), 2);
        QCOMPARE(atts.value().at(0).id, QStringLiteral("att-0"));
        QVERIFY(atts.value().at(0).eventId.isEmpty());
        const AttachmentRow &ga = atts.value().at(1);
        QCOMPARE(ga.id, a.id);
        QCOMPARE(ga.caseId, a.caseId);
        QCOMPARE(ga.eventId, a.eventId);
        QCOMPARE(ga.kind, a.kind);
        QCOMPARE(ga.sha256, a.sha256);
        QCOMPARE(ga.mime, a.mime);
        QCOMPARE(ga.fileName, a.fileName);
        QCOMPARE(ga.createdAt, a.createdAt);
        QVERIFY(attachments.forCase(QStringLiteral("none")).value().isEmpty());
    }

    void outboxOrderingAndAcknowledge()
    {
        OutboxRepository outbox(db());
        QCOMPARE(outbox.count().value(), qint64(0));
        QList<qint64> seqs;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        for (int i = 0; i < 5; ++i) {
            auto seq = outbox.append(QStringLiteral("case_record"),
                                     QStringLiteral("case-%1").arg(i),
                                     i % 2 ? QStringLiteral("update") : QStringLiteral("action"),
                                     QStringLiteral(R"({"i":%1})").arg(i));
            CC_VERIFY_OK(seq);
            if (!seqs.isEmpty())
                QVERIFY(seq.value() > seqs.last());
            seqs.append(seq.value());
        }
        QCOMPARE(outbox
                     .append(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("bogus"),
                             QStringLiteral("{}"))
                     .error()
                     .code,
                 QStringLiteral("database.constraint"));
        QCOMPARE(outbox.count().value(), qint64(5));
        auto pending = outbox.pending(3);
        CC_VERIFY_OK(pending);
        QCOMPARE(pending.value().size(), 3);
        for (int i = 0; i < 3; ++i) {
            const OutboxRow &row = pending.value().at(i);
            QCOMPARE(row.seq, seqs.at(i));
            QCOMPARE(row.entity, QStringLiteral("case_record"));
            QCOMPARE(row.rowId, QStringLiteral("case-%1").arg(i));
            QCOMPARE(row.op, i % 2 ? QStringLiteral("update") : QStringLiteral("action"));
            QCOMPARE(row.payload, QStringLiteral(R"({"i":%1})").arg(i));
            QVERIFY(row.createdAt >= before && row.createdAt <= QDateTime::currentDateTimeUtc());
        }
        CC_VERIFY_OK(outbox.acknowledgeUpTo(seqs.at(2)));
        QCOMPARE(outbox.count().value(), qint64(2));
        pending = outbox.pending(10);
        QCOMPARE(pending.value().size(), 2);
        QCOMPARE(pending.value().first().seq, seqs.at(3));
        CC_VERIFY_OK(outbox.acknowledgeUpTo(seqs.last()));
        QCOMPARE(outbox.count().value(), qint64(0));
        // A seq is never reused after acknowledgement (AUTOINCREMENT).
        auto again = outbox.append(QStringLiteral("case_record"), QStringLiteral("c"),
                                   QStringLiteral("insert"), QStringLiteral("{}"));
        QVERIFY(again.value() > seqs.last());
    }

    void conflicts()
    {
        ConflictRepository repo(db());
        ConflictRow c{QStringLiteral("cf-1"),
                      QStringLiteral("case_record"),
                      QStringLiteral("case-1"),
                      QStringLiteral(R"({"v":2})"),
                      QStringLiteral(R"({"v":3})"),
                      QStringLiteral("version"),
                      kT0,
                      QDateTime()};
        CC_VERIFY_OK(repo.insert(c));
        CC_VERIFY_OK(repo.insert({QStringLiteral("cf-2"), QStringLiteral("case_record"),
                                  QStringLiteral("case-2"), QStringLiteral("{}"), QString(),
                                  QStringLiteral("deleted"), kT0.addSecs(1), QDateTime()}));
        auto list = repo.unresolved();
        CC_VERIFY_OK(list);
        QCOMPARE(list.value().size(), 2);
        const ConflictRow &g = list.value().first();
        QCOMPARE(g.id, c.id);
        QCOMPARE(g.entity, c.entity);
        QCOMPARE(g.rowId, c.rowId);
        QCOMPARE(g.localPayload, c.localPayload);
        QCOMPARE(g.remotePayload, c.remotePayload);
        QCOMPARE(g.reason, c.reason);
        QCOMPARE(g.createdAt, c.createdAt);
        QVERIFY(!g.resolvedAt.isValid());
        CC_VERIFY_OK(repo.resolve(QStringLiteral("cf-1"), kT0.addSecs(60)));
        list = repo.unresolved();
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value().first().id, QStringLiteral("cf-2"));
        QCOMPARE(CcTest::codeOf(repo.resolve(QStringLiteral("nope"), kT0)),
                 QStringLiteral("conflict.not-found"));
        auto st = db().prepare(
            QStringLiteral("SELECT resolved_at FROM conflict WHERE id = 'cf-1'"));
        QVERIFY(st.value().step().value());
        QCOMPARE(fromIsoUtc(st.value().text(0)), kT0.addSecs(60));
    }

    void bulkInsertRate()
    {
        // The demo city: ~100,000 components, ~67,000 cases with ~400,000 events, in a few
        // large transactions. CC_BULK_SCALE (default 1.0) scales it; no timed assertion.
        const double scale = qEnvironmentVariableIsSet("CC_BULK_SCALE")
                                 ? qEnvironmentVariable("CC_BULK_SCALE").toDouble()
                                 : 1.0;
        const int components = int(100000 * scale);
        const int caseCount = int(67000 * scale);
        const int eventsPerCase = 6;

        SpatialRepository spatial(db());
        QElapsedTimer timer;
        timer.start();
        {
            Transaction tx(db());
            QVERIFY(tx.isActive());
            ComponentRow row;
            row.categoryCode = QStringLiteral("0101");
            row.name = QStringLiteral("上水井盖");
            row.gridCode = QStringLiteral("12011600100101");
            row.installedOn = QDate(2020, 1, 1);
            for (int i = 0; i < components; ++i) {
                row.id = QStringLiteral("k-%1").arg(i);
                row.objectCode = QStringLiteral("1201160101%1").arg(i, 6, 10, QLatin1Char('0'));
                row.geom = QPointF(117.0 + (i % 1000) * 1e-4, 39.0 + (i / 1000) * 1e-4);
                const auto r = spatial.insert(row);
                if (!r.ok())
                    QFAIL(qPrintable(CcTest::messageOf(r)));
            }
            CC_VERIFY_OK(tx.commit());
        }
        const qint64 componentMs = qMax<qint64>(1, timer.restart());
        QCOMPARE(db().rowCount(QStringLiteral("component")), qint64(components));
        QCOMPARE(db().rowCount(QStringLiteral("rtree_component_geom")), qint64(components));

        CaseRepository cases(db());
        CaseEventRepository events(db());
        seedDepartments();
        timer.restart();
        const int perTx = 20000;
        for (int start = 0; start < caseCount; start += perTx) {
            Transaction tx(db());
            QVERIFY(tx.isActive());
            for (int i = start; i < qMin(caseCount, start + perTx); ++i) {
                CaseRow c = sampleCase(QStringLiteral("case-%1").arg(i),
                                       QStringLiteral("2026-%1").arg(i, 6, 10, QLatin1Char('0')));
                c.reportedAt = kT0.addSecs(i * 60);
                const auto r = cases.insert(c);
                if (!r.ok())
                    QFAIL(qPrintable(CcTest::messageOf(r)));
                CaseEventRow e;
                e.caseId = c.id;
                e.stage = QStringLiteral("dispatch");
                e.action = QStringLiteral("dispatch");
                e.toState = QStringLiteral("dispatched");
                e.actorId = QStringLiteral("user-1");
                e.role = QStringLiteral("dispatcher");
                e.departmentId = QStringLiteral("dep-water");
                e.deadline = c.reportedAt.addSecs(3600);
                e.inTime = true;
                e.usedMinutes = 12;
                for (int s = 1; s <= eventsPerCase; ++s) {
                    e.id = QStringLiteral("%1-e%2").arg(c.id).arg(s);
                    e.seq = s;
                    e.at = c.reportedAt.addSecs(s * 60);
                    const auto er = events.append(e);
                    if (!er.ok())
                        QFAIL(qPrintable(CcTest::messageOf(er)));
                }
            }
            CC_VERIFY_OK(tx.commit());
        }
        const qint64 caseMs = qMax<qint64>(1, timer.elapsed());
        QCOMPARE(db().rowCount(QStringLiteral("case_event")), qint64(caseCount) * eventsPerCase);
        QCOMPARE(cases.maxNumberSequence(2026).value(), caseCount - 1);

        qInfo("bulk: %d components in %lld ms (%.0f rows/s); %d cases + %d events in %lld ms "
              "(%.0f rows/s)",
              components, componentMs, components * 1000.0 / componentMs, caseCount,
              caseCount * eventsPerCase, caseMs,
              (caseCount * (eventsPerCase + 1)) * 1000.0 / caseMs);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
