// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "townlayout.h"

#include <cc/gazetteer/gazetteer.h>

#include <QLineF>

namespace Cc::Demo {

/// The demo county's streets and places (docs/gazetteer.md, "The demo city"): a street every
/// four cells along the plan's lattice (arterials: every other one, the ring roads and 大道;
/// the town's main names in the centre), one row per block with its house numbers (numbered
/// from the west and from the north, 左单右双, a door every 20 m), alleys (巷) in some blocks,
/// and schools, hospitals, markets, residential compounds (小区) and landmarks, each on a
/// walled quarter of a block. A stretch along the county's edge is left out (its far side is
/// fields). Same county + same seed = same network.
struct DemoNetwork
{
    Gazetteer::GazetteerData gazetteer;
    QList<QLineF> planLines;   ///< each street's centreline on the plan, as gazetteer.streets
    QList<FineRect> placeLots; ///< each place's walled lot on the plan, as gazetteer.places
    QList<QPoint> alleyBlocks, placeBlocks; ///< blocks (j, k) on the 4-cell lattice
    QStringList eastWest, northSouth;       ///< the road on line k (cells 4k) is [k - 1]
};
DemoNetwork demoStreetNetwork(const QSet<qint64> &county, quint64 seed);

/// Half the width of a street of this kind (arterial, secondary, alley), metres.
double streetHalfWidthM(const QString &kind);

/// The source the demo's gazetteer rows carry.
inline constexpr char kDemoGazetteerSource[] = "demo";

} // namespace Cc::Demo
