// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A simulated PTZ camera (docs/video.md "PTZ"): a street scene four times the picture in each
// direction, rendered once, and the view the head's position selects from it (pan/tilt move
// the window, zoom shrinks it from half the scene to an eighth), encoded live. Unlike the fixed
// cameras' clips this cannot be encoded once: what the camera shows depends on where it looks.

#include "painter.h"
#include "ptzstate.h"

#include <gst/gst.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <thread>
#include <vector>

namespace CamSim {

/// A street seen from across the road: sky, buildings with windows, sidewalk, lamp posts and
/// trees, a road with lanes. Deterministic in `seed`, so each camera has its own street.
Picture makeStreetScene(int width, int height, unsigned seed);

/// The part of `scene` the head at `at` sees, scaled to `width`×`height` (nearest neighbour),
/// written as I420 planes one after the other into `out` (width*height*3/2 bytes).
void renderView(const Picture &scene, const PtzPosition &at, int width, int height,
                std::uint8_t *out);

/// One simulated PTZ camera: its scene and its head, shared by its main and sub streams.
struct PtzCamera
{
    Picture scene;
    PtzState head;
};

/// Renders the camera's view at 25 fps into an appsrc (raw I420) on a thread of its own, from
/// the moment the stream is prepared until it is stopped.
class PtzFeed
{
public:
    PtzFeed(PtzCamera &camera, GstElement *appsrc, int width, int height);
    ~PtzFeed(); ///< stops the thread; releases the appsrc
    PtzFeed(const PtzFeed &) = delete;
    PtzFeed &operator=(const PtzFeed &) = delete;

private:
    void run();

    PtzCamera &m_camera;
    GstElement *m_appsrc;
    int m_width, m_height;
    std::atomic<bool> m_running{true};
    std::thread m_thread;
};

} // namespace CamSim
