// SPDX-License-Identifier: GPL-3.0-or-later
// The demo city's streets and places (modules/demogen/src/streetnetwork.cpp): generated
// from the seed, the same twice, inside the city, and findable by what a caller would say.
#include <cc/demogen/democity.h>
#include <cc/gazetteer/arealookup.h>
#include <cc/gazetteer/matcher.h>
#include <cc/storage/database.h>

#include <resultcheck.h>

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Cc;
using namespace Cc::Gazetteer;

class tst_DemoGazetteer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameSeedSameNetwork();
    void everythingInsideTheCity();
    void findsWhatCallersSay_data();
    void findsWhatCallersSay();

private:
    Result<GazetteerData> cityGazetteer(const QString &name, quint64 seed,
                                        std::unique_ptr<Storage::Database> *keep = nullptr);
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    GazetteerData m_data;
};

Result<GazetteerData> tst_DemoGazetteer::cityGazetteer(const QString &name, quint64 seed,
                                                       std::unique_ptr<Storage::Database> *keep)
{
    auto db = Storage::Database::open(m_dir.filePath(name), Storage::Database::OpenMode::Create);
    if (!db)
        return db.error();
    Demo::DemoOptions options;
    options.seed = seed;
    options.cases = 0; // the streets do not depend on the cases
    options.components = 0;
    options.end = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());
    auto summary = Demo::writeDemoCity(**db, options);
    if (!summary)
        return summary.error();
    auto data = GazetteerStore(**db).load();
    if (keep)
        *keep = std::move(db).value();
    return data;
}

void tst_DemoGazetteer::initTestCase()
{
    auto data = cityGazetteer(QStringLiteral("a.gpkg"), 7, &m_db);
    CC_VERIFY_OK(data);
    m_data = data.value();
    QVERIFY2(m_data.streets.size() > 150, qPrintable(QString::number(m_data.streets.size())));
    QVERIFY(m_data.places.size() >= 40);
    QVERIFY(m_data.intersections.size() > 100);
    int alleys = 0, arterials = 0;
    for (const Street &s : m_data.streets) {
        alleys += s.kind == QLatin1String("alley");
        arterials += s.kind == QLatin1String("arterial");
    }
    QVERIFY(alleys > 5);
    QVERIFY(arterials > 20);
}

void tst_DemoGazetteer::sameSeedSameNetwork()
{
    auto again = cityGazetteer(QStringLiteral("b.gpkg"), 7);
    CC_VERIFY_OK(again);
    QCOMPARE(again->streets.size(), m_data.streets.size());
    for (qsizetype i = 0; i < m_data.streets.size(); ++i) {
        QCOMPARE(again->streets[i].name, m_data.streets[i].name);
        QCOMPARE(again->streets[i].line, m_data.streets[i].line);
        QCOMPARE(again->streets[i].rightTo, m_data.streets[i].rightTo);
    }
    for (qsizetype i = 0; i < m_data.places.size(); ++i)
        QCOMPARE(again->places[i].point, m_data.places[i].point);
    // Another seed: other alleys and places on the same streets.
    auto other = cityGazetteer(QStringLiteral("c.gpkg"), 8);
    CC_VERIFY_OK(other);
    bool differs = other->streets.size() != m_data.streets.size();
    for (qsizetype i = 0; !differs && i < m_data.places.size(); ++i)
        differs = other->places[i].point != m_data.places[i].point;
    QVERIFY(differs);
}

void tst_DemoGazetteer::everythingInsideTheCity()
{
    auto areas = AreaLookup::load(*m_db);
    CC_VERIFY_OK(areas);
    for (const Place &p : m_data.places) {
        const Areas a = (*areas)->at(p.point);
        QVERIFY2(!a.gridCode.isEmpty() && !a.communityName.isEmpty(), qPrintable(p.name));
    }
    for (const Street &s : m_data.streets) {
        const QPointF middle = (s.line.first() + s.line.last()) / 2;
        QVERIFY2(!(*areas)->at(middle).gridCode.isEmpty(), qPrintable(s.name));
    }
}

void tst_DemoGazetteer::findsWhatCallersSay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");
    QTest::newRow("house number") << "人民路12号"
                                  << "人民路12号";
    QTest::newRow("intersection") << "解放路与中华路交叉口"
                                  << "解放路与中华路交叉口";
    QTest::newRow("school gate") << "第一中学东门"
                                 << "第一中学东门";
    QTest::newRow("offset") << "人民路与解放路交叉口向西180米北侧"
                            << "人民路与解放路交叉口向西180米北侧";
    QTest::newRow("大道 as 路") << "迎宾路8号"
                                << "迎宾大道8号";
}

void tst_DemoGazetteer::findsWhatCallersSay()
{
    QFETCH(QString, text);
    QFETCH(QString, label);
    const Matcher matcher(m_data);
    const QList<Candidate> found = matcher.match(text);
    QVERIFY2(!found.isEmpty(), qPrintable(text));
    QCOMPARE(found.first().label, label);
}

QTEST_GUILESS_MAIN(tst_DemoGazetteer)
#include "tst_demogazetteer.moc"
