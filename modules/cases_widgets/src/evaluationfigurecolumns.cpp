// SPDX-License-Identifier: GPL-3.0-or-later
// EvaluationModel's figure columns: the published figures (docs/kpi.md) of each row as of
// now and as published, and the changes of its rates against 环比 and 同比.
#include <cc/cases_widgets/evaluationmodel.h>

#include <cc/core/kpifigures.h>

#include <QLocale>

#include <limits>

namespace Cc::CasesWidgets {

namespace {

const Core::CaseFigures *find(const Cases::FiguresByKey &set, const QString &key)
{
    const auto it = set.constFind(key);
    return it == set.cend() ? nullptr : &*it;
}

bool isChange(const FigureColumn &c)
{
    return c.source == FigureColumn::PreviousPeriod || c.source == FigureColumn::SamePeriodLastYear;
}

/// A value as the table shows it: 98.73%, 1,024, 3.5; "—" for none.
QString shownValue(const Core::FigureValue &v)
{
    if (!v.value)
        return EvaluationModel::noValue();
    const QLocale locale;
    switch (v.kind) {
    case Core::FigureValue::Percent:
        return locale.toString(*v.value, 'f', 2) + locale.percent();
    case Core::FigureValue::Hours:
        return locale.toString(*v.value, 'f', 1);
    case Core::FigureValue::Count:
        break;
    }
    return locale.toString(qint64(*v.value));
}

QString fraction(const Core::FigureValue &v)
{
    return QStringLiteral("%1 / %2").arg(QLocale().toString(v.numerator),
                                         QLocale().toString(v.denominator));
}

} // namespace

void EvaluationModel::setFigureColumns(QList<FigureColumn> columns, FigureSets sets)
{
    beginResetModel();
    m_figureColumns = std::move(columns);
    m_figures = std::move(sets);
    endResetModel();
}

int EvaluationModel::figureColumn(const QString &id, FigureColumn::Source source) const
{
    for (int i = 0; i < m_figureColumns.size(); ++i) {
        if (m_figureColumns.at(i).id == id && m_figureColumns.at(i).source == source)
            return firstFigureColumn() + i;
    }
    return -1;
}

const FigureColumn *EvaluationModel::figureColumnAt(int column) const
{
    const int i = column - firstFigureColumn();
    return i >= 0 && i < m_figureColumns.size() ? &m_figureColumns.at(i) : nullptr;
}

std::optional<double> EvaluationModel::figureCellValue(int row, const FigureColumn &c) const
{
    const QString &key = m_rows.at(row).key;
    const Core::CaseFigures *now = find(m_figures.now, key);
    switch (c.source) {
    case FigureColumn::Now:
        return now ? Core::figureValue(*now, c.id).value : std::nullopt;
    case FigureColumn::Published: {
        const Core::CaseFigures *published = find(m_figures.published, key);
        return published ? Core::figureValue(*published, c.id).value : std::nullopt;
    }
    case FigureColumn::PreviousPeriod:
        return now ? Cases::rateChange(*now, find(m_figures.previous, key), c.id) : std::nullopt;
    case FigureColumn::SamePeriodLastYear:
        return now ? Cases::rateChange(*now, find(m_figures.lastYear, key), c.id) : std::nullopt;
    }
    return std::nullopt;
}

QVariant EvaluationModel::figureData(int row, const FigureColumn &c, int role) const
{
    const QString &key = m_rows.at(row).key;
    const std::optional<double> value = figureCellValue(row, c);
    switch (role) {
    case Qt::DisplayRole: {
        if (!isChange(c)) {
            const Cases::FiguresByKey &set = c.source == FigureColumn::Published
                                                 ? m_figures.published
                                                 : m_figures.now;
            const Core::CaseFigures *f = find(set, key);
            return f ? shownValue(Core::figureValue(*f, c.id)) : noValue();
        }
        if (!value)
            return noValue();
        // A signed change: "+1.25", "−0.40" (percentage points, the column says so).
        return (*value > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(*value, 'f', 2);
    }
    case SortRole:
        return value ? *value : std::numeric_limits<double>::lowest();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (isChange(c) && value && *value != 0)
            return *value > 0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::ToolTipRole: {
        const bool previous = c.source == FigureColumn::PreviousPeriod;
        const Cases::FiguresByKey &set = c.source == FigureColumn::Published ? m_figures.published
                                         : c.source == FigureColumn::Now     ? m_figures.now
                                         : previous                          ? m_figures.previous
                                                                             : m_figures.lastYear;
        const Core::CaseFigures *f = find(set, key);
        if (!f)
            return tr("No figures for this row");
        const Core::FigureValue v = Core::figureValue(*f, c.id);
        const QString shown = v.kind == Core::FigureValue::Percent
                                  ? tr("%1 (%2)").arg(shownValue(v), fraction(v))
                                  : shownValue(v);
        switch (c.source) {
        case FigureColumn::Now:
            return shown;
        case FigureColumn::Published:
            return tr("%1: %2").arg(m_figures.publishedText, shown);
        case FigureColumn::PreviousPeriod:
            return tr("%1: %2").arg(m_figures.previousText, shown);
        case FigureColumn::SamePeriodLastYear:
            return tr("%1: %2").arg(m_figures.lastYearText, shown);
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant EvaluationModel::figureHeader(const FigureColumn &c, int role) const
{
    const Core::FigureValue v = Core::figureValue({}, c.id);
    if (role == Qt::DisplayRole) {
        switch (c.source) {
        case FigureColumn::Now:
            // Beside its published twin it says which is which.
            if (figureColumn(c.id, FigureColumn::Published) >= 0)
                //: 截至目前
                return tr("%1\nas of now").arg(v.name);
            return v.name;
        case FigureColumn::Published:
            //: 已发布 (the figure as issued)
            return tr("%1\nas published").arg(v.name);
        case FigureColumn::PreviousPeriod:
            //: 环比, in percentage points (百分点)
            return tr("%1\nvs previous (pp)").arg(v.name);
        case FigureColumn::SamePeriodLastYear:
            //: 同比, in percentage points (百分点)
            return tr("%1\nvs a year earlier (pp)").arg(v.name);
        }
    }
    if (role != Qt::ToolTipRole)
        return {};
    QString tip = Core::indicatorFormula(c.id);
    switch (c.source) {
    case FigureColumn::Now:
        break;
    case FigureColumn::Published:
        tip += QLatin1Char('\n') + m_figures.publishedText;
        break;
    case FigureColumn::PreviousPeriod:
        tip += QLatin1Char('\n')
               + tr("Change against %1, in percentage points (环比)").arg(m_figures.previousText);
        break;
    case FigureColumn::SamePeriodLastYear:
        tip += QLatin1Char('\n')
               + tr("Change against %1, in percentage points (同比)").arg(m_figures.lastYearText);
        break;
    }
    return tip + QLatin1Char('\n') + tr("\"—\": nothing was due, or no figures to compare.");
}

} // namespace Cc::CasesWidgets
