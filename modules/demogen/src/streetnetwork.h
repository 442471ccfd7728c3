// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityplan.h"

#include <cc/gazetteer/gazetteer.h>

namespace Cc::Demo {

/// The demo county's streets and places for the gazetteer (docs/gazetteer.md, "The demo
/// city"): a street every four cells along the lattice (arterials: every other one, the ring
/// roads and 大道; the names of the case addresses, the town's main ones in the centre), one row per block with its house numbers (numbered from the west and from the
/// north, 左单右双, a door every 20 m), alleys (巷) in some blocks, and schools, hospitals,
/// markets, residential compounds (小区) and landmarks in blocks. Same cells + same seed =
/// same network; the seed is the city's, drawn apart from the rest of the city.
Gazetteer::GazetteerData demoStreetNetwork(const QList<Cell> &cells, quint64 seed);

/// The source the demo's gazetteer rows carry.
inline constexpr char kDemoGazetteerSource[] = "demo";

} // namespace Cc::Demo
