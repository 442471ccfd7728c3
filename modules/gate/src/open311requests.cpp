// SPDX-License-Identifier: GPL-3.0-or-later
// Open311 GeoReport v2: service requests posted, listed and shown (docs/citygate.md).
#include <cc/gate/open311service.h>

#include "gatetr.h"
#include "open311call.h"

#include <cc/cases/caseservice.h>
#include <cc/city/citycontext.h>
#include <cc/core/casestatemachine.h>
#include <cc/storage/repositories.h>

#include <QRegularExpression>

namespace Cc::Gate {

using namespace Open311;
using Open311Detail::documentResponse;
using Open311Detail::errorResponse;

namespace {

/// The HTTP status an error of the services below answers with.
int statusFor(const Error &error)
{
    if (error.code.startsWith(QLatin1String("api."))
        || error.code.startsWith(QLatin1String("auth.")))
        return 403;
    if (error.code.startsWith(QLatin1String("database.")))
        return 503;
    return 400;
}

Error badField(const QString &field, const QString &why)
{
    return makeError(QStringLiteral("open311.bad-") + field, why);
}

/// The form of a POST (application/x-www-form-urlencoded, the specification's encoding).
Result<QUrlQuery> formOf(const HttpRequest &request)
{
    if (!request.contentType.trimmed().toLower().startsWith("application/x-www-form-urlencoded"))
        return makeError("open311.bad-content-type",
                         Tr::tr("Send the request as application/x-www-form-urlencoded."));
    QByteArray body = request.body;
    body.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(body));
}

/// One text field: at most once, valid UTF-8, at most `maxChars` characters.
Result<QString> fieldOf(const QUrlQuery &form, const QString &name, int maxChars)
{
    const QStringList values = form.allQueryItemValues(name, QUrl::FullyDecoded);
    if (values.size() > 1)
        return badField(name, Tr::tr("The field %1 is given more than once.").arg(name));
    const QString value = values.value(0).trimmed();
    if (value.contains(QChar::ReplacementCharacter))
        return badField(name, Tr::tr("The field %1 is not valid UTF-8.").arg(name));
    for (const QChar c : value) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r')
            && c != QLatin1Char('\t'))
            return badField(name, Tr::tr("The field %1 holds control characters.").arg(name));
    }
    if (value.size() > maxChars)
        return badField(name, Tr::tr("The field %1 may have at most %2 characters.")
                                  .arg(name)
                                  .arg(maxChars));
    return value;
}

Result<double> degreesOf(const QUrlQuery &form, const QString &name)
{
    auto text = fieldOf(form, name, 32);
    if (!text)
        return text.error();
    bool ok = false;
    const double value = text->toDouble(&ok);
    if (text->isEmpty() || !ok)
        return badField(name, Tr::tr("Give lat and long in decimal degrees (WGS84/CGCS2000)."));
    return value;
}

/// The reporter's contact as the case keeps it (name / e-mail / phone), checked.
Result<QString> contactOf(const QUrlQuery &form)
{
    QStringList parts;
    auto first = fieldOf(form, QStringLiteral("first_name"), kMaxNameChars);
    auto last = fieldOf(form, QStringLiteral("last_name"), kMaxNameChars);
    auto email = fieldOf(form, QStringLiteral("email"), kMaxEmailChars);
    auto phone = fieldOf(form, QStringLiteral("phone"), kMaxPhoneChars);
    for (const auto *field : {&first, &last, &email, &phone}) {
        if (!*field)
            return field->error();
    }
    static const QRegularExpression phonePattern(QStringLiteral("^[0-9+() -]*$"));
    if (!phonePattern.match(phone.value()).hasMatch())
        return badField(QStringLiteral("phone"),
                        Tr::tr("A phone number has digits, +, -, ( ) only."));
    if (!email->isEmpty() && !email->contains(QLatin1Char('@')))
        return badField(QStringLiteral("email"), Tr::tr("The e-mail address has no @."));
    const QString name = (last.value() + first.value()).trimmed(); // 姓 then 名
    for (const QString &part : {name, email.value(), phone.value()}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(" / "));
}

