// SPDX-License-Identifier: GPL-3.0-or-later
#include "streetnetwork.h"

#include <QSet>

#include <cmath>
#include <random>

namespace Cc::Demo {

namespace {

constexpr int kBlockCells = 4;       // a street every four cells (~600 m), as the case addresses
constexpr double kCellM = 149.0;     // the lattice's cell (cityplan.cpp)
constexpr double kDoorEveryM = 20.0; // one door per side every 20 m
constexpr double kAlleyDoorEveryM = 15.0;
constexpr double kAlleyShare = 0.3; // blocks with an alley through their middle

struct PlaceSpec
{
    const char *name, *aliases, *kind;
    double extentM;
};

/// The county town's places; aliases are what callers say ("一中", "县医院").
QList<PlaceSpec> placeSpecs()
{
    return {
        {"第一中学", "一中|县一中|汤阴一中", "school", 90},
        {"第二中学", "二中|县二中", "school", 80},
        {"第三中学", "三中", "school", 70},
        {"实验中学", "实验初中", "school", 70},
        {"第一小学", "一小|城关一小", "school", 50},
        {"第二小学", "二小", "school", 50},
        {"实验小学", "实小", "school", 50},
        {"人民路小学", "", "school", 45},
        {"育才小学", "", "school", 45},
        {"职业中专", "职专|县职专", "school", 80},
        {"县人民医院", "人民医院|县医院", "hospital", 80},
        {"县中医院", "中医院", "hospital", 60},
        {"妇幼保健院", "妇幼|妇幼保健站", "hospital", 45},
        {"东关农贸市场", "东关菜市场|东关市场", "market", 50},
        {"西关农贸市场", "西关菜市场|西关市场", "market", 50},
        {"南关市场", "南关菜市场", "market", 40},
        {"城北批发市场", "批发市场", "market", 70},
        {"汤阴商贸城", "商贸城", "market", 80},
        {"锦绣花园", "锦绣花园小区", "compound", 110},
        {"阳光小区", "", "compound", 100},
        {"幸福家园", "", "compound", 100},
        {"和平小区", "", "compound", 90},
        {"森林半岛", "建业森林半岛", "compound", 120},
        {"名门世家", "", "compound", 90},
        {"金桥花苑", "", "compound", 90},
        {"书香苑", "书香苑小区", "compound", 80},
        {"翠苑小区", "翠苑", "compound", 90},
        {"紫薇苑", "", "compound", 80},
        {"银杏家园", "", "compound", 90},
        {"明珠花园", "", "compound", 100},
        {"滨河小区", "", "compound", 110},
        {"朝阳小区", "", "compound", 90},
        {"康乐园", "康乐园小区", "compound", 80},
        {"富民小区", "", "compound", 90},
        {"春晖小区", "", "compound", 80},
        {"学府名苑", "", "compound", 90},
        {"县人民政府", "县政府|汤阴县政府", "landmark", 70},
        {"岳飞纪念馆", "岳飞庙|岳庙", "landmark", 60},
        {"文化广场", "", "landmark", 80},
        {"汽车站", "汽车客运站|客运站", "landmark", 50},
        {"火车站", "汤阴站", "landmark", 60},
        {"人民公园", "公园", "landmark", 120},
        {"体育场", "体育中心", "landmark", 90},
        {"县图书馆", "图书馆", "landmark", 35},
        {"新华书店", "", "landmark", 25},
        {"邮政局", "邮局", "landmark", 25},
    };
}

QStringList alleyPrefixes()
{
    return QStringLiteral("东关 西关 南关 北关 文庙 鼓楼 仓前 书院 药王 府前 马道 槐树")
        .split(QLatin1Char(' '));
}

QString numeral(int n)
{
    static const QStringList digits = QStringLiteral("一 二 三 四 五 六 七 八 九")
                                          .split(QLatin1Char(' '));
    return digits[(n - 1) % digits.size()];
}

class NetworkBuilder
{
public:
    NetworkBuilder(const QSet<qint64> &county, quint64 seed) : m_cells(county), m_random(seed) {}

