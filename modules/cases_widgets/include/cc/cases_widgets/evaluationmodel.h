// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/evaluation.h>
#include <cc/cases/kpicomparison.h>

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace Cc::CasesWidgets {

/// A column of published figures (docs/kpi.md) after the grade: one indicator of
/// Core::figureValues as of now or as published, or a rate's change in percentage points
/// against the period before (环比) or the same period a year earlier (同比).
struct FigureColumn
{
    enum Source { Now, Published, PreviousPeriod, SamePeriodLastYear };
    QString id; ///< e.g. "close-rate"
    Source source = Now;
};

/// The figures behind the figure columns, by row key, and what each set is (for tooltips).
struct FigureSets
{
    Cases::FiguresByKey now, published, previous, lastYear;
    QString publishedText, previousText, lastYearText; ///< "published 2026-11-01 by …"
};

/// The rows of one evaluation (综合评价) as a table: name, post (post scope only), each
/// indicator of the scope, the composite score and the grade, then the figure columns.
/// Display values are rounded; SortRole carries the unrounded number so that a proxy sorts
/// 100.0 above 45.2.
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
    /// The figure columns and their data (kept across setRows()).
    void setFigureColumns(QList<FigureColumn> columns, FigureSets sets);
    /// The first column's title when it is not a department or grid (channels, classes …).
    void setNameTitle(const QString &title) { m_nameTitle = title; }
    const QList<Cases::EvaluationRow> &rows() const { return m_rows; }
    Cases::EvaluationScope scope() const { return m_scope; }

    int roleColumn() const { return m_scope == Cases::EvaluationScope::Post ? 1 : -1; }
    int firstIndicatorColumn() const { return roleColumn() < 0 ? 1 : 2; }
    int indicatorCount() const { return int(m_template.size()); }
    int scoreColumn() const { return firstIndicatorColumn() + indicatorCount(); }
    int gradeColumn() const { return scoreColumn() + 1; }
    int firstFigureColumn() const { return gradeColumn() + 1; }
    int figureColumnCount() const { return int(m_figureColumns.size()); }
    /// The model column of a figure column, or -1 when not shown.
    int figureColumn(const QString &id, FigureColumn::Source source) const;
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
    /// What a cell shows when nothing was due: "—", never 100 %.
    static QString noValue();

private:
    const Core::Indicator *indicator(int row, int column) const;
    const FigureColumn *figureColumnAt(int column) const;
    /// The value of a figure cell: the indicator, or the change for 环比/同比 columns.
    std::optional<double> figureCellValue(int row, const FigureColumn &column) const;
    QVariant figureData(int row, const FigureColumn &column, int role) const;
    QVariant figureHeader(const FigureColumn &column, int role) const;

    Cases::EvaluationScope m_scope = Cases::EvaluationScope::Department;
    QList<Cases::EvaluationRow> m_rows;
    QList<Core::Indicator> m_template;
    QList<FigureColumn> m_figureColumns;
    FigureSets m_figures;
    QString m_nameTitle;
};

} // namespace Cc::CasesWidgets
