// SPDX-License-Identifier: GPL-3.0-or-later
// The centre's rules stored as versions (docs/config.md): what the service refuses on the
// database's own data (departments, areas, 小类 in use, who imports) with nothing written,
// each import a new version queued for the hub, the seed's export keeping today's routing,
// and deadlines that never change for a case reported before an import.
#include "casefixture.h"

#include <cc/cases/configstore.h>
#include <cc/core/cityrules.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace CcTest;

namespace {

QJsonObject exported(Storage::Database &db)
{
    Cases::ConfigStore store(db, Core::CategoryDictionary::builtin());
    auto rules = store.exportable();
    return rules ? QJsonDocument::fromJson(rules->toJson()).object() : QJsonObject();
}

QJsonObject route(const QString &category, const QString &area, const QString &department,
                  int priority)
{
    return {{"category", category},
            {"area", area},
            {"department", department},
            {"priority", priority}};
}

/// The 小类 `key`'s entry of a file, changed by `edit`.
void editCategory(QJsonObject &root, const QString &key,
                  const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray list = root.value("categories").toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject c = list.at(i).toObject();
        if (c.value("kind").toString() + ':' + c.value("code").toString() == key) {
            edit(c);
            list.replace(i, c);
        }
    }
    root.insert("categories", list);
}

} // namespace

class TestConfigStore : public QObject
{
    Q_OBJECT

    Fixture f;

    qint64 versions() { return f.rows("config_version"); }

private slots:
    void init()
    {
        f.setUp();
        QVERIFY(!QTest::currentTestFailed());
        Storage::UserRepository users(*f.db);
        QVERIFY(
            users.upsert({Fixture::newId(), "adm01", "管理员", {}, {}, {}, {}, true, {"admin"}}));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown-department") << "route-d99"
                                            << "adm01"
                                            << "config.unknown-department";
        QTest::newRow("unknown-default") << "default-d99"
                                         << "adm01"
                                         << "config.unknown-department";
        QTest::newRow("unknown-area") << "route-r99"
                                      << "adm01"
                                      << "config.unknown-area";
        QTest::newRow("category-in-use") << "drop-rubbish"
                                         << "adm01"
                                         << "config.category-in-use";
        QTest::newRow("overlap") << "overlap"
                                 << "adm01"
                                 << "config.overlapping-route";
        QTest::newRow("zero-limit") << "zero-limit"
                                    << "adm01"
                                    << "config.bad-limit";
        QTest::newRow("not-admin") << "none"
                                   << "op01"
                                   << "auth.role-not-held";
        QTest::newRow("unknown-user") << "none"
                                      << "nobody"
                                      << "auth.unknown-user";
    }

    // The service itself refuses (whatever the caller: cityctl, the settings window, a
    // script), and writes nothing: no version, no outbox row.
    void refused()
    {
        QFETCH(QString, edit);
        QFETCH(QString, login);
        QFETCH(QString, code);
        Storage::CaseRow rubbish;
        QVERIFY(f.report(rubbish, kRubbish, f.col, cst(2026, 3, 9, 9, 0)));
        QJsonObject root = exported(*f.db);
        QVERIFY(!root.isEmpty());
        QJsonObject routing = root.value("routing").toObject();
        QJsonArray routes = routing.value("routes").toArray();
        if (edit == "route-d99")
            routes.append(route(kCover, "", "D99", 7));
        else if (edit == "route-r99")
            routes.append(route(kCover, "R99", "D01", 7));
        else if (edit == "overlap")
            routes << route(kCover, kResp, "D01", 7) << route(kCover, kResp, "D02", 7);
        else if (edit == "default-d99")
            routing.insert("default", "D99");
        if (edit == "drop-rubbish") { // with its routes: only the cases hold on to it
            QJsonArray others;
            for (const QJsonValue r : std::as_const(routes)) {
                if (r.toObject().value("category").toString() != kRubbish)
                    others.append(r);
            }
            routes = others;
        }
        routing.insert("routes", routes);
        root.insert("routing", routing);
        if (edit == "drop-rubbish") {
            QJsonArray kept;
            for (const QJsonValue c : root.value("categories").toArray()) {
                if (c.toObject().value("code").toString() != "0102"
                    || c.toObject().value("kind").toString() != "event")
                    kept.append(c);
            }
            root.insert("categories", kept);
        }
        if (edit == "zero-limit")
            editCategory(root, kCover, [](QJsonObject &c) { c.insert("limitNormal", "0wd"); });
        const Counts before = f.counts();
        Cases::ConfigStore store(*f.db, Core::CategoryDictionary::builtin());
        auto imported = store.import(QJsonDocument(root).toJson(), login);
        QCOMPARE(codeOf(imported), code);
        QVERIFY(!messageOf(imported).isEmpty());
        QCOMPARE(versions(), 0);
        QCOMPARE(f.counts().outbox, before.outbox);
        if (login == "adm01") // a reviewer's diff refuses the same file the same way
            QCOMPARE(codeOf(store.diff(QJsonDocument(root).toJson())), code);
    }

