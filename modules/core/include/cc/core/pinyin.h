// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>

namespace Cc::Core {

/// Toneless pinyin of the common Chinese characters (resources/pinyin.txt), for search
/// boxes where operators type pinyin instead of switching input method: "bllj", "baolu",
/// "baolulaji" and "baoluj" all find 暴露垃圾.
class Pinyin
{
public:
    /// The shipped table (loaded once, read-only afterwards: safe from any thread).
    static const Pinyin &builtin();

    /// The readings of one character, most common first; empty for anything else.
    QStringList readings(QChar c) const { return m_readings.value(c.unicode()); }
    /// Whether `query` (latin letters, any case) spells a run of `text`'s characters in
    /// pinyin, each character by a whole reading or by its initial letter, the last one
    /// possibly cut short. Non-Chinese characters match themselves.
    bool matches(QStringView text, QStringView query) const;

private:
    bool matchesAt(QStringView text, qsizetype at, QStringView query) const;
    QHash<char16_t, QStringList> m_readings;
};

} // namespace Cc::Core
