// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/recording/recordingindex.h"

#include <QString>

namespace Cc::Recording {

/// What a read of a segment file found (GStreamer: filesrc ! tsdemux ! h264parse ! fakesink).
struct SegmentScan
{
    int frames = 0;
    int keyframes = 0;
    qint64 durationUs = 0; ///< first frame to the end of the last one
    bool readError = false;
    /// Plays: a segment starts with a keyframe (splitmuxsink splits there), so one is enough.
    bool playable() const { return keyframes > 0 && frames > 0; }
};

/// Reads the whole file (a few ms per MB). Not on the GUI thread.
SegmentScan scanSegment(const QString &file);

/// Where a camera's segment starting at `startUs` is written, relative to the root:
/// <camera, percent-encoded>/<yyyyMMdd UTC>/<startUs>.ts — the name alone rebuilds a lost row.
QString segmentRelativePath(const QString &camera, qint64 startUs);
/// The camera and start of a path made by segmentRelativePath(); false for anything else.
bool parseSegmentPath(const QString &relativePath, QString *camera, qint64 *startUs);

/// What repairing one segment did.
enum class RepairOutcome { Kept, Repaired, Dropped };

/// After a crash: an "open" segment (or a file the index lost) is cut back to whole 188-byte
/// transport packets and read; if it plays, its row gets the end and size the file really has
/// (state "repaired"), else the file and its row are deleted. Never leaves an unplayable file.
RepairOutcome repairSegment(RecordingIndex &index, const Segment &segment);

/// Repairs every open segment and adopts or drops segment files that have no row. Returns
/// how many segments were repaired and dropped.
struct RecoveryReport
{
    int repaired = 0, dropped = 0, adopted = 0;
};
RecoveryReport recoverAfterCrash(RecordingIndex &index);

} // namespace Cc::Recording
