// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streetnetwork.h"
#include "townlayout.h"

#include <cc/demogen/democity.h>
#include <cc/storage/rows.h>

#include <QHash>
#include <QList>
#include <QRectF>

#include <random>

namespace Cc::Demo {

/// One unit grid: a rectangle of the plan (townlayout.h), bent onto the map.
struct Cell
{
    FineRect plan;
    bool water = false; ///< a stretch of the river
    Core::Ring ring;    ///< its outline, lon/lat
    double areaM2 = 0;
    QString code; ///< 14 digits
    QString responsibilityCode;
    QString communityCode;
    int street = 0; ///< index into streetNames()
};

struct Person
{
    QString id, login, name, departmentId, responsibilityCode;
};

struct ComponentRef
{
    QString code, gridCode;
    QPointF lonLat;
    QString address, road; ///< the street and house number it stands by
};

/// The demo county in memory: what the case simulation needs to pick places and people.
struct CityPlan
{
    QList<Cell> cells;
    QHash<QString, int> cellByCode;
    TownLayout town;     ///< cells[i] is town.grids[i]
    DemoNetwork network; ///< the streets and places the town is built on
    QStringList responsibilityCodes;
    QList<Person> operators, shiftLeaders, dispatchers, supervisors;
    QHash<QString, QList<Person>> collectorsByGrid; ///< responsibility code → collectors
    QHash<QString, Person> departmentUsers;         ///< department id → its user
    QHash<QString, QString> roadOfCell;             ///< unit-grid code → nearest street name
    QHash<QString, QList<ComponentRef>> componentsByCategory; ///< 4-digit code → components
    int streets = 0, communities = 0, departments = 0, users = 0, cameras = 0, components = 0;
};

/// Lays out the county on its street network (unit grids, communities, streets,
/// responsibility grids), writes the reference tables (categories, calendar, departments
/// and their categories, users), the spatial layers (grids, components along the streets,
/// cameras at crossings) and the basemap, in one transaction.
Result<CityPlan> writeCityPlan(Storage::Database &db, const DemoOptions &options,
                               DemoNetwork network, std::mt19937_64 &random,
                               const std::function<void(int, int, const QString &)> &progress);

} // namespace Cc::Demo
