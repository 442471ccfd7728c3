// SPDX-License-Identifier: GPL-3.0-or-later
#include "photocheck.h"

#include "casestr.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QMimeDatabase>
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

/// The kind of an attachment that did not say: what the step brings.
QString defaultAttachmentKind(Core::CaseAction action, const QString &channel)
{
    switch (action) {
    case Core::CaseAction::Report:
        return channel == QLatin1String("video") ? QStringLiteral("snapshot")
                                                 : QStringLiteral("before");
    case Core::CaseAction::Feedback:
    case Core::CaseAction::SelfDispose:
        return QStringLiteral("after");
    default:
        return QStringLiteral("check");
    }
}

/// The MIME type of an attachment's bytes, or why they are refused. Judged by content, not
/// by the file name; SVG is refused (it can carry script).
Result<QString> attachmentMime(const NewAttachment &a, bool stepDocument)
{
    // A step observer's document (the 督办单, docs/notify.md) is a PDF and nothing else; no
    // caller of the service may attach one.
    if (stepDocument) {
        const QString pdf = QMimeDatabase().mimeTypeForData(a.data).name();
        if (a.kind == QLatin1String("document") && pdf == QLatin1String("application/pdf"))
            return pdf;
        return makeError("attachment.unsupported-type",
                         Tr::tr("The document “%1” is not a PDF (%2).").arg(a.fileName, pdf));
    }
    if (!attachmentKinds().contains(a.kind))
        return makeError("attachment.unknown-kind",
                         Tr::tr("Unknown attachment kind “%1”; use one of: %2.")
                             .arg(a.kind, attachmentKinds().join(QStringLiteral(", "))));
    if (a.data.isEmpty())
        return makeError("attachment.empty", Tr::tr("The file “%1” is empty.").arg(a.fileName));
    if (a.data.size() > kMaxAttachmentBytes)
        return makeError("attachment.too-large",
                         Tr::tr("The file “%1” has %2 MB; an attachment may have at most %3 MB.")
                             .arg(a.fileName)
                             .arg(double(a.data.size()) / (1024 * 1024), 0, 'f', 1)
                             .arg(kMaxAttachmentBytes / (1024 * 1024)));
    const QString mime = QMimeDatabase().mimeTypeForData(a.data).name();
    const bool image = mime.startsWith(QLatin1String("image/"))
                       && !mime.contains(QLatin1String("svg"));
    const bool audio = mime.startsWith(QLatin1String("audio/")) && a.kind == QLatin1String("voice");
    if (!image && !audio)
        return makeError("attachment.unsupported-type",
                         Tr::tr("The file “%1” is not a photo (%2); attach JPEG or PNG images, "
                                "or audio as a voice note.")
                             .arg(a.fileName, mime));
    if (image) {
        if (auto whole = Internal::checkWholeImage(a.data, mime, a.fileName); !whole)
            return whole.error();
    }
    return mime;
}

} // namespace Cc::Cases::Internal
