// SPDX-License-Identifier: GPL-3.0-or-later
// Open311 GeoReport v2: tokens/{token} and the photos behind media_url (docs/citygate.md,
// "Open311 GeoReport v2").
#include <cc/gate/open311service.h>

#include "gatetr.h"
#include "open311call.h"

#include <cc/city/citycontext.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>

namespace Cc::Gate {

using namespace Open311;
using Open311Detail::documentResponse;
using Open311Detail::errorResponse;

namespace {

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

} // namespace

HttpResponse Open311Service::token(const Call &call)
{
    const QString token = call.pathParameters.value(0);
    const Error unknown = makeError("open311.unknown-token", Tr::tr("There is no such token."));
    if (!isUuid(token))
        return errorResponse(404, unknown, call.format);
    auto row = Storage::CaseRepository(m_city.database()).find(token);
    if (!row)
        return errorResponse(503, row.error(), call.format);
    if (!row.value())
        return errorResponse(404, unknown, call.format);
    const ListDocument document{QStringLiteral("service_requests"),
                                QStringLiteral("request"),
                                {{{QStringLiteral("service_request_id"), (*row)->number},
                                  {QStringLiteral("token"), token}}}};
    return documentResponse(document, call.format);
}

QString Open311Service::mediaUrl(const Storage::CaseRow &row, const Call &call)
{
    auto photos = Storage::AttachmentRepository(m_city.database()).forCase(row.id);
    if (!photos)
        return {};
    for (const Storage::AttachmentRow &photo : photos.value()) {
        if (photo.kind == QLatin1String("before") && photo.mime.startsWith(QLatin1String("image/")))
            return call.request.baseUrl + QStringLiteral("/open311/v2/media/") + photo.id
                   + QStringLiteral(".jpg");
    }
    return {};
}

HttpResponse Open311Service::media(const Call &call)
{
    // Only a report's own photos ("before"), by the attachment's id: nothing in the URL names
    // the case, the reporter or the file, and the picture is drawn anew, so that no metadata
    // of the phone that took it (EXIF: place, device, owner) leaves with it.
    const QString id = call.pathParameters.value(0);
    const Error unknown = makeError("open311.unknown-media", Tr::tr("There is no such photo."));
    if (!isUuid(id))
        return errorResponse(404, unknown, Format::Json);
    auto st = m_city.database().prepare(QStringLiteral(
        "SELECT c.data FROM attachment a JOIN attachment_content c ON c.sha256 = a.sha256 "
        "WHERE a.id = ?1 AND a.kind = 'before' AND a.mime LIKE 'image/%'"));
    if (!st)
        return errorResponse(503, st.error(), Format::Json);
    st->bindText(1, id);
    auto found = st->step();
    if (!found)
        return errorResponse(503, found.error(), Format::Json);
    if (!found.value())
        return errorResponse(404, unknown, Format::Json);
    QByteArray bytes = st->blob(0);
    QBuffer source(&bytes);
    QImageReader reader(&source);
    reader.setAutoTransform(true); // a phone's orientation tag is applied, then dropped
    const QImage read = reader.read().convertToFormat(QImage::Format_RGB32);
    if (read.isNull())
        return errorResponse(404, unknown, Format::Json);
    // Only the pixels: an image built over them carries none of the file's text (QImage
    // keeps the JPEG comment or PNG text it read, and would write it again).
    const QImage image = QImage(read.constBits(), read.width(), read.height(), read.bytesPerLine(),
                                QImage::Format_RGB32)
                             .copy();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return {200, "image/jpeg", jpeg};
}

} // namespace Cc::Gate
