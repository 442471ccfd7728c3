// SPDX-License-Identifier: GPL-3.0-or-later
// Accepting and rejecting findings (docs/video.md "Video analytics").
#include "cc/analytics/candidatereview.h"

#include "analyticstr.h"

#include <cc/storage/database.h>
#include <cc/storage/nestedtransactions.h>
#include <cc/storage/repositories.h>

namespace Cc::Analytics {

namespace {

Result<Storage::CameraRow> cameraOf(Storage::Database &db, const QString &cameraId)
{
    Storage::SpatialRepository spatial(db);
    auto cameras = spatial.cameras();
    if (!cameras)
        return cameras.error();
    for (const auto &c : *cameras)
        if (c.id == cameraId)
            return c;
    return makeError(QStringLiteral("analytics.unknown-camera"),
                     AnalyticsTr::tr("Camera %1 is not in this database.").arg(cameraId));
}

Cases::NewReport reportOf(const Candidate &c, const Zone &zone, const Storage::CameraRow &camera,
                          const QString &description)
{
    Cases::NewReport r;
    r.channel = QStringLiteral("video");
    r.categoryKey = categoryKeyOf(c.kind);
    r.description = description.trimmed().isEmpty()
                        ? AnalyticsTr::tr(
                              "%1 seen by the video analytics on camera %2 (zone %3), at rest "
                              "since %4")
                              .arg(candidateKindLabel(c.kind), camera.name, zone.name,
                                   c.since.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                        : description.trimmed();
    r.address = camera.name;
    r.reporter = camera.name;
    r.location = camera.geom;
    r.gridCode = camera.gridCode;
    r.at = c.detectedAt;
    const QString base = camera.componentCode.isEmpty() ? camera.id : camera.componentCode;
    r.attachments = {Cases::NewAttachment{QStringLiteral("snapshot"),
                                          QStringLiteral("%1-%2.jpg")
                                              .arg(base, c.detectedAt.toUTC().toString(
                                                             QStringLiteral("yyyyMMdd-HHmmss"))),
                                          c.snapshotJpeg}};
    return r;
}

/// Findings are the intake's work (受理员, 值班长), like any report that comes in.
Result<Cases::Actor> reviewer(Cases::CaseService &service, const Cases::Actor &actor)
{
    auto who = service.actor(actor.login, actor.role);
    if (!who)
        return who.error();
    if (who->role != Core::Role::Operator && who->role != Core::Role::ShiftLeader)
        return makeError(QStringLiteral("analytics.not-allowed"),
                         AnalyticsTr::tr(
                             "Findings of the video analytics are decided by the operators "
                             "and the shift leader."));
    return who;
}

} // namespace

CandidateReview::CandidateReview(AnalyticsStore &store, Cases::CaseService &service,
                                 Cases::CaseClips &clips, Storage::Database &db)
    : m_store(store)
    , m_service(service)
    , m_clips(clips)
    , m_db(db)
{}

Result<CandidateReview::Accepted> CandidateReview::accept(const QString &candidateId,
                                                          const Cases::Actor &actor,
                                                          const QString &description,
                                                          const QDateTime &now)
{
    auto who = reviewer(m_service, actor);
    if (!who)
        return who.error();
    auto c = m_store.candidate(candidateId);
    if (!c)
        return c.error();
    if (c->state != Candidate::State::Pending)
        return makeError(QStringLiteral("analytics.already-decided"),
                         AnalyticsTr::tr("This finding was decided already."));
    auto zone = m_store.zone(c->zoneId);
    if (!zone)
        return zone.error();
    auto camera = cameraOf(m_db, c->cameraId);
    if (!camera)
        return camera.error();

    // The case, its clip and the decision commit together: a refused case leaves the finding
    // pending, and a finding is never accepted without its case.
    Storage::NestedTransactions nested(m_db);
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Accepted out;
    auto row = m_service.report(reportOf(*c, *zone, *camera, description), *who);
    if (!row)
        return row.error();
    out.caseRow = *row;
    if (!c->clipFile.isEmpty()) {
        Cases::ClipReference clip{
            c->cameraId,  camera->name,
            c->clipStart, c->clipEnd,
            c->clipFile,  c->clipSha256,
            c->clipSize,  AnalyticsTr::tr("Video analytics: %1").arg(candidateKindLabel(c->kind))};
        auto attached = m_clips.attach(row->id, clip, *who, now);
        out.clipAttached = bool(attached);
        if (!attached)
            out.clipError = attached.error().message;
    }
    if (auto r = m_store.markAccepted(candidateId, row->id, who->userId, now); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

Result<void> CandidateReview::reject(const QString &candidateId, const Cases::Actor &actor,
                                     const QString &note, const QDateTime &now)
{
    auto who = reviewer(m_service, actor);
    if (!who)
        return who.error();
    return m_store.markRejected(candidateId, who->userId, note, now);
}

} // namespace Cc::Analytics
