// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointF>

class QNmeaPositionInfoSource;
class QGeoPositionInfo;

namespace Cc::Positioning {

/// One position of one collector (监督员) as a device reported it.
struct CollectorFix
{
    QString collectorId; ///< the user id (or login) the device belongs to
    QPointF lonLat;
    QDateTime at;         ///< UTC, from the device
    double accuracyM = 0; ///< horizontal accuracy when the device says it (HDOP × 5 m otherwise 0)
};

/// Live positions of the collectors' devices through Qt Positioning's NMEA source: one TCP
/// connection per device (real time), or an NMEA log file (replayed at its own pace, for
/// demos and tests). A dropped TCP connection is retried every few seconds.
class CollectorFeed : public QObject
{
    Q_OBJECT
public:
    explicit CollectorFeed(QObject *parent = nullptr);
    ~CollectorFeed() override;

    void addTcpDevice(const QString &collectorId, const QString &host, quint16 port);
    /// `replay`: true = simulation at the log's timestamps; false = read as fast as it goes.
    bool addLogFile(const QString &collectorId, const QString &path, bool replay = true);
    /// "tcp://host:port" or a file path.
    bool addSource(const QString &collectorId, const QString &source);
    int deviceCount() const { return int(m_sources.size()); }

signals:
    void positionUpdated(const Cc::Positioning::CollectorFix &fix);
    void deviceError(const QString &collectorId, const QString &message);

private:
    void connectTcp(const QString &collectorId, const QString &host, quint16 port);
    void watch(const QString &collectorId, QNmeaPositionInfoSource *source);
    QHash<QString, QNmeaPositionInfoSource *> m_sources;
};

} // namespace Cc::Positioning

Q_DECLARE_METATYPE(Cc::Positioning::CollectorFix)
