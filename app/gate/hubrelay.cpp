// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubrelay.h"

#include "gatetr.h"

#include <algorithm>
#include <cstdio>

namespace Cc::GateApp {

HubRelay::HubRelay(Storage::Database &db, Sync::HubCredentials credentials, Gate::Gateway &gateway)
    : m_db(db)
    , m_client(db, std::move(credentials))
    , m_gateway(gateway)
    , m_group(db, gateway)
{
    m_client.setGateway(true);
    m_poll.setInterval(kPollMs);
    QObject::connect(&m_poll, &QTimer::timeout, [this] { poll(); });
}

Result<void> HubRelay::start()
{
    auto gateway = m_client.isGatewayOnHub();
    if (!gateway)
        return gateway.error();
    if (!gateway.value())
        return makeError(QStringLiteral("gate.not-gateway"),
                         Tr::tr("The hub does not let this login act for others: the hub's "
                                "administrator grants it with GRANT cc_gateway TO <login>."));
    // What an earlier run queued while the hub was away goes first.
    if (auto pushed = m_client.push(); !pushed)
        return pushed.error();
    if (auto pulled = m_client.pull(); !pulled)
        return pulled.error();
    m_poll.start();
    return {};
}

void HubRelay::markOffline(const Error &error)
{
    if (!m_offline)
        std::fprintf(stderr, "citygate: the hub cannot be reached: %s [%s]\n",
                     qUtf8Printable(error.message), qUtf8Printable(error.code));
    m_offline = true;
    m_offlineFor.start();
    m_lastContact.invalidate();
    m_client.disconnect();
}

bool HubRelay::reachHub(bool beforeWrite)
{
    if (m_offline && m_offlineFor.elapsed() < kRetryAfterS * 1000)
        return false;
    if (beforeWrite && !m_offline && m_lastContact.isValid() && m_lastContact.elapsed() < kFreshMs
        && m_client.pendingCount() == 0)
        return true;
    // Entries left from a time the hub was away go before this request's, so that a refusal
    // after the write is the write's own.
    if (m_client.pendingCount() > 0) {
        if (auto pushed = m_client.push(); !pushed) {
            markOffline(pushed.error());
            return false;
        }
    }
    if (auto pulled = m_client.pull(); !pulled) {
        markOffline(pulled.error());
        return false;
    }
    if (m_offline)
        std::fprintf(stderr, "citygate: the hub is back\n");
    m_offline = false;
    m_lastContact.start();
    return true;
}

void HubRelay::poll()
{
    if (m_offline && m_offlineFor.elapsed() < kRetryAfterS * 1000)
        return;
    reachHub(false); // always a pull: the other workstations' changes come this way
}

Gate::HttpResponse HubRelay::unreachable(const Gate::HttpRequest &request) const
{
    const qint64 left = std::max<qint64>(1, kRetryAfterS - m_offlineFor.elapsed() / 1000);
    Gate::HttpResponse refused = Gate::Gateway::error(
        request.path, 503,
        makeError(QStringLiteral("gate.hub-unreachable"),
                  Tr::tr("The hub cannot be reached; nothing was written. Try again in %1 s.")
                      .arg(left)));
    refused.headers.append({"Retry-After", QByteArray::number(left)});
    return refused;
}

Result<qint64> HubRelay::lastQueued()
{
    if (!m_lastQueued) {
        auto prepared = m_db.prepare(QStringLiteral("SELECT COALESCE(max(seq), 0) FROM outbox"));
        if (!prepared)
            return prepared.error();
        m_lastQueued.emplace(std::move(prepared).value());
    }
    m_lastQueued->reset();
    auto row = m_lastQueued->step();
    if (!row)
        return row.error();
    return m_lastQueued->integer(0);
}

QList<Gate::HttpResponse> HubRelay::handle(const QList<Gate::HttpRequest> &requests)
{
    // Reads are answered from the copy, which the timer keeps in step (stale by a second at
    // most while the hub is up; as the hub last was while it is away).
    const bool writes = std::any_of(requests.cbegin(), requests.cend(), Gate::Gateway::isWrite);
    QList<Gate::HttpResponse> answers;
    if (writes && !reachHub(true)) {
        for (const Gate::HttpRequest &request : requests)
            answers.append(Gate::Gateway::isWrite(request) ? unreachable(request)
                                                           : m_gateway.answer(request));
    } else {
        // Which outbox entries each write queued: the hub's verdict on them is its answer.
        QList<Queued> queued;
        auto before = lastQueued();
        answers = m_group.answer(requests, [&](qsizetype index) {
            auto after = lastQueued();
            if (before && after && after.value() > before.value())
                queued.append({index, before.value(), after.value()});
            before = after;
        });
        if (std::any_of(queued.cbegin(), queued.cend(),
                        [&](const Queued &q) { return answers[q.index].status < 300; }))
            pushAfter(requests, answers, queued);
    }
    for (qsizetype i = 0; i < requests.size(); ++i)
        m_gateway.audit(requests[i], answers[i]);
    return answers;
}

void HubRelay::pushAfter(const QList<Gate::HttpRequest> &requests,
                         QList<Gate::HttpResponse> &answers, const QList<Queued> &queued)
{
    // One push for the group's entries (and any the hub did not take before).
    auto pushed = m_client.push();
    if (!pushed) {
        // Committed here with their outbox entries: acknowledged, and pushed when the hub is
        // back.
        markOffline(pushed.error());
        return;
    }
    m_lastContact.start();
    // The hub decided otherwise on a write's entry (a race lost to another workstation, a
    // right revoked on the hub): the copy now holds the hub's case, and that write's caller
    // hears the hub's reason.
    for (qsizetype r = 0; r < pushed->refusals.size(); ++r) {
        const qint64 seq = pushed->refusedSeqs.value(r);
        const auto write = std::find_if(queued.cbegin(), queued.cend(), [&](const Queued &q) {
            return seq > q.from && seq <= q.to;
        });
        if (write == queued.cend() || answers[write->index].status == 409)
            continue;
        const QString &reason = pushed->refusals[r];
        const qsizetype colon = reason.indexOf(QLatin1String(": "));
        answers[write->index] = Gate::Gateway::error(requests[write->index].path, 409,
                                                     makeError(colon > 0
                                                                   ? reason.left(colon)
                                                                   : QStringLiteral("hub.refused"),
                                                               colon > 0 ? reason.mid(colon + 2)
                                                                         : reason));
    }
    // A report the hub numbered anew: its caller gets the hub's number.
    for (const auto &[caseId, number] : std::as_const(pushed->renumbered)) {
        auto old = m_db.prepare(QStringLiteral(
            "SELECT old_number FROM case_renumbered WHERE case_id = ?1 AND new_number = ?2"));
        if (!old)
            continue;
        old.value().bindText(1, caseId);
        old.value().bindText(2, number);
        auto found = old.value().step();
        if (!found || !found.value())
            continue;
        const QByteArray was = old.value().text(0).toUtf8();
        for (const Queued &q : queued) {
            if (answers[q.index].status < 300 && answers[q.index].body.contains(was))
                answers[q.index].body.replace(was, number.toUtf8());
        }
    }
}

} // namespace Cc::GateApp
