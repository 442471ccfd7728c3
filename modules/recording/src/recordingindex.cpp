// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/recording/recordingindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QVariant>

#include <sqlite3.h>

namespace Cc::Recording {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cc::Recording::RecordingIndex)
};

constexpr const char *kSchema = R"(
CREATE TABLE IF NOT EXISTS segment(
    id INTEGER PRIMARY KEY,
    camera TEXT NOT NULL,
    path TEXT NOT NULL UNIQUE,
    start_us INTEGER NOT NULL,
    end_us INTEGER NOT NULL,
    bytes INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL CHECK (state IN ('open', 'closed', 'repaired')));
CREATE INDEX IF NOT EXISTS segment_camera_start ON segment(camera, start_us);
)";

Error indexError(sqlite3 *db)
{
    return makeError(QStringLiteral("recording.index"),
                     Tr::tr("The recording index failed: %1")
                         .arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory")));
}

void bind(sqlite3_stmt *stmt, const QList<QVariant> &args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QVariant &v = args[i];
        if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        }
    }
}

QString text(sqlite3_stmt *stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)));
}

// Runs a statement that returns no rows.
bool run(sqlite3 *db, const char *sql, const QList<QVariant> &args)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    bind(stmt, args);
    const int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

} // namespace

Result<std::unique_ptr<RecordingIndex>> RecordingIndex::open(const QString &root, bool readOnly)
{
    if (!readOnly && !QDir().mkpath(root))
        return makeError(QStringLiteral("recording.no-directory"),
                         Tr::tr("Cannot create the recording folder %1").arg(root));
    const QByteArray file = QDir(root).filePath(QStringLiteral("index.sqlite")).toUtf8();
    sqlite3 *db = nullptr;
    const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(file.constData(), &db, flags | SQLITE_OPEN_FULLMUTEX, nullptr)
        != SQLITE_OK) {
        Error error = indexError(db);
        sqlite3_close(db);
        return error;
    }
    sqlite3_busy_timeout(db, 5000);
    std::unique_ptr<RecordingIndex> index(new RecordingIndex(db, root));
    if (!readOnly) {
        // WAL: the wall reads while the recorder writes; synchronous=NORMAL is durable across
        // a process crash (kill -9), which is what the recorder has to survive.
        if (auto r = index->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"); !r)
            return r.error();
        if (auto r = index->exec(kSchema); !r)
            return r.error();
    }
    return index;
}

RecordingIndex::~RecordingIndex()
{
    sqlite3_close(m_db);
}

QString RecordingIndex::absolutePath(const Segment &segment) const
{
    return QDir(m_root).filePath(segment.path);
}

Result<void> RecordingIndex::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return indexError(m_db);
    return {};
}

Result<qint64> RecordingIndex::addSegment(const QString &camera, const QString &relativePath,
                                          qint64 startUs)
{
    if (!run(
            m_db,
            "INSERT INTO segment(camera, path, start_us, end_us, state) VALUES (?, ?, ?, ?, 'open')",
            {camera, relativePath, startUs, startUs}))
        return indexError(m_db);
    return qint64(sqlite3_last_insert_rowid(m_db));
}

Result<void> RecordingIndex::updateSegment(qint64 id, qint64 endUs, qint64 bytes,
                                           const QString &state)
{
    if (!run(m_db,
             "UPDATE segment SET end_us = max(start_us, ?), bytes = ?, state = ? WHERE id = ?",
             {endUs, bytes, state, id}))
        return indexError(m_db);
    return {};
}

Result<void> RecordingIndex::setSegmentStart(qint64 id, qint64 startUs)
{
    if (!run(m_db, "UPDATE segment SET start_us = ?, end_us = max(end_us, ?) WHERE id = ?",
             {startUs, startUs, id}))
        return indexError(m_db);
    return {};
}

Result<void> RecordingIndex::removeSegment(qint64 id)
{
    if (!run(m_db, "DELETE FROM segment WHERE id = ?", {id}))
        return indexError(m_db);
    return {};
}

QList<Segment> RecordingIndex::query(const char *sql, const QList<QVariant> &args) const
{
    QList<Segment> rows;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return rows;
    bind(stmt, args);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        rows.append(Segment{sqlite3_column_int64(stmt, 0), text(stmt, 1), text(stmt, 2),
                            sqlite3_column_int64(stmt, 3), sqlite3_column_int64(stmt, 4),
                            sqlite3_column_int64(stmt, 5), text(stmt, 6)});
    }
    sqlite3_finalize(stmt);
    return rows;
}

#define CC_SEGMENT_COLUMNS "SELECT id, camera, path, start_us, end_us, bytes, state FROM segment "

QList<Segment> RecordingIndex::segments(const QString &camera, qint64 fromUs, qint64 toUs) const
{
    if (camera.isEmpty())
        return query(CC_SEGMENT_COLUMNS "WHERE end_us >= ? AND start_us < ? ORDER BY start_us, id",
                     {fromUs, toUs});
    return query(CC_SEGMENT_COLUMNS
                 "WHERE camera = ? AND end_us >= ? AND start_us < ? ORDER BY start_us, id",
                 {camera, fromUs, toUs});
}

QList<Segment> RecordingIndex::openSegments() const
{
    return query(CC_SEGMENT_COLUMNS "WHERE state = 'open' ORDER BY start_us", {});
}

std::optional<Segment> RecordingIndex::byPath(const QString &relativePath) const
{
    const auto rows = query(CC_SEGMENT_COLUMNS "WHERE path = ?", {relativePath});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<Segment> RecordingIndex::segmentAtOrAfter(const QString &camera, qint64 us) const
{
    const auto rows = query(CC_SEGMENT_COLUMNS "WHERE camera = ? AND end_us > ? "
                                               "ORDER BY start_us LIMIT 1",
                            {camera, us});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QList<Span> RecordingIndex::spans(const QString &camera, qint64 fromUs, qint64 toUs) const
{
    return mergeSpans(segments(camera, fromUs, toUs));
}

QStringList RecordingIndex::cameras() const
{
    QStringList ids;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT DISTINCT camera FROM segment ORDER BY camera", -1, &stmt,
                           nullptr)
        != SQLITE_OK)
        return ids;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        ids.append(text(stmt, 0));
    sqlite3_finalize(stmt);
    return ids;
}

RecordingIndex::Totals RecordingIndex::totals() const
{
    Totals totals;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "SELECT camera, sum(bytes), min(end_us) FROM segment GROUP BY camera",
                           -1, &stmt, nullptr)
        != SQLITE_OK)
        return totals;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const qint64 bytes = sqlite3_column_int64(stmt, 1);
        totals.bytesPerCamera.insert(text(stmt, 0), bytes);
        totals.totalBytes += bytes;
        totals.earliestEndUs = std::min(totals.earliestEndUs, sqlite3_column_int64(stmt, 2));
    }
    sqlite3_finalize(stmt);
    return totals;
}

QList<Span> mergeSpans(const QList<Segment> &segments, qint64 gapUs)
{
    QList<Span> spans;
    for (const Segment &s : segments) {
        if (!spans.isEmpty() && s.startUs - spans.last().endUs <= gapUs)
            spans.last().endUs = std::max(spans.last().endUs, s.endUs);
        else
            spans.append(Span{s.startUs, s.endUs});
    }
    return spans;
}

} // namespace Cc::Recording
