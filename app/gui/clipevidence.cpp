// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipevidence.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QUrl>

namespace Cc::App {

namespace {
struct ClipTr
{
    Q_DECLARE_TR_FUNCTIONS(Cc::App::ClipEvidence)
};
const QString kLinkPrefix = QStringLiteral("clip:");
} // namespace

ClipEvidence::ClipEvidence(Cases::CaseService &service, Storage::Database &db,
                           const Cases::Session &session)
    : m_service(service)
    , m_clips(service, db)
    , m_session(session)
{}

std::optional<Core::Role> ClipEvidence::role() const
{
    using Core::Role;
    for (Role r : {Role::Operator, Role::ShiftLeader, Role::Dispatcher, Role::Supervisor,
                   Role::Department, Role::Admin}) {
        if (m_session.has(r))
            return r;
    }
    return std::nullopt;
}

VideoQuick::WallController::ClipAttacher ClipEvidence::attacher()
{
    const auto asRole = role();
    if (!asRole)
        return {};
    return [this, r = *asRole](const QString &caseNumber,
                               const Cases::ClipReference &clip) -> Result<QString> {
        auto row = m_clips.attach(caseNumber, clip, m_session.actor(r));
        if (!row)
            return row.error();
        auto found = m_service.find(row->caseId);
        return found ? found->number : caseNumber;
    };
}

QList<CasesWidgets::CaseDetailView::TimelineNote> ClipEvidence::notes(const QString &caseId)
{
    QList<CasesWidgets::CaseDetailView::TimelineNote> notes;
    auto clips = m_clips.forCase(caseId);
    if (!clips)
        return notes;
    for (const Cases::CaseClipRow &c : clips.value()) {
        //: 视频证据: one clip of the case's video evidence (camera, time, length, size, hash)
        const QString text = ClipTr::tr("%1 %2, %3 s, %4 MB, SHA-256 %5… (double-click to play)")
                                 .arg(c.cameraName.isEmpty() ? c.cameraId : c.cameraName,
                                      c.start.toLocalTime().toString(
                                          QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                 .arg(double(c.start.msecsTo(c.end)) / 1000, 0, 'f', 1)
                                 .arg(double(c.size) / (1024 * 1024), 0, 'f', 1)
                                 .arg(c.sha256.left(12));
        CasesWidgets::CaseDetailView::TimelineNote note;
        note.at = c.addedAt;
        note.action = ClipTr::tr("Video evidence");
        note.text = text;
        note.link = kLinkPrefix + c.id;
        notes.append(note);
    }
    return notes;
}

Result<void> ClipEvidence::open(const QString &link)
{
    if (!link.startsWith(kLinkPrefix))
        return makeError(QStringLiteral("evidence.unknown-clip"),
                         ClipTr::tr("Not a clip: %1").arg(link));
    auto file = m_clips.verifiedFile(link.mid(kLinkPrefix.size()));
    if (!file)
        return file.error();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file.value())))
        return makeError(QStringLiteral("evidence.no-player"),
                         ClipTr::tr("No program here plays %1").arg(file.value()));
    return {};
}

} // namespace Cc::App
