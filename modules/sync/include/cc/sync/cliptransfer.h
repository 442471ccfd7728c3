// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/database.h>
#include <cc/sync/pgconnection.h>

#include <QStringList>

#include <functional>

namespace Cc::Sync {

struct ClipUploadReport
{
    int chunks = 0;       ///< chunks sent
    qint64 bytes = 0;     ///< their bytes
    int clipsStored = 0;  ///< clips the hub proved whole and marked stored
    bool more = false;    ///< the time budget ran out with chunks left to send
    QStringList problems; ///< "code: message" of clips that cannot go up (changed file …)
};

/// A clip's bytes to and from the hub (hub schema 12; docs/video.md, "Where the bytes live"):
/// chunks of the hub's size, each its own short statement that takes no lock anyone else
/// waits for, resumed where the hub is after any break, checked against the SHA-256 on the
/// hub and again here after a download.
class ClipTransfer
{
public:
    explicit ClipTransfer(PgConnection &connection) : m_conn(connection) {}

    /// Sends, for about `budgetMs` at most, the chunks the hub lacks of the clips attached here
    /// whose file lies on this workstation and whose reference reached the hub but not their
    /// bytes (case_clip.stored = 0, no outbox entry left). A clip whose file is gone or
    /// changed size is skipped (it cannot go up; the reference says what it was).
    Result<ClipUploadReport> uploadPending(Storage::Database &db, int budgetMs);

    /// Fetches a clip the hub holds into `target` (written to `target`.part, then renamed once
    /// its size and SHA-256 are the reference's). progress(done, total) after each chunk; it
    /// returns false to cancel ("evidence.fetch-cancelled"). "evidence.clip-not-on-hub" while
    /// the bytes have not arrived, "evidence.unknown-clip" for a clip the login may not read,
    /// "evidence.clip-mismatch" when what came is not the clip.
    Result<void> download(const QString &sha256, qint64 size, const QString &target,
                          const std::function<bool(qint64 done, qint64 total)> &progress = {});

private:
    Result<bool> uploadOne(const QString &sha256, const QString &file, qint64 size,
                           qint64 deadlineMs, ClipUploadReport &report);

    PgConnection &m_conn;
};

} // namespace Cc::Sync
