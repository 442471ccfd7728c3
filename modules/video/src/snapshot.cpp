// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video/snapshot.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>

namespace Cc::Video {

namespace {
struct VideoTr
{
    Q_DECLARE_TR_FUNCTIONS(VideoTr)
};

inline uchar clamp8(int v)
{
    return uchar(std::clamp(v, 0, 255));
}
} // namespace

QImage frameToImage(const QVideoFrame &source)
{
    QVideoFrame frame = source;
    const auto pf = frame.pixelFormat();
    if (!frame.isValid()
        || (pf != QVideoFrameFormat::Format_YUV420P && pf != QVideoFrameFormat::Format_NV12)
        || !frame.map(QVideoFrame::ReadOnly))
        return {};
    const int w = frame.width(), h = frame.height();
    QImage image(w, h, QImage::Format_RGB32);
    const uchar *yp = frame.bits(0);
    const int ys = frame.bytesPerLine(0);
    for (int y = 0; y < h; ++y) {
        auto *out = reinterpret_cast<QRgb *>(image.scanLine(y));
        const uchar *yr = yp + qsizetype(y) * ys;
        for (int x = 0; x < w; ++x) {
            int u, v;
            if (pf == QVideoFrameFormat::Format_YUV420P) {
                u = frame.bits(1)[qsizetype(y / 2) * frame.bytesPerLine(1) + x / 2];
                v = frame.bits(2)[qsizetype(y / 2) * frame.bytesPerLine(2) + x / 2];
            } else {
                const uchar *uv = frame.bits(1) + qsizetype(y / 2) * frame.bytesPerLine(1)
                                  + (x / 2) * 2;
                u = uv[0];
                v = uv[1];
            }
            const int c = 298 * (yr[x] - 16), d = u - 128, e = v - 128;
            out[x] = qRgb(clamp8((c + 409 * e + 128) >> 8),
                          clamp8((c - 100 * d - 208 * e + 128) >> 8),
                          clamp8((c + 516 * d + 128) >> 8));
        }
    }
    frame.unmap();
    return image;
}

Result<void> saveSnapshot(const QVideoFrame &frame, const SnapshotInfo &info, const QString &path)
{
    QImage image = frameToImage(frame);
    if (image.isNull())
        return makeError(QStringLiteral("video.no-frame"),
                         VideoTr::tr("The tile has no picture to capture yet"));
    image.setText(QStringLiteral("Camera"), info.cameraName);
    image.setText(QStringLiteral("CameraId"), info.cameraId);
    image.setText(QStringLiteral("CreationTime"), info.takenAt.toString(Qt::ISODateWithMs));
    image.setText(QStringLiteral("Location"), QStringLiteral("%1,%2")
                                                  .arg(info.lonLat.x(), 0, 'f', 6)
                                                  .arg(info.lonLat.y(), 0, 'f', 6));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return makeError(QStringLiteral("video.snapshot-write"),
                         VideoTr::tr("Could not write the snapshot to %1: %2")
                             .arg(path, file.errorString()));
    return {};
}

} // namespace Cc::Video
