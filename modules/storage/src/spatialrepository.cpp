// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/storage/repositories.h>

#include "storage_p.h"

namespace Cc::Storage {

using namespace Internal;

namespace {

// An empty polygon is stored as NULL: GDAL and QGIS then show "no geometry" rather than an
// empty one, and the R-tree triggers skip it either way.
void bindPolygon(Statement &st, int index, const PolygonRings &rings)
{
    if (rings.isEmpty())
        st.bindNull(index);
    else
        st.bindBlob(index, Gpkg::encodePolygon(rings));
}

Result<PolygonRings> polygonAt(const Statement &st, int column)
{
    if (st.isNull(column))
        return PolygonRings{};
    return Gpkg::decodePolygon(st.blob(column));
}

Result<QPointF> pointAt(const Statement &st, int column)
{
    if (st.isNull(column))
        return QPointF();
    return Gpkg::decodePoint(st.blob(column));
}

/// Runs a SELECT and maps each row with read(st, row) -> Result<void>.
template<typename Row, typename F>
Result<QList<Row>> select(Database &db, const QString &sql, const QVariantList &params, F &&read)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    for (int i = 0; i < params.size(); ++i)
        st.value().bind(i + 1, params.at(i));
    QList<Row> rows;
    std::optional<Error> failure;
    auto r = forEachRow(st.value(), [&](const Statement &s) {
        if (failure)
            return;
        Row row;
        if (auto ok = read(s, row); !ok)
            failure = ok.error();
        else
            rows.append(std::move(row));
    });
    if (!r)
        return r.error();
    if (failure)
        return *failure;
    return rows;
}

const QString kUnitGridColumns = QStringLiteral(
    "g.id, g.code, g.community_code, g.responsibility_code, g.area_m2, g.version, g.geom");

Result<void> readUnitGrid(const Statement &s, UnitGridRow &row)
{
    row.id = s.text(0);
    row.code = s.text(1);
    row.communityCode = s.text(2);
    row.responsibilityCode = s.text(3);
    row.areaM2 = s.real(4);
    row.version = int(s.integer(5));
    auto geom = polygonAt(s, 6);
    if (!geom)
        return geom.error();
    row.geom = std::move(geom).value();
    return {};
}

/// Streets and responsibility grids alike: an id, a code, a name and an outline.
template<typename Row>
Result<void> insertNamedArea(Database &db, const QString &table, const Row &row)
{
    auto st = db.prepare(
        QStringLiteral("INSERT INTO %1 (id, code, name, geom) VALUES (?, ?, ?, ?)").arg(table));
    if (!st)
        return st.error();
    st.value().bindText(1, row.id).bindText(2, row.code).bindText(3, row.name);
    bindPolygon(st.value(), 4, row.geom);
    return st.value().exec();
}

template<typename Row>
Result<QList<Row>> selectNamedAreas(Database &db, const QString &table)
{
    return select<Row>(db,
                       QStringLiteral("SELECT id, code, name, geom FROM %1 ORDER BY code")
                           .arg(table),
                       {}, [](const Statement &s, Row &row) -> Result<void> {
                           row.id = s.text(0);
                           row.code = s.text(1);
                           row.name = s.text(2);
                           auto geom = polygonAt(s, 3);
                           if (!geom)
                               return geom.error();
                           row.geom = std::move(geom).value();
                           return {};
                       });
}

} // namespace

// ------------------------------------------------------------------------------ inserts

Result<void> SpatialRepository::insert(const StreetRow &row)
{
    return insertNamedArea(m_db, QStringLiteral("street"), row);
}

Result<void> SpatialRepository::insert(const CommunityRow &row)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO community (id, code, name, street_code, geom) VALUES (?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st.value().bindText(1, row.id).bindText(2, row.code).bindText(3, row.name);
    st.value().bindText(4, row.streetCode);
    bindPolygon(st.value(), 5, row.geom);
    return st.value().exec();
}

Result<void> SpatialRepository::insert(const ResponsibilityGridRow &row)
{
    return insertNamedArea(m_db, QStringLiteral("grid_responsibility"), row);
}

Result<void> SpatialRepository::insert(const UnitGridRow &row)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO grid_unit (id, code, community_code, responsibility_code, area_m2, version, "
        "updated_at, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    Statement &s = st.value();
    s.bindText(1, row.id).bindText(2, row.code).bindText(3, row.communityCode);
    s.bindText(4, row.responsibilityCode).bindDouble(5, row.areaM2).bindInt(6, row.version);
    s.bindText(7, nowIso());
    bindPolygon(s, 8, row.geom);
    return s.exec();
}

