// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/overview/overviewpanel.h>

#include <cc/core/casestatemachine.h>

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cc::Overview {

OverviewPanel::OverviewPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *tiles = new QGridLayout;
    tiles->setSpacing(6);
    int i = 0;
    m_openCases = addTile(tiles, i++, QStringLiteral("openCases"), tr("Open cases"));
    m_overdue = addTile(tiles, i++, QStringLiteral("overdue"), tr("Overdue"), true);
    m_reportedToday = addTile(tiles, i++, QStringLiteral("reportedToday"), tr("Reported today"));
    m_closedToday = addTile(tiles, i++, QStringLiteral("closedToday"), tr("Closed today"));
    m_hung = addTile(tiles, i++, QStringLiteral("hung"), tr("Parked (挂账)"));
    m_unitGrids = addTile(tiles, i++, QStringLiteral("unitGrids"), tr("Unit grids"));
    m_responsibilityGrids = addTile(tiles, i++, QStringLiteral("responsibilityGrids"),
                                    tr("Responsibility grids"));
    m_communities = addTile(tiles, i++, QStringLiteral("communities"), tr("Communities"));
    m_departments = addTile(tiles, i++, QStringLiteral("departments"), tr("Departments"));
    m_cameras = addTile(tiles, i++, QStringLiteral("cameras"), tr("Cameras"));
    m_components = addTile(tiles, i++, QStringLiteral("components"), tr("Components"));
    m_collectors = addTile(tiles, i++, QStringLiteral("collectors"), tr("Collectors"));
    layout->addLayout(tiles);

    auto *title = new QLabel(tr("Cases by state"));
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    m_states = new QTableWidget(0, 2);
    m_states->setHorizontalHeaderLabels({tr("State"), tr("Cases")});
    m_states->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_states->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_states->verticalHeader()->hide();
    m_states->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_states->setSelectionMode(QAbstractItemView::NoSelection);
    m_states->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_states, 1);
}

QLabel *OverviewPanel::addTile(QGridLayout *grid, int index, const QString &id,
                               const QString &title, bool alarm)
{
    auto *tile = new QWidget;
    tile->setObjectName(alarm ? QStringLiteral("alarmTile") : QStringLiteral("tile"));
    tile->setAttribute(Qt::WA_StyledBackground);
    auto *v = new QVBoxLayout(tile);
    v->setContentsMargins(8, 6, 8, 6);
    auto *value = new QLabel(QStringLiteral("–"));
    value->setObjectName(QStringLiteral("tileValue"));
    value->setProperty("tileId", id); // lets tests and style sheets find a tile
    auto *caption = new QLabel(title);
    caption->setObjectName(QStringLiteral("tileCaption"));
    v->addWidget(value);
    v->addWidget(caption);
    grid->addWidget(tile, index / 3, index % 3);
    return value;
}

void OverviewPanel::setSnapshot(const CitySnapshot &snapshot)
{
    const Cases::Overview &o = snapshot.overview;
    const QLocale locale;
    const auto set = [&locale](QLabel *label, qint64 n) { label->setText(locale.toString(n)); };
    set(m_openCases, o.openCases);
    set(m_overdue, o.overdueCases);
    set(m_reportedToday, o.reportedToday);
    set(m_closedToday, o.closedToday);
    set(m_hung, o.hungCases);
    set(m_unitGrids, o.unitGrids);
    set(m_responsibilityGrids, o.responsibilityGrids);
    set(m_communities, o.communities);
    set(m_departments, o.departments);
    set(m_cameras, o.cameras);
    set(m_components, o.components);
    set(m_collectors, o.collectors);

    m_states->setRowCount(0);
    for (const auto &[state, count] : o.casesByState) {
        const int row = m_states->rowCount();
        m_states->insertRow(row);
        m_states->setItem(row, 0, new QTableWidgetItem(Core::stateName(Core::stateFromId(state))));
        auto *n = new QTableWidgetItem(locale.toString(count));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_states->setItem(row, 1, n);
    }
}

} // namespace Cc::Overview
