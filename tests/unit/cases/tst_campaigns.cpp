// SPDX-License-Identifier: GPL-3.0-or-later
// 专项整治 campaigns (Cases::CampaignStore): what a campaign may be, which cases it tags at
// filing and retroactively (period in local dates, area by codes or a drawn polygon,
// categories or whole 大类), and its report.
#include "casefixture.h"

#include "resultcheck.h"

#include <cc/cases/campaigns.h>

using namespace CcTest;

class TestCampaigns : public QObject
{
    Q_OBJECT

private:
    Fixture f;

    std::unique_ptr<Cases::CampaignStore> store()
    {
        return std::make_unique<Cases::CampaignStore>(*f.db, Core::CategoryDictionary::builtin(),
                                                      Core::WorkCalendar::chinaDefault());
    }
    /// A 12345 case at a point of grid A (west) or B (east), on `day` of March 2026 at `hour`.
    Storage::CaseRow reported(bool east, int day, int hour = 10, const QString &category = kRubbish)
    {
        Cases::NewReport r;
        r.channel = QStringLiteral("hotline-12345");
        r.categoryKey = category;
        r.location = QPointF(east ? (kX1 + kX2) / 2 : (kX0 + kX1) / 2, (kY0 + kY1) / 2);
        r.at = cst(2026, 3, day, hour, 0);
        r.description = QStringLiteral("专项整治测试");
        auto row = f.service->report(r, f.op);
        return row ? row.value() : Storage::CaseRow{};
    }
    QStringList tagged(const QString &campaignId)
    {
        QStringList ids;
        auto st = f.db->prepare(QStringLiteral(
            "SELECT case_id FROM campaign_case WHERE campaign_id = ?1 ORDER BY case_id"));
        st->bindText(1, campaignId);
        for (auto more = st->step(); more && more.value(); more = st->step())
            ids << st->text(0);
        return ids;
    }
    Cases::Campaign march(const QString &name)
    {
        Cases::Campaign c;
        c.name = name;
        c.startsOn = QDate(2026, 3, 1);
        c.endsOn = QDate(2026, 3, 15);
        return c;
    }

private slots:
    void init()
    {
        f.setUp();
        Storage::SpatialRepository spatial(*f.db);
        QVERIFY(
            spatial.insert(Storage::StreetRow{Fixture::newId(), QStringLiteral("410523001"),
                                              QStringLiteral("城关镇"), rect(kX0, kY0, kX2, kY1)}));
        QVERIFY(spatial.insert(
            Storage::CommunityRow{Fixture::newId(), kCommunity, QStringLiteral("人民路社区"),
                                  QStringLiteral("410523001"), rect(kX0, kY0, kX2, kY1)}));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("no name") << "name"
                                 << "campaign.bad-name";
        QTest::newRow("long name") << "longname"
                                   << "campaign.bad-name";
        QTest::newRow("ends before it starts") << "backwards"
                                               << "campaign.bad-period";
        QTest::newRow("over a year") << "long"
                                     << "campaign.bad-period";
        QTest::newRow("no area") << "noarea"
                                 << "campaign.no-area";
        QTest::newRow("unknown street") << "street"
                                        << "campaign.unknown-street";
        QTest::newRow("unknown grid") << "grid"
                                      << "campaign.unknown-grid";
        QTest::newRow("unknown category") << "category"
                                          << "campaign.unknown-category";
        QTest::newRow("unknown major class") << "major"
                                             << "campaign.unknown-category";
        QTest::newRow("two-corner polygon") << "polygon"
                                            << "campaign.bad-polygon";
        QTest::newRow("polygon off the earth") << "nan"
                                               << "campaign.bad-polygon";
        QTest::newRow("edges crossing (a bow tie)") << "bowtie"
                                                    << "campaign.polygon-invalid";
        QTest::newRow("a slip of the mouse (25 m²)") << "tiny"
                                                     << "campaign.polygon-too-small";
        QTest::newRow("outside the city") << "outside"
                                          << "campaign.polygon-outside";
        QTest::newRow("too many grids") << "many"
                                        << "campaign.too-many";
        QTest::newRow("same name twice") << "duplicate"
                                         << "campaign.duplicate-name";
    }

