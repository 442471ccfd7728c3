// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/evaluationview.h>

#include <cc/cases/csv.h>

#include <cc/core/workcalendar.h>
#include <cc/storage/repositories.h>

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
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
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScrollArea>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
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
    case EvaluationScope::Department: return Core::indicatorsOf(Core::KpiSubject::Department);
    case EvaluationScope::Grid: return Core::indicatorsOf(Core::KpiSubject::Region);
    case EvaluationScope::Post:
        switch (post) {
        case Core::Role::Collector: return Core::indicatorsOf(Core::KpiSubject::Collector);
        case Core::Role::Operator: return Core::indicatorsOf(Core::KpiSubject::Operator);
        case Core::Role::ShiftLeader: return Core::indicatorsOf(Core::KpiSubject::ShiftLeader);
        case Core::Role::Dispatcher: return Core::indicatorsOf(Core::KpiSubject::Dispatcher);
        default: return {};
        }
    case EvaluationScope::Invalid: break;
    }
    return {};
}

/// Long indicator names are broken into short lines so that the columns stay as narrow as
/// their numbers; the Chinese names are short and stay on one line.
QString wrapped(const QString &title)
{
    constexpr qsizetype lineLength = 12;
    QStringList lines;
    for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= lineLength)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    return lines.isEmpty() ? title : lines.join(QLatin1Char('\n'));
}

// Ranges, not "< 40": Qt Charts draws legend text as HTML.
QString gradeBand(QChar grade)
{
    return Core::gradeBandText(grade);
}

} // namespace

// --- EvaluationModel -------------------------------------------------------------------

EvaluationModel::EvaluationModel(QObject *parent) : QAbstractTableModel(parent) {}

void EvaluationModel::setRows(EvaluationScope scope, QList<EvaluationRow> rows,
                              QList<Core::Indicator> indicatorTemplate)
{
    beginResetModel();
    m_scope = scope;
    m_rows = std::move(rows);
    m_template = std::move(indicatorTemplate);
    endResetModel();
}

int EvaluationModel::indicatorAt(int column) const
{
    const int i = column - firstIndicatorColumn();
    return i >= 0 && i < indicatorCount() ? i : -1;
}

bool EvaluationModel::isPercentColumn(int column) const
{
    const int i = indicatorAt(column);
    return i >= 0 && !m_template.at(i).isScore;
}

const Core::Indicator *EvaluationModel::indicator(int row, int column) const
{
    const int i = indicatorAt(column);
    if (i < 0 || row < 0 || row >= m_rows.size())
        return nullptr;
    // Match by id, not position: a row's indicators are its scope's, but the id is the
    // contract should Core ever reorder them.
    const QString &id = m_template.at(i).id;
    for (const Core::Indicator &indicator : m_rows.at(row).evaluation.indicators) {
        if (indicator.id == id)
            return &indicator;
    }
    return nullptr;
}

int EvaluationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvaluationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : gradeColumn() + 1;
}

QColor EvaluationModel::gradeColor(QChar grade)
{
    switch (grade.toLatin1()) {
    case 'A': return QColor(0x2e, 0x7d, 0x32);
    case 'B': return QColor(0x7c, 0xb3, 0x42);
    case 'C': return QColor(0xf9, 0xa8, 0x25);
    case 'D': return QColor(0xef, 0x6c, 0x00);
    default: return QColor(0xc6, 0x28, 0x28);
    }
}

QString EvaluationModel::exportText(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const EvaluationRow &r = m_rows.at(row);
    if (column == 0)
        return r.name;
    if (column == roleColumn())
        return Core::roleName(r.role);
    if (column == scoreColumn())
        return QString::number(r.evaluation.score, 'f', 1);
    if (column == gradeColumn())
        return QString(r.evaluation.grade);
    if (const Core::Indicator *i = indicator(row, column))
        return i->isScore ? QString::number(i->value, 'f', 0)
                          : QString::number(i->value * 100, 'f', 1);
    return {};
}

QString EvaluationModel::exportHeader(int column) const
{
    if (column == 0)
        return headerData(0, Qt::Horizontal).toString();
    if (column == roleColumn() || column == scoreColumn() || column == gradeColumn())
        return headerData(column, Qt::Horizontal).toString();
    const int i = indicatorAt(column);
    if (i < 0)
        return {};
    const QString &name = m_template.at(i).name;
    return isPercentColumn(column) ? tr("%1 (%)").arg(name) : name;
}

