// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/satisfaction.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace Cc::Cases {

std::optional<double> SatisfactionCounts::rate() const
{
    if (revisited <= 0)
        return std::nullopt;
    return 100.0 * double(satisfied + basic) / double(revisited);
}

SatisfactionCounts &SatisfactionCounts::operator+=(const SatisfactionCounts &other)
{
    satisfied += other.satisfied;
    basic += other.basic;
    unsatisfied += other.unsatisfied;
    revisited += other.revisited;
    reopened += other.reopened;
    return *this;
}

namespace {

QString groupColumn(SatisfactionGroup group)
{
    switch (group) {
    case SatisfactionGroup::Department:
        return QStringLiteral("ifnull(e.department_id, '')");
    case SatisfactionGroup::Channel:
        return QStringLiteral("c.channel");
    case SatisfactionGroup::Community:
        return QStringLiteral("c.community_code");
    case SatisfactionGroup::Responsibility:
        return QStringLiteral("c.responsibility_code");
    case SatisfactionGroup::Grid:
        return QStringLiteral("c.grid_code");
    case SatisfactionGroup::Category:
        return QStringLiteral("c.category_key");
    case SatisfactionGroup::None:
        break;
    }
    return QStringLiteral("''");
}

/// The filter as SQL on e (the event or case_revisit row) and c (case_record): each list is
/// one JSON parameter (?3 … ?9), so a set of thousands of cases is one bind.
const char *filterSql()
{
    return " AND (?3 IS NULL OR e.case_id IN (SELECT value FROM json_each(?3)))"
           " AND (?4 IS NULL OR ifnull(e.department_id, '') IN (SELECT value FROM json_each(?4)))"
           " AND (?5 IS NULL OR c.channel IN (SELECT value FROM json_each(?5)))"
           " AND (?6 IS NULL OR c.community_code IN (SELECT value FROM json_each(?6)))"
           " AND (?7 IS NULL OR c.responsibility_code IN (SELECT value FROM json_each(?7)))"
           " AND (?8 IS NULL OR c.grid_code IN (SELECT value FROM json_each(?8)))"
           " AND (?9 IS NULL OR c.category_key IN (SELECT value FROM json_each(?9)))";
}

void bindFilter(Storage::Statement &st, const QDateTime &from, const QDateTime &to,
                const SatisfactionFilter &filter)
{
    st.bindText(1, Storage::isoUtc(from)).bindText(2, Storage::isoUtc(to));
    const QStringList *lists[] = {&filter.caseIds,
                                  &filter.departmentIds,
                                  &filter.channels,
                                  &filter.communityCodes,
                                  &filter.responsibilityCodes,
                                  &filter.gridCodes,
                                  &filter.categoryKeys};
    int index = 3;
    for (const QStringList *list : lists) {
        if (list->isEmpty())
            st.bindNull(index);
        else
            st.bindText(index, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*list))
                                                     .toJson(QJsonDocument::Compact)));
        ++index;
    }
}

} // namespace

Result<QMap<QString, SatisfactionCounts>> satisfactionBy(Storage::Database &db,
                                                         SatisfactionGroup group,
                                                         const QDateTime &from, const QDateTime &to,
                                                         const SatisfactionFilter &filter)
{
    QMap<QString, SatisfactionCounts> rows;
    const QString key = groupColumn(group);
    // case_revisit (storage migration 0013) holds each 回访's answer as a column; an answer
    // that is none of the three (a damaged payload) is not counted at all.
    auto revisits = db.prepare(
        QStringLiteral("SELECT %1, sum(e.result = 'satisfied'), sum(e.result = 'basic'), "
                       "sum(e.result = 'unsatisfied') FROM case_revisit e "
                       "JOIN case_record c ON c.id = e.case_id WHERE e.at >= ?1 AND e.at < ?2 "
                       "AND e.result IN ('satisfied', 'basic', 'unsatisfied')")
            .arg(key)
        + QString::fromLatin1(filterSql()) + QStringLiteral(" GROUP BY 1"));
    if (!revisits)
        return revisits.error();
    bindFilter(*revisits, from, to, filter);
    for (;;) {
        auto more = revisits->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        SatisfactionCounts &counts = rows[revisits->text(0)];
        counts.satisfied = revisits->integer(1);
        counts.basic = revisits->integer(2);
        counts.unsatisfied = revisits->integer(3);
        counts.revisited = counts.satisfied + counts.basic + counts.unsatisfied;
    }
    // 重办 from the events (case_event_by_action reads only those of the period).
    auto reopened = db.prepare(
        QStringLiteral(
            "SELECT %1, count(*) FROM case_event e JOIN case_record c ON c.id = e.case_id "
            "WHERE e.action = 'reopen' AND e.at >= ?1 AND e.at < ?2")
            .arg(key)
        + QString::fromLatin1(filterSql()) + QStringLiteral(" GROUP BY 1"));
    if (!reopened)
        return reopened.error();
    bindFilter(*reopened, from, to, filter);
    for (;;) {
        auto more = reopened->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        rows[reopened->text(0)].reopened = reopened->integer(1);
    }
    return rows;
}

Result<SatisfactionCounts> satisfaction(Storage::Database &db, const QDateTime &from,
                                        const QDateTime &to, const SatisfactionFilter &filter)
{
    auto rows = satisfactionBy(db, SatisfactionGroup::None, from, to, filter);
    if (!rows)
        return rows.error();
    SatisfactionCounts total;
    for (const SatisfactionCounts &counts : std::as_const(rows.value()))
        total += counts;
    return total;
}

} // namespace Cc::Cases
