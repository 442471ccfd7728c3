// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map/collectortracks.h>

#include <cc/storage/repositories.h>

#include <QUuid>

namespace Cc::Map {

namespace {

/// The same fix gets the same id on every workstation that hears it (each one in the hall
/// may listen to the positioning feed), so the hub and the others keep it once.
QString fixId(const QString &userId, const QDateTime &at)
{
    static const QUuid ns(QStringLiteral("{4b0e51c2-6a8e-4c52-9a57-0c6f3c1d2e77}"));
    return QUuid::createUuidV5(ns, userId + QLatin1Char('|') + Storage::isoUtc(at))
        .toString(QUuid::WithoutBraces);
}

} // namespace

CollectorTracks::Fix CollectorTracks::resolve(const QString &collector, const QPointF &lonLat,
                                              const QDateTime &at, double accuracyM)
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

void CollectorTracks::add(const QString &collector, const QPointF &lonLat, const QDateTime &at,
                          double accuracyM)
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
        const Storage::CollectorPositionRow row{fixId(f.userId, f.at), f.userId, f.at, f.accuracyM,
                                                f.lonLat};
        if (auto r = spatial.insert(row); !r)
            return r.error();
        if (m_db.changes() == 0)
            continue; // the hub brought this fix from another workstation already
        if (auto r = outbox.appendRowChange(QStringLiteral("collector_position"), row.id,
                                            QStringLiteral("insert"), std::nullopt);
            !r)
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
