// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/map/mapdata.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QHash>
#include <QPointF>

namespace Cc::Map {

/// Collectors' live positions: the latest per collector (for the map) and their tracks,
/// stored in collector_position in batches (one transaction each, with outbox rows, so
/// tracks sync like everything else).
class CollectorTracks
{
public:
    explicit CollectorTracks(Storage::Database &db) : m_db(db) {}

    /// `collector` is a user id or login; unknown collectors are kept on the map with the
    /// name they came with but their track is still stored under that name.
    void add(const QString &collector, const QPointF &lonLat, const QDateTime &at,
             double accuracyM = 0);
    /// Writes the positions added since the last flush; returns how many.
    Result<int> flush();
    int pending() const { return int(m_pending.size()); }

    /// The latest position of each collector, as the Collectors layer draws them.
    std::vector<PointFeature> latest() const;

private:
    struct Fix
    {
        QString userId, label;
        QPointF lonLat;
        QDateTime at;
        double accuracyM = 0;
    };
    Fix resolve(const QString &collector, const QPointF &lonLat, const QDateTime &at,
                double accuracyM);

    Storage::Database &m_db;
    QHash<QString, QPair<QString, QString>> m_users; ///< id or login → (id, display name)
    QHash<QString, Fix> m_latest;
    QList<Fix> m_pending;
};

} // namespace Cc::Map