Result<void> SpatialRepository::insert(const ComponentRow &row)
{
    // The bulk path: ~100,000 components for the demo city, so the statement is kept.
    if (!m_insertComponent) {
        auto st = m_db.prepare(QStringLiteral(
            "INSERT INTO component (id, object_code, category_code, name, state, department_id, "
            "grid_code, installed_on, updated_at, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!st)
            return st.error();
        m_insertComponent.emplace(std::move(st).value());
    }
    Statement &s = *m_insertComponent;
    s.reset();
    s.bindText(1, row.id).bindText(2, row.objectCode).bindText(3, row.categoryCode);
    s.bindText(4, row.name);
    // The column has a default ('完好'); an unset state takes it rather than ''.
    if (row.state.isEmpty())
        s.bindText(5, QStringLiteral("完好"));
    else
        s.bindText(5, row.state);
    bindOptionalText(s, 6, row.departmentId);
    s.bindText(7, row.gridCode);
    if (row.installedOn.isValid())
        s.bindText(8, row.installedOn.toString(Qt::ISODate));
    else
        s.bindNull(8);
    s.bindText(9, nowIso());
    s.bindBlob(10, Gpkg::encodePoint(row.geom));
    return s.exec();
}

Result<void> SpatialRepository::insert(const CameraRow &row)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO camera (id, component_code, name, url_main, url_sub, ptz, grid_code, "
        "group_name, updated_at, geom) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    Statement &s = st.value();
    s.bindText(1, row.id).bindText(2, row.componentCode).bindText(3, row.name);
    s.bindText(4, row.urlMain).bindText(5, row.urlSub).bindInt(6, row.ptz ? 1 : 0);
    s.bindText(7, row.gridCode).bindText(8, row.groupName).bindText(9, nowIso());
    s.bindBlob(10, Gpkg::encodePoint(row.geom));
    return s.exec();
}

Result<void> SpatialRepository::insert(const CollectorPositionRow &row)
{
    auto st = m_db.prepare(
        QStringLiteral("INSERT INTO collector_position (id, user_id, at, accuracy_m, geom) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    if (!st)
        return st.error();
    Statement &s = st.value();
    s.bindText(1, row.id).bindText(2, row.userId);
    bindTime(s, 3, row.at);
    s.bindDouble(4, row.accuracyM);
    s.bindBlob(5, Gpkg::encodePoint(row.geom));
    return s.exec();
}

// ------------------------------------------------------------------------------ queries

Result<QList<StreetRow>> SpatialRepository::streets()
{
    return selectNamedAreas<StreetRow>(m_db, QStringLiteral("street"));
}

Result<QList<CommunityRow>> SpatialRepository::communities()
{
    return select<CommunityRow>(
        m_db,
        QStringLiteral("SELECT id, code, name, street_code, geom FROM community ORDER BY code"), {},
        [](const Statement &s, CommunityRow &row) -> Result<void> {
            row.id = s.text(0);
            row.code = s.text(1);
            row.name = s.text(2);
            row.streetCode = s.text(3);
            auto geom = polygonAt(s, 4);
            if (!geom)
                return geom.error();
            row.geom = std::move(geom).value();
            return {};
        });
}

Result<QList<ResponsibilityGridRow>> SpatialRepository::responsibilityGrids()
{
    return selectNamedAreas<ResponsibilityGridRow>(m_db, QStringLiteral("grid_responsibility"));
}

Result<QList<UnitGridRow>> SpatialRepository::unitGrids()
{
    return select<UnitGridRow>(m_db,
                               QStringLiteral("SELECT %1 FROM grid_unit g ORDER BY g.code")
                                   .arg(kUnitGridColumns),
                               {}, readUnitGrid);
}

Result<std::optional<UnitGridRow>> SpatialRepository::unitGrid(const QString &code)
{
    auto rows = select<UnitGridRow>(m_db,
                                    QStringLiteral("SELECT %1 FROM grid_unit g WHERE g.code = ?")
                                        .arg(kUnitGridColumns),
                                    {code}, readUnitGrid);
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<UnitGridRow>{};
    return std::optional<UnitGridRow>(rows.value().first());
}

Result<QList<CameraRow>> SpatialRepository::cameras()
{
    return select<CameraRow>(
        m_db,
        QStringLiteral("SELECT id, component_code, name, url_main, url_sub, ptz, grid_code, "
                       "group_name, geom FROM camera ORDER BY fid"),
        {}, [](const Statement &s, CameraRow &row) -> Result<void> {
            row.id = s.text(0);
            row.componentCode = s.text(1);
            row.name = s.text(2);
            row.urlMain = s.text(3);
            row.urlSub = s.text(4);
            row.ptz = s.integer(5) != 0;
            row.gridCode = s.text(6);
            row.groupName = s.text(7);
            auto geom = pointAt(s, 8);
            if (!geom)
                return geom.error();
            row.geom = geom.value();
            return {};
        });
}

Result<QList<UnitGridRow>> SpatialRepository::unitGridsNear(const QPointF &point)
{
    // The R-tree stores float32 boxes rounded outwards, so this is a superset of the exact
    // bounding-box test; the caller does the exact point-in-polygon test anyway.
    return select<UnitGridRow>(
        m_db,
        QStringLiteral("SELECT %1 FROM rtree_grid_unit_geom r JOIN grid_unit g ON g.fid = r.id "
                       "WHERE r.minx <= ?1 AND r.maxx >= ?1 AND r.miny <= ?2 AND r.maxy >= ?2 "
                       "ORDER BY g.code")
            .arg(kUnitGridColumns),
        {point.x(), point.y()}, readUnitGrid);
}

} // namespace Cc::Storage
