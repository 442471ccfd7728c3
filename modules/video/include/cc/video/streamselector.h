// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

namespace Cc::Video {

enum class StreamKind { Sub, Main };

/// Which of a camera's two streams a tile should play: the sub-stream while the tile fits in
/// the sub-stream's size (physical pixels), the main stream when it is larger or focused
/// (1×1, full screen). Hysteresis against flapping while a window is resized: the size must
/// leave a ±band around the threshold and the new choice must hold for `holdMs`; focusing
/// switches to main at once (the user asked for it).
class StreamSelector
{
public:
    explicit StreamSelector(QSize subSize = QSize(640, 360), int holdMs = 2000, double band = 0.15);

    /// Feeds the tile's current size; returns the stream to play now.
    StreamKind update(QSize tilePixels, bool focused, qint64 nowMs);
    StreamKind current() const { return m_current; }

private:
    bool fits(QSize tile, double factor) const;

    QSize m_subSize;
    int m_holdMs;
    double m_band;
    StreamKind m_current = StreamKind::Sub;
    bool m_pending = false;
    qint64 m_pendingSinceMs = 0;
};

} // namespace Cc::Video
