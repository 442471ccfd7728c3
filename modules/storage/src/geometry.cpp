// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/storage/geometry.h>

#include "storage_p.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sqlite3.h>

#include <cmath>
#include <cstring>
#include <limits>

namespace Cc::Storage {

namespace {

constexpr quint8 kFlagLittleEndian = 0x01;
constexpr quint8 kFlagEmpty = 0x10;
constexpr quint8 kFlagExtended = 0x20;
constexpr int kHeaderSize = 8;
constexpr int kMaxDepth = 32; // nested collections; guards the recursion on hostile blobs

constexpr quint32 kWkbPoint = 1;
constexpr quint32 kWkbLineString = 2;
constexpr quint32 kWkbPolygon = 3;

Error malformed(const QString &detail)
{
    return makeError(QStringLiteral("geometry.malformed"),
                     QCoreApplication::translate("Cc::Storage", "Malformed geometry: %1")
                         .arg(detail));
}

// ----------------------------------------------------------------- writing

void putU32(QByteArray &out, quint32 value)
{
    char buf[4];
    qToLittleEndian(value, buf);
    out.append(buf, 4);
}

void putDouble(QByteArray &out, double value)
{
    quint64 bits;
    std::memcpy(&bits, &value, 8);
    char buf[8];
    qToLittleEndian(bits, buf);
    out.append(buf, 8);
}

void putHeader(QByteArray &out, int srsId, quint8 flags)
{
    out.append('G');
    out.append('P');
    out.append(char(0)); // version 0 = GeoPackage 1.x
    out.append(char(flags));
    putU32(out, quint32(srsId));
}

// ----------------------------------------------------------------- reading

class Reader
{
public:
    Reader(const QByteArray &data, qsizetype pos) : m_data(data), m_pos(pos) {}

    bool littleEndian = true;

