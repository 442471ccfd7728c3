// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QString>

#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace httplib {
class Server;
}

namespace Cc::Gate {

struct HttpRequest;
struct HttpResponse;

/// citygate's HTTP(S) front over cpp-httplib (docs/citygate.md, "Why cpp-httplib"): reads
/// requests on its pool threads, refuses bodies over the limit before reading them, and
/// hands the requests to `handler` on the thread that owns the database (the Qt main
/// thread), so one connection serves all and SQLite sees one writer. Requests that arrive
/// while the handler is busy are handed over together, as one group (docs/citygate.md,
/// "Group commit"); the handler answers each, in order.
class HttpFront
{
public:
    using Handler = std::function<QList<HttpResponse>(const QList<HttpRequest> &)>;
    /// Connections served at once (each a pool thread while it is open).
    static constexpr int kPoolThreads = 16;

    explicit HttpFront(Handler handler);
    ~HttpFront();

    /// Binds ADDR:PORT (port 0: any free port) with TLS when both files are given; refuses a
    /// certificate or key that does not load ("gate.tls") or an address it cannot bind
    /// ("gate.bind"). Returns the port bound.
    Result<int> listen(const QString &host, int port, const QString &certFile,
                       const QString &keyFile);
    /// Serves on a thread of its own until stop().
    void start();
    void stop();

private:
    struct Waiting;
    /// On the database's thread: hands what waits to the handler (at most kMaxGroup).
    void drain();
    /// On a pool thread: queues the request and waits for its answer.
    HttpResponse dispatch(HttpRequest request);

    Handler m_handler;
    std::mutex m_mutex;
    std::deque<Waiting *> m_waiting; ///< guarded by m_mutex
    bool m_drainPosted = false;      ///< guarded by m_mutex
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
};

} // namespace Cc::Gate
