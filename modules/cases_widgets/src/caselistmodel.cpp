// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/caselistmodel.h>

#include <cc/core/casestatemachine.h>

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QTableView>

namespace Cc::CasesWidgets {

namespace {

const QColor kYellow(255, 236, 153);
const QColor kRed(255, 190, 190);

const char kListTime[] = "MM-dd HH:mm"; // the year is in the tooltip
const char kFullTime[] = "yyyy-MM-dd HH:mm";

/// Hides the least needed columns while the view is narrower than what the shown columns
/// need, shows them again when it grows.
class ColumnFitter : public QObject
{
public:
    explicit ColumnFitter(QTableView *view) : QObject(view), m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            fit();
        return false;
    }

    void fit()
    {
        const QFontMetrics fm = m_view->fontMetrics();
        const int minAddress = fm.horizontalAdvance(QLatin1Char('M')) * 8;
        const int available = m_view->viewport()->width();
        QList<CaseListModel::Column> hidden;
        // A hidden column reports width 0: remember what each had when shown.
        for (int c = 0; c < CaseListModel::ColumnCount; ++c) {
            if (!m_view->isColumnHidden(c))
                m_widths[c] = m_view->columnWidth(c);
        }
        const auto needed = [&] {
            int sum = minAddress;
            for (int c = 0; c < CaseListModel::ColumnCount; ++c) {
                if (c != CaseListModel::Address && !hidden.contains(CaseListModel::Column(c)))
                    sum += m_widths.value(c);
            }
            return sum;
        };
        for (CaseListModel::Column c : CaseListModel::hidingOrder()) {
            if (needed() <= available)
                break;
            hidden << c;
        }
        for (int c = 0; c < CaseListModel::ColumnCount; ++c)
            m_view->setColumnHidden(c, hidden.contains(CaseListModel::Column(c)));
    }

private:
    QTableView *m_view;
    QHash<int, int> m_widths;
};

} // namespace

QList<CaseListModel::Column> CaseListModel::hidingOrder()
{
    return {Level, Category, State};
}

void CaseListModel::setUpView(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(Address, QHeaderView::Stretch);
    header->setMinimumSectionSize(view->fontMetrics().horizontalAdvance(QStringLiteral("MMM")));
    // Widths from the font (Chinese glyphs are wider than Latin ones): enough for the
    // usual content, the rest elided with the full text in the tooltip.
    const QFontMetrics fm = view->fontMetrics();
    const int pad = 16;
    const auto text = [&fm, pad](const QString &sample) {
        return fm.horizontalAdvance(sample) + pad;
    };
    const QString ideographs4 = QStringLiteral("\u6848\u5377\u7F16\u53F7");
    const QList<QPair<int, int>> widths = {{Number, text(QStringLiteral("2026-0000000"))},
                                           {State,
                                            text(ideographs4 + QStringLiteral("\u6848\u5377"))},
                                           {Category,
                                            text(ideographs4 + QStringLiteral("\u6848\u5377"))},
                                           {Level, text(ideographs4)},
                                           {Department, text(ideographs4 + ideographs4)},
                                           {Reported, text(QStringLiteral("00-00 00:00"))},
                                           {Deadline, text(QStringLiteral("00-00 00:00"))}};
    for (const auto &[column, width] : widths)
        view->setColumnWidth(column, width);
    new ColumnFitter(view);
}

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

void CaseListModel::setRows(const QList<Cases::CaseListRow> &rows)
{
    beginResetModel();
    m_filter = {};
    m_rows = rows;
    m_warnings.clear();
    const QDateTime t = now();
    for (const Cases::CaseListRow &row : rows)
        m_warnings.append(Cases::warningFor(row, m_categories, m_calendar, t));
    m_cursor.reset();
    m_atEnd = true;
    m_error.clear();
    endResetModel();
}

void CaseListModel::setRows(const QList<Cases::CaseSummary> &cases)
{
    QList<Cases::CaseListRow> rows;
    rows.reserve(cases.size());
    for (const Cases::CaseSummary &c : cases) {
        Cases::CaseListRow r;
        r.id = c.id;
        r.number = c.number;
        r.state = c.state;
        r.channel = c.channel;
        r.categoryKey = c.categoryKey;
        r.level = c.level;
        r.address = c.address;
        r.departmentName = c.departmentName;
        r.reportedAt = c.reportedAt;
        r.stageDeadline = c.stageDeadline;
        r.overdue = c.overdue;
        rows << r;
    }
    setRows(rows);
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
        return toolTip(c, warning, index.column());
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    return cellText(c, index.column(), QString::fromLatin1(kListTime));
}

QString CaseListModel::toolTip(const Cases::CaseListRow &c, Cases::Warning warning,
                               int column) const
{
    // The full text of what may be elided, the case's description, and the warning.
    QStringList lines;
    if (column != Number && column != Address)
        lines << cellText(c, column, QString::fromLatin1(kFullTime));
    lines << tr("Case %1 · %2").arg(c.number, c.address);
    if (!c.description.isEmpty())
        lines << c.description;
    if (warning == Cases::Warning::Red)
        lines << tr("Overdue: the running stage is past its deadline");
    else if (warning == Cases::Warning::Yellow)
        lines << tr("Warning: 80 % of the stage's time limit is used");
    return lines.join(QLatin1Char('\n'));
}

QString CaseListModel::cellText(const Cases::CaseListRow &c, int column,
                                const QString &timeFormat) const
{
    const QTimeZone zone = m_calendar.timeZone();
    const auto time = [&zone, &timeFormat](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(zone).toString(timeFormat) : QString();
    };
    switch (column) {
    case Number:
        return c.number;
    case State:
        return Core::stateName(Core::stateFromId(c.state));
    case Category: {
        const Core::Category *category = m_categories.findByKey(c.categoryKey);
        if (!category)
            return c.categoryKey;
        return QLocale().language() == QLocale::Chinese ? category->nameZh : category->nameEn;
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
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    //: 案卷编号
    case Number:
        return tr("Case no.");
    //: 状态
    case State:
        return tr("State");
    //: 类别 (小类 name)
    case Category:
        return tr("Category");
    //: 等级
    case Level:
        return tr("Level");
    //: 地址
    case Address:
        return tr("Address");
    //: 专业部门
    case Department:
        return tr("Department");
    //: 上报时间
    case Reported:
        return tr("Reported");
    //: 时限
    case Deadline:
        return tr("Deadline");
    default:
        return {};
    }
}

} // namespace Cc::CasesWidgets
