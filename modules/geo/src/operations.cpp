// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/geo/operations.h>

#include <cc/geo/distance.h>

#include "geos_p.h"
#include "geotr.h"

#include <cmath>
#include <numbers>

namespace Cc::Geo {

using namespace Internal;

QString formatLonLat(const QPointF &p)
{
    return QStringLiteral("%1, %2").arg(p.x(), 0, 'f', 6).arg(p.y(), 0, 'f', 6);
}

Validity checkValidity(const PolygonRings &polygon)
{
    GeosContext ctx;
    for (const Ring &ring : polygon) {
        if (ring.size() < 4) {
            return {false,
                    GeoTr::tr("a ring has %n point(s); a polygon ring needs at least 4", nullptr,
                              int(ring.size())),
                    ring.isEmpty() ? QPointF() : ring.first()};
        }
        if (ring.first() != ring.last())
            return {false, GeoTr::tr("a ring is not closed"), ring.last()};
    }
    GeomPtr g = makePolygon(ctx, polygon);
    if (!g)
        return {false, ctx.lastError(), polygon.value(0).value(0)};
    char *reason = nullptr;
    GEOSGeometry *location = nullptr;
    const char valid = GEOSisValidDetail_r(ctx.handle(), g.get(), 0, &reason, &location);
    Validity v;
    v.valid = valid == 1;
    if (!v.valid) {
        v.reason = reason ? QString::fromUtf8(reason) : ctx.lastError();
        if (location) {
            double x = 0, y = 0;
            GEOSGeomGetX_r(ctx.handle(), location, &x);
            GEOSGeomGetY_r(ctx.handle(), location, &y);
            v.where = QPointF(x, y);
        }
    }
    if (reason)
        GEOSFree_r(ctx.handle(), reason);
    if (location)
        GEOSGeom_destroy_r(ctx.handle(), location);
    return v;
}

double areaM2(const PolygonRings &polygon)
{
    if (polygon.isEmpty() || polygon.first().size() < 4)
        return 0;
    const QRectF b = boundsOf(polygon);
    const double lat0 = b.center().y() * std::numbers::pi / 180;
    const double kx = kEarthRadiusM * std::cos(lat0) * std::numbers::pi / 180;
    const double ky = kEarthRadiusM * std::numbers::pi / 180;
    double total = 0;
    for (qsizetype r = 0; r < polygon.size(); ++r) {
        const Ring &ring = polygon[r];
        double twice = 0;
        for (qsizetype i = 1; i < ring.size(); ++i)
            twice += (ring[i - 1].x() - b.left()) * kx * (ring[i].y() - b.top()) * ky
                     - (ring[i].x() - b.left()) * kx * (ring[i - 1].y() - b.top()) * ky;
        total += (r == 0 ? 1 : -1) * std::abs(twice) / 2;
    }
    return total;
}

bool intersects(const PolygonRings &a, const PolygonRings &b)
{
    GeosContext ctx;
    GeomPtr ga = makePolygon(ctx, a);
    GeomPtr gb = makePolygon(ctx, b);
    return ga && gb && GEOSIntersects_r(ctx.handle(), ga.get(), gb.get()) == 1;
}

QPointF interiorPoint(const PolygonRings &polygon)
{
    GeosContext ctx;
    GeomPtr g = makePolygon(ctx, polygon);
    if (!g)
        return polygon.value(0).value(0);
    return Internal::interiorPoint(ctx, g.get());
}

Result<QList<PolygonRings>> splitPolygon(const PolygonRings &polygon, const QList<QPointF> &line)
{
    GeosContext ctx;
    GeomPtr poly = makePolygon(ctx, polygon);
    if (!poly || !GEOSisValid_r(ctx.handle(), poly.get()))
        return makeError(QStringLiteral("geo.invalid"),
                         GeoTr::tr("The grid cannot be split: its polygon is not valid."));
    if (line.size() < 2)
        return makeError(QStringLiteral("geo.split-line"),
                         GeoTr::tr(
                             "Draw a line of at least two points across the grid to split it."));
    GeomPtr cut = makeLine(ctx, line);
    GeomPtr boundary = own(ctx, GEOSBoundary_r(ctx.handle(), poly.get()));
    // Node the boundary with the line, then rebuild faces; keep those inside the polygon.
    GeomPtr noded = own(ctx, GEOSUnion_r(ctx.handle(), boundary.get(), cut.get()));
    if (!noded)
        return makeError(QStringLiteral("geo.split-line"), ctx.lastError());
    const GEOSGeometry *parts[] = {noded.get()};
    GeomPtr faces = own(ctx, GEOSPolygonize_r(ctx.handle(), parts, 1));
    PreparedPtr prepared(GEOSPrepare_r(ctx.handle(), poly.get()), PreparedDeleter{ctx.handle()});
    QList<PolygonRings> pieces;
    for (const PolygonRings &face : polygonsOf(ctx, faces.get())) {
        GeomPtr f = makePolygon(ctx, face);
        GeomPtr inner = own(ctx, GEOSPointOnSurface_r(ctx.handle(), f.get()));
        if (inner && GEOSPreparedContains_r(ctx.handle(), prepared.get(), inner.get()))
            pieces.append(face);
    }
    if (pieces.size() < 2)
        return makeError(QStringLiteral("geo.split-line"),
                         GeoTr::tr(
                             "The line does not cut the grid in two: draw it from outside the "
                             "grid, across it, to outside again."));
    return pieces;
}

Result<PolygonRings> mergePolygons(const QList<PolygonRings> &polygons)
{
    if (polygons.size() < 2)
        return makeError(QStringLiteral("geo.merge"),
                         GeoTr::tr("Select at least two grids to merge."));
    GeosContext ctx;
    std::vector<GEOSGeometry *> geoms;
    for (const PolygonRings &p : polygons) {
        GeomPtr g = makePolygon(ctx, p);
        if (!g) {
            for (GEOSGeometry *x : geoms)
                GEOSGeom_destroy_r(ctx.handle(), x);
            return makeError(QStringLiteral("geo.invalid"), ctx.lastError());
        }
        geoms.push_back(g.release());
    }
    GeomPtr collection = own(ctx,
                             GEOSGeom_createCollection_r(ctx.handle(), GEOS_GEOMETRYCOLLECTION,
                                                         geoms.data(), unsigned(geoms.size())));
    GeomPtr united = own(ctx, GEOSUnaryUnion_r(ctx.handle(), collection.get()));
    const QList<PolygonRings> out = polygonsOf(ctx, united.get());
    if (out.size() != 1)
        return makeError(
            QStringLiteral("geo.merge"),
            GeoTr::tr("These grids do not share a boundary: merging them would give %n "
                      "separate part(s).",
                      nullptr, int(out.size())));
    return out.first();
}

} // namespace Cc::Geo
