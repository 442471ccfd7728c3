// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video/rtsptransport.h"

#include <QCoreApplication>

namespace Cc::Video {

namespace {
struct VideoTr
{
    Q_DECLARE_TR_FUNCTIONS(VideoTr)
};

constexpr RtspTransport kAutoOrder[] = {RtspTransport::Tcp, RtspTransport::Udp,
                                        RtspTransport::Multicast};
} // namespace

QString transportKey(RtspTransport transport)
{
    switch (transport) {
    case RtspTransport::Auto:
        return QStringLiteral("auto");
    case RtspTransport::Tcp:
        return QStringLiteral("tcp");
    case RtspTransport::Udp:
        return QStringLiteral("udp");
    case RtspTransport::Multicast:
        return QStringLiteral("udp-mcast");
    }
    return {};
}

std::optional<RtspTransport> transportFromKey(const QString &key)
{
    for (RtspTransport t :
         {RtspTransport::Auto, RtspTransport::Tcp, RtspTransport::Udp, RtspTransport::Multicast}) {
        if (key.trimmed().compare(transportKey(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

QString transportLabel(RtspTransport transport)
{
    switch (transport) {
    case RtspTransport::Auto:
        return VideoTr::tr("Automatic");
    case RtspTransport::Tcp:
        return VideoTr::tr("TCP");
    case RtspTransport::Udp:
        return VideoTr::tr("UDP");
    case RtspTransport::Multicast:
        return VideoTr::tr("UDP multicast");
    }
    return {};
}

QList<RtspTransport> transportCandidates(RtspTransport setting, RtspTransport remembered)
{
    if (setting != RtspTransport::Auto)
        return {setting};
    QList<RtspTransport> order;
    if (remembered != RtspTransport::Auto)
        order << remembered;
    for (RtspTransport t : kAutoOrder) {
        if (t != remembered)
            order << t;
    }
    return order;
}

} // namespace Cc::Video
