// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/recording/camerarecorder.h"
#include "cc/recording/retention.h"
#include "cc/recording/segmentfile.h"

#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace Cc::Recording {

/// The recorder of one recording root (what `cityrec` runs): repairs what a crash left, then
/// records every camera and keeps the ring within its quotas and retention.
class Recorder : public QObject
{
    Q_OBJECT
public:
    struct Camera
    {
        QString id, url;
    };

    Recorder(const RetentionPolicy &policy, const CameraRecorder::Config &config,
             QObject *parent = nullptr);
    ~Recorder() override;

    /// Takes the root (one recorder per root: a lock file that a crashed recorder does not
    /// hold any more), recovers after a crash, prunes and starts every camera.
    Result<RecoveryReport> start(const QString &root, const QList<Camera> &cameras);
    void stop();

    RecordingIndex *index() const { return m_index.get(); }
    const std::vector<std::unique_ptr<CameraRecorder>> &cameras() const { return m_cameras; }
    int prunedSegments() const { return m_pruned; }
    void setPruneInterval(int ms) { m_pruneTimer.setInterval(ms); }
    void pruneNow();

private:
    RetentionPolicy m_policy;
    CameraRecorder::Config m_config;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<RecordingIndex> m_index;
    std::vector<std::unique_ptr<CameraRecorder>> m_cameras;
    QTimer m_pruneTimer;
    int m_pruned = 0;
};

} // namespace Cc::Recording
