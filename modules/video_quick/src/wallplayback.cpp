// SPDX-License-Identifier: GPL-3.0-or-later
// The wall's playback of recordings (docs/video.md "Playback"): one tile, or every shown tile
// in step on one clock; "查看录像" from a case.
#include "cc/video_quick/wallcontroller.h"

#include <QDateTime>

#include <limits>

namespace Cc::VideoQuick {

void WallController::connectPlayback(WallTile *tile)
{
    tile->setRecordingIndexSource([this] { return recordingIndex(); });
    TilePlayback *playback = tile->playback();
    // A synced tile's seek and step act on every synced tile.
    connect(playback, &TilePlayback::syncedSeekRequested, this, [this](qint64 wallUs) {
        wallUs = firstRecordedFrom(wallUs, true);
        if (m_syncClock)
            m_syncClock->seek(wallUs);
        for (const auto &t : m_tiles)
            if (t->playback()->synced())
                t->playback()->applySeek(wallUs);
    });
    connect(playback, &TilePlayback::syncedStepRequested, this, [this] {
        for (const auto &t : m_tiles)
            if (t->playback()->synced())
                t->playback()->applyStep();
    });
}

void WallController::setRecordingRoot(const QString &root)
{
    if (root == m_recordingRoot)
        return;
    allBackToLive();
    m_recordingIndex.reset();
    m_recordingRoot = root;
    emit recordingRootChanged();
}

const Recording::RecordingIndex *WallController::recordingIndex()
{
    if (!m_recordingIndex && !m_recordingRoot.isEmpty()) {
        // Read-only: the recorder (cityrec) is the only writer.
        if (auto index = Recording::RecordingIndex::open(m_recordingRoot, true))
            m_recordingIndex = std::move(*index);
    }
    return m_recordingIndex.get();
}

bool WallController::startPlayback(int index, double wallMs)
{
    WallTile *t = tile(index);
    if (!t || !t->camera()) {
        say(tr("The tile has no camera"));
        return false;
    }
    const bool found = t->playback()->start(t->cameraId(), qint64(wallMs) * 1000);
    if (!found)
        say(t->playback()->stateText());
    return found;
}

qint64 WallController::firstRecordedFrom(qint64 wallUs, bool syncedOnly)
{
    // Tiles in step share one clock: a time in a gap of all of them starts where the first
    // of them has pictures, not with every tile frozen until the clock gets there.
    const Recording::RecordingIndex *index = recordingIndex();
    if (!index)
        return wallUs;
    qint64 first = std::numeric_limits<qint64>::max();
    for (int i : visibleTiles()) {
        WallTile *t = m_tiles[i].get();
        if (!t->camera() || (syncedOnly && !t->playback()->synced()))
            continue;
        if (const auto segment = index->segmentAtOrAfter(t->cameraId(), wallUs))
            first = std::min(first, std::max(wallUs, segment->startUs));
    }
    return first == std::numeric_limits<qint64>::max() ? wallUs : first;
}

int WallController::playbackAll(double wallMs)
{
    const qint64 wallUs = firstRecordedFrom(qint64(wallMs) * 1000, false);
    m_syncClock = std::make_shared<Recording::PlaybackClock>();
    m_syncClock->seek(wallUs);
    int found = 0, tried = 0;
    for (int i : visibleTiles()) {
        WallTile *t = m_tiles[i].get();
        if (!t->camera())
            continue;
        ++tried;
        found += t->playback()->start(t->cameraId(), wallUs, m_syncClock) ? 1 : 0;
    }
    // Runs once every tile has its first picture (each holds the clock while it loads).
    m_syncClock->setRunning(true);
    say(tr("Synchronized playback from %1: %2 of %3 camera(s) have recordings")
            .arg(QDateTime::fromMSecsSinceEpoch(wallUs / 1000)
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            .arg(found)
            .arg(tried));
    return found;
}

void WallController::allBackToLive()
{
    for (const auto &t : m_tiles)
        t->playback()->stop();
    m_syncClock.reset();
}

double WallController::minutesAgoMs(int minutes) const
{
    return double(QDateTime::currentMSecsSinceEpoch() - qint64(minutes) * 60'000);
}

int WallController::showRecordingsNear(double lon, double lat, const QDateTime &at,
                                       int minutesBefore, const QString &caseNumber)
{
    if (!caseNumber.isEmpty())
        setEvidenceCase(caseNumber);
    if (showNearest(lon, lat) == 0)
        return 0;
    return playbackAll(double(at.toMSecsSinceEpoch() - qint64(minutesBefore) * 60'000));
}

} // namespace Cc::VideoQuick