    void refusals()
    {
        QFETCH(QString, field);
        QFETCH(QString, code);
        auto s = store();
        Cases::Campaign c = march(QStringLiteral("占道经营专项整治"));
        c.gridCodes = {kGridA};
        if (field == "name")
            c.name = QStringLiteral("  ");
        if (field == "longname")
            c.name = QString(81, QChar(u'治'));
        if (field == "backwards")
            c.endsOn = QDate(2026, 2, 1);
        if (field == "long")
            c.endsOn = QDate(2027, 3, 2); // 367 days
        if (field == "noarea")
            c.gridCodes.clear();
        if (field == "street")
            c.streetCodes = {QStringLiteral("999999999")};
        if (field == "grid")
            c.gridCodes << QStringLiteral("41052399999999");
        if (field == "category")
            c.categories = {QStringLiteral("event:9999")};
        if (field == "major")
            c.categories = {QStringLiteral("event:99")};
        if (field == "polygon")
            c.polygon = {{QPointF(kX0, kY0), QPointF(kX1, kY1), QPointF(kX0, kY0)}};
        if (field == "nan")
            c.polygon = {
                {QPointF(kX0, kY0), QPointF(500, kY1), QPointF(kX1, kY0), QPointF(kX0, kY0)}};
        if (field == "bowtie") // corners given once, as the CLI and the map give them
            c.polygon = {
                {QPointF(kX0, kY0), QPointF(kX2, kY1), QPointF(kX2, kY0), QPointF(kX0, kY1)}};
        if (field == "tiny") // about 4.5 m × 5.5 m inside grid A
            c.polygon = rect(kX0 + 0.0001, kY0 + 0.0001, kX0 + 0.00015, kY0 + 0.00015);
        if (field == "outside") // a square kilometre 10 km east of the city
            c.polygon = rect(kX2 + 0.1, kY0, kX2 + 0.111, kY0 + 0.009);
        if (QStringList{"bowtie", "tiny", "outside"}.contains(field))
            c.gridCodes.clear(); // the drawn area alone
        if (field == "many")
            c.gridCodes = QStringList(501, kGridA);
        if (field == "duplicate")
            CC_VERIFY_OK(s->add(c, QStringLiteral("sl01"), Role::ShiftLeader));
        const qint64 before = f.rows("campaign");
        auto r = s->add(c, QStringLiteral("sl01"), Role::ShiftLeader);
        QCOMPARE(codeOf(r), code);
        QCOMPARE(f.rows("campaign"), before);
    }

