// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace Cc::Core {

/// The polygon shapes every module shares (storage encodes them, geo computes on them, the
/// map draws them), in lon/lat (EPSG:4490) unless said otherwise. A ring is closed (last
/// point == first point); a polygon is its exterior ring followed by its holes.
using Ring = QList<QPointF>;
using PolygonRings = QList<Ring>;

} // namespace Cc::Core
