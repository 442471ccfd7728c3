// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A simulated PTZ camera's head (docs/video.md "PTZ"): position, the velocity of a continuous
// move with its timeout, and presets. Shared by the ONVIF endpoint (which moves it) and the
// camera's renderers (main and sub crop the same scene at the same position).

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace CamSim {

struct PtzPosition
{
    double pan = 0, tilt = 0; ///< -1 … 1 (right and up positive)
    double zoom = 0;          ///< 0 (wide) … 1 (tele)
};

class PtzState
{
public:
    using Clock = std::chrono::steady_clock;
    /// Pan/tilt units per second at velocity 1 (the whole range in 4 s), zoom likewise.
    static constexpr double kPanTiltSpeed = 0.5;
    static constexpr double kZoomSpeed = 0.5;

    /// ContinuousMove: velocities -1 … 1 (clamped), until Stop or `timeoutS` (≤ 0: none).
    void move(double vPan, double vTilt, double vZoom, double timeoutS);
    void stop(bool panTilt, bool zoom);
    /// SetPreset: the current position under `token` (a new one if empty); returns it.
    std::string setPreset(const std::string &token, const std::string &name);
    /// GotoPreset: false if there is no such preset.
    bool gotoPreset(const std::string &token);
    /// The position now (continuous moves integrated up to now).
    PtzPosition position();

private:
    void advance(Clock::time_point now); ///< with the mutex held

    std::mutex m_mutex;
    PtzPosition m_pos;
    double m_vPan = 0, m_vTilt = 0, m_vZoom = 0;
    Clock::time_point m_last = Clock::now(), m_until = Clock::time_point::max();
    std::map<std::string, PtzPosition> m_presets;
    int m_nextPreset = 1;
};

} // namespace CamSim
