// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// camsim's ONVIF endpoint for its PTZ cameras (docs/video.md "PTZ"): SOAP 1.2 over HTTP at
// /onvif/<camera>/device_service, answering what CityCommand's client sends — GetProfiles
// (media), ContinuousMove, Stop, GotoPreset, SetPreset (PTZ) — with WS-Security UsernameToken
// digest authentication, as ONVIF cameras do, and GetSystemDateAndTime (device) without it, as
// ONVIF allows, so that a client can date its token by the camera's clock. Everything else is a
// SOAP fault.

#include "ptzstate.h"

#include <gio/gio.h>

#include <map>
#include <mutex>
#include <set>
#include <string>

namespace CamSim {

struct OnvifCredentials
{
    std::string user = "admin", password = "camsim";
    int clockOffsetS = 0; ///< the camera's clock runs this far from the host's (tests)
};

class OnvifServer
{
public:
    /// `cameras`: the PTZ heads by the camera's name in the path ("cam01").
    OnvifServer(std::map<std::string, PtzState *> cameras, OnvifCredentials credentials);
    ~OnvifServer();
    /// Listens on `address`:`port` (0: a free one); returns the port, or 0 with a message.
    int listen(const std::string &address, int port);

    /// One HTTP request (path, SOAP body) → status and SOAP response (public for reuse).
    std::pair<int, std::string> handle(const std::string &path, const std::string &body);

private:
    static gboolean onRun(GThreadedSocketService *, GSocketConnection *connection, GObject *,
                          gpointer self);
    bool authorized(const std::string &body);
    std::string dateAndTime() const; ///< the GetSystemDateAndTime answer

    std::map<std::string, PtzState *> m_cameras;
    OnvifCredentials m_credentials;
    GSocketService *m_service = nullptr;
    std::mutex m_mutex;             ///< m_nonces
    std::set<std::string> m_nonces; ///< seen recently: a replayed request is refused
};

} // namespace CamSim
