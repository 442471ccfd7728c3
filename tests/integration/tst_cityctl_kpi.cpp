// SPDX-License-Identifier: GPL-3.0-or-later
// Published figures rebuilt through `cityctl case import` and read back with `cityctl kpi`
// (docs/kpi.md): a centre's statistician's check.
//
//  Ruzhou 2017 (汝州, published: 立案 66,791, 结案 65,943 → 98.73 %) at 1/10: 6,679 cases
//  filed in 2017, 6,594 of them closed in 2017, the other 85 dispatched with their deadline
//  in December and still open (due, not closed). 6,594 / 6,679 = 98.727… → 98.73.
//  How the closures split between the full loop and collectors' 自行处置 is not published;
//  here 2,000 are 自行处置, the rest run the full loop.
//
//  Lushan 2024 (鲁山, published: 8,347 受理, 8,130 结案 = 97.4 %, collectors' 自行处置 among the
//  closures) at 1/10: 835 valid reports, all filed, 813 closed (300 of them 自行处置), 22 open
//  past their deadline: 813 / 835 = 97.37 %, 97.4 % at the published one decimal.
//
// Then publishing: who may, which periods, once; and a late-arriving 2017 closure that
// changes "as of now" but not "as published".
#include "cityctlrunner.h"

#include <cc/storage/database.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace CityctlTest;
using namespace Cc;

namespace {

const QString kRubbish = QStringLiteral("event:0102"); // 暴露垃圾, 4 working hours → D03 环卫

class Fixture
{
public:
    QString grid; ///< a unit grid in col01's responsibility grid (check-pass is in scope)
    QByteArray lines;

    void report(const QString &ref, const QDateTime &at)
    {
        add({{"type", "report"},
             {"ref", ref},
             {"actor", "col01"},
             {"role", "collector"},
             {"at", iso(at)},
             {"channel", "collector"},
             {"category", kRubbish},
             {"grid", grid},
             {"description", "暴露垃圾"}});
    }
    void act(const QString &ref, const char *action, const char *actor, const char *role,
             const QDateTime &at, const QString &department = {})
    {
        QJsonObject o{{"type", "action"}, {"ref", ref},   {"action", action},
                      {"actor", actor},   {"role", role}, {"at", iso(at)}};
        if (!department.isEmpty())
            o.insert("department", department);
        add(o);
    }
    /// Report at `t`, fixed on the spot and closed within the hour.
    void selfDisposed(const QString &ref, const QDateTime &t)
    {
        report(ref, t);
        act(ref, "self-dispose", "col01", "collector", t.addSecs(300));
        act(ref, "close", "sl01", "shift-leader", t.addSecs(1200));
    }
    /// Report at `t` (a working morning), accepted, filed, dispatched to D03 at +30 min
    /// (deadline +4 working hours); closed the same day when `close`, else left disposing.
    void fullLoop(const QString &ref, const QDateTime &t, bool close)
    {
        report(ref, t);
        act(ref, "accept", "op01", "operator", t.addSecs(600));
        act(ref, "file", "sl01", "shift-leader", t.addSecs(1200));
        act(ref, "dispatch", "dp01", "dispatcher", t.addSecs(1800), QStringLiteral("D03"));
        act(ref, "dept-accept", "d03", "department", t.addSecs(2400));
        if (!close)
            return;
        act(ref, "feedback", "d03", "department", t.addSecs(3600));
        act(ref, "send-check", "op01", "operator", t.addSecs(3900));
        act(ref, "check-pass", "col01", "collector", t.addSecs(4200));
        act(ref, "close", "sl01", "shift-leader", t.addSecs(4500));
    }