bool isClosedState(const QString &stateId)
{
    const Core::CaseState state = Core::stateFromId(stateId);
    return state == Core::CaseState::Closed || state == Core::CaseState::Rejected
           || state == Core::CaseState::Cancelled;
}

QString cityTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

} // namespace

HttpResponse Open311Service::postRequest(const Call &call)
{
    auto form = formOf(call.request);
    if (!form)
        return errorResponse(400, form.error(), call.format);
    auto apiKey = fieldOf(*form, QStringLiteral("api_key"), 128);
    auto key = apiKey ? m_keys.verify(apiKey.value()) : Result<ApiKey>(apiKey.error());
    if (!key) // a failure of the database is ours (503, its code only), not the client's key
        return key.error().code.startsWith(QLatin1String("database."))
                   ? errorResponse(503, key.error(), call.format)
                   : errorResponse(403, makeError("api.bad-key", key.error().message), call.format);
    if (!key->allows(QStringLiteral("open311")))
        return errorResponse(403,
                             makeError("api.scope", Tr::tr("This api_key may not use open311.")),
                             call.format);
    // The key's user may have lost the role or been deactivated since: refused without
    // naming the user to the client.
    auto actor = m_cases.actor(key->login, Core::Role::Operator);
    if (!actor)
        return errorResponse(403,
                             makeError("api.key-user",
                                       Tr::tr("This api_key may not register reports now.")),
                             call.format);

    auto code = fieldOf(*form, QStringLiteral("service_code"), 64);
    if (code && code->isEmpty())
        code = badField(QStringLiteral("service_code"), Tr::tr("service_code is required."));
    else if (code && !m_city.categories().findByKey(code.value()))
        code = makeError("open311.unknown-service",
                         Tr::tr("There is no service “%1”.").arg(code->left(80)));
    auto lat = degreesOf(*form, QStringLiteral("lat"));
    auto lon = degreesOf(*form, QStringLiteral("long"));
    auto address = fieldOf(*form, QStringLiteral("address_string"), kMaxAddressChars);
    auto description = fieldOf(*form, QStringLiteral("description"), kMaxDescriptionChars);
    auto contact = contactOf(*form);
    for (const Error *error :
         {code ? nullptr : &code.error(), lat ? nullptr : &lat.error(),
          lon ? nullptr : &lon.error(), address ? nullptr : &address.error(),
          description ? nullptr : &description.error(), contact ? nullptr : &contact.error()}) {
        // The specification: a service_code not found is 404, one not given 400.
        if (error)
            return errorResponse(error->code == QLatin1String("open311.unknown-service")
                                     ? 404
                                     : statusFor(*error),
                                 *error, call.format);
    }
    const QPointF point(lon.value(), lat.value());
    if (auto valid = Cases::checkLocation(point); !valid)
        return errorResponse(400, valid.error(), call.format);
    // The grid comes from the point, found here (never from the client).
    auto grid = m_cases.gridAt(point);
    if (grid && !grid.value())
        grid = makeError("open311.outside-city",
                         Tr::tr("The point (%1, %2) lies outside the city's unit grids.")
                             .arg(lat.value(), 0, 'f', 6)
                             .arg(lon.value(), 0, 'f', 6));
    if (!grid)
        return errorResponse(statusFor(grid.error()), grid.error(), call.format);

    Cases::NewReport report;
    report.channel = QStringLiteral("wechat"); // citizens' channel (docs/citygate.md)
    report.categoryKey = code.value();
    report.level = Core::CaseLevel::Normal;
    report.description = description.value();
    report.address = address.value();
    report.reporter = contact.value();
    report.location = point;
    auto row = m_cases.report(report, actor.value());
    if (!row)
        return errorResponse(statusFor(row.error()), row.error(), call.format);
    const ListDocument
        document{QStringLiteral("service_requests"),
                 QStringLiteral("request"),
                 {{{QStringLiteral("service_request_id"), row->number},
                   {QStringLiteral("service_notice"),
                    Tr::tr("Received as case %1; the centre will handle it.").arg(row->number)},
                   {QStringLiteral("account_id"), QVariant()},
                   // The specification's token, answered at once (tokens/{token}): the
                   // case's id, which leaks nothing the number does not.
                   {QStringLiteral("token"), row->id}}}};
    HttpResponse answer = documentResponse(document, call.format);
    answer.auditLogin = key->login;
    answer.auditCredential = QStringLiteral("key:") + key->name;
    answer.auditWhat = QStringLiteral("case %1").arg(row->number);
    return answer;
}

