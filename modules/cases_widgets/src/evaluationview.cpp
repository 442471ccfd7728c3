// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/evaluationview.h>

#include "dutydialogs.h"

#include <cc/core/workcalendar.h>
#include <cc/storage/repositories.h>

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Cc::CasesWidgets {

using Cases::EvaluationRow;
using Cases::EvaluationScope;

namespace {

// The grades best first, as core sets them.
const QString grades = [] {
    QString letters;
    for (const Core::GradeBand &band : Core::gradeBands())
        letters += band.grade;
    return letters;
}();

/// The posts that have KPIs (docs/domain.md §7); departments are evaluated by the department scope.
constexpr Core::Role evaluatedPosts[] = {Core::Role::Collector, Core::Role::Operator,
                                         Core::Role::ShiftLeader, Core::Role::Dispatcher};

/// The indicators of a scope (or of one post) with no counts: only their names, weights and
/// kinds are used, to title the columns even when the period has no rows.
QList<Core::Indicator> indicatorTemplate(EvaluationScope scope, Core::Role post)
{
    switch (scope) {
    case EvaluationScope::Department:
        return Core::indicatorsOf(Core::KpiSubject::Department);
    case EvaluationScope::Grid:
        return Core::indicatorsOf(Core::KpiSubject::Region);
    case EvaluationScope::Post:
        switch (post) {
        case Core::Role::Collector:
            return Core::indicatorsOf(Core::KpiSubject::Collector);
        case Core::Role::Operator:
            return Core::indicatorsOf(Core::KpiSubject::Operator);
        case Core::Role::ShiftLeader:
            return Core::indicatorsOf(Core::KpiSubject::ShiftLeader);
        case Core::Role::Dispatcher:
            return Core::indicatorsOf(Core::KpiSubject::Dispatcher);
        default:
            return {};
        }
    case EvaluationScope::Invalid:
        break;
    }
    return {};
}

// Ranges, not "< 40": Qt Charts draws legend text as HTML.
QString gradeBand(QChar grade)
{
    return Core::gradeBandText(grade);
}

// The scope box holds an EvaluationScope, or levelDataBase + a FigureScope for the other
// region levels.
constexpr int levelDataBase = 100;

int levelData(Cases::FigureScope level)
{
    return levelDataBase + int(level);
}

} // namespace

// --- EvaluationView --------------------------------------------------------------------

EvaluationView::EvaluationView(const City::CityContext &city, QWidget *parent)
    : QWidget(parent)
    , m_city(city)
    , m_db(city.database())
    , m_zone(city.timeZone())
{
    m_evaluateTimer = new QTimer(this);
    m_evaluateTimer->setSingleShot(true);
    m_evaluateTimer->setInterval(250); // typing a date fires per digit; evaluate once
    connect(m_evaluateTimer, &QTimer::timeout, this, &EvaluationView::evaluate);
    buildUi();
    applyPreset(Preset::ThisMonth);
}

EvaluationView::~EvaluationView() = default;

void EvaluationView::buildUi()
{
    QToolBar *toolbar = buildToolBar();
    connect(m_scopeBox, &QComboBox::currentIndexChanged, this, [this] {
        m_roleAction->setVisible(scope() == EvaluationScope::Post);
        // Channels, kinds and classes have no composite: their chart is the 结案率.
        if (isFiguresOnly())
            setChartMeasure(ChartMeasure::CloseRate);
        m_chartBox->setEnabled(!isFiguresOnly());
        scheduleEvaluate();
    });
    connect(m_roleBox, &QComboBox::currentIndexChanged, this, [this] {
        m_postRole = Core::Role(m_roleBox->currentData().toInt());
        showRows(); // a filter over rows already computed: no new query
    });
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buildTableAndChart();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolbar);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->setContentsMargins(8, 2, 8, 2);
    summaryRow->addWidget(m_summary);
    m_cityLine = new QLabel(this);
    m_cityLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *cityRow = new QHBoxLayout;
    cityRow->setContentsMargins(8, 2, 8, 2);
    cityRow->addWidget(m_cityLine);
    layout->addLayout(cityRow);
    layout->addLayout(summaryRow);
    layout->addWidget(m_splitter, 1);
}

