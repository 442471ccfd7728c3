// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/gazetteer/arealookup.h>

#include <cc/storage/repositories.h>

namespace Cc::Gazetteer {

Result<std::unique_ptr<AreaLookup>> AreaLookup::load(Storage::Database &db)
{
    Storage::SpatialRepository spatial(db);
    auto grids = spatial.unitGrids();
    if (!grids)
        return grids.error();
    auto communities = spatial.communities();
    if (!communities)
        return communities.error();
    std::unique_ptr<AreaLookup> lookup(new AreaLookup);
    QStringList keys;
    QList<Geo::PolygonRings> polygons;
    for (const Storage::UnitGridRow &g : grids.value()) {
        keys << g.code;
        polygons << g.geom;
        lookup->m_responsibilityOfGrid.insert(g.code, g.responsibilityCode);
    }
    lookup->m_grids = Geo::Geocoder(keys, polygons);
    keys.clear();
    polygons.clear();
    for (const Storage::CommunityRow &c : communities.value()) {
        keys << c.code;
        polygons << c.geom;
        lookup->m_communityName.insert(c.code, c.name);
    }
    lookup->m_communities = Geo::Geocoder(keys, polygons);
    return lookup;
}

Areas AreaLookup::at(const QPointF &lonLat) const
{
    Areas a;
    a.gridCode = m_grids.keyAt(lonLat);
    a.responsibilityCode = m_responsibilityOfGrid.value(a.gridCode);
    a.communityCode = m_communities.keyAt(lonLat);
    a.communityName = m_communityName.value(a.communityCode);
    return a;
}

} // namespace Cc::Gazetteer
