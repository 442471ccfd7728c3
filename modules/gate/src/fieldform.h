// SPDX-License-Identifier: GPL-3.0-or-later
// A write request's fields and photos, read alike by the field API and the citizens' intake
// (docs/citygate.md, "Field API v1" and "Citizen reports").
#pragma once

#include <cc/cases/caseservice.h>
#include <cc/gate/open311service.h>

#include <QHash>

#include <optional>

namespace Cc::Gate::FieldDetail {

/// A request's fields and photos, from multipart/form-data or (without photos) JSON.
struct FieldForm
{
    QHash<QString, QString> fields;
    QList<Cases::NewAttachment> photos;
};

/// Why a request's form is refused: the status, the error and the field it names.
struct FormError
{
    int status;
    Error error;
    QString field;
};

/// Fills `form` from a multipart/form-data body (photos as `photo` parts: JPEG or PNG, at most
/// kMaxFieldPhotos, each and all together within the case service's limits, file names
/// without folders) or a JSON object (strings and numbers only: another type is refused
/// naming the field); what is wrong with the request, if anything.
std::optional<FormError> readForm(const HttpRequest &request, FieldForm &form);
/// The client's time of the report or step ("at", ISO 8601 with offset); none: now.
std::optional<FormError> clientTime(const FieldForm &form, QDateTime &at);
/// The request's SHA-256 (body, or every part's name, file name, type and bytes): what an
/// Idempotency-Key's replay must carry again.
QString requestDigest(const HttpRequest &request);
/// A text field: valid UTF-8 (no U+FFFD), no control characters but tab and line breaks, at
/// most `maxChars` characters ("<prefix>.bad-<name>" otherwise, naming the field).
std::optional<FormError> checkText(const QString &prefix, const QString &name, const QString &value,
                                   int maxChars);

/// A report's point must lie in one of the city's unit grids ("<prefix>.outside-city",
/// naming lon): the grid comes from the point, and a case without one reaches nobody.
std::optional<FormError> checkInCity(Cases::CaseService &cases, const QString &prefix,
                                     const QPointF &lonLat);
/// The field a case service's refusal of a report or step is about, if one: its time
/// (`timeField`) or its photos.
QString fieldOfServiceError(const Error &error, const QString &timeField);

} // namespace Cc::Gate::FieldDetail
