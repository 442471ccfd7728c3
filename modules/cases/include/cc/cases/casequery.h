// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/category.h>
#include <cc/core/result.h>
#include <cc/core/role.h>
#include <cc/core/workcalendar.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QIODevice>
#include <QPointF>
#include <QStringList>

#include <functional>
#include <optional>

namespace Cc::Cases {

/// What a case list shows: every field is optional; an empty filter lists every case.
struct CaseFilter
{
    QStringList states;         ///< state ids (Core::stateId); empty: any
    QString channel;            ///< channel id
    QString categoryKey;        ///< "event:0102"
    QString gridCode;           ///< unit grid (14 digits)
    QString responsibilityCode; ///< responsibility grid
    QString departmentId;
    QDateTime reportedFrom; ///< [from, to)
    QDateTime reportedTo;
    bool overdueOnly = false; ///< open and past the running stage's deadline at `now`
    QString text;             ///< full text over description and address; any length, Chinese too
    QDateTime now;            ///< decides "overdue"; invalid: the current time
};

enum class CaseOrder { Invalid = 0, NewestFirst, DeadlineFirst };

/// One line of a case list (what a list shows without loading the case).
struct CaseListRow
{
    qint64 fid = 0;
    QString id, number, state, channel, categoryKey, level, address, description;
    QString departmentId, departmentName, gridCode, responsibilityCode;
    QDateTime reportedAt, stageStartedAt, stageDeadline;
    bool overdue = false;
};

/// Where the next page starts (keyset pagination: no OFFSET, constant cost per page).
struct PageCursor
{
    /// The sort column's value of the last row seen; deadline-first past the cases with a
    /// deadline: "~" and the report time (that part runs newest first).
    QString key;
    qint64 fid = 0;
};

/// The queue a role works on (受理员: reports to accept, results to send to check …;
/// 值班长: cases to file, requests to approve, checked cases to close; 派遣员: cases to
/// dispatch; 专业部门: its department's cases to accept and dispose; 监督员: cases to
/// verify and check in their grid). `departmentId`/`responsibilityCode` narrow it to the user.
CaseFilter queueFor(Core::Role role, const QString &departmentId = {},
                    const QString &responsibilityCode = {});

/// Overdue warning of a running stage: yellow when 80 % of the limit is used, red when over
/// (working time when the stage runs on working time; the city's `categories` say which
/// limits count calendar hours).
enum class Warning { None = 0, Yellow, Red };
Warning warningFor(const CaseListRow &row, const Core::CategoryDictionary &categories,
                   const Core::WorkCalendar &calendar, const QDateTime &now);

/// Text as the full-text index stores it: CJK ideographs become one token each, other runs
/// of letters/digits stay words, so a query for any Chinese term (1+ characters) matches as
/// a phrase (docs/design.md §6).
QString ftsTokens(QStringView text);

/// Case lists over millions of rows: filtered, keyset-paginated, full-text searchable.
class CaseQuery
{
public:
    explicit CaseQuery(Storage::Database &db) : m_db(db) {}

    /// Up to `limit` rows after `after` (none: the first page).
    Result<QList<CaseListRow>> page(const CaseFilter &filter, CaseOrder order,
                                    const std::optional<PageCursor> &after, int limit);
    static PageCursor cursorAfter(const CaseListRow &row, CaseOrder order);

    /// Exact count up to `cap`; returns cap when there are more (lists show "10,000+").
    Result<qint64> count(const CaseFilter &filter, qint64 cap = 10000);

    /// Possible duplicates of a new report: open cases of the same 小类 within `radiusM`
    /// metres reported in the `days` before `at`, nearest first.
    Result<QList<CaseListRow>> duplicates(const QString &categoryKey, const QPointF &lonLat,
                                          const QDateTime &at, double radiusM = 50, int days = 7);

    /// Writes the filtered list as CSV (UTF-8 with BOM, so Excel opens Chinese correctly),
    /// category names from the city's `categories`.
    Result<qint64> exportCsv(const CaseFilter &filter, CaseOrder order, QIODevice &out,
                             const Core::CategoryDictionary &categories,
                             const std::function<bool(qint64 rows)> &progress = {});

private:
    Storage::Database &m_db;
};

} // namespace Cc::Cases
