// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QString>

#include <functional>
#include <memory>
#include <thread>

namespace httplib {
class Server;
}

namespace Cc::Gate {

struct HttpRequest;
struct HttpResponse;

/// citygate's HTTP(S) front over cpp-httplib (docs/citygate.md, "Why cpp-httplib"): reads
/// requests on its pool threads, refuses bodies over the limit before reading them, and
/// hands every request to `handler` on the thread that owns the database (the Qt main
/// thread), so one connection serves all and SQLite sees one writer.
class HttpFront
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

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
    Handler m_handler;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
};

} // namespace Cc::Gate
