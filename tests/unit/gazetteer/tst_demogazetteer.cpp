// SPDX-License-Identifier: GPL-3.0-or-later
// The demo city's streets and places (modules/demogen/src/streetnetwork.cpp): generated
// from the seed, the same twice, inside the city, and findable by what a caller would say.
#include <cc/demogen/democity.h>
#include <cc/gazetteer/arealookup.h>
#include <cc/gazetteer/matcher.h>
#include <cc/gazetteer/reversegeocoder.h>
#include <cc/geo/distance.h>
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
    void describesAPointAsTheMatcherReadsIt();
    void describesNothingFarFromTheTown();

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

void tst_DemoGazetteer::describesAPointAsTheMatcherReadsIt()
{
    // Round trip over the whole town: every tenth house number's door, every crossing moved
    // off it, every walled place's middle. What the ReverseGeocoder writes, the Matcher must
    // read back to (about) the same point: the text is an address, not a label of our own.
    const Matcher matcher(m_data);
    const ReverseGeocoder reverse(m_data);
    QList<QPointF> points;
    for (const Street &s : m_data.streets) {
        for (int n = std::min(s.rightFrom, s.rightTo);
             n > 0 && n <= std::max(s.rightFrom, s.rightTo); n += 20) {
            const QList<Candidate> door = matcher.match(QStringLiteral("%1%2号").arg(s.name).arg(n),
                                                        1);
            if (!door.isEmpty() && door.first().kind == Candidate::Kind::HouseNumber)
                points << door.first().point;
        }
    }
    for (qsizetype i = 0; i < m_data.intersections.size(); i += 5)
        points << m_data.intersections[i].point + QPointF(0.0004, 0.0003); // ~45 m NE
    for (const Place &p : m_data.places)
        points << p.point;
    QVERIFY2(points.size() > 300, qPrintable(QString::number(points.size())));
    int described = 0, readBack = 0;
    QStringList far;
    for (const QPointF &point : std::as_const(points)) {
        const QString text = reverse.describe(point);
        if (text.isEmpty())
            continue;
        ++described;
        const QList<Candidate> found = matcher.match(text, 1);
        QVERIFY2(!found.isEmpty(), qPrintable(text));
        const double m = Geo::groundDistanceM(point, found.first().point);
        if (m <= 60)
            ++readBack;
        else if (far.size() < 5)
            far << QStringLiteral("%1 %2 m").arg(text).arg(m, 0, 'f', 0);
    }
    // Every point in the town has words; nearly all read back within 60 m (a house number's
    // door stands 4 m off the kerb on a 40 m range; a place's middle is its name's point).
    QCOMPARE(described, int(points.size()));
    QVERIFY2(readBack >= described * 95 / 100, qPrintable(QStringLiteral("%1 of %2; e.g. %3")
                                                              .arg(readBack)
                                                              .arg(described)
                                                              .arg(far.join(QLatin1String(", ")))));
}

void tst_DemoGazetteer::describesNothingFarFromTheTown()
{
    const ReverseGeocoder reverse(m_data);
    QPointF east = m_data.streets.first().line.first();
    for (const Street &s : m_data.streets)
        for (const QPointF &p : s.line)
            east.setX(std::max(east.x(), p.x()));
    QCOMPARE(reverse.describe(east + QPointF(0.05, 0)), QString()); // ~5 km out in the fields
    QCOMPARE(reverse.describe(QPointF(qQNaN(), 30)), QString());

    // Streets without house numbers (a ring road outside the town): the nearest crossing and
    // the way from it, in words the Matcher reads back.
    GazetteerData bare;
    Street a, b;
    a.name = QStringLiteral("环城东路");
    a.line = {{114.30, 35.90}, {114.30, 35.92}};
    b.name = QStringLiteral("工业大道");
    b.line = {{114.29, 35.91}, {114.31, 35.91}};
    bare.streets = {a, b};
    bare.intersections = deriveIntersections(bare.streets);
    QCOMPARE(bare.intersections.size(), 1);
    const QPointF northEast(114.30 + 0.00078, 35.91 + 0.00064); // ~70 m E, ~71 m N
    const QString text = ReverseGeocoder(bare).describe(northEast);
    QCOMPARE(text, QStringLiteral("工业大道与环城东路交叉口向东北100米"));
    const QList<Candidate> back = Matcher(bare).match(text, 1);
    QVERIFY(!back.isEmpty());
    QVERIFY2(Geo::groundDistanceM(back.first().point, northEast) < 20,
             qPrintable(QString::number(Geo::groundDistanceM(back.first().point, northEast))));
}

QTEST_GUILESS_MAIN(tst_DemoGazetteer)
#include "tst_demogazetteer.moc"
