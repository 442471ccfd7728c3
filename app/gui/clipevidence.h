// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Video clips as case evidence in the app (docs/video.md "Clips as evidence"): the wall's
// attacher acting as the logged-in user, the case timeline's "视频证据" lines, and playing a
// clip once the case service has proved it is the one attached. Cross-feature wiring (cases,
// the wall, the case panel), so it lives here.

#include <cc/cases/auth.h>
#include <cc/cases/caseclips.h>
#include <cc/cases_widgets/casedetailview.h>
#include <cc/video_quick/wallcontroller.h>

namespace Cc::App {

class ClipEvidence
{
public:
    ClipEvidence(Cases::CaseService &service, Storage::Database &db, const Cases::Session &session);

    /// The role the user attaches clips in (the first of the hall's posts they hold; a
    /// department's user for their own cases), nullopt when none.
    std::optional<Core::Role> role() const;
    VideoQuick::WallController::ClipAttacher attacher();
    /// One timeline line per clip of the case, linked "clip:<id>".
    QList<CasesWidgets::CaseDetailView::TimelineNote> notes(const QString &caseId);
    /// Plays the clip a timeline link names in the desktop's player, after checking its size
    /// and SHA-256; the error otherwise.
    Result<void> open(const QString &link);

private:
    Cases::CaseService &m_service;
    Cases::CaseClips m_clips;
    const Cases::Session &m_session;
};

} // namespace Cc::App
