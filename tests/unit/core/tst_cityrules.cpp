// SPDX-License-Identifier: GPL-3.0-or-later
// The centre's configuration file on its own (docs/config.md): the seed round-trips, each
// kind of fault is refused with its code, routing picks by priority and area, and the
// review lists what changed.
#include <cc/core/cityrules.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Cc;
using Core::CityRules;

namespace {

using Edit = std::function<void(QJsonObject &)>;

QJsonObject seedObject()
{
    const CityRules seed = CityRules::seed(Core::CategoryDictionary::builtin());
    return QJsonDocument::fromJson(seed.toJson()).object();
}

QByteArray edited(const Edit &edit)
{
    QJsonObject root = seedObject();
    edit(root);
    return QJsonDocument(root).toJson();
}

/// Changes one field of the 小类 at `index`.
Edit categoryField(int index, const char *field, const QJsonValue &value)
{
    return [=](QJsonObject &root) {
        QJsonArray list = root.value("categories").toArray();
        QJsonObject c = list.at(index).toObject();
        c.insert(QLatin1String(field), value);
        list.replace(index, c);
        root.insert("categories", list);
    };
}

Edit withRoutes(const QJsonArray &routes)
{
    return [=](QJsonObject &root) {
        root.insert("routing", QJsonObject{{"routes", routes}, {"default", "D01"}});
    };
}

QJsonObject route(const char *category, const char *area, const char *department, int priority)
{
    return {{"category", category},
            {"area", area},
            {"department", department},
            {"priority", priority}};
}

} // namespace

