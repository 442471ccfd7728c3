// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map/mapdata.h>

#include <cc/core/casestatemachine.h>
#include <cc/storage/geometry.h>

#include "maptr.h"

namespace Cc::Map {

QList<LayerKind> allLayers()
{
    return {LayerKind::Basemap,     LayerKind::Streets,
            LayerKind::Communities, LayerKind::ResponsibilityGrids,
            LayerKind::UnitGrids,   LayerKind::Components,
            LayerKind::Cases,       LayerKind::Cameras,
            LayerKind::Collectors};
}

QString layerId(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Streets:
        return QStringLiteral("streets");
    case LayerKind::Communities:
        return QStringLiteral("communities");
    case LayerKind::ResponsibilityGrids:
        return QStringLiteral("responsibility-grids");
    case LayerKind::UnitGrids:
        return QStringLiteral("unit-grids");
    case LayerKind::Components:
        return QStringLiteral("components");
    case LayerKind::Cases:
        return QStringLiteral("cases");
    case LayerKind::Cameras:
        return QStringLiteral("cameras");
    case LayerKind::Collectors:
        return QStringLiteral("collectors");
    case LayerKind::Basemap:
        return QStringLiteral("basemap");
    case LayerKind::Invalid:
        break;
    }
    return {};
}

LayerKind layerFromId(QStringView id)
{
    for (LayerKind k : allLayers())
        if (layerId(k) == id)
            return k;
    return LayerKind::Invalid;
}

QString layerTitle(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Streets:
        return MapTr::tr("Streets");
    case LayerKind::Communities:
        return MapTr::tr("Communities");
    case LayerKind::ResponsibilityGrids:
        return MapTr::tr("Responsibility grids");
    case LayerKind::UnitGrids:
        return MapTr::tr("Unit grids");
    case LayerKind::Components:
        return MapTr::tr("Components");
    case LayerKind::Cases:
        return MapTr::tr("Cases");
    case LayerKind::Cameras:
        return MapTr::tr("Cameras");
    case LayerKind::Collectors:
        return MapTr::tr("Collectors");
    case LayerKind::Basemap:
        return MapTr::tr("Basemap");
    case LayerKind::Invalid:
        break;
    }
    return {};
}

namespace {

template<typename F>
Result<void> each(Storage::Database &db, const QString &sql, F &&f)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    while (true) {
        auto more = st.value().step();
        if (!more)
            return more.error();
        if (!*more)
            return {};
        if (auto r = f(st.value()); !r)
            return r;
    }
}

Result<void> areas(Storage::Database &db, const QString &table, const QString &nameColumn,
                   QList<AreaFeature> &out)
{
    return each(db,
                QStringLiteral("SELECT id, code, %1, geom FROM %2 WHERE geom IS NOT NULL")
                    .arg(nameColumn, table),
                [&](const Storage::Statement &s) -> Result<void> {
                    auto g = Storage::Gpkg::decodePolygon(s.blob(3));
                    if (!g)
                        return g.error();
                    AreaFeature a{s.text(0), s.text(1), s.text(2), *g, Geo::boundsOf(*g)};
                    out.append(std::move(a));
                    return {};
                });
}

Result<void> basemapFeatures(Storage::Database &db, MapData &data)
{
    if (auto r = each(db,
                      QStringLiteral("SELECT kind, name, geom FROM basemap_area WHERE geom IS NOT "
                                     "NULL ORDER BY fid"),
                      [&](const Storage::Statement &s) -> Result<void> {
                          auto g = Storage::Gpkg::decodePolygon(s.blob(2));
                          if (!g)
                              return g.error();
                          data.basemapAreas.append({s.text(0), s.text(1), *g, Geo::boundsOf(*g)});
                          return {};
                      });
        !r)
        return r;
    return each(db,
                QStringLiteral("SELECT kind, name, width_m, geom FROM basemap_line WHERE geom IS "
                               "NOT NULL ORDER BY fid"),
                [&](const Storage::Statement &s) -> Result<void> {
                    auto line = Storage::Gpkg::decodeLineString(s.blob(3));
                    if (!line)
                        return line.error();
                    data.basemapLines.append({s.text(0), s.text(1), s.real(2), *line,
                                              Geo::boundsOf(Geo::PolygonRings{*line})});
                    return {};
                });
}

CaseLook lookOf(const QString &stateId, bool hung, const QDateTime &deadline, const QDateTime &now)
{
    using S = Core::CaseState;
    const S state = Core::stateFromId(stateId);
    if (!Core::CaseStateMachine::isOpen(state))
        return CaseLook::Closed;
    if (hung || state == S::Hung)
        return CaseLook::Hung;
    if (deadline.isValid() && deadline < now)
        return CaseLook::Overdue;
    switch (state) {
    case S::Reported:
    case S::Verifying:
    case S::PendingFiling:
        return CaseLook::Intake;
    case S::Filed:
    case S::Dispatched:
    case S::ReturnRequested:
        return CaseLook::Dispatch;
    case S::Disposing:
    case S::PostponeRequested:
    case S::HangRequested:
        return CaseLook::Disposal;
    default:
        return CaseLook::Check;
    }
}

} // namespace