QToolBar *EvaluationView::buildToolBar()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_scopeBox = new QComboBox(toolbar);
    addScopes();
    m_scopeBox->setToolTip(tr("What to evaluate"));
    toolbar->addWidget(m_scopeBox);

    m_roleBox = new QComboBox(toolbar);
    m_roleBox->addItem(tr("All posts"), int(Core::Role::Invalid));
    for (Core::Role role : evaluatedPosts)
        m_roleBox->addItem(Core::roleName(role), int(role));
    m_roleBox->setToolTip(tr("One post shows its own indicators"));
    m_roleAction = toolbar->addWidget(m_roleBox);
    m_roleAction->setVisible(false);

    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("From "), toolbar));
    m_fromEdit = new QDateEdit(toolbar);
    toolbar->addWidget(m_fromEdit);
    toolbar->addWidget(new QLabel(tr(" to "), toolbar));
    m_toEdit = new QDateEdit(toolbar);
    toolbar->addWidget(m_toEdit);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &EvaluationView::scheduleEvaluate);
    }
    m_toEdit->setToolTip(tr("The last day, included"));

    auto *presets = new QMenu(this);
    const std::pair<Preset, QString> presetNames[] = {
        {Preset::ThisMonth, tr("This month")},        {Preset::LastMonth, tr("Last month")},
        {Preset::ThisQuarter, tr("This quarter")},    {Preset::ThisYear, tr("This year")},
        {Preset::Last12Months, tr("Last 12 months")},
    };
    for (const auto &[preset, name] : presetNames) {
        const Preset p = preset;
        presets->addAction(name, this, [this, p] { applyPreset(p); });
    }
    auto *presetButton = new QToolButton(toolbar);
    presetButton->setText(tr("Period"));
    presetButton->setMenu(presets);
    presetButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(presetButton);

    toolbar->addSeparator();
    QAction *evaluateAction = toolbar->addAction(tr("Evaluate"));
    // F5 itself is the main window's one Refresh (two F5 shortcuts in one window cancel
    // each other out); it evaluates again when this view is shown.
    const QString refreshKey = QKeySequence(QKeySequence::Refresh)
                                   .toString(QKeySequence::NativeText);
    evaluateAction->setToolTip(tr("Evaluate the period again (%1)").arg(refreshKey));
    connect(evaluateAction, &QAction::triggered, this, &EvaluationView::evaluate);
    addChartControls(toolbar);
    toolbar->addSeparator();
    toolbar->addAction(tr("Export CSV…"), this, &EvaluationView::exportCsvInteractive);
    toolbar->addAction(tr("Export PDF…"), this, &EvaluationView::exportPdfInteractive);
    toolbar->addSeparator();
    //: 发布 (freeze the period's figures as issued)
    m_publishAction = toolbar->addAction(tr("Publish…"), this, &EvaluationView::publish);
    m_publishAction->setToolTip(
        tr("Freeze this period's figures as published (shift leader or administrator)"));
    m_publishAction->setVisible(false);
    //: 通报 (the weekly, monthly or quarterly bulletin)
    m_bulletinAction = toolbar->addAction(tr("Bulletin…"), this,
                                          &EvaluationView::openBulletinDialog);
    m_bulletinAction->setToolTip(tr("Write the weekly, monthly or quarterly bulletin (通报) as "
                                    "PDF, ODT or XLSX"));
    m_bulletinAction->setVisible(false);
    //: 按班次: the hall's work per shift in the period
    toolbar->addAction(tr("By shift…"), this, &EvaluationView::openShiftFigures);
    return toolbar;
}

