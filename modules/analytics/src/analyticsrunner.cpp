// SPDX-License-Identifier: GPL-3.0-or-later
// The analyser process's service (docs/video.md "Video analytics").
#include "cc/analytics/analyticsrunner.h"

#include "analyticstr.h"

#include <cc/cases/caseclips.h>
#include <cc/recording/clipexport.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace Cc::Analytics {

Result<std::unique_ptr<AnalyticsRunner>> AnalyticsRunner::create(Storage::Database &db,
                                                                 const Config &config)
{
    if (!(config.analyser.fps >= 0.1 && config.analyser.fps <= Limits::kMaxFps))
        return makeError(QStringLiteral("analytics.bad-option"),
                         AnalyticsTr::tr("Pictures are analysed 0.1 to %1 times a second, not %2.")
                             .arg(Limits::kMaxFps)
                             .arg(config.analyser.fps));
    return std::unique_ptr<AnalyticsRunner>(new AnalyticsRunner(db, config));
}

AnalyticsRunner::AnalyticsRunner(Storage::Database &db, const Config &config)
    : m_db(db)
    , m_store(db)
    , m_config(config)
{
    m_clipPool.setMaxThreadCount(1); // one export at a time: the recorder's disk comes first
}

AnalyticsRunner::~AnalyticsRunner()
{
    m_analysers.clear();
    m_clipPool.waitForDone();
}

const CameraAnalyser *AnalyticsRunner::analyser(const QString &cameraId) const
{
    auto it = m_analysers.find(cameraId);
    return it == m_analysers.end() ? nullptr : it->second.get();
}

Result<int> AnalyticsRunner::reload(QStringList *refused)
{
    auto zones = m_store.zones();
    if (!zones)
        return zones.error();
    std::map<QString, QList<Zone>> byCamera;
    for (const Zone &z : *zones)
        byCamera[z.cameraId].append(z);
    Storage::SpatialRepository spatial(m_db);
    auto cameras = spatial.cameras();
    if (!cameras)
        return cameras.error();
    QHash<QString, QString> urls;
    for (const auto &c : *cameras)
        urls.insert(c.id, c.urlSub.isEmpty() ? c.urlMain : c.urlSub);
    for (auto it = m_config.urls.cbegin(); it != m_config.urls.cend(); ++it)
        urls.insert(it.key(), it.value());

    std::map<QString, std::unique_ptr<CameraAnalyser>> kept;
    for (auto &[cameraId, cameraZones] : byCamera) {
        const QString url = urls.value(cameraId);
        if (url.isEmpty() || int(kept.size()) >= Limits::kMaxCameras) {
            if (refused)
                refused->append(cameraId);
            continue;
        }
        auto old = m_analysers.find(cameraId);
        std::unique_ptr<CameraAnalyser> analyser;
        if (old != m_analysers.end() && old->second->url() == url) {
            analyser = std::move(old->second);
        } else {
            analyser = std::make_unique<CameraAnalyser>(cameraId, url, m_config.analyser);
            connect(analyser.get(), &CameraAnalyser::found, this, &AnalyticsRunner::onFound);
            analyser->start();
        }
        analyser->setZones(cameraZones);
        kept.emplace(cameraId, std::move(analyser));
    }
    m_analysers = std::move(kept); // the rest stop as they go
    return int(m_analysers.size());
}

void AnalyticsRunner::onFound(const Finding &finding)
{
    Candidate c;
    c.cameraId = finding.cameraId;
    c.zoneId = finding.object.zoneId;
    c.since = QDateTime::fromMSecsSinceEpoch(finding.object.sinceUs / 1000, Qt::UTC);
    c.detectedAt = QDateTime::fromMSecsSinceEpoch(finding.object.atUs / 1000, Qt::UTC);
    c.box = finding.object.box;
    c.snapshotJpeg = finding.snapshotJpeg;
    auto added = m_store.addCandidate(c);
    if (!added) {
        emit findingRefused(c.cameraId, added.error().code, added.error().message);
        return;
    }
    emit candidateRaised(*added);
    if (!m_config.recordingRoot.isEmpty())
        exportClipFor(*added);
}

void AnalyticsRunner::exportClipFor(const Candidate &candidate)
{
    const qint64 inUs = candidate.since.toMSecsSinceEpoch() * 1000
                        - qint64(m_config.clipBeforeSeconds) * 1000000;
    const qint64 outUs = std::min(candidate.detectedAt.toMSecsSinceEpoch() * 1000,
                                  inUs + qint64(m_config.clipSeconds) * 1000000);
    const QString root = m_config.recordingRoot;
    const QString dir = m_config.clipDirectory.isEmpty()
                            ? QDir(root).filePath(QStringLiteral("clips"))
                            : m_config.clipDirectory;
    const QString file = QDir(dir).filePath(QStringLiteral("analytics-%1.mp4").arg(candidate.id));
    const QString cameraId = candidate.cameraId, candidateId = candidate.id;
    ++m_pendingClips;
    QTimer::singleShot(m_config.clipDelayMs, this, [=, this] {
        m_clipPool.start([=, this] {
            // The recorder's index is a SQLite file: this thread opens its own connection.
            std::optional<Recording::ExportedClip> clip;
            if (auto index = Recording::RecordingIndex::open(root, true); index) {
                QDir().mkpath(dir);
                auto cut = Recording::exportClip(**index, cameraId, inUs, outUs, file,
                                                 Cases::kMaxClipBytes);
                if (cut)
                    clip = *cut;
            }
            QMetaObject::invokeMethod(this, [=, this] {
                --m_pendingClips;
                if (!clip)
                    return;
                auto r = m_store.setClip(candidateId, clip->file, QString::fromLatin1(clip->sha256),
                                         clip->bytes,
                                         QDateTime::fromMSecsSinceEpoch(clip->startUs / 1000,
                                                                        Qt::UTC),
                                         QDateTime::fromMSecsSinceEpoch(clip->endUs / 1000,
                                                                        Qt::UTC));
                if (r)
                    emit clipAdded(candidateId, clip->file);
                else
                    QFile::remove(clip->file);
            });
        });
    });
}

} // namespace Cc::Analytics
