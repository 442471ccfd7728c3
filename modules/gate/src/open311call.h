// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the Open311 service's source files (docs/citygate.md).

#include <cc/core/result.h>
#include <cc/gate/open311service.h>

#include <QStringList>

namespace Cc::Gate {

/// One request matched to a route: its format, the path's parameters and the query.
struct Open311Service::Call
{
    const HttpRequest &request;
    Open311::Format format = Open311::Format::Json;
    QStringList pathParameters; ///< in the order the route's template names them
    bool english = false;       ///< ?locale=en (names in English; zh_CN otherwise)
};

namespace Open311Detail {

/// An answer in the specification's error format: [{code, description}], code = the HTTP
/// status; the description starts with our stable code in brackets ("[api.bad-key] …").
HttpResponse errorResponse(int status, const Error &error, Open311::Format format);
HttpResponse documentResponse(const Open311::ListDocument &document, Open311::Format format,
                              int status = 200);

} // namespace Open311Detail
} // namespace Cc::Gate
