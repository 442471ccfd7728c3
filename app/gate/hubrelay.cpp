// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubrelay.h"

#include "gatetr.h"

#include <cstdio>

namespace Cc::GateApp {

namespace {

bool isRead(const Gate::HttpRequest &request)
{
    return request.method == "GET" || request.method == "HEAD";
}

} // namespace

HubRelay::HubRelay(Storage::Database &db, Sync::HubCredentials credentials, Gate::Gateway &gateway)
    : m_db(db)
    , m_client(db, std::move(credentials))
    , m_gateway(gateway)
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

Gate::HttpResponse HubRelay::handle(const Gate::HttpRequest &request)
{
    // Reads are answered from the copy, which the timer keeps in step (stale by a second at
    // most while the hub is up; as the hub last was while it is away).
    if (isRead(request))
        return m_gateway.handle(request);
    if (!reachHub(true)) {
        const qint64 left = kRetryAfterS - m_offlineFor.elapsed() / 1000;
        Gate::HttpResponse refused = Gate::Gateway::error(
            request.path, 503,
            makeError(QStringLiteral("gate.hub-unreachable"),
                      Tr::tr("The hub cannot be reached; nothing was written. Try again in "
                             "%1 s.")
                          .arg(std::max<qint64>(1, left))));
        refused.headers.append({"Retry-After", QByteArray::number(std::max<qint64>(1, left))});
        return refused;
    }
    Gate::HttpResponse answer = m_gateway.handle(request);
    if (answer.status < 300 && m_client.pendingCount() > 0)
        pushAfter(request, answer);
    return answer;
}

void HubRelay::pushAfter(const Gate::HttpRequest &request, Gate::HttpResponse &answer)
{
    auto pushed = m_client.push();
    if (!pushed) {
        // Committed here with its outbox entry: acknowledged, and pushed when the hub is back.
        markOffline(pushed.error());
        return;
    }
    m_lastContact.start();
    if (!pushed->refusals.isEmpty()) {
        // The hub decided otherwise (a race lost to another workstation, a right revoked on
        // the hub): the copy now holds the hub's case, and the caller hears the hub's reason.
        const QString reason = pushed->refusals.first();
        const qsizetype colon = reason.indexOf(QLatin1String(": "));
        answer = Gate::Gateway::error(request.path, 409,
                                      makeError(colon > 0 ? reason.left(colon)
                                                          : QStringLiteral("hub.refused"),
                                                colon > 0 ? reason.mid(colon + 2) : reason));
        return;
    }
    // A report the hub numbered anew: the caller gets the hub's number.
    for (const auto &[caseId, number] : std::as_const(pushed->renumbered)) {
        auto old = m_db.prepare(QStringLiteral(
            "SELECT old_number FROM case_renumbered WHERE case_id = ?1 AND new_number = ?2"));
        if (!old)
            continue;
        old.value().bindText(1, caseId);
        old.value().bindText(2, number);
        if (auto found = old.value().step(); found && found.value())
            answer.body.replace(old.value().text(0).toUtf8(), number.toUtf8());
    }
}

} // namespace Cc::GateApp
