// SPDX-License-Identifier: GPL-3.0-or-later
#include "videoanalytics.h"

#include <QColor>

namespace Cc::App {

VideoAnalytics::VideoAnalytics(Cases::CaseService &service, Storage::Database &db,
                               const Cases::Session *session)
    : m_db(db)
    , m_session(session)
    , m_store(db)
    , m_clips(service, db)
    , m_review(m_store, service, m_clips, db)
{}

std::optional<Cases::Actor> VideoAnalytics::decider() const
{
    if (!m_session)
        return std::nullopt;
    for (Core::Role role : {Core::Role::Operator, Core::Role::ShiftLeader})
        if (m_session->has(role))
            return m_session->actor(role);
    return std::nullopt;
}

AnalyticsWidgets::CandidateQueue *VideoAnalytics::createQueue()
{
    return new AnalyticsWidgets::CandidateQueue(m_store, m_review, m_db,
                                                [this] { return decider(); });
}

VideoQuick::WallController::ZoneHooks VideoAnalytics::zoneHooks()
{
    VideoQuick::WallController::ZoneHooks hooks;
    hooks.zonesOf = [this](const QString &cameraId) {
        QVariantList out;
        auto zones = m_store.zones(cameraId);
        if (!zones)
            return out;
        for (const Analytics::Zone &z : *zones) {
            QVariantList points;
            for (const QPointF &p : z.polygon)
                points << p.x() << p.y();
            out << QVariantMap{{QStringLiteral("id"), z.id},
                               {QStringLiteral("name"), z.name},
                               {QStringLiteral("kind"), Analytics::zoneKindKey(z.kind)},
                               {QStringLiteral("dwellSeconds"), z.dwellSeconds},
                               {QStringLiteral("points"), points}};
        }
        return out;
    };
    const QList<std::pair<Analytics::ZoneKind, QString>> kinds
        = {{Analytics::ZoneKind::NoStall, QStringLiteral("#ff9f1a")},
           {Analytics::ZoneKind::NoParking, QStringLiteral("#3fa9ff")},
           {Analytics::ZoneKind::Rubbish, QStringLiteral("#7ed957")}};
    for (const auto &[kind, color] : kinds)
        hooks.kinds << QVariantMap{{QStringLiteral("key"), Analytics::zoneKindKey(kind)},
                                   {QStringLiteral("name"), Analytics::zoneKindLabel(kind)},
                                   {QStringLiteral("color"), color}};
    // Zones are drawn by whoever sits at the wall logged in; the store checks every zone.
    if (!m_session)
        return hooks;
    hooks.save = [this](const QString &cameraId, const QString &kind, const QString &name,
                        const QVariantList &points, int dwellSeconds) -> Result<void> {
        Analytics::Zone z;
        z.cameraId = cameraId;
        z.name = name;
        z.kind = Analytics::zoneKindFromKey(kind).value_or(Analytics::ZoneKind::NoStall);
        for (qsizetype i = 0; i + 1 < points.size(); i += 2)
            z.polygon << QPointF(points[i].toDouble(), points[i + 1].toDouble());
        z.dwellSeconds = dwellSeconds;
        z.createdBy = m_session->user.login;
        auto saved = m_store.saveZone(z);
        if (!saved)
            return saved.error();
        return {};
    };
    hooks.retire = [this](const QString &zoneId) { return m_store.retireZone(zoneId); };
    return hooks;
}

} // namespace Cc::App
