// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/repositories.h>

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Cc::Sync::Internal {

/// What one push may carry (the hub's caps, cc.limits; docs/hub.md "Limits").
struct PushLimits
{
    int entries = 500;
    qint64 bytes = 48 * 1024 * 1024; ///< of the JSON text; the hub's cap less a margin
};

/// The next push: outbox entries in order, as many as the limits allow, never cutting a group.
struct PushBatch
{
    QList<QJsonObject> entries; ///< {"seq", "entity", "rowId", "op", "payload"}
    QByteArray json;            ///< the entries as the JSON array sent to cc.push
    /// Entries left because another user took them (they go when that user syncs).
    int waitingForOtherUser = 0;
    QString waitingUser;
};

/// The next batch of `outbox` for the hub user `userId`. The first entry of another user
/// stops it (`userId` empty: a gateway's, every user's entries go). A group that alone exceeds the limits is refused ("sync.group-too-large"): it
/// stays in the outbox, nothing is sent.
Result<PushBatch> nextPushBatch(Storage::OutboxRepository &outbox, const PushLimits &limits,
                                const QString &userId);

/// Photos queued by a CityCommand that did not group them with their step yet (schema 2):
/// each run of such photos gets the group of the case action right after it (its event id),
/// as the hub requires; a run the rows end in is dropped from `rows` (it goes with its step
/// in the next batch).
void groupLegacyPhotos(QList<Storage::OutboxRow> &rows);

} // namespace Cc::Sync::Internal
