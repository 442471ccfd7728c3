// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/positioning/nmea.h>

#include <cmath>

namespace Cc::Positioning {

namespace {

/// ddmm.mmmm,H / dddmm.mmmm,H
QByteArray angle(double value, int degreeDigits, char positive, char negative)
{
    const char hemisphere = value < 0 ? negative : positive;
    value = std::abs(value);
    int degrees = int(value);
    double minutes = (value - degrees) * 60.0;
    if (minutes >= 59.99995) { // rounding would print 60.0000
        minutes = 0;
        ++degrees;
    }
    QByteArray out = QByteArray::number(degrees).rightJustified(degreeDigits, '0');
    out += QByteArray::number(minutes, 'f', 4).rightJustified(7, '0');
    out += ',';
    out += hemisphere;
    return out;
}

QByteArray sentence(const QByteArray &body)
{
    return '$' + body + nmeaChecksum(body) + "\r\n";
}

} // namespace

QByteArray nmeaChecksum(const QByteArray &body)
{
    quint8 sum = 0;
    for (const char c : body)
        sum ^= quint8(c);
    return '*' + QByteArray::number(sum, 16).rightJustified(2, '0').toUpper();
}

QByteArray nmeaRmc(const QDateTime &utc, const QPointF &lonLat, double speedKnots, double courseDeg)
{
    const QDateTime t = utc.toUTC();
    const QByteArray body = "GPRMC," + t.toString(QStringLiteral("HHmmss.zzz")).left(9).toLatin1()
                            + ",A," + angle(lonLat.y(), 2, 'N', 'S') + ','
                            + angle(lonLat.x(), 3, 'E', 'W') + ','
                            + QByteArray::number(speedKnots, 'f', 1) + ','
                            + QByteArray::number(courseDeg, 'f', 1) + ','
                            + t.toString(QStringLiteral("ddMMyy")).toLatin1() + ",,,A";
    return sentence(body);
}

QByteArray nmeaGga(const QDateTime &utc, const QPointF &lonLat, int satellites, double hdop)
{
    const QDateTime t = utc.toUTC();
    const QByteArray body = "GPGGA," + t.toString(QStringLiteral("HHmmss.zzz")).left(9).toLatin1()
                            + ',' + angle(lonLat.y(), 2, 'N', 'S') + ','
                            + angle(lonLat.x(), 3, 'E', 'W') + ",1,"
                            + QByteArray::number(satellites).rightJustified(2, '0') + ','
                            + QByteArray::number(hdop, 'f', 1) + ",80.0,M,0.0,M,,";
    return sentence(body);
}

} // namespace Cc::Positioning
