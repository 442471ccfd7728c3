// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityplan.h"

namespace Cc::Demo {

/// Writes the town's basemap (basemap_area, basemap_line; docs/map.md) from the plan: the
/// fields around, the town's land, its blocks inside their streets, the walled places, the
/// river, the streets at their widths and the bridges over the river.
Result<void> writeBasemap(Storage::Database &db, const CityPlan &plan);

} // namespace Cc::Demo
