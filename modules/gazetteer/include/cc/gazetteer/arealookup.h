// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/geo/geocoder.h>

#include <QHash>
#include <QPointF>

#include <memory>

namespace Cc::Storage {
class Database;
}

namespace Cc::Gazetteer {

/// The unit grid, responsibility grid and community a geocoded point lies in.
struct Areas
{
    QString gridCode, responsibilityCode, communityCode, communityName;
};

/// Point → areas over the city's unit grids and communities, read once (Geo::Geocoder).
class AreaLookup
{
public:
    static Result<std::unique_ptr<AreaLookup>> load(Storage::Database &db);
    /// Empty codes outside every grid.
    Areas at(const QPointF &lonLat) const;

private:
    AreaLookup() = default;
    Geo::Geocoder m_grids, m_communities;
    QHash<QString, QString> m_responsibilityOfGrid, m_communityName;
};

} // namespace Cc::Gazetteer
