// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/reports/document.h>

#include <cmath>

namespace Cc::Reports {

Cell Cell::count(qint64 value)
{
    return {QString::number(value), double(value), 0};
}

Cell Cell::percent(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return of(QStringLiteral("—"));
    return {QString::number(*value, 'f', 2) + QLatin1Char('%'), *value, 2};
}

Cell Cell::change(std::optional<double> value, const QString &suffix, int decimals)
{
    if (!value || !std::isfinite(*value))
        return of(QStringLiteral("—"));
    const double rounded = std::round(*value * std::pow(10, decimals)) / std::pow(10, decimals);
    // A typographic minus, as printed bulletins do; "±0" when nothing changed.
    QString sign = rounded > 0   ? QStringLiteral("+")
                   : rounded < 0 ? QStringLiteral("−")
                                 : QStringLiteral("±");
    return {sign + QString::number(std::abs(rounded), 'f', decimals) + suffix, rounded, decimals};
}

} // namespace Cc::Reports
