// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drawing on I420 pictures: the PTZ cameras' panorama (ptzcamera.cpp) and the fixed cameras'
// street scenes (streetscene.cpp) paint with these opaque rectangles and discs.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace CamSim {

/// An I420 picture.
struct Picture
{
    int width = 0, height = 0;
    std::vector<std::uint8_t> y, u, v;

    void allocate(int w, int h)
    {
        width = w & ~1;
        height = h & ~1;
        y.assign(std::size_t(width) * height, 0);
        u.assign(std::size_t(width / 2) * (height / 2), 128);
        v.assign(u.size(), 128);
    }
};

struct Yuv
{
    std::uint8_t y, u, v;
};

class Painter
{
public:
    explicit Painter(Picture &p) : m_p(p) {}
    void rect(int x0, int y0, int x1, int y1, Yuv c)
    {
        x0 = std::max(0, x0);
        y0 = std::max(0, y0);
        x1 = std::min(m_p.width, x1);
        y1 = std::min(m_p.height, y1);
        if (x1 <= x0)
            return;
        for (int y = y0; y < y1; ++y) {
            std::memset(&m_p.y[std::size_t(y) * m_p.width + x0], c.y, std::size_t(x1 - x0));
            if (y % 2 == 0)
                for (int x = x0 & ~1; x < x1; x += 2) {
                    const std::size_t i = std::size_t(y / 2) * (m_p.width / 2) + x / 2;
                    m_p.u[i] = c.u;
                    m_p.v[i] = c.v;
                }
        }
    }
    void disc(int cx, int cy, int r, Yuv c)
    {
        for (int dy = -r; dy <= r; ++dy) {
            const int half = int(std::sqrt(double(r * r - dy * dy)));
            rect(cx - half, cy + dy, cx + half + 1, cy + dy + 1, c);
        }
    }
    void ellipse(int cx, int cy, int rx, int ry, Yuv c)
    {
        for (int dy = -ry; dy <= ry; ++dy) {
            const double f = 1.0 - double(dy * dy) / double(std::max(1, ry * ry));
            const int half = int(rx * std::sqrt(std::max(0.0, f)));
            rect(cx - half, cy + dy, cx + half + 1, cy + dy + 1, c);
        }
    }

private:
    Picture &m_p;
};

} // namespace CamSim
