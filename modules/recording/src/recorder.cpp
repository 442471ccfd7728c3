// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/recording/recorder.h"

#include <QDir>

#include <glib.h>

namespace Cc::Recording {

Recorder::Recorder(const RetentionPolicy &policy, const CameraRecorder::Config &config,
                   QObject *parent)
    : QObject(parent)
    , m_policy(policy)
    , m_config(config)
{
    m_pruneTimer.setInterval(10000);
    connect(&m_pruneTimer, &QTimer::timeout, this, &Recorder::pruneNow);
}

Recorder::~Recorder()
{
    stop();
}

Result<RecoveryReport> Recorder::start(const QString &root, const QList<Camera> &cameras)
{
    if (!QDir().mkpath(root))
        return makeError(QStringLiteral("recording.no-directory"),
                         tr("Cannot create the recording folder %1").arg(root));
    m_lock = std::make_unique<QLockFile>(QDir(root).filePath(QStringLiteral("cityrec.lock")));
    m_lock->setStaleLockTime(0); // only a live process holds it (QLockFile checks the PID)
    if (!m_lock->tryLock(1000))
        return makeError(QStringLiteral("recording.busy"),
                         tr("Another recorder is writing into %1").arg(root));
    auto index = RecordingIndex::open(root);
    if (!index)
        return index.error();
    m_index = std::move(*index);
    const RecoveryReport report = recoverAfterCrash(*m_index);
    pruneNow();
    for (const Camera &camera : cameras) {
        auto recorder = std::make_unique<CameraRecorder>(*m_index, camera.id, camera.url, m_config);
        connect(recorder.get(), &CameraRecorder::segmentClosed, this, &Recorder::pruneNow);
        recorder->start();
        m_cameras.push_back(std::move(recorder));
    }
    m_pruneTimer.start();
    return report;
}

void Recorder::stop()
{
    m_pruneTimer.stop();
    for (auto &camera : m_cameras)
        camera->stop();
    m_cameras.clear();
    m_index.reset();
    if (m_lock)
        m_lock->unlock();
}

void Recorder::pruneNow()
{
    if (m_index)
        m_pruned += prune(*m_index, m_policy, g_get_real_time());
}

} // namespace Cc::Recording
