// SPDX-License-Identifier: GPL-3.0-or-later
// citygate's HTTP(S) front over cpp-httplib (docs/citygate.md).
#include "httpfront.h"

#include "gatetr.h"

#include <cc/gate/fieldservice.h>
#include <cc/gate/gateway.h>
#include <cc/gate/groupcommit.h>
#include <cc/gate/intakeservice.h>
#include <cc/gate/open311service.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

#include <httplib.h>

#include <future>

namespace Cc::Gate {

namespace {

HttpRequest toGate(const httplib::Request &request, bool tls)
{
    HttpRequest gate;
    gate.method = QByteArray::fromStdString(request.method);
    gate.path = QString::fromStdString(request.path);
    // The query as sent (percent-encoded): the service decodes and checks it.
    const std::string::size_type mark = request.target.find('?');
    if (mark != std::string::npos)
        gate.query = QUrlQuery(QString::fromStdString(request.target.substr(mark + 1)));
    gate.body = QByteArray::fromStdString(request.body);
    gate.contentType = QByteArray::fromStdString(request.get_header_value("Content-Type"));
    gate.authorization = QByteArray::fromStdString(request.get_header_value("Authorization"));
    gate.idempotencyKey = QByteArray::fromStdString(request.get_header_value("Idempotency-Key"));
    gate.apiKey = QByteArray::fromStdString(request.get_header_value("X-Api-Key"));
    gate.remoteAddress = QString::fromStdString(request.remote_addr);
    // media_url points back at this server as the client reached it.
    const QString host = QString::fromStdString(request.get_header_value("Host")).left(255);
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9.\\-\\[\\]:]+$"));
    if (hostPattern.match(host).hasMatch())
        gate.baseUrl = (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host;
    return gate;
}

/// The field API's reports and actions carry photos; every other route keeps the small limit.
qsizetype bodyLimit(const std::string &path)
{
    const QString route = QString::fromStdString(path);
    return FieldService::serves(route) || IntakeService::serves(route) ? kMaxFieldBodyBytes
                                                                       : kMaxBodyBytes;
}

Error tooLargeError(qsizetype limit = kMaxBodyBytes)
{
    return makeError("request.too-large",
                     GateApp::Tr::tr("The request body may have at most %1 KiB.")
                         .arg(limit / 1024));
}

void fromGate(const HttpResponse &gate, httplib::Response &response)
{
    response.status = gate.status;
    for (const auto &[name, value] : gate.headers)
        response.set_header(name.toStdString(), value.toStdString());
    response.set_content(gate.body.toStdString(), gate.contentType.toStdString());
}

} // namespace

struct HttpFront::Waiting
{
    HttpRequest request;
    std::promise<HttpResponse> answer;
};

HttpFront::HttpFront(Handler handler) : m_handler(std::move(handler)) {}

HttpResponse HttpFront::dispatch(HttpRequest request)
{
    Waiting waiting{std::move(request), {}};
    std::future<HttpResponse> answer = waiting.answer.get_future();
    {
        const std::lock_guard lock(m_mutex);
        m_waiting.push_back(&waiting);
        if (!std::exchange(m_drainPosted, true))
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [this] { drain(); }, Qt::QueuedConnection);
    }
    return answer.get();
}

void HttpFront::drain()
{
    QList<Waiting *> group;
    {
        const std::lock_guard lock(m_mutex);
        while (!m_waiting.empty() && group.size() < GroupCommit::kMaxGroup) {
            group.append(m_waiting.front());
            m_waiting.pop_front();
        }
        // More than a group waits: the rest goes next, after what else the loop has to do.
        m_drainPosted = !m_waiting.empty();
        if (m_drainPosted)
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [this] { drain(); }, Qt::QueuedConnection);
    }
    QList<HttpRequest> requests;
    requests.reserve(group.size());
    for (Waiting *waiting : std::as_const(group))
        requests.append(std::move(waiting->request));
    QList<HttpResponse> answers = m_handler(requests);
    for (qsizetype i = 0; i < group.size(); ++i)
        group[i]->answer.set_value(i < answers.size() ? std::move(answers[i]) : HttpResponse{500});
}

HttpFront::~HttpFront()
{
    stop();
}

