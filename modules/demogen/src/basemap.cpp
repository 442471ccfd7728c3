// SPDX-License-Identifier: GPL-3.0-or-later
#include "basemap.h"

#include <cc/storage/geometry.h>

#include <QMap>

namespace Cc::Demo {

namespace {

constexpr double kRoadSideFine = 0.25;  // a block stops short of the street centreline
constexpr double kInnerSideFine = 0.08; // alleys and walls between a block's lots
constexpr int kFieldsMargin = 80;       // fine units of fields drawn around the plan

/// A plan rectangle (fractions allowed) as a closed lon/lat ring, bent like the grids.
Core::Ring planRing(double x0, double y0, double x1, double y1, double step = 1.0)
{
    Core::Ring ring = townLine({x0, y0}, {x1, y0}, step);
    for (const Core::Ring &side :
         {townLine({x1, y0}, {x1, y1}, step), townLine({x1, y1}, {x0, y1}, step),
          townLine({x0, y1}, {x0, y0}, step)})
        ring += side.mid(1);
    return ring;
}

QString placeArea(const Gazetteer::Place &place)
{
    if (place.name.endsWith(QStringLiteral("公园")))
        return QStringLiteral("park");
    if (place.name.endsWith(QStringLiteral("广场")))
        return QStringLiteral("plaza");
    if (place.name.startsWith(QStringLiteral("体育")))
        return QStringLiteral("sports");
    return place.kind;
}

class BasemapWriter
{
public:
    BasemapWriter(Storage::Database &db, const CityPlan &plan) : m_db(db), m_plan(plan) {}

    Result<void> write()
    {
        if (auto r = area(QStringLiteral("fields"), {},
                          planRing(-kFieldsMargin, -kFieldsMargin, kPlanCols + kFieldsMargin,
                                   kPlanRows + kFieldsMargin, 8));
            !r)
            return r;
        QList<int> all;
        for (int i = 0; i < m_plan.town.grids.size(); ++i)
            all << i;
        if (auto r = area(QStringLiteral("town"), {}, m_plan.town.outlineOf(all)); !r)
            return r;
        if (auto r = blocksAndPlaces(); !r)
            return r;
        if (auto r = area(QStringLiteral("water"), QStringLiteral("汤河"),
                          planRing(-kFieldsMargin, kRiverSouth, kPlanCols + kFieldsMargin,
                                   kRiverNorth));
            !r)
            return r;
        return streetsAndBridges();
    }

private:
    Result<void> area(const QString &kind, const QString &name, const Core::Ring &ring)
    {
        return insert(QStringLiteral("INSERT INTO basemap_area (geom, kind, name) VALUES (?1, "
                                     "?2, ?3)"),
                      Storage::Gpkg::encodePolygon({ring}), kind, name, -1);
    }
    Result<void> line(const QString &kind, const QString &name, double widthM,
                      const Core::Ring &points)
    {
        return insert(QStringLiteral("INSERT INTO basemap_line (geom, kind, name, width_m) "
                                     "VALUES (?1, ?2, ?3, ?4)"),
                      Storage::Gpkg::encodeLineString(points), kind, name, widthM);
    }
    Result<void> insert(const QString &sql, const QByteArray &geom, const QString &kind,
                        const QString &name, double widthM)
    {
        auto st = m_db.prepare(sql);
        if (!st)
            return st.error();
        st.value().bindBlob(1, geom).bindText(2, kind).bindText(3, name);
        if (widthM >= 0)
            st.value().bindDouble(4, widthM);
        return st.value().exec();
    }

