// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

namespace Cc::Analytics {

/// What a zone forbids, and so which kind of case a static object in it becomes
/// (docs/video.md "Video analytics").
enum class ZoneKind { NoStall, NoParking, Rubbish };

/// "no-stall", "no-parking", "rubbish" (the database's and the command line's spelling).
QString zoneKindKey(ZoneKind kind);
std::optional<ZoneKind> zoneKindFromKey(const QString &key);
/// The zone's name for people: 禁止摆摊, 禁止停车, 垃圾监测 (translated).
QString zoneKindLabel(ZoneKind kind);
/// The candidate's name for people: 占道经营, 违章停车, 暴露垃圾 (translated).
QString candidateKindLabel(ZoneKind kind);
/// The case category an accepted candidate is filed under ("event:0501" 无照经营游商,
/// "event:0505" 机动车乱停放, "event:0102" 暴露垃圾).
QString categoryKeyOf(ZoneKind kind);

/// Limits the store and the analyser enforce, whoever calls them.
struct Limits
{
    static constexpr int kMaxZonesPerCamera = 8;
    static constexpr int kMinVertices = 3;
    static constexpr int kMaxVertices = 32;
    static constexpr int kMinDwellSeconds = 5;
    static constexpr int kMaxDwellSeconds = 24 * 3600;
    static constexpr int kMaxNameChars = 60;
    static constexpr qint64 kMaxSnapshotBytes = 256 * 1024;
    static constexpr int kMaxCameras = 16;        ///< cameras one analyser process takes
    static constexpr double kMaxFps = 5.0;        ///< frames analysed per second and camera
    static constexpr int kMaxPendingPerZone = 20; ///< pending candidates before new ones wait
};

/// A region rule of one camera: a polygon in normalized image coordinates (x, y in 0…1 of the
/// picture's width and height), the kind of object it watches for, and how long an object
/// must rest in it before it becomes a candidate.
struct Zone
{
    QString id, cameraId, name;
    ZoneKind kind = ZoneKind::NoStall;
    QList<QPointF> polygon;
    int dwellSeconds = 300;
    bool active = true;
    QString createdBy;
    QDateTime updatedAt;
};

/// A box in normalized image coordinates; the share of the smaller box that the two have in
/// common (1: one lies inside the other).
double overlapOfSmaller(const QRectF &a, const QRectF &b);

} // namespace Cc::Analytics