    DemoNetwork build()
    {
        // The town's names where a town has them: 人民路, 中华路 and 解放路 through the
        // centre, the ring roads (环路) outside (the county reaches rows 4–46, cols 5–56),
        // 汤河路 along the river's south bank.
        m_net.eastWest = QStringLiteral("南环路 富民路 迎宾大道 汤河路 和平路 岳飞街 人民路 "
                                        "中华路 建设路 文化路 光明路 北环路")
                             .split(u' ');
        m_net.northSouth = QStringLiteral("西环路 学府路 扁鹊路 精忠路 新华路 育才路 解放路 "
                                          "羑里大道 胜利路 朝阳路 康乐路 锦绣路 长青路 东环路")
                               .split(u' ');
        for (int k = 1; k * kBlockCells < 50 && k <= m_net.eastWest.size(); ++k)
            addRoad(m_net.eastWest[k - 1], isArterial(m_net.eastWest[k - 1], k), k * kBlockCells,
                    true);
        for (int k = 1; k * kBlockCells < 60 && k <= m_net.northSouth.size(); ++k)
            addRoad(m_net.northSouth[k - 1], isArterial(m_net.northSouth[k - 1], k),
                    k * kBlockCells, false);
        addAlleysAndPlaces();
        return std::move(m_net);
    }

private:
    static bool isArterial(const QString &name, int k)
    {
        return k % 2 == 1 || name.contains(u'环') || name.endsWith(QStringLiteral("大道"));
    }
    bool in(int col, int row) const { return m_cells.contains(cellKey(col, row)); }
    double uniform() { return double(m_random() % 1000000) / 1000000.0; }
    static QPointF plan(double col, double row) { return {col * kFinePerCell, row * kFinePerCell}; }

    void addStreet(Gazetteer::Street s, const QPointF &a, const QPointF &z)
    {
        s.line = townLine(a, z, 2.0);
        s.source = QString::fromLatin1(kDemoGazetteerSource);
        m_net.gazetteer.streets << s;
        m_net.planLines << QLineF(a, z);
    }

    /// One road along a lattice line: west→east (`eastWest`, at row line `at`) or
    /// north→south (at col line `at`), one row per block, numbers running on.
    void addRoad(const QString &name, bool arterial, int at, bool eastWest)
    {
        const int length = eastWest ? 60 : 50;
        QList<int> edges; // positions along the line where a cell borders it
        for (int i = 0; i < length; ++i) {
            const bool present = eastWest ? (in(i, at - 1) || in(i, at))
                                          : (in(at - 1, i) || in(at, i));
            if (present)
                edges << i;
        }
        if (edges.isEmpty())
            return;
        // The county is convex along a line: one run from the first to the last edge.
        QList<int> cuts{edges.first()};
        for (int i = edges.first() + 1; i <= edges.last(); ++i)
            if (i % kBlockCells == 0)
                cuts << i;
        cuts << edges.last() + 1;
        if (!eastWest)
            std::reverse(cuts.begin(), cuts.end()); // numbered from the north
        int doors = 0;
        for (int b = 1; b < cuts.size(); ++b) {
            const int from = cuts[b - 1], to = cuts[b];
            const int n = std::max(1, int(std::lround(std::abs(to - from) * kCellM / kDoorEveryM)));
            // A stretch with the county on one side only at its middle runs along the edge
            // of town: fields beyond, no street. Its doors are still counted, so the numbers
            // further on stay where they were.
            // (Around its middle: a bent street's chord strays from it by up to a quarter cell.)
            const double middle = (from + to) / 2.0;
            bool inside = true;
            for (const int i : {int(std::floor(middle - 0.25)), int(std::floor(middle + 0.25))})
                inside = inside
                         && (eastWest ? in(i, at) && in(i, at - 1) : in(at, i) && in(at - 1, i));
            if (!inside) {
                doors += n;
                continue;
            }
            Gazetteer::Street s;
            s.name = name;
            if (name.endsWith(QStringLiteral("大道")))
                s.aliases << name.chopped(2) + QStringLiteral("路");
            s.kind = arterial ? QStringLiteral("arterial") : QStringLiteral("secondary");
            s.leftFrom = 2 * doors + 1; // 左单右双
            s.leftTo = 2 * (doors + n) - 1;
            s.rightFrom = 2 * doors + 2;
            s.rightTo = 2 * (doors + n);
            addStreet(s, eastWest ? plan(from, at) : plan(at, from),
                      eastWest ? plan(to, at) : plan(at, to));
            doors += n;
        }
    }

