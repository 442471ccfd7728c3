// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a write request's fields and photos (docs/citygate.md, "Field API v1").
#include "fieldform.h"

#include "fieldcall.h"
#include "gatetr.h"
#include "multipart.h"

#include <cc/gate/fieldservice.h>

#include <QCryptographicHash>
#include <QJsonObject>

namespace Cc::Gate::FieldDetail {

namespace {

std::optional<FormError> addPhoto(FieldForm &form, const FormPart &part, qint64 &total)
{
    if (part.contentType != "image/jpeg" && part.contentType != "image/png")
        return FormError{415,
                         makeError("field.bad-photo-type", Tr::tr("Photos must be JPEG or PNG.")),
                         part.name};
    if (form.photos.size() == kMaxFieldPhotos)
        return FormError{413,
                         makeError("field.too-many-photos",
                                   Tr::tr("At most %1 photos per request.").arg(kMaxFieldPhotos)),
                         part.name};
    total += part.data.size();
    if (part.data.size() > Cases::kMaxAttachmentBytes || total > Cases::kMaxStepAttachmentBytes)
        return FormError{413,
                         makeError("field.photo-too-large",
                                   Tr::tr("A photo may have at most %1 MB, all photos together "
                                          "%2 MB.")
                                       .arg(Cases::kMaxAttachmentBytes / (1024 * 1024))
                                       .arg(Cases::kMaxStepAttachmentBytes / (1024 * 1024))),
                         part.name};
    // The name only, never a folder: the client's file name is not trusted.
    QString name = part.fileName.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    if (name == QLatin1String("..") || name == QLatin1String("."))
        name.clear();
    form.photos.append({QString(), name.left(120), part.data});
    return std::nullopt;
}

std::optional<FormError> readJson(const HttpRequest &request, FieldForm &form)
{
    auto json = jsonBody(request);
    if (!json)
        return FormError{400, json.error(), {}};
    for (auto it = json->begin(); it != json->end(); ++it) {
        if (it.value().isDouble())
            form.fields.insert(it.key(), QString::number(it.value().toDouble(), 'g', 17));
        else if (it.value().isString())
            form.fields.insert(it.key(), it.value().toString());
        else if (!it.value().isNull())
            return FormError{400,
                             makeError("field.bad-type",
                                       Tr::tr("The field %1 must be a string or a number.")
                                           .arg(it.key().left(40))),
                             it.key().left(40)};
    }
    return std::nullopt;
}

} // namespace

std::optional<FormError> readForm(const HttpRequest &request, FieldForm &form)
{
    if (!request.contentType.toLower().startsWith("multipart/"))
        return readJson(request, form);
    auto parts = request.parts ? Result<QList<FormPart>>(*request.parts)
                               : parseMultipart(request.contentType, request.body);
    if (!parts)
        return FormError{400, parts.error(), {}};
    if (parts->size() > kMaxFormParts)
        return FormError{400,
                         makeError("field.bad-multipart",
                                   Tr::tr("At most %1 parts per request.").arg(kMaxFormParts)),
                         {}};
    qint64 total = 0;
    for (const FormPart &part : parts.value()) {
        if (part.name == QLatin1String("photo")) {
            if (auto refused = addPhoto(form, part, total))
                return *refused;
            continue;
        }
        if (form.fields.contains(part.name))
            return FormError{400, makeError("field.repeated", Tr::tr("A field is given twice.")),
                             part.name};
        const QString text = QString::fromUtf8(part.data);
        if (text.contains(QChar::ReplacementCharacter))
            return FormError{400,
                             makeError("field.bad-utf8", Tr::tr("The field %1 is not valid UTF-8.")
                                                             .arg(part.name.left(40))),
                             part.name.left(40)};
        form.fields.insert(part.name, text);
    }
    return std::nullopt;
}

std::optional<FormError> clientTime(const FieldForm &form, QDateTime &at)
{
    const QString text = form.fields.value(QStringLiteral("at"));
    if (text.isEmpty())
        return std::nullopt;
    at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return FormError{400,
                         makeError("field.bad-at", Tr::tr("“at” must be an ISO 8601 time with "
                                                          "its offset.")),
                         QStringLiteral("at")};
    return std::nullopt;
}

QString requestDigest(const HttpRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.body);
    for (const FormPart &part : request.parts.value_or(QList<FormPart>())) {
        // Lengths first, so that no two different requests hash alike by shifting bytes.
        for (const QByteArray &piece :
             {part.name.toUtf8(), part.fileName.toUtf8(), part.contentType, part.data}) {
            hash.addData(QByteArray::number(piece.size()) + ':');
            hash.addData(piece);
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<FormError> checkText(const QString &prefix, const QString &name, const QString &value,
                                   int maxChars)
{
    const auto refuse = [&](const QString &why) {
        return FormError{400, makeError(prefix + QStringLiteral(".bad-") + name, why), name};
    };
    if (value.contains(QChar::ReplacementCharacter))
        return refuse(Tr::tr("The field %1 is not valid UTF-8.").arg(name));
    for (const QChar c : value) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r')
            && c != QLatin1Char('\t'))
            return refuse(Tr::tr("The field %1 holds control characters.").arg(name));
    }
    if (value.size() > maxChars)
        return refuse(
            Tr::tr("The field %1 may have at most %2 characters.").arg(name).arg(maxChars));
    return std::nullopt;
}

std::optional<FormError> checkInCity(Cases::CaseService &cases, const QString &prefix,
                                     const QPointF &lonLat)
{
    if (auto valid = Cases::checkLocation(lonLat); !valid)
        return FormError{400, valid.error(), QStringLiteral("lon")};
    auto grid = cases.gridAt(lonLat);
    if (!grid)
        return FormError{503, grid.error(), {}};
    if (!grid.value())
        return FormError{400,
                         makeError(prefix + QStringLiteral(".outside-city"),
                                   Tr::tr("The point (%1, %2) lies outside the city's unit grids.")
                                       .arg(lonLat.x(), 0, 'f', 6)
                                       .arg(lonLat.y(), 0, 'f', 6)),
                         QStringLiteral("lon")};
    return std::nullopt;
}

QString fieldOfServiceError(const Error &error, const QString &timeField)
{
    if (error.code == QLatin1String("case.time-out-of-range"))
        return timeField;
    if (error.code.startsWith(QLatin1String("attachment.")))
        return QStringLiteral("photo");
    return {};
}

} // namespace Cc::Gate::FieldDetail
