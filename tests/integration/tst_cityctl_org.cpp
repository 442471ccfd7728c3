// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl org over a small demo city (docs/org.md): the export has every department and user
// and no password; a diff of it changes nothing; an operator's import and broken files are
// refused with their codes (exit 1, nothing written); an administrator's file adds a
// department and a user and is listed line by line first; passwd resets a password (read from
// standard input) that then logs in; delete refuses a user who acted, deactivate keeps them.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "cityctlrunner.h"

#include <cc/storage/database.h>

using namespace CityctlTest;

class tst_CityctlOrg : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    static QJsonObject withUser(QJsonObject root, const QJsonObject &user)
    {
        QJsonArray users = root.value("users").toArray();
        users.append(user);
        root.insert("users", users);
        return root;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kCityctl), qPrintable(kCityctl));
        m_db = path("city.gpkg");
        const Run r = cityctl({"init-demo", "--db", m_db, "--cases", "20", "--components", "100",
                               "--end", "2026-11-23T18:00:00+08:00"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void exportDiffImport()
    {
        Run r = cityctl({"org", "export", "--db", m_db, path("org.json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QFile exported(path("org.json"));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray text = exported.readAll();
        QVERIFY(!text.contains("argon2") && !text.contains("password"));
        const QJsonObject org = QJsonDocument::fromJson(text).object();
        QCOMPARE(org.value("format").toString(), QString("citycommand-org"));
        QVERIFY(org.value("departments").toArray().size() >= 2);
        QVERIFY(org.value("users").toArray().size() >= 8);

        r = cityctl({"org", "diff", "--db", m_db, path("org.json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("0 changes"), qPrintable(r.out));

        // Refusals, each with its code and nothing written (no --as: a usage error).
        r = cityctl({"org", "import", "--db", m_db, path("org.json"), "--as", "op01"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[auth.role-not-held]"), qPrintable(describe(r)));
        r = cityctl({"org", "import", "--db", m_db, path("org.json")});
        QCOMPARE(r.code, 2);
        const QJsonObject user{{"login", "zf01"},
                               {"name", "张队长"},
                               {"roles", QJsonArray{"department"}},
                               {"department", "D90"},
                               {"grid", ""},
                               {"phone", ""},
                               {"unitHead", true},
                               {"active", true}};
        QJsonObject pilot = user;
        pilot.insert("department", "");
        pilot.insert("roles", QJsonArray{"pilot"});
        QJsonObject noDepartment = user; // D90 is not in the file
        QJsonObject twice = user;
        twice.insert("login", "OP01");
        twice.insert("roles", QJsonArray{"operator"});
        twice.insert("department", "");
        const QList<std::pair<QJsonObject, QString>> refusals
            = {{withUser(org, pilot), "org.unknown-role"},
               {withUser(org, noDepartment), "org.unknown-department"},
               {withUser(org, twice), "org.duplicate-login"},
               {QJsonObject{{"format", "citycommand-org"}, {"version", 1}}, "org.bad-json"}};
        for (const auto &[root, code] : refusals) {
            QVERIFY(writeJson(path("broken.json"), root));
            r = cityctl({"org", "diff", "--db", m_db, path("broken.json")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("[" + code + "]"), qPrintable(describe(r)));
            r = cityctl({"org", "import", "--db", m_db, path("broken.json"), "--as", "admin"});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("[" + code + "]"), qPrintable(describe(r)));
        }
        r = cityctl({"org", "export", "--db", m_db, path("same.json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(readJson(path("same.json")), org);

        // The administrator's file: a new department with its unit head.
        QJsonObject edited = withUser(org, user);
        QJsonArray departments = edited.value("departments").toArray();
        departments.append(QJsonObject{{"code", "D90"},
                                       {"nameZh", "城管执法中队"},
                                       {"nameEn", ""},
                                       {"type", "enforcement"},
                                       {"parent", ""},
                                       {"level", 1},
                                       {"phone", ""},
                                       {"active", true}});
        edited.insert("departments", departments);
        QVERIFY(writeJson(path("edited.json"), edited));
        r = cityctl({"org", "diff", "--db", m_db, path("edited.json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("+ department D90 城管执法中队"), qPrintable(r.out));
        QVERIFY2(r.out.contains("+ user zf01 张队长 [department]"), qPrintable(r.out));
        r = cityctl({"org", "import", "--db", m_db, path("edited.json"), "--as", "admin", "--note",
                     "2027 编制"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cityctl({"org", "export", "--db", m_db, path("back.json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(readJson(path("back.json")).value("users").toArray().size(),
                 edited.value("users").toArray().size());
        r = cityctl({"org", "diff", "--db", m_db, path("edited.json")});
        QVERIFY2(r.out.contains("0 changes"), qPrintable(r.out));
    }

    void passwordDeactivateDelete()
    {
        Run r = cityctl({"org", "passwd", "--db", m_db, "op02", "--as", "admin"},
                        "new-secret-42\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cityctl({"user", "check", "--db", m_db, "op02"}, "new-secret-42\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cityctl({"org", "passwd", "--db", m_db, "op02", "--as", "admin"}, "short\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[auth.weak-password]"), qPrintable(describe(r)));
        // Someone who acted on the demo's cases: never deleted, deactivated instead.
        QString actor;
        {
            auto db = Cc::Storage::Database::open(m_db, Cc::Storage::Database::OpenMode::ReadOnly);
            QVERIFY(db);
            auto st = db.value()->prepare(
                "SELECT u.login FROM app_user u JOIN case_event e ON e.actor_id = u.id "
                "WHERE u.login <> 'admin' ORDER BY u.login LIMIT 1");
            QVERIFY(st && st->step().value());
            actor = st->text(0);
        }
        r = cityctl({"org", "delete", "--db", m_db, actor, "--as", "admin"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[org.user-has-acted]"), qPrintable(describe(r)));
        r = cityctl({"org", "deactivate", "--db", m_db, actor, "--as", "admin"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cityctl({"user", "list", "--db", m_db, "--json"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        bool found = false;
        for (const QJsonValue &u : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (u.toObject().value("login").toString() == actor) {
                found = true;
                QCOMPARE(u.toObject().value("active").toBool(), false);
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(tst_CityctlOrg)
#include "tst_cityctl_org.moc"
