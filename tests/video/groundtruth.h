// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// camsim's ground truth (docs/video.md "The ground truth") for the video analytics' test and
// benchmark: the cameras, their zones and the scripted incidents; a city database set up
// from it (cameras with camsim's sub-streams, zones where the truth has them); and the
// findings scored against the incidents (precision, recall).

#include <cc/analytics/analyticsstore.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace CcTest {

struct TruthZone
{
    QString camera, name;
    QStringList kinds;
    QList<QPointF> polygon;
};

struct TruthIncident
{
    QString id, camera, kind, zone;
    QRectF bbox;
    qint64 appearsUs = 0, settledUs = 0, leavesUs = 0, goneUs = 0;
};

struct GroundTruth
{
    qint64 t0Us = 0;
    QMap<QString, QString> subPaths; ///< camera → sub-stream mount path
    QList<TruthZone> zones;
    QList<TruthIncident> incidents;

    static QList<QPointF> polygonOf(const QJsonArray &a)
    {
        QList<QPointF> out;
        for (const auto &p : a)
            out << QPointF(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble());
        return out;
    }

    /// Reads the file as it is now (incident lines of later cycles are appended later).
    bool read(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        subPaths.clear();
        zones.clear();
        incidents.clear();
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString type = o.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("start"))
                t0Us = qint64(o.value(QStringLiteral("t0_us")).toDouble());
            else if (type == QLatin1String("camera"))
                subPaths.insert(o.value(QStringLiteral("camera")).toString(),
                                o.value(QStringLiteral("sub")).toString());
            else if (type == QLatin1String("zone"))
                zones.append({o.value(QStringLiteral("camera")).toString(),
                              o.value(QStringLiteral("zone")).toString(),
                              o.value(QStringLiteral("kinds")).toVariant().toStringList(),
                              polygonOf(o.value(QStringLiteral("polygon")).toArray())});
            else if (type == QLatin1String("incident")) {
                const QJsonArray b = o.value(QStringLiteral("bbox")).toArray();
                incidents.append({o.value(QStringLiteral("id")).toString(),
                                  o.value(QStringLiteral("camera")).toString(),
                                  o.value(QStringLiteral("kind")).toString(),
                                  o.value(QStringLiteral("zone")).toString(),
                                  QRectF(QPointF(b.at(0).toDouble(), b.at(1).toDouble()),
                                         QPointF(b.at(2).toDouble(), b.at(3).toDouble())),
                                  qint64(o.value(QStringLiteral("appears_us")).toDouble()),
                                  qint64(o.value(QStringLiteral("settled_us")).toDouble()),
                                  qint64(o.value(QStringLiteral("leaves_us")).toDouble()),
                                  qint64(o.value(QStringLiteral("gone_us")).toDouble())});
            }
        }
        return t0Us > 0 && !subPaths.isEmpty();
    }
};

/// The zone kind an operator would draw over a truth zone of `camera`: the kerb is a
/// no-parking zone; the sidewalk is watched for rubbish where rubbish is dumped (the
/// camera's incidents say so), else it is a no-stall zone; the road has no rule.
inline std::optional<Cc::Analytics::ZoneKind> zoneKindFor(const GroundTruth &truth,
                                                          const TruthZone &zone)
{
    using Cc::Analytics::ZoneKind;
    if (zone.name == QLatin1String("kerb"))
        return ZoneKind::NoParking;
    if (zone.name != QLatin1String("sidewalk"))
        return std::nullopt;
    for (const TruthIncident &i : truth.incidents)
        if (i.camera == zone.camera && i.kind == QLatin1String("rubbish"))
            return ZoneKind::Rubbish;
    return ZoneKind::NoStall;
}

/// Cameras (sub-streams of camsim on `port`, placed at `where`) and zones (dwell `dwellS`)
/// into the database.
inline bool setUpCity(Cc::Storage::Database &db, const GroundTruth &truth, int port, int dwellS,
                      const QPointF &where, const QString &gridCode)
{
    Cc::Storage::SpatialRepository spatial(db);
    for (auto it = truth.subPaths.cbegin(); it != truth.subPaths.cend(); ++it) {
        const QString url = QStringLiteral("rtsp://127.0.0.1:%1%2").arg(port).arg(it.value());
        if (!spatial.insert(Cc::Storage::CameraRow{
                it.key(), {}, it.key(), url, url, gridCode, {}, false, where}))
            return false;
    }
    Cc::Analytics::AnalyticsStore store(db);
    for (const TruthZone &z : truth.zones) {
        const auto kind = zoneKindFor(truth, z);
        if (!kind)
            continue;
        Cc::Analytics::Zone zone;
        zone.cameraId = z.camera;
        zone.name = z.name;
        zone.kind = *kind;
        zone.polygon = z.polygon;
        zone.dwellSeconds = dwellS;
        if (!store.saveZone(zone))
            return false;
    }
    return true;
}

