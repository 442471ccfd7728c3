// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityplan.h"

namespace Cc::Demo {

/// The areas built from unit grids (unions of whole grids, so they follow the streets and
/// the river too): the 街道, their communities (at most 99 grids each, GB/T 30428.1), and
/// the responsibility grids; their rows and each cell's codes.
struct Districts
{
    QList<Storage::StreetRow> streets;
    QList<Storage::CommunityRow> communities;
    QList<Storage::ResponsibilityGridRow> responsibility;
    QList<int> streetOfResponsibility; ///< index into streets, as responsibility
};

/// Streets are bands of block columns of about equal area; communities split a street's
/// block rows from the north (a row alone when it holds too many grids, split by blocks);
/// the responsibility grids are three bands of block rows, each cut into seven of columns.
/// Sets every cell's street, community, responsibility grid and 14-digit code (numbered
/// within its community north to south, west to east).
Districts divideTown(CityPlan &plan, const QString &countyCode, const QStringList &streetNames,
                     const QStringList &communityNames, const std::function<QString()> &newId);

} // namespace Cc::Demo
