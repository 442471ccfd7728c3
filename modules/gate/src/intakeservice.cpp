// SPDX-License-Identifier: GPL-3.0-or-later
// The 12345 platform's 工单 and the citizens' reports (docs/citygate.md, "12345 platform",
// "Citizen reports").
#include <cc/gate/intakeservice.h>

#include <cc/gate/fieldservice.h>

#include "fieldcall.h"
#include "fieldform.h"
#include "gatetr.h"
#include "idempotency.h"

#include <cc/cases/caseservice.h>
#include <cc/city/citycontext.h>
#include <cc/core/casestatemachine.h>
#include <cc/core/category.h>

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace Cc::Gate {

using namespace FieldDetail;

struct IntakeService::Platform
{
    ApiKey key;
    Cases::Actor actor;
};

namespace {

const QString kOrders = QStringLiteral("/hotline/v1/orders");
const QString kCitizenReports = QStringLiteral("/citizen/v1/reports");
const QString kTickets = QStringLiteral("/citizen/v1/tickets");

HttpResponse refuse(const FormError &e)
{
    return errorResponse(e.status, e.error, e.field);
}

FormError badField(const QString &prefix, const QString &name, const QString &why)
{
    return {400, makeError(prefix + QStringLiteral(".bad-") + name, why), name};
}

/// An id a platform gives (its 工单 number) or we give (a ticket): 1–64 printable ASCII
/// characters, no slash (it travels in a path).
bool isExternalId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\x21-\\x2e\\x30-\\x7e]{1,64}$"));
    return pattern.match(id).hasMatch();
}

/// A ticket for a citizen: 12 characters of an alphabet without look-alikes (60 random
/// bits), so that tickets cannot be guessed from one another as case numbers can.
QString newTicket()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString ticket = QStringLiteral("WX");
    for (int i = 0; i < 12; ++i)
        ticket += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    return ticket;
}

