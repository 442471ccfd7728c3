// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/map/griddocument.h>

namespace Cc::Map {

struct SnapResult
{
    enum class Kind { None = 0, Vertex, Segment };
    Kind kind = Kind::None;
    QPointF point; ///< the neighbour's exact vertex, or the nearest point on its segment
    QString gridId;
    int ring = 0;
    int index = 0;       ///< vertex index, or the segment's first vertex
    double distance = 0; ///< in map units
};

/// Snapping for the grid editor: vertices first (a corner within tolerance wins over a
/// nearer segment, so neighbours share corners exactly), then segments. Tolerance is in map
/// units; the canvas passes pixels × map units per pixel.
class Snapper
{
public:
    explicit Snapper(const GridDocument &doc) : m_doc(doc) {}
    /// `exclude`: the grid being edited (its own vertices do not attract).
    SnapResult snap(const QPointF &p, double tolerance, const QString &exclude = {}) const;
    /// Coordinates in the x direction shrink with cos(latitude): `xScale` weighs dx.
    double xScale = 1.0;

private:
    const GridDocument &m_doc;
};

} // namespace Cc::Map
