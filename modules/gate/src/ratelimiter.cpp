// SPDX-License-Identifier: GPL-3.0-or-later
// Per-client token buckets (docs/citygate.md, "Security").
#include <cc/gate/ratelimiter.h>

#include <cmath>

namespace Cc::Gate {

int RateLimiter::take(const QString &client, const QDateTime &now)
{
    if (m_perMinute <= 0)
        return 0;
    const double perSecond = m_perMinute / 60.0;
    auto it = m_buckets.find(client);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= kMaxClients)
            forgetFullBuckets(now);
        it = m_buckets.insert(client, {double(m_perMinute), now});
    }
    Bucket &b = it.value();
    const double elapsed = qMax<qint64>(0, b.refilledAt.msecsTo(now)) / 1000.0;
    b.tokens = qMin<double>(m_perMinute, b.tokens + elapsed * perSecond);
    b.refilledAt = now;
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
    }
    return qMax(1, int(std::ceil((1 - b.tokens) / perSecond)));
}

void RateLimiter::forgetFullBuckets(const QDateTime &now)
{
    const double perSecond = m_perMinute / 60.0;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double elapsed = qMax<qint64>(0, it->refilledAt.msecsTo(now)) / 1000.0;
        if (it->tokens + elapsed * perSecond >= m_perMinute)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    if (m_buckets.size() >= kMaxClients)
        m_buckets.clear(); // a flood of clients: forget all rather than grow without bound
}

} // namespace Cc::Gate
