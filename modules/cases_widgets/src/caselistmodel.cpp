// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/caselistmodel.h>

#include <cc/core/casestatemachine.h>

#include <QBrush>
#include <QColor>

namespace Cc::CasesWidgets {

namespace {

const QColor kYellow(255, 236, 153);
const QColor kRed(255, 190, 190);

} // namespace

CaseListModel::CaseListModel(Storage::Database &db, const Core::CategoryDictionary &categories,
                             const Core::WorkCalendar &calendar, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(db)
    , m_categories(categories)
    , m_calendar(calendar)
{}

QDateTime CaseListModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void CaseListModel::setNow(const QDateTime &now)
{
    m_now = now.toUTC();
    const QDateTime t = this->now();
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_warnings[i] = Cases::warningFor(m_rows[i], m_categories, m_calendar, t);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

bool CaseListModel::setFilter(const Cases::CaseFilter &filter, Cases::CaseOrder order)
{
    beginResetModel();
    m_filter = filter;
    m_order = order;
    m_rows.clear();
    m_warnings.clear();
    m_cursor.reset();
    m_atEnd = false;
    m_error.clear();
    endResetModel();
    return loadPage();
}

bool CaseListModel::loadPage()
{
    Cases::CaseFilter filter = m_filter;
    if (!filter.now.isValid())
        filter.now = now();
    auto page = m_query.page(filter, m_order, m_cursor, kPageSize);
    if (!page) {
        m_atEnd = true; // do not let the view retry in a loop
        m_error = page.error().message;
        emit loadFailed(m_error);
        return false;
    }
    const QList<Cases::CaseListRow> &rows = page.value();
    m_atEnd = rows.size() < kPageSize;
    if (rows.isEmpty())
        return true;
    m_cursor = Cases::CaseQuery::cursorAfter(rows.last(), m_order);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    const QDateTime t = now();
    for (const Cases::CaseListRow &row : rows) {
        m_rows.append(row);
        m_warnings.append(Cases::warningFor(row, m_categories, m_calendar, t));
    }
    endInsertRows();
    return true;
}

const Cases::CaseListRow *CaseListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CaseListModel::rowOf(const QString &caseId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == caseId)
            return int(i);
    }
    return -1;
}

Cases::Warning CaseListModel::warningAt(int row) const
{
    return row >= 0 && row < m_warnings.size() ? m_warnings[row] : Cases::Warning::None;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadPage();
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Cases::CaseListRow &c = m_rows[index.row()];
    const Cases::Warning warning = m_warnings[index.row()];
    switch (role) {
    case CaseIdRole:
        return c.id;
    case StateIdRole:
        return c.state;
    case WarningRole:
        return int(warning);
    case Qt::BackgroundRole:
        if (warning == Cases::Warning::Red)
            return QBrush(kRed);
        if (warning == Cases::Warning::Yellow)
            return QBrush(kYellow);
        return {};
    case Qt::ForegroundRole:
        // The colours above are light: keep the text dark on them whatever the palette.
        return warning == Cases::Warning::None ? QVariant() : QVariant(QBrush(Qt::black));
    case Qt::ToolTipRole:
        if (warning == Cases::Warning::Red)
            return tr("Overdue: the running stage is past its deadline");
        if (warning == Cases::Warning::Yellow)
            return tr("Warning: 80 % of the stage's time limit is used");
        return c.description;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QTimeZone zone = m_calendar.timeZone();
    const auto time = [&zone](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    };
    switch (index.column()) {
    case Number:
        return c.number;
    case State:
        return Core::stateName(Core::stateFromId(c.state));
    case Category: {
        const Core::Category *category = m_categories.findByKey(c.categoryKey);
        return category ? category->nameZh : c.categoryKey;
    }
    case Level:
        return Core::levelName(Core::levelFromId(c.level));
    case Address:
        return c.address;
    case Department:
        return c.departmentName;
    case Reported:
        return time(c.reportedAt);
    case Deadline:
        return time(c.stageDeadline);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: 案卷编号
    case Number: return tr("Case no.");
    //: 状态
    case State: return tr("State");
    //: 类别 (小类 name)
    case Category: return tr("Category");
    //: 等级
    case Level: return tr("Level");
    //: 地址
    case Address: return tr("Address");
    //: 专业部门
    case Department: return tr("Department");
    //: 上报时间
    case Reported: return tr("Reported");
    //: 时限
    case Deadline: return tr("Deadline");
    default: return {};
    }
}

} // namespace Cc::CasesWidgets