    bool u8(quint8 &value)
    {
        if (m_pos + 1 > m_data.size())
            return false;
        value = quint8(m_data.at(m_pos++));
        return true;
    }
    bool u32(quint32 &value)
    {
        if (m_pos + 4 > m_data.size())
            return false;
        const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + m_pos);
        value = littleEndian ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
        m_pos += 4;
        return true;
    }
    bool f64(double &value)
    {
        if (m_pos + 8 > m_data.size())
            return false;
        const auto *p = reinterpret_cast<const uchar *>(m_data.constData() + m_pos);
        const quint64 bits = littleEndian ? qFromLittleEndian<quint64>(p)
                                          : qFromBigEndian<quint64>(p);
        std::memcpy(&value, &bits, 8);
        m_pos += 8;
        return true;
    }
    qsizetype remaining() const { return m_data.size() - m_pos; }
    bool atEnd() const { return m_pos == m_data.size(); }

private:
    const QByteArray &m_data;
    qsizetype m_pos;
};

struct Header
{
    int srsId = 0;
    bool empty = false;
    bool hasEnvelope = false;
    Envelope envelope;
    qsizetype wkbOffset = kHeaderSize;
};

Result<Header> parseHeader(const QByteArray &blob)
{
    if (blob.size() < kHeaderSize || blob.at(0) != 'G' || blob.at(1) != 'P')
        return malformed(QStringLiteral("no GeoPackage header"));
    if (blob.at(2) != 0)
        return malformed(QStringLiteral("unsupported GeoPackage binary version"));
    const auto flags = quint8(blob.at(3));
    if (flags & kFlagExtended)
        return malformed(QStringLiteral("extended GeoPackage geometry"));
    const int envelopeType = (flags >> 1) & 0x07;
    static const int kDoubles[] = {0, 4, 6, 6, 8};
    if (envelopeType > 4)
        return malformed(QStringLiteral("bad envelope type"));
    Header header;
    header.empty = flags & kFlagEmpty;
    Reader reader(blob, 4);
    reader.littleEndian = flags & kFlagLittleEndian;
    quint32 srs = 0;
    if (!reader.u32(srs))
        return malformed(QStringLiteral("short header"));
    header.srsId = qint32(srs);
    if (envelopeType > 0) {
        double v[4];
        for (double &d : v)
            if (!reader.f64(d))
                return malformed(QStringLiteral("short envelope"));
        for (int i = 4; i < kDoubles[envelopeType]; ++i) {
            double skip;
            if (!reader.f64(skip))
                return malformed(QStringLiteral("short envelope"));
        }
        header.hasEnvelope = true;
        header.envelope = {v[0], v[1], v[2], v[3]};
    }
    header.wkbOffset = kHeaderSize + 8 * kDoubles[envelopeType];
    if (header.wkbOffset >= blob.size())
        return malformed(QStringLiteral("no WKB after the header"));
    return header;
}

/// Reads a WKB geometry header: byte order and type, split into base type and coordinate
/// dimension (ISO 1000/2000/3000 offsets, and the EWKB flags some writers still use).
bool readWkbType(Reader &reader, quint32 &base, int &dims)
{
    quint8 order = 0;
    if (!reader.u8(order) || order > 1)
        return false;
    reader.littleEndian = order == 1;
    quint32 type = 0;
    if (!reader.u32(type))
        return false;
    bool z = false, m = false;
    if (type & 0xE0000000u) { // EWKB
        z = type & 0x80000000u;
        m = type & 0x40000000u;
        if (type & 0x20000000u) {
            quint32 srid;
            if (!reader.u32(srid))
                return false;
        }
        type &= 0x0FFFFFFFu;
    }
    switch (type / 1000) {
    case 0:
        break;
    case 1:
        z = true;
        break;
    case 2:
        m = true;
        break;
    case 3:
        z = m = true;
        break;
    default:
        return false;
    }
    base = type % 1000;
    dims = 2 + (z ? 1 : 0) + (m ? 1 : 0);
    return true;
}

bool readXY(Reader &reader, int dims, QPointF &point)
{
    double x, y, skip;
    if (!reader.f64(x) || !reader.f64(y))
        return false;
    for (int i = 2; i < dims; ++i)
        if (!reader.f64(skip))
            return false;
    point = QPointF(x, y);
    return true;
}

bool readCount(Reader &reader, quint32 &count, int minBytesEach)
{
    // A count larger than the bytes left could hold is a corrupt or hostile blob; refusing it
    // here keeps allocations bounded.
    return reader.u32(count) && qint64(count) * minBytesEach <= reader.remaining();
}

bool readRing(Reader &reader, int dims, Ring &ring)
{
    quint32 n = 0;
    if (!readCount(reader, n, 8 * dims))
        return false;
    ring.reserve(n);
    for (quint32 i = 0; i < n; ++i) {
        QPointF p;
        if (!readXY(reader, dims, p))
            return false;
        ring.append(p);
    }
    return true;
}

struct Bounds
{
    bool any = false;
    Envelope env{std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                 std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    void add(const QPointF &p)
    {
        if (std::isnan(p.x()) || std::isnan(p.y()))
            return; // an empty point in WKB
        any = true;
        env.minX = std::min(env.minX, p.x());
        env.maxX = std::max(env.maxX, p.x());
        env.minY = std::min(env.minY, p.y());
        env.maxY = std::max(env.maxY, p.y());
    }
};

/// Walks any linear WKB geometry (point … geometry collection) adding its points to bounds.
bool walkWkb(Reader &reader, Bounds &bounds, int depth)
{
    if (depth > kMaxDepth)
        return false;
    quint32 base = 0;
    int dims = 2;
    if (!readWkbType(reader, base, dims))
        return false;
    switch (base) {
    case 1: {
        QPointF p;
        if (!readXY(reader, dims, p))
            return false;
        bounds.add(p);
        return true;
    }
    case 2: {
        Ring line;
        if (!readRing(reader, dims, line))
            return false;
        for (const auto &p : line)
            bounds.add(p);
        return true;
    }
    case 3: {
        quint32 rings = 0;
        if (!readCount(reader, rings, 4))
            return false;
        for (quint32 i = 0; i < rings; ++i) {
            Ring ring;
            if (!readRing(reader, dims, ring))
                return false;
            for (const auto &p : ring)
                bounds.add(p);
        }
        return true;
    }
    case 4:
    case 5:
    case 6:
    case 7: {
        quint32 parts = 0;
        if (!readCount(reader, parts, 5))
            return false;
        for (quint32 i = 0; i < parts; ++i)
            if (!walkWkb(reader, bounds, depth + 1))
                return false;
        return true;
    }
    default:
        return false; // curves: not written by CityCommand, and GDAL writes an envelope for them
    }
}

/// Envelope for the SQL functions: header envelope, else computed; nullopt when empty.
Result<std::optional<Envelope>> envelopeOrEmpty(const QByteArray &blob)
{
    auto header = parseHeader(blob);
    if (!header)
        return header.error();
    if (header->empty)
        return std::optional<Envelope>{};
    if (header->hasEnvelope)
        return std::optional<Envelope>(header->envelope);
    Reader reader(blob, header->wkbOffset);
    Bounds bounds;
    if (!walkWkb(reader, bounds, 0))
        return malformed(QStringLiteral("bad WKB"));
    if (!bounds.any)
        return std::optional<Envelope>{};
    return std::optional<Envelope>(bounds.env);
}

// ----------------------------------------------------------------- SQL functions

enum class Fn { IsEmpty, MinX, MaxX, MinY, MaxY };

void geometryFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const auto fn = Fn(reinterpret_cast<quintptr>(sqlite3_user_data(ctx)));
    if (argc != 1 || sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_null(ctx);
        return;
    }
    // fromRawData: no copy; the blob lives until this function returns.
    const QByteArray blob = QByteArray::fromRawData(static_cast<const char *>(
                                                        sqlite3_value_blob(argv[0])),
                                                    sqlite3_value_bytes(argv[0]));
    auto env = envelopeOrEmpty(blob);
    if (!env) {
        sqlite3_result_null(ctx);
        return;
    }
    if (fn == Fn::IsEmpty) {
        sqlite3_result_int(ctx, env.value().has_value() ? 0 : 1);
        return;
    }
    if (!env.value()) {
        sqlite3_result_null(ctx);
        return;
    }
    const Envelope &e = *env.value();
    switch (fn) {
    case Fn::MinX:
        sqlite3_result_double(ctx, e.minX);
        break;
    case Fn::MaxX:
        sqlite3_result_double(ctx, e.maxX);
        break;
    case Fn::MinY:
        sqlite3_result_double(ctx, e.minY);
        break;
    case Fn::MaxY:
        sqlite3_result_double(ctx, e.maxY);
        break;
    default:
        sqlite3_result_null(ctx);
        break;
    }
}

} // namespace

