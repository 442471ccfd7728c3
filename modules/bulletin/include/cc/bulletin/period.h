// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QDate>
#include <QString>

namespace Cc::Bulletin {

/// How often a bulletin (通报) comes out.
enum class Kind { Invalid = 0, Week, Month, Quarter };

QString kindId(Kind kind); ///< "week", "month", "quarter"
Kind kindFromId(QStringView id);

/// A bulletin's period: whole days of the city, first to last inclusive. Weeks are ISO
/// weeks (Monday to Sunday, "2026-W48"), months "2026-11", quarters "2026-Q4".
struct Period
{
    Kind kind = Kind::Invalid;
    int year = 0;   ///< the ISO week-year for weeks
    int number = 0; ///< week 1–53, month 1–12, quarter 1–4: also the bulletin's issue number
    QDate first;
    QDate last;

    QString id() const; ///< as parsed: "2026-W48", "2026-11", "2026-Q4"
    /// The period before (环比): the week, month or quarter before.
    Period previous() const;
    /// The same period a year earlier (同比); week 53 of a year without one becomes week 52.
    Period yearEarlier() const;
    qint64 days() const { return first.daysTo(last) + 1; }
    /// As a bulletin prints it: "2026年11月", "2026年第48周", "2026年第四季度".
    QString title() const;
    /// "2026年11月1日—11月30日".
    QString rangeText() const;
};

/// Builds a period from its parts; refuses ("bulletin.bad-period") a number out of range.
Result<Period> makePeriod(Kind kind, int year, int number);
/// Parses "2026-W48" (week), "2026-11" (month), "2026-Q4" (quarter); refuses
/// ("bulletin.bad-period") anything else, naming the form expected, and ("bulletin.bad-kind")
/// an invalid kind.
Result<Period> parsePeriod(Kind kind, QStringView text);
/// The period of `kind` that contains `date` (the default: the one before today's).
Period periodContaining(Kind kind, const QDate &date);

} // namespace Cc::Bulletin
