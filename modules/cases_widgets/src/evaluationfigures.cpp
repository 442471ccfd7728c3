// SPDX-License-Identifier: GPL-3.0-or-later
// EvaluationView: the published figures beside the evaluation — the scopes without a
// composite (channel, kind, class), "as published" beside "as of now", 环比 and 同比
// (Cases::compareFigures, as cityctl kpi --compare), the 结案率 chart with its target line,
// and the bulletin (通报) dialog (docs/kpi.md, docs/bulletin.md).
#include <cc/cases_widgets/evaluationview.h>

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QSet>
#include <QValueAxis>

namespace Cc::CasesWidgets {

using Cases::EvaluationRow;
using Cases::EvaluationScope;
using Cases::FigureScope;

namespace {

QString rangeText(const QDate &first, const QDate &last)
{
    return QStringLiteral("%1 – %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

} // namespace

FigureScope EvaluationView::figureScope() const
{
    if (level() != FigureScope::Invalid)
        return level();
    switch (scope()) {
    case EvaluationScope::Department:
        return FigureScope::Department;
    case EvaluationScope::Grid:
        return FigureScope::Grid;
    case EvaluationScope::Post:
        return FigureScope::Post;
    case EvaluationScope::Invalid:
        break;
    }
    return FigureScope::Invalid;
}

void EvaluationView::setFigureScope(FigureScope scope)
{
    switch (scope) {
    case FigureScope::Department:
        setScope(EvaluationScope::Department);
        break;
    case FigureScope::Grid:
        setScope(EvaluationScope::Grid);
        break;
    case FigureScope::Post:
        setScope(EvaluationScope::Post);
        break;
    default:
        setLevel(scope);
    }
}

bool EvaluationView::isFiguresOnly() const
{
    const FigureScope l = level();
    return l == FigureScope::Channel || l == FigureScope::Kind || l == FigureScope::Class;
}

bool EvaluationView::isComparing() const
{
    return m_compareAction->isChecked();
}

void EvaluationView::setComparing(bool on)
{
    m_compareAction->setChecked(on);
}

EvaluationView::ChartMeasure EvaluationView::chartMeasure() const
{
    return ChartMeasure(m_chartBox->currentData().toInt());
}

void EvaluationView::setChartMeasure(ChartMeasure measure)
{
    m_chartBox->setCurrentIndex(m_chartBox->findData(int(measure)));
}

QList<FigureColumn> EvaluationView::figureColumns(bool published) const
{
    QList<FigureColumn> columns;
    const auto add = [&columns](FigureColumn::Source source,
                                std::initializer_list<const char *> ids) {
        for (const char *id : ids)
            columns << FigureColumn{QString::fromLatin1(id), source};
    };
    const FigureScope scope = figureScope();
    if (isFiguresOnly()) {
        // What a centre publishes per channel and class (docs/kpi.md).
        add(FigureColumn::Now, {"reported", "filed", "due", "closed", "closed-in-time",
                                "close-rate", "in-time-close-rate", "overdue-open"});
    } else if (scope == FigureScope::Department || scope == FigureScope::Post || published) {
        // Regions have both rates among their indicators; the others get them here, and
        // every scope when the published ones stand beside them.
        add(FigureColumn::Now, {"close-rate", "in-time-close-rate"});
    }
    if (published)
        add(FigureColumn::Published, {"close-rate", "in-time-close-rate"});
    if (isComparing()) {
        add(FigureColumn::PreviousPeriod, {"close-rate"});
        add(FigureColumn::SamePeriodLastYear, {"close-rate"});
        add(FigureColumn::PreviousPeriod, {"in-time-close-rate"});
        add(FigureColumn::SamePeriodLastYear, {"in-time-close-rate"});
    }
    return columns;
}

Result<FigureSets> EvaluationView::figureSets(const Cases::FiguresByKey *levelFigures)
{
    FigureSets sets;
    Cases::KpiPublisher kpi = publisher();
    const FigureScope scope = figureScope();
    if (levelFigures) {
        sets.now = *levelFigures;
    } else {
        auto current = kpi.current(scope, from(), to(), now());
        if (!current)
            return current.error();
        sets.now = Cases::figuresByKey(current.value());
    }
    auto published = kpi.published(scope, from(), to());
    if (!published)
        return published.error();
    if (*published) {
        const Cases::PublishedFigures &p = published->value();
        sets.published = Cases::figuresByKey(p.rows);
        //: 发布于 … (时间, 发布人)
        sets.publishedText = tr("Published %1 by %2")
                                 .arg(QLocale().toString(p.publishedAt.toTimeZone(m_zone),
                                                         QLocale::ShortFormat),
                                      p.publishedByName);
    }
    if (isComparing()) {
        auto c = Cases::compareFigures(kpi, scope, {from(), to()}, now());
        if (!c)
            return c.error();
        //: 上期 (环比)
        sets.previousText = tr("the period before, %1")
                                .arg(rangeText(c->previous.first, c->previous.last));
        //: 去年同期 (同比)
        sets.lastYearText = tr("the same days a year earlier, %1")
                                .arg(rangeText(c->lastYear.first, c->lastYear.last));
        sets.previous = std::move(c->previousFigures);
        sets.lastYear = std::move(c->lastYearFigures);
    }
    return sets;
}

QChart *EvaluationView::createRateChart(const QList<EvaluationRow> &rows) const
{
    const double target = rules().targetCloseRate;
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 12, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QString rateName = Core::figureValue({}, QStringLiteral("close-rate")).name;
    chart->setTitle(rows.isEmpty() ? tr("No rows in this period") : rateName);
    // Two stacked sets, like the score chart's grades: each bar is green at or above the
    // target and red below it.
    auto *reached = new QBarSet(tr("≥ target"));
    auto *missed = new QBarSet(tr("< target"));
    reached->setColor(EvaluationModel::gradeColor(QLatin1Char('A')));
    missed->setColor(EvaluationModel::gradeColor(QLatin1Char('E')));
    QStringList categories;
    QSet<QString> seen;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) { // best on top, as the table
        // -1: no rate (nothing due), drawn as no bar and labelled "—".
        double rate = -1;
        if (const auto f = m_figureSets.now.constFind(it->key); f != m_figureSets.now.cend())
            rate = Core::figureValue(*f, QStringLiteral("close-rate")).value.value_or(-1);
        QString label = it->name + QStringLiteral("  ")
                        + (rate >= 0 ? QLocale().toString(rate, 'f', 2) + QLocale().percent()
                                     : EvaluationModel::noValue());
        if (seen.contains(label))
            label += QStringLiteral(" [%1]").arg(it->key);
        seen.insert(label);
        categories << label;
        reached->append(rate >= target ? rate : 0.0);
        missed->append(rate >= 0 && rate < target ? rate : 0.0);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({reached, missed});
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setTickCount(6);
    values->setLabelFormat(QStringLiteral("%.0f%%"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    names->setGridLineVisible(false);
    names->setTruncateLabels(false);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);

    // The target line across every bar (the category axis spans -0.5 … n - 0.5).
    auto *line = new QLineSeries;
    //: 目标 90%
    line->setName(tr("target %1%").arg(QLocale().toString(target, 'f', 0)));
    line->append(target, -0.5);
    line->append(target, std::max<qsizetype>(1, rows.size()) - 0.5);
    QPen pen(QColor(0x15, 0x65, 0xc0));
    pen.setWidthF(2);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    chart->addSeries(line);
    line->attachAxis(values);
    line->attachAxis(names);
    return chart;
}

std::optional<double> EvaluationView::chartTarget() const
{
    for (QAbstractSeries *series : m_chartView->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series); line && line->count() > 0)
            return line->at(0).x();
    }
    return std::nullopt;
}

void EvaluationView::setBulletinWriter(BulletinWriter writer)
{
    m_bulletinWriter = std::move(writer);
    m_bulletinAction->setVisible(bool(m_bulletinWriter));
}

EvaluationBulletinDialog *EvaluationView::bulletinDialog()
{
    if (!m_bulletinDialog) {
        m_bulletinDialog = new EvaluationBulletinDialog(m_bulletinWriter, m_db.path(), m_now,
                                                        today(), this);
        connect(m_bulletinDialog, &EvaluationBulletinDialog::written, this,
                [this](const QString &file) {
                    if (!m_interactive)
                        return;
                    // Not modal-blocking: the tab stays usable behind it.
                    auto *box = new QMessageBox(QMessageBox::Information, tr("Bulletin"),
                                                tr("The bulletin was written to %1.")
                                                    .arg(QDir::toNativeSeparators(file)),
                                                QMessageBox::Ok, this);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                });
        connect(m_bulletinDialog, &EvaluationBulletinDialog::failed, this,
                &EvaluationView::errorOccurred);
    }
    return m_bulletinDialog;
}

void EvaluationView::openBulletinDialog()
{
    bulletinDialog()->open();
}

} // namespace Cc::CasesWidgets
