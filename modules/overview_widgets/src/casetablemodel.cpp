// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/overview/casetablemodel.h>

#include <cc/core/casestatemachine.h>

#include <QBrush>
#include <QColor>

namespace Cc::Overview {

CaseTableModel::CaseTableModel(const Core::CategoryDictionary &categories, const QTimeZone &zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_categories(categories)
    , m_zone(zone)
{}

void CaseTableModel::setCases(const QList<Cases::CaseSummary> &cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size())
        return {};
    const Cases::CaseSummary &c = m_cases[index.row()];
    if (role == Qt::ForegroundRole && c.overdue)
        return QBrush(QColor(0xd9, 0x36, 0x3e));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto time = [this](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(m_zone).toString(QStringLiteral("MM-dd HH:mm")) : QString();
    };
    switch (index.column()) {
    case Number: return c.number;
    case State: return Core::stateName(Core::stateFromId(c.state));
    case Category: {
        const Core::Category *category = m_categories.findByKey(c.categoryKey);
        return category ? category->nameZh : c.categoryKey;
    }
    case Level: return Core::levelName(Core::levelFromId(c.level));
    case Address: return c.address;
    case Department: return c.departmentName;
    case Reported: return time(c.reportedAt);
    case Deadline: return c.overdue ? tr("%1 (overdue)").arg(time(c.stageDeadline)) : time(c.stageDeadline);
    default: return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Case no.");
    case State: return tr("State");
    case Category: return tr("Category");
    case Level: return tr("Level");
    case Address: return tr("Address");
    case Department: return tr("Department");
    case Reported: return tr("Reported");
    case Deadline: return tr("Deadline");
    default: return {};
    }
}

} // namespace Cc::Overview
