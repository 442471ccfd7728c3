// SPDX-License-Identifier: GPL-3.0-or-later
// EvaluationView: the whole city's line (as of now and as published), the other region
// levels and publishing (docs/kpi.md).
#include <cc/cases_widgets/evaluationview.h>

#include <cc/cases/kpipublication.h>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>

#include <algorithm>

namespace Cc::CasesWidgets {

namespace {

QString shown(const Core::FigureValue &v)
{
    if (!v.value)
        return QStringLiteral("—");
    return v.kind == Core::FigureValue::Percent
               ? QLocale().toString(*v.value, 'f', 2) + QLocale().percent()
               : QLocale().toString(qint64(*v.value));
}

} // namespace

Core::KpiRules EvaluationView::rules() const
{
    // Invalid stored rules are refused by cityctl and the settings' writers; a window that
    // meets them anyway grades by the defaults rather than not at all.
    auto rules = m_city.kpiRules();
    return rules ? rules.value() : Core::KpiRules::defaults();
}

Cases::KpiPublisher EvaluationView::publisher() const
{
    return Cases::KpiPublisher(m_db, {m_zone, m_city.cityName(), rules(), &m_city.categories()});
}

Result<QList<Cases::EvaluationRow>> EvaluationView::levelRows(const QDateTime &begin,
                                                              const QDateTime &end,
                                                              Cases::FiguresByKey &figures)
{
    Cases::FigureQuery query;
    query.scope = level();
    query.from = begin.toUTC();
    query.to = end.toUTC();
    query.now = now();
    query.rules = rules();
    query.categories = &m_city.categories();
    auto counted = Cases::countFigures(m_db, query);
    if (!counted)
        return counted.error();
    QList<Cases::EvaluationRow> rows;
    for (const Cases::FigureRow &f : counted.value()) {
        if (f.figures.filed == 0 && f.figures.due == 0 && f.figures.reported == 0)
            continue; // nothing reported, filed or due: nothing to show
        rows << Cases::EvaluationRow{f.key, f.name, Core::Role::Invalid, f.evaluation};
        figures.insert(f.key, f.figures);
    }
    if (isFiguresOnly())
        return rows; // channels, kinds, classes: in their own order, no score to sort by
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Cases::EvaluationRow &a, const Cases::EvaluationRow &b) {
                         if (a.evaluation.hasScore != b.evaluation.hasScore)
                             return a.evaluation.hasScore;
                         return a.evaluation.score > b.evaluation.score;
                     });
    return rows;
}

QString EvaluationView::cityComparison(Cases::KpiPublisher &kpi, const Core::CaseFigures &city)
{
    auto c = Cases::compareFigures(kpi, Cases::FigureScope::City, {from(), to()}, now());
    if (!c)
        return c.error().message;
    const auto change = [&city](const Cases::FiguresByKey &then) {
        const auto v = then.isEmpty()
                           ? std::nullopt
                           : Cases::rateChange(city, &*then.cbegin(), QStringLiteral("close-rate"));
        //: percentage points: %1 个百分点
        return v ? tr("%1 pp").arg((*v > 0 ? QStringLiteral("+") : QString())
                                   + QLocale().toString(*v, 'f', 2))
                 : QStringLiteral("—");
    };
    //: 结案率环比 %1, 同比 %2
    return tr("closing rate %1 on the period before, %2 on a year earlier")
        .arg(change(c->previousFigures), change(c->lastYearFigures));
}

void EvaluationView::updateCityLine()
{
    Cases::KpiPublisher kpi = publisher();
    auto current = kpi.current(Cases::FigureScope::City, from(), to(), now());
    auto published = kpi.published(Cases::FigureScope::City, from(), to());
    if (!current || current->isEmpty() || !published) {
        m_cityLine->setText(
            tr("Whole city: %1")
                .arg(!current ? current.error().message : published.error().message));
        return;
    }
    const Core::CaseFigures &f = current->first().figures;
    QStringList parts, tips;
    for (const char *id : {"reported", "filed", "due", "closed", "close-rate", "in-time-close-rate",
                           "overdue-open"}) {
        const Core::FigureValue v = Core::figureValue(f, QLatin1String(id));
        parts << QStringLiteral("%1 %2").arg(v.name, shown(v));
        tips << QStringLiteral("%1: %2").arg(v.name, Core::indicatorFormula(v.id));
    }
    //: 目标 (the 结案率 target line)
    parts << tr("target %1%").arg(QLocale().toString(rules().targetCloseRate, 'f', 0));
    QString line = tr("Whole city, as of now: %1").arg(parts.join(QStringLiteral(" · ")));
    if (*published && !published->value().rows.isEmpty()) {
        const Cases::PublishedFigures &p = published->value();
        const Core::CaseFigures &then = p.rows.first().figures;
        line += QLatin1Char('\n')
                + tr("As published %1 by %2: %3 %4 · %5 %6")
                      .arg(QLocale().toString(p.publishedAt.toTimeZone(m_zone),
                                              QLocale::ShortFormat),
                           p.publishedByName,
                           Core::figureValue(then, QStringLiteral("close-rate")).name,
                           shown(Core::figureValue(then, QStringLiteral("close-rate"))),
                           Core::figureValue(then, QStringLiteral("in-time-close-rate")).name,
                           shown(Core::figureValue(then, QStringLiteral("in-time-close-rate"))));
    } else {
        line += QLatin1Char('\n') + tr("Not published");
    }
    if (isComparing())
        line += QStringLiteral(" · ") + cityComparison(kpi, f);
    m_cityLine->setText(line);
    m_cityLine->setToolTip(tips.join(QLatin1Char('\n')));
}

QString EvaluationView::cityLine() const
{
    return m_cityLine->text();
}

void EvaluationView::setPublisher(const QString &login, Core::Role role)
{
    m_publisherLogin = login;
    m_publisherRole = role;
    m_publishAction->setVisible(!login.isEmpty());
}

bool EvaluationView::publish()
{
    if (m_interactive
        && QMessageBox::question(
               this, tr("Publish"),
               tr("Publish the figures of %1 – %2? Published figures are frozen as issued.")
                   .arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate)))
               != QMessageBox::Yes)
        return false;
    if (auto r = publisher().publish(m_publisherLogin, m_publisherRole, from(), to(), now()); !r)
        return fail(tr("Not published: %1 [%2]").arg(r.error().message, r.error().code));
    return evaluate();
}

} // namespace Cc::CasesWidgets