QVariant EvaluationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EvaluationRow &r = m_rows.at(index.row());
    const int column = index.column();
    const bool numeric = column >= firstIndicatorColumn() && column <= scoreColumn();

    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        if (column == 0)
            return r.name;
        if (column == roleColumn())
            return Core::roleName(r.role);
        if (column == scoreColumn())
            return locale.toString(r.evaluation.score, 'f', 1);
        if (column == gradeColumn())
            return QString(r.evaluation.grade);
        if (const Core::Indicator *i = indicator(index.row(), column)) {
            return i->isScore ? locale.toString(i->value, 'f', 0)
                              : locale.toString(i->value * 100, 'f', 1) + locale.percent();
        }
        return {};
    }
    case SortRole:
        if (column == 0)
            return r.name;
        if (column == roleColumn())
            return int(r.role); // the service's post order, not the alphabet
        if (column == scoreColumn() || column == gradeColumn())
            return r.evaluation.score;
        if (const Core::Indicator *i = indicator(index.row(), column))
            return i->value;
        return {};
    case Qt::ToolTipRole: {
        if (column == 0)
            return r.key;
        if (const Core::Indicator *i = indicator(index.row(), column)) {
            if (i->isScore)
                return tr("Count: %1").arg(QLocale().toString(i->numerator));
            return QStringLiteral("%1 / %2").arg(QLocale().toString(i->numerator),
                                                 QLocale().toString(i->denominator));
        }
        if (column == scoreColumn() || column == gradeColumn()) {
            // The composite broken down, so that the mixed post view (no indicator columns)
            // still explains each score.
            QStringList lines;
            for (const Core::Indicator &i : r.evaluation.indicators) {
                const QString value = i.isScore
                    ? QLocale().toString(i.value, 'f', 0)
                    : QStringLiteral("%1% (%2 / %3)")
                          .arg(QLocale().toString(i.value * 100, 'f', 1),
                               QLocale().toString(i.numerator), QLocale().toString(i.denominator));
                lines << tr("%1 (weight %2%): %3")
                             .arg(i.name)
                             .arg(qRound(i.weight * 100))
                             .arg(value);
            }
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        if (column == gradeColumn())
            return int(Qt::AlignCenter);
        if (numeric)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (column == gradeColumn())
            return gradeColor(r.evaluation.grade);
        return {};
    case Qt::ForegroundRole:
        if (column == gradeColumn()) {
            // Amber needs dark text to stay readable; the others take white.
            return r.evaluation.grade == QLatin1Char('C') ? QColor(Qt::black) : QColor(Qt::white);
        }
        return {};
    case Qt::FontRole:
        if (column == gradeColumn() || column == scoreColumn()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant EvaluationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int i = indicatorAt(section);
    if (role == Qt::DisplayRole) {
        if (section == 0) {
            switch (m_scope) {
            case EvaluationScope::Department: return tr("Department");
            case EvaluationScope::Grid: return tr("Responsibility grid");
            default: return tr("Name");
            }
        }
        if (section == roleColumn())
            return tr("Post");
        if (section == scoreColumn())
            //: 综合指标值
            return tr("Score");
        if (section == gradeColumn())
            return tr("Grade");
        if (i >= 0)
            return wrapped(m_template.at(i).name);
    }
    if (role == Qt::ToolTipRole && i >= 0) {
        const Core::Indicator &t = m_template.at(i);
        QString tip = tr("%1, weight %2% of the score").arg(t.name).arg(qRound(t.weight * 100));
        if (!t.higherIsBetter)
            tip += QLatin1Char('\n') + tr("Lower is better: the score counts 100% minus the rate.");
        return tip;
    }
    if (role == Qt::ToolTipRole && section == gradeColumn())
        return tr("A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, E < 40");
    return QAbstractTableModel::headerData(section, orientation, role);
}

// --- EvaluationView --------------------------------------------------------------------

EvaluationView::EvaluationView(const City::CityContext &city, QWidget *parent)
    : QWidget(parent), m_city(city), m_db(city.database()), m_zone(city.timeZone())
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
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_scopeBox = new QComboBox(toolbar);
    //: 按部门
    m_scopeBox->addItem(tr("By department"), int(EvaluationScope::Department));
    //: 按区域(责任网格)
    m_scopeBox->addItem(tr("By region (responsibility grid)"), int(EvaluationScope::Grid));
    //: 按岗位
    m_scopeBox->addItem(tr("By post"), int(EvaluationScope::Post));
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
        {Preset::ThisMonth, tr("This month")},
        {Preset::LastMonth, tr("Last month")},
        {Preset::ThisQuarter, tr("This quarter")},
        {Preset::ThisYear, tr("This year")},
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
    const QString refreshKey =
        QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText);
    evaluateAction->setToolTip(tr("Evaluate the period again (%1)").arg(refreshKey));
    connect(evaluateAction, &QAction::triggered, this, &EvaluationView::evaluate);
    toolbar->addSeparator();
    toolbar->addAction(tr("Export CSV…"), this, &EvaluationView::exportCsvInteractive);
    toolbar->addAction(tr("Export PDF…"), this, &EvaluationView::exportPdfInteractive);

    connect(m_scopeBox, &QComboBox::currentIndexChanged, this, [this] {
        m_roleAction->setVisible(scope() == EvaluationScope::Post);
        scheduleEvaluate();
    });
    connect(m_roleBox, &QComboBox::currentIndexChanged, this, [this] {
        m_postRole = Core::Role(m_roleBox->currentData().toInt());
        showRows(); // a filter over rows already computed: no new query
    });

    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolbar);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->setContentsMargins(8, 2, 8, 2);
    summaryRow->addWidget(m_summary);
    layout->addLayout(summaryRow);
    layout->addWidget(m_splitter, 1);
}

