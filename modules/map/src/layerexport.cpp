// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map/layerexport.h>

#include <cc/storage/geometry.h>

#include "maptr.h"

namespace Cc::Map {

LayerTable layerTable(LayerKind kind)
{
    const auto cols = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out << QString::fromLatin1(n);
        return out;
    };
    switch (kind) {
    case LayerKind::UnitGrids:
        return {"grid_unit", cols({"id", "code", "community_code", "responsibility_code", "area_m2",
                                   "version", "updated_at"})};
    case LayerKind::ResponsibilityGrids:
        return {"grid_responsibility", cols({"id", "code", "name"})};
    case LayerKind::Communities:
        return {"community", cols({"id", "code", "name", "street_code"})};
    case LayerKind::Streets:
        return {"street", cols({"id", "code", "name"})};
    case LayerKind::Components:
        return {"component",
                cols({"id", "object_code", "category_code", "name", "state", "grid_code"})};
    case LayerKind::Cameras:
        return {"camera", cols({"id", "name", "component_code", "grid_code", "group_name", "ptz"})};
    case LayerKind::Cases:
        return {"case_record", cols({"id", "number", "category_key", "state", "grid_code",
                                     "address", "reported_at"})};
    case LayerKind::Collectors:
        return {"collector_position", cols({"id", "user_id", "at"})};
    case LayerKind::Basemap: // a raster: exported by GDAL tools, not by us
    case LayerKind::Invalid:
        break;
    }
    return {};
}

Result<qint64> exportLayer(Storage::Database &db, LayerKind kind, const QString &path,
                           const Geo::Progress &progress)
{
    const LayerTable t = layerTable(kind);
    if (t.table.isEmpty())
        return makeError(QStringLiteral("map.no-layer"), MapTr::tr("There is no such layer."));
    const Geo::VectorFormat format = Geo::formatFromPath(path);
    if (format == Geo::VectorFormat::Invalid)
        return makeError(QStringLiteral("geo.format"),
                         MapTr::tr("Export to “%1” is not supported: use .gpkg, .geojson or .shp.")
                             .arg(path));
    const bool polygons = kind == LayerKind::UnitGrids || kind == LayerKind::ResponsibilityGrids
                          || kind == LayerKind::Communities || kind == LayerKind::Streets;
    auto st = db.prepare(
        QStringLiteral("SELECT %1, geom FROM %2 WHERE geom IS NOT NULL ORDER BY fid")
            .arg(t.columns.join(QStringLiteral(", ")), t.table));
    if (!st)
        return st.error();
    QList<Geo::VectorFeature> features;
    const int geomColumn = int(t.columns.size());
    while (true) {
        auto more = st.value().step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        Geo::VectorFeature f;
        for (int i = 0; i < t.columns.size(); ++i)
            f.attributes.insert(t.columns[i], st.value().value(i));
        const QByteArray blob = st.value().blob(geomColumn);
        if (polygons) {
            auto g = Storage::Gpkg::decodePolygon(blob);
            if (!g)
                return g.error();
            f.polygon = *g;
        } else {
            auto p = Storage::Gpkg::decodePoint(blob);
            if (!p)
                return p.error();
            f.point = *p;
        }
        features.append(std::move(f));
    }
    if (auto r = Geo::writeLayer(path, format, t.table, t.columns, features, progress); !r)
        return r.error();
    return qint64(features.size());
}

} // namespace Cc::Map
