// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/analytics/zone.h"

#include <cc/core/result.h>

#include <QByteArray>

namespace Cc::Storage {
class Database;
}

namespace Cc::Analytics {

/// A new static object found in a zone (table analytics_candidate, migration 0041).
struct Candidate
{
    enum class State { Pending, Accepted, Rejected };

    QString id, cameraId, zoneId;
    ZoneKind kind = ZoneKind::NoStall;
    QDateTime since, detectedAt;
    QRectF box; ///< normalized image coordinates
    QByteArray snapshotJpeg;
    // The clip around the detection, when the recorder had the span (else file is empty).
    QString clipFile, clipSha256;
    qint64 clipSize = 0;
    QDateTime clipStart, clipEnd;
    State state = State::Pending;
    QString decidedBy, caseId, note;
    QDateTime decidedAt;
};

/// Zones and candidates in the local database (docs/video.md "Video analytics"). The
/// analyser process writes candidates, the app reads and decides them; both go through this
/// store, which checks every row against Limits whoever wrote it.
class AnalyticsStore
{
public:
    /// A rejected object in the same zone is not raised again for this long.
    static constexpr int kSuppressHours = 24;
    /// A box that lies this much within an earlier one grown by half its size on every side
    /// is "the same object".
    static constexpr double kSameObjectOverlap = 0.5;

    explicit AnalyticsStore(Storage::Database &db);

    /// Inserts (empty id) or updates a zone. Refuses "analytics.bad-zone" (no camera, name
    /// empty or too long, fewer than 3 or more than 32 vertices, a vertex outside 0…1, a
    /// degenerate polygon, a dwell outside 5 s…24 h), "analytics.too-many-zones" (the
    /// camera has 8 active zones), "analytics.unknown-zone" (update of a missing id).
    Result<Zone> saveZone(Zone zone, const QDateTime &now = {});
    /// Retires a zone (its candidates stay with it).
    Result<void> retireZone(const QString &zoneId);
    /// Active zones, of one camera or of all (empty), in creation order.
    Result<QList<Zone>> zones(const QString &cameraId = {});
    Result<Zone> zone(const QString &zoneId);

    /// Records a candidate. Refuses "analytics.bad-candidate" (no snapshot, a box outside
    /// the picture, since after detected), "analytics.snapshot-too-large",
    /// "analytics.unknown-zone" (or a retired one, or another camera's),
    /// "analytics.suppressed" (the same object in the zone was rejected within
    /// kSuppressHours), "analytics.duplicate" (it is pending or was accepted already),
    /// "analytics.queue-full" (kMaxPendingPerZone pending in the zone).
    Result<Candidate> addCandidate(Candidate candidate);
    /// The clip found for a candidate after it was raised (exported off the analyser's
    /// thread); only while it is pending.
    Result<void> setClip(const QString &candidateId, const QString &file, const QString &sha256,
                         qint64 size, const QDateTime &start, const QDateTime &end);
    Result<Candidate> candidate(const QString &candidateId);
    /// Candidates in one state, newest first, without their snapshots' bytes when
    /// `withSnapshots` is false.
    Result<QList<Candidate>> candidates(Candidate::State state, int limit = 200,
                                        bool withSnapshots = true);

    /// Decisions: only on a pending candidate, else "analytics.already-decided".
    Result<void> markAccepted(const QString &candidateId, const QString &caseId,
                              const QString &userId, const QDateTime &at);
    Result<void> markRejected(const QString &candidateId, const QString &userId,
                              const QString &note, const QDateTime &at);

    /// Whether an object at `box` in the zone is the same as one rejected within
    /// kSuppressHours before `at`.
    Result<bool> suppressed(const QString &zoneId, const QRectF &box, const QDateTime &at);

private:
    Result<void> checkNotRaised(const Candidate &candidate);
    Result<void> decide(const QString &candidateId, const char *state, const QString &caseId,
                        const QString &userId, const QString &note, const QDateTime &at);

    Storage::Database &m_db;
};

QString candidateStateKey(Candidate::State state);

} // namespace Cc::Analytics
