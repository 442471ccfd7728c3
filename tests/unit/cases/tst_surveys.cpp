// SPDX-License-Identifier: GPL-3.0-or-later
// 专项普查 (Cases::SurveyStore): who defines items and gives tasks, who submits counts, what
// counts and days are accepted, and the report's totals. Every refusal leaves the tables as
// they were.
#include "casefixture.h"

#include "resultcheck.h"

#include <cc/cases/surveys.h>

using namespace CcTest;

namespace {
const QString kSurvey = QStringLiteral("汛前排查");
const QString kDrains = QStringLiteral("排水井");
const QString kWalls = QStringLiteral("防汛墙");
const QDate kToday(2026, 12, 4);
} // namespace

class TestSurveys : public QObject
{
    Q_OBJECT

private:
    Fixture f;
    std::unique_ptr<Cases::SurveyStore> s;
    QString taskA; ///< grid A, col01

    qint64 stored()
    {
        return f.rows("survey_item") * 1000000 + f.rows("survey_task") * 1000
               + f.rows("survey_result");
    }
    Cases::SurveySubmission counts(qint64 drains, qint64 problems, const QDate &on)
    {
        return {taskA, on, {{kDrains, drains, problems}}, {}};
    }

private slots:
    void init()
    {
        f.setUp();
        Cases::CampaignStore campaigns(*f.db, Core::CategoryDictionary::builtin(),
                                       Core::WorkCalendar::chinaDefault());
        Cases::Campaign c;
        c.name = kSurvey;
        c.startsOn = QDate(2026, 5, 1);
        c.endsOn = QDate(2026, 5, 31);
        c.gridCodes = {kGridA, kGridB};
        CC_VERIFY_OK(campaigns.add(c, QStringLiteral("sl01"), Role::ShiftLeader));
        Cases::Campaign plain = c;
        plain.name = QStringLiteral("占道经营专项整治");
        plain.gridCodes = {kGridA};
        CC_VERIFY_OK(campaigns.add(plain, QStringLiteral("sl01"), Role::ShiftLeader));
        s = std::make_unique<Cases::SurveyStore>(*f.db, Core::CategoryDictionary::builtin(),
                                                 Core::WorkCalendar::chinaDefault());
        CC_VERIFY_OK(s->setItems(kSurvey, {kDrains, QStringLiteral(" 防汛墙 ")},
                                 QStringLiteral("sl01"), Role::ShiftLeader));
        auto task = s->addTask(kSurvey, kGridA, QStringLiteral("col01"), QStringLiteral("sl01"),
                               Role::ShiftLeader);
        CC_VERIFY_OK(task);
        taskA = task->id;
    }