void EvaluationView::addScopes()
{
    //: 按部门
    m_scopeBox->addItem(tr("By department"), int(EvaluationScope::Department));
    //: 按区域(责任网格)
    m_scopeBox->addItem(tr("By region (responsibility grid)"), int(EvaluationScope::Grid));
    //: 按岗位
    m_scopeBox->addItem(tr("By post"), int(EvaluationScope::Post));
    // The other region levels, graded with the region indicators (docs/kpi.md).
    //: 按街道
    m_scopeBox->addItem(tr("By street"), levelData(Cases::FigureScope::Street));
    //: 按社区
    m_scopeBox->addItem(tr("By community"), levelData(Cases::FigureScope::Community));
    //: 按单元网格
    m_scopeBox->addItem(tr("By unit grid"), levelData(Cases::FigureScope::UnitGrid));
    // The published figures only: no composite for these (docs/kpi.md).
    //: 按渠道(问题来源)
    m_scopeBox->addItem(tr("By channel"), levelData(Cases::FigureScope::Channel));
    //: 按类型(部件/事件)
    m_scopeBox->addItem(tr("By kind (component/event)"), levelData(Cases::FigureScope::Kind));
    //: 按大类
    m_scopeBox->addItem(tr("By class (大类)"), levelData(Cases::FigureScope::Class));
}

void EvaluationView::addChartControls(QToolBar *toolbar)
{
    toolbar->addSeparator();
    //: 环比/同比
    m_compareAction = toolbar->addAction(tr("Compare"));
    m_compareAction->setCheckable(true);
    m_compareAction->setToolTip(tr("Add the change of 结案率 and 按期结案率 against the period "
                                   "before (环比) and a year earlier (同比)"));
    connect(m_compareAction, &QAction::toggled, this, &EvaluationView::scheduleEvaluate);
    m_chartBox = new QComboBox(toolbar);
    //: 图表:综合指标值
    m_chartBox->addItem(tr("Chart: composite score"), int(ChartMeasure::Score));
    //: 图表:结案率
    m_chartBox->addItem(tr("Chart: closing rate"), int(ChartMeasure::CloseRate));
    m_chartBox->setToolTip(tr("The 结案率 chart draws the target line of the evaluation rules"));
    connect(m_chartBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_hasRows)
            rebuildChart();
    });
    toolbar->addWidget(m_chartBox);
}

void EvaluationView::buildTableAndChart()
{
    m_model = new EvaluationModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EvaluationModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // No sort column at first: the rows keep the service's order (best first, by post).
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);

    m_chartView = new QChartView(this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setWidget(m_chartView);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(chartScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // Without initial sizes the table's wide size hint squeezes the chart to nothing.
    m_splitter->setSizes({880, 520});
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
}

void EvaluationView::fitTable()
{
    const int width = m_splitter->width() - m_splitter->handleWidth();
    if (m_splitterMoved || width <= 0 || m_model->columnCount() == 0)
        return;
    int needed = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (!m_table->isColumnHidden(column))
            needed += m_table->columnWidth(column);
    }
    constexpr int chartWidth = 440; // the names and a bar still read
    if (needed <= width - chartWidth) {
        m_splitter->setOrientation(Qt::Horizontal);
        m_splitter->setSizes({needed, width - needed});
        return;
    }
    // Too many columns beside the chart (figures, as published, 环比/同比): the table takes
    // the whole width and the chart goes below it.
    const int height = m_splitter->height() - m_splitter->handleWidth();
    const int rows = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth()
                     + m_table->horizontalScrollBar()->sizeHint().height()
                     + m_model->rowCount() * m_table->verticalHeader()->defaultSectionSize();
    const int table = std::clamp(rows, height / 3, std::max(height / 3, height * 3 / 5));
    m_splitter->setOrientation(Qt::Vertical);
    m_splitter->setSizes({table, height - table});
}

void EvaluationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTable();
}

