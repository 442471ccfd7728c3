// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/evaluationmodel.h>

#include <cc/core/kpifigures.h>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace Cc::CasesWidgets {

using Cases::EvaluationRow;
using Cases::EvaluationScope;

namespace {

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

} // namespace

QString EvaluationModel::noValue()
{
    return QStringLiteral("—");
}

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
    if (const FigureColumn *f = figureColumnAt(column)) {
        return (f->source == FigureColumn::Now || f->source == FigureColumn::Published)
               && Core::figureValue({}, f->id).kind == Core::FigureValue::Percent;
    }
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
    return parent.isValid() ? 0 : firstFigureColumn() + figureColumnCount();
}

QColor EvaluationModel::gradeColor(QChar grade)
{
    switch (grade.toLatin1()) {
    case 'A':
        return QColor(0x2e, 0x7d, 0x32);
    case 'B':
        return QColor(0x7c, 0xb3, 0x42);
    case 'C':
        return QColor(0xf9, 0xa8, 0x25);
    case 'D':
        return QColor(0xef, 0x6c, 0x00);
    default:
        return QColor(0xc6, 0x28, 0x28);
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
    if (const FigureColumn *f = figureColumnAt(column)) {
        const std::optional<double> v = figureCellValue(row, *f);
        const bool count = f->source == FigureColumn::Now || f->source == FigureColumn::Published
                               ? Core::figureValue({}, f->id).kind == Core::FigureValue::Count
                               : false;
        return !v ? QString() : QString::number(*v, 'f', count ? 0 : 2);
    }
    // Nothing due: no value, exported empty (as "—" on screen), never 100.
    if (column == scoreColumn())
        return r.evaluation.hasScore ? QString::number(r.evaluation.score, 'f', 1) : QString();
    if (column == gradeColumn())
        return r.evaluation.hasScore ? QString(r.evaluation.grade) : QString();
    if (const Core::Indicator *i = indicator(row, column)) {
        if (!i->hasValue)
            return {};
        return i->isScore ? QString::number(i->value, 'f', 0)
                          : QString::number(i->value * 100, 'f', 1);
    }
    return {};
}

QString EvaluationModel::exportHeader(int column) const
{
    if (column == 0)
        return headerData(0, Qt::Horizontal).toString();
    if (column == roleColumn() || column == scoreColumn() || column == gradeColumn())
        return headerData(column, Qt::Horizontal).toString();
    if (figureColumnAt(column)) {
        const QString title = headerData(column, Qt::Horizontal)
                                  .toString()
                                  .replace(QLatin1Char('\n'), QLatin1Char(' '));
        return isPercentColumn(column) ? tr("%1 (%)").arg(title) : title;
    }
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
    if (const FigureColumn *f = figureColumnAt(column))
        return figureData(index.row(), *f, role);
    const bool numeric = column >= firstIndicatorColumn() && column <= scoreColumn();

    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        if (column == 0)
            return r.name;
        if (column == roleColumn())
            return Core::roleName(r.role);
        // "—": nothing was due, so there is nothing to rate (docs/kpi.md).
        if (column == scoreColumn())
            return r.evaluation.hasScore ? locale.toString(r.evaluation.score, 'f', 1) : noValue();
        if (column == gradeColumn())
            return r.evaluation.hasScore ? QString(r.evaluation.grade) : noValue();
        if (const Core::Indicator *i = indicator(index.row(), column)) {
            if (!i->hasValue)
                return noValue();
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
        // No value sorts below every value.
        if (column == scoreColumn() || column == gradeColumn())
            return r.evaluation.hasScore ? r.evaluation.score : -1.0;
        if (const Core::Indicator *i = indicator(index.row(), column))
            return i->hasValue ? i->value : -1.0;
        return {};
    case Qt::ToolTipRole: {
        if (column == 0)
            return r.key;
        if (const Core::Indicator *i = indicator(index.row(), column)) {
            if (i->isScore)
                return tr("Count: %1").arg(QLocale().toString(i->numerator));
            const QString fraction = QStringLiteral("%1 / %2").arg(QLocale().toString(i->numerator),
                                                                   QLocale().toString(
                                                                       i->denominator));
            return i->hasValue ? fraction : tr("%1: nothing was due").arg(fraction);
        }
        if (column == scoreColumn() || column == gradeColumn()) {
            // The composite broken down, so that the mixed post view (no indicator columns)
            // still explains each score.
            QStringList lines;
            for (const Core::Indicator &i : r.evaluation.indicators) {
                const QString value = !i.hasValue ? noValue()
                                      : i.isScore
                                          ? QLocale().toString(i.value, 'f', 0)
                                          : QStringLiteral("%1% (%2 / %3)")
                                                .arg(QLocale().toString(i.value * 100, 'f', 1),
                                                     QLocale().toString(i.numerator),
                                                     QLocale().toString(i.denominator));
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
            return r.evaluation.hasScore ? gradeColor(r.evaluation.grade) : QVariant();
        return {};
    case Qt::ForegroundRole:
        if (column == gradeColumn() && r.evaluation.hasScore) {
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
    default:
        return {};
    }
}

QVariant EvaluationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const FigureColumn *f = figureColumnAt(section))
        return figureHeader(*f, role);
    const int i = indicatorAt(section);
    if (role == Qt::DisplayRole) {
        if (section == 0 && !m_nameTitle.isEmpty())
            return m_nameTitle;
        if (section == 0) {
            switch (m_scope) {
            case EvaluationScope::Department:
                return tr("Department");
            case EvaluationScope::Grid:
                return tr("Responsibility grid");
            default:
                return tr("Name");
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
        tip += QLatin1Char('\n') + Core::indicatorFormula(t.id);
        tip += QLatin1Char('\n')
               + tr("\"—\": nothing was due; the score is the weighted mean of the others.");
        if (!t.higherIsBetter)
            tip += QLatin1Char('\n') + tr("Lower is better: the score counts 100% minus the rate.");
        return tip;
    }
    if (role == Qt::ToolTipRole && section == gradeColumn())
        return tr("A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, E < 40");
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Cc::CasesWidgets
