// SPDX-License-Identifier: GPL-3.0-or-later
// Open311 GeoReport v2: routing, errors and the service list (docs/citygate.md).
#include <cc/gate/open311service.h>

#include "gatetr.h"
#include "open311call.h"

#include <cc/city/citycontext.h>
#include <cc/core/category.h>

#include <QFile>
#include <QRegularExpression>

namespace Cc::Gate {

using namespace Open311;

namespace Open311Detail {

HttpResponse errorResponse(int status, const Error &error, Format format)
{
    // A failure of ours (the database) is named by its code only: its message may carry
    // paths or SQL that are no client's business.
    const QString message = status >= 500
                                ? Tr::tr("The service cannot answer now; try again later.")
                                : error.message;
    const QString description = QStringLiteral("[%1] %2").arg(error.code, message);
    const ListDocument document{QStringLiteral("errors"),
                                QStringLiteral("error"),
                                {{{QStringLiteral("code"), qint64(status)},
                                  {QStringLiteral("description"), description}}}};
    return {status, mimeType(format), write(document, format)};
}

HttpResponse documentResponse(const ListDocument &document, Format format, int status)
{
    return {status, mimeType(format), write(document, format)};
}

} // namespace Open311Detail

using Open311Detail::errorResponse;

namespace {

const QString kPrefix = QStringLiteral("/open311/v2");

/// The route's template as a pattern: "{format}" takes json or xml, any other parameter one
/// path segment.
QRegularExpression routePattern(const QString &path)
{
    QString pattern = QRegularExpression::escape(path);
    pattern.replace(QStringLiteral("\\{format\\}"), QStringLiteral("(json|xml)"));
    static const QRegularExpression parameter(QStringLiteral("\\\\\\{[a-z_]+\\\\\\}"));
    pattern.replace(parameter, QStringLiteral("([^/]+)"));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

} // namespace

Open311Service::Open311Service(City::CityContext &city, Cases::CaseService &cases, ApiKeys &keys)
    : m_city(city)
    , m_cases(cases)
    , m_keys(keys)
{}

QList<Route> Open311Service::routes()
{
    return {{"GET", kPrefix + QStringLiteral("/services.{format}")},
            {"GET", kPrefix + QStringLiteral("/services/{service_code}.{format}")},
            {"GET", kPrefix + QStringLiteral("/requests.{format}")},
            {"POST", kPrefix + QStringLiteral("/requests.{format}")},
            {"GET", kPrefix + QStringLiteral("/requests/{service_request_id}.{format}")},
            {"GET", kPrefix + QStringLiteral("/tokens/{token}.{format}")},
            {"GET", kPrefix + QStringLiteral("/media/{media_id}.jpg")},
            {"GET", QStringLiteral("/openapi.json")}};
}

QByteArray Open311Service::openApiDocument()
{
    QFile file(QStringLiteral(":/cc/gate/openapi.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

HttpResponse Open311Service::error(int status, const Error &error)
{
    return errorResponse(status, error, Format::Json);
}

HttpResponse Open311Service::handle(const HttpRequest &request)
{
    // The body limit holds here too, not only in the HTTP front (docs/citygate.md, "Limits").
    if (request.body.size() > kMaxBodyBytes)
        return errorResponse(413,
                             makeError("request.too-large",
                                       Tr::tr("The request body may have at most %1 KiB.")
                                           .arg(kMaxBodyBytes / 1024)),
                             Format::Json);
    static const QList<Route> all = routes();
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> compiled;
        for (const Route &route : routes())
            compiled.append(routePattern(route.path));
        return compiled;
    }();
    bool pathKnown = false;
    for (int i = 0; i < all.size(); ++i) {
        const QRegularExpressionMatch match = patterns[i].match(request.path);
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (all[i].method != request.method)
            continue;
        QStringList captured = match.capturedTexts().mid(1);
        Call call{request, Format::Json, {}, false};
        if (all[i].path.endsWith(QLatin1String(".{format}")) && !captured.isEmpty())
            call.format = captured.takeLast() == QLatin1String("xml") ? Format::Xml : Format::Json;
        call.pathParameters = captured;
        call.english = request.query.queryItemValue(QStringLiteral("locale"))
                           .startsWith(QLatin1String("en"));
        switch (i) {
        case 0:
            return services(call);
        case 1:
            return serviceDefinition(call);
        case 2:
            return listRequests(call);
        case 3:
            return postRequest(call);
        case 4:
            return oneRequest(call);
        case 5:
            return token(call);
        case 6:
            return media(call);
        default:
            return {200, "application/json; charset=utf-8", openApiDocument()};
        }
    }
    if (pathKnown)
        return errorResponse(405,
                             makeError("route.method",
                                       Tr::tr("This path does not take %1.")
                                           .arg(QString::fromLatin1(request.method.left(16)))),
                             Format::Json);
    return errorResponse(404,
                         makeError("route.unknown",
                                   Tr::tr("There is no such path; /openapi.json lists them.")),
                         Format::Json);
}

HttpResponse Open311Service::services(const Call &call)
{
    const Core::CategoryDictionary &dictionary = m_city.categories();
    ListDocument document{QStringLiteral("services"), QStringLiteral("service"), {}};
    for (const Core::Category &category : dictionary.categories()) {
        QString group;
        for (const Core::MajorCategory &major : dictionary.majors(category.kind)) {
            if (major.code == category.majorCode())
                group = call.english ? major.nameEn : major.nameZh;
        }
        document.records.append(
            {{QStringLiteral("service_code"), category.key()},
             {QStringLiteral("service_name"), call.english ? category.nameEn : category.nameZh},
             {QStringLiteral("description"), category.filingConditions.join(QStringLiteral("；"))},
             {QStringLiteral("metadata"), false},
             {QStringLiteral("type"), QStringLiteral("realtime")},
             {QStringLiteral("keywords"), category.code},
             {QStringLiteral("group"), group}});
    }
    return Open311Detail::documentResponse(document, call.format);
}

HttpResponse Open311Service::serviceDefinition(const Call &call)
{
    const QString code = call.pathParameters.value(0);
    if (!m_city.categories().findByKey(code))
        return errorResponse(404,
                             makeError("open311.unknown-service",
                                       Tr::tr("There is no service “%1”.").arg(code.left(80))),
                             call.format);
    return {200, mimeType(call.format), writeServiceDefinition(code, call.format)};
}

} // namespace Cc::Gate
