// SPDX-License-Identifier: GPL-3.0-or-later
// Field API v1: reports and 核实/核查/自行处置 with photos, Idempotency-Key replay
// (docs/citygate.md, "Field API v1").
#include <cc/gate/fieldservice.h>

#include "fieldcall.h"
#include "fieldform.h"
#include "gatetr.h"
#include "idempotency.h"

#include <cc/storage/database.h>

#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>

namespace Cc::Gate {

using namespace FieldDetail;

namespace {

HttpResponse caseAnswer(int status, const Storage::CaseRow &row)
{
    return jsonResponse(status, {{QStringLiteral("id"), row.id},
                                 {QStringLiteral("number"), row.number},
                                 {QStringLiteral("state"), row.state},
                                 {QStringLiteral("version"), row.version}});
}

/// A write's form and the client's time of the step, or why they are refused.
std::optional<FormError> readWrite(const HttpRequest &request, FieldForm &form, QDateTime &at)
{
    if (auto refused = readForm(request, form))
        return refused;
    return clientTime(form, at);
}

HttpResponse formError(const FormError &e)
{
    return errorResponse(e.status, e.error, e.field);
}

} // namespace

HttpResponse FieldService::report(const HttpRequest &request)
{
    auto me = caller(request);
    if (!me)
        return errorResponse(statusFor(me.error()), me.error());
    FieldForm form;
    QDateTime at;
    if (auto refused = readWrite(request, form, at))
        return formError(*refused);
    const auto &f = form.fields;
    bool lonOk = false, latOk = false;
    const double lon = f.value(QStringLiteral("lon")).toDouble(&lonOk);
    const double lat = f.value(QStringLiteral("lat")).toDouble(&latOk);
    if (!lonOk || !latOk)
        return errorResponse(400,
                             makeError("field.bad-point", Tr::tr("Give the GNSS point as lon "
                                                                 "and lat in degrees.")),
                             lonOk ? QStringLiteral("lat") : QStringLiteral("lon"));
    if (auto outside = checkInCity(m_cases, QStringLiteral("field"), QPointF(lon, lat)))
        return formError(*outside);
    Cases::NewReport report;
    report.channel = QStringLiteral("collector");
    report.categoryKey = f.value(QStringLiteral("category"));
    report.description = f.value(QStringLiteral("description"));
    report.address = f.value(QStringLiteral("address"));
    report.reporter = me->user.displayName;
    report.location = QPointF(lon, lat);
    report.at = at;
    report.attachments = form.photos;
    for (Cases::NewAttachment &photo : report.attachments)
        photo.kind = QStringLiteral("before");
    return once(request, me.value(), [&]() -> HttpResponse {
        auto row = m_cases.report(report, me->actor);
        if (!row)
            return errorResponse(statusFor(row.error()), row.error(),
                                 fieldOfServiceError(row.error(), QStringLiteral("at")));
        return caseAnswer(201, row.value());
    });
}

HttpResponse FieldService::action(const HttpRequest &request, const QString &caseId)
{
    auto me = caller(request, true);
    if (!me)
        return errorResponse(statusFor(me.error()), me.error());
    FieldForm form;
    QDateTime at;
    if (auto refused = readWrite(request, form, at))
        return formError(*refused);
    const auto &f = form.fields;
    const bool department = me->actor.role == Core::Role::Department;
    static const QList<Core::CaseAction> collectorSteps = {Core::CaseAction::VerifyConfirm,
                                                           Core::CaseAction::VerifyReject,
                                                           Core::CaseAction::CheckPass,
                                                           Core::CaseAction::CheckFail,
                                                           Core::CaseAction::SelfDispose};
    static const QList<Core::CaseAction> departmentSteps = {Core::CaseAction::DeptAccept,
                                                            Core::CaseAction::Feedback,
                                                            Core::CaseAction::RequestReturn,
                                                            Core::CaseAction::RequestPostpone,
                                                            Core::CaseAction::RequestHang};
    const Core::CaseAction step = Core::actionFromId(f.value(QStringLiteral("action")));
    if (!(department ? departmentSteps : collectorSteps).contains(step))
        return errorResponse(400,
                             makeError("field.bad-action",
                                       department
                                           ? Tr::tr(
                                               "“action” must be dept-accept, feedback, "
                                               "request-return, request-postpone or request-hang.")
                                           : Tr::tr(
                                               "“action” must be verify-confirm, verify-reject, "
                                               "check-pass, check-fail or self-dispose.")),
                             QStringLiteral("action"));
    bool versionOk = false;
    const int version = f.value(QStringLiteral("version")).toInt(&versionOk);
    if (!versionOk)
        return errorResponse(400,
                             makeError("field.bad-version",
                                       Tr::tr("Give the case's version as the task listed it.")),
                             QStringLiteral("version"));
    bool hoursOk = false;
    const int hours = f.value(QStringLiteral("hours")).toInt(&hoursOk);
    if (step == Core::CaseAction::RequestPostpone && (!hoursOk || hours < 1))
        return errorResponse(400,
                             makeError("field.bad-hours",
                                       Tr::tr("Give the working hours asked for as a whole "
                                              "number.")),
                             QStringLiteral("hours"));
    return once(request, me.value(), [&]() -> HttpResponse {
        auto row = m_cases.find(caseId);
        if (!row)
            return errorResponse(statusFor(row.error()), row.error());
        // A collector acts in their own responsibility grid only (the queue they are shown),
        // a department on the cases it holds.
        const bool mine = department
                              ? !me->user.departmentId.isEmpty()
                                    && row->departmentId == me->user.departmentId
                              : !me->user.responsibilityCode.isEmpty()
                                    && row->responsibilityCode == me->user.responsibilityCode;
        if (!mine)
            return errorResponse(403,
                                 makeError("field.not-your-task",
                                           department
                                               ? Tr::tr("This case is not with your department.")
                                               : Tr::tr("This case is not in your grid.")),
                                 QStringLiteral("case_id"));
        if (row->version != version)
            return jsonResponse(409, {{QStringLiteral("code"), QStringLiteral("field.conflict")},
                                      {QStringLiteral("message"),
                                       Tr::tr("The case has changed since; reload the task.")},
                                      {QStringLiteral("field"), QStringLiteral("version")},
                                      {QStringLiteral("version"), row->version},
                                      {QStringLiteral("state"), row->state}});
        Cases::ActionRequest taken{};
        taken.action = step;
        taken.note = f.value(QStringLiteral("note"));
        taken.extensionHours = step == Core::CaseAction::RequestPostpone ? hours : 0;
        taken.at = at;
        taken.attachments = form.photos;
        if (auto acted = m_cases.act(row.value(), taken, me->actor); !acted)
            return errorResponse(statusFor(acted.error()), acted.error(),
                                 fieldOfServiceError(acted.error(), QStringLiteral("at")));
        return caseAnswer(200, row.value());
    });
}

HttpResponse FieldService::once(const HttpRequest &request, const Caller &caller,
                                const std::function<HttpResponse()> &write)
{
    return runOnce(m_db, m_cases, request, caller.user.login, QStringLiteral("field"), write);
}

} // namespace Cc::Gate
