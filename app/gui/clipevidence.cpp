// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipevidence.h"

#include <cc/sync/cliptransfer.h>
#include <cc/sync/credentialstore.h>
#include <cc/sync/syncclient.h>

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

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
    : m_db(db)
    , m_service(service)
    , m_clips(service, db)
    , m_session(session)
{
    // Clips fetched from the hub, one file per SHA-256 (the hash names and proves them).
    m_clips.setCacheDir(QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                            .filePath(QStringLiteral("clip-cache")));
}

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
        // Where the bytes are: here, on the hub (fetched on the double-click), or only on the
        // workstation that attached the clip.
        const bool here = QFileInfo(c.file).isFile()
                          || QFileInfo(m_clips.cachedFile(c.sha256)).isFile();
        const QString where = here       ? ClipTr::tr("double-click to play")
                              : c.stored ? ClipTr::tr("on the hub: double-click to fetch and play")
                                         : ClipTr::tr("not on the hub yet: on the workstation "
                                                      "that attached it");
        //: 视频证据: one clip of the case's video evidence (camera, time, length, size, hash,
        //: where its bytes are)
        const QString text = ClipTr::tr("%1 %2, %3 s, %4 MB, SHA-256 %5… (%6)")
                                 .arg(c.cameraName.isEmpty() ? c.cameraId : c.cameraName,
                                      c.start.toLocalTime().toString(
                                          QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                 .arg(double(c.start.msecsTo(c.end)) / 1000, 0, 'f', 1)
                                 .arg(double(c.size) / (1024 * 1024), 0, 'f', 1)
                                 .arg(c.sha256.left(12), where);
        CasesWidgets::CaseDetailView::TimelineNote note;
        note.at = c.addedAt;
        note.action = ClipTr::tr("Video evidence");
        note.text = text;
        note.link = kLinkPrefix + c.id;
        notes.append(note);
    }
    return notes;
}

Result<void> ClipEvidence::fetch(const Cases::CaseClipRow &clip, QWidget *parent)
{
    auto hub = Sync::SyncClient::link(m_db);
    if (!hub || !hub->isValid())
        return makeError(QStringLiteral("evidence.clip-missing"),
                         ClipTr::tr("The clip lies on the workstation that attached it (%1); this "
                                    "one is not joined to a hub to fetch it from.")
                             .arg(clip.file));
    if (!clip.stored)
        return makeError(QStringLiteral("evidence.clip-not-on-hub"),
                         ClipTr::tr("The clip has not reached the hub yet: it lies on the "
                                    "workstation that attached it (%1) until that one syncs.")
                             .arg(clip.file));
    Sync::HubCredentials credentials{hub->url, hub->user,
                                     qEnvironmentVariable("CITYCOMMAND_HUB_PASSWORD"), 5};
    if (credentials.password.isEmpty())
        credentials.password
            = Sync::CredentialStore().load(hub->url, hub->user).value_or(QString());
    QProgressDialog dialog(ClipTr::tr("Fetching the clip from the hub…"), ClipTr::tr("Cancel"), 0,
                           1000, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    std::atomic<bool> cancelled = false;
    const QString target = m_clips.cachedFile(clip.sha256);
    // On a thread of its own with a connection of its own: the window stays responsive.
    QFutureWatcher<Result<void>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<void>>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] { cancelled = true; });
    watcher.setFuture(QtConcurrent::run([&, credentials, target]() -> Result<void> {
        auto conn = Sync::PgConnection::connect(credentials);
        if (!conn)
            return conn.error();
        return Sync::ClipTransfer(*conn.value())
            .download(clip.sha256, clip.size, target, [&](qint64 done, qint64 total) {
                const int permille = total > 0 ? int(done * 1000 / total) : 1000;
                QMetaObject::invokeMethod(&dialog, [&dialog, permille] {
                    dialog.setValue(std::min(permille, 999));
                });
                return !cancelled.load();
            });
    }));
    loop.exec();
    dialog.setValue(1000);
    return watcher.result();
}

Result<void> ClipEvidence::open(const QString &link, QWidget *parent)
{
    if (!link.startsWith(kLinkPrefix))
        return makeError(QStringLiteral("evidence.unknown-clip"),
                         ClipTr::tr("Not a clip: %1").arg(link));
    const QString clipId = link.mid(kLinkPrefix.size());
    auto file = m_clips.verifiedFile(clipId);
    if (!file && file.error().code == QLatin1String("evidence.clip-missing")) {
        // Attached on another workstation: fetched from the hub, then proved again.
        auto clip = m_clips.find(clipId);
        if (!clip)
            return clip.error();
        if (auto fetched = fetch(clip.value(), parent); !fetched)
            return fetched.error();
        file = m_clips.verifiedFile(clipId);
    }
    if (!file)
        return file.error();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file.value())))
        return makeError(QStringLiteral("evidence.no-player"),
                         ClipTr::tr("No program here plays %1").arg(file.value()));
    return {};
}

} // namespace Cc::App
