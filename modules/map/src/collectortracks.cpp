// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map/collectortracks.h>

#include <cc/core/uuid.h>
#include <cc/storage/repositories.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cc::Map {

CollectorTracks::Fix CollectorTracks::resolve(const QString &collector, const QPointF &lonLat, const QDateTime &at,
                                              double accuracyM)
{
    if (!m_users.contains(collector)) {
        Storage::UserRepository users(m_db);
        auto byId = users.find(collector);
        auto row = byId && *byId ? byId : users.findByLogin(collector);
        if (row && *row)
            m_users.insert(collector, {(*row)->id, (*row)->displayName});
        else
            m_users.insert(collector, {collector, collector});
    }
    const auto user = m_users.value(collector);
    return {user.first, user.second, lonLat, at.toUTC(), accuracyM};
}

void CollectorTracks::add(const QString &collector, const QPointF &lonLat, const QDateTime &at, double accuracyM)
{
    const Fix fix = resolve(collector, lonLat, at, accuracyM);
    const auto it = m_latest.constFind(fix.userId);
    if (it == m_latest.cend() || it->at <= fix.at)
        m_latest.insert(fix.userId, fix);
    m_pending.append(fix);
}

Result<int> CollectorTracks::flush()
{
    if (m_pending.isEmpty())
        return 0;
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Storage::SpatialRepository spatial(m_db);
    Storage::OutboxRepository outbox(m_db);
    for (const Fix &f : std::as_const(m_pending)) {
        const Storage::CollectorPositionRow row{Core::uuidText(Core::makeUuidV7()), f.userId, f.at, f.accuracyM, f.lonLat};
        if (auto r = spatial.insert(row); !r)
            return r.error();
        const QJsonObject payload{{"id", row.id}, {"user_id", row.userId}, {"at", Storage::isoUtc(row.at)},
                                  {"accuracy_m", row.accuracyM},
                                  {"geom", QJsonObject{{"type", "Point"}, {"coordinates", QJsonArray{f.lonLat.x(), f.lonLat.y()}}}}};
        if (auto r = outbox.append(QStringLiteral("collector_position"), row.id, QStringLiteral("insert"),
                                   QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    const int written = int(m_pending.size());
    m_pending.clear();
    return written;
}

std::vector<PointFeature> CollectorTracks::latest() const
{
    std::vector<PointFeature> out;
    for (const Fix &f : m_latest)
        out.push_back({f.lonLat, f.userId, f.userId, f.label, 0, CaseLook::Invalid});
    return out;
}

} // namespace Cc::Map
