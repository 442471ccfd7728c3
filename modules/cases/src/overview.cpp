// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/overview.h>

#include <cc/core/casestatemachine.h>

namespace Cc::Cases {

namespace {

// SQL list of terminal state ids, for "open" filters.
QString terminalStates()
{
    QStringList ids;
    for (Core::CaseState state : Core::CaseStateMachine::allStates()) {
        if (Core::CaseStateMachine::isTerminal(state))
            ids << QLatin1Char('\'') + Core::stateId(state) + QLatin1Char('\'');
    }
    return ids.join(QLatin1Char(','));
}

Result<QList<CaseSummary>> summaries(Storage::Database &db, const QString &where,
                                     const QString &order, const QDateTime &now, int limit)
{
    const QString sql
        = QStringLiteral(
              "SELECT c.id, c.number, c.state, c.category_key, c.level, c.address, "
              "       coalesce(d.name_zh, ''), c.channel, c.reported_at, c.stage_deadline "
              "FROM case_record c LEFT JOIN department d ON d.id = c.department_id "
              "%1 ORDER BY %2 LIMIT ?2")
              .arg(where, order);
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    const QString nowText = Storage::isoUtc(now);
    if (where.contains(QLatin1String("?1")))
        st->bindText(1, nowText);
    st->bindInt(2, limit);
    QList<CaseSummary> list;
    while (true) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        CaseSummary s;
        s.id = st->text(0);
        s.number = st->text(1);
        s.state = st->text(2);
        s.categoryKey = st->text(3);
        s.level = st->text(4);
        s.address = st->text(5);
        s.departmentName = st->text(6);
        s.channel = st->text(7);
        s.reportedAt = Storage::fromIsoUtc(st->text(8));
        if (!st->isNull(9))
            s.stageDeadline = Storage::fromIsoUtc(st->text(9));
        s.overdue = s.stageDeadline.isValid() && s.stageDeadline < now
                    && Core::CaseStateMachine::isOpen(Core::stateFromId(s.state));
        list << s;
    }
    return list;
}

} // namespace

Result<Overview> loadOverview(Storage::Database &db, const QDateTime &now,
                              const QDateTime &todayStartUtc)
{
    Overview o;
    o.streets = db.rowCount(QStringLiteral("street"));
    o.communities = db.rowCount(QStringLiteral("community"));
    o.responsibilityGrids = db.rowCount(QStringLiteral("grid_responsibility"));
    o.unitGrids = db.rowCount(QStringLiteral("grid_unit"));
    o.components = db.rowCount(QStringLiteral("component"));
    o.cameras = db.rowCount(QStringLiteral("camera"));
    o.departments = db.rowCount(QStringLiteral("department"));
    o.users = db.rowCount(QStringLiteral("app_user"));

    auto collectors = db.scalar(QStringLiteral("SELECT count(*) FROM user_role WHERE role = ?1"),
                                {Core::roleId(Core::Role::Collector)});
    if (!collectors)
        return collectors.error();
    o.collectors = collectors.value();

    // Kept by triggers on case_record (migration 7): a dozen rows, whatever the history.
    auto byState = db.prepare(QStringLiteral("SELECT state, n FROM case_state_count"));
    if (!byState)
        return byState.error();
    QHash<QString, qint64> counts;
    while (true) {
        auto more = byState->step();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        counts.insert(byState->text(0), byState->integer(1));
        o.totalCases += byState->integer(1);
    }
    for (Core::CaseState state : Core::CaseStateMachine::allStates()) {
        const qint64 n = counts.value(Core::stateId(state));
        o.casesByState.append({Core::stateId(state), n});
        if (Core::CaseStateMachine::isOpen(state))
            o.openCases += n;
    }
    o.hungCases = counts.value(Core::stateId(Core::CaseState::Hung));

    const QString terminal = terminalStates();
    auto overdue = db.scalar(QStringLiteral(
                                 "SELECT count(*) FROM case_record WHERE stage_deadline < ?1 "
                                 "AND state NOT IN (%1)")
                                 .arg(terminal),
                             {Storage::isoUtc(now)});
    if (!overdue)
        return overdue.error();
    o.overdueCases = overdue.value();

    auto reported = db.scalar(QStringLiteral(
                                  "SELECT count(*) FROM case_record WHERE reported_at >= ?1"),
                              {Storage::isoUtc(todayStartUtc)});
    if (!reported)
        return reported.error();
    o.reportedToday = reported.value();
    // The 结案 events of the day, through the (action, at) index (closed_at has none).
    auto closed
        = db.scalar(QStringLiteral(
                        "SELECT count(*) FROM case_event WHERE action = 'close' AND at >= ?1"),
                    {Storage::isoUtc(todayStartUtc)});
    if (!closed)
        return closed.error();
    o.closedToday = closed.value();
    return o;
}

Result<QList<CaseSummary>> latestCases(Storage::Database &db, const QDateTime &now, int limit)
{
    return summaries(db, QString(), QStringLiteral("c.reported_at DESC"), now, limit);
}

Result<QList<CaseSummary>> overdueCases(Storage::Database &db, const QDateTime &now, int limit)
{
    return summaries(db,
                     QStringLiteral("WHERE c.stage_deadline < ?1 AND c.state NOT IN (%1)")
                         .arg(terminalStates()),
                     QStringLiteral("c.stage_deadline ASC"), now, limit);
}

} // namespace Cc::Cases
