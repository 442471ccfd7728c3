// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/category.h>
#include <cc/core/workcalendar.h>

#include "resultcheck.h"

#include <QFile>
#include <QTest>

using namespace Cc::Core;

Q_DECLARE_METATYPE(Cc::Core::CaseKind)
Q_DECLARE_METATYPE(Cc::Core::CaseLevel)

namespace {

const CategoryDictionary &dict()
{
    return CategoryDictionary::builtin();
}

QStringList keysOf(const QList<Category> &list)
{
    QStringList keys;
    for (const Category &c : list)
        keys.append(c.key());
    return keys;
}

// A minimal valid dictionary; refusal rows change one thing in it.
QByteArray withCategories(const char *majors, const char *categories)
{
    return QByteArray(R"({"version": 1, "majors": [)") + majors + R"(], "categories": [)"
           + categories + "]}";
}

const char *const kPartMajor = R"({"kind": "part", "code": "01", "nameZh": "公用设施"})";
const char *const kCover = R"({"kind": "part", "code": "0101", "nameZh": "上水井盖",
    "limitUrgent": "6h", "limitNormal": "2wd"})";

} // namespace

class TestCategory : public QObject
{
    Q_OBJECT

private slots:
    void ids_data();
    void ids();
    void builtinLoads();
    void majors_data();
    void majors();
    void countsPerMajor_data();
    void countsPerMajor();
    void codesConsecutive();
    void knownEntries_data();
    void knownEntries();
    void everyEntryComplete();
    void urgentShorterThanNormal();
    void find();
    void search_data();
    void search();
    void roundTrip();
    void minimalAccepted();
    void fromJsonRefuses_data();
    void fromJsonRefuses();
};

void TestCategory::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<CaseLevel>("level");
    QTest::newRow("part") << "part" << CaseKind::Component << CaseLevel::Invalid;
    QTest::newRow("part-zh") << QString::fromUtf8("部件") << CaseKind::Component
                             << CaseLevel::Invalid;
    QTest::newRow("event") << "event" << CaseKind::Event << CaseLevel::Invalid;
    QTest::newRow("event-zh") << QString::fromUtf8("事件") << CaseKind::Event << CaseLevel::Invalid;
    QTest::newRow("urgent") << "urgent" << CaseKind::Invalid << CaseLevel::Urgent;
    QTest::newRow("urgent-zh") << QString::fromUtf8("紧急") << CaseKind::Invalid
                               << CaseLevel::Urgent;
    QTest::newRow("normal") << "normal" << CaseKind::Invalid << CaseLevel::Normal;
    QTest::newRow("normal-zh") << QString::fromUtf8("一般") << CaseKind::Invalid
                               << CaseLevel::Normal;
    QTest::newRow("empty") << "" << CaseKind::Invalid << CaseLevel::Invalid;
    QTest::newRow("wrong-case") << "Part" << CaseKind::Invalid << CaseLevel::Invalid;
}

void TestCategory::ids()
{
    QFETCH(QString, id);
    QFETCH(CaseKind, kind);
    QFETCH(CaseLevel, level);
    QCOMPARE(kindFromId(id), kind);
    QCOMPARE(levelFromId(id), level);
    if (kind != CaseKind::Invalid)
        QCOMPARE(kindFromId(kindId(kind)), kind);
    if (level != CaseLevel::Invalid)
        QCOMPARE(levelFromId(levelId(level)), level);
    QCOMPARE(kindId(CaseKind::Component), QStringLiteral("part"));
    QCOMPARE(kindId(CaseKind::Event), QStringLiteral("event"));
    QCOMPARE(kindId(CaseKind::Invalid), QString());
    QCOMPARE(levelId(CaseLevel::Urgent), QStringLiteral("urgent"));
    QCOMPARE(levelId(CaseLevel::Normal), QStringLiteral("normal"));
    QCOMPARE(levelId(CaseLevel::Invalid), QString());
    QCOMPARE(kindName(CaseKind::Component), QStringLiteral("Component"));
    QCOMPARE(kindName(CaseKind::Event), QStringLiteral("Event"));
    QCOMPARE(levelName(CaseLevel::Urgent), QStringLiteral("Urgent"));
    QCOMPARE(levelName(CaseLevel::Normal), QStringLiteral("Normal"));
}

