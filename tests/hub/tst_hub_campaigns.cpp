// SPDX-License-Identifier: GPL-3.0-or-later
// 专项整治, 专项普查 and published figures through a real hub (hub schema 6, docs/hub.md
// "Campaigns, surveys and published figures"; a throwaway PostgreSQL 15 + PostGIS cluster):
// a campaign defined on one workstation appears on the others, survey items and a counting
// task follow it, the assigned collector's counts reach the shift leader, a published KPI
// period shows as published elsewhere. The hub trusts nothing: a campaign forged by an
// operator (written past the store, straight into the outbox), a shift leader's forged
// campaign with an unknown grid or a crossing outline, counts forged by another collector and
// a period published by an operator are refused with their codes, the forger's copy replaced
// by the hub's (none), and the hub's own times and authors win over the workstation's.
#include "hubfixture.h"

#include <cc/cases/campaigns.h>
#include <cc/cases/kpipublication.h>
#include <cc/cases/surveys.h>
#include <cc/core/uuid.h>

#include "resultcheck.h"

#include <QJsonArray>

using namespace HubTest;
using CcTest::codeOf;

class tst_HubCampaigns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void campaignDefinedOnOneReachesTheOthers();
    void forgedCampaignsAreRefused_data();
    void forgedCampaignsAreRefused();
    void surveyTasksAndCountsTravel();
    void publishedPeriodShowsAsPublishedElsewhere();

private:
    HubFixture m_hub;
    QDate m_today; ///< the city's date now (the hub checks periods against its own clock)
    const QString kName = QStringLiteral("汛前排查专项普查");

    static Cases::CampaignStore campaigns(Workstation &w)
    {
        return Cases::CampaignStore(*w.db, Core::CategoryDictionary::builtin(),
                                    Core::WorkCalendar::chinaDefault());
    }
    static Cases::SurveyStore surveys(Workstation &w)
    {
        return Cases::SurveyStore(*w.db, Core::CategoryDictionary::builtin(),
                                  Core::WorkCalendar::chinaDefault());
    }
    static Cases::KpiPublisher publisher(Workstation &w)
    {
        return Cases::KpiPublisher(*w.db, {QTimeZone("Asia/Shanghai"), QStringLiteral("demo"),
                                           Core::KpiRules(), &Core::CategoryDictionary::builtin()});
    }
    static QString userId(Workstation &w, const QString &login)
    {
        auto st = w.db->prepare(QStringLiteral("SELECT id FROM app_user WHERE login = ?1"));
        st->bindText(1, login);
        return st->step().value() ? st->text(0) : QString();
    }
    /// Writes a row and its outbox entry past every local check, as a forged client would.
    static bool forge(Workstation &w, const QString &table, const QJsonObject &row,
                      const QString &op = QStringLiteral("insert"))
    {
        QStringList columns, marks;
        for (auto it = row.begin(); it != row.end(); ++it) {
            columns << it.key();
            marks << QStringLiteral("?%1").arg(columns.size());
        }
        auto st = w.db->prepare(
            QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        if (!st)
            return false;
        int i = 0;
        for (auto it = row.begin(); it != row.end(); ++it)
            st->bind(++i, it.value().toVariant());
        if (!st->exec())
            return false;
        return bool(Storage::OutboxRepository(*w.db)
                        .appendRowChange(table, row.value(QStringLiteral("id")).toString(), op,
                                         std::nullopt, userId(w, w.login)));
    }
    /// The code of the newest conflict a sync left on the workstation.
    static QString conflicts(Workstation &w)
    {
        QStringList reasons;
        auto st = w.db->prepare(QStringLiteral("SELECT reason FROM conflict ORDER BY rowid"));
        while (st && st->step().value())
            reasons << st->text(0);
        return reasons.join(QLatin1String(" | "));
    }
    static QString lastConflict(Workstation &w)
    {
        auto st = w.db->prepare(QStringLiteral(
            "SELECT reason FROM conflict ORDER BY created_at DESC, rowid DESC LIMIT 1"));
        return st && st->step().value() ? st->text(0).section(QLatin1Char(':'), 0, 0) : QString();
    }
    Core::PolygonRings gridOutline(Workstation &w)
    {
        auto grid = Storage::SpatialRepository(*w.db).unitGrid(m_hub.grid);
        return grid && grid.value() ? grid.value()->geom : Core::PolygonRings{};
    }
};

