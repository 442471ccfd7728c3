// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/caseservice.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace Cc::Cases {

/// The largest clip a case takes as evidence (docs/video.md "Clips as evidence"): the
/// recorder's export cap, enforced again here whoever made the file.
constexpr qint64 kMaxClipBytes = 200LL * 1024 * 1024;
/// The longest clip: 10 minutes, plus the up to 1 s the export starts earlier (it begins at
/// the keyframe at or before the in point).
constexpr int kMaxClipSeconds = 600 + 2;

/// A clip cut from the recordings (Recording::exportClip), described by whoever cut it.
struct ClipReference
{
    QString cameraId;
    QString cameraName;
    QDateTime start, end; ///< wall-clock times of the first and last frame
    QString file;         ///< absolute path where the clip lies
    QString sha256;       ///< hex, lower case
    qint64 size = 0;
    QString note;
};

/// A clip attached to a case (table case_clip, migration 0031).
struct CaseClipRow : ClipReference
{
    QString id, caseId, addedBy; ///< addedBy: user id
    QDateTime addedAt;
    /// The hub holds the clip's bytes, proved whole (hub schema 12; set by the hub, pulled).
    bool stored = false;
};

/// The video evidence of cases: clips stored by reference (path, SHA-256, size), never their
/// bytes in the database. The reference travels to the hub with the case (an outbox row
/// change; hub schema 12 checks it again) and the bytes follow apart from it (docs/video.md,
/// "Where the bytes live"). Nothing of the caller's description is believed: the file is
/// measured and hashed here before the row is written, and again before it is handed out to
/// be played.
class CaseClips
{
public:
    /// `maxBytes`: the cap (kMaxClipBytes; tests pass a smaller one).
    explicit CaseClips(CaseService &service, Storage::Database &db,
                       qint64 maxBytes = kMaxClipBytes);

    /// Attaches the clip to the case (id or number). Refuses: "evidence.bad-clip" (no camera,
    /// times missing, reversed or over kMaxClipSeconds, a malformed hash, a relative path,
    /// a note over 2000 characters), "evidence.clip-too-large", "evidence.clip-missing" (no
    /// such file), "evidence.clip-mismatch" (its size or SHA-256 differ from what was said),
    /// "evidence.clip-duplicate" (already attached to this case), "evidence.not-yours" (a
    /// department's user on another department's case), the actor's and the case's errors.
    Result<CaseClipRow> attach(const QString &caseIdOrNumber, const ClipReference &clip,
                               const Actor &actor, const QDateTime &now = {});
    /// The case's clips, earliest recorded first.
    Result<QList<CaseClipRow>> forCase(const QString &caseId);
    Result<CaseClipRow> find(const QString &clipId);
    /// The clip's file once it is proved to be the one attached (same size and SHA-256): where
    /// it was cut, else its copy fetched from the hub into the cache folder.
    /// "evidence.clip-missing" when neither is here, "evidence.clip-mismatch" when it changed.
    Result<QString> verifiedFile(const QString &clipId);

    /// Where clips fetched from the hub are kept (one file per SHA-256); empty: none.
    void setCacheDir(const QString &dir) { m_cacheDir = dir; }
    /// The cache file a clip of this hash is fetched to (empty without a cache folder).
    QString cachedFile(const QString &sha256) const;

private:
    Result<void> checkFile(const ClipReference &clip) const;

    CaseService &m_service;
    Storage::Database &m_db;
    qint64 m_maxBytes;
    QString m_cacheDir;
};

/// The SHA-256 (hex, lower case) of a file of at most `maxBytes`, read in blocks;
/// "evidence.clip-missing" when it cannot be read, "evidence.clip-too-large" when longer.
Result<QString> fileSha256(const QString &file, qint64 maxBytes);

} // namespace Cc::Cases
