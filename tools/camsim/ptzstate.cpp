// SPDX-License-Identifier: GPL-3.0-or-later
#include "ptzstate.h"

#include <algorithm>

namespace CamSim {

namespace {
double clamp1(double v)
{
    return std::clamp(v, -1.0, 1.0);
}
} // namespace

void PtzState::advance(Clock::time_point now)
{
    const Clock::time_point end = std::min(now, m_until);
    if (end > m_last) {
        const double dt = std::chrono::duration<double>(end - m_last).count();
        m_pos.pan = clamp1(m_pos.pan + m_vPan * kPanTiltSpeed * dt);
        m_pos.tilt = clamp1(m_pos.tilt + m_vTilt * kPanTiltSpeed * dt);
        m_pos.zoom = std::clamp(m_pos.zoom + m_vZoom * kZoomSpeed * dt, 0.0, 1.0);
    }
    if (now >= m_until) { // the move's timeout: the camera stops by itself
        m_vPan = m_vTilt = m_vZoom = 0;
        m_until = Clock::time_point::max();
    }
    m_last = now;
}

void PtzState::move(double vPan, double vTilt, double vZoom, double timeoutS)
{
    std::lock_guard lock(m_mutex);
    const auto now = Clock::now();
    advance(now);
    m_vPan = clamp1(vPan);
    m_vTilt = clamp1(vTilt);
    m_vZoom = clamp1(vZoom);
    m_until = timeoutS > 0 ? now + std::chrono::microseconds(static_cast<long long>(timeoutS * 1e6))
                           : Clock::time_point::max();
}

void PtzState::stop(bool panTilt, bool zoom)
{
    std::lock_guard lock(m_mutex);
    advance(Clock::now());
    if (panTilt)
        m_vPan = m_vTilt = 0;
    if (zoom)
        m_vZoom = 0;
}

std::string PtzState::setPreset(const std::string &token, const std::string &)
{
    std::lock_guard lock(m_mutex);
    advance(Clock::now());
    std::string t = token;
    if (t.empty())
        t = "preset-" + std::to_string(m_nextPreset++);
    m_presets[t] = m_pos;
    return t;
}

bool PtzState::gotoPreset(const std::string &token)
{
    std::lock_guard lock(m_mutex);
    advance(Clock::now());
    const auto it = m_presets.find(token);
    if (it == m_presets.end())
        return false;
    m_vPan = m_vTilt = m_vZoom = 0; // a real head drives there; the simulator is there at once
    m_pos = it->second;
    return true;
}

PtzPosition PtzState::position()
{
    std::lock_guard lock(m_mutex);
    advance(Clock::now());
    return m_pos;
}

} // namespace CamSim