void TestCategory::builtinLoads()
{
    QCOMPARE(dict().majors(CaseKind::Component).size(), 7);
    QCOMPARE(dict().majors(CaseKind::Event).size(), 6);
    QCOMPARE(dict().majors(CaseKind::Invalid).size(), 0);
    QCOMPARE(dict().categories().size(), 86 + 52);
    QCOMPARE(dict().categories(CaseKind::Component).size(), 86);
    QCOMPARE(dict().categories(CaseKind::Event).size(), 52);
    // Parsed once: the same object every time.
    QCOMPARE(&CategoryDictionary::builtin(), &dict());
}

void TestCategory::majors_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("nameZh");
    QTest::addColumn<QString>("nameEn");
    const auto P = CaseKind::Component;
    const auto E = CaseKind::Event;
    QTest::newRow("part-01") << P << 0 << "01"
                             << "公用设施"
                             << "Public facilities";
    QTest::newRow("part-02") << P << 1 << "02"
                             << "道路交通"
                             << "Roads and traffic";
    QTest::newRow("part-03") << P << 2 << "03"
                             << "市容环境"
                             << "City appearance and environment";
    QTest::newRow("part-04") << P << 3 << "04"
                             << "园林绿化"
                             << "Landscaping and greening";
    QTest::newRow("part-05") << P << 4 << "05"
                             << "房屋土地"
                             << "Buildings and land";
    QTest::newRow("part-06") << P << 5 << "06"
                             << "其他设施"
                             << "Other facilities";
    QTest::newRow("part-21") << P << 6 << "21"
                             << "扩展部件"
                             << "Extension components";
    QTest::newRow("event-01") << E << 0 << "01"
                              << "市容环境"
                              << "City appearance and environment";
    QTest::newRow("event-02") << E << 1 << "02"
                              << "宣传广告"
                              << "Advertising";
    QTest::newRow("event-03") << E << 2 << "03"
                              << "施工管理"
                              << "Construction management";
    QTest::newRow("event-04") << E << 3 << "04"
                              << "突发事件"
                              << "Emergencies";
    QTest::newRow("event-05") << E << 4 << "05"
                              << "街面秩序"
                              << "Street order";
    QTest::newRow("event-21") << E << 5 << "21"
                              << "扩展事件"
                              << "Extension events";
}

void TestCategory::majors()
{
    QFETCH(CaseKind, kind);
    QFETCH(int, index);
    QFETCH(QString, code);
    QFETCH(QString, nameZh);
    QFETCH(QString, nameEn);
    const MajorCategory m = dict().majors(kind).at(index);
    QCOMPARE(m.kind, kind);
    QCOMPARE(m.code, code);
    QCOMPARE(m.nameZh, nameZh);
    QCOMPARE(m.nameEn, nameEn);
}

void TestCategory::countsPerMajor_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<QString>("major");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    const auto P = CaseKind::Component;
    const auto E = CaseKind::Event;
    // docs/domain.md §2: 0101–0138, 0201–0217, 0301–0311, 0401–0410, 0501–0503, 0601–0606.
    QTest::newRow("part-01") << P << "01" << 38 << "上水井盖"
                             << "治安岗亭";
    QTest::newRow("part-02") << P << "02" << 17 << "停车场"
                             << "交通岗亭";
    QTest::newRow("part-03") << P << "03" << 11 << "公共厕所"
                             << "噪声显示屏";
    QTest::newRow("part-04") << P << "04" << 10 << "古树名木"
                             << "喷泉";
    QTest::newRow("part-05") << P << "05" << 3 << "宣传栏"
                             << "公房地下室";
    QTest::newRow("part-06") << P << "06" << 6 << "重大危险源"
                             << "防汛(洪)墙";
    QTest::newRow("part-21") << P << "21" << 1 << "其他部件"
                             << "其他部件";
    // 0101–0118 plus 0199, 0201–0205, 0301–0305, 0401–0409, 0501–0513.
    QTest::newRow("event-01") << E << "01" << 19 << "私搭乱建"
                              << "其他";
    QTest::newRow("event-02") << E << "02" << 5 << "非法小广告"
                              << "广告招牌破损";
    QTest::newRow("event-03") << E << "03" << 5 << "施工扰民"
                              << "无证掘路";
    QTest::newRow("event-04") << E << "04" << 9 << "路面塌陷"
                              << "群体性事件";
    QTest::newRow("event-05") << E << "05" << 13 << "无照经营游商"
                              << "空调外机低挂";
    QTest::newRow("event-21") << E << "21" << 1 << "其他"
                              << "其他";
}