void tst_HubCampaigns::initTestCase()
{
    QString why;
    if (!m_hub.setUp(&why))
        QFAIL(qPrintable(why));
    // Two collectors with hub logins (the fixture's posts have none).
    for (const QString &login : {QStringLiteral("col01"), QStringLiteral("col02")}) {
        QString why;
        if (!m_hub.addLogin(login, Core::Role::Collector, &why))
            QFAIL(qPrintable(why));
    }
    m_today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date();
}

void tst_HubCampaigns::campaignDefinedOnOneReachesTheOthers()
{
    auto a = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("a"));
    auto b = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("b"));
    QVERIFY(a && b);
    Cases::Campaign c;
    c.name = kName;
    c.startsOn = m_today.addDays(-30);
    c.endsOn = m_today.addDays(30);
    c.gridCodes = {m_hub.grid};
    c.polygon = gridOutline(*a); // the grid drawn by hand
    c.categories = {QStringLiteral("part:01"), QStringLiteral("event:0102")};
    QVERIFY(!c.polygon.isEmpty());
    auto added = campaigns(*a).add(c, QStringLiteral("sl01"), Core::Role::ShiftLeader);
    CC_VERIFY_OK(added);
    auto pushed = a->sync();
    CC_VERIFY_OK(pushed);
    QCOMPARE(pushed->push.rejected, 0);
    QCOMPARE(m_hub.count(
                 QStringLiteral("SELECT count(*) FROM cc.campaign WHERE id = '%1'").arg(added->id)),
             qint64(1));

    // On B: the same campaign, outline and categories; the time is the hub's.
    auto pulled = b->sync();
    CC_VERIFY_OK(pulled);
    auto there = campaigns(*b).find(kName);
    CC_VERIFY_OK(there);
    QCOMPARE(there->id, added->id);
    QCOMPARE(there->polygon, c.polygon);
    QCOMPARE(there->gridCodes, c.gridCodes);
    QCOMPARE(there->categories, c.categories);
    QCOMPARE(there->startsOn, c.startsOn);
    auto admin = m_hub.adminConnection();
    QVERIFY(admin);
    auto hubTime = admin.value()->exec(QStringLiteral(
                                           "SELECT created_at FROM cc.campaign WHERE id = $1"),
                                       {added->id});
    QVERIFY(hubTime && hubTime->rows() == 1);
    QCOMPARE(there->createdAt, hubTime->text(0, 0));
    // And A has the hub's row too (its own time replaced).
    auto back = campaigns(*a).find(kName);
    CC_VERIFY_OK(back);
    QCOMPARE(back->createdAt, hubTime->text(0, 0));
    // B's report counts its cases like any campaign's (tagged when reported).
    auto report = campaigns(*b).report(kName, QDateTime::currentDateTimeUtc());
    CC_VERIFY_OK(report);
}

void tst_HubCampaigns::forgedCampaignsAreRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("grid");
    QTest::addColumn<bool>("bowTie");
    QTest::addColumn<QString>("code");
    QTest::newRow("an operator's") << "op01" << QString() << false << "campaign.forbidden-role";
    QTest::newRow("a collector's") << "col02" << QString() << false << "campaign.forbidden-role";
    QTest::newRow("an unknown grid") << "sl01"
                                     << "41052399999999" << false << "campaign.unknown-grid";
    QTest::newRow("a crossing outline")
        << "sl01" << QString() << true << "campaign.polygon-invalid";
}

