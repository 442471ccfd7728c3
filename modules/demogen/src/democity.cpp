// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/demogen/democity.h>

#include "caseflow.h"
#include "cityplan.h"
#include "streetnetwork.h"

#include <cc/cases/caseservice.h>
#include <cc/city/citycontext.h>
#include <cc/core/category.h>
#include <cc/core/workcalendar.h>

#include <QCoreApplication>

namespace Cc::Demo {

Result<DemoSummary> writeDemoCity(Storage::Database &db, const DemoOptions &options,
                                  const std::function<void(int, int, const QString &)> &progress)
{
    if (db.rowCount(QStringLiteral("grid_unit")) > 0
        || db.rowCount(QStringLiteral("case_record")) > 0)
        return makeError("demo.not-empty",
                         QCoreApplication::translate("Cc::Demo",
                                                     "%1 already holds a city; the demo city is "
                                                     "written only into a new database.")
                             .arg(db.path()));
    if (options.cases < 0 || options.components < 0 || options.unitGrids < 21)
        return makeError("demo.bad-options",
                         QCoreApplication::translate("Cc::Demo",
                                                     "The demo city needs at least 21 "
                                                     "unit grids and no negative counts."));
    // The streets first, with a generator of their own; the town is laid out on them, and
    // the gazetteer filled from them.
    std::mt19937_64 random(options.seed);
    auto plan = writeCityPlan(db, options,
                              demoStreetNetwork(countyCells(),
                                                options.seed ^ 0x6761'7a65'7474'6565ULL),
                              random, progress);
    if (!plan)
        return plan.error();
    const Gazetteer::GazetteerData &network = plan->network.gazetteer;
    if (auto r = Gazetteer::GazetteerStore(db).add(network.streets, network.places); !r)
        return r.error();

    QDateTime end = options.end.isValid() ? options.end.toUTC() : QDateTime::currentDateTimeUtc();
    end.setTime(QTime(end.time().hour(), end.time().minute()));

    // The cases run on the city just written, as the app will read it.
    auto city = City::CityContext::load(db);
    if (!city)
        return city.error();
    Cases::CaseService service(db, (*city)->categories(), (*city)->calendar());
    service.setJournalling(false); // the seed city is the baseline, not local edits to push
    auto flow = simulateCases(service, plan.value(), options, end, random, progress);
    if (!flow)
        return flow.error();

    DemoSummary summary;
    summary.unitGrids = int(plan->cells.size());
    summary.responsibilityGrids = int(plan->responsibilityCodes.size());
    summary.communities = plan->communities;
    summary.streets = plan->streets;
    summary.roads = int(network.streets.size());
    summary.places = int(network.places.size());
    if (auto counts = Gazetteer::GazetteerStore(db).counts())
        summary.intersections = int(counts.value()[2]);
    summary.departments = plan->departments;
    summary.users = plan->users;
    summary.cameras = plan->cameras;
    summary.components = plan->components + plan->cameras; // each camera is a 0136 component
    summary.cases = flow->cases;
    summary.actions = flow->actions;
    summary.refusedActions = flow->refused;
    return summary;
}

} // namespace Cc::Demo
