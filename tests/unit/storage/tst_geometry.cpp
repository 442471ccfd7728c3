// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/storage/geometry.h>

#include "resultcheck.h"

#include <QTest>
#include <QtEndian>

#include <cstring>

using namespace Cc;
using namespace Cc::Storage;

Q_DECLARE_METATYPE(Cc::Storage::PolygonRings)

namespace {

Ring square(double x0, double y0, double size)
{
    return {QPointF(x0, y0), QPointF(x0 + size, y0), QPointF(x0 + size, y0 + size),
            QPointF(x0, y0 + size), QPointF(x0, y0)};
}

quint32 u32At(const QByteArray &blob, int pos)
{
    return qFromLittleEndian<quint32>(reinterpret_cast<const uchar *>(blob.constData() + pos));
}

double f64At(const QByteArray &blob, int pos)
{
    const quint64 bits = qFromLittleEndian<quint64>(
        reinterpret_cast<const uchar *>(blob.constData() + pos));
    double value;
    std::memcpy(&value, &bits, 8);
    return value;
}

} // namespace

class TestGeometry : public QObject
{
    Q_OBJECT

private slots:
    void pointRoundTrip_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::newRow("origin") << QPointF(0, 0);
        QTest::newRow("tianjin-binhai") << QPointF(117.7123456789, 39.0234567891);
        QTest::newRow("negative") << QPointF(-73.985, -40.75);
        QTest::newRow("tiny-fraction") << QPointF(1e-12, -1e-12);
    }

    void pointRoundTrip()
    {
        QFETCH(QPointF, point);
        const QByteArray blob = Gpkg::encodePoint(point);
        QCOMPARE(blob.size(), 8 + 21);
        QCOMPARE(blob.left(3), QByteArray("GP\0", 3));
        QCOMPARE(quint8(blob.at(3)), quint8(0x01)); // little-endian, no envelope (as GDAL)
        QCOMPARE(u32At(blob, 4), quint32(kSrsCgcs2000));
        QCOMPARE(blob.at(8), char(1));
        QCOMPARE(u32At(blob, 9), quint32(1)); // wkbPoint
        auto decoded = Gpkg::decodePoint(blob);
        CC_VERIFY_OK(decoded);
        QCOMPARE(decoded.value().x(), point.x()); // exact, not fuzzy: doubles are copied
        QCOMPARE(decoded.value().y(), point.y());
        auto env = Gpkg::envelope(blob);
        CC_VERIFY_OK(env);
        QCOMPARE(env.value().minX, point.x());
        QCOMPARE(env.value().maxX, point.x());
        QCOMPARE(env.value().minY, point.y());
        QCOMPARE(env.value().maxY, point.y());
        QCOMPARE(CcTest::codeOf(Gpkg::decodePolygon(blob)), QStringLiteral("geometry.wrong-type"));
    }

    void polygonRoundTrip_data()
    {
        QTest::addColumn<PolygonRings>("rings");
        QTest::addColumn<double>("minX");
        QTest::addColumn<double>("maxX");
        QTest::addColumn<double>("minY");
        QTest::addColumn<double>("maxY");
        QTest::newRow("square") << PolygonRings{square(117.0, 39.0, 0.01)} << 117.0 << 117.01
                                << 39.0 << 39.01;
        QTest::newRow("with-two-holes")
            << PolygonRings{square(0, 0, 10), square(1, 1, 2), square(5, 5, 3)} << 0.0 << 10.0
            << 0.0 << 10.0;
        QTest::newRow("triangle") << PolygonRings{{QPointF(-1, -2), QPointF(3, 0.5), QPointF(0, 4),
                                                   QPointF(-1, -2)}}
                                  << -1.0 << 3.0 << -2.0 << 4.0;
    }

    void polygonRoundTrip()
    {
        QFETCH(PolygonRings, rings);
        QFETCH(double, minX);
        QFETCH(double, maxX);
        QFETCH(double, minY);
        QFETCH(double, maxY);
        const QByteArray blob = Gpkg::encodePolygon(rings);
        QCOMPARE(quint8(blob.at(3)), quint8(0x03)); // little-endian, envelope type 1
        QCOMPARE(f64At(blob, 8), minX);
        QCOMPARE(f64At(blob, 16), maxX);
        QCOMPARE(f64At(blob, 24), minY);
        QCOMPARE(f64At(blob, 32), maxY);
        auto decoded = Gpkg::decodePolygon(blob);
        CC_VERIFY_OK(decoded);
        QCOMPARE(decoded.value(), rings);
        auto env = Gpkg::envelope(blob);
        CC_VERIFY_OK(env);
        QCOMPARE(env.value().minX, minX);
        QCOMPARE(env.value().maxX, maxX);
        QCOMPARE(env.value().minY, minY);
        QCOMPARE(env.value().maxY, maxY);
        QCOMPARE(CcTest::codeOf(Gpkg::decodePoint(blob)), QStringLiteral("geometry.wrong-type"));
    }

    void polygonBytesMatchGdal()
    {
        // ogr2ogr (GDAL 3.6) output for POLYGON((0 0,1 0,1 1,0 1,0 0)) in EPSG:4490.
        const QByteArray gdal = QByteArray::fromHex(
            "475000038A1100000000000000000000000000000000F03F0000000000000000000000000000F03F"
            "0103000000010000000500000000000000000000000000000000000000000000000000F03F000000"
            "0000000000000000000000F03F000000000000F03F0000000000000000000000000000F03F000000"
            "00000000000000000000000000");
        QCOMPARE(Gpkg::encodePolygon({square(0, 0, 1)}).toHex(), gdal.toHex());
        // GDAL writes points without an envelope: POINT(117 39).
        QByteArray point = QByteArray::fromHex("475000018A110000")
                           + QByteArray::fromHex("0101000000");
        point += QByteArray::fromHex("0000000000405D400000000000804340");
        QCOMPARE(Gpkg::encodePoint(QPointF(117, 39)).toHex(), point.toHex());
    }

    void emptyPolygon()
    {
        const QByteArray blob = Gpkg::encodePolygon({});
        QCOMPARE(quint8(blob.at(3)) & 0x10, 0x10); // empty flag
        auto decoded = Gpkg::decodePolygon(blob);
        CC_VERIFY_OK(decoded);
        QVERIFY(decoded.value().isEmpty());
        QCOMPARE(CcTest::codeOf(Gpkg::envelope(blob)), QStringLiteral("geometry.empty"));
    }

    void foreignEncodings()
    {
        // Big-endian header and WKB, envelope type 0, a 3D point (ISO wkbPointZ = 1001).
        QByteArray be = QByteArray::fromHex("475000000000118A"); // flags 0: big-endian header
        be += QByteArray::fromHex("00000003E9");                 // BE, 1001
        be += QByteArray::fromHex("405D400000000000");           // 117
        be += QByteArray::fromHex("4043800000000000");           // 39
        be += QByteArray::fromHex("4059000000000000");           // z 100
        auto point = Gpkg::decodePoint(be);
        CC_VERIFY_OK(point);
        QCOMPARE(point.value(), QPointF(117, 39));
        // A multipolygon without header envelope: the envelope is computed from the WKB.
        QByteArray multi = QByteArray::fromHex("475000018A110000");
        multi += QByteArray::fromHex("010600000002000000");
        const QByteArray a = Gpkg::encodePolygon({square(0, 0, 1)}).mid(40);
        const QByteArray b = Gpkg::encodePolygon({square(5, -3, 2)}).mid(40);
        multi += a + b;
        auto env = Gpkg::envelope(multi);
        CC_VERIFY_OK(env);
        QCOMPARE(env.value().minX, 0.0);
        QCOMPARE(env.value().maxX, 7.0);
        QCOMPARE(env.value().minY, -3.0);
        QCOMPARE(env.value().maxY, 1.0);
    }

    void malformedRefused_data()
    {
        QTest::addColumn<QByteArray>("blob");
        const QByteArray point = Gpkg::encodePoint(QPointF(117, 39));
        const QByteArray polygon = Gpkg::encodePolygon({square(0, 0, 1), square(0.2, 0.2, 0.1)});
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("magic-only") << QByteArray("GP");
        QTest::newRow("wrong-magic") << QByteArray("XY").append(point.mid(2));
        QTest::newRow("version-1") << QByteArray(point).replace(2, 1, "\x01");
        QTest::newRow("extended-flag") << QByteArray(point).replace(3, 1, "\x21");
        QTest::newRow("bad-envelope-type") << QByteArray(point).replace(3, 1, "\x0B");
        QTest::newRow("header-only") << point.left(8);
        QTest::newRow("short-point") << point.left(point.size() - 3);
        QTest::newRow("trailing-bytes") << point + QByteArray("x");
        QTest::newRow("bad-byte-order") << QByteArray(point).replace(8, 1, "\x07");
        QTest::newRow("short-polygon") << polygon.left(polygon.size() - 1);
        QTest::newRow("huge-ring-count")
            << QByteArray(polygon).replace(45, 4, QByteArray::fromHex("FFFFFF7F"));
        QTest::newRow("huge-point-count")
            << QByteArray(polygon).replace(49, 4, QByteArray::fromHex("FFFFFF7F"));
        QTest::newRow("unknown-wkb-type")
            << QByteArray(point).replace(9, 4, QByteArray::fromHex("11000000"));
        QTest::newRow("random") << QByteArray::fromHex("deadbeef00112233445566778899");
    }

    void malformedRefused()
    {
        QFETCH(QByteArray, blob);
        auto point = Gpkg::decodePoint(blob);
        auto polygon = Gpkg::decodePolygon(blob);
        QVERIFY(!point.ok());
        QVERIFY(!polygon.ok());
        QVERIFY(!CcTest::messageOf(point).isEmpty());
        QVERIFY(CcTest::codeOf(point).startsWith(QStringLiteral("geometry.")));
        // The envelope reader may accept blobs whose header envelope is intact; it must
        // never crash, and refuse those it cannot read.
        (void) Gpkg::envelope(blob);
    }
};

QTEST_GUILESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
