// SPDX-License-Identifier: GPL-3.0-or-later
// Field API v1: routing, errors, login, logout and the collector's tasks (docs/citygate.md).
#include <cc/gate/fieldservice.h>

#include "fieldcall.h"
#include "gatetr.h"

#include <cc/cases/casequery.h>
#include <cc/city/citycontext.h>
#include <cc/core/category.h>
#include <cc/storage/repositories.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Cc::Gate {

using namespace FieldDetail;

namespace FieldDetail {

namespace {

/// What an error of the whole request names when the caller names no field: the body, or the
/// header that carries the credential.
QString wholeRequestField(const QString &code)
{
    if (code == QLatin1String("field.bad-json") || code == QLatin1String("field.bad-multipart")
        || code == QLatin1String("request.too-large")
        || code == QLatin1String("request.unreadable"))
        return QStringLiteral("body");
    if (code == QLatin1String("field.bad-token"))
        return QStringLiteral("Authorization");
    if (code == QLatin1String("api.bad-key") || code == QLatin1String("api.key-user"))
        return QStringLiteral("X-Api-Key");
    return {};
}

} // namespace

HttpResponse errorResponse(int status, const Error &error, const QString &field)
{
    QJsonObject object{{QStringLiteral("code"), error.code},
                       {QStringLiteral("message"),
                        status >= 500 ? Tr::tr("The service cannot answer now; try again later.")
                                      : error.message}};
    const QString named = field.isEmpty() ? wholeRequestField(error.code) : field;
    if (!named.isEmpty() && status < 500)
        object.insert(QStringLiteral("field"), named);
    return jsonResponse(status, object);
}

int statusFor(const Error &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("field.bad-token"))
        return 401;
    if (code.startsWith(QLatin1String("auth.")) || code == QLatin1String("workflow.out-of-scope"))
        return 403;
    if (code == QLatin1String("case.not-found"))
        return 404;
    if (code == QLatin1String("workflow.illegal-step"))
        return 409;
    if (code.startsWith(QLatin1String("database.")))
        return 503;
    return 400;
}

HttpResponse jsonResponse(int status, const QJsonObject &object)
{
    return {status, "application/json; charset=utf-8",
            QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

Result<QJsonObject> jsonBody(const HttpRequest &request)
{
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject())
        return makeError("field.bad-json", Tr::tr("The body must be a JSON object."));
    return document.object();
}

} // namespace FieldDetail

