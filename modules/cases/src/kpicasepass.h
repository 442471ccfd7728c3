// SPDX-License-Identifier: GPL-3.0-or-later
// The published figures' fast path (docs/kpi.md, "Performance"): one read of the
// case records' columns for several periods and keys at once, the conditions evaluated in
// C++ instead of ~100 SQL comparisons per case and query. countFiguresBySql is the
// straightforward statement of the same definitions; tst_kpifigures checks they agree.
#pragma once

#include <cc/core/kpifigures.h>
#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QHash>
#include <QString>

namespace Cc::Cases::Detail {

/// Where a period's 处理反馈 minutes are counted.
enum class DisposalTimesBy {
    Nobody,     ///< the whole city: one row, key ""
    Department, ///< the department on the event (the one that reported the result)
    Case        ///< the key of the event's case (regions, posts, channels, classes)
};

/// One period and one key of a pass.
struct PassTarget
{
    QString keySql;          ///< SQL over case_record c: the row's key
    QString from, to, now;   ///< ISO UTC: the period [from, to), overdue as of min(to, now)
    bool bulletinDue = true; ///< KpiRules::dueMethod == Bulletin
    DisposalTimesBy disposalTimes = DisposalTimesBy::Nobody;
    QHash<QString, Core::CaseFigures> rows; ///< out: the figures per key
};

/// Counts every target's case figures and disposal times in one read of the case records
/// (reported before the latest end); a row per key that has a case reported before the
/// target's end or a result in its period, as countFiguresBySql's GROUP BY gives.
Result<void> countCasePass(Storage::Database &db, QList<PassTarget> &targets);

} // namespace Cc::Cases::Detail