void TestCategory::countsPerMajor()
{
    QFETCH(CaseKind, kind);
    QFETCH(QString, major);
    QFETCH(int, count);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const QList<Category> list = dict().categories(kind, major);
    QCOMPARE(list.size(), count);
    QCOMPARE(list.first().nameZh, first);
    QCOMPARE(list.last().nameZh, last);
    for (const Category &c : list) {
        QCOMPARE(c.kind, kind);
        QCOMPARE(c.majorCode(), major);
    }
}

void TestCategory::codesConsecutive()
{
    // Codes run 01, 02, … within each 大类; the only gap is 事件 0199 其他.
    for (const MajorCategory &m :
         dict().majors(CaseKind::Component) + dict().majors(CaseKind::Event)) {
        int expected = 1;
        for (const Category &c : dict().categories(m.kind, m.code)) {
            if (c.key() == QLatin1String("event:0199"))
                continue;
            QCOMPARE(c.code, m.code + QStringLiteral("%1").arg(expected, 2, 10, QLatin1Char('0')));
            ++expected;
        }
    }
    QVERIFY(dict().find(CaseKind::Event, u"0199"));
}

void TestCategory::knownEntries_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("nameZh");
    QTest::addColumn<QString>("nameEn");
    QTest::addColumn<QString>("urgent");
    QTest::addColumn<QString>("normal");
    QTest::addColumn<QString>("department");
    QTest::newRow("water-cover") << "part:0101"
                                 << "上水井盖"
                                 << "Water-supply manhole cover"
                                 << "6h"
                                 << "2wd"
                                 << "water";
    QTest::newRow("gas-cover") << "part:0111"
                               << "燃气井盖"
                               << "Gas manhole cover"
                               << "6h"
                               << "2wd"
                               << "gas";
    QTest::newRow("street-lamp") << "part:0118"
                                 << "路灯"
                                 << "Street lamp"
                                 << "4wh"
                                 << "2wd"
                                 << "lighting";
    QTest::newRow("camera") << "part:0136"
                            << "监控电子眼"
                            << "Surveillance camera"
                            << "1wd"
                            << "3wd"
                            << "public-security";
    QTest::newRow("litter-bin") << "part:0305"
                                << "垃圾箱"
                                << "Litter bin"
                                << "2wh"
                                << "4wh"
                                << "sanitation";
    QTest::newRow("green-space") << "part:0405"
                                 << "绿地"
                                 << "Green space"
                                 << "1wd"
                                 << "5wd"
                                 << "landscaping";
    QTest::newRow("illegal-construction") << "event:0101"
                                          << "私搭乱建"
                                          << "Illegal construction"
                                          << "4wh"
                                          << "7wd"
                                          << "urban-management";
    QTest::newRow("exposed-rubbish") << "event:0102"
                                     << "暴露垃圾"
                                     << "Exposed rubbish"
                                     << "2wh"
                                     << "4wh"
                                     << "sanitation";
    QTest::newRow("dirty-road") << "event:0104"
                                << "道路不洁"
                                << "Dirty road"
                                << "1wh"
                                << "2wh"
                                << "sanitation";
    QTest::newRow("waterlogged-road") << "event:0406"
                                      << "道路积水"
                                      << "Waterlogged road"
                                      << "2h"
                                      << "4wh"
                                      << "water";
    QTest::newRow("gas-rupture") << "event:0403"
                                 << "燃气管道破裂"
                                 << "Gas-pipe rupture"
                                 << "30m"
                                 << "4h"
                                 << "gas";
    QTest::newRow("motor-vehicle-parking") << "event:0505"
                                           << "机动车乱停放"
                                           << "Illegally parked motor vehicle"
                                           << "1wh"
                                           << "2wh"
                                           << "traffic";
    QTest::newRow("bicycle-parking") << "event:0506"
                                     << "非机动车乱停放"
                                     << "Illegally parked bicycle or e-bike"
                                     << "1wh"
                                     << "2wh"
                                     << "urban-management";
    QTest::newRow("renumbered-0507") << "event:0507"
                                     << "乱堆物堆料"
                                     << "Materials piled in public space"
                                     << "4wh"
                                     << "1wd"
                                     << "urban-management";
    QTest::newRow("event-extension") << "event:2101"
                                     << "其他"
                                     << "Other"
                                     << "1wd"
                                     << "5wd"
                                     << "street-office";
}

