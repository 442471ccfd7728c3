// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QPointF>

namespace Cc::Positioning {

/// NMEA 0183 sentences as a collector's GNSS device sends them (the simulator and the tests
/// write these; Qt Positioning's NMEA source reads them): $GPRMC then $GPGGA, each with its
/// checksum and CRLF.
QByteArray nmeaRmc(const QDateTime &utc, const QPointF &lonLat, double speedKnots = 0,
                   double courseDeg = 0);
QByteArray nmeaGga(const QDateTime &utc, const QPointF &lonLat, int satellites = 8,
                   double hdop = 0.9);
/// "*hh": XOR of the characters between '$' and '*'.
QByteArray nmeaChecksum(const QByteArray &body);

} // namespace Cc::Positioning
