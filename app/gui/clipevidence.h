// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Video clips as case evidence in the app (docs/video.md "Clips as evidence"): the wall's
// attacher acting as the logged-in user, the case timeline's "视频证据" lines, and playing a
// clip once the case service has proved it is the one attached — fetched from the hub first
// when it was attached on another workstation. Cross-feature wiring (cases, the wall, the
// case panel, the hub), so it lives here.

#include <cc/cases/auth.h>
#include <cc/cases/caseclips.h>
#include <cc/cases_widgets/casedetailview.h>
#include <cc/video_quick/wallcontroller.h>

class QWidget;

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
    /// and SHA-256. A clip that is not on this workstation is fetched from the hub first
    /// (a progress dialog over `parent`, then checked again); the error otherwise — also
    /// "evidence.clip-not-on-hub" when its bytes have not reached the hub yet.
    Result<void> open(const QString &link, QWidget *parent = nullptr);

private:
    /// Downloads the clip from the hub into the cache, with a cancellable progress dialog.
    Result<void> fetch(const Cases::CaseClipRow &clip, QWidget *parent);

    Storage::Database &m_db;
    Cases::CaseService &m_service;
    Cases::CaseClips m_clips;
    const Cases::Session &m_session;
};

} // namespace Cc::App
