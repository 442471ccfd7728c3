// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <optional>

struct sqlite3;

namespace Cc::Recording {

/// One file of a camera's ring: an MPEG-TS segment written by splitmuxsink
/// (docs/video.md "Recording"). Times are wall-clock microseconds (the recorder's clock).
struct Segment
{
    qint64 id = 0;
    QString camera;
    QString path; ///< relative to the recording root
    qint64 startUs = 0, endUs = 0;
    qint64 bytes = 0;
    QString state; ///< "open" (being written), "closed", "repaired" (closed after a crash)
};

/// A stretch of time with pictures: consecutive segments without a gap between them.
struct Span
{
    qint64 startUs = 0, endUs = 0;
    bool operator==(const Span &) const = default;
};

/// The index of recorded segments, `index.sqlite` in the recording root (WAL, so the recorder
/// writes while the wall reads; one committed row per segment, so a kill -9 loses at most the
/// open segment's last end time, which the repair recomputes from the file).
class RecordingIndex
{
public:
    static constexpr qint64 kNoLimit = std::numeric_limits<qint64>::max();
    /// Consecutive segments closer than this are one span (a reconnect takes ≥ 1 s).
    static constexpr qint64 kSpanGapUs = 500'000;

    /// Opens (creating the root and the schema unless `readOnly`) the index under `root`.
    static Result<std::unique_ptr<RecordingIndex>> open(const QString &root, bool readOnly = false);
    ~RecordingIndex();

    QString root() const { return m_root; }
    QString absolutePath(const Segment &segment) const;

    Result<qint64> addSegment(const QString &camera, const QString &relativePath, qint64 startUs);
    Result<void> updateSegment(qint64 id, qint64 endUs, qint64 bytes, const QString &state);
    Result<void> setSegmentStart(qint64 id, qint64 startUs);
    Result<void> removeSegment(qint64 id);

    /// Segments overlapping [fromUs, toUs) (all cameras when `camera` is empty), oldest first.
    QList<Segment> segments(const QString &camera = {}, qint64 fromUs = 0,
                            qint64 toUs = kNoLimit) const;
    QList<Segment> openSegments() const;
    std::optional<Segment> byPath(const QString &relativePath) const;
    /// The segment that holds `us`, else the first one after it.
    std::optional<Segment> segmentAtOrAfter(const QString &camera, qint64 us) const;
    QList<Span> spans(const QString &camera, qint64 fromUs = 0, qint64 toUs = kNoLimit) const;
    QStringList cameras() const;
    /// Bytes per camera and the earliest end of any segment: enough to see that nothing needs
    /// pruning without reading every row (a month of 30 cameras is over a million of them).
    struct Totals
    {
        QHash<QString, qint64> bytesPerCamera;
        qint64 totalBytes = 0;
        qint64 earliestEndUs = kNoLimit;
    };
    Totals totals() const;

private:
    RecordingIndex(sqlite3 *db, QString root) : m_db(db), m_root(std::move(root)) {}
    Result<void> exec(const char *sql);
    QList<Segment> query(const char *sql, const QList<QVariant> &args) const;

    sqlite3 *m_db = nullptr;
    QString m_root;
};

/// Spans of `segments` (one camera, oldest first) merged across gaps ≤ `gapUs`.
QList<Span> mergeSpans(const QList<Segment> &segments, qint64 gapUs = RecordingIndex::kSpanGapUs);

} // namespace Cc::Recording
