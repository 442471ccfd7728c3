// SPDX-License-Identifier: GPL-3.0-or-later
// Zones of the video analytics on the wall's tiles (docs/video.md "Video analytics"): drawn
// and shown here, stored by the app through its hooks.
#include "cc/video_quick/wallcontroller.h"

namespace Cc::VideoQuick {

void WallController::setZoneHooks(ZoneHooks hooks)
{
    m_zoneHooks = std::move(hooks);
    ++m_zonesRevision;
    emit zonesChanged();
}

QVariantList WallController::zonesOf(int tile) const
{
    const WallTile *t = this->tile(tile);
    if (!t || t->cameraId().isEmpty() || !m_zoneHooks.zonesOf)
        return {};
    return m_zoneHooks.zonesOf(t->cameraId());
}

bool WallController::saveZone(int tile, const QString &kind, const QString &name,
                              const QVariantList &points, int dwellSeconds)
{
    const WallTile *t = this->tile(tile);
    if (!t || t->cameraId().isEmpty() || !m_zoneHooks.save) {
        say(tr("Zones are drawn on a tile with a camera, by a logged-in user"));
        return false;
    }
    auto saved = m_zoneHooks.save(t->cameraId(), kind, name, points, dwellSeconds);
    if (!saved) {
        say(saved.error().message);
        return false;
    }
    ++m_zonesRevision;
    emit zonesChanged();
    say(tr("Zone “%1” saved for %2").arg(name.trimmed(), t->cameraName()));
    return true;
}

bool WallController::clearZones(int tile)
{
    const QVariantList zones = zonesOf(tile);
    if (zones.isEmpty() || !m_zoneHooks.retire)
        return false;
    for (const QVariant &z : zones)
        if (auto r = m_zoneHooks.retire(z.toMap().value(QStringLiteral("id")).toString()); !r) {
            say(r.error().message);
            return false;
        }
    ++m_zonesRevision;
    emit zonesChanged();
    say(tr("%n zone(s) removed", nullptr, int(zones.size())));
    return true;
}

} // namespace Cc::VideoQuick
