// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/overview/citysnapshot.h>

#include <cc/core/casestatemachine.h>
#include <cc/storage/repositories.h>

namespace Cc::Overview {

namespace {

Result<QList<CasePoint>> openCasePoints(Storage::Database &db, const QDateTime &now)
{
    // The states that are not terminal, named: "state IN (…)" reads the state index's few
    // open ranges, where "state NOT IN (closed, …)" scanned every case of the city's history
    // (5 M cases: about a second on every refresh, and at every start).
    QStringList running;
    for (Core::CaseState s : Core::CaseStateMachine::allStates()) {
        if (!Core::CaseStateMachine::isTerminal(s))
            running << QLatin1Char('\'') + Core::stateId(s) + QLatin1Char('\'');
    }
    auto st = db.prepare(
        QStringLiteral("SELECT geom, stage_deadline < ?1, level = 'urgent' FROM case_record "
                       "WHERE state IN (%1) AND geom IS NOT NULL")
            .arg(running.join(',')));
    if (!st)
        return st.error();
    st->bindText(1, Storage::isoUtc(now));
    QList<CasePoint> points;
    while (true) {
        auto more = st->step();
        if (!more)
            return more.error();
        if (!more.value())
            return points;
        if (auto p = Storage::Gpkg::decodePoint(st->blob(0)))
            points << CasePoint{p.value(), st->integer(1) == 1, st->integer(2) == 1};
    }
}

} // namespace

Result<CitySnapshot> loadSnapshot(const City::CityContext &city, const QDateTime &now)
{
    Storage::Database &db = city.database();
    CitySnapshot s;
    s.loadedAt = now;
    auto name = city.settings().cityName();
    if (!name)
        return name.error();
    s.cityName = name.value();

    auto overview = Cases::loadOverview(db, now, city.startOfDay(city.dateAt(now)));
    if (!overview)
        return overview.error();
    s.overview = overview.value();
    auto latest = Cases::latestCases(db, now, 200);
    if (!latest)
        return latest.error();
    s.latest = latest.value();
    auto overdue = Cases::overdueCases(db, now, 200);
    if (!overdue)
        return overdue.error();
    s.overdue = overdue.value();

    Storage::SpatialRepository spatial(db);
    auto cameras = spatial.cameras();
    if (!cameras)
        return cameras.error();
    s.cameras = cameras.value();
    auto responsibility = spatial.responsibilityGrids();
    if (!responsibility)
        return responsibility.error();
    s.responsibilityGrids = responsibility.value();
    auto units = spatial.unitGrids();
    if (!units)
        return units.error();
    s.unitGrids = units.value();
    auto points = openCasePoints(db, now);
    if (!points)
        return points.error();
    s.openCases = points.value();
    return s;
}

} // namespace Cc::Overview
