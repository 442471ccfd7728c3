// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/caseimport.h>

#include "casestr.h"

#include <cc/storage/database.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Cc::Cases {

namespace {

/// A time without an offset is the city's local time (`zone`), not the machine's.
Result<QDateTime> timeOf(const QJsonObject &object, const QTimeZone &zone)
{
    const QString text = object.value("at").toString();
    if (text.isEmpty())
        return QDateTime();
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return makeError("import.bad-time",
                         Tr::tr("“at” is not an ISO-8601 time: %1").arg(text));
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), zone);
    return at.toUTC();
}

} // namespace

Result<Actor> CaseImporter::actorFor(const QJsonObject &object)
{
    const QString login = object.value("actor").toString();
    const QString roleText = object.value("role").toString();
    if (login.isEmpty() || roleText.isEmpty())
        return makeError("import.no-actor", Tr::tr("Every line needs “actor” and “role”."));
    const Core::Role role = Core::roleFromId(roleText);
    if (role == Core::Role::Invalid)
        return makeError("auth.unknown-role", Tr::tr("Unknown role “%1”.").arg(roleText));
    const QString key = login + QLatin1Char('/') + Core::roleId(role);
    if (auto it = m_actors.constFind(key); it != m_actors.cend())
        return *it;
    auto actor = m_service.actor(login, role);
    if (actor)
        m_actors.insert(key, actor.value());
    return actor;
}

ImportLine CaseImporter::applyLine(int lineNumber, const QByteArray &text)
{
    ImportLine result;
    result.line = lineNumber;
    auto refuse = [&](Error error) {
        result.error = std::move(error);
        return result;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (!doc.isObject())
        return refuse(makeError("import.bad-json",
                                Tr::tr("Not a JSON object: %1").arg(parseError.errorString())));
    const QJsonObject o = doc.object();
    auto actor = actorFor(o);
    if (!actor)
        return refuse(actor.error());
    auto at = timeOf(o, m_service.calendar().timeZone());
    if (!at)
        return refuse(at.error());

    const QString type = o.value("type").toString();
    if (type == QLatin1String("report")) {
        const QString ref = o.value("ref").toString();
        if (!ref.isEmpty() && m_refs.contains(ref))
            return refuse(makeError("import.duplicate-ref",
                                    Tr::tr("Ref “%1” was already used for another report in this input.")
                                        .arg(ref)));
        NewReport report;
        report.channel = o.value("channel").toString();
        report.categoryKey = o.value("category").toString();
        report.level = Core::levelFromId(o.value("level").toString(QStringLiteral("normal")));
        report.description = o.value("description").toString();
        report.address = o.value("address").toString();
        report.reporter = o.value("reporter").toString();
        report.componentCode = o.value("component").toString();
        report.gridCode = o.value("grid").toString();
        if (o.contains("lon") || o.contains("lat"))
            report.location = QPointF(o.value("lon").toDouble(), o.value("lat").toDouble());
        report.at = at.value();
        auto row = m_service.report(report, actor.value());
        if (!row)
            return refuse(row.error());
        if (!ref.isEmpty())
            m_refs.insert(ref, row->id);
        result.caseNumber = row->number;
        result.applied = true;
        return result;
    }
    if (type == QLatin1String("action")) {
        QString caseKey = o.value("case").toString();
        if (caseKey.isEmpty()) {
            const QString ref = o.value("ref").toString();
            caseKey = m_refs.value(ref);
            if (caseKey.isEmpty())
                return refuse(makeError("import.unknown-ref",
                                        Tr::tr("No case was reported with ref “%1” in this input.")
                                            .arg(ref)));
        }
        ActionRequest request;
        request.action = Core::actionFromId(o.value("action").toString());
        if (request.action == Core::CaseAction::Invalid)
            return refuse(makeError("workflow.unknown-action", Tr::tr("Unknown action “%1”.")
                                                                   .arg(o.value("action").toString())));
        request.note = o.value("note").toString();
        request.departmentId = o.value("department").toString();
        request.extensionHours = o.value("extensionHours").toInt();
        request.payload = o.value("payload").toObject();
        request.at = at.value();
        auto row = m_service.act(caseKey, request, actor.value());
        if (!row)
            return refuse(row.error());
        result.caseNumber = row->number;
        result.applied = true;
        return result;
    }
    return refuse(makeError("import.bad-type",
                            Tr::tr("“type” must be “report” or “action”, not “%1”.").arg(type)));
}

Result<ImportSummary> CaseImporter::run(QIODevice &input,
                                        const std::function<void(const ImportLine &)> &onLine)
{
    ImportSummary summary;
    int lineNumber = 0;
    int inBatch = 0;
    int committedThrough = 0;
    while (!input.atEnd()) {
        const QByteArray text = input.readLine().trimmed();
        ++lineNumber;
        if (text.isEmpty())
            continue;
        if (!m_service.inBatch()) {
            if (auto r = m_service.beginBatch(); !r)
                return r.error();
        }
        const ImportLine line = applyLine(lineNumber, text);
        if (!line.applied && line.error.code.startsWith(QLatin1String("database."))) {
            // Not a refusal of the line but a failing database: stop, and say exactly what
            // is in and what is not.
            m_service.rollbackBatch();
            return makeError(line.error.code,
                             Tr::tr("Import stopped at line %1: %2 Lines up to %3 are applied; "
                                    "from line %4 on nothing was applied.")
                                 .arg(lineNumber).arg(line.error.message).arg(committedThrough)
                                 .arg(committedThrough + 1));
        }
        line.applied ? ++summary.applied : ++summary.refused;
        if (onLine)
            onLine(line);
        if (++inBatch >= m_batchSize) {
            if (auto r = m_service.commitBatch(); !r)
                return r.error();
            inBatch = 0;
            committedThrough = lineNumber;
        }
    }
    if (m_service.inBatch()) {
        if (auto r = m_service.commitBatch(); !r)
            return r.error();
    }
    return summary;
}

} // namespace Cc::Cases