inline Cc::Analytics::ZoneKind expectedKind(const QString &incidentKind)
{
    using Cc::Analytics::ZoneKind;
    return incidentKind == QLatin1String("parking")   ? ZoneKind::NoParking
           : incidentKind == QLatin1String("rubbish") ? ZoneKind::Rubbish
                                                      : ZoneKind::NoStall;
}

struct Score
{
    int expected = 0;      ///< incidents the analytics should find (stall, rubbish, parking)
    int found = 0;         ///< of those, found (true positives)
    int findings = 0;      ///< all findings
    int falseFindings = 0; ///< findings that match no expected incident
    int onCrowds = 0;      ///< of the false ones: a crowd taken for an object
    int kindRight = 0;     ///< true positives of the right kind
    QList<double> delaysS; ///< settled → found, true positives
    QStringList missed, spurious;
    double recall() const { return expected ? double(found) / expected : 1.0; }
    double precision() const
    {
        return findings ? double(findings - falseFindings) / findings : 1.0;
    }
};

/// Findings against incidents. A finding matches an incident on the same camera when their
/// boxes share ≥ 30 % of the smaller one and it was found between the incident's arrival and
/// 10 s after it was gone; the first finding of a stall, rubbish or parking incident is true,
/// any other finding (a second one of the same incident, one on a crowd, one on nothing) is
/// false. Recall counts the incidents that were due: they stood still at least the dwell,
/// and their dwell ended 15 s before `endUs`.
inline Score score(const GroundTruth &truth, const QList<Cc::Analytics::Candidate> &findings,
                   int dwellS, qint64 endUs)
{
    Score s;
    s.findings = int(findings.size());
    QHash<QString, int> firstFinding; // incident id → finding index
    for (int k = 0; k < findings.size(); ++k) {
        const auto &c = findings[k];
        const qint64 at = c.detectedAt.toMSecsSinceEpoch() * 1000;
        const TruthIncident *on = nullptr;
        for (const TruthIncident &i : truth.incidents)
            if (c.cameraId == i.camera && Cc::Analytics::overlapOfSmaller(c.box, i.bbox) >= 0.3
                && at >= i.appearsUs && at <= i.goneUs + 10'000'000)
                on = &i;
        const bool target = on && on->kind != QLatin1String("crowd");
        if (target && !firstFinding.contains(on->id)) {
            firstFinding.insert(on->id, k);
            continue;
        }
        ++s.falseFindings;
        s.onCrowds += on && !target;
        s.spurious << QStringLiteral("%1 %2 box %3,%4 %5×%6%7")
                          .arg(c.cameraId, c.detectedAt.toLocalTime().toString(u"HH:mm:ss"))
                          .arg(c.box.x(), 0, 'f', 2)
                          .arg(c.box.y(), 0, 'f', 2)
                          .arg(c.box.width(), 0, 'f', 2)
                          .arg(c.box.height(), 0, 'f', 2)
                          .arg(on ? QStringLiteral(" (on %1)").arg(on->id) : QString());
    }
    for (const TruthIncident &i : truth.incidents) {
        const bool due = i.kind != QLatin1String("crowd")
                         && i.leavesUs - i.settledUs >= qint64(dwellS) * 1000000
                         && i.settledUs + qint64(dwellS + 15) * 1000000 <= endUs;
        if (!due)
            continue;
        ++s.expected;
        const int k = firstFinding.value(i.id, -1);
        if (k < 0) {
            s.missed << i.id;
            continue;
        }
        ++s.found;
        s.kindRight += findings[k].kind == expectedKind(i.kind);
        s.delaysS << double(findings[k].detectedAt.toMSecsSinceEpoch() * 1000 - i.settledUs) / 1e6;
    }
    return s;
}

} // namespace CcTest