Result<int> HttpFront::listen(const QString &host, int port, const QString &certFile,
                              const QString &keyFile)
{
    if (!certFile.isEmpty()) {
        auto tls = std::make_unique<httplib::SSLServer>(certFile.toLocal8Bit().constData(),
                                                        keyFile.toLocal8Bit().constData());
        if (!tls->is_valid())
            return makeError("gate.tls", GateApp::Tr::tr("Cannot load the TLS certificate %1 with "
                                                         "the key %2.")
                                             .arg(certFile, keyFile));
        m_server = std::move(tls);
    } else {
        m_server = std::make_unique<httplib::Server>();
    }
    m_server->set_payload_max_length(kMaxFieldBodyBytes);
    // A kept-alive connection holds a pool thread for as long as it stays open: the library's
    // default pool (8 threads on a 2-core machine) served 8 clients at a time and so left the
    // group commit at most 8 requests to share a disk sync. Each waiting thread holds its
    // request, so this bounds the memory of requests in progress too (bodies ≤ 30 MB).
    m_server->new_task_queue = [] { return new httplib::ThreadPool(kPoolThreads); };
    // Headers and body leave in separate writes: without TCP_NODELAY each answer waited for
    // the client's delayed ACK (40 ms per request on Linux; tests/bench/bench_citygate).
    m_server->set_tcp_nodelay(true);
    // The database belongs to the main thread; this pool thread waits for its answer.
    const auto dispatch = [this](HttpRequest gate, httplib::Response &response) {
        fromGate(this->dispatch(std::move(gate)), response);
    };
    const bool tls = !certFile.isEmpty();
    const auto forward = [dispatch, tls](const httplib::Request &request,
                                         httplib::Response &response) {
        dispatch(toGate(request, tls), response);
    };
    // Bodies are read here, raw: httplib's own reading parses a form-urlencoded body and
    // refuses one over 8 KiB (a constant compiled into Debian's library), too little for a
    // report in Chinese (docs/citygate.md, "Why cpp-httplib").
    const auto withBody = [dispatch, tls](const httplib::Request &request,
                                          httplib::Response &response,
                                          const httplib::ContentReader &reader) {
        HttpRequest gate = toGate(request, tls);
        const qsizetype limit = bodyLimit(request.path);
        // false: over the limit (ours, or httplib's payload_max_length that skips the body
        // unread), or the client went away.
        // Over the limit, the rest is read and dropped (httplib's payload_max_length bounds
        // it): a body left unread on a kept-alive connection would be taken for the next
        // request.
        qsizetype size = 0;
        bool tooLarge = false;
        const auto append = [&](QByteArray &to, const char *data, size_t length) {
            size += qsizetype(length);
            tooLarge = tooLarge || size > limit;
            if (!tooLarge)
                to.append(data, qsizetype(length));
            return true;
        };
        bool read = false;
        if (request.is_multipart_form_data()) {
            // httplib splits a multipart body itself (its plain reader refuses one).
            gate.parts.emplace();
            read = reader(
                [&](const httplib::MultipartFormData &part) {
                    size += qsizetype(part.name.size() + part.filename.size());
                    tooLarge = tooLarge || size > limit || gate.parts->size() >= kMaxFormParts;
                    if (!tooLarge)
                        gate.parts->append({QString::fromStdString(part.name),
                                            QString::fromStdString(part.filename),
                                            QByteArray::fromStdString(part.content_type)
                                                .split(';')
                                                .first()
                                                .trimmed()
                                                .toLower(),
                                            {}});
                    return true;
                },
                [&](const char *data, size_t length) {
                    if (gate.parts->isEmpty() || tooLarge) {
                        size += qsizetype(length);
                        tooLarge = true;
                        return true;
                    }
                    return append(gate.parts->last().data, data, length);
                });
        } else {
            read = reader(
                [&](const char *data, size_t length) { return append(gate.body, data, length); });
        }
        if (tooLarge)
            fromGate(Gateway::error(gate.path, 413, tooLargeError(limit)), response);
        else if (!read) // a malformed body (multipart httplib could not split) or the client left
            fromGate(Gateway::error(gate.path, 400,
                                    makeError("request.unreadable",
                                              GateApp::Tr::tr("The request body cannot be read."))),
                     response);
        else
            dispatch(std::move(gate), response);
    };
    m_server->Get(".*", forward);
    m_server->Delete(".*", forward);
    m_server->Post(".*", withBody);
    m_server->Put(".*", withBody);
    m_server->Patch(".*", withBody);
    // Called for every answer of 400 or more, ours too: only httplib's own 413 (a body over
    // payload_max_length, skipped unread, no content) gets our error; an answer of a service
    // (field.too-many-photos …) is kept.
    m_server->set_error_handler([](const httplib::Request &request, httplib::Response &response) {
        if (response.status == 413 && response.body.empty())
            fromGate(Gateway::error(QString::fromStdString(request.path), 413,
                                    tooLargeError(bodyLimit(request.path))),
                     response);
    });
    const std::string address = host.toStdString();
    const int bound = port == 0 ? m_server->bind_to_any_port(address)
                                : (m_server->bind_to_port(address, port) ? port : -1);
    if (bound <= 0)
        return makeError("gate.bind",
                         GateApp::Tr::tr("Cannot listen on %1:%2.").arg(host).arg(port));
    return bound;
}

void HttpFront::start()
{
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
}

void HttpFront::stop()
{
    if (m_server)
        m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace Cc::Gate
