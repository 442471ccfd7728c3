// SPDX-License-Identifier: GPL-3.0-or-later
#include "districts.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace Cc::Demo {

namespace {

constexpr int kMaxGridsPerCommunity = 99; // GB/T 30428.1: two digits per community
constexpr int kGridsPerCommunity = 60;    // close a community once it holds this many
constexpr int kResponsibilityCols = 7, kResponsibilityRows = 3;

/// Splits bands of the given weights into `groups` runs of about equal weight; bands of
/// no weight join their neighbour. Every group gets a band when there are enough.
QList<int> groupBands(const QList<double> &weights, int groups)
{
    QList<int> used;
    double total = 0;
    for (int i = 0; i < weights.size(); ++i) {
        if (weights[i] > 0)
            used << i, total += weights[i];
    }
    QList<int> groupOf(weights.size(), -1);
    const int m = int(used.size());
    double cumulative = 0;
    for (int g = 0, start = 0; g < groups && start < m; ++g) {
        int end = m;
        if (g + 1 < groups) {
            end = start + 1;
            cumulative += weights[used[start]];
            // Grow while the next band's middle stays below this group's share, and leave a
            // band for every group after it.
            while (end < m && m - end > groups - g - 1
                   && cumulative + weights[used[end]] / 2 < total * (g + 1) / groups)
                cumulative += weights[used[end++]];
        }
        for (int i = start; i < end; ++i)
            groupOf[used[i]] = g;
        start = end;
    }
    return groupOf;
}

QString padded(int n, int width)
{
    return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
}

class Divider
{
public:
    Divider(CityPlan &plan, const std::function<QString()> &newId) : m_plan(plan), m_newId(newId) {}

    Districts run(const QString &county, const QStringList &streetNames,
                  const QStringList &communityNames);

private:
    const TownLayout &town() const { return m_plan.town; }
    int cols() const { return int(town().colCuts.size()) - 1; }
    int rows() const { return int(town().rowCuts.size()) - 1; }
    void flushCommunity(QList<int> &grids, const QString &streetCode, int street);
    void divideResponsibility();

    CityPlan &m_plan;
    const std::function<QString()> &m_newId;
    Districts m_out;
    QStringList m_communityNames;
    int m_communitiesInStreet = 0;
};

void Divider::flushCommunity(QList<int> &grids, const QString &streetCode, int street)
{
    if (grids.isEmpty())
        return;
    const QString code = streetCode + padded(++m_communitiesInStreet, 3);
    std::sort(grids.begin(), grids.end(), [&](int a, int b) {
        const FineRect &ra = town().grids[a].rect, &rb = town().grids[b].rect;
        return ra.y1 != rb.y1 ? ra.y1 > rb.y1 : ra.x0 < rb.x0;
    });
    for (int i = 0; i < grids.size(); ++i) {
        Cell &cell = m_plan.cells[grids[i]];
        cell.communityCode = code;
        cell.street = street;
        cell.code = code + padded(i + 1, 2);
    }
    const QString name = m_communityNames[int(m_out.communities.size()) % m_communityNames.size()]
                         + QStringLiteral("社区");
    m_out.communities << Storage::CommunityRow{m_newId(),
                                               code,
                                               name,
                                               streetCode,
                                               {town().outlineOf(grids)}};
    grids.clear();
}

Districts Divider::run(const QString &county, const QStringList &streetNames,
                       const QStringList &communityNames)
{
    m_communityNames = communityNames;
    QList<double> colWeights(cols(), 0.0);
    for (const Block &b : town().blocks)
        for (int g : b.grids)
            colWeights[b.col] += town().grids[g].rect.areaM2();
    const QList<int> streetOfCol = groupBands(colWeights, int(streetNames.size()));
    // Blocks by street and row, west to east.
    std::map<std::pair<int, int>, QList<int>> blocksAt;
    for (int i = 0; i < town().blocks.size(); ++i) {
        const Block &b = town().blocks[i];
        blocksAt[{streetOfCol[b.col], b.row}] << i;
    }
    for (int s = 0; s < streetNames.size(); ++s) {
        const QString streetCode = county + padded(s + 1, 3);
        m_communitiesInStreet = 0;
        QList<int> current, streetGrids;
        for (int r = rows() - 1; r >= 0; --r) {
            QList<int> rowGrids;
            const QList<int> blocks = blocksAt[{s, r}];
            for (int b : blocks)
                rowGrids += town().blocks[b].grids;
            streetGrids += rowGrids;
            if (rowGrids.isEmpty()) {
                flushCommunity(current, streetCode, s); // the next row is not its neighbour
                continue;
            }
            if (current.size() + rowGrids.size() > kMaxGridsPerCommunity)
                flushCommunity(current, streetCode, s);
            if (rowGrids.size() <= kMaxGridsPerCommunity) {
                current += rowGrids;
            } else { // a row too full for one community: runs of its blocks
                for (int b : blocks) {
                    if (current.size() + town().blocks[b].grids.size() > kMaxGridsPerCommunity)
                        flushCommunity(current, streetCode, s);
                    current += town().blocks[b].grids;
                }
                flushCommunity(current, streetCode, s);
            }
            if (current.size() >= kGridsPerCommunity)
                flushCommunity(current, streetCode, s);
        }
        flushCommunity(current, streetCode, s);
        m_out.streets << Storage::StreetRow{m_newId(),
                                            streetCode,
                                            streetNames[s],
                                            {town().outlineOf(streetGrids)}};
    }
    divideResponsibility();
    return std::move(m_out);
}

void Divider::divideResponsibility()
{
    QList<double> rowWeights(rows(), 0.0);
    for (const Block &b : town().blocks)
        for (int g : b.grids)
            rowWeights[b.row] += town().grids[g].rect.areaM2();
    const QList<int> bandOfRow = groupBands(rowWeights, kResponsibilityRows);
    // From the north-west, as a person reads the map.
    for (int band = kResponsibilityRows - 1; band >= 0; --band) {
        QList<double> colWeights(cols(), 0.0);
        for (const Block &b : town().blocks)
            if (bandOfRow[b.row] == band)
                for (int g : b.grids)
                    colWeights[b.col] += town().grids[g].rect.areaM2();
        const QList<int> groupOfCol = groupBands(colWeights, kResponsibilityCols);
        for (int group = 0; group < kResponsibilityCols; ++group) {
            QList<int> grids;
            for (const Block &b : town().blocks)
                if (bandOfRow[b.row] == band && groupOfCol[b.col] == group)
                    grids += b.grids;
            if (grids.isEmpty())
                continue;
            const QString code = QStringLiteral("R") + padded(m_out.responsibility.size() + 1, 2);
            QList<int> votes(m_out.streets.size(), 0);
            for (int g : grids) {
                m_plan.cells[g].responsibilityCode = code;
                ++votes[m_plan.cells[g].street];
            }
            m_out.streetOfResponsibility
                << int(std::max_element(votes.begin(), votes.end()) - votes.begin());
            m_out.responsibility << Storage::ResponsibilityGridRow{
                m_newId(),
                code,
                QCoreApplication::translate("Cc::Demo", "Responsibility grid %1").arg(code.mid(1)),
                {town().outlineOf(grids)}};
        }
    }
}

} // namespace

Districts divideTown(CityPlan &plan, const QString &countyCode, const QStringList &streetNames,
                     const QStringList &communityNames, const std::function<QString()> &newId)
{
    return Divider(plan, newId).run(countyCode, streetNames, communityNames);
}

} // namespace Cc::Demo
