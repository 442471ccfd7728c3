// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the field API's files (fieldservice.cpp, fieldwrites.cpp).
#pragma once

#include <cc/gate/open311service.h>

#include <QJsonObject>

namespace Cc::Gate::FieldDetail {

/// {"code": …, "message": …, "field": …} with `status`; a 5xx names its code only.
HttpResponse errorResponse(int status, const Error &error, const QString &field = {});
/// The HTTP status an error of the case or auth services answers with.
int statusFor(const Error &error);
HttpResponse jsonResponse(int status, const QJsonObject &object);
/// The request's JSON object body ("field.bad-json" when it is not one).
Result<QJsonObject> jsonBody(const HttpRequest &request);

} // namespace Cc::Gate::FieldDetail
