// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/overview/citysnapshot.h>

#include <QWidget>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace Cc::Overview {

/// The city at a glance: inventory tiles and cases per workflow state.
class OverviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPanel(QWidget *parent = nullptr);
    void setSnapshot(const CitySnapshot &snapshot);

private:
    QLabel *addTile(QGridLayout *grid, int index, const QString &id, const QString &title,
                    bool alarm = false);

    QLabel *m_unitGrids, *m_responsibilityGrids, *m_communities, *m_departments;
    QLabel *m_cameras, *m_components, *m_collectors, *m_openCases;
    QLabel *m_overdue, *m_reportedToday, *m_closedToday, *m_hung;
    QTableWidget *m_states;
};

} // namespace Cc::Overview