    void importsVersionsForTheHub()
    {
        const QByteArray file = QJsonDocument(exported(*f.db)).toJson();
        Cases::ConfigStore store(*f.db, Core::CategoryDictionary::builtin());
        auto first = store.import(file, "adm01", "手册 2027");
        CC_VERIFY_OK(first);
        QCOMPARE(first->version, 1);
        auto second = store.import(file, "adm01");
        CC_VERIFY_OK(second);
        QCOMPARE(second->version, 2);
        QCOMPARE(versions(), 2);
        auto outbox = f.db->scalar(QStringLiteral(
            "SELECT count(*) FROM outbox WHERE entity = 'config_version' AND op = 'insert'"));
        CC_VERIFY_OK(outbox);
        QCOMPARE(outbox.value(), 2);
        // Another reader (the app, the hub sync) sees both; a version stays as written.
        Cases::ConfigStore reader(*f.db, Core::CategoryDictionary::builtin());
        QCOMPARE(reader.refresh().value(), true);
        QCOMPARE(reader.currentVersion(), 2);
        QCOMPARE(reader.versions().first().note, QString("手册 2027"));
        QCOMPARE(reader.current().publishedByName, QString("管理员"));
        QVERIFY(!f.db->exec(QStringLiteral("UPDATE config_version SET note = 'x'")));
        QVERIFY(!f.db->exec(QStringLiteral("DELETE FROM config_version")));
        auto diff = reader.diff(file);
        CC_VERIFY_OK(diff);
        QCOMPARE(diff.value(), QStringList());
    }

    // The seed's export carries the department bindings as routes, so importing it unchanged
    // routes every case as before.
    void seedExportKeepsRouting()
    {
        const QString cityWide = f.service->suggestDepartment(kDirtyRoad, {});
        const QString inGrid = f.service->suggestDepartment(kDirtyRoad, kResp);
        QCOMPARE(cityWide, f.deptA);
        QCOMPARE(inGrid, f.deptB);
        Cases::ConfigStore store(*f.db, Core::CategoryDictionary::builtin());
        CC_VERIFY_OK(store.import(QJsonDocument(exported(*f.db)).toJson(), "adm01"));
        Cases::CaseService fresh(*f.db, Core::CategoryDictionary::builtin(),
                                 Core::WorkCalendar::chinaDefault());
        QCOMPARE(fresh.config().currentVersion(), 1);
        QCOMPARE(fresh.suggestDepartment(kDirtyRoad, {}), f.deptA);
        QCOMPARE(fresh.suggestDepartment(kDirtyRoad, kResp), f.deptB);
        QCOMPARE(fresh.suggestDepartment(kCover, kResp), f.deptB);
    }

    // A case reported before an import keeps its limits; one reported after runs on the new
    // ones (disposal per 小类 and level, the centre's stages), and routing follows the file.
    void deadlinesNeverChangeRetroactively()
    {
        Storage::CaseRow before;
        QVERIFY(f.openCase(before, "filed"));

        QJsonObject root = exported(*f.db);
        editCategory(root, kRubbish, [](QJsonObject &c) { c.insert("limitNormal", "1wh"); });
        root.insert("stageLimits",
                    QJsonObject{{"accept", QJsonObject{{"urgent", "5m"}, {"normal", "15m"}}}});
        root.insert("routing", QJsonObject{{"routes", QJsonArray{route(kRubbish, "", "D02", 1)}},
                                           {"default", "D01"}});
        Cases::ConfigStore store(*f.db, Core::CategoryDictionary::builtin());
        CC_VERIFY_OK(store.import(QJsonDocument(root).toJson(), "adm01"));

        // The old case: dispatched after the import, still on 4 working hours, and its
        // deadlines already set stay.
        QVERIFY(f.act(before, CaseAction::Dispatch, f.dp, cst(2026, 3, 9, 9, 15)));
        QCOMPARE(before.disposalDeadline, utc("2026-03-09T07:15:00Z"));
        QCOMPARE(before.departmentId, f.deptB); // routing is today's
        auto events = f.events(before.id);
        QVERIFY(events.size() >= 3);
        QCOMPARE(events.at(1).deadline, cst(2026, 3, 9, 9, 30).toUTC()); // 受理 in 30 min

        // A new case: 15 minutes to accept, 1 working hour to dispose.
        Storage::CaseRow after;
        // (reported after the version took effect: a few seconds on)
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(5);
        QVERIFY(f.report(after, kRubbish, f.col, now));
        QCOMPARE(after.stageDeadline, now.addSecs(15 * 60));
        QVERIFY(f.act(after, CaseAction::Accept, f.op, now.addSecs(60)));
        QVERIFY(f.act(after, CaseAction::File, f.sl, now.addSecs(120)));
        QVERIFY(f.act(after, CaseAction::Dispatch, f.dp, now.addSecs(180)));
        const Core::WorkCalendar calendar = Core::WorkCalendar::chinaDefault();
        QCOMPARE(after.disposalDeadline,
                 calendar
                     .deadline(now.addSecs(180),
                               Core::TimeLimit{1, Core::TimeLimit::Unit::WorkingHours})
                     .at);
        QCOMPARE(after.departmentId, f.deptB);

        // An old case reported at the same minute as before, after the import: the old rules.
        Storage::CaseRow late;
        QVERIFY(f.report(late, kRubbish, f.col, cst(2026, 3, 9, 9, 1)));
        QCOMPARE(late.stageDeadline, cst(2026, 3, 9, 9, 31).toUTC());
    }
};

QTEST_GUILESS_MAIN(TestConfigStore)
#include "tst_configstore.moc"
