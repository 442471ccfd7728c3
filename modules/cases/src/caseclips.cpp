// SPDX-License-Identifier: GPL-3.0-or-later
// Video clips as case evidence, by reference (docs/video.md "Clips as evidence").
#include <cc/cases/caseclips.h>

#include "casestr.h"

#include <cc/core/uuid.h>
#include <cc/storage/repositories.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Cc::Cases {

namespace {

constexpr int kMaxNoteChars = 2000;
constexpr int kMaxCameraChars = 200;

Error clipError(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message);
}

Result<void> checkDescription(const ClipReference &clip)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (clip.cameraId.trimmed().isEmpty() || clip.cameraId.size() > kMaxCameraChars
        || clip.cameraName.size() > kMaxCameraChars)
        return clipError("evidence.bad-clip", Tr::tr("A clip needs the camera it was cut from."));
    if (!clip.start.isValid() || !clip.end.isValid() || clip.end <= clip.start)
        return clipError("evidence.bad-clip", Tr::tr("A clip needs a start before its end."));
    if (clip.start.secsTo(clip.end) > kMaxClipSeconds)
        return clipError("evidence.bad-clip", Tr::tr("A clip may last at most %1 minutes.")
                                                  .arg((kMaxClipSeconds - 2) / 60));
    if (!hex.match(clip.sha256).hasMatch())
        return clipError("evidence.bad-clip",
                         Tr::tr("A clip's SHA-256 must be 64 lower-case hex digits."));
    if (clip.file.isEmpty() || !QDir::isAbsolutePath(clip.file))
        return clipError("evidence.bad-clip", Tr::tr("A clip is referred to by its full path."));
    if (clip.note.size() > kMaxNoteChars)
        return clipError("evidence.bad-clip",
                         Tr::tr("A clip's note may have at most %1 characters.")
                             .arg(kMaxNoteChars));
    return {};
}

CaseClipRow readRow(const Storage::Statement &st)
{
    CaseClipRow r;
    r.id = st.text(0);
    r.caseId = st.text(1);
    r.cameraId = st.text(2);
    r.cameraName = st.text(3);
    r.start = Storage::fromIsoUtc(st.text(4));
    r.end = Storage::fromIsoUtc(st.text(5));
    r.file = st.text(6);
    r.sha256 = st.text(7);
    r.size = st.integer(8);
    r.note = st.text(9);
    r.addedBy = st.text(10);
    r.addedAt = Storage::fromIsoUtc(st.text(11));
    r.stored = st.integer(12) != 0;
    return r;
}

constexpr const char *kColumns = "id, case_id, camera_id, camera_name, start_at, end_at, file, "
                                 "sha256, size, note, added_by, added_at, stored";

} // namespace

Result<QString> fileSha256(const QString &file, qint64 maxBytes)
{
    QFile f(file);
    if (!QFileInfo(file).isFile() || !f.open(QIODevice::ReadOnly))
        return clipError("evidence.clip-missing", Tr::tr("The clip %1 cannot be read.").arg(file));
    if (f.size() > maxBytes)
        return clipError("evidence.clip-too-large",
                         Tr::tr("The clip has %1 MB; a case takes clips of at most %2 MB.")
                             .arg(double(f.size()) / (1024 * 1024), 0, 'f', 1)
                             .arg(maxBytes / (1024 * 1024)));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Read in blocks, and never more than the cap even if the file grows meanwhile.
    qint64 total = 0;
    QByteArray block;
    while (!(block = f.read(1 << 20)).isEmpty()) {
        total += block.size();
        if (total > maxBytes)
            return clipError("evidence.clip-too-large",
                             Tr::tr("The clip grew past %1 MB while it was read.")
                                 .arg(maxBytes / (1024 * 1024)));
        hash.addData(block);
    }
    return QString::fromLatin1(hash.result().toHex());
}

CaseClips::CaseClips(CaseService &service, Storage::Database &db, qint64 maxBytes)
    : m_service(service)
    , m_db(db)
    , m_maxBytes(maxBytes)
{}

Result<void> CaseClips::checkFile(const ClipReference &clip) const
{
    if (clip.size <= 0 || clip.size > m_maxBytes)
        return clipError("evidence.clip-too-large",
                         Tr::tr("The clip has %1 MB; a case takes clips of at most %2 MB.")
                             .arg(double(clip.size) / (1024 * 1024), 0, 'f', 1)
                             .arg(m_maxBytes / (1024 * 1024)));
    const QFileInfo info(clip.file);
    if (!info.isFile())
        return clipError("evidence.clip-missing", Tr::tr("There is no clip at %1.").arg(clip.file));
    if (info.size() != clip.size)
        return clipError("evidence.clip-mismatch",
                         Tr::tr("The clip at %1 has %2 bytes, not the %3 it was described with.")
                             .arg(clip.file)
                             .arg(info.size())
                             .arg(clip.size));
    auto sha = fileSha256(clip.file, m_maxBytes);
    if (!sha)
        return sha.error();
    if (sha.value() != clip.sha256)
        return clipError("evidence.clip-mismatch",
                         Tr::tr("The clip at %1 is not the one described (its SHA-256 differs).")
                             .arg(clip.file));
    return {};
}