void TestCategory::knownEntries()
{
    QFETCH(QString, key);
    QFETCH(QString, nameZh);
    QFETCH(QString, nameEn);
    QFETCH(QString, urgent);
    QFETCH(QString, normal);
    QFETCH(QString, department);
    const Category *c = dict().findByKey(key);
    QVERIFY(c);
    QCOMPARE(c->key(), key);
    QCOMPARE(c->nameZh, nameZh);
    QCOMPARE(c->nameEn, nameEn);
    QCOMPARE(c->limitUrgent.toString(), urgent);
    QCOMPARE(c->limitNormal.toString(), normal);
    QCOMPARE(c->limit(CaseLevel::Urgent), c->limitUrgent);
    QCOMPARE(c->limit(CaseLevel::Normal), c->limitNormal);
    QCOMPARE(c->departmentType, department);
}

void TestCategory::everyEntryComplete()
{
    const QStringList departments{"municipal",   "lighting",    "sanitation",
                                  "landscaping", "traffic",     "urban-management",
                                  "housing",     "water",       "gas",
                                  "power",       "telecom",     "public-security",
                                  "market",      "environment", "street-office"};
    for (const Category &c : dict().categories()) {
        const QByteArray key = c.key().toUtf8();
        QVERIFY2(c.limitUrgent.isValid() && c.limitNormal.isValid(), key);
        QVERIFY2(!c.nameZh.isEmpty() && !c.nameEn.isEmpty(), key);
        QVERIFY2(departments.contains(c.departmentType), key);
        QVERIFY2(c.filingConditions.size() >= 2 && c.filingConditions.size() <= 3, key);
        QVERIFY2(c.closingConditions.size() >= 1 && c.closingConditions.size() <= 2, key);
        // 井盖 share one rule: 6 calendar hours when urgent, 2 working days otherwise.
        if (c.nameZh.endsWith(QStringLiteral("井盖"))) {
            QCOMPARE(c.limitUrgent.toString(), QStringLiteral("6h"));
            QCOMPARE(c.limitNormal.toString(), QStringLiteral("2wd"));
        }
    }
}

void TestCategory::urgentShorterThanNormal()
{
    const WorkCalendar cal;
    for (const Category &c : dict().categories()) {
        QVERIFY2(cal.limitMinutes(c.limitUrgent) < cal.limitMinutes(c.limitNormal),
                 qPrintable(c.key() + QLatin1Char(' ') + c.limitUrgent.toString()
                            + QStringLiteral(" !< ") + c.limitNormal.toString()));
    }
}

void TestCategory::find()
{
    QCOMPARE(dict().find(CaseKind::Component, u"0101")->nameZh, QStringLiteral("上水井盖"));
    QCOMPARE(dict().find(CaseKind::Event, u"0101")->nameZh, QStringLiteral("私搭乱建"));
    QVERIFY(!dict().find(CaseKind::Component, u"0199"));
    QVERIFY(!dict().find(CaseKind::Invalid, u"0101"));
    QVERIFY(!dict().find(CaseKind::Event, u""));
    QCOMPARE(dict().findByKey(u"event:0502")->nameZh, QStringLiteral("流浪乞讨"));
    QVERIFY(!dict().findByKey(u"part:9999"));
    QVERIFY(!dict().findByKey(u"0101"));
    QVERIFY(!dict().findByKey(u"PART:0101"));
    QCOMPARE(dict().categories(CaseKind::Event, u"99").size(), 0);
}