namespace {

const QString kPrefix = QStringLiteral("/field/v1");

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

FieldService::FieldService(Storage::Database &db, City::CityContext &city,
                           Cases::CaseService &cases, LoginLockout::Limits lockout)
    : m_db(db)
    , m_city(city)
    , m_cases(cases)
    , m_auth(db)
    , m_tokens(db)
    , m_lockout(db, lockout)
{}

QList<Route> FieldService::routes()
{
    return {{"POST", kPrefix + QStringLiteral("/login")},
            {"POST", kPrefix + QStringLiteral("/logout")},
            {"GET", kPrefix + QStringLiteral("/tasks")},
            {"POST", kPrefix + QStringLiteral("/reports")},
            {"POST", kPrefix + QStringLiteral("/cases/{case_id}/actions")},
            {"POST", kPrefix + QStringLiteral("/positions")},
            {"GET", kPrefix + QStringLiteral("/surveys")},
            {"POST", kPrefix + QStringLiteral("/surveys/{task_id}/counts")}};
}

HttpResponse FieldService::handle(const HttpRequest &request)
{
    // Only reports and actions carry photos; the rest keeps the small limit of every route.
    const bool withPhotos = request.path == kPrefix + QStringLiteral("/reports")
                            || request.path.endsWith(QLatin1String("/actions"));
    qsizetype size = request.body.size();
    for (const FormPart &part : request.parts.value_or(QList<FormPart>()))
        size += part.data.size() + part.name.size() + part.fileName.size();
    if (size > (withPhotos ? kMaxFieldBodyBytes : kMaxBodyBytes))
        return errorResponse(413, makeError("request.too-large",
                                            Tr::tr("The request body is too large.")));
    static const QRegularExpression actionPath(QStringLiteral("^/field/v1/cases/([^/]+)/actions$"));
    static const QRegularExpression countsPath(
        QStringLiteral("^/field/v1/surveys/([^/]+)/counts$"));
    const QRegularExpressionMatch actionMatch = actionPath.match(request.path);
    const QRegularExpressionMatch countsMatch = countsPath.match(request.path);
    QString route = request.path;
    if (actionMatch.hasMatch())
        route = kPrefix + QStringLiteral("/cases/{case_id}/actions");
    if (countsMatch.hasMatch())
        route = kPrefix + QStringLiteral("/surveys/{task_id}/counts");
    bool pathKnown = false;
    for (const Route &known : routes()) {
        if (known.path != route)
            continue;
        pathKnown = true;
        if (known.method != request.method)
            continue;
        m_callerLogin.clear();
        HttpResponse answer = dispatch(request, route,
                                       actionMatch.hasMatch() ? actionMatch.captured(1)
                                                              : countsMatch.captured(1));
        if (answer.auditLogin.isEmpty() && !m_callerLogin.isEmpty()) {
            answer.auditLogin = m_callerLogin;
            answer.auditCredential = QStringLiteral("token");
        }
        return answer;
    }
    if (pathKnown)
        return errorResponse(405,
                             makeError("route.method",
                                       Tr::tr("This path does not take %1.")
                                           .arg(QString::fromLatin1(request.method.left(16)))));
    return errorResponse(404, makeError("route.unknown", Tr::tr("There is no such path.")));
}

HttpResponse FieldService::dispatch(const HttpRequest &request, const QString &route,
                                    const QString &pathId)
{
    if (route.endsWith(QLatin1String("/login"))) {
        HttpResponse answer = login(request);
        auto body = jsonBody(request);
        answer.auditLogin = body ? body->value(QStringLiteral("login")).toString().left(64)
                                 : QString();
        answer.auditCredential = QStringLiteral("password");
        return answer;
    }
    if (route.endsWith(QLatin1String("/logout")))
        return logout(request);
    if (route.endsWith(QLatin1String("/tasks")))
        return tasks(request);
    if (route.endsWith(QLatin1String("/reports")))
        return report(request);
    if (route.endsWith(QLatin1String("/positions")))
        return positions(request);
    if (route.endsWith(QLatin1String("/surveys")))
        return surveys(request);
    if (route.endsWith(QLatin1String("/counts")))
        return surveyCounts(request, pathId);
    return action(request, pathId);
}

HttpResponse FieldService::login(const HttpRequest &request)
{
    auto body = jsonBody(request);
    if (!body)
        return errorResponse(400, body.error());
    const QString login = body->value(QStringLiteral("login")).toString();
    const QString password = body->value(QStringLiteral("password")).toString();
    if (login.isEmpty() || login.size() > 64)
        return errorResponse(400, makeError("field.bad-login", Tr::tr("Give the login.")),
                             QStringLiteral("login"));
    if (password.isEmpty() || password.size() > 256)
        return errorResponse(400, makeError("field.bad-password", Tr::tr("Give the password.")),
                             QStringLiteral("password"));
    // A locked login is refused before its password is checked, the right one too.
    auto locked = m_lockout.lockedFor(login);
    if (!locked)
        return errorResponse(503, locked.error());
    if (locked.value() > 0) {
        HttpResponse answer
            = errorResponse(423, makeError("auth.locked",
                                           Tr::tr("Too many wrong passwords: this login is locked "
                                                  "for %1 minutes.")
                                               .arg((locked.value() + 59) / 60)));
        answer.headers.append({"Retry-After", QByteArray::number(locked.value())});
        return answer;
    }
    // The desk's own check: the same argon2id hashes, the same refusals (auth.h).
    auto session = m_auth.login(login, password);
    if (!session && session.error().code == QLatin1String("auth.failed")) {
        if (auto counted = m_lockout.recordFailure(login); !counted)
            return errorResponse(503, counted.error());
    }
    if (session) {
        if (auto cleared = m_lockout.clear(login); !cleared)
            return errorResponse(503, cleared.error());
    }
    if (!session) {
        const QString &code = session.error().code;
        const int status = code == QLatin1String("auth.locked")          ? 423
                           : code.startsWith(QLatin1String("database.")) ? 503
                           : code == QLatin1String("auth.no-role")       ? 403
                                                                         : 401;
        return errorResponse(status, session.error());
    }
    const bool collector = session->has(Core::Role::Collector);
    if (!collector && !session->has(Core::Role::Department))
        return errorResponse(403, makeError("field.not-collector",
                                            Tr::tr("Only collectors (监督员) and departments' "
                                                   "users (专业部门) may use the field API.")));
    auto issued = m_tokens.issue(session->user.login);
    if (!issued)
        return errorResponse(503, issued.error());
    return jsonResponse(200, {{QStringLiteral("token"), issued->token},
                              {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                              {QStringLiteral("expires_at"), isoOrEmpty(issued->expiresAt)},
                              {QStringLiteral("login"), session->user.login},
                              {QStringLiteral("name"), session->user.displayName},
                              {QStringLiteral("role"),
                               Core::roleId(collector ? Core::Role::Collector
                                                      : Core::Role::Department)}});
}

namespace {

QString bearerOf(const HttpRequest &request)
{
    const QByteArray header = request.authorization.trimmed();
    if (!header.toLower().startsWith("bearer "))
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

} // namespace

HttpResponse FieldService::logout(const HttpRequest &request)
{
    auto revoked = m_tokens.revoke(bearerOf(request));
    if (!revoked)
        return errorResponse(statusFor(revoked.error()), revoked.error());
    return jsonResponse(200, {{QStringLiteral("logged_out"), true}});
}

Result<FieldService::Caller> FieldService::caller(const HttpRequest &request, bool departmentToo)
{
    auto login = m_tokens.verify(bearerOf(request));
    if (!login)
        return login.error();
    // Checked on every request: a user disabled or without the role since the login is
    // refused at once (CaseService::actor reads the users table).
    auto actor = m_cases.actor(login.value(), Core::Role::Collector);
    if (!actor && departmentToo) {
        auto department = m_cases.actor(login.value(), Core::Role::Department);
        if (department)
            actor = department;
    }
    if (!actor)
        return actor.error();
    auto user = Storage::UserRepository(m_db).findByLogin(login.value());
    if (!user)
        return user.error();
    if (!user->has_value())
        return makeError("auth.unknown-user", Tr::tr("The user no longer exists."));
    m_callerLogin = login.value();
    return Caller{**user, actor.value()};
}

HttpResponse FieldService::tasks(const HttpRequest &request)
{
    auto me = caller(request, true);
    if (!me)
        return errorResponse(statusFor(me.error()), me.error());
    if (me->actor.role == Core::Role::Department)
        return departmentTasks(me.value());
    QJsonArray list;
    // A collector without a responsibility grid has no tasks (queueFor with an empty grid
    // would be every grid's).
    if (!me->user.responsibilityCode.isEmpty()) {
        const Cases::CaseFilter filter = Cases::queueFor(Core::Role::Collector, {},
                                                         me->user.responsibilityCode);
        auto rows = Cases::CaseQuery(m_db).page(filter, Cases::CaseOrder::DeadlineFirst,
                                                std::nullopt, kMaxTasks);
        if (!rows)
            return errorResponse(503, rows.error());
        for (const Cases::CaseListRow &row : rows.value()) {
            auto full = m_cases.find(row.id);
            if (!full)
                return errorResponse(503, full.error());
            list.append(taskObject(full.value()));
        }
    }
    return jsonResponse(200, {{QStringLiteral("tasks"), list}});
}

HttpResponse FieldService::departmentTasks(const Caller &me)
{
    // The desk's department queue (待签收, 处置中 …) of the user's own department.
    QJsonArray list;
    if (!me.user.departmentId.isEmpty()) {
        const Cases::CaseFilter filter = Cases::queueFor(Core::Role::Department,
                                                         me.user.departmentId);
        auto rows = Cases::CaseQuery(m_db).page(filter, Cases::CaseOrder::DeadlineFirst,
                                                std::nullopt, kMaxTasks);
        if (!rows)
            return errorResponse(503, rows.error());
        for (const Cases::CaseListRow &row : rows.value()) {
            auto full = m_cases.find(row.id);
            if (!full)
                return errorResponse(503, full.error());
            list.append(taskObject(full.value()));
        }
    }
    return jsonResponse(200, {{QStringLiteral("tasks"), list}});
}

QJsonObject FieldService::taskObject(const Storage::CaseRow &row) const
{
    const Core::Category *category = m_city.categories().findByKey(row.categoryKey);
    // A collector's 核实 or 核查; a department's 签收 or 处置, or a request of theirs that
    // waits for the shift leader.
    QString kind = QStringLiteral("waiting");
    if (row.state == Core::stateId(Core::CaseState::Verifying))
        kind = QStringLiteral("verify");
    else if (row.state == Core::stateId(Core::CaseState::Checking))
        kind = QStringLiteral("check");
    else if (row.state == Core::stateId(Core::CaseState::Dispatched))
        kind = QStringLiteral("accept");
    else if (row.state == Core::stateId(Core::CaseState::Disposing))
        kind = QStringLiteral("dispose");
    QJsonObject task{{QStringLiteral("id"), row.id},
                     {QStringLiteral("number"), row.number},
                     {QStringLiteral("task"), kind},
                     {QStringLiteral("state"), row.state},
                     {QStringLiteral("version"), row.version},
                     {QStringLiteral("category"), row.categoryKey},
                     {QStringLiteral("category_name"), category ? category->nameZh : QString()},
                     {QStringLiteral("address"), row.address},
                     {QStringLiteral("description"), row.description},
                     {QStringLiteral("grid"), row.gridCode},
                     {QStringLiteral("deadline"), isoOrEmpty(row.stageDeadline)}};
    if (row.geom)
        task.insert(QStringLiteral("point"), QJsonObject{{QStringLiteral("lon"), row.geom->x()},
                                                         {QStringLiteral("lat"), row.geom->y()}});
    return task;
}

} // namespace Cc::Gate
