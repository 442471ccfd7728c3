// SPDX-License-Identifier: GPL-3.0-or-later
// The matcher on a small town laid out in metres (testnetwork.h): what a typed address
// finds first, and where its point lies.
#include "testnetwork.h"

#include <cc/gazetteer/matcher.h>

#include <QTest>

using namespace Cc::Gazetteer;
using GazTest::at;

class tst_GazetteerMatch : public QObject
{
    Q_OBJECT
private slots:
    void intersectionsDerived();
    void topMatch_data();
    void topMatch();
    void typingShowsPrefixes();
    void farFetchedTextFindsNothing();

private:
    Matcher m_matcher{GazTest::town()};
};

void tst_GazetteerMatch::intersectionsDerived()
{
    // Two west–east streets of three cross each north–south one; 人民路's two blocks meet
    // 解放路 at one point, which counts once.
    const QList<Intersection> all = m_matcher.data().intersections;
    QCOMPARE(all.size(), 6);
    int found = 0;
    for (const Intersection &x : all) {
        if (x.streetA == QStringLiteral("人民路") && x.streetB == QStringLiteral("解放路")) {
            ++found;
            QVERIFY(Cc::Geo::groundDistanceM(x.point, at(0, 0)) < 0.5);
        }
    }
    QCOMPARE(found, 1);
}

void tst_GazetteerMatch::topMatch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QPointF>("metres"); // where the point must lie, east/north of the origin

    // 人民路 even numbers: the south (right) side of the west block, 2 at x = −600 to 60 at 0,
    // 12 m back from the centreline.
    const QPointF twelve(-600 + 600 * 10.0 / 58, -12);
    QTest::newRow("house number") << "人民路12号"
                                  << "人民路12号" << twelve;
    QTest::newRow("missing 号") << "人民路12"
                                << "人民路12号" << twelve;
    QTest::newRow("街 for 路") << "人民街12号"
                               << "人民路12号" << twelve;
    QTest::newRow("no kind") << "人民12号"
                             << "人民路12号" << twelve;
    QTest::newRow("Chinese numeral") << "人民路十二号"
                                     << "人民路12号" << twelve;
    QTest::newRow("full-width, spaces") << "人民路 １２ 号"
                                        << "人民路12号" << twelve;
    QTest::newRow("county prefix") << "汤阴县人民路12号"
                                   << "人民路12号" << twelve;
    QTest::newRow("pinyin initials") << "rml12"
                                     << "人民路12号" << twelve;
    QTest::newRow("pinyin") << "renminlu12hao"
                            << "人民路12号" << twelve;
    // Odd: the north (left) side; 61 starts the east block.
    QTest::newRow("odd, second block") << "人民路61号"
                                       << "人民路61号" << QPointF(0, 12);
    // 迎宾大道 runs north to south: odd on the east (left), 1 at the north end.
    QTest::newRow("路 for 大道") << "迎宾路1号"
                                 << "迎宾大道1号" << QPointF(612, 600);
    QTest::newRow("intersection") << "解放路与中华路交叉口"
                                  << "解放路与中华路交叉口" << QPointF(0, 600);
    QTest::newRow("intersection 和 路口") << "解放路和中华路路口"
                                          << "解放路与中华路交叉口" << QPointF(0, 600);
    QTest::newRow("intersection, no separator") << "人民路解放路交叉口"
                                                << "人民路与解放路交叉口" << QPointF(0, 0);
    QTest::newRow("offset and side") << "人民路与解放路交叉口向西180米北侧"
                                     << "人民路与解放路交叉口向西180米北侧" << QPointF(-180, 15);
    QTest::newRow("offset in Chinese numerals")
        << "人民路与解放路交叉口往东一百米"
        << "人民路与解放路交叉口向东100米" << QPointF(100, 0);
    QTest::newRow("place") << "第一中学"
                           << "第一中学" << QPointF(300, 300);
    QTest::newRow("gate") << "第一中学东门"
                          << "第一中学东门" << QPointF(390, 300);
    QTest::newRow("alias, side") << "一中北侧"
                                 << "第一中学北侧" << QPointF(300, 405);
    QTest::newRow("alias") << "县医院"
                           << "县人民医院" << QPointF(300, -300);
    QTest::newRow("和 inside a name") << "和平小区"
                                      << "和平小区" << QPointF(-300, -300);
    QTest::newRow("place pinyin initials") << "dyzx"
                                           << "第一中学" << QPointF(300, 300);
    QTest::newRow("homophone") << "仁民路12号"
                               << "人民路12号" << twelve;
    QTest::newRow("vague ending") << "县人民医院附近"
                                  << "县人民医院" << QPointF(300, -300);
}

void tst_GazetteerMatch::topMatch()
{
    QFETCH(QString, text);
    QFETCH(QString, label);
    QFETCH(QPointF, metres);
    const QList<Candidate> found = m_matcher.match(text);
    QVERIFY2(!found.isEmpty(), qPrintable(text));
    QCOMPARE(found.first().label, label);
    const double off = Cc::Geo::groundDistanceM(found.first().point, at(metres.x(), metres.y()));
    QVERIFY2(off < 1.0, qPrintable(QStringLiteral("%1 m off").arg(off)));
    for (qsizetype i = 1; i < found.size(); ++i)
        QVERIFY(found[i - 1].score >= found[i].score);
}

void tst_GazetteerMatch::typingShowsPrefixes()
{
    // Two characters already offer the streets and places that start with them.
    const QList<Candidate> found = m_matcher.match(QStringLiteral("人民"));
    QStringList labels;
    for (const Candidate &c : found)
        labels << c.label;
    QVERIFY2(labels.contains(QStringLiteral("人民路")), qPrintable(labels.join(u',')));
    QVERIFY2(labels.contains(QStringLiteral("人民路小学")), qPrintable(labels.join(u',')));
    // Half an intersection: the crossings of that street.
    const QList<Candidate> crossings = m_matcher.match(QStringLiteral("人民路与"));
    QVERIFY(!crossings.isEmpty());
    for (const Candidate &c : crossings)
        if (c.kind == Candidate::Kind::Intersection)
            QVERIFY(c.label.startsWith(QStringLiteral("人民路与")));
}

void tst_GazetteerMatch::farFetchedTextFindsNothing()
{
    QVERIFY(m_matcher.match(QStringLiteral("北京天安门广场")).isEmpty());
    QVERIFY(m_matcher.match(QString()).isEmpty());
    QVERIFY(m_matcher.match(QStringLiteral("zzzq")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_GazetteerMatch)
#include "tst_gazetteermatch.moc"
