// SPDX-License-Identifier: GPL-3.0-or-later
// Clips as case evidence from the wall (docs/video.md "Clips as evidence"): the tile's marked
// stretch is cut out of the recordings without re-encoding and attached to a case by
// reference (path, SHA-256, size) through the app's case service.
#include "cc/video_quick/wallcontroller.h"

#include <cc/recording/clipexport.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace Cc::VideoQuick {

void WallController::setClipAttacher(ClipAttacher attacher)
{
    m_clipAttacher = std::move(attacher);
    emit evidenceCaseChanged();
}

void WallController::setEvidenceCase(const QString &caseNumber)
{
    if (caseNumber == m_evidenceCase)
        return;
    m_evidenceCase = caseNumber;
    emit evidenceCaseChanged();
}

QString WallController::clipDirectory() const
{
    if (!m_clipDirectory.isEmpty() || m_recordingRoot.isEmpty())
        return m_clipDirectory;
    // Beside the recordings: the bytes stay with the recorder's folder they were cut from.
    return QDir(m_recordingRoot).filePath(QStringLiteral("clips"));
}

bool WallController::attachClip(int index, const QString &caseNumber)
{
    WallTile *t = tile(index);
    TilePlayback *playback = t ? t->playback() : nullptr;
    if (!playback || !playback->active() || !t->camera()) {
        say(tr("Play a recording back on the tile first"));
        return false;
    }
    if (!m_clipAttacher) {
        say(tr("Log in to attach clips to cases"));
        return false;
    }
    if (caseNumber.trimmed().isEmpty()) {
        say(tr("Which case? Enter its number"));
        return false;
    }
    if (!playback->inUs() || !playback->outUs() || playback->outUs() <= playback->inUs()) {
        say(tr("Mark the clip's in and out points first"));
        return false;
    }
    const Recording::RecordingIndex *recordings = recordingIndex();
    const QString directory = clipDirectory();
    if (!recordings || directory.isEmpty() || !QDir().mkpath(directory)) {
        say(tr("No folder to write the clip into"));
        return false;
    }
    const QString camera = t->cameraId();
    const QString file = QDir(directory).filePath(
        QStringLiteral("%1-%2-%3.mp4")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(camera)),
                 QDateTime::fromMSecsSinceEpoch(playback->inUs() / 1000)
                     .toUTC()
                     .toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz")),
                 QString::number(QDateTime::currentMSecsSinceEpoch())));
    auto clip = Recording::exportClip(*recordings, camera, playback->inUs(), playback->outUs(),
                                      file, Cases::kMaxClipBytes);
    if (!clip) {
        say(clip.error().message);
        return false;
    }
    Cases::ClipReference ref;
    ref.cameraId = camera;
    ref.cameraName = t->cameraName();
    ref.start = QDateTime::fromMSecsSinceEpoch(clip->startUs / 1000, Qt::UTC);
    ref.end = QDateTime::fromMSecsSinceEpoch(clip->endUs / 1000, Qt::UTC);
    ref.file = QFileInfo(clip->file).absoluteFilePath();
    ref.sha256 = QString::fromLatin1(clip->sha256);
    ref.size = clip->bytes;
    auto attached = m_clipAttacher(caseNumber.trimmed(), ref);
    if (!attached) {
        QFile::remove(clip->file); // nothing refers to it
        say(attached.error().message);
        return false;
    }
    say(tr("Clip of %1 s attached to case %2")
            .arg(double(clip->endUs - clip->startUs) / 1e6, 0, 'f', 1)
            .arg(attached.value()));
    playback->clearMarks();
    emit clipAttached(attached.value(), ref.file);
    return true;
}

} // namespace Cc::VideoQuick
