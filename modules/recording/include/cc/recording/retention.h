// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/recording/recordingindex.h"

#include <QList>

namespace Cc::Recording {

/// How much a recorder keeps (0 = no limit). Enforced by the recorder itself, every few
/// seconds and whenever a segment closes, never by the wall.
struct RetentionPolicy
{
    qint64 cameraQuotaBytes = 0; ///< per camera
    qint64 totalQuotaBytes = 0;  ///< all cameras together
    int retentionDays = 0;       ///< segments that ended longer ago are deleted
};

/// The segments to delete, oldest first: those past the retention, then the oldest of each
/// camera over its quota, then the oldest of all while the total is over. An open segment
/// (being written) is never chosen; its size still counts.
QList<Segment> planPruning(const QList<Segment> &segments, const RetentionPolicy &policy,
                           qint64 nowUs);

/// Deletes what planPruning() chose (row first, then file: a file left by a crash in between
/// is adopted at the next start and pruned again). Returns the number of segments deleted.
int prune(RecordingIndex &index, const RetentionPolicy &policy, qint64 nowUs);

} // namespace Cc::Recording
