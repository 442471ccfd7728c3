// SPDX-License-Identifier: GPL-3.0-or-later
// Field API v1: batched positions and 专项普查 counts from a collector's phone
// (docs/citygate.md, "Field API v1").
#include <cc/gate/fieldservice.h>

#include "fieldcall.h"
#include "gatetr.h"

#include <cc/cases/campaigns.h>
#include <cc/cases/surveys.h>
#include <cc/city/citycontext.h>
#include <cc/map/collectortracks.h>

#include <QJsonArray>

namespace Cc::Gate {

using namespace FieldDetail;

namespace {

struct Fix
{
    QPointF lonLat;
    QDateTime at;
    double accuracyM = 0;
};

HttpResponse badPosition(int index, const QString &field, const QString &why)
{
    return errorResponse(400, makeError("field.bad-position", why),
                         QStringLiteral("positions[%1].%2").arg(index).arg(field));
}

/// One fix of the batch, checked: lon/lat in the country, `at` with its offset and within the
/// bounds, an accuracy in metres if any, and no other collector's login.
std::optional<HttpResponse> readFix(const QJsonValue &value, int index, const QString &login,
                                    const QDateTime &now, Fix &fix)
{
    const QJsonObject o = value.toObject();
    if (!value.isObject())
        return badPosition(index, QStringLiteral("*"), Tr::tr("Each position is an object."));
    if (o.contains(QStringLiteral("login")) && o.value(QStringLiteral("login")) != login)
        return errorResponse(403,
                             makeError("field.foreign-position",
                                       Tr::tr("A collector sends their own positions only.")),
                             QStringLiteral("positions[%1].login").arg(index));
    const QJsonValue lon = o.value(QStringLiteral("lon")), lat = o.value(QStringLiteral("lat"));
    if (!lon.isDouble() || !lat.isDouble())
        return badPosition(index, lon.isDouble() ? QStringLiteral("lat") : QStringLiteral("lon"),
                           Tr::tr("lon and lat are numbers in decimal degrees."));
    fix.lonLat = QPointF(lon.toDouble(), lat.toDouble());
    if (auto valid = Cases::checkLocation(fix.lonLat); !valid)
        return badPosition(index, QStringLiteral("lon"), valid.error().message);
    fix.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (!fix.at.isValid() || fix.at.timeSpec() == Qt::LocalTime)
        return badPosition(index, QStringLiteral("at"),
                           Tr::tr("at must be an ISO 8601 time with its offset."));
    if (fix.at < now.addSecs(-kPositionMaxAgeHours * 3600)
        || fix.at > now.addSecs(kPositionMaxAheadSeconds))
        return badPosition(index, QStringLiteral("at"),
                           Tr::tr("A position may be at most %1 hours old and %2 seconds ahead "
                                  "of the centre's clock.")
                               .arg(kPositionMaxAgeHours)
                               .arg(kPositionMaxAheadSeconds));
    const QJsonValue accuracy = o.value(QStringLiteral("accuracy_m"));
    if (!accuracy.isUndefined() && !accuracy.isNull()
        && (!accuracy.isDouble() || accuracy.toDouble() < 0
            || accuracy.toDouble() > kMaxPositionAccuracyM))
        return badPosition(index, QStringLiteral("accuracy_m"),
                           Tr::tr("accuracy_m is a number of metres from 0 to %1.")
                               .arg(kMaxPositionAccuracyM));
    fix.accuracyM = accuracy.toDouble();
    return std::nullopt;
}

} // namespace

HttpResponse FieldService::positions(const HttpRequest &request)
{
    auto me = caller(request);
    if (!me)
        return errorResponse(statusFor(me.error()), me.error());
    auto body = jsonBody(request);
    if (!body)
        return errorResponse(400, body.error());
    const QJsonValue list = body->value(QStringLiteral("positions"));
    if (!list.isArray() || list.toArray().isEmpty()
        || list.toArray().size() > kMaxPositionsPerBatch)
        return errorResponse(400,
                             makeError("field.bad-positions",
                                       Tr::tr("positions is a list of 1 to %1 fixes.")
                                           .arg(kMaxPositionsPerBatch)),
                             QStringLiteral("positions"));
    // Every fix is checked before one is stored: a batch is taken whole or not at all.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Fix> fixes;
    const QJsonArray array = list.toArray();
    for (int i = 0; i < array.size(); ++i) {
        Fix fix;
        if (auto refused = readFix(array.at(i), i, me->user.login, now, fix))
            return *refused;
        fixes.append(fix);
    }
    // The map's own writer: the same fix id everywhere, outbox rows so that tracks sync.
    Map::CollectorTracks tracks(m_db);
    for (const Fix &fix : fixes)
        tracks.add(me->user.id, fix.lonLat, fix.at, fix.accuracyM);
    auto stored = tracks.flush();
    if (!stored)
        return errorResponse(503, stored.error());
    HttpResponse answer = jsonResponse(200, {{QStringLiteral("stored"), stored.value()}});
    answer.auditWhat = QStringLiteral("%1 positions").arg(stored.value());
    return answer;
}

HttpResponse FieldService::surveys(const HttpRequest &request)
{
    auto me = caller(request);
    if (!me)
        return errorResponse(statusFor(me.error()), me.error());
    Cases::CampaignStore campaigns(m_db, m_city.categories(), m_city.calendar());
    Cases::SurveyStore store(m_db, m_city.categories(), m_city.calendar());
    auto all = campaigns.all();
    if (!all)
        return errorResponse(503, all.error());
    const QDate today = m_city.dateAt(QDateTime::currentDateTimeUtc());
    QJsonArray list;
    for (const Cases::Campaign &campaign : all.value()) {
        if (campaign.endsOn.isValid() && campaign.endsOn < today)
            continue; // over: nothing more to count
        auto items = store.items(campaign.id);
        if (!items)
            return errorResponse(503, items.error());
        if (items->isEmpty())
            continue; // not a survey
        auto tasks = store.tasks(campaign.id, me->user.login);
        if (!tasks)
            return errorResponse(503, tasks.error());
        for (const Cases::SurveyTask &task : tasks.value())
            list.append(
                QJsonObject{{QStringLiteral("task_id"), task.id},
                            {QStringLiteral("campaign_id"), campaign.id},
                            {QStringLiteral("campaign"), campaign.name},
                            {QStringLiteral("grid"), task.gridCode},
                            {QStringLiteral("starts_on"), campaign.startsOn.toString(Qt::ISODate)},
                            {QStringLiteral("ends_on"), campaign.endsOn.toString(Qt::ISODate)},
                            {QStringLiteral("items"), QJsonArray::fromStringList(*items)}});
    }
    return jsonResponse(200, {{QStringLiteral("surveys"), list}});
}

HttpResponse FieldService::surveyCounts(const HttpRequest &request, const QString &taskId)
{
    auto me = caller(request);
    if (!me)
        return errorResponse(statusFor(me.error()), me.error());
    auto body = jsonBody(request);
    if (!body)
        return errorResponse(400, body.error());
    Cases::SurveySubmission submission;
    submission.taskId = taskId.left(64);
    const QDate today = m_city.dateAt(QDateTime::currentDateTimeUtc());
    const QJsonValue on = body->value(QStringLiteral("surveyed_on"));
    submission.surveyedOn = on.isUndefined() ? today
                                             : QDate::fromString(on.toString(), Qt::ISODate);
    if (!submission.surveyedOn.isValid())
        return errorResponse(400,
                             makeError("field.bad-date",
                                       Tr::tr("surveyed_on is a date (YYYY-MM-DD).")),
                             QStringLiteral("surveyed_on"));
    const QJsonValue note = body->value(QStringLiteral("note"));
    if (!note.isUndefined() && !note.isString())
        return errorResponse(400, makeError("field.bad-type", Tr::tr("note is text.")),
                             QStringLiteral("note"));
    submission.note = note.toString();
    const QJsonValue counts = body->value(QStringLiteral("counts"));
    const QJsonArray array = counts.toArray();
    if (!counts.isArray() || array.isEmpty() || array.size() > Cases::kMaxSurveyItems)
        return errorResponse(400,
                             makeError("field.bad-counts",
                                       Tr::tr("counts is a list of 1 to %1 items.")
                                           .arg(Cases::kMaxSurveyItems)),
                             QStringLiteral("counts"));
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject c = array.at(i).toObject();
        const QJsonValue item = c.value(QStringLiteral("item"));
        const QJsonValue checked = c.value(QStringLiteral("checked"));
        const QJsonValue problems = c.value(QStringLiteral("problems"));
        // Whole numbers only: 2.5 wells is a phone's bug, not a count.
        const auto whole = [](const QJsonValue &v) {
            return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
        };
        if (!item.isString() || !whole(checked) || !whole(problems))
            return errorResponse(400,
                                 makeError("field.bad-counts",
                                           Tr::tr("Each count is {item: text, checked: whole "
                                                  "number, problems: whole number}.")),
                                 QStringLiteral("counts[%1]").arg(i));
        submission.counts.append(
            {item.toString(), qint64(checked.toDouble()), qint64(problems.toDouble())});
    }
    // The store's own checks: the task must be this collector's, the items the survey's, the
    // counts within bounds, the day within the campaign and not in the future.
    Cases::SurveyStore store(m_db, m_city.categories(), m_city.calendar());
    auto stored = store.submit(submission, me->user.login, Core::Role::Collector, today);
    if (!stored) {
        const QString &code = stored.error().code;
        const int status = code == QLatin1String("survey.not-assigned") ? 403
                           : code == QLatin1String("survey.unknown-task")
                               ? 404
                               : statusFor(stored.error());
        return errorResponse(status, stored.error(),
                             code == QLatin1String("survey.out-of-period")
                                 ? QStringLiteral("surveyed_on")
                             : code.startsWith(QLatin1String("survey.unknown-task"))
                                     || code == QLatin1String("survey.not-assigned")
                                 ? QStringLiteral("task_id")
                                 : QStringLiteral("counts"));
    }
    HttpResponse answer = jsonResponse(200, {{QStringLiteral("task_id"), submission.taskId},
                                             {QStringLiteral("stored"), array.size()}});
    answer.auditWhat = QStringLiteral("survey counts of task %1").arg(submission.taskId);
    return answer;
}

} // namespace Cc::Gate
