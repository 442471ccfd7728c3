// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/demogen/democity.h>
#include <cc/storage/rows.h>

#include <QHash>
#include <QList>
#include <QRectF>

#include <random>

namespace Cc::Demo {

/// One unit grid of the lattice.
struct Cell
{
    int col = 0, row = 0;
    QRectF lonLat; ///< its square in degrees
    QString code;  ///< 14 digits
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
};

/// The demo county in memory: what the case simulation needs to pick places and people.
struct CityPlan
{
    QList<Cell> cells;
    QHash<QString, int> cellByCode;
    QStringList responsibilityCodes;
    QList<Person> operators, shiftLeaders, dispatchers, supervisors;
    QHash<QString, QList<Person>> collectorsByGrid; ///< responsibility code → collectors
    QHash<QString, Person> departmentUsers;         ///< department id → its user
    QHash<QString, QString> roadOfCell;             ///< unit-grid code → nearest road name
    QHash<QString, QList<ComponentRef>> componentsByCategory; ///< 4-digit code → components
    int streets = 0, communities = 0, departments = 0, users = 0, cameras = 0, components = 0;
};

/// Lays out the county (cells, streets, communities, responsibility grids), writes the
/// reference tables (categories, calendar, departments and their categories, users) and the
/// spatial layers (grids, components, cameras) in one transaction.
Result<CityPlan> writeCityPlan(Storage::Database &db, const DemoOptions &options,
                               std::mt19937_64 &random,
                               const std::function<void(int, int, const QString &)> &progress);

/// The lon/lat of a corner of the lattice the cells lie on (col, row of its south-west cell).
QPointF latticeVertex(int col, int row);

/// The outline of a set of lattice cells as one ring (cells must be orthogonally convex).
Storage::Ring outline(const QList<const Cell *> &cells);

} // namespace Cc::Demo
