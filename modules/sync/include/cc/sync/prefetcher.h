// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace Cc::Sync {

/// Fetches items on a thread of its own, at most `capacity` ahead of the reader, so that a
/// slow producer and a slow consumer overlap while memory stays bounded. SyncClient::join
/// reads a snapshot this way: the hub encodes the next rows while SQLite writes the last.
///
/// `fetch` runs only on the prefetcher's thread (it may use a connection the reader leaves
/// alone meanwhile); it returns the next item, std::nullopt at the end, or an error, which
/// ends the fetching too. The reader takes items with next() until it returns std::nullopt,
/// then asks error() whether the end was a failure. A reader that gives up early calls
/// stop() (or lets the prefetcher go): a fetch under way completes, its item is dropped, and
/// no further fetch starts.
template<typename T>
class Prefetcher
{
public:
    using Fetch = std::function<Result<std::optional<T>>()>;

    Prefetcher(std::size_t capacity, Fetch fetch)
        : m_capacity(capacity > 0 ? capacity : 1)
        , m_fetch(std::move(fetch))
        , m_thread([this] { produce(); })
    {}
    ~Prefetcher() { stop(); }
    Prefetcher(const Prefetcher &) = delete;
    Prefetcher &operator=(const Prefetcher &) = delete;

    /// The next item, waiting for it; std::nullopt once the fetching ended and every item
    /// fetched was taken, or after stop().
    std::optional<T> next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_items.empty() || m_done; });
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return item;
    }

    /// Why the fetching ended early, if it failed (read it once next() said the end).
    std::optional<Error> error() const
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

    /// Ends the fetching and waits for the thread; the items not taken are dropped.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_changed.notify_all();
        }
        if (m_thread.joinable())
            m_thread.join();
        std::lock_guard lock(m_mutex);
        m_items.clear();
    }

    std::size_t capacity() const { return m_capacity; }

private:
    void produce()
    {
        for (;;) {
            {
                std::lock_guard lock(m_mutex);
                if (m_stop) {
                    m_done = true;
                    m_changed.notify_all();
                    return;
                }
            }
            Result<std::optional<T>> fetched = m_fetch();
            std::unique_lock lock(m_mutex);
            if (!fetched) {
                m_error = fetched.error();
                m_done = true;
            } else if (!fetched.value()) {
                m_done = true;
            } else {
                m_changed.wait(lock, [this] { return m_items.size() < m_capacity || m_stop; });
                if (m_stop)
                    m_done = true;
                else
                    m_items.push_back(std::move(*fetched.value()));
            }
            m_changed.notify_all();
            if (m_done)
                return;
        }
    }

    const std::size_t m_capacity;
    const Fetch m_fetch;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    std::optional<Error> m_error;
    bool m_done = false;
    bool m_stop = false;
    // Last: the thread starts in the constructor and uses every member above.
    std::thread m_thread;
};

} // namespace Cc::Sync
