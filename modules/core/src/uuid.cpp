// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/uuid.h>

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <mutex>

namespace Cc::Core {

namespace {

constexpr qint64 kMaxUnixMs = (qint64(1) << 48) - 1;
// RFC 9562 §6.2 method 1: rand_a (12 bits) and the top 30 bits of rand_b form a 42-bit
// counter; the low 32 bits of rand_b stay random so ids remain unguessable.
constexpr int kCounterBits = 42;
constexpr quint64 kCounterMax = (quint64(1) << kCounterBits) - 1;

struct Generator
{
    qint64 lastMs = -1;
    quint64 counter = 0;
};

// A fresh counter for a new millisecond. The top bit starts at zero (RFC 9562 §6.2
// "counter rollover guard") so 2^41 ids fit into one millisecond before a rollover.
quint64 seedCounter()
{
    return QRandomGenerator::global()->generate64() & (kCounterMax >> 1);
}

QUuid compose(qint64 unixMs, quint64 counter)
{
    const quint64 ms = quint64(unixMs);
    const quint32 tail = QRandomGenerator::global()->generate();
    const quint16 randA = quint16((counter >> 30) & 0x0fff);
    const quint32 counterLow = quint32(counter & 0x3fffffff); // 30 bits into rand_b

    const uint l = uint(ms >> 16);
    const ushort w1 = ushort(ms & 0xffff);
    const ushort w2 = ushort(0x7000 | randA);
    // rand_b: variant "10", then 30 counter bits, then 32 random bits.
    const quint64 randB = (quint64(0b10) << 62) | (quint64(counterLow) << 32) | tail;
    return QUuid(l, w1, w2, uchar(randB >> 56), uchar(randB >> 48), uchar(randB >> 40),
                 uchar(randB >> 32), uchar(randB >> 24), uchar(randB >> 16), uchar(randB >> 8),
                 uchar(randB));
}

// Returns the next id of one generator. Within one millisecond the counter increments;
// if it would overflow, the timestamp moves one millisecond ahead (RFC 9562 §6.2), which
// keeps the order strict at the price of a timestamp up to a few ms early.
QUuid next(Generator &g, qint64 unixMs)
{
    if (unixMs == g.lastMs) {
        if (g.counter < kCounterMax) {
            ++g.counter;
        } else {
            g.lastMs = std::min(g.lastMs + 1, kMaxUnixMs);
            g.counter = seedCounter();
        }
    } else {
        g.lastMs = unixMs;
        g.counter = seedCounter();
    }
    return compose(g.lastMs, g.counter);
}

std::mutex s_mutex;
Generator s_clock;    // ids stamped with the system clock
Generator s_explicit; // ids stamped with a caller's timestamp (demo generators, tests)

} // namespace

QUuid makeUuidV7()
{
    const std::lock_guard lock(s_mutex);
    // A clock that steps back (NTP) must not break the order: never go below the last ms.
    const qint64 now = std::clamp(QDateTime::currentMSecsSinceEpoch(), qint64(0), kMaxUnixMs);
    return next(s_clock, std::max(now, s_clock.lastMs));
}

QUuid makeUuidV7(qint64 unixMs)
{
    const std::lock_guard lock(s_mutex);
    // Separate state: a generator replaying history must not drag the clock ids back, and
    // ids of the same given millisecond still come out strictly increasing.
    return next(s_explicit, std::clamp(unixMs, qint64(0), kMaxUnixMs));
}

qint64 uuidV7UnixMs(const QUuid &id)
{
    if ((id.data3 >> 12) != 7 || (id.data4[0] & 0xc0) != 0x80)
        return -1;
    return (qint64(id.data1) << 16) | qint64(id.data2);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces); // QUuid writes lower-case hex
}

} // namespace Cc::Core
