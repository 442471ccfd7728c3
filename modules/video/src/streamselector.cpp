// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video/streamselector.h"

namespace Cc::Video {

StreamSelector::StreamSelector(QSize subSize, int holdMs, double band)
    : m_subSize(subSize)
    , m_holdMs(holdMs)
    , m_band(band)
{}

bool StreamSelector::fits(QSize tile, double factor) const
{
    return tile.width() <= m_subSize.width() * factor
           && tile.height() <= m_subSize.height() * factor;
}

StreamKind StreamSelector::update(QSize tilePixels, bool focused, qint64 nowMs)
{
    if (focused) {
        m_current = StreamKind::Main;
        m_pending = false;
        return m_current;
    }
    const StreamKind wanted = m_current == StreamKind::Sub
                                  ? (fits(tilePixels, 1.0 + m_band) ? StreamKind::Sub
                                                                    : StreamKind::Main)
                                  : (fits(tilePixels, 1.0 - m_band) ? StreamKind::Sub
                                                                    : StreamKind::Main);
    if (wanted == m_current) {
        m_pending = false;
        return m_current;
    }
    if (!m_pending) {
        m_pending = true;
        m_pendingSinceMs = nowMs;
    }
    if (nowMs - m_pendingSinceMs >= m_holdMs) {
        m_current = wanted;
        m_pending = false;
    }
    return m_current;
}

} // namespace Cc::Video
