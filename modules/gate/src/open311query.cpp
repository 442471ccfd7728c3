// SPDX-License-Identifier: GPL-3.0-or-later
// Open311 GeoReport v2: the filters of GET requests (docs/citygate.md, "Listing requests").
#include <cc/gate/open311service.h>

#include "gatetr.h"

#include <cc/city/citycontext.h>
#include <cc/core/casestatemachine.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

namespace Cc::Gate {

namespace {

QStringList listOf(const QUrlQuery &query, const QString &name)
{
    QStringList items;
    for (const QString &item :
         query.queryItemValue(name, QUrl::FullyDecoded).split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.append(item.trimmed());
    return items;
}

/// A W3C/ISO 8601 time from the query; without an offset it is the city's local time.
Result<QDateTime> timeOf(const QUrlQuery &query, const QString &name, const QTimeZone &zone)
{
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    if (text.isEmpty())
        return QDateTime();
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return makeError("open311.bad-" + name,
                         Tr::tr("%1 takes an ISO 8601 time such as 2026-12-01T08:00:00+08:00.")
                             .arg(name));
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), zone);
    return at.toUTC();
}

/// The states a status filter (open, closed) selects, as SQL over state ids.
Result<QString> stateCondition(const QStringList &statuses)
{
    bool open = statuses.isEmpty(), closed = statuses.isEmpty();
    for (const QString &status : statuses) {
        if (status == QLatin1String("open"))
            open = true;
        else if (status == QLatin1String("closed"))
            closed = true;
        else
            return makeError("open311.bad-status",
                             Tr::tr("status is open, closed or both (open,closed)."));
    }
    const QString closedStates = QStringLiteral("('%1', '%2', '%3')")
                                     .arg(Core::stateId(Core::CaseState::Closed),
                                          Core::stateId(Core::CaseState::Rejected),
                                          Core::stateId(Core::CaseState::Cancelled));
    if (open && closed)
        return QString();
    return (closed ? QStringLiteral(" AND state IN ") : QStringLiteral(" AND state NOT IN "))
           + closedStates;
}

/// The period asked for: by default the last 90 days, never more (the specification's
/// suggestion, and a bound on the work of one request).
Result<std::pair<QDateTime, QDateTime>> periodOf(const QUrlQuery &query, const QTimeZone &zone)
{
    auto start = timeOf(query, QStringLiteral("start_date"), zone);
    auto end = timeOf(query, QStringLiteral("end_date"), zone);
    if (!start)
        return start.error();
    if (!end)
        return end.error();
    QDateTime to = end->isValid() ? end.value() : QDateTime::currentDateTimeUtc();
    QDateTime from = start->isValid() ? start.value() : to.addDays(-kMaxPeriodDays);
    if (!end->isValid() && start->isValid())
        to = std::min(QDateTime::currentDateTimeUtc(), from.addDays(kMaxPeriodDays));
    if (from > to || from.addDays(kMaxPeriodDays) < to)
        return makeError("open311.bad-period",
                         Tr::tr("start_date must come before end_date, at most %1 days earlier.")
                             .arg(kMaxPeriodDays));
    return std::pair{from, to};
}

} // namespace

Result<QList<Storage::CaseRow>> Open311Service::queryRequests(const QUrlQuery &query)
{
    Storage::CaseRepository cases(m_city.database());
    QList<Storage::CaseRow> rows;
    // Asked by number: the other filters do not apply (the specification says so).
    if (const QStringList numbers = listOf(query, QStringLiteral("service_request_id"));
        !numbers.isEmpty()) {
        if (numbers.size() > kMaxRequestsListed)
            return makeError("open311.too-many", Tr::tr("Ask for at most %1 requests at once.")
                                                     .arg(kMaxRequestsListed));
        for (const QString &number : numbers) {
            auto row = cases.findByNumber(number);
            if (!row)
                return row.error();
            if (row.value())
                rows.append(*row.value());
        }
        return rows;
    }
    auto period = periodOf(query, m_city.timeZone());
    if (!period)
        return period.error();
    auto states = stateCondition(listOf(query, QStringLiteral("status")));
    if (!states)
        return states.error();
    const QStringList codes = listOf(query, QStringLiteral("service_code"));
    for (const QString &code : codes) {
        if (!m_city.categories().findByKey(code))
            return makeError("open311.unknown-service",
                             Tr::tr("There is no service “%1”.").arg(code.left(80)));
    }
    QString sql = QStringLiteral("SELECT id FROM case_record WHERE reported_at >= ?1 AND "
                                 "reported_at <= ?2")
                  + states.value();
    if (!codes.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < codes.size(); ++i)
            marks.append(QStringLiteral("?%1").arg(i + 3));
        sql += QStringLiteral(" AND category_key IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" ORDER BY reported_at DESC LIMIT %1").arg(kMaxRequestsListed);
    auto ids = m_city.database().prepare(sql);
    if (!ids)
        return ids.error();
    ids->bindText(1, Storage::isoUtc(period->first)).bindText(2, Storage::isoUtc(period->second));
    for (int i = 0; i < codes.size(); ++i)
        ids->bindText(i + 3, codes[i]);
    QStringList found;
    if (auto r = Storage::forEachRow(ids.value(),
                                     [&](Storage::Statement &st) { found.append(st.text(0)); });
        !r)
        return r.error();
    for (const QString &id : found) {
        auto row = cases.find(id);
        if (!row)
            return row.error();
        if (row.value())
            rows.append(*row.value());
    }
    return rows;
}

} // namespace Cc::Gate