EvaluationScope EvaluationView::scope() const
{
    return EvaluationScope(m_scopeBox->currentData().toInt());
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
    case Preset::ThisMonth: setPeriod(monthStart, t); break;
    case Preset::LastMonth: setPeriod(monthStart.addMonths(-1), monthStart.addDays(-1)); break;
    case Preset::ThisQuarter: setPeriod(QDate(t.year(), (t.month() - 1) / 3 * 3 + 1, 1), t); break;
    case Preset::ThisYear: setPeriod(QDate(t.year(), 1, 1), t); break;
    case Preset::Last12Months: setPeriod(t.addYears(-1).addDays(1), t); break;
    }
}

void EvaluationView::scheduleEvaluate()
{
    m_dirty = true;
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
    auto rows = Cases::evaluate(m_db, scope(), begin, end, now());
    if (!rows) // the previous rows stay on screen
        return fail(tr("The evaluation failed: %1").arg(rows.error().message));
    m_allRows = std::move(rows).value();
    m_rowsScope = scope();
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
    if (m_rowsScope == EvaluationScope::Invalid)
        return;
    const int oldColumns = m_model->columnCount();
    const EvaluationScope oldScope = m_model->scope();
    const QList<EvaluationRow> rows = visibleRows();
    m_model->setRows(m_rowsScope, rows, indicatorTemplate(m_rowsScope, m_postRole));
    // A column index means something else in another scope: drop the old sort.
    if (oldScope != m_rowsScope || oldColumns != m_model->columnCount())
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, std::clamp(m_table->columnWidth(0), 120, 260));

    int count[5] = {};
    double sum = 0;
    for (const EvaluationRow &row : rows) {
        const qsizetype g = grades.indexOf(row.evaluation.grade);
        ++count[g < 0 ? 4 : g];
        sum += row.evaluation.score;
    }
    const QLocale locale;
    QString summary = tr("%1, %2 – %3: %n row(s)", nullptr, int(rows.size()))
                          .arg(scopeTitle(), from().toString(Qt::ISODate),
                               to().toString(Qt::ISODate));
    if (!rows.isEmpty()) {
        summary += tr(", average score %1").arg(locale.toString(sum / rows.size(), 'f', 1));
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
    const bool mixedPosts =
        m_rowsScope == EvaluationScope::Post && m_postRole == Core::Role::Invalid;
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
    m_chartView->setChart(createChart(rows));
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
    case EvaluationScope::Department: return tr("By department");
    case EvaluationScope::Grid: return tr("By region (responsibility grid)");
    case EvaluationScope::Post:
        if (m_postRole == Core::Role::Invalid)
            return tr("By post");
        return tr("By post: %1").arg(Core::roleName(m_postRole));
    case EvaluationScope::Invalid: break;
    }
    return {};
}

QString EvaluationView::reportTitle() const
{
    //: 综合评价 %1 %2–%3 (scope, first day, last day)
    return tr("Evaluation: %1, %2–%3")
        .arg(scopeTitle(), from().toString(Qt::ISODate), to().toString(Qt::ISODate));
}

bool EvaluationView::ensureEvaluated()
{
    // Export what the toolbar says, not a result from before the last change.
    return (!m_dirty && m_rowsScope != EvaluationScope::Invalid) || evaluate();
}

QList<int> EvaluationView::exportColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

QList<int> EvaluationView::exportRows() const
{
    QList<int> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    return rows;
}

QString EvaluationView::suggestedFileName(const QString &suffix) const
{
    return QStringLiteral("evaluation-%1-%2-%3.%4")
        .arg(Cases::scopeId(scope()), from().toString(Qt::ISODate), to().toString(Qt::ISODate),
             suffix);
}

