// SPDX-License-Identifier: GPL-3.0-or-later
// citygate's one door: rate limits, routing and the audit log (docs/citygate.md).
#include <cc/gate/gateway.h>

#include "fieldcall.h"
#include "gatetr.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cc::Gate {

Gateway::Gateway(Storage::Database &db, City::CityContext &city, Cases::CaseService &cases,
                 GateSettings settings)
    : m_keys(db)
    , m_open311(city, cases, m_keys)
    , m_field(db, city, cases, settings.lockout)
    , m_intake(city, cases, m_keys)
    , m_limiter(settings.ratePerMinute)
    , m_audit(db)
{
    m_auditTimer.setSingleShot(true);
    m_auditTimer.setInterval(kAuditFlushMs);
    m_auditTimer.callOnTimeout([this] { flushAudit(); });
}

Gateway::~Gateway()
{
    flushAudit();
}

void Gateway::flushAudit()
{
    m_auditTimer.stop();
    const QList<AuditEntry> entries = std::exchange(m_pendingAudit, {});
    // The writes are committed already; a log that cannot be written is said on stderr
    // rather than turned into an error for clients whose cases exist.
    if (auto logged = m_audit.append(entries); !logged)
        qWarning("citygate: %lld audit entries cannot be written: %s",
                 static_cast<long long>(entries.size()), qUtf8Printable(logged.error().code));
}

QList<Route> Gateway::routes()
{
    return Open311Service::routes() + FieldService::routes() + IntakeService::routes();
}

namespace {

/// The stable error code of a refused answer, for the audit log: {"code": …} of the field
/// API and the intake, or "[code] …" of Open311's [{code, description}].
QString errorCodeOf(const HttpResponse &answer)
{
    if (answer.status < 400)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(answer.body);
    if (document.isObject())
        return document.object().value(QStringLiteral("code")).toString();
    const QString description
        = document.array().at(0).toObject().value(QStringLiteral("description")).toString();
    return description.section(QLatin1Char(']'), 0, 0).mid(1);
}

} // namespace

HttpResponse Gateway::error(const QString &path, int status, const Error &error)
{
    return path.startsWith(QLatin1String("/open311/")) ? Open311Service::error(status, error)
                                                       : FieldDetail::errorResponse(status, error);
}

QString Gateway::clientOf(const HttpRequest &request)
{
    QByteArray credential = request.apiKey;
    if (credential.isEmpty() && request.authorization.trimmed().toLower().startsWith("bearer "))
        credential = request.authorization.trimmed().mid(7).trimmed();
    if (credential.isEmpty()) // Open311 sends its key as a field of the form or the query
        credential = request.query.queryItemValue(QStringLiteral("api_key")).toLatin1();
    if (credential.isEmpty() && request.contentType.toLower().startsWith("application/x-www"))
        credential = QUrlQuery(QString::fromUtf8(request.body))
                         .queryItemValue(QStringLiteral("api_key"))
                         .toLatin1();
    if (credential.isEmpty())
        return QStringLiteral("ip:") + request.remoteAddress;
    return QStringLiteral("credential:")
           + QString::fromLatin1(
               QCryptographicHash::hash(credential.left(256), QCryptographicHash::Sha256).toHex());
}

HttpResponse Gateway::handle(const HttpRequest &request)
{
    HttpResponse answer = this->answer(request);
    audit(request, answer);
    return answer;
}

HttpResponse Gateway::answer(const HttpRequest &request)
{
    if (const int wait = m_limiter.take(clientOf(request)); wait > 0) {
        const Error error = makeError("request.rate-limited",
                                      Tr::tr("Too many requests: at most %1 a minute; try again "
                                             "in %2 s.")
                                          .arg(m_limiter.perMinute())
                                          .arg(wait));
        HttpResponse refused = Gateway::error(request.path, 429, error);
        refused.headers.append({"Retry-After", QByteArray::number(wait)});
        return refused;
    }
    return FieldService::serves(request.path)    ? m_field.handle(request)
           : IntakeService::serves(request.path) ? m_intake.handle(request)
                                                 : m_open311.handle(request);
}

void Gateway::audit(const HttpRequest &request, const HttpResponse &answer)
{
    if (!isWrite(request))
        return;
    m_pendingAudit.append({QDateTime::currentDateTimeUtc(), answer.auditLogin,
                           answer.auditCredential, request.remoteAddress,
                           QString::fromLatin1(request.method), request.path, answer.status,
                           answer.auditWhat.isEmpty() ? errorCodeOf(answer) : answer.auditWhat});
    // Grouped: one transaction (one disk sync) for the entries of a short while, instead
    // of one more sync per write (bench: a second sync per report cost a third of them).
    if (m_pendingAudit.size() >= kAuditFlushEntries)
        flushAudit();
    else if (!m_auditTimer.isActive())
        m_auditTimer.start();
}

bool Gateway::isWrite(const HttpRequest &request)
{
    return request.method != "GET" && request.method != "HEAD";
}

} // namespace Cc::Gate
