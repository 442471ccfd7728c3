// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Cc::Gate {

/// Requests per minute per API key, bearer token or (without either) client address, as a
/// token bucket (docs/citygate.md, "Security"): a client may send `perMinute` requests at
/// once, then one every 60/perMinute seconds. Over the limit citygate answers 429 with
/// Retry-After. In memory: a restart refills every bucket.
class RateLimiter
{
public:
    /// At most this many clients are tracked; beyond, the fullest buckets are forgotten
    /// (a forgotten bucket is a full one, so nobody is refused for it).
    static constexpr int kMaxClients = 100000;

    explicit RateLimiter(int perMinute) : m_perMinute(perMinute) {}

    /// Takes one request from `client`'s bucket: 0 when allowed, else the seconds to wait
    /// (Retry-After). `perMinute` 0 or less: no limit.
    int take(const QString &client, const QDateTime &now = QDateTime::currentDateTimeUtc());
    int perMinute() const { return m_perMinute; }

private:
    struct Bucket
    {
        double tokens = 0;
        QDateTime refilledAt;
    };
    void forgetFullBuckets(const QDateTime &now);

    int m_perMinute;
    QHash<QString, Bucket> m_buckets;
};

} // namespace Cc::Gate
