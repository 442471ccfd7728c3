// SPDX-License-Identifier: GPL-3.0-or-later
#include "photocheck.h"

#include "casestr.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QtEndian>

#include <cstring>

namespace Cc::Cases::Internal {

namespace {

// Larger pictures are decoded at a reduced size: every byte of the stream is still read
// (JPEG scales in the transform), but memory stays bounded whatever the header claims.
constexpr int kDecodeSide = 2048;
constexpr qint64 kMaxPixels = 200LL * 1000 * 1000;

/// Walks the JPEG markers to the end marker (EOI); false when the file ends before it.
bool jpegComplete(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    if (n < 4 || p[0] != 0xFF || p[1] != 0xD8)
        return false;
    qsizetype i = 2;
    while (i + 1 < n) {
        if (p[i] != 0xFF)
            return false; // a segment must start with a marker
        const uchar marker = p[i + 1];
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (marker == 0xD9)
            return true;                                            // EOI
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length
            i += 2;
            continue;
        }
        if (i + 3 >= n)
            return false;
        const qsizetype length = (qsizetype(p[i + 2]) << 8) | p[i + 3];
        if (length < 2 || i + 2 + length > n)
            return false;
        i += 2 + length;
        if (marker == 0xDA) {
            // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor
            // a restart marker.
            while (
                i + 1 < n
                && !(p[i] == 0xFF && p[i + 1] != 0x00 && !(p[i + 1] >= 0xD0 && p[i + 1] <= 0xD7)))
                ++i;
            if (i + 1 >= n)
                return false;
        }
    }
    return false;
}

/// Walks the PNG chunks to IEND; false when a chunk runs past the end or IEND is missing.
bool pngComplete(const QByteArray &data)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (!data.startsWith(signature))
        return false;
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = signature.size();
    while (i + 12 <= n) {
        const quint32 length = qFromBigEndian<quint32>(p + i);
        if (length > quint32(n - i - 12))
            return false;
        if (std::memcmp(p + i + 4, "IEND", 4) == 0)
            return true;
        i += 12 + qsizetype(length);
    }
    return false;
}

Error damaged(const QString &fileName, const QString &why)
{
    return makeError("attachment.damaged-image",
                     Tr::tr("The photo “%1” is damaged or incomplete (%2); attach the whole file.")
                         .arg(fileName, why));
}

} // namespace

Result<void> checkWholeImage(const QByteArray &data, const QString &mime, const QString &fileName)
{
    if (mime == QLatin1String("image/jpeg") && !jpegComplete(data))
        return damaged(fileName, Tr::tr("the JPEG ends before its end marker"));
    if (mime == QLatin1String("image/png") && !pngComplete(data))
        return damaged(fileName, Tr::tr("the PNG ends before its last chunk"));
    QByteArray copy = data; // QBuffer needs a non-const array; implicitly shared, no copy made
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return damaged(fileName, reader.errorString());
    if (qint64(size.width()) * size.height() > kMaxPixels)
        return makeError(
            "attachment.too-large",
            Tr::tr("The photo “%1” has %2 × %3 pixels; at most %4 megapixels are accepted.")
                .arg(fileName)
                .arg(size.width())
                .arg(size.height())
                .arg(kMaxPixels / 1000000));
    if (std::max(size.width(), size.height()) > kDecodeSide)
        reader.setScaledSize(size.scaled(kDecodeSide, kDecodeSide, Qt::KeepAspectRatio));
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return damaged(fileName, reader.errorString());
    return {};
}

} // namespace Cc::Cases::Internal