class TestCityRules : public QObject
{
    Q_OBJECT

private slots:
    void seedRoundTrips()
    {
        const CityRules seed = CityRules::seed(Core::CategoryDictionary::builtin());
        auto back = CityRules::fromJson(seed.toJson());
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->differencesFrom(seed), QStringList());
        QCOMPARE(back->dictionary().categories().size(),
                 Core::CategoryDictionary::builtin().categories().size());
        QCOMPARE(back->stageLimits(Core::CaseLevel::Urgent).accept.toString(), QString("30m"));
        const Core::Category *rubbish = back->dictionary().findByKey(u"event:0102");
        QVERIFY(rubbish);
        QVERIFY(!rubbish->filingConditions.isEmpty());
    }

    void defaultLevelRoundTrips()
    {
        auto rules = CityRules::fromJson(edited(categoryField(0, "defaultLevel", "urgent")));
        QVERIFY(rules);
        const QString key = rules->dictionary().categories().at(0).key();
        QCOMPARE(rules->defaultLevel(key), Core::CaseLevel::Urgent);
        QCOMPARE(rules->defaultLevel(rules->dictionary().categories().at(1).key()),
                 Core::CaseLevel::Normal);
        auto back = CityRules::fromJson(rules->toJson());
        QVERIFY(back);
        QCOMPARE(back->defaultLevel(key), Core::CaseLevel::Urgent);
        QVERIFY(back->differencesFrom(CityRules::seed(Core::CategoryDictionary::builtin()))
                    .contains(QStringLiteral("~ %1 %2 defaultLevel: normal → urgent")
                                  .arg(key, rules->dictionary().categories().at(0).nameZh)));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("not-json") << QByteArray("{\"majors\": [") << "config.bad-json";
        QTest::newRow("array") << QByteArray("[]") << "config.bad-json";
        QTest::newRow("other-format")
            << edited([](QJsonObject &r) { r.insert("format", "something-else"); })
            << "config.bad-version";
        QTest::newRow("version-2")
            << edited([](QJsonObject &r) { r.insert("version", 2); }) << "config.bad-version";
        QTest::newRow("duplicate-code") << edited([](QJsonObject &r) {
            QJsonArray list = r.value("categories").toArray();
            list.append(list.at(3));
            r.insert("categories", list);
        }) << "config.duplicate-code";
        QTest::newRow("unknown-major")
            << edited(categoryField(0, "code", "9901")) << "config.unknown-code";
        QTest::newRow("bad-code") << edited(categoryField(0, "code", "01x1")) << "config.bad-code";
        QTest::newRow("zero-limit")
            << edited(categoryField(0, "limitNormal", "0wh")) << "config.bad-limit";
        QTest::newRow("negative-limit")
            << edited(categoryField(0, "limitNormal", "-4wh")) << "config.bad-limit";
        QTest::newRow("absurd-limit")
            << edited(categoryField(0, "limitUrgent", "900wd")) << "config.bad-limit";
        QTest::newRow("absurd-hours")
            << edited(categoryField(0, "limitUrgent", "9000h")) << "config.bad-limit";
        QTest::newRow("bad-level")
            << edited(categoryField(0, "defaultLevel", "红色")) << "config.bad-field";
        QTest::newRow("no-categories")
            << edited([](QJsonObject &r) { r.insert("categories", QJsonArray()); })
            << "config.bad-field";
        QTest::newRow("zero-stage") << edited([](QJsonObject &r) {
            r.insert("stageLimits",
                     QJsonObject{{"accept", QJsonObject{{"urgent", "0m"}, {"normal", "30m"}}}});
        }) << "config.bad-limit";
        QTest::newRow("unknown-stage") << edited([](QJsonObject &r) {
            r.insert("stageLimits",
                     QJsonObject{{"approve", QJsonObject{{"urgent", "5m"}, {"normal", "30m"}}}});
        }) << "config.unknown-code";
        QTest::newRow("route-unknown-category")
            << edited(withRoutes({route("event:0999", "", "D01", 0)})) << "config.unknown-code";
        QTest::newRow("route-overlap") << edited(withRoutes(
            {route("event:0102", "R01", "D01", 5), route("event:0102", "R01", "D02", 5)}))
                                       << "config.overlapping-route";
        QTest::newRow("route-no-department")
            << edited(withRoutes({route("event:0102", "", "", 0)})) << "config.bad-field";
        QTest::newRow("route-bad-priority")
            << edited(withRoutes({route("event:0102", "", "D01", -3)})) << "config.bad-field";
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        auto parsed = CityRules::fromJson(json);
        QVERIFY2(!parsed, "the file was taken");
        QCOMPARE(parsed.error().code, code);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void routing()
    {
        auto rules = CityRules::fromJson(edited(withRoutes(
            {route("event:0102", "", "D01", 0), route("event:0102", "R01", "D02", 0),
             route("event:0102", "R02", "D03", 0), route("event:0102", "", "D04", 10)})));
        QVERIFY2(rules, rules ? "" : qPrintable(rules.error().message));
        // The highest priority wins; at equal priority the grid's own route beats the city's.
        QCOMPARE(rules->departmentFor("event:0102", "R01"), QString("D04"));
        auto low = CityRules::fromJson(edited(
            withRoutes({route("event:0102", "", "D01", 0), route("event:0102", "R01", "D02", 0)})));
        QVERIFY(low);
        QCOMPARE(low->departmentFor("event:0102", "R01"), QString("D02"));
        QCOMPARE(low->departmentFor("event:0102", "R09"), QString("D01"));
        QCOMPARE(low->departmentFor("part:0101", "R01"), QString("D01")); // the default
    }

    void differences()
    {
        const CityRules seed = CityRules::seed(Core::CategoryDictionary::builtin());
        auto changed = CityRules::fromJson(edited([](QJsonObject &r) {
            categoryField(0, "limitNormal", "3wd")(r);
            QJsonArray list = r.value("categories").toArray();
            list.removeAt(1);
            r.insert("categories", list);
            withRoutes({route("event:0102", "", "D01", 0)})(r);
        }));
        QVERIFY(changed);
        const QStringList lines = changed->differencesFrom(seed);
        const Core::Category first = seed.dictionary().categories().at(0);
        const Core::Category second = seed.dictionary().categories().at(1);
        QVERIFY2(lines.contains(QStringLiteral("~ %1 %2 limitNormal: %3 → 3wd")
                                    .arg(first.key(), first.nameZh, first.limitNormal.toString())),
                 qPrintable(lines.join('\n')));
        QVERIFY(lines.contains(QStringLiteral("- %1 %2").arg(second.key(), second.nameZh)));
        QVERIFY(lines.contains("+ route event:0102 × * (priority 0) → D01"));
        QVERIFY(lines.contains("~ default department:  → D01"));
        QCOMPARE(lines.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCityRules)
#include "tst_cityrules.moc"