void tst_HubCampaigns::forgedCampaignsAreRefused()
{
    QFETCH(QString, login);
    QFETCH(QString, grid);
    QFETCH(bool, bowTie);
    QFETCH(QString, code);
    auto w = m_hub.mustJoin(login, QStringLiteral("forger"));
    QVERIFY(w);
    const QString id = Core::uuidText(Core::makeUuidV7());
    const QString name = QStringLiteral("伪造的专项 %1").arg(QTest::currentDataTag());
    QJsonArray polygon;
    if (bowTie) {
        const QRectF box = QPolygonF(gridOutline(*w).first()).boundingRect();
        for (const QPointF &p :
             {box.topLeft(), box.bottomRight(), box.topRight(), box.bottomLeft()})
            polygon.append(QJsonArray{p.x(), p.y()});
        polygon = QJsonArray{polygon};
    }
    const QJsonObject row{{"id", id},
                          {"name", name},
                          {"starts_on", m_today.addDays(-1).toString(Qt::ISODate)},
                          {"ends_on", m_today.toString(Qt::ISODate)},
                          {"street_codes", "[]"},
                          {"community_codes", "[]"},
                          {"responsibility_codes", "[]"},
                          {"grid_codes",
                           QStringLiteral("[\"%1\"]").arg(grid.isEmpty() ? m_hub.grid : grid)},
                          {"polygon", QString::fromUtf8(
                                          QJsonDocument(polygon).toJson(QJsonDocument::Compact))},
                          {"categories", "[]"},
                          {"created_at", "2020-01-01T00:00:00.000Z"}};
    QVERIFY(forge(*w, QStringLiteral("campaign"), row));
    auto synced = w->sync();
    CC_VERIFY_OK(synced);
    QCOMPARE(synced->push.rejected, 1);
    QCOMPARE(lastConflict(*w), code);
    // Not on the hub, and the forger's copy is gone (the conflict keeps it).
    QCOMPARE(m_hub.count(
                 QStringLiteral("SELECT count(*) FROM cc.campaign WHERE id = '%1'").arg(id)),
             qint64(0));
    QCOMPARE(codeOf(campaigns(*w).find(name)), QStringLiteral("campaign.not-found"));
}

