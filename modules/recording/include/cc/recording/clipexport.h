// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/recording/recordingindex.h"

#include <QByteArray>
#include <QString>

namespace Cc::Recording {

/// A clip cut out of the recordings (docs/video.md "Clips as evidence").
struct ExportedClip
{
    QString file;
    QByteArray sha256; ///< hex
    qint64 bytes = 0;
    qint64 startUs = 0, endUs = 0; ///< the clip's first and last frame (wall clock)
    int frames = 0;
};

/// Cuts [inUs, outUs] of `camera` into an MP4 at `file` without re-encoding: the H.264 access
/// units of the segments are copied (from the keyframe at or before `inUs`, so the clip
/// starts with a picture) and muxed with their recorded times. Refuses, leaving no file:
/// "recording.bad-range" (out ≤ in, or longer than `maxSeconds`), "recording.no-recording"
/// (nothing recorded in the range), "recording.clip-too-large" (over `maxBytes`),
/// "recording.export-failed" (GStreamer or the disk).
Result<ExportedClip> exportClip(const RecordingIndex &index, const QString &camera, qint64 inUs,
                                qint64 outUs, const QString &file, qint64 maxBytes,
                                int maxSeconds = 600);

} // namespace Cc::Recording
