// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/auth.h>
#include <cc/gate/fieldtokens.h>
#include <cc/gate/loginlockout.h>
#include <cc/gate/open311service.h>

#include <QJsonObject>

#include <functional>

namespace Cc::Gate {

/// The photos one field request may carry (docs/citygate.md, "Field API v1"): at most this
/// many, each at most Cases::kMaxAttachmentBytes, all together at most
/// Cases::kMaxStepAttachmentBytes (what a step may carry to the hub).
constexpr int kMaxFieldPhotos = 6;
/// The largest field request body: the photos and a little room for the fields.
constexpr qsizetype kMaxFieldBodyBytes = Cases::kMaxStepAttachmentBytes + 64 * 1024;
constexpr int kMaxIdempotencyKeyChars = 128;
constexpr int kMaxFormParts = 32; ///< parts of one multipart/form-data body
constexpr int kMaxTasks = 500;    ///< the most tasks one answer lists, nearest deadline first
/// Batched positions (POST positions): at most this many fixes a request, none older than the
/// hub's offline window nor later than its clock skew allows (docs/hub.md, "Limits").
constexpr int kMaxPositionsPerBatch = 500;
constexpr int kPositionMaxAgeHours = 72;
constexpr int kPositionMaxAheadSeconds = 300;
constexpr double kMaxPositionAccuracyM = 10000;

/// Field API v1, the back end of the collectors' phone app (docs/citygate.md): login with the
/// desk's password (Cases::AuthService) for a bearer token, the collector's queue as the desk
/// computes it (Cases::queueFor), reports and 核实/核查/自行处置 through Cases::CaseService, and
/// Idempotency-Key replay. One instance per database connection, on that connection's thread.
class FieldService
{
public:
    FieldService(Storage::Database &db, City::CityContext &city, Cases::CaseService &cases,
                 LoginLockout::Limits lockout = {});

    /// Every route handle() answers; /openapi.json documents them too (tst_openapi).
    static QList<Route> routes();
    static bool serves(const QString &path) { return path.startsWith(QLatin1String("/field/")); }

    HttpResponse handle(const HttpRequest &request);
    /// Logins ask the hub first (citygate's hub mode: the copy holds no other user's hash).
    void setLoginAuthority(Cases::LoginAuthority authority)
    {
        m_auth.setAuthority(std::move(authority));
    }

private:
    struct Caller
    {
        Storage::UserRow user;
        Cases::Actor actor; ///< in the collector role, or the department role (departments)
    };

    HttpResponse dispatch(const HttpRequest &request, const QString &route, const QString &pathId);
    HttpResponse login(const HttpRequest &request);
    HttpResponse logout(const HttpRequest &request);
    HttpResponse tasks(const HttpRequest &request);
    HttpResponse report(const HttpRequest &request);
    HttpResponse action(const HttpRequest &request, const QString &caseId);
    HttpResponse positions(const HttpRequest &request);
    HttpResponse surveys(const HttpRequest &request);
    HttpResponse surveyCounts(const HttpRequest &request, const QString &taskId);
    QJsonObject taskObject(const Storage::CaseRow &row) const;
    /// The bearer's user, who must still be active and hold the collector role — or, where
    /// `departmentToo` (tasks and steps), the department role: a 专业部门 user then acts as
    /// such (the collector role first for a user holding both).
    Result<Caller> caller(const HttpRequest &request, bool departmentToo = false);
    HttpResponse departmentTasks(const Caller &me);
    /// Runs `write` once per (login, Idempotency-Key): a key seen before gets its first answer
    /// back; the answer is stored in the same transaction as the write.
    HttpResponse once(const HttpRequest &request, const Caller &caller,
                      const std::function<HttpResponse()> &write);

    Storage::Database &m_db;
    City::CityContext &m_city;
    Cases::CaseService &m_cases;
    Cases::AuthService m_auth;
    FieldTokens m_tokens;
    LoginLockout m_lockout;
    QString m_callerLogin; ///< the bearer's login once caller() accepted it (for the audit)
};

} // namespace Cc::Gate