void tst_HubCampaigns::surveyTasksAndCountsTravel()
{
    auto a = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("leader"));
    QVERIFY(a);
    QVERIFY(campaigns(*a).find(kName)); // from the first test, through the hub
    CC_VERIFY_OK(surveys(*a).setItems(kName, {QStringLiteral("排水井"), QStringLiteral("防汛墙")},
                                      QStringLiteral("sl01"), Core::Role::ShiftLeader));
    auto task = surveys(*a).addTask(kName, m_hub.grid, QStringLiteral("col01"),
                                    QStringLiteral("sl01"), Core::Role::ShiftLeader);
    CC_VERIFY_OK(task);
    auto pushed = a->sync();
    CC_VERIFY_OK(pushed);
    QVERIFY2(pushed->push.rejected == 0, qPrintable(conflicts(*a)));
    QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.survey_item i JOIN cc.campaign c "
                                        "ON c.id = i.campaign_id WHERE c.name = '%1'")
                             .arg(kName)),
             qint64(2));
    // Items set again before any counts: the old ones go on the hub and elsewhere too.
    CC_VERIFY_OK(surveys(*a).setItems(kName,
                                      {QStringLiteral("排水井"), QStringLiteral("防汛墙"),
                                       QStringLiteral("泵站")},
                                      QStringLiteral("sl01"), Core::Role::ShiftLeader));
    CC_VERIFY_OK(a->sync());
    QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.survey_item")), qint64(3));

    // The collector's workstation has the task; the counts reach the hub whole.
    auto col = m_hub.mustJoin(QStringLiteral("col01"), QStringLiteral("collector"));
    QVERIFY(col);
    auto mine = surveys(*col).tasks(kName, QStringLiteral("col01"));
    CC_VERIFY_OK(mine);
    QCOMPARE(mine->size(), 1);
    CC_VERIFY_OK(
        surveys(*col).submit({task->id,
                              m_today,
                              {{QStringLiteral("排水井"), 120, 3}, {QStringLiteral("泵站"), 2, 0}},
                              {}},
                             QStringLiteral("col01"), Core::Role::Collector, m_today));
    auto submitted = col->sync();
    CC_VERIFY_OK(submitted);
    QCOMPARE(submitted->push.applied, 2);
    QCOMPARE(submitted->push.rejected, 0);
    // A later count of one item replaces it (the hub's row keeps its id).
    CC_VERIFY_OK(surveys(*col).submit({task->id, m_today, {{QStringLiteral("排水井"), 125, 4}}, {}},
                                      QStringLiteral("col01"), Core::Role::Collector, m_today));
    CC_VERIFY_OK(col->sync());
    QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.survey_result")), qint64(2));
    QCOMPARE(m_hub.count(
                 QStringLiteral("SELECT checked FROM cc.survey_result r JOIN "
                                "cc.survey_item i ON i.id = r.item_id WHERE i.name = '排水井'")),
             qint64(125));

    // Another collector's counts for that task, forged past the store: refused.
    auto other = m_hub.mustJoin(QStringLiteral("col02"), QStringLiteral("other"));
    QVERIFY(other);
    auto itemId = other->db->prepare(
        QStringLiteral("SELECT id FROM survey_item WHERE name = '防汛墙'"));
    QVERIFY(itemId && itemId->step().value());
    QVERIFY(forge(*other, QStringLiteral("survey_result"),
                  {{"id", Core::uuidText(Core::makeUuidV7())},
                   {"task_id", task->id},
                   {"item_id", itemId->text(0)},
                   {"checked", 9},
                   {"problems", 9},
                   {"surveyed_on", m_today.toString(Qt::ISODate)},
                   {"note", ""},
                   {"submitted_by", userId(*other, QStringLiteral("col01"))},
                   {"created_at", "2020-01-01T00:00:00.000Z"},
                   {"updated_at", "2020-01-01T00:00:00.000Z"}}));
    auto forged = other->sync();
    CC_VERIFY_OK(forged);
    QCOMPARE(forged->push.rejected, 1);
    QCOMPARE(lastConflict(*other), QStringLiteral("survey.not-assigned"));
    QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.survey_result")), qint64(2));

    // The shift leader's report: the collector's counts, submitted by the collector (the hub's
    // word), the forged ones nowhere.
    CC_VERIFY_OK(a->sync());
    auto report = surveys(*a).report(kName);
    CC_VERIFY_OK(report);
    QCOMPARE(report->items, (QStringList{QStringLiteral("排水井"), QStringLiteral("防汛墙"),
                                         QStringLiteral("泵站")}));
    QCOMPARE(report->tasks.size(), 1);
    QVERIFY(report->tasks[0].counts[0].has_value());
    QCOMPARE(report->tasks[0].counts[0]->checked, qint64(125));
    QCOMPARE(report->tasks[0].counts[0]->problems, qint64(4));
    QVERIFY(!report->tasks[0].counts[1].has_value());
    QCOMPARE(report->tasks[0].counts[2]->checked, qint64(2));
    QCOMPARE(report->tasks[0].lastSurveyedOn, m_today);
    QCOMPARE(m_hub.count(
                 QStringLiteral("SELECT count(*) FROM cc.survey_result r JOIN cc.app_user u "
                                "ON u.id = r.submitted_by WHERE u.login = 'col01'")),
             qint64(2));
    // Items are locked on the hub once counted: a leader's workstation that did not know yet
    // is refused and gets the hub's items back.
    auto late = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("late"));
    QVERIFY(late);
    QVERIFY(late->db->exec(QStringLiteral("DELETE FROM survey_result")));
    CC_VERIFY_OK(surveys(*late).setItems(kName, {QStringLiteral("雨水口")}, QStringLiteral("sl01"),
                                         Core::Role::ShiftLeader));
    auto locked = late->sync();
    CC_VERIFY_OK(locked);
    QVERIFY(locked->push.rejected >= 1);
    QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.survey_item")), qint64(3));
    QCOMPARE(late->db->rowCount(QStringLiteral("survey_item")), qint64(3));
}

