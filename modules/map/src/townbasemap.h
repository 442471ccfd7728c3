// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/map/maprenderer.h>

class QPainter;

namespace Cc::Map {

/// Draws the town's own basemap (MapData::basemapAreas/basemapLines): land use, water, the
/// streets at their width (at least a hairline) with their names and the places' names
/// when zoomed in. Returns false when `feedback` cancelled it.
bool drawTownBasemap(QPainter &p, const MapData &data, const Viewport &v, bool labels,
                     const RenderFeedback *feedback);

} // namespace Cc::Map