namespace Internal {

int registerGeometryFunctions(sqlite3 *db)
{
    static const struct
    {
        const char *name;
        Fn fn;
    } kFunctions[] = {{"ST_IsEmpty", Fn::IsEmpty},
                      {"ST_MinX", Fn::MinX},
                      {"ST_MaxX", Fn::MaxX},
                      {"ST_MinY", Fn::MinY},
                      {"ST_MaxY", Fn::MaxY}};
    // INNOCUOUS: the functions run inside triggers, which a trusted_schema=OFF build only
    // allows for innocuous functions.
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    for (const auto &f : kFunctions) {
        const int rc = sqlite3_create_function_v2(db, f.name, 1, flags,
                                                  reinterpret_cast<void *>(quintptr(f.fn)),
                                                  geometryFunction, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

} // namespace Internal

// ----------------------------------------------------------------- public API

namespace Gpkg {

QByteArray encodePoint(const QPointF &point, int srsId)
{
    // Envelope type 0 for points, as GDAL writes them: the envelope would repeat the point.
    QByteArray out;
    out.reserve(kHeaderSize + 21);
    putHeader(out, srsId, kFlagLittleEndian);
    out.append(char(1));
    putU32(out, kWkbPoint);
    putDouble(out, point.x());
    putDouble(out, point.y());
    return out;
}

QByteArray encodePolygon(const PolygonRings &rings, int srsId)
{
    qsizetype points = 0;
    for (const auto &ring : rings)
        points += ring.size();
    QByteArray out;
    out.reserve(kHeaderSize + 32 + 9 + rings.size() * 4 + points * 16);
    Bounds bounds;
    for (const auto &ring : rings)
        for (const auto &p : ring)
            bounds.add(p);
    if (bounds.any) {
        putHeader(out, srsId, kFlagLittleEndian | (1 << 1)); // envelope type 1: [x, y]
        putDouble(out, bounds.env.minX);
        putDouble(out, bounds.env.maxX);
        putDouble(out, bounds.env.minY);
        putDouble(out, bounds.env.maxY);
    } else {
        putHeader(out, srsId, kFlagLittleEndian | kFlagEmpty);
    }
    out.append(char(1));
    putU32(out, kWkbPolygon);
    putU32(out, quint32(rings.size()));
    for (const auto &ring : rings) {
        putU32(out, quint32(ring.size()));
        for (const auto &p : ring) {
            putDouble(out, p.x());
            putDouble(out, p.y());
        }
    }
    return out;
}

QByteArray encodeLineString(const Ring &points, int srsId)
{
    QByteArray out;
    out.reserve(kHeaderSize + 32 + 9 + points.size() * 16);
    Bounds bounds;
    for (const auto &p : points)
        bounds.add(p);
    if (bounds.any) {
        putHeader(out, srsId, kFlagLittleEndian | (1 << 1)); // envelope type 1: [x, y]
        putDouble(out, bounds.env.minX);
        putDouble(out, bounds.env.maxX);
        putDouble(out, bounds.env.minY);
        putDouble(out, bounds.env.maxY);
    } else {
        putHeader(out, srsId, kFlagLittleEndian | kFlagEmpty);
    }
    out.append(char(1));
    putU32(out, kWkbLineString);
    putU32(out, quint32(points.size()));
    for (const auto &p : points) {
        putDouble(out, p.x());
        putDouble(out, p.y());
    }
    return out;
}

namespace {

/// A GeoPackage blob opened up to its coordinates: the header, the WKB type and
/// dimensions, and a reader (over the blob, which must outlive it) at the first number.
struct OpenedWkb
{
    Header header;
    Reader reader;
    quint32 base = 0;
    int dims = 2;
};

Result<OpenedWkb> openWkb(const QByteArray &blob)
{
    auto header = parseHeader(blob);
    if (!header)
        return header.error();
    OpenedWkb wkb{header.value(), Reader(blob, header->wkbOffset)};
    if (!readWkbType(wkb.reader, wkb.base, wkb.dims))
        return malformed(QStringLiteral("bad WKB header"));
    return wkb;
}

} // namespace

Result<QPointF> decodePoint(const QByteArray &blob)
{
    auto wkb = openWkb(blob);
    if (!wkb)
        return wkb.error();
    if (wkb->base != kWkbPoint)
        return makeError(QStringLiteral("geometry.wrong-type"),
                         QCoreApplication::translate("Cc::Storage",
                                                     "Expected a point geometry, found type %1")
                             .arg(wkb->base));
    QPointF point;
    if (!readXY(wkb->reader, wkb->dims, point))
        return malformed(QStringLiteral("short point"));
    if (!wkb->reader.atEnd())
        return malformed(QStringLiteral("trailing bytes"));
    if (wkb->header.empty || std::isnan(point.x()) || std::isnan(point.y()))
        return makeError(QStringLiteral("geometry.empty"),
                         QCoreApplication::translate("Cc::Storage", "The point is empty"));
    return point;
}

Result<Ring> decodeLineString(const QByteArray &blob)
{
    auto wkb = openWkb(blob);
    if (!wkb)
        return wkb.error();
    if (wkb->base != kWkbLineString)
        return makeError(QStringLiteral("geometry.wrong-type"),
                         QCoreApplication::translate("Cc::Storage",
                                                     "Expected a line geometry, found type %1")
                             .arg(wkb->base));
    Ring line;
    if (!readRing(wkb->reader, wkb->dims, line))
        return malformed(QStringLiteral("short line"));
    if (!wkb->reader.atEnd())
        return malformed(QStringLiteral("trailing bytes"));
    return line;
}

Result<PolygonRings> decodePolygon(const QByteArray &blob)
{
    auto wkb = openWkb(blob);
    if (!wkb)
        return wkb.error();
    if (wkb->base != kWkbPolygon)
        return makeError(QStringLiteral("geometry.wrong-type"),
                         QCoreApplication::translate("Cc::Storage",
                                                     "Expected a polygon geometry, found type %1")
                             .arg(wkb->base));
    Reader &reader = wkb->reader;
    const int dims = wkb->dims;
    quint32 count = 0;
    if (!readCount(reader, count, 4))
        return malformed(QStringLiteral("bad ring count"));
    PolygonRings rings;
    rings.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        Ring ring;
        if (!readRing(reader, dims, ring))
            return malformed(QStringLiteral("short ring"));
        rings.append(std::move(ring));
    }
    if (!reader.atEnd())
        return malformed(QStringLiteral("trailing bytes"));
    return rings;
}

Result<Envelope> envelope(const QByteArray &blob)
{
    auto env = envelopeOrEmpty(blob);
    if (!env)
        return env.error();
    if (!env.value())
        return makeError(QStringLiteral("geometry.empty"),
                         QCoreApplication::translate("Cc::Storage", "The geometry is empty"));
    return *env.value();
}

} // namespace Gpkg
} // namespace Cc::Storage
