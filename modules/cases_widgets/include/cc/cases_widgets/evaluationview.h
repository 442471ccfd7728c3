// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/evaluation.h>
#include <cc/city/citycontext.h>
#include <cc/core/role.h>
#include <cc/storage/database.h>

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace Cc::CasesWidgets {

/// The rows of one evaluation (综合评价) as a table: name, post (post scope only), each
/// indicator of the scope, the composite score and the grade. Display values are rounded;
/// SortRole carries the unrounded number so that a proxy sorts 100.0 above 45.2.
class EvaluationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole;

    explicit EvaluationModel(QObject *parent = nullptr);

    /// `indicatorTemplate` names the indicator columns (the scope's, or one post's); empty
    /// for the mixed post view, whose posts have different indicators (they are in the
    /// score's tooltip instead).
    void setRows(Cases::EvaluationScope scope, QList<Cases::EvaluationRow> rows,
                 QList<Core::Indicator> indicatorTemplate);
    const QList<Cases::EvaluationRow> &rows() const { return m_rows; }
    Cases::EvaluationScope scope() const { return m_scope; }

    int roleColumn() const { return m_scope == Cases::EvaluationScope::Post ? 1 : -1; }
    int firstIndicatorColumn() const { return roleColumn() < 0 ? 1 : 2; }
    int indicatorCount() const { return int(m_template.size()); }
    int scoreColumn() const { return firstIndicatorColumn() + indicatorCount(); }
    int gradeColumn() const { return scoreColumn() + 1; }
    /// The indicator shown in `column`, or -1 when the column shows no indicator.
    int indicatorAt(int column) const;
    /// Percentage columns get a "(%)" unit in exports; count scores do not.
    bool isPercentColumn(int column) const;
    /// The cell as exported: rounded as shown, '.' decimals whatever the locale, no '%'.
    QString exportText(int row, int column) const;
    /// The column title on one line, with "(%)" on percentage columns.
    QString exportHeader(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QColor gradeColor(QChar grade);

private:
    const Core::Indicator *indicator(int row, int column) const;

    Cases::EvaluationScope m_scope = Cases::EvaluationScope::Department;
    QList<Cases::EvaluationRow> m_rows;
    QList<Core::Indicator> m_template;
};

/// 综合评价: the KPIs of docs/domain.md §7 for a period, per department, responsibility grid or
/// post, as a sortable table beside a bar chart of the composite scores, exported to CSV
/// or PDF. Days are the city's days (its context's time zone, as the overview's).
class EvaluationView : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationView(const City::CityContext &city, QWidget *parent = nullptr);
    ~EvaluationView() override;

    enum class Preset { ThisMonth, LastMonth, ThisQuarter, ThisYear, Last12Months };
    Q_ENUM(Preset)

    Cases::EvaluationScope scope() const;
    void setScope(Cases::EvaluationScope scope);
    /// Post scope only: show one post (its own indicator columns), or all posts grouped
    /// by post with Core::Role::Invalid.
    Core::Role postRole() const { return m_postRole; }
    void setPostRole(Core::Role role);
    QDate from() const;
    QDate to() const; ///< inclusive: the period is [from 00:00, to + 1 day 00:00) city time
    void setPeriod(QDate from, QDate to);
    void applyPreset(Preset preset);
    /// The "now" that decides what is overdue and what "this month" is; invalid (the
    /// default) means the current time at each evaluation.
    void setNow(const QDateTime &now);
    QDateTime now() const;
    QTimeZone cityTimeZone() const { return m_zone; }
    /// false: errors are only emitted through errorOccurred, no message box (tests, batch).
    void setInteractive(bool interactive) { m_interactive = interactive; }

    EvaluationModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The chart as drawn: one label and score per bar, top to bottom (the test and the
    /// app read it without depending on Qt Charts).
    QStringList chartCategories() const;
    QList<double> chartValues() const;

    bool exportCsv(const QString &file);
    bool exportPdf(const QString &file);

public slots:
    bool evaluate();
    void exportCsvInteractive();
    void exportPdfInteractive();

signals:
    void evaluated(int rows);
    void errorOccurred(const QString &message);

private:
    void buildUi();
    void scheduleEvaluate();
    void showRows();
    void rebuildChart();
    QChart *createChart(const QList<Cases::EvaluationRow> &rows) const;
    QList<Cases::EvaluationRow> visibleRows() const;
    bool ensureEvaluated();
    QList<int> exportColumns() const; ///< model columns as the table shows them
    QList<int> exportRows() const;    ///< model rows in the table's sort order
    QString suggestedFileName(const QString &suffix) const;
    QString scopeTitle() const;
    QString reportTitle() const;
    QDate today() const;
    bool fail(const QString &message);

    const City::CityContext &m_city;
    Storage::Database &m_db;
    QTimeZone m_zone;
    QDateTime m_now;
    bool m_interactive = true;
    Core::Role m_postRole = Core::Role::Invalid;
    Cases::EvaluationScope m_rowsScope = Cases::EvaluationScope::Invalid;
    QList<Cases::EvaluationRow> m_allRows; ///< the last successful evaluation, all posts
    bool m_dirty = true; ///< the toolbar changed since the rows were computed

    QComboBox *m_scopeBox = nullptr;
    QComboBox *m_roleBox = nullptr;
    QAction *m_roleAction = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLabel *m_summary = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    QChartView *m_chartView = nullptr;
    EvaluationModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTimer *m_evaluateTimer = nullptr;
};

} // namespace Cc::CasesWidgets
