// SPDX-License-Identifier: GPL-3.0-or-later
// Zones and candidates of the video analytics (docs/video.md "Video analytics").
#include "cc/analytics/analyticsstore.h"

#include "analyticstr.h"

#include <cc/core/uuid.h>
#include <cc/storage/database.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Cc::Analytics {

namespace {

Error storeError(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message);
}

QString polygonJson(const QList<QPointF> &polygon)
{
    QJsonArray points;
    for (const QPointF &p : polygon)
        points.append(QJsonArray{p.x(), p.y()});
    return QString::fromUtf8(QJsonDocument(points).toJson(QJsonDocument::Compact));
}

QList<QPointF> polygonFromJson(const QString &text)
{
    QList<QPointF> polygon;
    const QJsonArray points = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &p : points)
        polygon.append(QPointF(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble()));
    return polygon;
}

double polygonArea(const QList<QPointF> &polygon)
{
    double twice = 0;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF &a = polygon[i], &b = polygon[(i + 1) % polygon.size()];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

Result<void> checkZone(const Zone &zone)
{
    if (zone.cameraId.trimmed().isEmpty())
        return storeError("analytics.bad-zone", AnalyticsTr::tr("A zone belongs to a camera."));
    if (zone.name.trimmed().isEmpty() || zone.name.size() > Limits::kMaxNameChars)
        return storeError("analytics.bad-zone", AnalyticsTr::tr("A zone needs a name of at most %1 "
                                                                "characters.")
                                                    .arg(Limits::kMaxNameChars));
    if (zone.polygon.size() < Limits::kMinVertices || zone.polygon.size() > Limits::kMaxVertices)
        return storeError("analytics.bad-zone",
                          AnalyticsTr::tr("A zone has %1 to %2 corners, not %3.")
                              .arg(Limits::kMinVertices)
                              .arg(Limits::kMaxVertices)
                              .arg(zone.polygon.size()));
    for (const QPointF &p : zone.polygon)
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || p.x() < 0 || p.x() > 1 || p.y() < 0
            || p.y() > 1)
            return storeError("analytics.bad-zone",
                              AnalyticsTr::tr("A zone's corners lie in the picture (0…1)."));
    // Smaller than 1/1000 of the picture: a slip of the mouse, not a rule.
    if (polygonArea(zone.polygon) < 0.001)
        return storeError("analytics.bad-zone", AnalyticsTr::tr("The zone covers almost nothing."));
    if (zone.dwellSeconds < Limits::kMinDwellSeconds
        || zone.dwellSeconds > Limits::kMaxDwellSeconds)
        return storeError("analytics.bad-zone",
                          AnalyticsTr::tr("An object must rest %1 s to 24 h in a zone, not %2 s.")
                              .arg(Limits::kMinDwellSeconds)
                              .arg(zone.dwellSeconds));
    return {};
}

constexpr const char *kZoneColumns = "id, camera_id, name, kind, polygon, dwell_seconds, active, "
                                     "created_by, updated_at";

Zone readZone(const Storage::Statement &st)
{
    Zone z;
    z.id = st.text(0);
    z.cameraId = st.text(1);
    z.name = st.text(2);
    z.kind = zoneKindFromKey(st.text(3)).value_or(ZoneKind::NoStall);
    z.polygon = polygonFromJson(st.text(4));
    z.dwellSeconds = int(st.integer(5));
    z.active = st.integer(6) != 0;
    z.createdBy = st.text(7);
    z.updatedAt = Storage::fromIsoUtc(st.text(8));
    return z;
}

constexpr const char *kCandidateColumns
    = "id, camera_id, zone_id, kind, since_at, detected_at, box_x, box_y, box_w, box_h, "
      "clip_file, clip_sha256, clip_size, clip_start, clip_end, state, decided_by, decided_at, "
      "case_id, note, %1";

Candidate readCandidate(const Storage::Statement &st)
{
    Candidate c;
    c.id = st.text(0);
    c.cameraId = st.text(1);
    c.zoneId = st.text(2);
    c.kind = zoneKindFromKey(st.text(3)).value_or(ZoneKind::NoStall);
    c.since = Storage::fromIsoUtc(st.text(4));
    c.detectedAt = Storage::fromIsoUtc(st.text(5));
    c.box = QRectF(st.real(6), st.real(7), st.real(8), st.real(9));
    c.clipFile = st.text(10);
    c.clipSha256 = st.text(11);
    c.clipSize = st.integer(12);
    c.clipStart = Storage::fromIsoUtc(st.text(13));
    c.clipEnd = Storage::fromIsoUtc(st.text(14));
    const QString state = st.text(15);
    c.state = state == QLatin1String("accepted")   ? Candidate::State::Accepted
              : state == QLatin1String("rejected") ? Candidate::State::Rejected
                                                   : Candidate::State::Pending;
    c.decidedBy = st.text(16);
    c.decidedAt = Storage::fromIsoUtc(st.text(17));
    c.caseId = st.text(18);
    c.note = st.text(19);
    c.snapshotJpeg = st.blob(20);
    return c;
}

