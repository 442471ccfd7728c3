// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Cc::Video {

/// How RTP travels from a camera: interleaved in the RTSP TCP connection, UDP unicast or UDP
/// multicast. Cameras, NVRs and servers differ in what they offer (older encoders: UDP only;
/// firewalled sites: TCP only), so a camera's setting is `Auto` unless an operator pins it.
enum class RtspTransport { Auto, Tcp, Udp, Multicast };

/// "auto", "tcp", "udp", "udp-mcast": the names kept in settings and given to camsim.
QString transportKey(RtspTransport transport);
std::optional<RtspTransport> transportFromKey(const QString &key);
/// "Automatic", "TCP", "UDP", "UDP multicast", translated.
QString transportLabel(RtspTransport transport);

/// The transports to try, in order, for a camera with `setting`: Auto tries TCP interleaved
/// first (it passes NAT and firewalls and loses nothing), then UDP unicast, then UDP multicast;
/// `remembered` (the one that last worked for this camera) goes first. A pinned setting is
/// the only candidate.
QList<RtspTransport> transportCandidates(RtspTransport setting,
                                         RtspTransport remembered = RtspTransport::Auto);

} // namespace Cc::Video
