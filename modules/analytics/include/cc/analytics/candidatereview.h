// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/analytics/analyticsstore.h"

#include <cc/cases/caseclips.h>
#include <cc/cases/caseservice.h>

namespace Cc::Analytics {

/// The operator's decision on a finding (视频发现, docs/video.md "Video analytics").
/// Accept files a new case through the real case service — channel video, the zone's
/// category, the camera's place and grid, the detection time, the snapshot as its photo —
/// and attaches the clip (when there is one) through CaseClips, which hashes the file
/// again. Reject remembers the object so that the store refuses it in that zone for
/// AnalyticsStore::kSuppressHours.
class CandidateReview
{
public:
    struct Accepted
    {
        Storage::CaseRow caseRow;
        bool clipAttached = false;
        QString clipError; ///< why the clip could not go with it (the case is filed anyway)
    };

    CandidateReview(AnalyticsStore &store, Cases::CaseService &service, Cases::CaseClips &clips,
                    Storage::Database &db);

    /// Refuses "analytics.already-decided", "analytics.unknown-candidate",
    /// "analytics.unknown-camera" and whatever the case service refuses (the actor's
    /// rights among it); nothing is written then.
    Result<Accepted> accept(const QString &candidateId, const Cases::Actor &actor,
                            const QString &description = {}, const QDateTime &now = {});
    /// The actor is resolved by the case service like for any step.
    Result<void> reject(const QString &candidateId, const Cases::Actor &actor,
                        const QString &note = {}, const QDateTime &now = {});

private:
    AnalyticsStore &m_store;
    Cases::CaseService &m_service;
    Cases::CaseClips &m_clips;
    Storage::Database &m_db;
};

} // namespace Cc::Analytics
