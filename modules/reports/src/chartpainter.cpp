// SPDX-License-Identifier: GPL-3.0-or-later
// Bar and line charts drawn with QPainter: a logic module may not link QtCharts' widgets, and
// the same drawing serves the PDF (vector) and the ODT (an image).
#include <cc/reports/writers.h>

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Cc::Reports {

namespace {

const QList<QColor> &palette()
{
    // Blue for this period, grey for the comparison, then distinct hues.
    static const QList<QColor> colors{QColor(0x2f, 0x6f, 0xb5), QColor(0xa0, 0xa7, 0xb0),
                                      QColor(0xd9, 0x53, 0x4f), QColor(0x3c, 0x9a, 0x5f),
                                      QColor(0xe0, 0x9b, 0x2d)};
    return colors;
}

/// A round axis maximum (1, 2, 2.5, 5 × 10ⁿ steps) at or above `value`, with `ticks` steps.
double niceMax(double value, int ticks)
{
    if (value <= 0)
        return ticks;
    const double raw = value / ticks;
    const double magnitude = std::pow(10, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * magnitude >= raw)
            return f * magnitude * ticks;
    }
    return 10 * magnitude * ticks;
}

QString tickText(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::round(v)))
                                              : QString::number(v, 'f', 1);
}

void paintLegend(QPainter &p, const QRectF &area, const Chart &chart, const QFontMetricsF &fm)
{
    double x = area.right();
    for (qsizetype s = chart.series.size() - 1; s >= 0; --s) {
        const double w = fm.horizontalAdvance(chart.series[s].name);
        x -= w;
        p.setPen(Qt::black);
        p.drawText(QPointF(x, area.top() + fm.ascent()), chart.series[s].name);
        const double box = fm.height() * 0.7;
        x -= box + fm.height() * 0.3;
        p.fillRect(QRectF(x, area.top() + (fm.height() - box) / 2, box, box),
                   palette()[s % palette().size()]);
        x -= fm.height();
    }
}

void paintBars(QPainter &p, const QRectF &plot, const Chart &chart, double top)
{
    const qsizetype n = chart.labels.size();
    const qsizetype k = std::max<qsizetype>(1, chart.series.size());
    const double slot = plot.width() / n;
    const double barWidth = slot * 0.7 / k;
    for (qsizetype s = 0; s < chart.series.size(); ++s) {
        const QColor color = palette()[s % palette().size()];
        for (qsizetype i = 0; i < n && i < chart.series[s].values.size(); ++i) {
            const double v = chart.series[s].values[i];
            if (!std::isfinite(v))
                continue;
            const double h = plot.height() * std::clamp(v / top, 0.0, 1.0);
            p.fillRect(QRectF(plot.left() + slot * i + slot * 0.15 + barWidth * s,
                              plot.bottom() - h, barWidth, h),
                       color);
        }
    }
}

void paintLines(QPainter &p, const QRectF &plot, const Chart &chart, double top, double scale)
{
    const qsizetype n = chart.labels.size();
    const double slot = plot.width() / n;
    for (qsizetype s = 0; s < chart.series.size(); ++s) {
        QPainterPath path;
        bool drawing = false;
        for (qsizetype i = 0; i < n && i < chart.series[s].values.size(); ++i) {
            const double v = chart.series[s].values[i];
            if (!std::isfinite(v)) {
                drawing = false;
                continue;
            }
            const QPointF pt(plot.left() + slot * (i + 0.5),
                             plot.bottom() - plot.height() * std::clamp(v / top, 0.0, 1.0));
            drawing ? path.lineTo(pt) : path.moveTo(pt);
            drawing = true;
        }
        p.setPen(QPen(palette()[s % palette().size()], 1.6 * scale));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
}

} // namespace

void paintChart(QPainter &p, const QRectF &area, const Chart &chart, const QString &fontFamily)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // Everything scales with the area: the same chart at any resolution.
    const double scale = area.width() / 480.0;
    QFont font(fontFamily);
    // As the text: no shaping, so every glyph has its character in the PDF (textdocument.h).
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPixelSize(std::max(1, int(std::lround(10 * scale))));
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    p.fillRect(area, Qt::white);

    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRectF(area.left(), area.top(), area.width(), fm.height() * 1.4),
               Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    p.setFont(font);
    paintLegend(p, QRectF(area.left(), area.top() + fm.height() * 0.2, area.width(), fm.height()),
                chart, fm);

    const qsizetype n = chart.labels.size();
    double maxValue = 0;
    for (const Series &s : chart.series) {
        for (double v : s.values) {
            if (std::isfinite(v))
                maxValue = std::max(maxValue, v);
        }
    }
    constexpr int kTicks = 5;
    const double top = niceMax(maxValue, kTicks);
    const double axisWidth = fm.horizontalAdvance(tickText(top)) + fm.height() * 0.6;
    // Long x labels (category names) are turned 45°: room for them below the plot.
    double longest = 0;
    for (const QString &l : chart.labels)
        longest = std::max(longest, fm.horizontalAdvance(l));
    const bool slanted = n > 0 && longest > area.width() * 0.85 / n;
    const double below = slanted ? longest * 0.72 + fm.height() : fm.height() * 1.6;
    const QRectF plot(area.left() + axisWidth, area.top() + fm.height() * 2.8,
                      area.width() - axisWidth - fm.height() * 0.5,
                      area.height() - fm.height() * 2.8 - below);
    if (n == 0 || plot.height() <= 0) {
        p.restore();
        return;
    }

    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.6 * scale));
    for (int t = 0; t <= kTicks; ++t) {
        const double y = plot.bottom() - plot.height() * t / kTicks;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y - fm.height() / 2, axisWidth - fm.height() * 0.3,
                          fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, tickText(top * t / kTicks));
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.6 * scale));
    }
    if (!chart.unit.isEmpty()) {
        p.setPen(Qt::black);
        p.drawText(QPointF(area.left(), plot.top() - fm.height() * 0.5), chart.unit);
    }

    chart.type == ChartType::Bar ? paintBars(p, plot, chart, top)
                                 : paintLines(p, plot, chart, top, scale);

    p.setPen(QPen(Qt::black, 0.8 * scale));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const double slot = plot.width() / n;
    // Thin the labels of a long line (a quarter's days): about 16 fit.
    const qsizetype every = chart.type == ChartType::Line ? std::max<qsizetype>(1, (n + 15) / 16)
                                                          : 1;
    for (qsizetype i = 0; i < n; i += every) {
        const double cx = plot.left() + slot * (i + 0.5);
        if (slanted) {
            p.save();
            p.translate(cx, plot.bottom() + fm.height() * 0.4);
            p.rotate(-45);
            p.drawText(QPointF(-fm.horizontalAdvance(chart.labels[i]), fm.ascent() / 2),
                       chart.labels[i]);
            p.restore();
        } else {
            p.drawText(QRectF(cx - slot * every / 2, plot.bottom() + fm.height() * 0.2,
                              slot * every, fm.height()),
                       Qt::AlignHCenter | Qt::AlignTop, chart.labels[i]);
        }
    }
    p.restore();
}

} // namespace Cc::Reports
