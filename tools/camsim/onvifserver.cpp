// SPDX-License-Identifier: GPL-3.0-or-later
#include "onvifserver.h"

#include <cstdio>
#include <cstdlib>
#include <regex>

namespace CamSim {

namespace {

constexpr std::size_t kMaxBody = 64 * 1024;
constexpr const char *kEnvelopeStart
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" "
      "xmlns:tt=\"http://www.onvif.org/ver10/schema\" "
      "xmlns:trt=\"http://www.onvif.org/ver10/media/wsdl\" "
      "xmlns:tptz=\"http://www.onvif.org/ver20/ptz/wsdl\" "
      "xmlns:ter=\"http://www.onvif.org/ver10/error\"><env:Body>";
constexpr const char *kEnvelopeEnd = "</env:Body></env:Envelope>\n";

std::string envelope(const std::string &body)
{
    return kEnvelopeStart + body + kEnvelopeEnd;
}

std::pair<int, std::string> fault(bool sender, const std::string &subcode,
                                  const std::string &reason)
{
    return {sender ? 400 : 500,
            envelope(std::string("<env:Fault><env:Code><env:Value>")
                     + (sender ? "env:Sender" : "env:Receiver")
                     + "</env:Value><env:Subcode><env:Value>" + subcode
                     + "</env:Value></env:Subcode></env:Code><env:Reason><env:Text "
                       "xml:lang=\"en\">"
                     + reason + "</env:Text></env:Reason></env:Fault>")};
}

/// The text of the first element with this local name (any namespace prefix), if any.
bool elementText(const std::string &xml, const std::string &name, std::string &text)
{
    const std::regex re("<(?:[A-Za-z0-9_]+:)?" + name + "(?:\\s[^>]*)?>([^<]*)</");
    std::smatch m;
    if (!std::regex_search(xml, m, re))
        return false;
    text = m[1];
    return true;
}

/// An attribute of the first element with this local name.
bool elementAttribute(const std::string &xml, const std::string &name, const std::string &attr,
                      double &value)
{
    const std::regex element("<(?:[A-Za-z0-9_]+:)?" + name + "\\s([^>]*)>");
    std::smatch m;
    if (!std::regex_search(xml, m, element))
        return false;
    const std::string attributes = m[1];
    const std::regex a("(?:^|\\s)" + attr + "\\s*=\\s*\"([^\"]*)\"");
    if (!std::regex_search(attributes, m, a))
        return false;
    char *end = nullptr;
    const std::string v = m[1];
    value = std::strtod(v.c_str(), &end);
    return end && *end == '\0' && !v.empty();
}

/// The local name of the Body's first child: the operation.
std::string operation(const std::string &xml)
{
    const std::regex re(
        "<(?:[A-Za-z0-9_]+:)?Body(?:\\s[^>]*)?>\\s*<(?:[A-Za-z0-9_]+:)?([A-Za-z]+)");
    std::smatch m;
    return std::regex_search(xml, m, re) ? std::string(m[1]) : std::string();
}

/// xs:duration as ONVIF clients send it for a move's timeout: PT5S, PT0.5S, PT1M30S.
double durationSeconds(const std::string &text)
{
    const std::regex re("^\\s*PT(?:(\\d+)H)?(?:(\\d+)M)?(?:([0-9.]+)S)?\\s*$");
    std::smatch m;
    if (!std::regex_match(text, m, re))
        return 0;
    return (m[1].matched ? std::atof(m[1].str().c_str()) * 3600 : 0)
           + (m[2].matched ? std::atof(m[2].str().c_str()) * 60 : 0)
           + (m[3].matched ? std::atof(m[3].str().c_str()) : 0);
}

std::string xmlEscape(const std::string &s)
{
    std::string out;
    for (char c : s) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

OnvifServer::OnvifServer(std::map<std::string, PtzState *> cameras, OnvifCredentials credentials)
    : m_cameras(std::move(cameras))
    , m_credentials(std::move(credentials))
{}

OnvifServer::~OnvifServer()
{
    if (m_service) {
        g_socket_service_stop(m_service);
        g_socket_listener_close(G_SOCKET_LISTENER(m_service));
        g_object_unref(m_service);
    }
}

int OnvifServer::listen(const std::string &address, int port)
{
    m_service = g_threaded_socket_service_new(4);
    GInetAddress *inet = g_inet_address_new_from_string(address.c_str());
    if (!inet) {
        std::fprintf(stderr, "camsim: bad ONVIF address %s\n", address.c_str());
        return 0;
    }
    GSocketAddress *where = g_inet_socket_address_new(inet, guint16(port));
    g_object_unref(inet);
    GSocketAddress *bound = nullptr;
    GError *error = nullptr;
    const gboolean ok = g_socket_listener_add_address(G_SOCKET_LISTENER(m_service), where,
                                                      G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                                                      nullptr, &bound, &error);
    g_object_unref(where);
    if (!ok) {
        std::fprintf(stderr, "camsim: cannot listen for ONVIF on %s:%d: %s\n", address.c_str(),
                     port, error ? error->message : "?");
        g_clear_error(&error);
        return 0;
    }
    const int boundPort = g_inet_socket_address_get_port(G_INET_SOCKET_ADDRESS(bound));
    g_object_unref(bound);
    g_signal_connect(m_service, "run", G_CALLBACK(onRun), this);
    g_socket_service_start(m_service);
    return boundPort;
}

std::string OnvifServer::dateAndTime() const
{
    GDateTime *host = g_date_time_new_now_utc();
    GDateTime *now = g_date_time_add_seconds(host, m_credentials.clockOffsetS);
    g_date_time_unref(host);
    const auto part = [](const char *name, int value) {
        return std::string("<tt:") + name + ">" + std::to_string(value) + "</tt:" + name + ">";
    };
    const std::string answer = envelope(
        "<tds:GetSystemDateAndTimeResponse xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\">"
        "<tds:SystemDateAndTime><tt:DateTimeType>Manual</tt:DateTimeType>"
        "<tt:DaylightSavings>false</tt:DaylightSavings><tt:UTCDateTime><tt:Time>"
        + part("Hour", g_date_time_get_hour(now)) + part("Minute", g_date_time_get_minute(now))
        + part("Second", g_date_time_get_second(now)) + "</tt:Time><tt:Date>"
        + part("Year", g_date_time_get_year(now)) + part("Month", g_date_time_get_month(now))
        + part("Day", g_date_time_get_day_of_month(now))
        + "</tt:Date></tt:UTCDateTime></tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>");
    g_date_time_unref(now);
    return answer;
}

bool OnvifServer::authorized(const std::string &body)
{
    // An empty user: a camera with authentication off (the demo's URLs carry no account).
    if (m_credentials.user.empty())
        return true;
    // WS-Security UsernameToken with PasswordDigest = Base64(SHA-1(nonce + created + password)).
    std::string user, digest, nonce, created;
    if (!elementText(body, "Username", user) || !elementText(body, "Password", digest)
        || !elementText(body, "Nonce", nonce) || !elementText(body, "Created", created))
        return false;
    if (user != m_credentials.user)
        return false;
    GDateTime *at = g_date_time_new_from_iso8601(created.c_str(), nullptr);
    if (!at)
        return false;
    GDateTime *host = g_date_time_new_now_utc();
    GDateTime *now = g_date_time_add_seconds(host, m_credentials.clockOffsetS);
    g_date_time_unref(host);
    const GTimeSpan skew = g_date_time_difference(now, at);
    g_date_time_unref(at);
    g_date_time_unref(now);
    if (skew > 300 * G_TIME_SPAN_SECOND || skew < -300 * G_TIME_SPAN_SECOND)
        return false; // a stale (or replayed) token
    gsize nonceLength = 0;
    guchar *rawNonce = g_base64_decode(nonce.c_str(), &nonceLength);
    GChecksum *sha1 = g_checksum_new(G_CHECKSUM_SHA1);
    g_checksum_update(sha1, rawNonce, nonceLength);
    g_checksum_update(sha1, reinterpret_cast<const guchar *>(created.data()), created.size());
    g_checksum_update(sha1, reinterpret_cast<const guchar *>(m_credentials.password.data()),
                      m_credentials.password.size());
    guint8 sum[20];
    gsize sumLength = sizeof sum;
    g_checksum_get_digest(sha1, sum, &sumLength);
    g_checksum_free(sha1);
    g_free(rawNonce);
    gchar *expected = g_base64_encode(sum, sumLength);
    const bool match = digest == expected;
    g_free(expected);
    if (!match)
        return false;
    std::lock_guard lock(m_mutex);
    if (m_nonces.size() > 10000)
        m_nonces.clear();
    return m_nonces.insert(nonce).second;
}

std::pair<int, std::string> OnvifServer::handle(const std::string &path, const std::string &body)
{
    // /onvif/<camera>/<service>
    const std::regex re("^/onvif/([A-Za-z0-9_.-]+)/[A-Za-z_]+$");
    std::smatch m;
    const auto camera = std::regex_match(path, m, re) ? m_cameras.find(m[1]) : m_cameras.end();
    if (camera == m_cameras.end())
        return {404, std::string()};
    if (operation(body) == "GetSystemDateAndTime")
        return {200, dateAndTime()};
    if (!authorized(body))
        return fault(true, "ter:NotAuthorized", "Sender not authorized");
    PtzState &head = *camera->second;
    const std::string op = operation(body);
    std::string token;
    if (op == "GetProfiles")
        return {200, envelope("<trt:GetProfilesResponse><trt:Profiles token=\"profile_main\" "
                              "fixed=\"true\"><tt:Name>main</tt:Name></trt:Profiles>"
                              "<trt:Profiles token=\"profile_sub\" fixed=\"true\"><tt:Name>sub"
                              "</tt:Name></trt:Profiles></trt:GetProfilesResponse>")};
    if (!elementText(body, "ProfileToken", token)
        || (token != "profile_main" && token != "profile_sub"))
        return fault(true, "ter:InvalidArgVal", "No such profile");
    if (op == "ContinuousMove") {
        double pan = 0, tilt = 0, zoom = 0;
        elementAttribute(body, "PanTilt", "x", pan);
        elementAttribute(body, "PanTilt", "y", tilt);
        elementAttribute(body, "Zoom", "x", zoom);
        std::string timeout;
        head.move(pan, tilt, zoom,
                  elementText(body, "Timeout", timeout) ? durationSeconds(timeout) : 0);
        return {200, envelope("<tptz:ContinuousMoveResponse/>")};
    }
    if (op == "Stop") {
        std::string panTilt = "true", zoom = "true";
        elementText(body, "PanTilt", panTilt);
        elementText(body, "Zoom", zoom);
        head.stop(panTilt == "true", zoom == "true");
        return {200, envelope("<tptz:StopResponse/>")};
    }
    if (op == "SetPreset") {
        std::string preset, name;
        elementText(body, "PresetToken", preset);
        elementText(body, "PresetName", name);
        preset = head.setPreset(preset, name);
        return {200, envelope("<tptz:SetPresetResponse><tptz:PresetToken>" + xmlEscape(preset)
                              + "</tptz:PresetToken></tptz:SetPresetResponse>")};
    }
    if (op == "GotoPreset") {
        std::string preset;
        if (!elementText(body, "PresetToken", preset) || !head.gotoPreset(preset))
            return fault(true, "ter:InvalidArgVal", "No such preset");
        return {200, envelope("<tptz:GotoPresetResponse/>")};
    }
    return fault(false, "ter:ActionNotSupported", "Not supported by camsim: " + xmlEscape(op));
}

gboolean OnvifServer::onRun(GThreadedSocketService *, GSocketConnection *connection, GObject *,
                            gpointer self)
{
    auto *server = static_cast<OnvifServer *>(self);
    GInputStream *in = g_io_stream_get_input_stream(G_IO_STREAM(connection));
    GOutputStream *out = g_io_stream_get_output_stream(G_IO_STREAM(connection));
    GDataInputStream *data = g_data_input_stream_new(in);
    g_filter_input_stream_set_close_base_stream(G_FILTER_INPUT_STREAM(data), FALSE);
    g_data_input_stream_set_newline_type(data, G_DATA_STREAM_NEWLINE_TYPE_ANY);
    std::string method, path;
    std::size_t length = 0;
    bool ok = true;
    for (int n = 0; ok; ++n) {
        gchar *line = g_data_input_stream_read_line(data, nullptr, nullptr, nullptr);
        if (!line || n > 100) {
            ok = false;
            g_free(line);
            break;
        }
        const std::string l = line;
        g_free(line);
        if (n == 0) {
            const auto a = l.find(' '), b = l.find(' ', a + 1);
            ok = a != std::string::npos && b != std::string::npos;
            if (ok) {
                method = l.substr(0, a);
                path = l.substr(a + 1, b - a - 1);
            }
        } else if (l.empty()) {
            break;
        } else if (g_ascii_strncasecmp(l.c_str(), "content-length:", 15) == 0) {
            length = std::strtoul(l.c_str() + 15, nullptr, 10);
        }
    }
    std::pair<int, std::string> answer{400, std::string()};
    if (ok && method == "POST" && length > 0 && length <= kMaxBody) {
        std::string body(length, '\0');
        gsize read = 0;
        if (g_input_stream_read_all(G_INPUT_STREAM(data), body.data(), length, &read, nullptr,
                                    nullptr)
            && read == length)
            answer = server->handle(path, body);
    } else if (ok && length > kMaxBody) {
        answer.first = 413;
    }
    const char *reason = answer.first == 200   ? "OK"
                         : answer.first == 404 ? "Not Found"
                         : answer.first == 413 ? "Payload Too Large"
                         : answer.first == 500 ? "Internal Server Error"
                                               : "Bad Request";
    const std::string response = "HTTP/1.1 " + std::to_string(answer.first) + " " + reason
                                 + "\r\nContent-Type: application/soap+xml; charset=utf-8"
                                   "\r\nContent-Length: "
                                 + std::to_string(answer.second.size())
                                 + "\r\nConnection: close\r\n\r\n" + answer.second;
    g_output_stream_write_all(out, response.data(), response.size(), nullptr, nullptr, nullptr);
    g_object_unref(data);
    return TRUE;
}

} // namespace CamSim
