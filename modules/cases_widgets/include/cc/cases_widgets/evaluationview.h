// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/evaluation.h>
#include <cc/cases/kpicomparison.h>
#include <cc/cases/kpifigures.h>
#include <cc/cases_widgets/evaluationbulletindialog.h>
#include <cc/cases_widgets/evaluationmodel.h>
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

#include <optional>

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
class QToolBar;
QT_END_NAMESPACE

namespace Cc::CasesWidgets {

/// 综合评价: the KPIs of docs/domain.md §7 for a period, per department, region level or
/// post, and the published figures (docs/kpi.md) per channel, kind or 大类, as a sortable
/// table beside a bar chart (composite scores or 结案率 with its target line), with "as
/// published" beside "as of now", 环比 and 同比, exported to CSV or PDF; publishing and the
/// bulletin (通报). Days are the city's days (its context's time zone, as the overview's).
class EvaluationView : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationView(const City::CityContext &city, QWidget *parent = nullptr);
    ~EvaluationView() override;

    enum class Preset { ThisMonth, LastMonth, ThisQuarter, ThisYear, Last12Months };
    Q_ENUM(Preset)
    /// What the chart's bars show.
    enum class ChartMeasure { Score, CloseRate };
    Q_ENUM(ChartMeasure)

    Cases::EvaluationScope scope() const;
    void setScope(Cases::EvaluationScope scope);
    /// The region level shown (street, community, unit grid) with the region indicators;
    /// Invalid for the three evaluation scopes. setLevel() picks it, and the scopes without
    /// a composite (channel, kind, class: the published figures only; scope() is Invalid).
    Cases::FigureScope level() const;
    void setLevel(Cases::FigureScope level);
    /// The published figures' scope of the rows: the level, or the evaluation scope's.
    Cases::FigureScope figureScope() const;
    /// Picks the scope box's entry for `scope` (any but the city).
    void setFigureScope(Cases::FigureScope scope);
    /// Channels, kinds and classes: figures, no composite score.
    bool isFiguresOnly() const;
    /// 环比 and 同比 columns of 结案率 and 按期结案率 (off by default: two more countings).
    bool isComparing() const;
    void setComparing(bool on);
    ChartMeasure chartMeasure() const;
    void setChartMeasure(ChartMeasure measure);
    /// The target line drawn on the 结案率 chart (kpi.rules' targetCloseRate), none on the
    /// score chart.
    std::optional<double> chartTarget() const;
    /// The application's bulletin writer (mainwindow.cpp); without one the 通报 button is
    /// hidden.
    void setBulletinWriter(BulletinWriter writer);
    /// The 通报 dialog (created on first use, for this period's "now").
    EvaluationBulletinDialog *bulletinDialog();
    /// The whole city's figures of the period, as of now and as published (the line above
    /// the table), each with the formula as its tooltip.
    QString cityLine() const;
    /// Who publishes from this window (the session's login and role); without one the
    /// publish button is hidden. The service checks the role again (docs/kpi.md).
    void setPublisher(const QString &login, Core::Role role);
    /// Publishes the period's figures (no question asked when not interactive).
    bool publish();
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
    void openBulletinDialog();
    /// 按班次: the hall's figures per shift over the period (at most a quarter).
    void openShiftFigures();

signals:
    void evaluated(int rows);
    void errorOccurred(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    /// Gives the table the width its columns need, the chart at least a readable rest,
    /// until the user moves the splitter.
    void fitTable();
    QToolBar *buildToolBar();
    void buildTableAndChart();
    void scheduleEvaluate();
    void showRows();
    void rebuildChart();
    QChart *createChart(const QList<Cases::EvaluationRow> &rows) const;
    QChart *createRateChart(const QList<Cases::EvaluationRow> &rows) const;
    QList<Cases::EvaluationRow> visibleRows() const;
    bool ensureEvaluated();
    QList<int> exportColumns() const; ///< model columns as the table shows them
    QList<int> exportRows() const;    ///< model rows in the table's sort order
    QString suggestedFileName(const QString &suffix) const;
    Result<QList<Cases::EvaluationRow>> levelRows(const QDateTime &begin, const QDateTime &end,
                                                  Cases::FiguresByKey &figures);
    /// The figure columns' data: now (`levelFigures` when the rows came with them), as
    /// published, 环比 and 同比.
    Result<FigureSets> figureSets(const Cases::FiguresByKey *levelFigures);
    QList<FigureColumn> figureColumns(bool published) const;
    Cases::KpiPublisher publisher() const;
    void addScopes();
    void addChartControls(QToolBar *toolbar);
    void updateCityLine();
    QString cityComparison(Cases::KpiPublisher &kpi, const Core::CaseFigures &city);
    Core::KpiRules rules() const;
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
    Cases::FigureScope m_rowsLevel = Cases::FigureScope::Invalid;
    bool m_hasRows = false; ///< an evaluation succeeded (m_rowsScope may be Invalid: channels)
    FigureSets m_figureSets;
    QList<FigureColumn> m_figureColumns;
    QList<Cases::EvaluationRow> m_allRows; ///< the last successful evaluation, all posts
    bool m_dirty = true;                   ///< the toolbar changed since the rows were computed

    QComboBox *m_scopeBox = nullptr;
    QComboBox *m_roleBox = nullptr;
    QAction *m_roleAction = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_cityLine = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_bulletinAction = nullptr;
    QComboBox *m_chartBox = nullptr;
    BulletinWriter m_bulletinWriter;
    EvaluationBulletinDialog *m_bulletinDialog = nullptr;
    QString m_publisherLogin;
    Core::Role m_publisherRole = Core::Role::Invalid;
    QSplitter *m_splitter = nullptr;
    bool m_splitterMoved = false;
    QTableView *m_table = nullptr;
    QChartView *m_chartView = nullptr;
    EvaluationModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTimer *m_evaluateTimer = nullptr;
};

} // namespace Cc::CasesWidgets
