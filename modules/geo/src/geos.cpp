// SPDX-License-Identifier: GPL-3.0-or-later
#include "geos_p.h"

#include <cstdarg>

namespace Cc::Geo::Internal {

GeosContext::GeosContext() : m_handle(GEOS_init_r())
{
    GEOSContext_setErrorMessageHandler_r(m_handle, &GeosContext::onMessage, this);
}

GeosContext::~GeosContext()
{
    GEOS_finish_r(m_handle);
}

void GeosContext::onMessage(const char *message, void *userdata)
{
    static_cast<GeosContext *>(userdata)->m_lastError = QString::fromUtf8(message);
}

namespace {

GEOSCoordSequence *sequence(const GeosContext &ctx, const QList<QPointF> &points)
{
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx.handle(), unsigned(points.size()), 2);
    for (qsizetype i = 0; i < points.size(); ++i)
        GEOSCoordSeq_setXY_r(ctx.handle(), seq, unsigned(i), points[i].x(), points[i].y());
    return seq;
}

Ring ringOf(const GeosContext &ctx, const GEOSGeometry *ring)
{
    Ring out;
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(ctx.handle(), ring);
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(ctx.handle(), seq, &n);
    out.reserve(n);
    for (unsigned i = 0; i < n; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx.handle(), seq, i, &x, &y);
        out.append(QPointF(x, y));
    }
    return out;
}

} // namespace

GeomPtr makePolygon(const GeosContext &ctx, const PolygonRings &rings)
{
    if (rings.isEmpty())
        return own(ctx, GEOSGeom_createEmptyPolygon_r(ctx.handle()));
    GEOSGeometry *shell = GEOSGeom_createLinearRing_r(ctx.handle(), sequence(ctx, rings.first()));
    if (!shell)
        return own(ctx, nullptr);
    std::vector<GEOSGeometry *> holes;
    for (qsizetype i = 1; i < rings.size(); ++i) {
        GEOSGeometry *hole = GEOSGeom_createLinearRing_r(ctx.handle(), sequence(ctx, rings[i]));
        if (!hole) {
            GEOSGeom_destroy_r(ctx.handle(), shell);
            for (GEOSGeometry *h : holes)
                GEOSGeom_destroy_r(ctx.handle(), h);
            return own(ctx, nullptr);
        }
        holes.push_back(hole);
    }
    return own(ctx,
               GEOSGeom_createPolygon_r(ctx.handle(), shell, holes.data(), unsigned(holes.size())));
}

GeomPtr makeLine(const GeosContext &ctx, const QList<QPointF> &points)
{
    return own(ctx, GEOSGeom_createLineString_r(ctx.handle(), sequence(ctx, points)));
}

QList<PolygonRings> polygonsOf(const GeosContext &ctx, const GEOSGeometry *g)
{
    QList<PolygonRings> out;
    if (!g)
        return out;
    const int type = GEOSGeomTypeId_r(ctx.handle(), g);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(ctx.handle(), g))
            return out;
        PolygonRings rings;
        rings.append(ringOf(ctx, GEOSGetExteriorRing_r(ctx.handle(), g)));
        const int holes = GEOSGetNumInteriorRings_r(ctx.handle(), g);
        for (int i = 0; i < holes; ++i)
            rings.append(ringOf(ctx, GEOSGetInteriorRingN_r(ctx.handle(), g, i)));
        out.append(rings);
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(ctx.handle(), g);
        for (int i = 0; i < n; ++i)
            out += polygonsOf(ctx, GEOSGetGeometryN_r(ctx.handle(), g, i));
    }
    return out;
}

QPointF interiorPoint(const GeosContext &ctx, const GEOSGeometry *g)
{
    if (!g || GEOSisEmpty_r(ctx.handle(), g))
        return {};
    GeomPtr p = own(ctx, GEOSPointOnSurface_r(ctx.handle(), g));
    double x = 0, y = 0;
    if (p && !GEOSisEmpty_r(ctx.handle(), p.get())) {
        GEOSGeomGetX_r(ctx.handle(), p.get(), &x);
        GEOSGeomGetY_r(ctx.handle(), p.get(), &y);
    }
    return QPointF(x, y);
}

double area(const GeosContext &ctx, const GEOSGeometry *g)
{
    double a = 0;
    if (g)
        GEOSArea_r(ctx.handle(), g, &a);
    return a;
}

} // namespace Cc::Geo::Internal
