// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/caseservice.h>
#include <cc/storage/rows.h>

#include <QDateTime>
#include <QVideoFrame>

namespace Cc::VideoQuick {

/// A new case seen on a camera (来源: 视频监控): channel "video", the camera's location, grid
/// and name as the place, the time of the frame, and the frame itself (full resolution,
/// PNG) as its evidence, which the case service stores as a "snapshot" attachment.
Result<Cases::NewReport> snapshotReport(const Storage::CameraRow &camera, const QVideoFrame &frame,
                                        const QDateTime &takenAt, const QString &categoryKey,
                                        const QString &description);

} // namespace Cc::VideoQuick