HttpResponse Open311Service::listRequests(const Call &call)
{
    auto rows = queryRequests(call.request.query);
    if (!rows)
        return errorResponse(statusFor(rows.error()), rows.error(), call.format);
    ListDocument document{QStringLiteral("service_requests"), QStringLiteral("request"), {}};
    for (const Storage::CaseRow &row : rows.value())
        document.records.append(requestRecord(row, call));
    return documentResponse(document, call.format);
}

HttpResponse Open311Service::oneRequest(const Call &call)
{
    Storage::CaseRepository cases(m_city.database());
    const QString number = call.pathParameters.value(0);
    auto row = cases.findByNumber(number);
    if (row && !row.value())
        return errorResponse(404,
                             makeError("open311.unknown-request",
                                       Tr::tr("There is no request “%1”.").arg(number.left(80))),
                             call.format);
    if (!row)
        return errorResponse(statusFor(row.error()), row.error(), call.format);
    const ListDocument document{QStringLiteral("service_requests"),
                                QStringLiteral("request"),
                                {requestRecord(*row.value(), call)}};
    return documentResponse(document, call.format);
}

Open311::Record Open311Service::requestRecord(const Storage::CaseRow &row, const Call &call)
{
    const bool english = call.english;
    const QTimeZone zone = m_city.timeZone();
    const Core::Category *category = m_city.categories().findByKey(row.categoryKey);
    // Only what the specification defines, and nothing personal: no reporter, no
    // description (a hotline's text names callers), no internal notes (docs/citygate.md).
    Open311::Record
        record{{QStringLiteral("service_request_id"), row.number},
               {QStringLiteral("status"),
                isClosedState(row.state) ? QStringLiteral("closed") : QStringLiteral("open")},
               {QStringLiteral("status_notes"), Core::stateName(Core::stateFromId(row.state))},
               {QStringLiteral("service_name"),
                category ? (english ? category->nameEn : category->nameZh) : QString()},
               {QStringLiteral("service_code"), row.categoryKey},
               {QStringLiteral("agency_responsible"), departmentName(row.departmentId, english)},
               {QStringLiteral("requested_datetime"), cityTime(row.reportedAt, zone)},
               {QStringLiteral("updated_datetime"), cityTime(row.updatedAt, zone)},
               {QStringLiteral("expected_datetime"), cityTime(row.disposalDeadline, zone)},
               {QStringLiteral("address"), row.address}};
    if (const QString media = mediaUrl(row, call); !media.isEmpty())
        record.append({QStringLiteral("media_url"), media});
    if (row.geom) {
        record.append({QStringLiteral("lat"), row.geom->y()});
        record.append({QStringLiteral("long"), row.geom->x()});
    }
    return record;
}

QString Open311Service::departmentName(const QString &departmentId, bool english)
{
    if (departmentId.isEmpty())
        return {};
    if (m_departmentNames.isEmpty()) {
        Storage::DepartmentRepository departments(m_city.database());
        if (auto all = departments.all()) {
            for (const Storage::DepartmentRow &d : all.value())
                m_departmentNames.insert(d.id, {d.nameZh, d.nameEn});
        }
    }
    const auto names = m_departmentNames.value(departmentId);
    return english && !names.second.isEmpty() ? names.second : names.first;
}

} // namespace Cc::Gate