    void itemRefusals_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("code");
        const QStringList two{kDrains, kWalls};
        QTest::newRow("operator") << "op01" << int(Role::Operator) << kSurvey << two
                                  << "survey.forbidden-role";
        QTest::newRow("collector")
            << "col01" << int(Role::Collector) << kSurvey << two << "survey.forbidden-role";
        QTest::newRow("claims admin")
            << "sl01" << int(Role::Admin) << kSurvey << two << "auth.role-not-held";
        QTest::newRow("unknown campaign")
            << "sl01" << int(Role::ShiftLeader) << "没有的普查" << two << "campaign.not-found";
        QTest::newRow("no items") << "sl01" << int(Role::ShiftLeader) << kSurvey << QStringList()
                                  << "survey.bad-item";
        QTest::newRow("empty name") << "sl01" << int(Role::ShiftLeader) << kSurvey
                                    << QStringList{kDrains, " "} << "survey.bad-item";
        QTest::newRow("same name twice") << "sl01" << int(Role::ShiftLeader) << kSurvey
                                         << QStringList{kDrains, kDrains} << "survey.bad-item";
        QTest::newRow("long name") << "sl01" << int(Role::ShiftLeader) << kSurvey
                                   << QStringList{QString(41, u'井')} << "survey.bad-item";
        QStringList many;
        for (int i = 0; i < 21; ++i)
            many << QStringLiteral("项目%1").arg(i);
        QTest::newRow("21 items") << "sl01" << int(Role::ShiftLeader) << kSurvey << many
                                  << "survey.bad-item";
    }

    void itemRefusals()
    {
        QFETCH(QString, login);
        QFETCH(int, role);
        QFETCH(QString, campaign);
        QFETCH(QStringList, names);
        QFETCH(QString, code);
        const qint64 before = stored();
        QCOMPARE(codeOf(s->setItems(campaign, names, login, Role(role))), code);
        QCOMPARE(stored(), before);
        QCOMPARE(s->items(kSurvey).value(), (QStringList{kDrains, kWalls}));
    }

    void itemsLockedOnceCounted()
    {
        CC_VERIFY_OK(s->setItems(kSurvey, {kDrains, kWalls, QStringLiteral("积水点")},
                                 QStringLiteral("sl01"), Role::ShiftLeader));
        CC_VERIFY_OK(s->submit(counts(10, 1, QDate(2026, 5, 3)), QStringLiteral("col01"),
                               Role::Collector, kToday));
        QCOMPARE(codeOf(s->setItems(kSurvey, {kDrains}, QStringLiteral("admin"), Role::Admin)),
                 QStringLiteral("auth.unknown-user"));
        QCOMPARE(codeOf(s->setItems(kSurvey, {kDrains}, QStringLiteral("sl01"), Role::ShiftLeader)),
                 QStringLiteral("survey.items-locked"));
        QCOMPARE(s->items(kSurvey).value().size(), 3);
    }

    void taskRefusals_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<QString>("grid");
        QTest::addColumn<QString>("collector");
        QTest::addColumn<QString>("code");
        const int sl = int(Role::ShiftLeader);
        QTest::newRow("dispatcher")
            << "dp01" << int(Role::Dispatcher) << kSurvey << kGridB << "col02"
            << "survey.forbidden-role";
        QTest::newRow("collector gives itself a task")
            << "col02" << int(Role::Collector) << kSurvey << kGridB << "col02"
            << "survey.forbidden-role";
        QTest::newRow("claims shift leader") << "dp01" << sl << kSurvey << kGridB << "col02"
                                             << "auth.role-not-held";
        QTest::newRow("unknown campaign") << "sl01" << sl << "没有的普查" << kGridB << "col02"
                                          << "campaign.not-found";
        QTest::newRow("not a survey") << "sl01" << sl << "占道经营专项整治" << kGridA << "col02"
                                      << "survey.not-a-survey";
        QTest::newRow("unknown grid") << "sl01" << sl << kSurvey << "41052399999999"
                                      << "col02"
                                      << "survey.unknown-grid";
        QTest::newRow("not a collector") << "sl01" << sl << kSurvey << kGridB << "op01"
                                         << "survey.not-collector";
        QTest::newRow("inactive user") << "sl01" << sl << kSurvey << kGridB << "gone01"
                                       << "survey.not-collector";
        QTest::newRow("grid has a task") << "sl01" << sl << kSurvey << kGridA << "col02"
                                         << "survey.duplicate-task";
    }

    void taskRefusals()
    {
        QFETCH(QString, login);
        QFETCH(int, role);
        QFETCH(QString, campaign);
        QFETCH(QString, grid);
        QFETCH(QString, collector);
        QFETCH(QString, code);
        if (code == "survey.not-a-survey") // a survey item makes it one: none here
            QCOMPARE(s->items(campaign).value(), QStringList());
        const qint64 before = stored();
        QCOMPARE(codeOf(s->addTask(campaign, grid, collector, login, Role(role))), code);
        QCOMPARE(stored(), before);
    }

    void gridOutsideTheArea()
    {
        Cases::CampaignStore campaigns(*f.db, Core::CategoryDictionary::builtin(),
                                       Core::WorkCalendar::chinaDefault());
        Cases::Campaign c;
        c.name = QStringLiteral("西片排查");
        c.startsOn = QDate(2026, 5, 1);
        c.endsOn = QDate(2026, 5, 31);
        c.gridCodes = {kGridA};
        CC_VERIFY_OK(campaigns.add(c, QStringLiteral("sl01"), Role::ShiftLeader));
        CC_VERIFY_OK(s->setItems(c.name, {kDrains}, QStringLiteral("sl01"), Role::ShiftLeader));
        QCOMPARE(codeOf(s->addTask(c.name, kGridB, QStringLiteral("col02"), QStringLiteral("sl01"),
                                   Role::ShiftLeader)),
                 QStringLiteral("survey.grid-outside"));
        CC_VERIFY_OK(s->addTask(c.name, kGridA, QStringLiteral("col02"), QStringLiteral("sl01"),
                                Role::ShiftLeader));
    }

    void submitRefusals_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("task"); ///< "A": the task of grid A (col01's)
        QTest::addColumn<QString>("item");
        QTest::addColumn<qint64>("checked");
        QTest::addColumn<qint64>("problems");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QString>("code");
        const int col = int(Role::Collector);
        const QDate may3(2026, 5, 3);
        QTest::newRow("shift leader") << "sl01" << int(Role::ShiftLeader) << "A" << kDrains
                                      << qint64(5) << qint64(0) << may3 << "survey.forbidden-role";
        QTest::newRow("claims collector") << "op01" << col << "A" << kDrains << qint64(5)
                                          << qint64(0) << may3 << "auth.role-not-held";
        QTest::newRow("another collector") << "col02" << col << "A" << kDrains << qint64(5)
                                           << qint64(0) << may3 << "survey.not-assigned";
        QTest::newRow("unknown task") << "col01" << col << "no-such-task" << kDrains << qint64(5)
                                      << qint64(0) << may3 << "survey.unknown-task";
        QTest::newRow("unknown item")
            << "col01" << col << "A"
            << "路灯" << qint64(5) << qint64(0) << may3 << "survey.unknown-item";
        QTest::newRow("negative checked") << "col01" << col << "A" << kDrains << qint64(-1)
                                          << qint64(0) << may3 << "survey.bad-count";
        QTest::newRow("negative problems") << "col01" << col << "A" << kDrains << qint64(5)
                                           << qint64(-2) << may3 << "survey.bad-count";
        QTest::newRow("more problems than checked") << "col01" << col << "A" << kDrains << qint64(5)
                                                    << qint64(6) << may3 << "survey.bad-count";
        QTest::newRow("over the bound")
            << "col01" << col << "A" << kDrains << qint64(Cases::kMaxSurveyCount + 1) << qint64(0)
            << may3 << "survey.bad-count";
        QTest::newRow("before the period")
            << "col01" << col << "A" << kDrains << qint64(5) << qint64(0) << QDate(2026, 4, 30)
            << "survey.out-of-period";
        QTest::newRow("after the period")
            << "col01" << col << "A" << kDrains << qint64(5) << qint64(0) << QDate(2026, 6, 1)
            << "survey.out-of-period";
        QTest::newRow("no day") << "col01" << col << "A" << kDrains << qint64(5) << qint64(0)
                                << QDate() << "survey.out-of-period";
        QTest::newRow("accepted") << "col01" << col << "A" << kDrains << qint64(5) << qint64(0)
                                  << may3 << "ok";
    }

    void submitRefusals()
    {
        QFETCH(QString, login);
        QFETCH(int, role);
        QFETCH(QString, task);
        QFETCH(QString, item);
        QFETCH(qint64, checked);
        QFETCH(qint64, problems);
        QFETCH(QDate, on);
        QFETCH(QString, code);
        const qint64 before = stored();
        Cases::SurveySubmission sub{task == "A" ? taskA : task,
                                    on,
                                    {{item, checked, problems}},
                                    {}};
        QCOMPARE(codeOf(s->submit(sub, login, Role(role), kToday)), code);
        QCOMPARE(stored(), before + (code == "ok" ? 1 : 0));
    }

    void submitRefusesTheFutureAndEmptyOrDoubledCounts()
    {
        // A survey running now: the collector may not count tomorrow.
        QCOMPARE(codeOf(s->submit(counts(5, 0, QDate(2026, 5, 11)), QStringLiteral("col01"),
                                  Role::Collector, QDate(2026, 5, 10))),
                 QStringLiteral("survey.out-of-period"));
        Cases::SurveySubmission none{taskA, QDate(2026, 5, 3), {}, {}};
        QCOMPARE(codeOf(s->submit(none, QStringLiteral("col01"), Role::Collector, kToday)),
                 QStringLiteral("survey.no-counts"));
        Cases::SurveySubmission twice{taskA,
                                      QDate(2026, 5, 3),
                                      {{kDrains, 4, 0}, {kDrains, 5, 1}},
                                      {}};
        QCOMPARE(codeOf(s->submit(twice, QStringLiteral("col01"), Role::Collector, kToday)),
                 QStringLiteral("survey.bad-count"));
        Cases::SurveySubmission noted = counts(5, 0, QDate(2026, 5, 3));
        noted.note = QString(Cases::kMaxSurveyNoteChars + 1, u'注');
        QCOMPARE(codeOf(s->submit(noted, QStringLiteral("col01"), Role::Collector, kToday)),
                 QStringLiteral("survey.bad-note"));
        // Half of a submission unknown: nothing of it is stored.
        Cases::SurveySubmission half{taskA,
                                     QDate(2026, 5, 3),
                                     {{kDrains, 4, 0}, {"路灯", 5, 1}},
                                     {}};
        QCOMPARE(codeOf(s->submit(half, QStringLiteral("col01"), Role::Collector, kToday)),
                 QStringLiteral("survey.unknown-item"));
        QCOMPARE(f.rows("survey_result"), 0);
    }

    void reportAddsUpAndResubmissionReplaces()
    {
        auto taskB = s->addTask(kSurvey, kGridB, QStringLiteral("col02"), QStringLiteral("sl01"),
                                Role::ShiftLeader);
        CC_VERIFY_OK(taskB);
        const QString col01 = QStringLiteral("col01"), col02 = QStringLiteral("col02");
        CC_VERIFY_OK(s->submit({taskA, QDate(2026, 5, 3), {{kDrains, 120, 3}, {kWalls, 8, 0}}, {}},
                               col01, Role::Collector, kToday));
        // Corrected two days later: the drains' counts are replaced, the walls stay.
        CC_VERIFY_OK(
            s->submit({taskA, QDate(2026, 5, 5), {{kDrains, 124, 4}}, QStringLiteral("复核")},
                      col01, Role::Collector, kToday));
        CC_VERIFY_OK(s->submit({taskB->id, QDate(2026, 5, 4), {{kDrains, 60, 2}}, {}}, col02,
                               Role::Collector, kToday));
        auto r = s->report(kSurvey);
        CC_VERIFY_OK(r);
        QCOMPARE(r->items, (QStringList{kDrains, kWalls}));
        QCOMPARE(r->tasks.size(), 2);
        QCOMPARE(r->tasks[0].task.gridCode, kGridA);
        QCOMPARE(r->tasks[0].task.collectorLogin, col01);
        QVERIFY(r->tasks[0].complete());
        QCOMPARE(r->tasks[0].counts[0]->checked, 124);
        QCOMPARE(r->tasks[0].counts[0]->problems, 4);
        QCOMPARE(r->tasks[0].lastSurveyedOn, QDate(2026, 5, 5));
        QVERIFY(!r->tasks[1].complete());
        QVERIFY(!r->tasks[1].counts[1].has_value());
        QCOMPARE(r->completeTasks(), 1);
        QCOMPARE(r->totals[0].checked, 184);
        QCOMPARE(r->totals[0].problems, 6);
        QCOMPARE(r->totals[1].checked, 8);
        QCOMPARE(f.rows("survey_result"), 3);
        auto mine = s->tasks(kSurvey, col02);
        CC_VERIFY_OK(mine);
        QCOMPARE(mine->size(), 1);
        QCOMPARE(mine->first().gridCode, kGridB);
        QCOMPARE(codeOf(s->report(QStringLiteral("没有的普查"))),
                 QStringLiteral("campaign.not-found"));
    }
};

QTEST_GUILESS_MAIN(TestSurveys)
#include "tst_surveys.moc"
