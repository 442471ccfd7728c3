// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The video analytics in the app (docs/video.md "Video analytics"): the wall's zone hooks
// over the analytics store, and the queue of findings (视频发现) deciding through the real case
// service as the logged-in operator. Cross-feature wiring (analytics, cases, the wall), so it
// lives here; the analysis itself runs in cityvision, never on this process's GUI thread.

#include <cc/analytics/candidatereview.h>
#include <cc/analytics_widgets/candidatequeue.h>
#include <cc/cases/auth.h>
#include <cc/video_quick/wallcontroller.h>

namespace Cc::App {

class VideoAnalytics
{
public:
    /// `session` may be null (nobody logged in: zones are shown, nothing is decided).
    VideoAnalytics(Cases::CaseService &service, Storage::Database &db,
                   const Cases::Session *session);

    /// The page of findings; owned by whoever takes it.
    AnalyticsWidgets::CandidateQueue *createQueue();
    VideoQuick::WallController::ZoneHooks zoneHooks();

private:
    std::optional<Cases::Actor> decider() const;

    Storage::Database &m_db;
    const Cases::Session *m_session;
    Analytics::AnalyticsStore m_store;
    Cases::CaseClips m_clips;
    Analytics::CandidateReview m_review;
};

} // namespace Cc::App
