// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/geo/validation.h>

#include <cc/core/codes.h>
#include <cc/geo/operations.h>

#include "geos_p.h"
#include "geotr.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Cc::Geo {

using namespace Internal;

namespace {

Problem problem(QString kind, const QString &code, const QString &other, QPointF where,
                QString message)
{
    return Problem{std::move(kind), code, other, where, std::move(message)};
}

/// GEOS geometries of the valid grids (nullptr for the invalid ones).
std::vector<GeomPtr> buildAll(const GeosContext &ctx, const QList<GridFeature> &grids)
{
    std::vector<GeomPtr> out;
    out.reserve(grids.size());
    for (const GridFeature &g : grids) {
        GeomPtr geom = makePolygon(ctx, g.geom);
        if (geom && GEOSisValid_r(ctx.handle(), geom.get()) != 1)
            geom.reset();
        out.push_back(std::move(geom));
    }
    return out;
}

struct Pieces
{
    double area = 0;
    QPointF where;
};

/// Area of a geometry's polygonal parts, and a point inside its largest part.
Pieces piecesOf(const GeosContext &ctx, const GEOSGeometry *g, double tolerance)
{
    Pieces out;
    double best = 0;
    for (const PolygonRings &part : polygonsOf(ctx, g)) {
        GeomPtr p = makePolygon(ctx, part);
        const double a = area(ctx, p.get());
        if (a <= tolerance)
            continue;
        out.area += a;
        if (a > best) {
            best = a;
            out.where = interiorPoint(ctx, p.get());
        }
    }
    return out;
}

} // namespace

QList<Problem> GridValidator::validity(const QList<GridFeature> &grids) const
{
    QList<Problem> out;
    for (const GridFeature &g : grids) {
        const Validity v = checkValidity(g.geom);
        if (v.valid)
            continue;
        out << problem(QStringLiteral("geo.invalid"), g.code, {}, v.where,
                       GeoTr::tr("Grid %1 is not a valid polygon at %2: %3.")
                           .arg(g.code, formatLonLat(v.where), v.reason));
    }
    return out;
}

QList<Problem> GridValidator::overlaps(const QList<GridFeature> &grids) const
{
    GeosContext ctx;
    const std::vector<GeomPtr> geoms = buildAll(ctx, grids);
    GEOSSTRtree *tree = GEOSSTRtree_create_r(ctx.handle(), 10);
    std::vector<qsizetype> ids(grids.size());
    for (qsizetype i = 0; i < grids.size(); ++i) {
        ids[i] = i;
        if (geoms[i])
            GEOSSTRtree_insert_r(ctx.handle(), tree, geoms[i].get(), &ids[i]);
    }
    QList<Problem> out;
    for (qsizetype i = 0; i < grids.size(); ++i) {
        if (!geoms[i])
            continue;
        PreparedPtr prepared(GEOSPrepare_r(ctx.handle(), geoms[i].get()),
                             PreparedDeleter{ctx.handle()});
        struct Query
        {
            qsizetype self;
            QList<qsizetype> hits;
        } q{i, {}};
        GEOSSTRtree_query_r(
            ctx.handle(), tree, geoms[i].get(),
            [](void *item, void *userdata) {
                auto *query = static_cast<Query *>(userdata);
                const qsizetype j = *static_cast<qsizetype *>(item);
                if (j > query->self)
                    query->hits << j;
            },
            &q);
        std::sort(q.hits.begin(), q.hits.end());
        for (const qsizetype j : q.hits) {
            if (!GEOSPreparedIntersects_r(ctx.handle(), prepared.get(), geoms[j].get()))
                continue;
            // Neighbours share edges; only interiors that meet are an overlap.
            if (GEOSRelatePattern_r(ctx.handle(), geoms[i].get(), geoms[j].get(), "T********") != 1)
                continue;
            GeomPtr common = own(ctx,
                                 GEOSIntersection_r(ctx.handle(), geoms[i].get(), geoms[j].get()));
            const Pieces pieces = piecesOf(ctx, common.get(), areaTolerance);
            if (pieces.area <= areaTolerance)
                continue;
            out << problem(QStringLiteral("geo.overlap"), grids[i].code, grids[j].code,
                           pieces.where,
                           GeoTr::tr("Grids %1 and %2 overlap around %3 (%4 m²).")
                               .arg(grids[i].code, grids[j].code, formatLonLat(pieces.where))
                               .arg(areaM2(polygonsOf(ctx, common.get()).value(0)), 0, 'f', 1));
        }
    }
    GEOSSTRtree_destroy_r(ctx.handle(), tree);
    return out;
}

