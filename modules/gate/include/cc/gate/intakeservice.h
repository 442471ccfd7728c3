// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/gate/apikeys.h>
#include <cc/gate/caseexternal.h>
#include <cc/gate/open311service.h>

#include <QJsonObject>

#include <variant>

namespace Cc::Cases {
struct Actor;
struct NewReport;
} // namespace Cc::Cases

namespace Cc::Gate {

constexpr int kMaxExternalIdChars = 64;
constexpr int kMaxCallbackUrlChars = 2000;

/// The intake of outside platforms (docs/citygate.md, "12345 platform", "Citizen reports"):
/// 工单 pushed by the 12345 platform under its own id (idempotent: the same id again answers
/// the case it made), with a callback URL; citizens' reports with photos and a contact from
/// the WeChat portal, answered with a ticket; and the status of either by its id. Each
/// platform presents its API key (X-Api-Key); the key's name is the platform, so a platform
/// sees its own ids only. Every case is written by CaseService::report as the key's user in
/// the operator role, as the desk would. One instance per connection, on its thread.
class IntakeService
{
public:
    IntakeService(City::CityContext &city, Cases::CaseService &cases, ApiKeys &keys);

    static QList<Route> routes();
    static bool serves(const QString &path)
    {
        return path.startsWith(QLatin1String("/hotline/"))
               || path.startsWith(QLatin1String("/citizen/"));
    }

    HttpResponse handle(const HttpRequest &request);

private:
    struct Platform; ///< the key presented and the actor it acts as (intakeservice.cpp)

    HttpResponse postOrder(const HttpRequest &request, const Platform &platform);
    HttpResponse getOrder(const Platform &platform, const QString &orderId);
    HttpResponse postCitizenReport(const HttpRequest &request, const Platform &platform);
    HttpResponse getTicket(const Platform &platform, const QString &ticket);
    /// A new case and its link to the platform's id, written in one transaction (both are
    /// there, or neither): the case's number and public status, or the answer refusing it
    /// (a refusal of the service names `timeField` where the time was the fault).
    struct Registered
    {
        QString number;
        QJsonObject status;
    };
    std::variant<Registered, HttpResponse> registerLinked(const Cases::NewReport &report,
                                                          const Platform &platform,
                                                          const QString &externalId,
                                                          const QString &callbackUrl,
                                                          const QString &timeField);
    /// The public status of a case: number, state, open/closed, category, times; nothing
    /// personal (no reporter, contact, description or address).
    Result<QJsonObject> publicStatus(const QString &caseId);

    City::CityContext &m_city;
    Cases::CaseService &m_cases;
    ApiKeys &m_keys;
    CaseExternal m_links;
};

} // namespace Cc::Gate