    bool wholeBlock(int j, int k) const
    {
        for (int c = j * kBlockCells; c < (j + 1) * kBlockCells; ++c)
            for (int r = k * kBlockCells; r < (k + 1) * kBlockCells; ++r)
                if (!in(c, r))
                    return false;
        return true;
    }

    void addAlleysAndPlaces()
    {
        QList<QPoint> blocks; // whole blocks off the river
        for (int k = 0; (k + 1) * kBlockCells <= 50; ++k)
            for (int j = 0; (j + 1) * kBlockCells <= 60; ++j)
                if (k != kRiverBlockRow && wholeBlock(j, k))
                    blocks.append({j, k});
        const QStringList prefixes = alleyPrefixes();
        int alleys = 0;
        QList<QPoint> alleyCandidates;
        for (const QPoint &b : blocks) {
            if (uniform() < kAlleyShare)
                alleyCandidates << b;
        }
        // Places: a walled quarter of a block each (so an alley through the middle misses
        // them), blocks in a seeded order (Fisher–Yates with the generator's own draws).
        for (qsizetype i = blocks.size() - 1; i > 0; --i)
            std::swap(blocks[i], blocks[qsizetype(m_random() % quint64(i + 1))]);
        const QList<PlaceSpec> specs = placeSpecs();
        for (qsizetype i = 0; i < specs.size() && i < blocks.size(); ++i) {
            const QPoint b = blocks[i];
            const int quarterCol = b.x() * kBlockCells + 2 * int(m_random() % 2);
            const int quarterRow = b.y() * kBlockCells + 2 * int(m_random() % 2);
            Gazetteer::Place p;
            p.name = QString::fromUtf8(specs[i].name);
            p.aliases = QString::fromUtf8(specs[i].aliases).split(u'|', Qt::SkipEmptyParts);
            p.kind = QString::fromLatin1(specs[i].kind);
            p.point = townLonLat(plan(quarterCol + 1, quarterRow + 1));
            p.extentM = specs[i].extentM;
            p.source = QString::fromLatin1(kDemoGazetteerSource);
            m_net.gazetteer.places << p;
            const FineRect lot{quarterCol * kFinePerCell, quarterRow * kFinePerCell,
                               (quarterCol + 2) * kFinePerCell, (quarterRow + 2) * kFinePerCell};
            m_net.placeLots << lot;
            m_net.placeBlocks << b;
        }
        // An alley runs through a block's middle: not through a walled place's block.
        for (const QPoint &b : std::as_const(alleyCandidates)) {
            if (m_net.placeBlocks.contains(b))
                continue;
            const int row = b.y() * kBlockCells + kBlockCells / 2;
            Gazetteer::Street s;
            s.name = prefixes[alleys % prefixes.size()] + numeral(alleys / prefixes.size() + 1)
                     + QStringLiteral("巷");
            s.kind = QStringLiteral("alley");
            const int n = int(std::lround(kBlockCells * kCellM / kAlleyDoorEveryM));
            s.leftFrom = 1;
            s.leftTo = 2 * n - 1;
            s.rightFrom = 2;
            s.rightTo = 2 * n;
            addStreet(s, plan(b.x() * kBlockCells, row), plan((b.x() + 1) * kBlockCells, row));
            m_net.alleyBlocks << b;
            ++alleys;
        }
    }

    QSet<qint64> m_cells;
    std::mt19937_64 m_random;
    DemoNetwork m_net;
};

} // namespace

DemoNetwork demoStreetNetwork(const QSet<qint64> &county, quint64 seed)
{
    return NetworkBuilder(county, seed).build();
}

double streetHalfWidthM(const QString &kind)
{
    if (kind == QLatin1String("arterial"))
        return 15.0;
    if (kind == QLatin1String("alley"))
        return 3.5;
    return 9.0;
}

} // namespace Cc::Demo
