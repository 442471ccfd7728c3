// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/geo/geocoder.h>
#include <cc/map/griddocument.h>
#include <cc/storage/database.h>

namespace Cc::Map {

/// Reads the grid layers into a GridDocument and writes its edits back.
class GridStore
{
public:
    explicit GridStore(Storage::Database &db) : m_db(db) {}

    Result<void> load(GridDocument &doc);

    struct SaveSummary
    {
        int inserted = 0, updated = 0, deleted = 0;
    };
    /// Saves the document's changes in one transaction, each with its outbox row (so the
    /// edits sync like every other write), versions + 1. Nothing is written when:
    ///   "map.not-allowed" – `login` is not an active supervisor in the users table;
    ///   "map.invalid"     – the layer has problems (all of them in `problems`; the error
    ///                       message is the first one's, which names the spot);
    ///   "map.stale"       – a grid changed in the database since it was loaded.
    Result<SaveSummary> save(GridDocument &doc, const QString &login,
                             QList<Geo::Problem> *problems = nullptr);

private:
    Storage::Database &m_db;
};

/// Point → unit grid, responsibility grid and community of one database (three Geocoders).
class GridLocator
{
public:
    static Result<GridLocator> load(Storage::Database &db);
    static GridLocator fromDocument(const GridDocument &doc);

    struct Location
    {
        QString unitGrid, responsibilityGrid, community;
    };
    Location locate(const QPointF &lonLat) const;
    const Geo::Geocoder &unitGrids() const { return m_units; }
    const Geo::Geocoder &responsibilityGrids() const { return m_responsibility; }
    const Geo::Geocoder &communities() const { return m_communities; }

private:
    Geo::Geocoder m_units, m_responsibility, m_communities;
};

/// GeoJSON geometry text of a polygon (the outbox payload's geometry).
QString geoJsonPolygon(const Geo::PolygonRings &polygon);

} // namespace Cc::Map
