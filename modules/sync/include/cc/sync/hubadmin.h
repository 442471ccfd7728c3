// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/core/workcalendar.h>
#include <cc/sync/pgconnection.h>

#include <QStringList>

#include <functional>

namespace Cc::Sync {

/// The hub schema version this build speaks (cc.hub_meta schema_version). A workstation that
/// speaks an older one is told to upgrade; a newer one, that the hub must be upgraded.
inline constexpr int kHubSchemaVersion = 14;

struct SeedReport
{
    QList<std::pair<QString, qint64>> rows; ///< table → rows loaded
    qint64 total = 0;
};

/// Setting up a hub, as a PostgreSQL administrator (`cityctl hub …`).
class HubAdmin
{
public:
    explicit HubAdmin(PgConnection &connection) : m_conn(connection) {}

    /// Creates or upgrades the hub: PostGIS, the roles cc_hub_owner and cc_sync_client, the
    /// schema files up to kHubSchemaVersion, and the transition table generated from
    /// Core::CaseStateMachine. Returns the schema version now in place. Re-running is harmless;
    /// on an older hub it applies the newer files only. `defaultCalendar`: the work calendar
    /// the hub derives deadlines on until a city's own is loaded (the caller picks it:
    /// cityctl the national one, City::CityContext::nationalCalendar()). `upTo`: stop at
    /// that version (tests of the upgrade path).
    Result<int> init(const Core::WorkCalendar &defaultCalendar, int upTo = kHubSchemaVersion);
    /// The schema version the hub has (0: not a hub yet).
    Result<int> schemaVersion();
    /// Loads a city from a CityCommand GeoPackage into an empty hub.
    Result<SeedReport> seed(
        const QString &gpkgPath,
        const std::function<void(const QString &table, qint64 rows)> &progress = {});
    /// Creates (or updates) the hub login of a CityCommand user: a PostgreSQL role of the same
    /// name, member of cc_sync_client, with a SCRAM verifier computed here. The user must exist
    /// on the hub (seeded) unless `roles` is given, which then also creates or updates it.
    Result<void> addUser(const QString &login, const QString &password,
                         const QStringList &roles = {}, const QString &departmentCode = {},
                         const QString &displayName = {});

    /// (from state, resume state, action, role, to state, step, resume state after, timer,
    /// counts dispatch, counts rework) rows of Core::CaseStateMachine.
    static QList<QStringList> transitionRows();
    /// (state, timed stage, in disposal, the centre's stage limit) per state.
    static QList<QStringList> stateRows();

private:
    Result<void> fillFromCore(int version, const Core::WorkCalendar &defaultCalendar);
    Result<void> grantLogin(const QString &login, const QString &userId, const QString &verifier);

    PgConnection &m_conn;
};

} // namespace Cc::Sync
