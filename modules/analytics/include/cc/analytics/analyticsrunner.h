// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/analytics/analyticsstore.h"
#include "cc/analytics/cameraanalyser.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <map>
#include <memory>

namespace Cc::Analytics {

/// The analyser process's service (cityvision, docs/video.md "Video analytics"): the
/// cameras that have zones in the database are analysed (at most Limits::kMaxCameras, at
/// most Limits::kMaxFps), their findings written as candidates through the store — the app
/// reads them from the same database file (WAL) — and, when the recorder has the span, a
/// short clip is cut from its recordings (no re-encoding) for each new candidate.
class AnalyticsRunner : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        CameraAnalyser::Config analyser;
        QString recordingRoot;        ///< cityrec's folder; empty: no clips
        QString clipDirectory;        ///< empty: clips/ in the recording folder
        int clipBeforeSeconds = 10;   ///< the clip starts this long before the object came to rest
        int clipSeconds = 30;         ///< and lasts at most this long (never past the detection)
        int clipDelayMs = 3000;       ///< the recorder's index lags the picture by up to a second
        QHash<QString, QString> urls; ///< camera id → stream URL, over the camera table's
    };

    /// Refuses "analytics.bad-option" for an analysis rate over Limits::kMaxFps or under 0.1.
    static Result<std::unique_ptr<AnalyticsRunner>> create(Storage::Database &db,
                                                           const Config &config);
    ~AnalyticsRunner() override;

    /// Re-reads zones and cameras: starts analysers for cameras that got zones, stops those
    /// that lost theirs, hands every analyser its zones. Returns the cameras analysed;
    /// cameras over the limit or without a URL are named in `refused`.
    Result<int> reload(QStringList *refused = nullptr);

    int cameraCount() const { return int(m_analysers.size()); }
    const CameraAnalyser *analyser(const QString &cameraId) const;
    /// Clip exports not finished yet.
    int pendingClips() const { return m_pendingClips; }

signals:
    void candidateRaised(const Cc::Analytics::Candidate &candidate);
    /// A finding the store did not take (suppressed, duplicate, queue full …).
    void findingRefused(const QString &cameraId, const QString &code, const QString &message);
    void clipAdded(const QString &candidateId, const QString &file);

private:
    AnalyticsRunner(Storage::Database &db, const Config &config);
    void onFound(const Finding &finding);
    void exportClipFor(const Candidate &candidate);

    Storage::Database &m_db;
    AnalyticsStore m_store;
    Config m_config;
    std::map<QString, std::unique_ptr<CameraAnalyser>> m_analysers;
    QThreadPool m_clipPool;
    int m_pendingClips = 0;
};

} // namespace Cc::Analytics
