// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/csv.h>

#include <QIODevice>

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

QString csvRecord(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << csvField(f);
    return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

bool CsvWriter::writeRecords(const QString &records)
{
    QByteArray bytes = records.toUtf8();
    if (!m_started) {
        bytes.prepend("\xEF\xBB\xBF", 3);
        m_started = true;
    }
    return m_out.write(bytes) == bytes.size();
}

QString CsvWriter::errorString() const
{
    return m_out.errorString();
}

} // namespace Cc::Cases
