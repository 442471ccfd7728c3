// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/csv.h>

namespace Cc::Cases {

QString csvField(const QString &value)
{
    QString text = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front())) {
        bool isNumber = false;
        text.toDouble(&isNumber);
        if (!isNumber)
            text.prepend(QLatin1Char('\''));
    }
    if (!text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char(','))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace Cc::Cases