bool EvaluationView::exportCsv(const QString &file)
{
    if (!ensureEvaluated())
        return false;
    const QList<int> columns = exportColumns();
    QStringList lines;
    QStringList fields;
    for (int column : columns)
        fields << Cases::csvField(m_model->exportHeader(column));
    lines << fields.join(QLatin1Char(','));
    for (int row : exportRows()) {
        fields.clear();
        for (int column : columns)
            fields << Cases::csvField(m_model->exportText(row, column));
        lines << fields.join(QLatin1Char(','));
    }
    // The BOM makes Excel read the Chinese names as UTF-8; CRLF is RFC 4180's line break.
    const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF")
        + lines.join(QStringLiteral("\r\n")).toUtf8() + QByteArrayLiteral("\r\n");
    // QSaveFile: a failed export leaves an existing file as it was.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return fail(tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(file), out.errorString()));
    return true;
}

bool EvaluationView::exportPdf(const QString &file)
{
    if (!ensureEvaluated())
        return false;
    const QString title = reportTitle();
    QString cityName;
    if (auto city = m_city.settings().cityName(); city.ok())
        cityName = city.value();

    // The chart on its own view at a fixed size: the PDF does not depend on the window.
    const QList<EvaluationRow> rows = visibleRows();
    QChartView chartView(createChart(rows));
    chartView.setRenderHint(QPainter::Antialiasing);
    // About the page's width in layout pixels, so that the labels print at reading size.
    chartView.resize(1000, std::max(420, int(rows.size()) * 20 + 110));
    const QImage chart = chartView.grab().toImage();

    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
    QStringList subtitle;
    if (!cityName.isEmpty())
        subtitle << cityName.toHtmlEscaped();
    subtitle << tr("Evaluated %1 (%2)")
                    .arg(now().toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         QString::fromUtf8(m_zone.id()))
                    .toHtmlEscaped();
    subtitle << m_summary->text().toHtmlEscaped();
    html += QStringLiteral("<p>%1</p>").arg(subtitle.join(QStringLiteral("<br/>")));

    const QList<int> columns = exportColumns();
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\""
                           " width=\"100%\" style=\"border-collapse: collapse;"
                           " border-color: #999999;\"><thead><tr>");
    for (int column : columns) {
        html += QStringLiteral("<th bgcolor=\"#e8eef4\">%1</th>")
                    .arg(m_model->exportHeader(column).toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead>");
    for (int row : exportRows()) {
        html += QStringLiteral("<tr>");
        for (int column : columns) {
            const QModelIndex index = m_model->index(row, column);
            const QString text = m_model->data(index).toString().toHtmlEscaped();
            if (column == m_model->gradeColumn()) {
                const QColor background = m_model->data(index, Qt::BackgroundRole).value<QColor>();
                const QColor foreground = m_model->data(index, Qt::ForegroundRole).value<QColor>();
                html += QStringLiteral("<td align=\"center\" bgcolor=\"%1\">"
                                       "<b><font color=\"%2\">%3</font></b></td>")
                            .arg(background.name(), foreground.name(), text);
            } else {
                const bool numeric = column >= m_model->firstIndicatorColumn()
                    && column <= m_model->scoreColumn();
                html += QStringLiteral("<td%1>%2</td>")
                            .arg(numeric ? QStringLiteral(" align=\"right\"") : QString(), text);
            }
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    // A4 landscape less the 2 cm margins QTextDocument::print keeps is about 970 × 640
    // layout pixels; the chart gets a page of its own and is scaled to fit it.
    const QSizeF box(960, 600);
    const QSizeF size = QSizeF(chart.size()).scaled(box, Qt::KeepAspectRatio);
    html += QStringLiteral("<p style=\"page-break-before: always;\" align=\"center\">"
                           "<img src=\"cc-chart.png\" width=\"%1\" height=\"%2\"/></p>")
                .arg(qRound(size.width()))
                .arg(qRound(size.height()));

    QTextDocument document;
    QFont font;
    // Chinese names must not fall back to boxes: name the CJK family the packages install.
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("WenQuanYi Micro Hei")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("cc-chart.png")), chart);
    document.setHtml(html);
    document.setMetaInformation(QTextDocument::DocumentTitle, title);

    // Rendered in memory first: the PDF engine closes its device when done, which QSaveFile
    // refuses, and a half-written file must not replace a good one.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CityCommand"));
        document.print(&writer);
    }
    if (!pdf.startsWith("%PDF"))
        return fail(tr("Cannot create the PDF document."));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
        return fail(tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(file), out.errorString()));
    return true;
}

void EvaluationView::exportCsvInteractive()
{
    QString file = QFileDialog::getSaveFileName(this, tr("Export CSV"),
                                                suggestedFileName(QStringLiteral("csv")),
                                                tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".csv");
    exportCsv(file);
}

void EvaluationView::exportPdfInteractive()
{
    QString file = QFileDialog::getSaveFileName(this, tr("Export PDF"),
                                                suggestedFileName(QStringLiteral("pdf")),
                                                tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".pdf");
    exportPdf(file);
}

} // namespace Cc::CasesWidgets