EvaluationScope EvaluationView::scope() const
{
    const int data = m_scopeBox->currentData().toInt();
    if (isFiguresOnly())
        return EvaluationScope::Invalid;
    return data >= levelDataBase ? EvaluationScope::Grid : EvaluationScope(data);
}

Cases::FigureScope EvaluationView::level() const
{
    const int data = m_scopeBox->currentData().toInt();
    return data >= levelDataBase ? Cases::FigureScope(data - levelDataBase)
                                 : Cases::FigureScope::Invalid;
}

void EvaluationView::setLevel(Cases::FigureScope level)
{
    const int index = m_scopeBox->findData(levelData(level));
    if (index >= 0)
        m_scopeBox->setCurrentIndex(index);
}

void EvaluationView::setScope(EvaluationScope scope)
{
    const int index = m_scopeBox->findData(int(scope));
    if (index >= 0)
        m_scopeBox->setCurrentIndex(index);
}

void EvaluationView::setPostRole(Core::Role role)
{
    const int index = m_roleBox->findData(int(role));
    m_roleBox->setCurrentIndex(index >= 0 ? index : 0);
}

QDate EvaluationView::from() const
{
    return m_fromEdit->date();
}

QDate EvaluationView::to() const
{
    return m_toEdit->date();
}

void EvaluationView::setPeriod(QDate from, QDate to)
{
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
}

void EvaluationView::setNow(const QDateTime &now)
{
    m_now = now;
}

QDateTime EvaluationView::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QDate EvaluationView::today() const
{
    return now().toTimeZone(m_zone).date();
}

void EvaluationView::applyPreset(Preset preset)
{
    const QDate t = today();
    const QDate monthStart(t.year(), t.month(), 1);
    // Periods that are still running end today: the title then says what was counted.
    switch (preset) {
    case Preset::ThisMonth:
        setPeriod(monthStart, t);
        break;
    case Preset::LastMonth:
        setPeriod(monthStart.addMonths(-1), monthStart.addDays(-1));
        break;
    case Preset::ThisQuarter:
        setPeriod(QDate(t.year(), (t.month() - 1) / 3 * 3 + 1, 1), t);
        break;
    case Preset::ThisYear:
        setPeriod(QDate(t.year(), 1, 1), t);
        break;
    case Preset::Last12Months:
        setPeriod(t.addYears(-1).addDays(1), t);
        break;
    }
}

// Only a shown view counts: the tab is built at start-up, and a period's figures on a large
// city's database cost seconds that nobody waits for until the tab is opened.
void EvaluationView::scheduleEvaluate()
{
    m_dirty = true;
    if (isVisible())
        m_evaluateTimer->start();
}

void EvaluationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_evaluateTimer->start();
}

bool EvaluationView::fail(const QString &message)
{
    emit errorOccurred(message);
    if (m_interactive)
        QMessageBox::warning(this, tr("Evaluation"), message);
    return false;
}

