// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushbatch.h"

#include "synctr.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Cc::Sync::Internal {

namespace {

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

bool isUngroupedPhoto(const Storage::OutboxRow &row)
{
    return row.entity == QLatin1String("attachment_content")
           && !parseObject(row.payload).contains(QStringLiteral("group"));
}

QString withGroup(const QString &payload, const QString &group)
{
    QJsonObject o = parseObject(payload);
    o.insert(QStringLiteral("group"), group);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// The fields of a case action the hub derives itself (docs/hub.md, "The hub derives, the
/// client proposes"): the outbox keeps them for this workstation (a conflict shows its own
/// row again), the push leaves them out. The hub would only parse them: a report travels in
/// less than half the bytes, an acceptance in under a third (docs/hub.md, "Limits").
constexpr const char *kDerivedActionFields[]
    = {"actorName", "after", "deadline", "inTime", "seq", "stage", "toState", "usedMinutes"};

/// A case action as it travels: what a person decided, and the report's point (the hub
/// geocodes it itself). Other entries travel as queued.
QJsonObject wirePayload(const Storage::OutboxRow &row, QJsonObject payload)
{
    if (row.entity != QLatin1String("case_event") || row.op != QLatin1String("action"))
        return payload;
    const QJsonValue point
        = payload.value(QStringLiteral("after")).toObject().value(QStringLiteral("geom"));
    for (const char *field : kDerivedActionFields)
        payload.remove(QLatin1String(field));
    if (payload.contains(QStringLiteral("payloadText")))
        payload.remove(QStringLiteral("payload"));
    if (point.isString() && payload.value(QStringLiteral("action")) == QLatin1String("report"))
        payload.insert(QStringLiteral("after"), QJsonObject{{"geom", point}});
    return payload;
}

} // namespace

void groupLegacyPhotos(QList<Storage::OutboxRow> &rows)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!isUngroupedPhoto(rows[i]))
            continue;
        qsizetype step = i;
        while (step < rows.size() && isUngroupedPhoto(rows[step]))
            ++step;
        if (step == rows.size()) {
            if (i > 0)
                rows.resize(i);
            return;
        }
        const Storage::OutboxRow &action = rows[step];
        if (action.entity != QLatin1String("case_event") || action.op != QLatin1String("action")) {
            i = step; // no step follows: the hub refuses them as orphans, which they are
            continue;
        }
        const QString group
            = parseObject(action.payload).value(QStringLiteral("group")).toString(action.rowId);
        for (qsizetype k = i; k <= step; ++k)
            rows[k].payload = withGroup(rows[k].payload, group);
        i = step;
    }
}

Result<PushBatch> nextPushBatch(Storage::OutboxRepository &outbox, const PushLimits &limits,
                                const QString &userId)
{
    // One row more than a push may carry: whether the last group goes on beyond the limit.
    auto rows = outbox.pending(limits.entries + 1);
    if (!rows)
        return rows.error();
    groupLegacyPhotos(rows.value());
    PushBatch batch;
    QByteArray body;
    QString group;
    qsizetype groupStart = 0, groupBytes = 0;
    for (const Storage::OutboxRow &row : std::as_const(rows.value())) {
        QJsonObject payload = parseObject(row.payload);
        // The event's payload as CaseService stored it (compact JSON), so the hub keeps the
        // very text every workstation has (jsonb would respace it).
        if (payload.value(QStringLiteral("payload")).isObject())
            payload.insert(QStringLiteral("payloadText"),
                           QString::fromUtf8(
                               QJsonDocument(payload.value(QStringLiteral("payload")).toObject())
                                   .toJson(QJsonDocument::Compact)));
        // Only the connected user's own actions: the hub accepts an action only from its actor.
        const QString actor = payload.value(QStringLiteral("actorId")).toString();
        if (!actor.isEmpty() && !userId.isEmpty() && actor != userId) {
            batch.waitingForOtherUser = int(rows->size() - batch.entries.size());
            batch.waitingUser = payload.value(QStringLiteral("actorName")).toString();
            break;
        }
        const QString rowGroup = payload.value(QStringLiteral("group")).toString();
        if (rowGroup.isEmpty() || rowGroup != group) {
            groupStart = batch.entries.size();
            groupBytes = body.size();
            group = rowGroup;
        }
        const QJsonObject entry{{"seq", row.seq},
                                {"entity", row.entity},
                                {"rowId", row.rowId},
                                {"op", row.op},
                                {"payload", payload}};
        QJsonObject wire = entry;
        wire.insert(QStringLiteral("payload"), wirePayload(row, payload));
        const QByteArray text = QJsonDocument(wire).toJson(QJsonDocument::Compact);
        if (batch.entries.size() + 1 > limits.entries
            || body.size() + text.size() + 3 > limits.bytes) {
            if (groupStart == 0)
                return makeError(
                    QStringLiteral("sync.group-too-large"),
                    SyncTr::tr(
                        "Outbox entry %1 belongs to a save of more than %2 entries or %3 MB, "
                        "more than the hub takes in one push; it stays queued.")
                        .arg(batch.entries.isEmpty()
                                 ? row.seq
                                 : batch.entries.first().value(QStringLiteral("seq")).toInteger())
                        .arg(limits.entries)
                        .arg(limits.bytes / (1024 * 1024)));
            batch.entries.resize(groupStart); // the group waits for the next push, whole
            body.truncate(groupBytes);
            break;
        }
        if (!body.isEmpty())
            body += ',';
        body += text;
        batch.entries.append(entry);
    }
    batch.json = '[' + body + ']';
    return batch;
}

} // namespace Cc::Sync::Internal
