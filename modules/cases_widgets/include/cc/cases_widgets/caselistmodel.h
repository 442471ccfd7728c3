// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/casequery.h>
#include <cc/cases/overview.h>
#include <cc/core/category.h>
#include <cc/core/workcalendar.h>
#include <cc/storage/database.h>

#include <QAbstractTableModel>

class QTableView;
#include <QDateTime>

#include <optional>

namespace Cc::CasesWidgets {

/// The app's one case table. Over a filter it lists any number of rows: loads pages of
/// kPageSize with keyset cursors as the view scrolls (canFetchMore/fetchMore), never the whole
/// table. Given rows (the shell's short newest/overdue lists) it shows just those, with the
/// same columns, headers, colours and tooltips.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Number,
        State,
        Category,
        Level,
        Address,
        Department,
        Reported,
        Deadline,
        ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1, WarningRole /*int(Cases::Warning)*/, StateIdRole };
    static constexpr int kPageSize = 200;
    /// Columns in the order a narrow view hides them (least needed first); the number,
    /// report time, department and deadline stay (a 1366×768 desk must see them).
    static QList<Column> hidingOrder();

    /// Sets up a table for this model: widths from the font, elided cells with the full text
    /// in their tooltips, and columns hidden by hidingOrder() when the view is too narrow.
    static void setUpView(QTableView *view);

    CaseListModel(Storage::Database &db, const Core::CategoryDictionary &categories,
                  const Core::WorkCalendar &calendar, QObject *parent = nullptr);

    /// Shows the cases of `filter` from the first page; false (see lastError()) on failure.
    bool setFilter(const Cases::CaseFilter &filter,
                   Cases::CaseOrder order = Cases::CaseOrder::NewestFirst);
    bool reload() { return setFilter(m_filter, m_order); }
    /// Shows exactly these cases (no paging), e.g. the overview's newest and overdue lists.
    void setRows(const QList<Cases::CaseListRow> &rows);
    void setRows(const QList<Cases::CaseSummary> &cases);
    const Cases::CaseFilter &filter() const { return m_filter; }
    Cases::CaseOrder order() const { return m_order; }
    /// Decides the warning colours (and "overdue" in the filter when it has no time).
    void setNow(const QDateTime &now);
    QString lastError() const { return m_error; }

    const Cases::CaseListRow *rowAt(int row) const;
    int rowOf(const QString &caseId) const; ///< among the loaded rows; -1 if not loaded
    Cases::Warning warningAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    bool loadPage();
    QString cellText(const Cases::CaseListRow &row, int column, const QString &timeFormat) const;
    QString toolTip(const Cases::CaseListRow &row, Cases::Warning warning, int column) const;
    QDateTime now() const;

    Cases::CaseQuery m_query;
    const Core::CategoryDictionary &m_categories;
    const Core::WorkCalendar &m_calendar;
    Cases::CaseFilter m_filter;
    Cases::CaseOrder m_order = Cases::CaseOrder::NewestFirst;
    QList<Cases::CaseListRow> m_rows;
    QList<Cases::Warning> m_warnings; ///< per row, computed on load (working-time arithmetic)
    std::optional<Cases::PageCursor> m_cursor;
    bool m_atEnd = true;
    QDateTime m_now;
    QString m_error;
};

} // namespace Cc::CasesWidgets
