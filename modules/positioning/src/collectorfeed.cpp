// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/positioning/collectorfeed.h>

#include <QFile>
#include <QGeoPositionInfo>
#include <QNmeaPositionInfoSource>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace Cc::Positioning {

namespace {
constexpr int kRetryMs = 3000;
}

CollectorFeed::CollectorFeed(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<CollectorFix>();
}

CollectorFeed::~CollectorFeed() = default;

void CollectorFeed::watch(const QString &collectorId, QNmeaPositionInfoSource *source)
{
    connect(source, &QGeoPositionInfoSource::positionUpdated, this,
            [this, collectorId](const QGeoPositionInfo &info) {
                if (!info.isValid())
                    return;
                CollectorFix fix{collectorId,
                                 QPointF(info.coordinate().longitude(),
                                         info.coordinate().latitude()),
                                 info.timestamp().toUTC(), 0};
                if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy))
                    fix.accuracyM = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
                emit positionUpdated(fix);
            });
    connect(source, &QGeoPositionInfoSource::errorOccurred, this,
            [this, collectorId, source](QGeoPositionInfoSource::Error) {
                emit deviceError(collectorId, tr("Position source of %1 failed (error %2).")
                                                  .arg(collectorId)
                                                  .arg(int(source->error())));
            });
    m_sources.insert(collectorId, source);
    source->setUpdateInterval(0);
    source->startUpdates();
}

void CollectorFeed::addTcpDevice(const QString &collectorId, const QString &host, quint16 port)
{
    connectTcp(collectorId, host, port);
}

void CollectorFeed::connectTcp(const QString &collectorId, const QString &host, quint16 port)
{
    auto *socket = new QTcpSocket(this);
    auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::RealTimeMode, socket);
    // HDOP → accuracy: a typical user-equivalent range error of 5 m.
    source->setUserEquivalentRangeError(5.0);
    connect(socket, &QTcpSocket::connected, this, [this, collectorId, socket, source] {
        source->setDevice(socket);
        watch(collectorId, source);
    });
    // disconnected and errorOccurred may both arrive: retry once per socket.
    auto retried = std::make_shared<bool>(false);
    const auto retry = [this, collectorId, host, port, socket, retried] {
        if (*retried)
            return;
        *retried = true;
        if (m_sources.value(collectorId) && m_sources.value(collectorId)->parent() == socket)
            m_sources.remove(collectorId);
        socket->deleteLater();
        QTimer::singleShot(kRetryMs, this, [this, collectorId, host, port] {
            connectTcp(collectorId, host, port);
        });
    };
    connect(socket, &QTcpSocket::disconnected, this, retry);
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, collectorId, socket, retry](QAbstractSocket::SocketError) {
                emit deviceError(collectorId,
                                 tr("Device of %1: %2").arg(collectorId, socket->errorString()));
                if (socket->state() != QAbstractSocket::ConnectedState)
                    retry();
            });
    socket->connectToHost(host, port);
}

bool CollectorFeed::addLogFile(const QString &collectorId, const QString &path, bool replay)
{
    auto *file = new QFile(path, this);
    if (!file->open(QIODevice::ReadOnly)) {
        emit deviceError(collectorId,
                         tr("Cannot read the NMEA log %1: %2").arg(path, file->errorString()));
        delete file;
        return false;
    }
    auto *source = new QNmeaPositionInfoSource(replay ? QNmeaPositionInfoSource::SimulationMode
                                                      : QNmeaPositionInfoSource::RealTimeMode,
                                               file);
    source->setUserEquivalentRangeError(5.0);
    source->setDevice(file);
    watch(collectorId, source);
    return true;
}

bool CollectorFeed::addSource(const QString &collectorId, const QString &source)
{
    if (source.startsWith(QLatin1String("tcp://"))) {
        const QUrl url(source);
        if (url.host().isEmpty() || url.port() <= 0) {
            emit deviceError(collectorId, tr("“%1” is not tcp://host:port.").arg(source));
            return false;
        }
        addTcpDevice(collectorId, url.host(), quint16(url.port()));
        return true;
    }
    return addLogFile(collectorId, source, true);
}

} // namespace Cc::Positioning