QRectF grownByHalf(const QRectF &r)
{
    return r.adjusted(-r.width() / 2, -r.height() / 2, r.width() / 2, r.height() / 2);
}

/// The same object as the one found at `old`: either box lies mostly within the other grown
/// by half its size on every side (a stall seen as its awning once and as its cart the next
/// time, whichever came first; a car found again a little further along the kerb).
bool sameObject(const QRectF &old, const QRectF &box)
{
    return overlapOfSmaller(grownByHalf(old), box) >= AnalyticsStore::kSameObjectOverlap
           || overlapOfSmaller(old, grownByHalf(box)) >= AnalyticsStore::kSameObjectOverlap;
}

QDateTime utcOrNow(const QDateTime &t)
{
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC();
}

} // namespace

QString candidateStateKey(Candidate::State state)
{
    switch (state) {
    case Candidate::State::Pending:
        return QStringLiteral("pending");
    case Candidate::State::Accepted:
        return QStringLiteral("accepted");
    case Candidate::State::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

AnalyticsStore::AnalyticsStore(Storage::Database &db) : m_db(db) {}

Result<Zone> AnalyticsStore::saveZone(Zone zone, const QDateTime &now)
{
    zone.name = zone.name.trimmed();
    if (auto r = checkZone(zone); !r)
        return r.error();
    zone.updatedAt = utcOrNow(now);
    const bool inserting = zone.id.isEmpty();
    if (!inserting) {
        auto old = this->zone(zone.id);
        if (!old)
            return old.error();
        if (old->cameraId != zone.cameraId)
            return storeError("analytics.bad-zone",
                              AnalyticsTr::tr("A zone cannot move to another camera."));
    }
    if (inserting && zone.active) {
        auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM analytics_zone "
                                                "WHERE camera_id = ?1 AND active = 1"),
                                 {zone.cameraId});
        if (!count)
            return count.error();
        if (*count >= Limits::kMaxZonesPerCamera)
            return storeError("analytics.too-many-zones",
                              AnalyticsTr::tr("A camera has at most %1 zones.")
                                  .arg(Limits::kMaxZonesPerCamera));
        zone.id = Core::uuidText(Core::makeUuidV7());
    }
    auto st = m_db.prepare(
        QStringLiteral(
            "INSERT INTO analytics_zone (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
            "ON CONFLICT(id) DO UPDATE SET name = ?3, kind = ?4, polygon = ?5, "
            "dwell_seconds = ?6, active = ?7, updated_at = ?9")
            .arg(QLatin1String(kZoneColumns)));
    if (!st)
        return st.error();
    st->bindText(1, zone.id)
        .bindText(2, zone.cameraId)
        .bindText(3, zone.name)
        .bindText(4, zoneKindKey(zone.kind))
        .bindText(5, polygonJson(zone.polygon))
        .bindInt(6, zone.dwellSeconds)
        .bindInt(7, zone.active ? 1 : 0)
        .bindText(8, zone.createdBy)
        .bindText(9, Storage::isoUtc(zone.updatedAt));
    if (auto r = st->exec(); !r)
        return r.error();
    return zone;
}

Result<void> AnalyticsStore::retireZone(const QString &zoneId)
{
    auto st = m_db.prepare(QStringLiteral("UPDATE analytics_zone SET active = 0, updated_at = ?2 "
                                          "WHERE id = ?1"));
    if (!st)
        return st.error();
    st->bindText(1, zoneId).bindText(2, Storage::isoUtc(QDateTime::currentDateTimeUtc()));
    return st->exec();
}

Result<QList<Zone>> AnalyticsStore::zones(const QString &cameraId)
{
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM analytics_zone WHERE active = 1 AND "
                                          "(?1 = '' OR camera_id = ?1) ORDER BY rowid")
                               .arg(QLatin1String(kZoneColumns)));
    if (!st)
        return st.error();
    st->bindText(1, cameraId);
    QList<Zone> out;
    if (auto r = Storage::forEachRow(*st, [&](const Storage::Statement &s) { out << readZone(s); });
        !r)
        return r.error();
    return out;
}