QList<Problem> GridValidator::coverage(const QList<GridFeature> &grids,
                                       const QList<ParentArea> &parents, bool byCommunity) const
{
    GeosContext ctx;
    const std::vector<GeomPtr> geoms = buildAll(ctx, grids);
    QHash<QString, QList<qsizetype>> children;
    for (qsizetype i = 0; i < grids.size(); ++i)
        children[byCommunity ? grids[i].communityCode : grids[i].responsibilityCode] << i;

    QList<Problem> out;
    for (const ParentArea &parent : parents) {
        GeomPtr pg = makePolygon(ctx, parent.geom);
        if (!pg || GEOSisValid_r(ctx.handle(), pg.get()) != 1)
            continue;
        const QList<qsizetype> members = children.value(parent.code);
        std::vector<GEOSGeometry *> parts;
        for (const qsizetype i : members) {
            if (!geoms[i])
                continue;
            parts.push_back(GEOSGeom_clone_r(ctx.handle(), geoms[i].get()));
            // A grid must lie within its parent.
            GeomPtr outside = own(ctx, GEOSDifference_r(ctx.handle(), geoms[i].get(), pg.get()));
            const Pieces p = piecesOf(ctx, outside.get(), areaTolerance);
            if (p.area > areaTolerance) {
                out << problem(
                    QStringLiteral("geo.outside-parent"), grids[i].code, parent.code, p.where,
                    byCommunity
                        ? GeoTr::tr("Grid %1 reaches outside its community %2 around %3.")
                              .arg(grids[i].code, parent.code, formatLonLat(p.where))
                        : GeoTr::tr("Grid %1 reaches outside its responsibility grid %2 around %3.")
                              .arg(grids[i].code, parent.code, formatLonLat(p.where)));
            }
        }
        GeomPtr united;
        if (!parts.empty()) {
            GeomPtr collection = own(ctx, GEOSGeom_createCollection_r(ctx.handle(),
                                                                      GEOS_GEOMETRYCOLLECTION,
                                                                      parts.data(),
                                                                      unsigned(parts.size())));
            united = own(ctx, GEOSUnaryUnion_r(ctx.handle(), collection.get()));
        }
        GeomPtr gap = united ? own(ctx, GEOSDifference_r(ctx.handle(), pg.get(), united.get()))
                             : own(ctx, GEOSGeom_clone_r(ctx.handle(), pg.get()));
        const Pieces p = piecesOf(ctx, gap.get(), areaTolerance);
        if (p.area > areaTolerance) {
            out << problem(
                QStringLiteral("geo.gap"), parent.code, {}, p.where,
                byCommunity
                    ? GeoTr::tr("Community %1 has an area no unit grid covers, around %2.")
                          .arg(parent.code, formatLonLat(p.where))
                    : GeoTr::tr(
                          "Responsibility grid %1 has an area no unit grid covers, around %2.")
                          .arg(parent.code, formatLonLat(p.where)));
        }
    }
    return out;
}

QList<Problem> GridValidator::codes(const QList<GridFeature> &grids,
                                    const QList<ParentArea> &communities,
                                    const QList<ParentArea> &responsibilityGrids) const
{
    QSet<QString> communityCodes, responsibilityCodes;
    for (const ParentArea &p : communities)
        communityCodes.insert(p.code);
    for (const ParentArea &p : responsibilityGrids)
        responsibilityCodes.insert(p.code);
    QHash<QString, int> seen;
    QList<Problem> out;
    for (const GridFeature &g : grids) {
        const QPointF where = interiorPoint(g.geom);
        auto parsed = Core::UnitGridCode::parse(g.code);
        if (!parsed) {
            out << problem(QStringLiteral("code.malformed"), g.code, {}, where,
                           GeoTr::tr("The grid at %1 has a malformed code: %2")
                               .arg(formatLonLat(where), parsed.error().message));
            continue;
        }
        if (seen[g.code]++ > 0) {
            out << problem(QStringLiteral("code.duplicate"), g.code, {}, where,
                           GeoTr::tr("The code %1 is used by another grid too (this one at %2).")
                               .arg(g.code, formatLonLat(where)));
        }
        if (parsed->communityCode() != g.communityCode) {
            out << problem(QStringLiteral("code.not-nested"), g.code, g.communityCode, where,
                           GeoTr::tr("Grid %1 (at %2) is assigned to community %3, but its code "
                                     "belongs to community %4.")
                               .arg(g.code, formatLonLat(where), g.communityCode,
                                    parsed->communityCode()));
        } else if (!communityCodes.isEmpty() && !communityCodes.contains(g.communityCode)) {
            out << problem(QStringLiteral("code.not-nested"), g.code, g.communityCode, where,
                           GeoTr::tr(
                               "Grid %1 (at %2) names the community %3, which does not exist.")
                               .arg(g.code, formatLonLat(where), g.communityCode));
        }
        if (!responsibilityCodes.isEmpty() && !responsibilityCodes.contains(g.responsibilityCode)) {
            out << problem(QStringLiteral("code.not-nested"), g.code, g.responsibilityCode, where,
                           GeoTr::tr(
                               "Grid %1 (at %2) names the responsibility grid “%3”, which does "
                               "not exist.")
                               .arg(g.code, formatLonLat(where), g.responsibilityCode));
        }
    }
    return out;
}

QList<Problem> GridValidator::all(const QList<GridFeature> &grids,
                                  const QList<ParentArea> &communities,
                                  const QList<ParentArea> &responsibilityGrids) const
{
    QList<Problem> out = validity(grids);
    out += codes(grids, communities, responsibilityGrids);
    out += overlaps(grids);
    out += coverage(grids, communities, true);
    out += coverage(grids, responsibilityGrids, false);
    return out;
}

} // namespace Cc::Geo
