// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/gate/apikeys.h>
#include <cc/gate/open311format.h>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace Cc::City {
class CityContext;
}
namespace Cc::Cases {
class CaseService;
}
namespace Cc::Storage {
struct CaseRow;
}

namespace Cc::Gate {

/// One part of a multipart/form-data body (RFC 7578): a field, or a file when it has a name.
struct FormPart
{
    QString name;
    QString fileName;       ///< empty for a plain field
    QByteArray contentType; ///< lower case, without parameters; empty when not given
    QByteArray data;
};

/// A request as the HTTP front (app/gate) received it: nothing in it is trusted.
struct HttpRequest
{
    QByteArray method; ///< "GET", "POST"
    QString path;      ///< decoded, without the query
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QByteArray authorization;  ///< the Authorization header (field API: "Bearer …")
    QByteArray idempotencyKey; ///< the Idempotency-Key header (field API)
    QByteArray apiKey;         ///< the X-Api-Key header (12345 and citizen intake)
    QString remoteAddress;     ///< the client's IP address, as the socket saw it
    QString baseUrl;           ///< "http(s)://" + the Host header: where media_url points
    /// A multipart/form-data body as the front split it (httplib splits such bodies itself);
    /// `body` is then empty. The service checks the parts as it would the body.
    std::optional<QList<FormPart>> parts;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra headers (Retry-After)
    /// For the audit log of writes (Gateway): who the request acted as, with which
    /// credential ("key:NAME", "token"), and what it wrote ("case 2026-000123").
    QString auditLogin, auditCredential, auditWhat;
};

/// One route the gate serves, as the OpenAPI document names it ("{format}" is json or xml).
struct Route
{
    QByteArray method;
    QString path; ///< "/open311/v2/services/{service_code}.{format}"
    friend bool operator==(const Route &, const Route &) = default;
};

/// Limits enforced here, whatever the HTTP front in front of it (docs/citygate.md, "Limits").
constexpr qsizetype kMaxBodyBytes = 64 * 1024;
constexpr int kMaxDescriptionChars = 4000;
constexpr int kMaxAddressChars = 500;
constexpr int kMaxNameChars = 50;
constexpr int kMaxEmailChars = 254;
constexpr int kMaxPhoneChars = 32;
constexpr int kMaxRequestsListed = 1000;
constexpr int kMaxPeriodDays = 90;

/// Open311 GeoReport v2 over the local database (docs/citygate.md): the city's category
/// dictionary as services, reports written through Cases::CaseService as channel "wechat" by
/// the user an API key acts as (role operator), requests read back without personal data.
/// One instance per database connection, on that connection's thread.
class Open311Service
{
public:
    Open311Service(City::CityContext &city, Cases::CaseService &cases, ApiKeys &keys);

    /// Every route handle() answers; /openapi.json documents exactly these (tst_openapi).
    static QList<Route> routes();
    /// The OpenAPI 3 document served at /openapi.json (modules/gate/resources/openapi.json).
    static QByteArray openApiDocument();

    HttpResponse handle(const HttpRequest &request);
    /// An error in the specification's format (JSON), for answers the HTTP front gives
    /// itself (a body over the limit refused before it is read).
    static HttpResponse error(int status, const Error &error);

private:
    struct Call; ///< one request on its way through (open311service.cpp)

    HttpResponse services(const Call &call);
    HttpResponse serviceDefinition(const Call &call);
    HttpResponse postRequest(const Call &call);
    HttpResponse listRequests(const Call &call);
    HttpResponse oneRequest(const Call &call);
    HttpResponse token(const Call &call);
    HttpResponse media(const Call &call);
    Result<QList<Storage::CaseRow>> queryRequests(const QUrlQuery &query);
    Open311::Record requestRecord(const Storage::CaseRow &row, const Call &call);
    /// The URL of the case's first photo of the report ("before"), served by media(); empty
    /// when it has none.
    QString mediaUrl(const Storage::CaseRow &row, const Call &call);
    QString departmentName(const QString &departmentId, bool english);

    City::CityContext &m_city;
    Cases::CaseService &m_cases;
    ApiKeys &m_keys;
    QHash<QString, QPair<QString, QString>> m_departmentNames; ///< id → (zh, en), read once
};

} // namespace Cc::Gate
