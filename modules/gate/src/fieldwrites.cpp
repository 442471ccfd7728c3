// SPDX-License-Identifier: GPL-3.0-or-later
// Field API v1: reports and 核实/核查/自行处置 with photos, Idempotency-Key replay
// (docs/citygate.md, "Field API v1").
#include <cc/gate/fieldservice.h>

#include "fieldcall.h"
#include "fieldform.h"
#include "gatetr.h"

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
    auto me = caller(request);
    if (!me)
        return errorResponse(statusFor(me.error()), me.error());
    FieldForm form;
    QDateTime at;
    if (auto refused = readWrite(request, form, at))
        return formError(*refused);
    const auto &f = form.fields;
    static const QList<Core::CaseAction> allowed = {Core::CaseAction::VerifyConfirm,
                                                    Core::CaseAction::VerifyReject,
                                                    Core::CaseAction::CheckPass,
                                                    Core::CaseAction::CheckFail,
                                                    Core::CaseAction::SelfDispose};
    const Core::CaseAction step = Core::actionFromId(f.value(QStringLiteral("action")));
    if (!allowed.contains(step))
        return errorResponse(400,
                             makeError("field.bad-action",
                                       Tr::tr("“action” must be verify-confirm, verify-reject, "
                                              "check-pass, check-fail or self-dispose.")),
                             QStringLiteral("action"));
    bool versionOk = false;
    const int version = f.value(QStringLiteral("version")).toInt(&versionOk);
    if (!versionOk)
        return errorResponse(400,
                             makeError("field.bad-version",
                                       Tr::tr("Give the case's version as the task listed it.")),
                             QStringLiteral("version"));
    return once(request, me.value(), [&]() -> HttpResponse {
        auto row = m_cases.find(caseId);
        if (!row)
            return errorResponse(statusFor(row.error()), row.error());
        // A collector acts in their own responsibility grid only (the queue they are shown).
        if (me->user.responsibilityCode.isEmpty()
            || row->responsibilityCode != me->user.responsibilityCode)
            return errorResponse(403,
                                 makeError("field.not-your-task",
                                           Tr::tr("This case is not in your grid.")),
                                 QStringLiteral("case_id"));
        if (row->version != version)
            return jsonResponse(409, {{QStringLiteral("code"), QStringLiteral("field.conflict")},
                                      {QStringLiteral("message"),
                                       Tr::tr("The case has changed since; reload the task.")},
                                      {QStringLiteral("field"), QStringLiteral("version")},
                                      {QStringLiteral("version"), row->version},
                                      {QStringLiteral("state"), row->state}});
        Cases::ActionRequest step{};
        step.action = Core::actionFromId(f.value(QStringLiteral("action")));
        step.note = f.value(QStringLiteral("note"));
        step.at = at;
        step.attachments = form.photos;
        if (auto acted = m_cases.act(row.value(), step, me->actor); !acted)
            return errorResponse(statusFor(acted.error()), acted.error(),
                                 fieldOfServiceError(acted.error(), QStringLiteral("at")));
        return caseAnswer(200, row.value());
    });
}

HttpResponse FieldService::once(const HttpRequest &request, const Caller &caller,
                                const std::function<HttpResponse()> &write)
{
    const QString key = QString::fromLatin1(request.idempotencyKey);
    static const QRegularExpression printable(QStringLiteral("^[\\x21-\\x7e]{1,128}$"));
    if (request.idempotencyKey.isEmpty())
        return write();
    if (!printable.match(key).hasMatch())
        return errorResponse(400,
                             makeError("field.bad-idempotency-key",
                                       Tr::tr("The Idempotency-Key must be 1 to %1 printable "
                                              "ASCII characters.")
                                           .arg(kMaxIdempotencyKeyChars)),
                             QStringLiteral("Idempotency-Key"));
    auto seen = m_db.prepare(
        QStringLiteral("SELECT route, status, body, request_sha256 FROM field_idempotency "
                       "WHERE login = ?1 AND idem_key = ?2"));
    if (!seen)
        return errorResponse(503, seen.error());
    seen->bindText(1, caller.user.login).bindText(2, key);
    auto found = seen->step();
    if (!found)
        return errorResponse(503, found.error());
    const QString digest = requestDigest(request);
    if (found.value()) {
        // Another path, or another request under the same key (a phone's bug, or a replay
        // with a changed body): refused, never answered with the first request's answer.
        if (seen->text(0) != request.path || (!seen->isNull(3) && seen->text(3) != digest))
            return errorResponse(422,
                                 makeError("field.idempotency-reused",
                                           Tr::tr("This Idempotency-Key was used for "
                                                  "another request.")),
                                 QStringLiteral("Idempotency-Key"));
        return {int(seen->integer(1)), "application/json; charset=utf-8", seen->text(2).toUtf8()};
    }
    // The answer is kept in the write's own transaction: either both are there or neither.
    if (auto begun = m_cases.beginBatch(); !begun)
        return errorResponse(503, begun.error());
    const HttpResponse answer = write();
    if (answer.status >= 300) {
        m_cases.rollbackBatch(); // a refused request may be sent again, corrected
        return answer;
    }
    auto keep = m_db.prepare(QStringLiteral("INSERT INTO field_idempotency (login, idem_key, "
                                            "route, status, body, created_at, request_sha256) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!keep) {
        m_cases.rollbackBatch();
        return errorResponse(503, keep.error());
    }
    keep->bindText(1, caller.user.login).bindText(2, key).bindText(3, request.path);
    keep->bindInt(4, answer.status).bindText(5, QString::fromUtf8(answer.body));
    keep->bindText(6, Storage::isoUtc(QDateTime::currentDateTimeUtc())).bindText(7, digest);
    if (auto r = keep->exec(); !r) {
        m_cases.rollbackBatch();
        return errorResponse(503, r.error());
    }
    if (auto committed = m_cases.commitBatch(); !committed)
        return errorResponse(503, committed.error());
    return answer;
}

} // namespace Cc::Gate