void TestCategory::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys"); // empty means: check the count only
    QTest::addColumn<int>("count");
    QTest::newRow("zh-manhole-covers") << "井盖" << QStringList() << 16;
    QTest::newRow("en-manhole-covers") << "manhole" << QStringList() << 16;
    QTest::newRow("en-upper-case") << "MANHOLE COVER" << QStringList() << 16;
    QTest::newRow("code") << "0505" << QStringList{"event:0505"} << 1;
    QTest::newRow("zh-parking") << "乱停放" << QStringList{"event:0505", "event:0506"} << 2;
    QTest::newRow("en-parking") << "Parked" << QStringList{"event:0505", "event:0506"} << 2;
    QTest::newRow("zh-other") << "其他" << QStringList{"part:2101", "event:0199", "event:2101"}
                              << 3;
    // Literal hits first, then the names whose pinyin starts that way (结冰, 变压器 …).
    QTest::newRow("en-substring-then-pinyin") << "bin" << QStringList() << 6;
    QTest::newRow("pinyin-initials") << "bllj" << QStringList{"event:0102"} << 1;
    QTest::newRow("pinyin-full") << "baolulaji" << QStringList{"event:0102"} << 1;
    QTest::newRow("pinyin-mixed-upper") << "BaoLuLJ" << QStringList{"event:0102"} << 1;
    QTest::newRow("pinyin-heteronym") << "dhangjt" << QStringList() << 0;
    QTest::newRow("pinyin-inner-run") << "jinggai" << QStringList() << 16;
    QTest::newRow("pinyin-inner-initials") << "jg" << QStringList() << 17; // 16 井盖 and 景观灯
    QTest::newRow("trimmed") << "  路灯 " << QStringList{"part:0106", "part:0118"} << 2;
    QTest::newRow("no-match") << "zzz" << QStringList() << 0;
    QTest::newRow("empty-lists-all") << "" << QStringList() << 138;
}

void TestCategory::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    QFETCH(int, count);
    const QList<Category> found = dict().search(text);
    QCOMPARE(found.size(), count);
    if (!keys.isEmpty())
        QCOMPARE(keysOf(found), keys);
    if (QTest::currentDataTag() == QByteArray("en-substring-then-pinyin"))
        QCOMPARE(keysOf(found).mid(0, 2), (QStringList{"part:0115", "part:0305"}));
}

