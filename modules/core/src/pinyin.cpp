// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/pinyin.h>

#include <QFile>

namespace Cc::Core {

const Pinyin &Pinyin::builtin()
{
    static const Pinyin table = [] {
        Pinyin p;
        QFile file(QStringLiteral(":/cc/pinyin.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the pinyin table is missing from the build");
        const QString text = QString::fromUtf8(file.readAll());
        for (QStringView line : QStringView(text).split(u'\n')) {
            if (line.size() < 2 || line.front() == u'#')
                continue;
            QStringList readings;
            for (QStringView r : line.mid(1).split(u','))
                readings << r.toString();
            p.m_readings.insert(line.front().unicode(), readings);
        }
        return p;
    }();
    return table;
}

bool Pinyin::matches(QStringView text, QStringView query) const
{
    if (query.isEmpty())
        return true;
    const QString lower = query.toString().toLower();
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (matchesAt(text, at, lower))
            return true;
    }
    return false;
}

bool Pinyin::matchesAt(QStringView text, qsizetype at, QStringView query) const
{
    if (query.isEmpty())
        return true;
    if (at >= text.size())
        return false;
    const QChar c = text[at];
    const auto found = m_readings.constFind(c.unicode());
    if (found == m_readings.cend())
        return c.toLower() == query.front() && matchesAt(text, at + 1, query.mid(1));
    for (const QString &reading : *found) {
        if (reading.startsWith(query))
            return true; // the query ends inside this character's reading
        if (query.startsWith(reading) && matchesAt(text, at + 1, query.mid(reading.size())))
            return true;
        if (reading.front() == query.front() && matchesAt(text, at + 1, query.mid(1)))
            return true;
    }
    return false;
}

} // namespace Cc::Core
