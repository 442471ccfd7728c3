// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/overview.h>
#include <cc/city/citycontext.h>
#include <cc/core/result.h>
#include <cc/storage/database.h>
#include <cc/storage/rows.h>

#include <QPointF>
#include <QString>

namespace Cc::Overview {

/// A point of an open case on the overview map.
struct CasePoint
{
    QPointF lonLat;
    bool overdue = false;
    bool urgent = false;
};

/// Everything the shell window shows, read from the local database in one go.
struct CitySnapshot
{
    QString cityName;
    QDateTime loadedAt;
    Cases::Overview overview;
    QList<Cases::CaseSummary> latest;
    QList<Cases::CaseSummary> overdue;
    QList<Storage::CameraRow> cameras;
    QList<Storage::ResponsibilityGridRow> responsibilityGrids;
    QList<Storage::UnitGridRow> unitGrids;
    QList<CasePoint> openCases;
};

/// "Today" (the overview's counts of the day) is the city's day, as in the evaluation.
Result<CitySnapshot> loadSnapshot(const City::CityContext &city, const QDateTime &now);

} // namespace Cc::Overview
