// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl survey (专项普查) on a small demo city: a shift leader sets a campaign's items and
// gives a collector a grid; the collector submits counts; the report adds them up. The
// service's refusals come back as stable error codes and leave the tables as they were.
#include "cityctlrunner.h"

#include <cc/storage/database.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace CityctlTest;

class TestCityctlSurvey : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_street, m_grid, m_task;

    QString text(const QString &sql)
    {
        auto db = Cc::Storage::Database::open(m_db, Cc::Storage::Database::OpenMode::ReadOnly);
        if (!db)
            return {};
        auto st = (*db)->prepare(sql);
        if (!st)
            return {};
        auto row = st->step();
        return row && row.value() ? st->text(0) : QString();
    }
    static QJsonObject json(const Run &r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    void refused(const QStringList &args, const QString &code)
    {
        const QString before = text(QStringLiteral(
            "SELECT (SELECT count(*) FROM survey_item) || '/' || (SELECT count(*) FROM survey_task) "
            "|| '/' || (SELECT group_concat(checked || ':' || problems) FROM survey_result)"));
        const Run r = cityctl(args);
        QVERIFY2(r.code == 1 && r.err.contains(QLatin1Char('[') + code + QLatin1Char(']')),
                 qPrintable(describe(r)));
        QCOMPARE(text(QStringLiteral(
                     "SELECT (SELECT count(*) FROM survey_item) || '/' || (SELECT count(*) FROM "
                     "survey_task) || '/' || (SELECT group_concat(checked || ':' || problems) "
                     "FROM survey_result)")),
                 before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("city.gpkg"));
        const Run r = cityctl({"init-demo", "--db", m_db, "--cases", "300", "--components", "100",
                               "--end", "2026-11-23T18:00:00+08:00"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        m_street = text(QStringLiteral("SELECT code FROM street ORDER BY code LIMIT 1"));
        m_grid = text(QStringLiteral("SELECT g.code FROM grid_unit g JOIN community c ON c.code = "
                                     "g.community_code WHERE c.street_code = '%1' ORDER BY g.code "
                                     "LIMIT 1")
                          .arg(m_street));
        QVERIFY(!m_grid.isEmpty());
    }

    void itemsAndTasks()
    {
        Run r = cityctl({"campaign", "add", "--db", m_db, "--name", "汛前排查", "--from",
                         "2026-05-01", "--to", "2026-05-31", "--streets", m_street, "--as",
                         "sl01"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        refused({"survey", "add-task", "--db", m_db, "汛前排查", "--grid", m_grid, "--collector",
                 "col01", "--as", "sl01"},
                "survey.not-a-survey");
        refused({"survey", "items", "--db", m_db, "汛前排查", "--set", "排水井,防汛墙", "--as",
                 "op01", "--role", "operator"},
                "survey.forbidden-role");
        r = cityctl({"survey", "items", "--db", m_db, "汛前排查", "--set", "排水井, 防汛墙", "--as",
                     "sl01"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.out, QStringLiteral("排水井\n防汛墙\n"));

        refused({"survey", "add-task", "--db", m_db, "汛前排查", "--grid", m_grid, "--collector",
                 "col01", "--as", "col01", "--role", "collector"},
                "survey.forbidden-role");
        refused({"survey", "add-task", "--db", m_db, "没有的普查", "--grid", m_grid, "--collector",
                 "col01", "--as", "sl01"},
                "campaign.not-found");
        refused({"survey", "add-task", "--db", m_db, "汛前排查", "--grid", m_grid, "--collector",
                 "op01", "--as", "sl01"},
                "survey.not-collector");
        r = cityctl({"survey", "add-task", "--db", m_db, "汛前排查", "--grid", m_grid,
                     "--collector", "col01", "--as", "sl01", "--json"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        m_task = json(r).value("id").toString();
        QCOMPARE(json(r).value("grid").toString(), m_grid);
        refused({"survey", "add-task", "--db", m_db, "汛前排查", "--grid", m_grid, "--collector",
                 "col02", "--as", "admin", "--role", "admin"},
                "survey.duplicate-task");
        r = cityctl({"survey", "tasks", "--db", m_db, "汛前排查", "--collector", "col01"});
        QVERIFY2(r.code == 0 && r.out.startsWith(m_task), qPrintable(describe(r)));
        r = cityctl({"survey", "tasks", "--db", m_db, "汛前排查", "--collector", "col02"});
        QVERIFY2(r.code == 0 && r.out.isEmpty(), qPrintable(describe(r)));
    }

    void submitAndReport()
    {
        QVERIFY(!m_task.isEmpty());
        const QStringList submit{"survey", "submit", "--db", m_db, m_task, "--on", "2026-05-06"};
        refused(submit + QStringList{"--as", "col02", "--count", "排水井=120/3"},
                "survey.not-assigned");
        refused(submit
                    + QStringList{"--as", "sl01", "--role", "shift-leader", "--count",
                                  "排水井=120/3"},
                "survey.forbidden-role");
        refused(submit + QStringList{"--as", "col01", "--count", "排水井=-1/0"},
                "survey.bad-count");
        refused(submit + QStringList{"--as", "col01", "--count", "排水井=5/6"}, "survey.bad-count");
        refused(submit + QStringList{"--as", "col01", "--count", "路灯=5/0"},
                "survey.unknown-item");
        refused(submit + QStringList{"--as", "col01", "--count", "排水井 120"}, "cli.bad-count");
        refused({"survey", "submit", "--db", m_db, m_task, "--on", "2026-06-01", "--as", "col01",
                 "--count", "排水井=120/3"},
                "survey.out-of-period");
        refused({"survey", "submit", "--db", m_db, "no-such-task", "--on", "2026-05-06", "--as",
                 "col01", "--count", "排水井=120/3"},
                "survey.unknown-task");
        Run r = cityctl(
            submit
            + QStringList{"--as", "col01", "--count", "排水井=120/3", "--count", "防汛墙=8"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));

        r = cityctl({"survey", "report", "--db", m_db, "汛前排查", "--json"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = json(r);
        QCOMPARE(o.value("complete_tasks").toInt(), 1);
        const QJsonArray totals = o.value("totals").toArray();
        QCOMPARE(totals.size(), 2);
        QCOMPARE(totals[0].toObject().value("item").toString(), QStringLiteral("排水井"));
        QCOMPARE(totals[0].toObject().value("checked").toInteger(), 120);
        QCOMPARE(totals[0].toObject().value("problems").toInteger(), 3);
        QCOMPARE(totals[1].toObject().value("checked").toInteger(), 8);
        QCOMPARE(totals[1].toObject().value("problems").toInteger(), 0);
        const QJsonObject task = o.value("tasks").toArray().first().toObject();
        QCOMPARE(task.value("grid").toString(), m_grid);
        QCOMPARE(task.value("collector").toString(), QStringLiteral("col01"));
        QCOMPARE(task.value("surveyed_on").toString(), QStringLiteral("2026-05-06"));
        // Once counted, the items stay.
        refused({"survey", "items", "--db", m_db, "汛前排查", "--set", "排水井", "--as", "sl01"},
                "survey.items-locked");
        r = cityctl({"survey", "report", "--db", m_db, "汛前排查"});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("1 of 1 tasks complete")),
                 qPrintable(describe(r)));
        refused({"survey", "report", "--db", m_db, "没有的普查"}, "campaign.not-found");
    }
};

QTEST_GUILESS_MAIN(TestCityctlSurvey)
#include "tst_cityctl_survey.moc"
