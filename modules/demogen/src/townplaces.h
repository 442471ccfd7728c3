// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityplan.h"

#include <random>

namespace Cc::Demo {

/// One side of a street stretch, where things stand and happen along it.
struct Kerb
{
    int street = -1;  ///< index into the network's streets
    bool left = true; ///< as seen walking from the stretch's first point to its last
    QPointF a, z;     ///< the centreline on the plan
    QPointF normal;   ///< unit vector on the plan, from the centreline towards this side
    double lengthM = 0, halfWidthM = 0;
};

/// A place on the map with its address, as a reporter would give it.
struct Spot
{
    QPointF lonLat;
    int cell = -1; ///< index into CityPlan::cells
    QString address, road;
};

/// Where in the town things are: the kerbs of its streets (for the components and the
/// cases along them) and its places (for the cases around markets, compounds and schools).
class TownPlaces
{
public:
    explicit TownPlaces(const CityPlan &plan);

    const QList<Kerb> &kerbs() const { return m_kerbs; }
    double kerbLengthM() const { return m_cumulative.isEmpty() ? 0 : m_cumulative.last(); }
    /// The kerb `alongM` metres into the chain of kerbs (one after another, in street order).
    const Kerb &kerbAt(double alongM) const { return m_kerbs[indexAt(alongM)]; }
    /// `alongM` metres into the chain of kerbs, `offsetM` from the centreline on its side.
    Spot atKerb(double alongM, double offsetM) const;
    /// A point on a sidewalk or shop front, kerbs weighted by length.
    Spot byStreet(std::mt19937_64 &random) const;
    /// A point in or at the gate of a place of one of these kinds; cell -1 when the town has
    /// none.
    Spot byPlace(std::mt19937_64 &random, const QStringList &kinds) const;
    /// The name of the street nearest a plan point.
    QString roadNear(const QPointF &plan) const;

private:
    Spot spotAt(const QPointF &plan) const;
    qsizetype indexAt(double alongM) const;

    const CityPlan &m_plan;
    QList<Kerb> m_kerbs;
    QList<double> m_cumulative; ///< kerb lengths summed, metres
};

} // namespace Cc::Demo
