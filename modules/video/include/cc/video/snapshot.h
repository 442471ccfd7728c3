// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/core/result.h"

#include <QDateTime>
#include <QImage>
#include <QPointF>
#include <QVideoFrame>

namespace Cc::Video {

/// What a snapshot is evidence of: written into the PNG's text chunks as well.
struct SnapshotInfo
{
    QString cameraId, cameraName;
    QDateTime takenAt;
    QPointF lonLat;
};

/// A decoded YUV 4:2:0 frame (I420 or NV12) as an RGB image, converted on the CPU (BT.601,
/// video range). Not QVideoFrame::toImage(): that renders through the RHI and needs a GPU
/// context. Null image for an empty or unsupported frame.
QImage frameToImage(const QVideoFrame &frame);

/// Writes `frame` at full resolution as a PNG to `path`, with the info as PNG text.
Result<void> saveSnapshot(const QVideoFrame &frame, const SnapshotInfo &info, const QString &path);

} // namespace Cc::Video
