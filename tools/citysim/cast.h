// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who plays in the simulated city, read once from the city's database (read-only): the
// collectors with the unit grids of their responsibility grid, the departments' users, and
// the city's unit grids for the 12345 callers. Everything they do goes through citygate.

#include <cc/core/result.h>

#include <QList>
#include <QPolygonF>
#include <QRandomGenerator>
#include <QString>

namespace Cc::CitySim {

struct Collector
{
    QString login;
    QList<QPolygonF> grids; ///< lon/lat rings of the unit grids they walk
    QPointF at;             ///< where they are now
};

struct Cast
{
    QList<Collector> collectors;
    QStringList departmentUsers;
    QList<QPolygonF> cityGrids;
    QStringList categories; ///< event and component keys the reports pick from
};

/// At most `collectors` collectors and `departments` department users (one per department).
Result<Cast> readCast(const QString &dbPath, int collectors, int departments);

/// A random point inside `ring` (rejection sampling in its bounding box).
QPointF pointIn(const QPolygonF &ring, QRandomGenerator &random);

} // namespace Cc::CitySim