void tst_HubCampaigns::publishedPeriodShowsAsPublishedElsewhere()
{
    auto a = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("publisher"));
    auto b = m_hub.mustJoin(QStringLiteral("dp01"), QStringLiteral("reader"));
    auto op = m_hub.mustJoin(QStringLiteral("op02"), QStringLiteral("operator"));
    QVERIFY(a && b && op);
    const QDate first = m_today.addDays(-7), last = m_today.addDays(-1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!publisher(*b).published(Cases::FigureScope::City, first, last).value());
    CC_VERIFY_OK(
        publisher(*a).publish(QStringLiteral("sl01"), Core::Role::ShiftLeader, first, last, now));
    auto pushed = a->sync();
    CC_VERIFY_OK(pushed);
    QCOMPARE(pushed->push.rejected, 0);
    QCOMPARE(pushed->push.applied, int(Cases::figureScopes().size()));

    CC_VERIFY_OK(b->sync());
    auto shown = publisher(*b).published(Cases::FigureScope::City, first, last);
    CC_VERIFY_OK(shown);
    QVERIFY(shown->has_value());
    auto mine = publisher(*a).published(Cases::FigureScope::City, first, last);
    CC_VERIFY_OK(mine);
    QCOMPARE((*shown)->rows.size(), (*mine)->rows.size());
    QCOMPARE((*shown)->publishedByName, (*mine)->publishedByName);
    QCOMPARE((*shown)->publishedAt, (*mine)->publishedAt); // A has the hub's time too

    // An operator's publication of another week, forged past the store: refused whole, and
    // the operator's copy goes.
    const QDate other = first.addDays(-7);
    const QString id = QStringLiteral("%1/%2/city")
                           .arg(other.toString(Qt::ISODate),
                                first.addDays(-1).toString(Qt::ISODate));
    QVERIFY(forge(*op, QStringLiteral("kpi_publication"),
                  {{"id", id},
                   {"first_day", other.toString(Qt::ISODate)},
                   {"last_day", first.addDays(-1).toString(Qt::ISODate)},
                   {"scope", "city"},
                   {"published_at", "2020-01-01T00:00:00.000Z"},
                   {"published_by", userId(*op, QStringLiteral("sl01"))},
                   {"published_by_name", "值班长"},
                   {"rules", "{}"},
                   {"rows", "[]"}}));
    auto forged = op->sync();
    CC_VERIFY_OK(forged);
    QCOMPARE(forged->push.rejected, 1);
    QCOMPARE(lastConflict(*op), QStringLiteral("kpi.forbidden-role"));
    QCOMPARE(m_hub.count(
                 QStringLiteral("SELECT count(*) FROM cc.kpi_publication WHERE id = '%1'").arg(id)),
             qint64(0));
    QVERIFY(!publisher(*op).published(Cases::FigureScope::City, other, first.addDays(-1)).value());
    // A period not yet ended, forged by a shift leader: refused by the hub's clock.
    const QString running = QStringLiteral("%1/%2/city")
                                .arg(m_today.toString(Qt::ISODate), m_today.toString(Qt::ISODate));
    QVERIFY(forge(*a, QStringLiteral("kpi_publication"),
                  {{"id", running},
                   {"first_day", m_today.toString(Qt::ISODate)},
                   {"last_day", m_today.toString(Qt::ISODate)},
                   {"scope", "city"},
                   {"published_at", "2020-01-01T00:00:00.000Z"},
                   {"published_by", userId(*a, QStringLiteral("sl01"))},
                   {"published_by_name", "值班长"},
                   {"rules", "{}"},
                   {"rows", "[]"}}));
    auto early = a->sync();
    CC_VERIFY_OK(early);
    QCOMPARE(early->push.rejected, 1);
    QCOMPARE(lastConflict(*a), QStringLiteral("kpi.period-not-ended"));
}

QTEST_GUILESS_MAIN(tst_HubCampaigns)
#include "tst_hub_campaigns.moc"
