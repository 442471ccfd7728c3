// SPDX-License-Identifier: GPL-3.0-or-later
// A clip's bytes to and from the hub (hub schema 12; docs/video.md, "Where the bytes live").
#include <cc/sync/cliptransfer.h>
#include <cc/sync/hubadmin.h>

#include "synctr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Cc::Sync {

namespace {

struct PendingClip
{
    QString sha256, file;
    qint64 size = 0;
};

Result<QList<PendingClip>> pendingClips(Storage::Database &db)
{
    // One row per hash (a clip on two cases goes up once); only clips attached here and
    // references the hub has (their outbox entry is gone: taken, or refused and the row
    // removed).
    auto st = db.prepare(QStringLiteral(
        "SELECT sha256, min(file), min(size) FROM case_clip c WHERE stored = 0 AND "
        "attached_here = 1 AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'case_clip' "
        "AND o.row_id = c.id) GROUP BY sha256 ORDER BY min(added_at)"));
    if (!st)
        return st.error();
    QList<PendingClip> clips;
    if (auto r = Storage::forEachRow(st.value(),
                                     [&](const Storage::Statement &s) {
                                         clips.append({s.text(0), s.text(1), s.integer(2)});
                                     });
        !r)
        return r.error();
    return clips;
}

} // namespace

Result<ClipUploadReport> ClipTransfer::uploadPending(Storage::Database &db, int budgetMs)
{
    ClipUploadReport report;
    auto clips = pendingClips(db);
    if (!clips)
        return clips.error();
    QElapsedTimer clock;
    clock.start();
    for (const PendingClip &clip : std::as_const(clips.value())) {
        const QFileInfo info(clip.file);
        if (!info.isFile())
            continue; // attached on another workstation: its bytes go up from there
        if (info.size() != clip.size) {
            report.problems.append(QStringLiteral("evidence.clip-mismatch: %1").arg(clip.file));
            continue;
        }
        auto done = uploadOne(clip.sha256, clip.file, clip.size, budgetMs - clock.elapsed(),
                              report);
        if (!done) {
            // The hub may not know the reference yet, or refuses this clip: the others go on.
            if (done.error().code == QLatin1String("sync.offline"))
                return done.error();
            report.problems.append(done.error().code + QStringLiteral(": ") + done.error().message);
            continue;
        }
        if (!done.value()) {
            report.more = true;
            break;
        }
    }
    return report;
}

Result<bool> ClipTransfer::uploadOne(const QString &sha256, const QString &file, qint64 size,
                                     qint64 budgetMs, ClipUploadReport &report)
{
    QElapsedTimer clock;
    clock.start();
    auto state = m_conn.exec(QStringLiteral("SELECT cc.clip_state($1, $2)"),
                             {kHubSchemaVersion, sha256});
    if (!state)
        return state.error();
    const QJsonObject s = QJsonDocument::fromJson(state->bytes(0, 0)).object();
    const qint64 chunkBytes = s.value(QStringLiteral("chunkBytes")).toInteger();
    const int chunks = int(s.value(QStringLiteral("chunks")).toInteger());
    if (s.value(QStringLiteral("size")).toInteger() != size || chunkBytes <= 0)
        return makeError(QStringLiteral("evidence.clip-mismatch"),
                         SyncTr::tr("The hub describes clip %1 with another size.")
                             .arg(sha256.left(12)));
    if (!s.value(QStringLiteral("stored")).toBool()) {
        QSet<int> have;
        for (const QJsonValue &n : s.value(QStringLiteral("have")).toArray())
            have.insert(n.toInt());
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("evidence.clip-missing"),
                             SyncTr::tr("The clip %1 cannot be read.").arg(file));
        for (int n = 0; n < chunks; ++n) {
            if (have.contains(n))
                continue;
            if (clock.elapsed() >= budgetMs)
                return false; // the next round resumes here (cc.clip_state)
            if (!f.seek(n * chunkBytes))
                return makeError(QStringLiteral("evidence.clip-missing"),
                                 SyncTr::tr("The clip %1 cannot be read.").arg(file));
            const QByteArray bytes = f.read(chunkBytes);
            auto put = m_conn.execBinary(QStringLiteral("SELECT cc.clip_put($1, $2, $3, $4)"),
                                         {kHubSchemaVersion, sha256, n, bytes}, {3});
            if (!put)
                return put.error();
            ++report.chunks;
            report.bytes += bytes.size();
        }
    }
    // Every chunk is there: the hub hashes the whole and marks the references stored.
    auto finish = m_conn.exec(QStringLiteral("SELECT cc.clip_finish($1, $2)"),
                              {kHubSchemaVersion, sha256});
    if (!finish)
        return finish.error();
    const QJsonObject f = QJsonDocument::fromJson(finish->bytes(0, 0)).object();
    if (!f.value(QStringLiteral("stored")).toBool())
        return makeError(f.value(QStringLiteral("code")).toString(),
                         SyncTr::tr("The hub found clip %1 not to be what its reference says; "
                                    "it will be sent again.")
                             .arg(sha256.left(12)));
    ++report.clipsStored;
    return true;
}