bool EvaluationView::evaluate()
{
    m_evaluateTimer->stop();
    const QDate first = from(), last = to();
    if (!first.isValid() || !last.isValid() || first > last)
        return fail(tr("The period is empty: the start date %1 is after the end date %2.")
                        .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    const QDateTime begin(first, QTime(0, 0), m_zone);
    const QDateTime end(last.addDays(1), QTime(0, 0), m_zone);
    // Regions, departments and grids come with their figures; posts are counted apart.
    Cases::FiguresByKey counted;
    auto rows = level() != Cases::FigureScope::Invalid
                    ? levelRows(begin, end, counted)
                    : Cases::evaluate(m_db, scope(), begin, end, now(), rules(), &counted);
    if (!rows) // the previous rows stay on screen
        return fail(tr("The evaluation failed: %1").arg(rows.error().message));
    auto sets = figureSets(scope() != EvaluationScope::Post ? &counted : nullptr);
    if (!sets)
        return fail(tr("The evaluation failed: %1").arg(sets.error().message));
    m_allRows = std::move(rows).value();
    m_rowsScope = scope();
    m_rowsLevel = level();
    m_hasRows = true;
    m_figureColumns = figureColumns(!sets->published.isEmpty());
    m_figureSets = std::move(sets).value();
    updateCityLine();
    m_dirty = false;
    showRows();
    emit evaluated(m_model->rowCount());
    return true;
}

QList<EvaluationRow> EvaluationView::visibleRows() const
{
    if (m_rowsScope != EvaluationScope::Post || m_postRole == Core::Role::Invalid)
        return m_allRows;
    QList<EvaluationRow> rows;
    for (const EvaluationRow &row : m_allRows) {
        if (row.role == m_postRole)
            rows << row;
    }
    return rows;
}

void EvaluationView::showRows()
{
    if (!m_hasRows)
        return;
    const int oldColumns = m_model->columnCount();
    const QString oldTitle = m_model->headerData(0, Qt::Horizontal).toString();
    const QList<EvaluationRow> rows = visibleRows();
    const bool figuresOnly = m_rowsScope == EvaluationScope::Invalid;
    m_model->setNameTitle(figuresOnly || m_rowsLevel != Cases::FigureScope::Invalid ? tr("Name")
                                                                                    : QString());
    m_model->setFigureColumns(m_figureColumns, m_figureSets);
    m_model->setRows(m_rowsScope, rows, indicatorTemplate(m_rowsScope, m_postRole));
    // No composite for channels, kinds and classes: no score and grade columns.
    for (int column = 0; column < m_model->columnCount(); ++column) {
        m_table->setColumnHidden(column, figuresOnly
                                             && (column == m_model->scoreColumn()
                                                 || column == m_model->gradeColumn()));
    }
    // A column index means something else in another scope: drop the old sort.
    if (oldTitle != m_model->headerData(0, Qt::Horizontal).toString()
        || oldColumns != m_model->columnCount())
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, std::clamp(m_table->columnWidth(0), 120, 260));
    fitTable();

    int count[5] = {};
    double sum = 0;
    qsizetype scored = 0;
    for (const EvaluationRow &row : rows) {
        if (!row.evaluation.hasScore)
            continue; // nothing due: no grade to count
        const qsizetype g = grades.indexOf(row.evaluation.grade);
        ++count[g < 0 ? 4 : g];
        sum += row.evaluation.score;
        ++scored;
    }
    const QLocale locale;
    QString summary = tr("%1, %2 – %3: %n row(s)", nullptr, int(rows.size()))
                          .arg(scopeTitle(), from().toString(Qt::ISODate),
                               to().toString(Qt::ISODate));
    if (scored > 0) {
        summary += tr(", average score %1").arg(locale.toString(sum / scored, 'f', 1));
        QStringList parts;
        for (int g = 0; g < 5; ++g)
            parts << QStringLiteral("%1 %2").arg(grades.at(g)).arg(count[g]);
        summary += QStringLiteral(" · ") + parts.join(QStringLiteral(" · "));
    }
    m_summary->setText(summary);
    rebuildChart();
}

