// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Cc::Cases {

/// 回访 results of a period (docs/domain.md, "回访 and 重办"): each 回访 counts once, in the
/// period of its own time (a case reopened and called back again counts in each round).
struct SatisfactionCounts
{
    qint64 satisfied = 0;   ///< 满意
    qint64 basic = 0;       ///< 基本满意
    qint64 unsatisfied = 0; ///< 不满意
    qint64 revisited = 0;   ///< 回访数: the three together
    qint64 reopened = 0;    ///< 重办 in the period (each a new disposal round)

    /// 群众满意率 in percent: (满意 + 基本满意) / 回访数 × 100; none when nobody was called back
    /// (shown as "—", never as 100 %).
    std::optional<double> rate() const;
    SatisfactionCounts &operator+=(const SatisfactionCounts &other);
};

/// Which cases count; an empty list does not restrict. Codes and ids as stored on the case,
/// the department as recorded on the 回访 (and 重办) event: the one the case was with.
struct SatisfactionFilter
{
    QStringList caseIds;
    QStringList departmentIds;
    QStringList channels;
    QStringList communityCodes;
    QStringList responsibilityCodes; ///< responsibility grids (责任网格)
    QStringList gridCodes;           ///< unit grids (单元网格)
    QStringList categoryKeys;        ///< "event:0102" …
};

/// What satisfactionBy groups on.
enum class SatisfactionGroup {
    None,       ///< one row, key ""
    Department, ///< the department of the event
    Channel,
    Community,
    Responsibility,
    Grid,
    Category,
};

/// The counts of the period [from, to) for the cases of `filter`.
Result<SatisfactionCounts> satisfaction(Storage::Database &db, const QDateTime &from,
                                        const QDateTime &to, const SatisfactionFilter &filter = {});
/// The same per group key (only keys with a 回访 or a 重办 in the period appear).
Result<QMap<QString, SatisfactionCounts>> satisfactionBy(Storage::Database &db,
                                                         SatisfactionGroup group,
                                                         const QDateTime &from, const QDateTime &to,
                                                         const SatisfactionFilter &filter = {});

} // namespace Cc::Cases