Result<CaseClipRow> CaseClips::attach(const QString &caseIdOrNumber, const ClipReference &clip,
                                      const Actor &actor, const QDateTime &now)
{
    // The actor is a claim: resolved again against the users table.
    auto who = m_service.actor(actor.login, actor.role);
    if (!who)
        return who.error();
    auto row = m_service.find(caseIdOrNumber);
    if (!row)
        return row.error();
    if (who->role == Core::Role::Department && who->departmentId != row->departmentId)
        return clipError("evidence.not-yours",
                         Tr::tr("Case %1 is not with your department.").arg(row->number));
    if (auto r = checkDescription(clip); !r)
        return r.error();
    if (auto r = checkFile(clip); !r)
        return r.error();
    {
        auto st = m_db.prepare(
            QStringLiteral("SELECT count(*) FROM case_clip WHERE case_id = ?1 AND sha256 = ?2"));
        if (!st)
            return st.error();
        st->bindText(1, row->id).bindText(2, clip.sha256);
        if (auto r = st->step(); !r)
            return r.error();
        if (st->integer(0) > 0)
            return clipError("evidence.clip-duplicate",
                             Tr::tr("This clip is already attached to case %1.").arg(row->number));
    }
    CaseClipRow out;
    static_cast<ClipReference &>(out) = clip;
    out.start = clip.start.toUTC();
    out.end = clip.end.toUTC();
    out.note = clip.note.trimmed();
    out.id = Core::uuidText(Core::makeUuidV7());
    out.caseId = row->id;
    out.addedBy = who->userId;
    out.addedAt = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toUTC();
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    // Not stored on the hub yet; attached here, so this workstation uploads it.
    auto st = m_db.prepare(QStringLiteral("INSERT INTO case_clip (%1, attached_here) VALUES (?1, "
                                          "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0, 1)")
                               .arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    st->bindText(1, out.id)
        .bindText(2, out.caseId)
        .bindText(3, out.cameraId)
        .bindText(4, out.cameraName)
        .bindText(5, Storage::isoUtc(out.start))
        .bindText(6, Storage::isoUtc(out.end))
        .bindText(7, out.file)
        .bindText(8, out.sha256)
        .bindInt(9, out.size)
        .bindText(10, out.note)
        .bindText(11, out.addedBy)
        .bindText(12, Storage::isoUtc(out.addedAt));
    if (auto r = st->exec(); !r)
        return r.error();
    // The reference to the hub in the same transaction, like the case's other rows (hub
    // schema 12 checks it again); the bytes follow apart from the outbox (docs/video.md).
    if (auto r = Storage::OutboxRepository(m_db).appendRowChange(QStringLiteral("case_clip"),
                                                                 out.id, QStringLiteral("insert"),
                                                                 std::nullopt, who->userId);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

Result<QList<CaseClipRow>> CaseClips::forCase(const QString &caseId)
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM case_clip WHERE case_id = ?1 ORDER BY start_at, added_at")
            .arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    st->bindText(1, caseId);
    QList<CaseClipRow> rows;
    if (auto r = Storage::forEachRow(st.value(),
                                     [&rows](const Storage::Statement &s) { rows << readRow(s); });
        !r)
        return r.error();
    return rows;
}

Result<CaseClipRow> CaseClips::find(const QString &clipId)
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM case_clip WHERE id = ?1").arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    st->bindText(1, clipId);
    auto found = st->step();
    if (!found)
        return found.error();
    if (!found.value())
        return clipError("evidence.unknown-clip", Tr::tr("There is no clip %1.").arg(clipId));
    return readRow(st.value());
}

QString CaseClips::cachedFile(const QString &sha256) const
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (m_cacheDir.isEmpty() || !hex.match(sha256).hasMatch())
        return {};
    return QDir(m_cacheDir).filePath(sha256 + QStringLiteral(".mp4"));
}

Result<QString> CaseClips::verifiedFile(const QString &clipId)
{
    auto clip = find(clipId);
    if (!clip)
        return clip.error();
    // Where it was cut (this workstation's recordings), else the copy fetched from the hub.
    ClipReference copy = clip.value();
    const QString cached = cachedFile(copy.sha256);
    if (!QFileInfo(copy.file).isFile() && !cached.isEmpty() && QFileInfo(cached).isFile())
        copy.file = cached;
    if (auto r = checkFile(copy); !r)
        return r.error();
    return copy.file;
}

} // namespace Cc::Cases