    /// Only a shift leader or an administrator defines campaigns, checked in the store
    /// against the database (the role claimed must be held by an active user).
    void whoMayDefine_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("code");
        QTest::newRow("shift leader") << "sl01" << int(Role::ShiftLeader) << "ok";
        QTest::newRow("administrator") << "admin01" << int(Role::Admin) << "ok";
        QTest::newRow("operator") << "op01" << int(Role::Operator) << "campaign.forbidden-role";
        QTest::newRow("dispatcher") << "dp01" << int(Role::Dispatcher) << "campaign.forbidden-role";
        QTest::newRow("department") << "d01" << int(Role::Department) << "campaign.forbidden-role";
        QTest::newRow("collector") << "col01" << int(Role::Collector) << "campaign.forbidden-role";
        QTest::newRow("supervisor") << "sv01" << int(Role::Supervisor) << "campaign.forbidden-role";
        QTest::newRow("no role") << "sl01" << int(Role::Invalid) << "campaign.forbidden-role";
        QTest::newRow("claims shift leader")
            << "op01" << int(Role::ShiftLeader) << "auth.role-not-held";
        QTest::newRow("claims admin") << "sl01" << int(Role::Admin) << "auth.role-not-held";
        QTest::newRow("inactive user") << "gone01" << int(Role::ShiftLeader) << "auth.unknown-user";
        QTest::newRow("unknown user") << "nobody" << int(Role::Admin) << "auth.unknown-user";
    }

    void whoMayDefine()
    {
        QFETCH(QString, login);
        QFETCH(int, role);
        QFETCH(QString, code);
        QVERIFY(Storage::UserRepository(*f.db).upsert(
            {Fixture::newId(), "admin01", "ADMIN01", {}, {}, {}, {}, true, {"admin"}}));
        Cases::Campaign c = march(QStringLiteral("占道经营专项整治"));
        c.gridCodes = {kGridA};
        auto r = store()->add(c, login, Role(role));
        QCOMPARE(codeOf(r), code);
        QCOMPARE(f.rows("campaign"), code == "ok" ? 1 : 0);
        QCOMPARE(Cases::CampaignStore::mayDefine(Role(role)),
                 code == "ok" || code.startsWith("auth"));
    }

    void tagsRetroactivelyAndAtFiling()
    {
        // Before the campaign: two cases in March (west, east), one in April, one dirty road.
        const Storage::CaseRow west = reported(false, 9);
        const Storage::CaseRow east = reported(true, 9);
        const Storage::CaseRow april = reported(false, 16);
        const Storage::CaseRow road = reported(false, 10, 10, kDirtyRoad);
        QVERIFY(!west.id.isEmpty() && !east.id.isEmpty() && !april.id.isEmpty()
                && !road.id.isEmpty());
        auto s = store();
        Cases::Campaign c = march(QStringLiteral("暴露垃圾专项整治"));
        c.gridCodes = {kGridA};
        c.categories = {kRubbish};
        auto added = s->add(c, QStringLiteral("sl01"), Role::ShiftLeader);
        CC_VERIFY_OK(added);
        QCOMPARE(tagged(added->id), QStringList{west.id});

        // The whole 大类 01 of 事件 and the street: the dirty road and the east one too.
        Cases::Campaign street = march(QStringLiteral("市容环境专项整治"));
        street.streetCodes = {QStringLiteral("410523001")};
        street.categories = {QStringLiteral("event:01")};
        auto byStreet = s->add(street, QStringLiteral("sl01"), Role::ShiftLeader);
        CC_VERIFY_OK(byStreet);
        QStringList expected{west.id, east.id, road.id};
        expected.sort();
        QCOMPARE(tagged(byStreet->id), expected);

        // A drawn area around the east grid; then a new report there is tagged as it is filed,
        // one on the last day's evening (local) too, one the day after not.
        Cases::Campaign drawn = march(QStringLiteral("东片区专项整治"));
        drawn.polygon = rect(kX1 + 0.0001, kY0, kX2, kY1);
        auto byPolygon = s->add(drawn, QStringLiteral("sl01"), Role::ShiftLeader);
        CC_VERIFY_OK(byPolygon);
        QCOMPARE(tagged(byPolygon->id), QStringList{east.id});
        const Storage::CaseRow late = reported(true, 15, 23);
        const Storage::CaseRow after = reported(true, 16, 0);
        QVERIFY(tagged(byPolygon->id).contains(late.id));
        QVERIFY(!tagged(byPolygon->id).contains(after.id));
        QVERIFY(!tagged(added->id).contains(late.id)); // grid A only

        auto all = s->all();
        CC_VERIFY_OK(all);
        QCOMPARE(all->size(), 3);
        auto found = s->find(QStringLiteral("东片区专项整治"));
        CC_VERIFY_OK(found);
        QCOMPARE(found->polygon, drawn.polygon);
        QCOMPARE(codeOf(s->find(QStringLiteral("没有的专项"))),
                 QStringLiteral("campaign.not-found"));
    }

    void report()
    {
        auto s = store();
        Cases::Campaign c = march(QStringLiteral("井盖专项普查"));
        c.gridCodes = {kGridA, kGridB};
        CC_VERIFY_OK(s->add(c, QStringLiteral("sl01"), Role::ShiftLeader));
        // Three cases: one closed in time, one open and overdue, one rejected.
        Storage::CaseRow closed;
        QVERIFY(f.report(closed, kRubbish, f.col, cst(2026, 3, 9, 9, 0)));
        for (const auto &[action, who, minute] : {std::tuple{CaseAction::Accept, &f.op, 5},
                                                  {CaseAction::File, &f.sl, 10},
                                                  {CaseAction::Dispatch, &f.dp, 15},
                                                  {CaseAction::DeptAccept, &f.userA, 30},
                                                  {CaseAction::Feedback, &f.userA, 50},
                                                  {CaseAction::SendCheck, &f.op, 55}}) {
            QVERIFY(f.act(closed, action, *who, cst(2026, 3, 9, 9, minute)));
        }
        QVERIFY(f.act(closed, CaseAction::CheckPass, f.col, cst(2026, 3, 9, 10, 0)));
        QVERIFY(f.act(closed, CaseAction::Close, f.sl, cst(2026, 3, 9, 10, 10)));
        Storage::CaseRow open;
        QVERIFY(f.openCase(open, QStringLiteral("disposing")));
        Storage::CaseRow rejected = reported(true, 10);
        QVERIFY(f.act(rejected, CaseAction::Reject, f.op, cst(2026, 3, 10, 10, 5)));

        auto r = s->report(QStringLiteral("井盖专项普查"), cst(2026, 3, 20, 9, 0));
        CC_VERIFY_OK(r);
        QCOMPARE(r->cases, 3);
        QCOMPARE(r->filed, 2);
        QCOMPARE(r->closed, 1);
        QCOMPARE(r->closedInTime, 1);
        QCOMPARE(r->open, 1);
        QCOMPARE(r->overdue, 1);
        QCOMPARE(r->closeRate().value(), 50.0);
        QCOMPARE(r->topGrids.first(), (std::pair<QString, qint64>{kGridA, 2}));
        QCOMPARE(r->topCategories.first(), (std::pair<QString, qint64>{kRubbish, 3}));
    }
};

QTEST_GUILESS_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
