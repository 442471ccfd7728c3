// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/bulletin/period.h>

#include "bulletintr.h"

#include <QRegularExpression>

namespace Cc::Bulletin {

QString kindId(Kind kind)
{
    switch (kind) {
    case Kind::Week:
        return QStringLiteral("week");
    case Kind::Month:
        return QStringLiteral("month");
    case Kind::Quarter:
        return QStringLiteral("quarter");
    case Kind::Invalid:
        break;
    }
    return {};
}

Kind kindFromId(QStringView id)
{
    for (Kind k : {Kind::Week, Kind::Month, Kind::Quarter}) {
        if (id == kindId(k))
            return k;
    }
    return Kind::Invalid;
}

namespace {

/// Monday of ISO week 1: the week with the year's first Thursday (4 January is always in it).
QDate isoWeekOneMonday(int year)
{
    const QDate jan4(year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek());
}

int isoWeeksIn(int year)
{
    return QDate(year, 12, 28).weekNumber(); // 28 December is always in the year's last week
}

Error badPeriod(Kind kind, QStringView text)
{
    const QString example = kind == Kind::Week    ? QStringLiteral("2026-W48")
                            : kind == Kind::Month ? QStringLiteral("2026-11")
                                                  : QStringLiteral("2026-Q4");
    return makeError(QStringLiteral("bulletin.bad-period"),
                     Tr::tr("“%1” is not a %2 period; write it like %3.")
                         .arg(text.toString(), kindId(kind), example));
}

} // namespace

Result<Period> makePeriod(Kind kind, int year, int number)
{
    // Years a centre's records can hold; QDate itself goes much further.
    if (year < 1990 || year > 2200)
        return makeError(QStringLiteral("bulletin.bad-period"),
                         Tr::tr("The year %1 is out of range.").arg(year));
    Period p{kind, year, number, {}, {}};
    switch (kind) {
    case Kind::Week:
        if (number < 1 || number > isoWeeksIn(year))
            return makeError(QStringLiteral("bulletin.bad-period"),
                             Tr::tr("%1 has weeks 1 to %2, not %3.")
                                 .arg(year)
                                 .arg(isoWeeksIn(year))
                                 .arg(number));
        p.first = isoWeekOneMonday(year).addDays(7 * (number - 1));
        p.last = p.first.addDays(6);
        return p;
    case Kind::Month:
        if (number < 1 || number > 12)
            return makeError(QStringLiteral("bulletin.bad-period"),
                             Tr::tr("A month is 1 to 12, not %1.").arg(number));
        p.first = QDate(year, number, 1);
        p.last = p.first.addMonths(1).addDays(-1);
        return p;
    case Kind::Quarter:
        if (number < 1 || number > 4)
            return makeError(QStringLiteral("bulletin.bad-period"),
                             Tr::tr("A quarter is 1 to 4, not %1.").arg(number));
        p.first = QDate(year, 3 * (number - 1) + 1, 1);
        p.last = p.first.addMonths(3).addDays(-1);
        return p;
    case Kind::Invalid:
        break;
    }
    return makeError(QStringLiteral("bulletin.bad-kind"),
                     Tr::tr("The bulletin kind is week, month or quarter."));
}

Result<Period> parsePeriod(Kind kind, QStringView text)
{
    static const QRegularExpression week(QStringLiteral("^(\\d{4})-W(\\d{1,2})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q(\\d)$"));
    const QRegularExpression *pattern = kind == Kind::Week      ? &week
                                        : kind == Kind::Month   ? &month
                                        : kind == Kind::Quarter ? &quarter
                                                                : nullptr;
    if (!pattern)
        return makeError(QStringLiteral("bulletin.bad-kind"),
                         Tr::tr("The bulletin kind is week, month or quarter."));
    const auto m = pattern->match(text.trimmed().toString());
    if (!m.hasMatch())
        return badPeriod(kind, text);
    return makePeriod(kind, m.captured(1).toInt(), m.captured(2).toInt());
}

Period periodContaining(Kind kind, const QDate &date)
{
    switch (kind) {
    case Kind::Week: {
        int year = 0;
        const int week = date.weekNumber(&year);
        return makePeriod(kind, year, week).value();
    }
    case Kind::Month:
        return makePeriod(kind, date.year(), date.month()).value();
    case Kind::Quarter:
        return makePeriod(kind, date.year(), (date.month() - 1) / 3 + 1).value();
    case Kind::Invalid:
        break;
    }
    return {};
}

QString Period::id() const
{
    switch (kind) {
    case Kind::Week:
        return QStringLiteral("%1-W%2").arg(year).arg(number, 2, 10, QLatin1Char('0'));
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(year).arg(number, 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(year).arg(number);
    case Kind::Invalid:
        break;
    }
    return {};
}

Period Period::previous() const
{
    return periodContaining(kind, first.addDays(-1));
}

Period Period::yearEarlier() const
{
    if (kind == Kind::Week)
        return makePeriod(kind, year - 1, std::min(number, isoWeeksIn(year - 1))).value();
    return makePeriod(kind, year - 1, number).value();
}

QString Period::title() const
{
    switch (kind) {
    case Kind::Week:
        return Tr::tr("%1, week %2").arg(year).arg(number);
    case Kind::Month:
        return Tr::tr("%1-%2", "year and month").arg(year).arg(number);
    case Kind::Quarter:
        return Tr::tr("%1, Q%2").arg(year).arg(number);
    case Kind::Invalid:
        break;
    }
    return {};
}

QString Period::rangeText() const
{
    const QString from = Tr::tr("%1-%2-%3").arg(first.year()).arg(first.month()).arg(first.day());
    const QString to = last.year() == first.year()
                           ? Tr::tr("%1-%2", "month and day").arg(last.month()).arg(last.day())
                           : Tr::tr("%1-%2-%3").arg(last.year()).arg(last.month()).arg(last.day());
    return from + QStringLiteral("—") + to;
}

} // namespace Cc::Bulletin