/// The callback URL of a 工单: http or https with a host, at most kMaxCallbackUrlChars.
std::optional<FormError> checkCallback(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QUrl url(text, QUrl::StrictMode);
    if (text.size() > kMaxCallbackUrlChars || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return badField(QStringLiteral("hotline"), QStringLiteral("callback_url"),
                        Tr::tr("callback_url must be an http or https URL of at most %1 "
                               "characters.")
                            .arg(kMaxCallbackUrlChars));
    return std::nullopt;
}

/// The report common to both platforms: category, point, description, address, contact.
std::optional<FormError> readReport(const QString &prefix, const QHash<QString, QString> &f,
                                    const City::CityContext &city, Cases::CaseService &cases,
                                    Cases::NewReport &report)
{
    report.categoryKey = f.value(QStringLiteral("category")).trimmed();
    if (report.categoryKey.isEmpty() || !city.categories().findByKey(report.categoryKey))
        return badField(prefix, QStringLiteral("category"),
                        Tr::tr("category must be a key of the category dictionary "
                               "(/open311/v2/services.json), e.g. event:0102."));
    bool lonOk = false, latOk = false;
    const double lon = f.value(QStringLiteral("lon")).toDouble(&lonOk);
    const double lat = f.value(QStringLiteral("lat")).toDouble(&latOk);
    if (!lonOk || !latOk)
        return badField(prefix, lonOk ? QStringLiteral("lat") : QStringLiteral("lon"),
                        Tr::tr("Give the point as lon and lat in decimal degrees."));
    report.location = QPointF(lon, lat);
    if (auto outside = checkInCity(cases, prefix, *report.location))
        return outside;
    report.description = f.value(QStringLiteral("description")).trimmed();
    report.address = f.value(QStringLiteral("address")).trimmed();
    if (report.description.isEmpty())
        return badField(prefix, QStringLiteral("description"), Tr::tr("description is required."));
    if (auto bad = checkText(prefix, QStringLiteral("description"), report.description,
                             kMaxDescriptionChars))
        return bad;
    return checkText(prefix, QStringLiteral("address"), report.address, kMaxAddressChars);
}

/// The contact as the case keeps it ("name / phone"); the phone is required when `needPhone`.
std::optional<FormError> readContact(const QString &prefix, const QHash<QString, QString> &f,
                                     const QString &nameField, const QString &phoneField,
                                     bool needPhone, QString &contact)
{
    const QString name = f.value(nameField).trimmed();
    const QString phone = f.value(phoneField).trimmed();
    if (auto bad = checkText(prefix, nameField, name, kMaxNameChars))
        return bad;
    static const QRegularExpression phonePattern(QStringLiteral("^[0-9+() -]{0,32}$"));
    if (!phonePattern.match(phone).hasMatch() || (needPhone && phone.isEmpty()))
        return badField(prefix, phoneField,
                        Tr::tr("%1 must be a phone number (digits, +, -, ( ), at most 32).")
                            .arg(phoneField));
    QStringList parts;
    for (const QString &part : {name, phone}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    contact = parts.join(QStringLiteral(" / "));
    return std::nullopt;
}

} // namespace

IntakeService::IntakeService(City::CityContext &city, Cases::CaseService &cases, ApiKeys &keys)
    : m_city(city)
    , m_cases(cases)
    , m_keys(keys)
    , m_links(city.database())
{}

QList<Route> IntakeService::routes()
{
    return {{"POST", kOrders},
            {"GET", kOrders + QStringLiteral("/{order_id}")},
            {"POST", kCitizenReports},
            {"GET", kTickets + QStringLiteral("/{ticket}")}};
}

HttpResponse IntakeService::handle(const HttpRequest &request)
{
    const bool photos = request.path == kCitizenReports;
    qsizetype size = request.body.size();
    for (const FormPart &part : request.parts.value_or(QList<FormPart>()))
        size += part.data.size() + part.name.size() + part.fileName.size();
    if (size > (photos ? kMaxFieldBodyBytes : kMaxBodyBytes))
        return errorResponse(413, makeError("request.too-large",
                                            Tr::tr("The request body is too large.")));
    const QString order = request.path.startsWith(kOrders + QLatin1Char('/'))
                              ? request.path.mid(kOrders.size() + 1)
                              : QString();
    const QString ticket = request.path.startsWith(kTickets + QLatin1Char('/'))
                               ? request.path.mid(kTickets.size() + 1)
                               : QString();
    const bool known = request.path == kOrders || request.path == kCitizenReports
                       || !order.isEmpty() || !ticket.isEmpty();
    if (!known)
        return errorResponse(404, makeError("route.unknown", Tr::tr("There is no such path.")));
    const bool post = request.path == kOrders || request.path == kCitizenReports;
    if (request.method != (post ? "POST" : "GET"))
        return errorResponse(405,
                             makeError("route.method",
                                       Tr::tr("This path does not take %1.")
                                           .arg(QString::fromLatin1(request.method.left(16)))));
    // The platform is the key's name; its user must still hold the operator role.
    auto key = m_keys.verify(QString::fromLatin1(request.apiKey));
    if (!key)
        return errorResponse(key.error().code.startsWith(QLatin1String("database.")) ? 503 : 403,
                             key.error(), QStringLiteral("X-Api-Key"));
    auto actor = m_cases.actor(key->login, Core::Role::Operator);
    if (!actor)
        return errorResponse(403,
                             makeError("api.key-user",
                                       Tr::tr("This key may not register reports now.")),
                             QStringLiteral("X-Api-Key"));
    // A key limited to some parts of citygate (cityctl api key add --scope) uses those only.
    const QString scope = request.path.startsWith(QLatin1String("/hotline/"))
                              ? QStringLiteral("hotline")
                              : QStringLiteral("citizen");
    if (!key->allows(scope))
        return errorResponse(403,
                             makeError("api.scope", Tr::tr("This key may not use %1.").arg(scope)),
                             QStringLiteral("X-Api-Key"));
    const Platform platform{key.value(), actor.value()};
    HttpResponse answer = request.path == kOrders           ? postOrder(request, platform)
                          : request.path == kCitizenReports ? postCitizenReport(request, platform)
                          : !order.isEmpty()                ? getOrder(platform, order)
                                                            : getTicket(platform, ticket);
    answer.auditLogin = key->login;
    answer.auditCredential = QStringLiteral("key:") + key->name;
    return answer;
}

HttpResponse IntakeService::postOrder(const HttpRequest &request, const Platform &platform)
{
    if (!request.contentType.toLower().startsWith("application/json"))
        return errorResponse(415,
                             makeError("hotline.bad-content-type",
                                       Tr::tr("Send the 工单 as application/json.")),
                             QStringLiteral("Content-Type"));
    FieldForm form;
    if (auto refused = readForm(request, form))
        return refuse(*refused);
    const auto &f = form.fields;
    const QString orderId = f.value(QStringLiteral("order_id"));
    if (!isExternalId(orderId))
        return refuse(badField(QStringLiteral("hotline"), QStringLiteral("order_id"),
                               Tr::tr("order_id must be 1 to %1 printable ASCII characters "
                                      "without a slash.")
                                   .arg(kMaxExternalIdChars)));
    // The same id again is the same 工单: answered with the case it made, nothing written.
    auto existing = m_links.find(platform.key.name, orderId);
    if (!existing)
        return errorResponse(503, existing.error());
    if (existing.value()) {
        auto status = publicStatus((*existing)->caseId);
        if (!status)
            return errorResponse(503, status.error());
        status->insert(QStringLiteral("order_id"), orderId);
        status->insert(QStringLiteral("duplicate"), true);
        HttpResponse answer = jsonResponse(200, status.value());
        answer.auditWhat = QStringLiteral("order %1 again: case %2")
                               .arg(orderId, (*existing)->caseNumber);
        return answer;
    }
    Cases::NewReport report;
    report.channel = QStringLiteral("hotline-12345");
    if (auto bad = readReport(QStringLiteral("hotline"), f, m_city, m_cases, report))
        return refuse(*bad);
    const QString level = f.value(QStringLiteral("level"), QStringLiteral("normal"));
    if (level != QLatin1String("normal") && level != QLatin1String("urgent"))
        return refuse(badField(QStringLiteral("hotline"), QStringLiteral("level"),
                               Tr::tr("level must be normal or urgent.")));
    report.level = level == QLatin1String("urgent") ? Core::CaseLevel::Urgent
                                                    : Core::CaseLevel::Normal;
    if (auto bad = readContact(QStringLiteral("hotline"), f, QStringLiteral("caller_name"),
                               QStringLiteral("caller_phone"), false, report.reporter))
        return refuse(*bad);
    const QString callback = f.value(QStringLiteral("callback_url")).trimmed();
    if (auto bad = checkCallback(callback))
        return refuse(*bad);
    QDateTime at;
    if (f.contains(QStringLiteral("received_at"))) {
        FieldForm timeForm{{{QStringLiteral("at"), f.value(QStringLiteral("received_at"))}}, {}};
        if (auto bad = clientTime(timeForm, at))
            return refuse({400, bad->error, QStringLiteral("received_at")});
    }
    report.at = at;
    auto done = registerLinked(report, platform, orderId, callback, QStringLiteral("received_at"));
    if (auto *refused = std::get_if<HttpResponse>(&done))
        return *refused;
    auto &[number, status] = std::get<Registered>(done);
    status.insert(QStringLiteral("order_id"), orderId);
    status.insert(QStringLiteral("duplicate"), false);
    HttpResponse answer = jsonResponse(201, status);
    answer.auditWhat = QStringLiteral("order %1: case %2").arg(orderId, number);
    return answer;
}

std::variant<IntakeService::Registered, HttpResponse> IntakeService::registerLinked(
    const Cases::NewReport &report, const Platform &platform, const QString &externalId,
    const QString &callbackUrl, const QString &timeField)
{
    // Inside an Idempotency-Key's batch already (citizens' reports), that batch commits.
    const bool ownBatch = !m_cases.inBatch();
    if (ownBatch) {
        if (auto begun = m_cases.beginBatch(); !begun)
            return errorResponse(503, begun.error());
    }
    auto row = m_cases.report(report, platform.actor);
    if (!row) {
        if (ownBatch)
            m_cases.rollbackBatch();
        return errorResponse(statusFor(row.error()), row.error(),
                             fieldOfServiceError(row.error(), timeField));
    }
    auto linked = m_links.link(
        {row->id, row->number, platform.key.name, externalId, callbackUrl, {}});
    auto committed = !linked    ? Result<void>(linked.error())
                     : ownBatch ? m_cases.commitBatch()
                                : Result<void>();
    if (!committed) {
        if (ownBatch)
            m_cases.rollbackBatch();
        return errorResponse(503, committed.error());
    }
    auto status = publicStatus(row->id);
    if (!status)
        return errorResponse(503, status.error());
    return Registered{row->number, status.value()};
}

HttpResponse IntakeService::getOrder(const Platform &platform, const QString &orderId)
{
    auto link = isExternalId(orderId) ? m_links.find(platform.key.name, orderId)
                                      : Result<std::optional<ExternalLink>>(std::nullopt);
    if (!link)
        return errorResponse(503, link.error());
    if (!link.value())
        return errorResponse(404,
                             makeError("hotline.unknown-order",
                                       Tr::tr("This platform has pushed no 工单 with this id.")),
                             QStringLiteral("order_id"));
    auto status = publicStatus((*link)->caseId);
    if (!status)
        return errorResponse(503, status.error());
    status->insert(QStringLiteral("order_id"), orderId);
    status->insert(QStringLiteral("callback_url"), (*link)->callbackUrl);
    return jsonResponse(200, status.value());
}

HttpResponse IntakeService::postCitizenReport(const HttpRequest &request, const Platform &platform)
{
    FieldForm form;
    if (auto refused = readForm(request, form))
        return refuse(*refused);
    Cases::NewReport report;
    report.channel = QStringLiteral("wechat");
    if (auto bad = readReport(QStringLiteral("citizen"), form.fields, m_city, m_cases, report))
        return refuse(*bad);
    if (auto bad = readContact(QStringLiteral("citizen"), form.fields,
                               QStringLiteral("contact_name"), QStringLiteral("contact_phone"),
                               true, report.reporter))
        return refuse(*bad);
    report.attachments = form.photos;
    for (Cases::NewAttachment &photo : report.attachments)
        photo.kind = QStringLiteral("before");
    // A portal that resends after a lost answer (Idempotency-Key) gets the first answer, the
    // same ticket, and no second case; the key's name is the owner of its keys.
    return runOnce(m_city.database(), m_cases, request, QStringLiteral("key:") + platform.key.name,
                   QStringLiteral("citizen"), [&]() -> HttpResponse {
                       const QString ticket = newTicket();
                       auto done = registerLinked(report, platform, ticket, {}, {});
                       if (auto *refused = std::get_if<HttpResponse>(&done))
                           return *refused;
                       auto &[number, status] = std::get<Registered>(done);
                       status.insert(QStringLiteral("ticket"), ticket);
                       HttpResponse answer = jsonResponse(201, status);
                       answer.auditWhat = QStringLiteral("citizen report: case %1").arg(number);
                       return answer;
                   });
}

HttpResponse IntakeService::getTicket(const Platform &platform, const QString &ticket)
{
    auto link = isExternalId(ticket) ? m_links.find(platform.key.name, ticket)
                                     : Result<std::optional<ExternalLink>>(std::nullopt);
    if (!link)
        return errorResponse(503, link.error());
    if (!link.value())
        return errorResponse(404,
                             makeError("citizen.unknown-ticket",
                                       Tr::tr("There is no report with this ticket.")),
                             QStringLiteral("ticket"));
    auto status = publicStatus((*link)->caseId);
    if (!status)
        return errorResponse(503, status.error());
    status->insert(QStringLiteral("ticket"), ticket);
    return jsonResponse(200, status.value());
}

Result<QJsonObject> IntakeService::publicStatus(const QString &caseId)
{
    auto row = m_cases.find(caseId);
    if (!row)
        return row.error();
    const Core::CaseState state = Core::stateFromId(row->state);
    const bool closed = state == Core::CaseState::Closed || state == Core::CaseState::Rejected
                        || state == Core::CaseState::Cancelled;
    const Core::Category *category = m_city.categories().findByKey(row->categoryKey);
    const auto iso = [&](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(m_city.timeZone()).toString(Qt::ISODate) : QString();
    };
    return QJsonObject{{QStringLiteral("number"), row->number},
                       {QStringLiteral("state"), row->state},
                       {QStringLiteral("state_name"), Core::stateName(state)},
                       {QStringLiteral("status"),
                        closed ? QStringLiteral("closed") : QStringLiteral("open")},
                       {QStringLiteral("category"), row->categoryKey},
                       {QStringLiteral("category_name"), category ? category->nameZh : QString()},
                       {QStringLiteral("reported_at"), iso(row->reportedAt)},
                       {QStringLiteral("updated_at"), iso(row->updatedAt)},
                       {QStringLiteral("closed_at"), iso(row->closedAt)}};
}

} // namespace Cc::Gate