void TestCategory::roundTrip()
{
    const QByteArray written = dict().toJson();
    const auto again = CategoryDictionary::fromJson(written);
    CC_VERIFY_OK(again);
    QCOMPARE(again->toJson(), written);
    QCOMPARE(keysOf(again->categories()), keysOf(dict().categories()));
    const Category *a = again->findByKey(u"event:0102");
    const Category *b = dict().findByKey(u"event:0102");
    QVERIFY(a && b);
    QCOMPARE(a->filingConditions, b->filingConditions);
    QCOMPARE(a->closingConditions, b->closingConditions);
    QCOMPARE(a->limitUrgent, b->limitUrgent);

    // The shipped file is what builtin() read.
    QFile file(QStringLiteral(":/cc/categories.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(CategoryDictionary::fromJson(file.readAll())->toJson(), written);
}

void TestCategory::minimalAccepted()
{
    // The same 小类 code under both kinds is fine: keys differ.
    const auto r = CategoryDictionary::fromJson(withCategories(
        R"({"kind": "part", "code": "01", "nameZh": "公用设施"},
           {"kind": "event", "code": "01", "nameZh": "市容环境"})",
        R"({"kind": "part", "code": "0101", "nameZh": "上水井盖",
            "limitUrgent": "6h", "limitNormal": "2wd", "note": "ignored"},
           {"kind": "event", "code": "0101", "nameZh": "私搭乱建",
            "limitUrgent": "4wh", "limitNormal": "7wd", "filing": ["a", "b"]})"));
    CC_VERIFY_OK(r);
    QCOMPARE(r->categories().size(), 2);
    QCOMPARE(r->find(CaseKind::Event, u"0101")->filingConditions, (QStringList{"a", "b"}));
    QVERIFY(r->find(CaseKind::Component, u"0101")->filingConditions.isEmpty());
    QVERIFY(r->find(CaseKind::Component, u"0101")->departmentType.isEmpty());
}

void TestCategory::fromJsonRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not-json") << QByteArray("{\"majors\": [") << "category.bad-json"
                              << "offset";
    QTest::newRow("array-root") << QByteArray("[]") << "category.bad-json"
                                << "JSON object";
    QTest::newRow("no-categories") << QByteArray(R"({"majors": []})") << "category.bad-json"
                                   << "categories";
    QTest::newRow("version-2") << QByteArray(R"({"version": 2, "majors": [], "categories": []})")
                               << "category.bad-version"
                               << "2";
    QTest::newRow("major-bad-kind")
        << withCategories(R"({"kind": "thing", "code": "01", "nameZh": "x"})", "")
        << "category.bad-kind"
        << "majors[0]";
    QTest::newRow("major-one-digit")
        << withCategories(R"({"kind": "part", "code": "1", "nameZh": "x"})", "")
        << "category.bad-code"
        << "majors[0] (part:1)";
    QTest::newRow("major-00") << withCategories(R"({"kind": "part", "code": "00", "nameZh": "x"})",
                                                "")
                              << "category.bad-code"
                              << "\"00\"";
    QTest::newRow("major-no-name")
        << withCategories(R"({"kind": "event", "code": "01"})", "") << "category.missing-name"
        << "majors[0] (event:01)";
    QTest::newRow("major-duplicate")
        << withCategories(R"({"kind": "part", "code": "01", "nameZh": "a"},
                             {"kind": "part", "code": "01", "nameZh": "b"})",
                          "")
        << "category.duplicate"
        << "majors[1] (part:01)";
    QTest::newRow("category-bad-kind")
        << withCategories(kPartMajor, R"({"kind": "", "code": "0101", "nameZh": "x",
                                          "limitUrgent": "6h", "limitNormal": "2wd"})")
        << "category.bad-kind"
        << "categories[0]";
    QTest::newRow("code-three-digits")
        << withCategories(kPartMajor, R"({"kind": "part", "code": "101", "nameZh": "x",
                                          "limitUrgent": "6h", "limitNormal": "2wd"})")
        << "category.bad-code"
        << "categories[0] (part:101)";
    QTest::newRow("code-letter") << withCategories(
        kPartMajor, R"({"kind": "part", "code": "01a1", "nameZh": "x",
                                          "limitUrgent": "6h", "limitNormal": "2wd"})")
                                 << "category.bad-code"
                                 << "01a1";
    QTest::newRow("code-minor-00")
        << withCategories(kPartMajor, R"({"kind": "part", "code": "0100", "nameZh": "x",
                                          "limitUrgent": "6h", "limitNormal": "2wd"})")
        << "category.bad-code"
        << "0100";
    QTest::newRow("undeclared-major")
        << withCategories(kPartMajor, R"({"kind": "part", "code": "0201", "nameZh": "x",
                                          "limitUrgent": "6h", "limitNormal": "2wd"})")
        << "category.unknown-major"
        << "categories[0] (part:0201)";
    QTest::newRow("major-of-other-kind")
        << withCategories(kPartMajor, R"({"kind": "event", "code": "0101", "nameZh": "x",
                                          "limitUrgent": "6h", "limitNormal": "2wd"})")
        << "category.unknown-major"
        << "event:0101";
    QTest::newRow("duplicate-code")
        << withCategories(kPartMajor, (QByteArray(kCover) + "," + kCover).constData())
        << "category.duplicate"
        << "categories[1] (part:0101)";
    QTest::newRow("no-name") << withCategories(kPartMajor,
                                               R"({"kind": "part", "code": "0101", "nameZh": " ",
                                          "limitUrgent": "6h", "limitNormal": "2wd"})")
                             << "category.missing-name"
                             << "categories[0] (part:0101)";
    QTest::newRow("bad-urgent-limit")
        << withCategories(kPartMajor, R"({"kind": "part", "code": "0101", "nameZh": "x",
                                          "limitUrgent": "6x", "limitNormal": "2wd"})")
        << "category.bad-limit"
        << "limitUrgent";
    QTest::newRow("missing-normal-limit")
        << withCategories(kPartMajor, R"({"kind": "part", "code": "0101", "nameZh": "x",
                                          "limitUrgent": "6h"})")
        << "category.bad-limit"
        << "categories[0] (part:0101) has an invalid limitNormal";
    QTest::newRow("zero-limit") << withCategories(kPartMajor,
                                                  R"({"kind": "part", "code": "0101", "nameZh": "x",
                                          "limitUrgent": "0h", "limitNormal": "2wd"})")
                                << "category.bad-limit"
                                << "zero";
    QTest::newRow("filing-not-list")
        << withCategories(kPartMajor, R"({"kind": "part", "code": "0101", "nameZh": "x",
                                          "limitUrgent": "6h", "limitNormal": "2wd",
                                          "filing": "井盖缺失"})")
        << "category.bad-field"
        << "\"filing\"";
    QTest::newRow("closing-empty-text")
        << withCategories(kPartMajor, R"({"kind": "part", "code": "0101", "nameZh": "x",
                                          "limitUrgent": "6h", "limitNormal": "2wd",
                                          "closing": [""]})")
        << "category.bad-field"
        << "\"closing\"";
}

void TestCategory::fromJsonRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    CC_VERIFY_REFUSED(CategoryDictionary::fromJson(json), code, mentions);
}

QTEST_GUILESS_MAIN(TestCategory)
#include "tst_category.moc"
