// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QString>

namespace Cc::Core {

/// A time limit as the standards state them: working hours/days on the city's work calendar,
/// or plain calendar minutes/hours (the centre itself runs 24 h, and 突发 cases run on
/// calendar time).
struct TimeLimit
{
    enum class Unit { Invalid = 0, WorkingHours, WorkingDays, CalendarMinutes, CalendarHours };

    int amount = 0;
    Unit unit = Unit::Invalid;

    bool isValid() const { return unit != Unit::Invalid && amount > 0; }
    bool isWorkingTime() const { return unit == Unit::WorkingHours || unit == Unit::WorkingDays; }

    /// Compact text form used in data files and the database: "4wh", "5wd", "30m", "6h".
    QString toString() const;
    static Result<TimeLimit> parse(QStringView text);

    /// Human form, translated: "4 工作时", "5 工作日", "30 分钟", "6 小时".
    QString displayText() const;

    friend bool operator==(const TimeLimit &, const TimeLimit &) = default;
};

} // namespace Cc::Core
