// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#define GEOS_USE_ONLY_R_API
#include <geos_c.h>

#include <cc/geo/types.h>

#include <QString>

#include <memory>

namespace Cc::Geo::Internal {

/// One reentrant GEOS context (GEOS_init_r); not shared between threads. Keeps the last
/// error GEOS reported so a failed call can say why.
class GeosContext
{
public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext &) = delete;
    GeosContext &operator=(const GeosContext &) = delete;
    GEOSContextHandle_t handle() const { return m_handle; }
    QString lastError() const { return m_lastError; }

private:
    static void onMessage(const char *message, void *userdata);
    GEOSContextHandle_t m_handle = nullptr;
    QString m_lastError;
};

struct GeomDeleter
{
    GEOSContextHandle_t handle = nullptr;
    void operator()(GEOSGeometry *g) const
    {
        if (g)
            GEOSGeom_destroy_r(handle, g);
    }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

struct PreparedDeleter
{
    GEOSContextHandle_t handle = nullptr;
    void operator()(const GEOSPreparedGeometry *g) const
    {
        if (g)
            GEOSPreparedGeom_destroy_r(handle, g);
    }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

inline GeomPtr own(const GeosContext &ctx, GEOSGeometry *g)
{
    return GeomPtr(g, GeomDeleter{ctx.handle()});
}

/// nullptr when GEOS refuses (unclosed ring, fewer than 4 points): ctx.lastError() says why.
GeomPtr makePolygon(const GeosContext &ctx, const PolygonRings &rings);
GeomPtr makeLine(const GeosContext &ctx, const QList<QPointF> &points);
/// Every polygon in a Polygon, MultiPolygon or GeometryCollection (other parts ignored).
QList<PolygonRings> polygonsOf(const GeosContext &ctx, const GEOSGeometry *g);
/// A point inside the geometry (for a polygon: in its interior), for pointing at a spot.
QPointF interiorPoint(const GeosContext &ctx, const GEOSGeometry *g);
double area(const GeosContext &ctx, const GEOSGeometry *g);

} // namespace Cc::Geo::Internal
