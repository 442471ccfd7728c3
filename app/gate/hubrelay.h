// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/gate/gateway.h>
#include <cc/gate/groupcommit.h>
#include <cc/sync/syncclient.h>

#include <QElapsedTimer>
#include <QTimer>

namespace Cc::GateApp {

/// citygate's hub mode (docs/citygate.md, "Hub mode"): the gateway serves a local copy of the
/// hub (a database joined like a workstation's) and every write is the hub's to take. Before
/// a write it pulls (the hub answers, and the copy knows the latest case numbers); when the
/// hub cannot be reached the write is refused with 503 and Retry-After and nothing is
/// written. After the write it pushes at once over citygate's hub login, which the hub lets
/// act for the users citygate authenticated (cc_gateway, hub schema 9): the answer leaves
/// only when the hub took it, with the hub's number, or with the hub's refusal (409). A
/// write the hub could not be told of after all (it went away in between) is acknowledged:
/// it is committed here with its outbox entry and pushed when the hub is back. Between
/// requests a timer pulls, and pushes what waits. Everything on the database's thread.
class HubRelay
{
public:
    /// Seconds a client is told to wait (Retry-After) while the hub cannot be reached; also
    /// how long citygate waits before it tries the hub again on a request's behalf.
    static constexpr int kRetryAfterS = 5;
    static constexpr int kPollMs = 1000;
    /// A write within this long of the last exchange with the hub skips the pull before it:
    /// under a burst, the rows of the writes before are pulled together by the next pull
    /// instead of one pull a write. A hub that vanished within it is noticed by the push after
    /// the write (the write is then acknowledged and queued, as always).
    static constexpr int kFreshMs = 100;

    HubRelay(Storage::Database &db, Sync::HubCredentials credentials, Gate::Gateway &gateway);

    /// Connects and checks the login is a gateway's ("gate.not-gateway" otherwise).
    Result<void> start();
    /// The requests that arrived together (docs/citygate.md, "Group commit"): their writes in
    /// one local transaction (Gate::GroupCommit) and one push, each answered with the hub's
    /// word on its own entries.
    QList<Gate::HttpResponse> handle(const QList<Gate::HttpRequest> &requests);

private:
    /// The outbox entries (seq after `from`, up to `to`) one write of a group queued.
    struct Queued
    {
        qsizetype index = 0;
        qint64 from = 0, to = 0;
    };
    Result<qint64> lastQueued();
    /// The hub's verdicts on the group's entries, each on the write that queued it.
    void pushAfter(const QList<Gate::HttpRequest> &requests, QList<Gate::HttpResponse> &answers,
                   const QList<Queued> &queued);
    Gate::HttpResponse unreachable(const Gate::HttpRequest &request) const;

    /// Pushes what waits and pulls; false while the hub cannot be reached (then waits
    /// kRetryAfterS before trying). `beforeWrite`: within kFreshMs of the last exchange,
    /// nothing (the timer's pull brings the rows of a burst together).
    bool reachHub(bool beforeWrite);
    void poll();
    void markOffline(const Error &error);

    Storage::Database &m_db;
    Sync::SyncClient m_client;
    Gate::Gateway &m_gateway;
    Gate::GroupCommit m_group;
    std::optional<Storage::Statement> m_lastQueued;
    QTimer m_poll;
    QElapsedTimer m_offlineFor;  ///< running while the hub is thought unreachable
    QElapsedTimer m_lastContact; ///< since the last pull or push that reached the hub
    bool m_offline = false;
};

} // namespace Cc::GateApp