    /// How far a lot's side stops short of its edge: by a street or the river, by an alley
    /// or wall inside the block, or not at all on the county's edge.
    double inset(const Block &block, const FineRect &lot, int side) const
    {
        const bool onBlockEdge = side == 0   ? lot.y0 == block.bounds.y0
                                 : side == 1 ? lot.x1 == block.bounds.x1
                                 : side == 2 ? lot.y1 == block.bounds.y1
                                             : lot.x0 == block.bounds.x0;
        const QPointF c = lot.center();
        const QPointF beyond = side == 0   ? QPointF(c.x(), lot.y0 - 0.5)
                               : side == 1 ? QPointF(lot.x1 + 0.5, c.y())
                               : side == 2 ? QPointF(c.x(), lot.y1 + 0.5)
                                           : QPointF(lot.x0 - 0.5, c.y());
        if (m_plan.town.gridAt(beyond) < 0)
            return 0;
        return onBlockEdge ? kRoadSideFine : kInnerSideFine;
    }

    Result<void> blocksAndPlaces()
    {
        const auto &places = m_plan.network.gazetteer.places;
        for (const Block &block : m_plan.town.blocks) {
            if (block.water)
                continue;
            for (const FineRect &lot : block.lots) {
                const int place = int(m_plan.network.placeLots.indexOf(lot));
                const Core::Ring ring = planRing(lot.x0 + inset(block, lot, 3),
                                                 lot.y0 + inset(block, lot, 0),
                                                 lot.x1 - inset(block, lot, 1),
                                                 lot.y1 - inset(block, lot, 2));
                auto r = place < 0 ? area(QStringLiteral("block"), {}, ring)
                                   : area(placeArea(places[place]), places[place].name, ring);
                if (!r)
                    return r;
            }
        }
        return {};
    }

    Result<void> streetsAndBridges()
    {
        const auto &streets = m_plan.network.gazetteer.streets;
        for (int i = 0; i < streets.size(); ++i) {
            if (auto r = line(streets[i].kind, streets[i].name,
                              2 * streetHalfWidthM(streets[i].kind), streets[i].line);
                !r)
                return r;
        }
        // The 大道 and the main streets run on out of town as county roads, across the fields.
        QMap<QString, QLineF> reach; // the town's stretch of each, end to end
        for (int i = 0; i < streets.size(); ++i) {
            const QString &name = streets[i].name;
            if (!name.endsWith(QStringLiteral("大道")) && name != QStringLiteral("人民路")
                && name != QStringLiteral("解放路"))
                continue;
            const QLineF l = m_plan.network.planLines[i];
            auto it = reach.find(streets[i].name);
            if (it == reach.end())
                reach.insert(streets[i].name, l);
            else
                it->setP2(l.p2());
        }
        for (auto it = reach.cbegin(); it != reach.cend(); ++it) {
            const QLineF l = it.value();
            const QPointF d = (l.p2() - l.p1()) / l.length();
            const double out = kFieldsMargin + std::max(kPlanCols, kPlanRows);
            for (const auto &[from, to] :
                 {std::pair{l.p1(), l.p1() - d * out}, std::pair{l.p2(), l.p2() + d * out}}) {
                if (auto r = line(QStringLiteral("road"), it.key(), 12, townLine(from, to, 4)); !r)
                    return r;
            }
        }
        // A bridge where a street crosses the river, a little longer than the river is wide.
        for (int i = 0; i < streets.size(); ++i) {
            const QLineF l = m_plan.network.planLines[i];
            if (std::min(l.y1(), l.y2()) >= kRiverSouth || std::max(l.y1(), l.y2()) <= kRiverNorth)
                continue;
            if (auto r = line(QStringLiteral("bridge"), streets[i].name + QStringLiteral("桥"),
                              2 * streetHalfWidthM(streets[i].kind) + 4,
                              townLine({l.x1(), kRiverSouth - 0.4}, {l.x1(), kRiverNorth + 0.4},
                                       0.5));
                !r)
                return r;
        }
        return {};
    }

    Storage::Database &m_db;
    const CityPlan &m_plan;
};

} // namespace

Result<void> writeBasemap(Storage::Database &db, const CityPlan &plan)
{
    return BasemapWriter(db, plan).write();
}

} // namespace Cc::Demo
