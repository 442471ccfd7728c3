// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video_quick/snapshotreport.h"

#include <cc/video/snapshot.h>

#include <QBuffer>
#include <QCoreApplication>

namespace Cc::VideoQuick {

namespace {
struct VideoQuickTr
{
    Q_DECLARE_TR_FUNCTIONS(VideoQuickTr)
};
} // namespace

Result<Cases::NewReport> snapshotReport(const Storage::CameraRow &camera, const QVideoFrame &frame,
                                        const QDateTime &takenAt, const QString &categoryKey,
                                        const QString &description)
{
    QImage image = Video::frameToImage(frame);
    if (image.isNull())
        return makeError(QStringLiteral("video.no-frame"),
                         VideoQuickTr::tr("The tile has no picture to attach yet"));
    image.setText(QStringLiteral("Camera"), camera.name);
    image.setText(QStringLiteral("CreationTime"), takenAt.toUTC().toString(Qt::ISODateWithMs));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return makeError(QStringLiteral("video.snapshot-encode"),
                         VideoQuickTr::tr("Could not encode the snapshot"));

    Cases::NewReport r;
    r.channel = QStringLiteral("video");
    r.categoryKey = categoryKey;
    r.description = description.trimmed().isEmpty()
                        ? VideoQuickTr::tr("Seen on camera %1").arg(camera.name)
                        : description.trimmed();
    r.address = camera.name;
    r.reporter = camera.name;
    r.location = camera.geom;
    r.gridCode = camera.gridCode;
    r.at = takenAt;
    const QString base = camera.componentCode.isEmpty() ? camera.id : camera.componentCode;
    r.attachments = {Cases::NewAttachment{QStringLiteral("snapshot"),
                                          QStringLiteral("%1-%2.png")
                                              .arg(base, takenAt.toUTC().toString(
                                                             QStringLiteral("yyyyMMdd-HHmmss"))),
                                          png}};
    return r;
}

} // namespace Cc::VideoQuick