Result<Zone> AnalyticsStore::zone(const QString &zoneId)
{
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM analytics_zone WHERE id = ?1")
                               .arg(QLatin1String(kZoneColumns)));
    if (!st)
        return st.error();
    st->bindText(1, zoneId);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return storeError("analytics.unknown-zone",
                          AnalyticsTr::tr("There is no zone %1.").arg(zoneId));
    return readZone(*st);
}

Result<bool> AnalyticsStore::suppressed(const QString &zoneId, const QRectF &box,
                                        const QDateTime &at)
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT box_x, box_y, box_w, box_h FROM analytics_candidate WHERE zone_id = ?1 "
        "AND state = 'rejected' AND decided_at >= ?2"));
    if (!st)
        return st.error();
    st->bindText(1, zoneId).bindText(2,
                                     Storage::isoUtc(at.toUTC().addSecs(-kSuppressHours * 3600)));
    bool same = false;
    if (auto r = Storage::forEachRow(*st,
                                     [&](const Storage::Statement &s) {
                                         const QRectF old(s.real(0), s.real(1), s.real(2),
                                                          s.real(3));
                                         same = same || sameObject(old, box);
                                     });
        !r)
        return r.error();
    return same;
}

Result<void> AnalyticsStore::checkNotRaised(const Candidate &c)
{
    auto suppressedNow = suppressed(c.zoneId, c.box, c.detectedAt);
    if (!suppressedNow)
        return suppressedNow.error();
    if (*suppressedNow)
        return storeError("analytics.suppressed",
                          AnalyticsTr::tr(
                              "The operator rejected this object in this zone already."));
    // The same object pending, or accepted while it is still there (the case is under way).
    auto st = m_db.prepare(QStringLiteral(
        "SELECT box_x, box_y, box_w, box_h, state FROM analytics_candidate WHERE zone_id = ?1 "
        "AND (state = 'pending' OR (state = 'accepted' AND decided_at >= ?2))"));
    if (!st)
        return st.error();
    st->bindText(1, c.zoneId)
        .bindText(2, Storage::isoUtc(c.detectedAt.toUTC().addSecs(-kSuppressHours * 3600)));
    bool same = false;
    int pending = 0;
    if (auto r = Storage::forEachRow(*st,
                                     [&](const Storage::Statement &s) {
                                         const QRectF old(s.real(0), s.real(1), s.real(2),
                                                          s.real(3));
                                         same = same || sameObject(old, c.box);
                                         pending += s.text(4) == QLatin1String("pending");
                                     });
        !r)
        return r.error();
    if (same)
        return storeError("analytics.duplicate",
                          AnalyticsTr::tr("This object in this zone is raised already."));
    if (pending >= Limits::kMaxPendingPerZone)
        return storeError("analytics.queue-full",
                          AnalyticsTr::tr("%1 findings of this zone wait for the operator already.")
                              .arg(pending));
    return {};
}

Result<Candidate> AnalyticsStore::addCandidate(Candidate c)
{
    const QRectF picture(0, 0, 1, 1);
    if (c.snapshotJpeg.isEmpty() || !c.since.isValid() || !c.detectedAt.isValid()
        || c.since > c.detectedAt || c.box.isEmpty()
        || !picture.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(c.box))
        return storeError("analytics.bad-candidate",
                          AnalyticsTr::tr(
                              "A finding needs a snapshot, a box in the picture and its times."));
    if (c.snapshotJpeg.size() > Limits::kMaxSnapshotBytes)
        return storeError("analytics.snapshot-too-large",
                          AnalyticsTr::tr("A finding's snapshot has at most %1 KB, not %2 KB.")
                              .arg(Limits::kMaxSnapshotBytes / 1024)
                              .arg(c.snapshotJpeg.size() / 1024));
    if (!c.snapshotJpeg.startsWith("\xFF\xD8\xFF") || !c.snapshotJpeg.endsWith("\xFF\xD9"))
        return storeError("analytics.bad-candidate",
                          AnalyticsTr::tr("A finding's snapshot is a JPEG."));
    auto zone = this->zone(c.zoneId);
    if (!zone)
        return zone.error();
    if (!zone->active || zone->cameraId != c.cameraId)
        return storeError("analytics.unknown-zone",
                          AnalyticsTr::tr("Zone %1 is not an active zone of camera %2.")
                              .arg(c.zoneId, c.cameraId));
    c.kind = zone->kind;
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto r = checkNotRaised(c); !r)
        return r.error();
    c.id = Core::uuidText(Core::makeUuidV7());
    c.state = Candidate::State::Pending;
    c.clipFile.clear();
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO analytics_candidate (id, camera_id, zone_id, kind, since_at, detected_at, "
        "box_x, box_y, box_w, box_h, snapshot) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
        "?11)"));
    if (!st)
        return st.error();
    st->bindText(1, c.id)
        .bindText(2, c.cameraId)
        .bindText(3, c.zoneId)
        .bindText(4, zoneKindKey(c.kind))
        .bindText(5, Storage::isoUtc(c.since))
        .bindText(6, Storage::isoUtc(c.detectedAt))
        .bindDouble(7, c.box.x())
        .bindDouble(8, c.box.y())
        .bindDouble(9, c.box.width())
        .bindDouble(10, c.box.height())
        .bindBlob(11, c.snapshotJpeg);
    if (auto r = st->exec(); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return c;
}

