// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl config export|diff|import over a small demo city (docs/config.md): the seed exports
// with the city's routing, a diff of it changes nothing, an operator's import and a broken
// file are refused with their codes (exit 1, nothing written), an administrator's edited file
// becomes version 1 and exports back as it was imported.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "cityctlrunner.h"

using namespace CityctlTest;

class tst_CityctlConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

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
        Run r = cityctl({"config", "export", "--db", m_db, path("seed.json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QJsonObject seed = readJson(path("seed.json"));
        QCOMPARE(seed.value("format").toString(), QString("citycommand-config"));
        QVERIFY(seed.value("categories").toArray().size() > 100);
        QVERIFY(!seed.value("routing").toObject().value("routes").toArray().isEmpty());

        r = cityctl({"config", "diff", "--db", m_db, path("seed.json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("0 changes against version 0"), qPrintable(r.out));

        // An operator may not; a route to a department that does not exist is refused.
        r = cityctl({"config", "import", "--db", m_db, path("seed.json"), "--as", "op01"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[auth.role-not-held]"), qPrintable(describe(r)));
        QJsonObject broken = seed;
        QJsonObject routing = broken.value("routing").toObject();
        QJsonArray routes = routing.value("routes").toArray();
        routes.append(QJsonObject{{"category", "event:0102"}, {"department", "D99-NONE"}});
        routing.insert("routes", routes);
        broken.insert("routing", routing);
        QVERIFY(writeJson(path("broken.json"), broken));
        r = cityctl({"config", "import", "--db", m_db, path("broken.json"), "--as", "admin"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[config.unknown-department]"), qPrintable(describe(r)));

        // The administrator's edit: listed by diff, then version 1.
        QJsonArray categories = seed.value("categories").toArray();
        for (qsizetype i = 0; i < categories.size(); ++i) {
            QJsonObject c = categories.at(i).toObject();
            if (c.value("kind").toString() == "event" && c.value("code").toString() == "0102") {
                c.insert("limitNormal", "3wh");
                categories.replace(i, c);
            }
        }
        seed.insert("categories", categories);
        QVERIFY(writeJson(path("edited.json"), seed));
        r = cityctl({"config", "diff", "--db", m_db, path("edited.json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("limitNormal: 4wh → 3wh"), qPrintable(r.out));
        r = cityctl({"config", "import", "--db", m_db, path("edited.json"), "--as", "admin",
                     "--note", "试行"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("version 1") || r.out.contains("第 1 版"), qPrintable(r.out));
        r = cityctl({"config", "export", "--db", m_db, path("back.json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(readJson(path("back.json")), readJson(path("edited.json")));
    }
};

QTEST_GUILESS_MAIN(tst_CityctlConfig)
#include "tst_cityctl_config.moc"
