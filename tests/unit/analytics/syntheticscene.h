// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic luma pictures for the detector's tests: a textured street-like background with
// sensor noise, a global light level, and rectangles (objects) placed per frame.
#pragma once

#include <QRect>
#include <QVector>

#include <cstdint>
#include <vector>

namespace CcTest {

struct SceneObject
{
    QRect rect; ///< pixels
    int grey = 200;
};

class SyntheticScene
{
public:
    static constexpr int kWidth = 640, kHeight = 360;

    SyntheticScene()
    {
        // Blocks of 16×16 in grey 60…160: texture for the models to hold, like a street.
        m_background.resize(size_t(kWidth) * kHeight);
        quint32 seed = 12345;
        std::vector<int> blocks(size_t(kWidth / 16 + 1) * (kHeight / 16 + 1));
        for (int &b : blocks)
            b = 60 + int(next(seed) % 101);
        for (int y = 0; y < kHeight; ++y)
            for (int x = 0; x < kWidth; ++x)
                m_background[size_t(y) * kWidth + x] = uint8_t(
                    blocks[size_t(y / 16) * (kWidth / 16 + 1) + x / 16]);
    }

    /// One picture: background + `light` (grey levels), the objects, noise of ±3.
    const std::vector<uint8_t> &render(const QVector<SceneObject> &objects, int light = 0)
    {
        m_frame.resize(m_background.size());
        for (size_t i = 0; i < m_background.size(); ++i)
            m_frame[i] = clamp(m_background[i] + light + int(next(m_noise) % 7) - 3);
        for (const SceneObject &o : objects) {
            const QRect r = o.rect.intersected(QRect(0, 0, kWidth, kHeight));
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    m_frame[size_t(y) * kWidth + x] = clamp(o.grey + light + int(next(m_noise) % 7)
                                                            - 3);
        }
        return m_frame;
    }

private:
    static quint32 next(quint32 &state)
    {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    }
    static uint8_t clamp(int v) { return uint8_t(v < 0 ? 0 : v > 255 ? 255 : v); }

    std::vector<uint8_t> m_background, m_frame;
    quint32 m_noise = 777;
};

} // namespace CcTest