QChart *EvaluationView::createChart(const QList<EvaluationRow> &rows) const
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 12, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    //: 综合指标值
    chart->setTitle(rows.isEmpty() ? tr("No rows in this period") : tr("Composite score"));

    // One set per grade, stacked: each row has its score in its grade's set and 0 in the
    // others, which paints every bar in its grade's colour and gives the legend for free.
    QList<QBarSet *> sets;
    for (QChar grade : grades) {
        auto *set = new QBarSet(gradeBand(grade));
        set->setColor(EvaluationModel::gradeColor(grade));
        set->setBorderColor(EvaluationModel::gradeColor(grade).darker(120));
        sets << set;
    }
    const bool mixedPosts = m_rowsScope == EvaluationScope::Post
                            && m_postRole == Core::Role::Invalid;
    QStringList categories;
    QSet<QString> seen;
    // A horizontal bar chart draws its first category at the bottom: append the rows last
    // to first so that the best is on top (QBarCategoryAxis::setReverse does not reorder
    // the bars of a bar series in Qt 6.4).
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const EvaluationRow &row = *it;
        QString label = row.name;
        if (mixedPosts)
            label += QStringLiteral(" (%1)").arg(Core::roleName(row.role));
        label += QStringLiteral("  ") + QLocale().toString(row.evaluation.score, 'f', 1);
        // A category axis merges equal labels; two users may share a display name.
        if (seen.contains(label))
            label += QStringLiteral(" [%1]").arg(row.key);
        seen.insert(label);
        categories << label;
        const qsizetype g = std::max<qsizetype>(0, grades.indexOf(row.evaluation.grade));
        for (qsizetype i = 0; i < sets.size(); ++i)
            sets[i]->append(i == g ? row.evaluation.score : 0.0);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(sets);
    series->setBarWidth(0.75);
    chart->addSeries(series);

    // Grid lines at the grade boundaries 40 / 60 / 75 / 90 mark the bands of the legend.
    auto *scores = new QCategoryAxis;
    scores->setMin(0);
    scores->setMax(100);
    scores->setStartValue(0);
    for (int boundary : {40, 60, 75, 90, 100})
        scores->append(QString::number(boundary), boundary);
    scores->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    QPen grid(QColor(0x60, 0x60, 0x60));
    grid.setStyle(Qt::DashLine);
    scores->setGridLinePen(grid);
    chart->addAxis(scores, Qt::AlignBottom);
    series->attachAxis(scores);

    auto *names = new QBarCategoryAxis;
    names->append(categories);
    names->setGridLineVisible(false);
    names->setTruncateLabels(false); // the names are the point of the chart
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    return chart;
}

void EvaluationView::rebuildChart()
{
    const QList<EvaluationRow> rows = visibleRows();
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chartMeasure() == ChartMeasure::CloseRate ? createRateChart(rows)
                                                                    : createChart(rows));
    delete old; // setChart does not take the old chart's ownership away from the view
    // Each bar keeps a readable height; the scroll area takes the rest.
    m_chartView->setMinimumHeight(std::max(300, int(rows.size()) * 22 + 110));
}

QStringList EvaluationView::chartCategories() const
{
    const QList<QAbstractAxis *> axes = m_chartView->chart()->axes(Qt::Vertical);
    for (QAbstractAxis *axis : axes) {
        if (auto *names = qobject_cast<QBarCategoryAxis *>(axis)) {
            QStringList top = names->categories();
            std::reverse(top.begin(), top.end());
            return top;
        }
    }
    return {};
}

QList<double> EvaluationView::chartValues() const
{
    QList<double> values(chartCategories().size(), 0.0);
    for (QAbstractSeries *series : m_chartView->chart()->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        for (QBarSet *set : bars->barSets()) {
            for (int i = 0; i < set->count() && i < values.size(); ++i)
                values[i] += set->at(i);
        }
    }
    std::reverse(values.begin(), values.end());
    return values;
}

QString EvaluationView::scopeTitle() const
{
    switch (m_rowsScope) {
    case EvaluationScope::Department:
        return tr("By department");
    case EvaluationScope::Grid:
        return level() == Cases::FigureScope::Invalid ? tr("By region (responsibility grid)")
                                                      : m_scopeBox->currentText();
    case EvaluationScope::Post:
        if (m_postRole == Core::Role::Invalid)
            return tr("By post");
        return tr("By post: %1").arg(Core::roleName(m_postRole));
    case EvaluationScope::Invalid:
        break;
    }
    return m_scopeBox->currentText(); // channels, kinds, classes
}

void EvaluationView::openShiftFigures()
{
    Cases::DutyBook book(m_db, m_zone);
    ShiftFiguresDialog dialog(book, m_fromEdit->date(), m_toEdit->date(), this);
    dialog.exec();
}

} // namespace Cc::CasesWidgets