Result<void> AnalyticsStore::setClip(const QString &candidateId, const QString &file,
                                     const QString &sha256, qint64 size, const QDateTime &start,
                                     const QDateTime &end)
{
    if (file.isEmpty() || sha256.size() != 64 || size <= 0 || !start.isValid() || end <= start)
        return storeError("analytics.bad-clip", AnalyticsTr::tr("A finding's clip needs its file, "
                                                                "SHA-256, size and times."));
    auto st = m_db.prepare(QStringLiteral(
        "UPDATE analytics_candidate SET clip_file = ?2, clip_sha256 = ?3, clip_size = ?4, "
        "clip_start = ?5, clip_end = ?6 WHERE id = ?1 AND state = 'pending'"));
    if (!st)
        return st.error();
    st->bindText(1, candidateId)
        .bindText(2, file)
        .bindText(3, sha256)
        .bindInt(4, size)
        .bindText(5, Storage::isoUtc(start))
        .bindText(6, Storage::isoUtc(end));
    return st->exec();
}

Result<Candidate> AnalyticsStore::candidate(const QString &candidateId)
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM analytics_candidate WHERE id = ?1")
            .arg(QString::fromLatin1(kCandidateColumns).arg(QStringLiteral("snapshot"))));
    if (!st)
        return st.error();
    st->bindText(1, candidateId);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return storeError("analytics.unknown-candidate",
                          AnalyticsTr::tr("There is no finding %1.").arg(candidateId));
    return readCandidate(*st);
}

Result<QList<Candidate>> AnalyticsStore::candidates(Candidate::State state, int limit,
                                                    bool withSnapshots)
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM analytics_candidate WHERE state = ?1 "
                       "ORDER BY detected_at DESC LIMIT ?2")
            .arg(QString::fromLatin1(kCandidateColumns)
                     .arg(withSnapshots ? QStringLiteral("snapshot") : QStringLiteral("x''"))));
    if (!st)
        return st.error();
    st->bindText(1, candidateStateKey(state)).bindInt(2, limit);
    QList<Candidate> out;
    if (auto r = Storage::forEachRow(*st,
                                     [&](const Storage::Statement &s) { out << readCandidate(s); });
        !r)
        return r.error();
    return out;
}

Result<void> AnalyticsStore::decide(const QString &candidateId, const char *state,
                                    const QString &caseId, const QString &userId,
                                    const QString &note, const QDateTime &at)
{
    auto st = m_db.prepare(QStringLiteral(
        "UPDATE analytics_candidate SET state = ?2, case_id = ?3, decided_by = ?4, note = ?5, "
        "decided_at = ?6 WHERE id = ?1 AND state = 'pending'"));
    if (!st)
        return st.error();
    st->bindText(1, candidateId)
        .bindText(2, QString::fromLatin1(state))
        .bindText(3, caseId)
        .bindText(4, userId)
        .bindText(5, note.trimmed().left(2000))
        .bindText(6, Storage::isoUtc(utcOrNow(at)));
    if (auto r = st->exec(); !r)
        return r.error();
    if (m_db.changes() == 0) {
        auto found = candidate(candidateId);
        if (!found)
            return found.error();
        return storeError("analytics.already-decided",
                          AnalyticsTr::tr("This finding was decided already."));
    }
    return {};
}

Result<void> AnalyticsStore::markAccepted(const QString &candidateId, const QString &caseId,
                                          const QString &userId, const QDateTime &at)
{
    return decide(candidateId, "accepted", caseId, userId, {}, at);
}

Result<void> AnalyticsStore::markRejected(const QString &candidateId, const QString &userId,
                                          const QString &note, const QDateTime &at)
{
    return decide(candidateId, "rejected", {}, userId, note, at);
}

} // namespace Cc::Analytics