    static QString iso(const QDateTime &t) { return t.toString(Qt::ISODate); }

private:
    void add(const QJsonObject &o)
    {
        lines += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
};

/// A working morning of `year` (Mon–Fri, 09:00 + a few minutes, China Standard Time) for
/// case `i`, spread over its first 11 months.
QDateTime morning(int year, int i)
{
    QDate day(year, 1, 5);
    day = day.addDays((i * 7) % 320);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return QDateTime(day, QTime(9, i % 50), QTimeZone("Asia/Shanghai"));
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestCityctlKpi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString db;       ///< Ruzhou 2017
    QString lushanDb; ///< Lushan 2024, alone: Ruzhou's 85 open cases would stay due in 2024

    QJsonObject cityRow(const QString &period, const QString &file = {})
    {
        const Run r = cityctl({"kpi", "--db", file.isEmpty() ? db : file, "--by", "city",
                               "--period", period, "--json"});
        if (r.code != 0) {
            qWarning("%s", qPrintable(describe(r)));
            return {};
        }
        const QJsonArray rows = json(r).value("rows").toArray();
        return rows.size() == 1 ? rows.first().toObject() : QJsonObject();
    }

    bool import(const QByteArray &lines, const QString &file = {})
    {
        const Run r = cityctl({"case", "import", "--db", file.isEmpty() ? db : file, "--batch",
                               "2000"},
                              lines);
        if (r.code != 0 || r.err.contains(QLatin1String("refused")))
            qWarning("%s", qPrintable(describe(r)));
        return r.code == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        db = dir.filePath("ruzhou.gpkg");
        lushanDb = dir.filePath("lushan.gpkg");
        for (const QString &file : {db, lushanDb}) {
            const Run r = cityctl({"init-demo", "--db", file, "--cases", "0", "--components", "10",
                                   "--end", "2017-01-01T00:00:00+08:00"});
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
        }
        QString grid;
        {
            auto opened = Storage::Database::open(db, Storage::Database::OpenMode::ReadOnly);
            QVERIFY(opened);
            auto st = (*opened)->prepare(
                "SELECT g.code FROM grid_unit g JOIN app_user u "
                "ON u.responsibility_code = g.responsibility_code WHERE u.login = 'col01' LIMIT 1");
            QVERIFY(st && st->step().value());
            grid = st->text(0);
        }

        // Imported in runs of 500 cases (each case whole within its run: refs are per run), so
        // that no single cityctl run nears the runner's two minutes on a loaded machine.
        for (int first = 0; first < 6679; first += 500) {
            Fixture ruzhou;
            ruzhou.grid = grid;
            for (int i = first; i < std::min(first + 500, 6679); ++i) {
                const QString ref = QStringLiteral("RZ-%1").arg(i);
                if (i < 2000)
                    ruzhou.selfDisposed(ref, morning(2017, i));
                else if (i < 6594)
                    ruzhou.fullLoop(ref, morning(2017, i), true);
                else // 85 open: dispatched in early December, deadline the same day
                    ruzhou.fullLoop(ref,
                                    QDateTime(QDate(2017, 12, 4).addDays(i % 4), QTime(9, 0),
                                              QTimeZone("Asia/Shanghai")),
                                    false);
            }
            QVERIFY(import(ruzhou.lines));
        }

        Fixture lushan;
        lushan.grid = grid;
        for (int i = 0; i < 835; ++i) {
            const QString ref = QStringLiteral("LS-%1").arg(i);
            if (i < 300)
                lushan.selfDisposed(ref, morning(2024, i));
            else
                lushan.fullLoop(ref, morning(2024, i), i < 813);
        }
        QVERIFY(import(lushan.lines, lushanDb));
    }

    void ruzhou2017()
    {
        const QJsonObject city = cityRow("2017");
        QCOMPARE(city.value("filed").toDouble(), 6679.0);
        QCOMPARE(city.value("due").toDouble(), 6679.0);
        QCOMPARE(city.value("closed").toDouble(), 6594.0);
        QCOMPARE(city.value("close_rate").toDouble(), 98.73);
        QCOMPARE(city.value("overdue_open").toDouble(), 85.0);
        QVERIFY(city.value("published").isNull());
        // The same with --from/--to, and the text table prints it too.
        const Run r = cityctl(
            {"kpi", "--db", db, "--by", "city", "--from", "2017-01-01", "--to", "2017-12-31"});
        QVERIFY2(r.code == 0 && r.out.contains("98.73%"), qPrintable(describe(r)));
    }

    void lushan2024()
    {
        const QJsonObject city = cityRow("2024", lushanDb);
        QCOMPARE(city.value("reported").toDouble(), 835.0);
        QCOMPARE(city.value("filed").toDouble(), 835.0);
        QCOMPARE(city.value("closed").toDouble(), 813.0);
        QCOMPARE(city.value("close_rate").toDouble(), 97.37);
        QCOMPARE(std::round(city.value("close_rate").toDouble() * 10) / 10, 97.4); // as published
        // 自行处置 counts as 立案 and as 结案: without them it would be 513 / 535.
        QCOMPARE(city.value("filing_rate").toDouble(), 100.0);
    }

    void everyScopeAddsUpToTheCity_data()
    {
        QTest::addColumn<QString>("by");
        for (const char *by :
             {"street", "community", "grid", "unit-grid", "channel", "kind", "class"})
            QTest::newRow(by) << QString::fromLatin1(by);
    }

    void everyScopeAddsUpToTheCity()
    {
        QFETCH(QString, by);
        const Run r = cityctl({"kpi", "--db", db, "--by", by, "--period", "2017", "--json"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        double filed = 0, closed = 0;
        for (const QJsonValue &v : json(r).value("rows").toArray()) {
            const QJsonObject row = v.toObject();
            for (const char *key : {"name", "reported", "filed", "due", "closed", "closed_in_time",
                                    "close_rate", "in_time_close_rate"})
                QVERIFY2(row.contains(QLatin1String(key)), key);
            filed += row.value("filed").toDouble();
            closed += row.value("closed").toDouble();
        }
        QCOMPARE(filed, 6679.0);
        QCOMPARE(closed, 6594.0);
    }

    void departmentsAndPosts()
    {
        Run r = cityctl({"kpi", "--db", db, "--by", "department", "--period", "2017", "--json"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonArray departments = json(r).value("rows").toArray();
        QCOMPARE(departments.size(), 1); // D03 alone
        const QJsonObject d03 = departments.first().toObject();
        QCOMPARE(d03.value("disposal_due").toDouble(), 4679.0); // 4,594 disposed + 85 overdue
        QCOMPARE(d03.value("disposed").toDouble(), 4594.0);
        QVERIFY(!d03.value("grade").toString().isEmpty());
        r = cityctl({"kpi", "--db", db, "--by", "post", "--period", "2017", "--json"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        bool collectorSeen = false;
        for (const QJsonValue &v : json(r).value("rows").toArray()) {
            const QJsonObject row = v.toObject();
            if (row.value("role").toString() == QLatin1String("collector")) {
                collectorSeen = true;
                QCOMPARE(row.value("reported").toDouble(), 6679.0); // col01 registered them all
            }
        }
        QVERIFY(collectorSeen);
    }

    void publishIsEnforced_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("code");
        QTest::newRow("an operator may not")
            << QStringList{"--as", "op01", "--role", "operator", "--period", "2017"}
            << "[kpi.forbidden-role]";
        QTest::newRow("a role not held")
            << QStringList{"--as", "dp01", "--role", "shift-leader", "--period", "2017"}
            << "[auth.role-not-held]";
        QTest::newRow("an unknown user")
            << QStringList{"--as", "nobody", "--role", "admin", "--period", "2017"}
            << "[auth.unknown-user]";
        QTest::newRow("a period not ended")
            << QStringList{"--as", "sl01", "--period", "2999-01"} << "[kpi.period-not-ended]";
        QTest::newRow("over 366 days")
            << QStringList{"--as", "sl01", "--from", "2016-01-01", "--to", "2017-12-31"}
            << "[kpi.period]";
        QTest::newRow("not a period")
            << QStringList{"--as", "sl01", "--period", "2017-13"} << "[kpi.period]";
    }

    void publishIsEnforced()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, code);
        const Run r = cityctl(QStringList{"kpi", "publish", "--db", db} + args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(code), qPrintable(describe(r)));
    }

    void publishedStaysPublished()
    {
        Run r = cityctl({"kpi", "publish", "--db", db, "--as", "sl01", "--role", "shift-leader",
                         "--period", "2017"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cityctl(
            {"kpi", "publish", "--db", db, "--as", "admin", "--role", "admin", "--period", "2017"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[kpi.already-published]"), qPrintable(describe(r)));

        // A closure of 2017 that arrives late (an integration catching up) changes the year
        // as of now, not as published.
        Fixture late;
        const QDateTime t(QDate(2017, 12, 29), QTime(9, 0), QTimeZone("Asia/Shanghai"));
        late.act("RZ-6600", "feedback", "d03", "department", t);
        late.act("RZ-6600", "send-check", "op01", "operator", t.addSecs(300));
        late.act("RZ-6600", "check-pass", "col01", "collector", t.addSecs(600));
        late.act("RZ-6600", "close", "sl01", "shift-leader", t.addSecs(900));
        QByteArray lines = late.lines;
        // The import's refs are per run: address one of the 85 open cases by its number.
        QString number;
        {
            auto opened = Storage::Database::open(db, Storage::Database::OpenMode::ReadOnly);
            QVERIFY(opened);
            auto st = (*opened)->prepare(
                "SELECT number FROM case_record WHERE reported_at >= '2017-12-01' "
                "AND state = 'disposing' ORDER BY number LIMIT 1");
            QVERIFY(st && st->step().value());
            number = st->text(0);
        }
        QVERIFY(number.startsWith("2017-"));
        lines.replace("\"ref\":\"RZ-6600\"", "\"case\":\"" + number.toUtf8() + '"');
        QVERIFY(import(lines));

        const QJsonObject city = cityRow("2017");
        QCOMPARE(city.value("closed").toDouble(), 6595.0);
        QCOMPARE(city.value("close_rate").toDouble(), 98.74);
        const QJsonObject published = city.value("published").toObject();
        QCOMPARE(published.value("closed").toDouble(), 6594.0);
        QCOMPARE(published.value("close_rate").toDouble(), 98.73);
        r = cityctl({"kpi", "--db", db, "--by", "city", "--period", "2017"});
        QVERIFY2(r.code == 0 && r.out.contains("98.74%") && r.out.contains("98.73%"),
                 qPrintable(describe(r)));
    }

    void compareWithEarlierPeriods()
    {
        const Run r = cityctl(
            {"kpi", "--db", lushanDb, "--by", "city", "--period", "2024", "--compare", "--json"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject row = json(r).value("rows").toArray().first().toObject();
        // 2023 had nothing due: 同比 has no value, "—".
        QVERIFY(row.value("same_period_last_year").toObject().value("close_rate").isNull());
        QCOMPARE(json(r).value("target_close_rate").toDouble(), 90.0);
        QCOMPARE(json(r).value("due_method").toString(), QStringLiteral("bulletin"));
    }

    void rulesAreSetByAnAdministrator()
    {
        const QString file = dir.filePath("rules.json");
        const auto write = [&](const QByteArray &text) {
            QFile f(file);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
                   && f.write(text) == text.size();
        };
        QVERIFY(write(R"({"dueMethod": "filed-in-period", "targetCloseRate": 95})"));
        Run r = cityctl({"kpi", "rules", "--db", lushanDb, "--set", file, "--as", "sl01"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[auth.role-not-held]"), qPrintable(describe(r)));
        QVERIFY(write(R"({"weights": {"region.filed-count-score": 0.9}})"));
        r = cityctl({"kpi", "rules", "--db", lushanDb, "--set", file, "--as", "admin"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[kpi.bad-rules]"), qPrintable(describe(r)));
        QVERIFY(write(R"({"dueMethod": "filed-in-period", "targetCloseRate": 95})"));
        r = cityctl({"kpi", "rules", "--db", lushanDb, "--set", file, "--as", "admin"});
        QVERIFY2(r.code == 0 && r.out.contains("filed-in-period"), qPrintable(describe(r)));
        r = cityctl({"kpi", "--db", lushanDb, "--by", "city", "--period", "2024", "--json"});
        QCOMPARE(json(r).value("due_method").toString(), QStringLiteral("filed-in-period"));
        QCOMPARE(json(r).value("target_close_rate").toDouble(), 95.0);
        // Filed in 2024 and closed by now: the same 813 of 835 here.
        QCOMPARE(json(r).value("rows").toArray().first().toObject().value("close_rate").toDouble(),
                 97.37);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("scope") << QStringList{"--by", "planet", "--period", "2017"};
        QTest::newRow("no period") << QStringList{"--by", "city"};
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        const Run r = cityctl(QStringList{"kpi", "--db", db} + args);
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCityctlKpi)
#include "tst_cityctl_kpi.moc"