Result<std::shared_ptr<const MapData>> MapData::load(Storage::Database &db, const QDateTime &now,
                                                     int closedDays)
{
    auto data = std::make_shared<MapData>();
    if (auto r = areas(db, QStringLiteral("street"), QStringLiteral("name"), data->streets); !r)
        return r.error();
    if (auto r = areas(db, QStringLiteral("community"), QStringLiteral("name"), data->communities);
        !r)
        return r.error();
    if (auto r = areas(db, QStringLiteral("grid_responsibility"), QStringLiteral("name"),
                       data->responsibilityGrids);
        !r)
        return r.error();

    if (auto r = basemapFeatures(db, *data); !r)
        return r.error();

    auto point = [](const Storage::Statement &s, int column) -> Result<QPointF> {
        return Storage::Gpkg::decodePoint(s.blob(column));
    };
    data->components.reserve(size_t(db.rowCount(QStringLiteral("component"))));
    if (auto r = each(db,
                      QStringLiteral(
                          "SELECT id, object_code, name, category_code, geom FROM component "
                          "WHERE geom IS NOT NULL"),
                      [&](const Storage::Statement &s) -> Result<void> {
                          auto p = point(s, 4);
                          if (!p)
                              return p.error();
                          data->components.push_back({*p, s.text(0), s.text(1), s.text(2),
                                                      quint16(s.text(3).toUInt()),
                                                      CaseLook::Invalid});
                          return {};
                      });
        !r)
        return r.error();
    // Two index ranges (open states, recent reports) rather than the whole table.
    QStringList open;
    for (Core::CaseState state : Core::CaseStateMachine::allStates()) {
        if (Core::CaseStateMachine::isOpen(state))
            open << QLatin1Char('\'') + Core::stateId(state) + QLatin1Char('\'');
    }
    const QString recent = closedDays > 0
                               ? QStringLiteral(" AND (state IN (%1) OR reported_at >= '%2')")
                                     .arg(open.join(QLatin1Char(',')),
                                          Storage::isoUtc(now.addDays(-closedDays)))
                               : QString();
    if (auto r = each(db,
                      QStringLiteral(
                          "SELECT id, number, description, state, hung, stage_deadline, geom "
                          "FROM case_record WHERE geom IS NOT NULL")
                          + recent,
                      [&](const Storage::Statement &s) -> Result<void> {
                          auto p = point(s, 6);
                          if (!p)
                              return p.error();
                          const QDateTime deadline = s.isNull(5) ? QDateTime()
                                                                 : Storage::fromIsoUtc(s.text(5));
                          data->cases.push_back(
                              {*p, s.text(0), s.text(1), s.text(2), 0,
                               lookOf(s.text(3), s.integer(4) != 0, deadline, now)});
                          return {};
                      });
        !r)
        return r.error();
    // Closed cases first, so the open and overdue ones are drawn on top.
    std::stable_sort(data->cases.begin(), data->cases.end(),
                     [](const PointFeature &a, const PointFeature &b) {
                         const auto rank = [](CaseLook l) {
                             return l == CaseLook::Closed ? 0 : l == CaseLook::Overdue ? 2 : 1;
                         };
                         return rank(a.look) < rank(b.look);
                     });
    if (auto r
        = each(db,
               QStringLiteral(
                   "SELECT id, name, component_code, geom FROM camera WHERE geom IS NOT NULL"),
               [&](const Storage::Statement &s) -> Result<void> {
                   auto p = point(s, 3);
                   if (!p)
                       return p.error();
                   data->cameras.push_back(
                       {*p, s.text(0), s.text(2), s.text(1), 136, CaseLook::Invalid});
                   return {};
               });
        !r)
        return r.error();
    // The latest position of each collector (SQLite takes the bare columns from the max row).
    if (auto r = each(db,
                      QStringLiteral(
                          "SELECT p.user_id, coalesce(u.login, ''), coalesce(u.display_name, ''), "
                          "max(p.at), p.geom FROM collector_position p "
                          "LEFT JOIN app_user u ON u.id = p.user_id "
                          "WHERE p.geom IS NOT NULL GROUP BY p.user_id"),
                      [&](const Storage::Statement &s) -> Result<void> {
                          auto p = point(s, 4);
                          if (!p)
                              return p.error();
                          data->collectors.push_back(
                              {*p, s.text(0), s.text(1), s.text(2), 0, CaseLook::Invalid});
                          return {};
                      });
        !r)
        return r.error();

    QRectF extent;
    for (const auto *list : {&data->streets, &data->communities, &data->responsibilityGrids})
        for (const AreaFeature &a : *list)
            extent = extent.isNull() ? a.bounds : extent.united(a.bounds);
    data->extent = extent;
    return std::shared_ptr<const MapData>(std::move(data));
}

} // namespace Cc::Map
