// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/timelimit.h>

#include "coretr.h"

namespace Cc::Core {

namespace {

// Five digits cover every real limit (99999 minutes is about ten weeks) and keep the
// working-time arithmetic far away from any overflow or multi-century calendar walk.
constexpr int kMaxAmount = 99999;

struct UnitSuffix
{
    TimeLimit::Unit unit;
    const char *suffix;
};

// Longest suffix first is not needed: the whole remainder must match exactly.
constexpr UnitSuffix kSuffixes[] = {
    {TimeLimit::Unit::WorkingHours, "wh"},
    {TimeLimit::Unit::WorkingDays, "wd"},
    {TimeLimit::Unit::CalendarMinutes, "m"},
    {TimeLimit::Unit::CalendarHours, "h"},
};

} // namespace

QString TimeLimit::toString() const
{
    if (!isValid())
        return {};
    for (const auto &s : kSuffixes) {
        if (s.unit == unit)
            return QString::number(amount) + QLatin1String(s.suffix);
    }
    return {};
}

Result<TimeLimit> TimeLimit::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty()) {
        return makeError(QStringLiteral("timelimit.empty"),
                         Tr::tr("The time limit is empty; expected e.g. \"4wh\", \"5wd\", "
                                "\"30m\" or \"6h\"."));
    }
    qsizetype digits = 0;
    while (digits < t.size() && t.at(digits).isDigit() && t.at(digits).unicode() < 128)
        ++digits;
    if (digits == 0) {
        return makeError(QStringLiteral("timelimit.bad-number"),
                         Tr::tr("The time limit \"%1\" does not start with a number; expected "
                                "e.g. \"4wh\".")
                             .arg(t));
    }
    const QStringView suffix = t.mid(digits);
    Unit unit = Unit::Invalid;
    for (const auto &s : kSuffixes) {
        if (suffix.compare(QLatin1String(s.suffix), Qt::CaseInsensitive) == 0)
            unit = s.unit;
    }
    if (unit == Unit::Invalid) {
        return makeError(QStringLiteral("timelimit.bad-unit"),
                         Tr::tr("The time limit \"%1\" has an unknown unit \"%2\"; use wh "
                                "(working hours), wd (working days), m (minutes) or h (hours).")
                             .arg(t, suffix));
    }
    bool ok = false;
    const int amount = t.left(digits).toInt(&ok);
    if (!ok || amount > kMaxAmount) {
        return makeError(QStringLiteral("timelimit.too-large"),
                         Tr::tr("The time limit \"%1\" is too large; at most %2 units.")
                             .arg(t)
                             .arg(kMaxAmount));
    }
    if (amount == 0) {
        return makeError(QStringLiteral("timelimit.not-positive"),
                         Tr::tr("The time limit \"%1\" is zero; a limit must be positive.").arg(t));
    }
    return TimeLimit{amount, unit};
}

QString TimeLimit::displayText() const
{
    // Separate singular strings rather than %n: the source language is English and no
    // English .qm is shipped, so "%n working hour(s)" would show up verbatim.
    const bool one = amount == 1;
    switch (unit) {
    case Unit::WorkingHours:
        return one ? Tr::tr("1 working hour") : Tr::tr("%1 working hours").arg(amount);
    case Unit::WorkingDays:
        return one ? Tr::tr("1 working day") : Tr::tr("%1 working days").arg(amount);
    case Unit::CalendarMinutes:
        return one ? Tr::tr("1 minute") : Tr::tr("%1 minutes").arg(amount);
    case Unit::CalendarHours:
        return one ? Tr::tr("1 hour") : Tr::tr("%1 hours").arg(amount);
    case Unit::Invalid:
        break;
    }
    return Tr::tr("no limit");
}

} // namespace Cc::Core