Result<void> ClipTransfer::download(const QString &sha256, qint64 size, const QString &target,
                                    const std::function<bool(qint64, qint64)> &progress)
{
    auto state = m_conn.exec(QStringLiteral("SELECT cc.clip_state($1, $2)"),
                             {kHubSchemaVersion, sha256});
    if (!state)
        return state.error();
    const QJsonObject s = QJsonDocument::fromJson(state->bytes(0, 0)).object();
    if (!s.value(QStringLiteral("stored")).toBool())
        return makeError(QStringLiteral("evidence.clip-not-on-hub"),
                         SyncTr::tr("The clip has not reached the hub yet: it lies on the "
                                    "workstation that attached it until that one syncs."));
    if (s.value(QStringLiteral("size")).toInteger() != size)
        return makeError(QStringLiteral("evidence.clip-mismatch"),
                         SyncTr::tr("The hub describes the clip with another size."));
    const int chunks = int(s.value(QStringLiteral("chunks")).toInteger());
    QDir().mkpath(QFileInfo(target).absolutePath());
    const QString part = target + QStringLiteral(".part");
    QFile out(part);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(QStringLiteral("evidence.clip-missing"),
                         SyncTr::tr("Cannot write %1.").arg(part));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 done = 0;
    auto fail = [&](const Error &e) -> Result<void> {
        out.close();
        QFile::remove(part);
        return e;
    };
    for (int n = 0; n < chunks; ++n) {
        auto chunk = m_conn.execBinary(QStringLiteral("SELECT cc.clip_get($1, $2, $3)"),
                                       {kHubSchemaVersion, sha256, n}, {}, true);
        if (!chunk)
            return fail(chunk.error());
        const QByteArrayView bytes(chunk->data(0, 0), chunk->length(0, 0));
        done += bytes.size();
        if (done > size)
            break;
        hash.addData(bytes);
        if (out.write(bytes.data(), bytes.size()) != bytes.size())
            return fail(makeError(QStringLiteral("evidence.clip-missing"),
                                  SyncTr::tr("Cannot write %1.").arg(part)));
        if (progress && !progress(done, size))
            return fail(makeError(QStringLiteral("evidence.fetch-cancelled"),
                                  SyncTr::tr("The download was cancelled.")));
    }
    if (done != size || QString::fromLatin1(hash.result().toHex()) != sha256)
        return fail(makeError(QStringLiteral("evidence.clip-mismatch"),
                              SyncTr::tr("What the hub sent is not the clip (size or SHA-256 "
                                         "differ); nothing was kept.")));
    if (!out.flush())
        return fail(makeError(QStringLiteral("evidence.clip-missing"),
                              SyncTr::tr("Cannot write %1.").arg(part)));
    out.close();
    QFile::remove(target);
    if (!QFile::rename(part, target))
        return fail(makeError(QStringLiteral("evidence.clip-missing"),
                              SyncTr::tr("Cannot write %1.").arg(target)));
    return {};
}

} // namespace Cc::Sync
