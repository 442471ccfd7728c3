// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/geometry.h>
#include <cc/core/result.h>

#include <QByteArray>
#include <QList>
#include <QPointF>

namespace Cc::Storage {

/// CGCS2000 geographic (lon/lat), the CRS of every spatial table.
inline constexpr int kSrsCgcs2000 = 4490;

using Core::PolygonRings;
using Core::Ring;

struct Envelope
{
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
};

/// GeoPackage binary geometry (GPKG header with envelope + little-endian ISO WKB), the
/// encoding GDAL and QGIS read from the `geom` columns.
namespace Gpkg {
QByteArray encodePoint(const QPointF &point, int srsId = kSrsCgcs2000);
QByteArray encodePolygon(const PolygonRings &rings, int srsId = kSrsCgcs2000);
/// A line string (e.g. a street's centreline, the gazetteer's streets): open, two or more points.
QByteArray encodeLineString(const Ring &points, int srsId = kSrsCgcs2000);
Result<QPointF> decodePoint(const QByteArray &blob);
Result<Ring> decodeLineString(const QByteArray &blob);
Result<PolygonRings> decodePolygon(const QByteArray &blob);
/// Envelope from the header, or computed from the WKB when the header has none.
Result<Envelope> envelope(const QByteArray &blob);
} // namespace Gpkg

} // namespace Cc::Storage
