// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/gate/apikeys.h>
#include <cc/gate/auditlog.h>
#include <cc/gate/fieldservice.h>
#include <cc/gate/intakeservice.h>
#include <cc/gate/open311service.h>
#include <cc/gate/ratelimiter.h>

#include <QTimer>

namespace Cc::Gate {

/// What an operator tunes on citygate's command line (docs/citygate.md, "Security").
struct GateSettings
{
    int ratePerMinute = 600; ///< per key, token or client address; 0: no limit
    LoginLockout::Limits lockout;
};

/// Everything citygate serves, behind one door (docs/citygate.md): the rate limit per key,
/// token or address (429 with Retry-After), the route to Open311, the field API or the
/// platforms' intake, and the audit log of every write. Whatever HTTP front is in front of it;
/// one instance per database connection, on that connection's thread.
class Gateway
{
public:
    /// The audit log is written in groups: at most this long after a request, or when this
    /// many entries wait, in one transaction (docs/citygate.md, "Audit log").
    static constexpr int kAuditFlushMs = 100;
    static constexpr int kAuditFlushEntries = 256;

    Gateway(Storage::Database &db, City::CityContext &city, Cases::CaseService &cases,
            GateSettings settings = {});
    ~Gateway(); ///< writes the audit entries still waiting

    /// Every route handle() answers; /openapi.json documents exactly these (tst_openapi).
    static QList<Route> routes();
    /// answer() and audit(): one request on its own.
    HttpResponse handle(const HttpRequest &request);
    /// The rate limit and the route, without the audit log: for callers whose answer is not
    /// final yet (a group that may fail to commit, GroupCommit; a write the hub may refuse).
    HttpResponse answer(const HttpRequest &request);
    /// Logs a write (any method but GET and HEAD) with the answer its caller was given.
    void audit(const HttpRequest &request, const HttpResponse &answer);
    static bool isWrite(const HttpRequest &request);
    /// Field logins ask the hub first (hub mode, docs/citygate.md).
    void setLoginAuthority(Cases::LoginAuthority authority)
    {
        m_field.setLoginAuthority(std::move(authority));
    }
    /// Writes the audit entries waiting (the timer does it on its own; tests and the end of
    /// the program call it).
    void flushAudit();
    /// An error in the format of the path's API (Open311's [{code, description}], else
    /// {code, message, field}), for answers the HTTP front gives itself (a body over the limit
    /// refused before it is read).
    static HttpResponse error(const QString &path, int status, const Error &error);

private:
    /// Whom a request is counted against: its API key, bearer token, or else its address.
    static QString clientOf(const HttpRequest &request);

    ApiKeys m_keys;
    Open311Service m_open311;
    FieldService m_field;
    IntakeService m_intake;
    RateLimiter m_limiter;
    AuditLog m_audit;
    QList<AuditEntry> m_pendingAudit;
    QTimer m_auditTimer;
};

} // namespace Cc::Gate
