// SPDX-License-Identifier: GPL-3.0-or-later
#include "ptzcamera.h"

#include <gst/app/app.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <random>

namespace CamSim {

namespace {

void paintBuildings(Painter &paint, int w, int horizon, int skyline, std::mt19937 &rng)
{
    std::uniform_int_distribution<int> width(w / 64, w / 18), gray(70, 190), tint(110, 146),
        lit(0, 3);
    for (int x = 0; x < w;) {
        const int bw = width(rng);
        const int top = skyline + int(rng() % unsigned(std::max(1, (horizon - skyline) * 2 / 3)));
        const Yuv wall{std::uint8_t(gray(rng)), std::uint8_t(tint(rng)), std::uint8_t(tint(rng))};
        paint.rect(x, top, x + bw - 2, horizon, wall);
        // Windows: a grid, some lit.
        const int step = std::max(8, w / 160);
        for (int wy = top + step; wy + step < horizon; wy += step * 2)
            for (int wx = x + step / 2; wx + step < x + bw - 2; wx += step * 2)
                paint.rect(wx, wy, wx + step, wy + step,
                           lit(rng) == 0 ? Yuv{235, 100, 150} : Yuv{40, 135, 120});
        x += bw;
    }
}

void paintStreet(Painter &paint, int w, int h, std::mt19937 &rng)
{
    const int horizon = h * 55 / 100, curb = h * 62 / 100, road = h * 95 / 100;
    paint.rect(0, curb, w, road, Yuv{60, 128, 128});     // asphalt
    paint.rect(0, horizon, w, curb, Yuv{165, 124, 130}); // sidewalk
    paint.rect(0, road, w, h, Yuv{165, 124, 130});       // far-side curb
    for (int x = 0; x < w; x += w / 96)                  // sidewalk slabs
        paint.rect(x, horizon, x + 2, curb, Yuv{130, 126, 130});
    const int mid = (curb + road) / 2, dash = w / 40;
    paint.rect(0, mid - 6, w, mid - 2, Yuv{180, 60, 150}); // double yellow
    paint.rect(0, mid + 2, w, mid + 6, Yuv{180, 60, 150});
    for (int lane : {(curb + mid) / 2, (mid + road) / 2}) // dashed white lanes
        for (int x = 0; x < w; x += dash * 2)
            paint.rect(x, lane - 3, x + dash, lane + 3, Yuv{225, 128, 128});
    // Lamp posts and trees along the sidewalk, irregular so every stretch looks different.
    std::uniform_int_distribution<int> gap(w / 40, w / 12);
    for (int x = gap(rng); x < w; x += gap(rng)) {
        if (rng() % 2) {
            paint.rect(x, h * 30 / 100, x + 6, curb - 4, Yuv{35, 128, 128});
            paint.rect(x - 14, h * 30 / 100, x + 20, h * 30 / 100 + 8, Yuv{35, 128, 128});
        } else {
            paint.rect(x, h * 47 / 100, x + 8, curb - 6, Yuv{50, 118, 140});
            paint.disc(x + 4, h * 44 / 100, h / 30, Yuv{95, 100, 95});
        }
    }
}

} // namespace

Picture makeStreetScene(int width, int height, unsigned seed)
{
    Picture p;
    p.width = width & ~1;
    p.height = height & ~1;
    p.y.assign(std::size_t(p.width) * p.height, 0);
    p.u.assign(std::size_t(p.width / 2) * (p.height / 2), 128);
    p.v.assign(p.u.size(), 128);
    Painter paint(p);
    // Sky, lighter towards the horizon.
    for (int y = 0; y < p.height * 55 / 100; y += 2)
        paint.rect(0, y, p.width, y + 2,
                   Yuv{std::uint8_t(150 + 60 * y / (p.height * 55 / 100)), 150, 118});
    std::mt19937 rng(seed);
    paintBuildings(paint, p.width, p.height * 55 / 100, p.height * 12 / 100, rng);
    paintStreet(paint, p.width, p.height, rng);
    return p;
}

void renderView(const Picture &scene, const PtzPosition &at, int width, int height,
                std::uint8_t *out)
{
    // Zoom 0 shows half the scene's width, zoom 1 an eighth; the aspect ratio is the picture's.
    const double viewW = scene.width * (0.5 - 0.375 * std::clamp(at.zoom, 0.0, 1.0));
    const double viewH = std::min(double(scene.height), viewW * height / width);
    const double cx = scene.width / 2.0 + at.pan * (scene.width - viewW) / 2;
    const double cy = scene.height / 2.0 - at.tilt * (scene.height - viewH) / 2;
    const double x0 = cx - viewW / 2, y0 = cy - viewH / 2;
    std::vector<int> xs(static_cast<std::size_t>(width)), ys(static_cast<std::size_t>(height));
    for (int x = 0; x < width; ++x)
        xs[x] = std::clamp(int(x0 + (x + 0.5) * viewW / width), 0, scene.width - 1);
    for (int y = 0; y < height; ++y)
        ys[y] = std::clamp(int(y0 + (y + 0.5) * viewH / height), 0, scene.height - 1);
    std::uint8_t *dy = out, *du = out + std::size_t(width) * height,
                 *dv = du + std::size_t(width / 2) * (height / 2);
    for (int y = 0; y < height; ++y) {
        const std::uint8_t *row = &scene.y[std::size_t(ys[y]) * scene.width];
        for (int x = 0; x < width; ++x)
            *dy++ = row[xs[x]];
    }
    const int cw = scene.width / 2;
    for (int y = 0; y < height / 2; ++y) {
        const std::size_t row = std::size_t(ys[2 * y] / 2) * cw;
        for (int x = 0; x < width / 2; ++x) {
            *du++ = scene.u[row + xs[2 * x] / 2];
            *dv++ = scene.v[row + xs[2 * x] / 2];
        }
    }
}

PtzFeed::PtzFeed(PtzCamera &camera, GstElement *appsrc, int width, int height)
    : m_camera(camera)
    , m_appsrc(appsrc)
    , m_width(width)
    , m_height(height)
    , m_thread(&PtzFeed::run, this)
{}

PtzFeed::~PtzFeed()
{
    m_running = false;
    m_thread.join();
    gst_object_unref(m_appsrc);
}

void PtzFeed::run()
{
    using clock = std::chrono::steady_clock;
    const auto period = std::chrono::microseconds(40000);
    const std::size_t bytes = std::size_t(m_width) * m_height * 3 / 2;
    auto next = clock::now();
    while (m_running) {
        next += period;
        const auto now = clock::now();
        if (now > next + 5 * period)
            next = now; // descheduled: skip, never burst
        std::this_thread::sleep_until(next);
        GstBuffer *buffer = gst_buffer_new_allocate(nullptr, bytes, nullptr);
        GstMapInfo map;
        gst_buffer_map(buffer, &map, GST_MAP_WRITE);
        renderView(m_camera.scene, m_camera.head.position(), m_width, m_height, map.data);
        gst_buffer_unmap(buffer, &map);
        GST_BUFFER_DURATION(buffer) = GST_SECOND / 25;
        gst_app_src_push_buffer(GST_APP_SRC(m_appsrc), buffer);
    }
}

} // namespace CamSim
