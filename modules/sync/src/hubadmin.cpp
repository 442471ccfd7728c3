// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/sync/basemapsync.h>
#include <cc/sync/hubadmin.h>

#include "synctr.h"

#include <cc/core/casestatemachine.h>
#include <cc/core/uuid.h>
#include <cc/core/workcalendar.h>
#include <cc/storage/database.h>
#include <cc/storage/geometry.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Cc::Sync {

using Core::CaseAction;
using Core::CaseState;

namespace {

QString timerId(Core::TimerEffect timer)
{
    switch (timer) {
    case Core::TimerEffect::Restart:
        return QStringLiteral("restart");
    case Core::TimerEffect::Extend:
        return QStringLiteral("extend");
    case Core::TimerEffect::Stop:
        return QStringLiteral("stop");
    case Core::TimerEffect::Keep:
    case Core::TimerEffect::Invalid:
        break;
    }
    return QStringLiteral("keep");
}

} // namespace

QList<QStringList> HubAdmin::transitionRows()
{
    // Every (state, resume state, action, role) that the state machine accepts: the hub then
    // needs no state machine of its own, and cannot drift from the workstations'.
    QList<QStringList> rows;
    const QList<CaseState> resumes{CaseState::Invalid, CaseState::Dispatched, CaseState::Disposing};
    // Invalid first: the state of a case before its report.
    QList<CaseState> states{CaseState::Invalid};
    states += Core::CaseStateMachine::allStates();
    for (CaseState state : std::as_const(states)) {
        for (CaseState resume : resumes) {
            for (CaseAction action : Core::CaseStateMachine::allActions()) {
                for (Core::Role role : Core::allRoles()) {
                    auto t = Core::CaseStateMachine::apply({state, resume}, action, role);
                    if (!t)
                        continue;
                    const auto id = [](CaseState s) {
                        return s == CaseState::Invalid ? QString() : Core::stateId(s);
                    };
                    const auto stage = [](Core::Stage s) {
                        return s == Core::Stage::Invalid ? QString() : Core::stageId(s);
                    };
                    rows.append({id(state), id(resume), Core::actionId(action), Core::roleId(role),
                                 id(t->to), stage(t->stage), id(t->resumeState), timerId(t->timer),
                                 t->countsDispatch ? QStringLiteral("t") : QStringLiteral("f"),
                                 t->countsRework ? QStringLiteral("t") : QStringLiteral("f")});
                }
            }
        }
    }
    return rows;
}

QList<QStringList> HubAdmin::stateRows()
{
    // The centre's own stage limits are the workstations' defaults (CaseService is built with
    // StageLimits{} everywhere); the disposal limits come from the categories.
    const Core::StageLimits limits;
    QList<QStringList> rows;
    for (CaseState state : Core::CaseStateMachine::allStates()) {
        const Core::Stage timed = Core::CaseStateMachine::timedStage(state);
        rows.append({Core::stateId(state),
                     timed == Core::Stage::Invalid ? QString() : Core::stageId(timed),
                     Core::CaseStateMachine::isInDisposal(state) ? QStringLiteral("t")
                                                                 : QStringLiteral("f"),
                     limits.forState(state).toString()});
    }
    return rows;
}

Result<int> HubAdmin::schemaVersion()
{
    auto exists = m_conn.exec(QStringLiteral("SELECT to_regclass('cc.hub_meta') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (exists->text(0, 0) != QLatin1String("t"))
        return 0;
    auto v = m_conn.exec(
        QStringLiteral("SELECT value FROM cc.hub_meta WHERE key = 'schema_version'"));
    if (!v)
        return v.error();
    return v->rows() ? int(v->integer(0, 0)) : 0;
}

Result<int> HubAdmin::init(const Core::WorkCalendar &defaultCalendar, int upTo)
{
    // Roles are per cluster: created once, shared by every hub database of the cluster.
    static const char *setup = R"SQL(
CREATE EXTENSION IF NOT EXISTS postgis;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cc_hub_owner') THEN
        CREATE ROLE cc_hub_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cc_sync_client') THEN
        CREATE ROLE cc_sync_client NOLOGIN;
    END IF;
    -- citygate's hub login is granted this by the administrator (hub schema 9).
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cc_gateway') THEN
        CREATE ROLE cc_gateway NOLOGIN;
    END IF;
END $$;
)SQL";
    if (auto r = m_conn.command(QString::fromLatin1(setup)); !r)
        return r.error();
    auto db = m_conn.exec(QStringLiteral("SELECT current_database(), current_user"));
    if (!db)
        return db.error();
    const QString grants
        = QStringLiteral("GRANT CREATE ON DATABASE %1 TO cc_hub_owner; GRANT cc_hub_owner TO %2;")
              .arg(m_conn.identifier(db->text(0, 0)), m_conn.identifier(db->text(0, 1)));
    if (auto r = m_conn.command(grants); !r)
        return r.error();

    auto current = schemaVersion();
    if (!current)
        return current.error();
    if (current.value() > kHubSchemaVersion)
        return makeError(
            QStringLiteral("sync.upgrade-client"),
            SyncTr::tr(
                "The hub has schema %1, newer than this CityCommand (%2): upgrade CityCommand.")
                .arg(current.value())
                .arg(kHubSchemaVersion));
    if (auto r = m_conn.command(QStringLiteral("BEGIN")); !r)
        return r.error();
    auto rollback = [this](const Error &e) -> Result<int> {
        (void) m_conn.command(QStringLiteral("ROLLBACK"));
        return e;
    };
    if (auto r = m_conn.command(QStringLiteral("SET LOCAL ROLE cc_hub_owner")); !r)
        return rollback(r.error());
    upTo = std::min(upTo, kHubSchemaVersion);
    for (int version = current.value() + 1; version <= upTo; ++version) {
        QFile file(QStringLiteral(":/cc/hub/%1_hub.sql").arg(version, 4, 10, QLatin1Char('0')));
        // A version between two files this build carries may be missing: schema numbers are
        // handed out to changes made side by side, and each file upgrades from whichever of
        // the earlier ones are in place. The newest one must be here.
        if (!file.exists() && version < upTo)
            continue;
        if (!file.open(QIODevice::ReadOnly))
            return rollback(makeError(QStringLiteral("sync.hub-error"),
                                      SyncTr::tr("Hub schema file %1 is missing from this build.")
                                          .arg(file.fileName())));
        if (auto r = m_conn.command(QString::fromUtf8(file.readAll())); !r)
            return rollback(r.error());
        if (auto r
            = m_conn.exec(QStringLiteral(
                              "UPDATE cc.hub_meta SET value = $1 WHERE key = 'schema_version'"),
                          {QString::number(version)});
            !r)
            return rollback(r.error());
    }
    const int reached = std::max(upTo, current.value());
    if (auto r = fillFromCore(reached, defaultCalendar); !r)
        return rollback(r.error());
    if (auto r = m_conn.command(QStringLiteral("COMMIT")); !r)
        return r.error();
    return reached;
}

Result<void> HubAdmin::fillFromCore(int version, const Core::WorkCalendar &defaultCalendar)
{
    // From schema 3 on the hub derives every step itself: it needs each transition's effects,
    // the states' stages and limits, and the default work calendar for a hub without one.
    const auto json = [](const QList<QStringList> &rows) {
        QJsonArray array;
        for (const QStringList &row : rows)
            array.append(QJsonArray::fromStringList(row));
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    };
    QList<std::pair<QString, QVariantList>> statements{
        {QStringLiteral("DELETE FROM cc.transition"), {}},
        {version >= 3 ? QStringLiteral(
             "INSERT INTO cc.transition SELECT r->>0, r->>1, r->>2, r->>3, r->>4, r->>5, r->>6, "
             "r->>7, (r->>8)::boolean, (r->>9)::boolean FROM jsonb_array_elements($1::jsonb) r")
                      : QStringLiteral(
                          "INSERT INTO cc.transition SELECT r->>0, r->>1, r->>2, r->>3, r->>4 "
                          "FROM jsonb_array_elements($1::jsonb) r"),
         {json(transitionRows())}}};
    if (version >= 3) {
        statements.append({QStringLiteral("DELETE FROM cc.case_state"), {}});
        statements.append(
            {QStringLiteral(
                 "INSERT INTO cc.case_state SELECT r->>0, r->>1, (r->>2)::boolean, r->>3 "
                 "FROM jsonb_array_elements($1::jsonb) r"),
             {json(stateRows())}});
        statements.append({QStringLiteral("INSERT INTO cc.hub_meta VALUES ('default_calendar', $1) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                           {QString::fromUtf8(defaultCalendar.toJson())}});
        statements.append({QStringLiteral("SELECT cc.reload_calendar()"), {}});
    }
    // From schema 7 cc.pull runs a statement written from cc.synced_table: rewritten after
    // every upgrade, so a schema that adds a synced table needs nothing more.
    if (version >= 7)
        statements.append({QStringLiteral("SELECT cc.build_pull()"), {}});
    for (const auto &[sql, params] : std::as_const(statements)) {
        if (auto r = m_conn.command(sql, params); !r)
            return r;
    }
    return {};
}

namespace {

QByteArray ewkbHex(const QByteArray &gpkg)
{
    // GPKG header (8 bytes + envelope) then standard WKB, which PostGIS reads as hex after an
    // SRID prefix.
    if (gpkg.size() < 8 || gpkg.at(0) != 'G' || gpkg.at(1) != 'P')
        return {};
    static const int doubles[] = {0, 4, 6, 6, 8};
    const int envelope = (quint8(gpkg.at(3)) >> 1) & 7;
    if (envelope > 4)
        return {};
    return QByteArrayLiteral("SRID=4490;") + gpkg.mid(8 + 8 * doubles[envelope]).toHex();
}

} // namespace

Result<SeedReport> HubAdmin::seed(const QString &gpkgPath,
                                  const std::function<void(const QString &, qint64)> &progress)
{
    auto version = schemaVersion();
    if (!version)
        return version.error();
    if (version.value() == 0)
        return makeError(QStringLiteral("sync.no-hub"), SyncTr::tr("Run cityctl hub init first."));
    auto opened = Storage::Database::open(gpkgPath, Storage::Database::OpenMode::ReadOnly);
    if (!opened)
        return opened.error();
    Storage::Database &db = *opened.value();
    auto counted = m_conn.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM cc.case_record) + (SELECT count(*) FROM cc.grid_unit)"));
    if (!counted)
        return counted.error();
    if (counted->integer(0, 0) > 0)
        return makeError(QStringLiteral("sync.hub-not-empty"),
                         SyncTr::tr("The hub already holds a city; seed only an empty hub."));

    auto tables = m_conn.exec(QStringLiteral("SELECT name FROM cc.synced_table ORDER BY position"));
    if (!tables)
        return tables.error();
    if (auto r = m_conn.command(QStringLiteral("BEGIN")); !r)
        return r.error();
    auto rollback = [this](const Error &e) -> Result<SeedReport> {
        (void) m_conn.command(QStringLiteral("ROLLBACK"));
        return e;
    };
    if (auto r = m_conn.command(QStringLiteral("SELECT pg_advisory_xact_lock(7007)")); !r)
        return rollback(r.error());
    SeedReport report;
    QStringList names;
    for (int i = 0; i < tables->rows(); ++i)
        names.append(tables->text(i, 0));
    names.insert(names.indexOf(QStringLiteral("app_user")) + 1, QStringLiteral("user_role"));
    for (const QString &table : std::as_const(names)) {
        // The hub's columns (same names as the local table's, plus change_seq).
        auto hubColumns = m_conn.exec(
            QStringLiteral(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'cc' "
                "AND table_name = $1 AND column_name <> 'change_seq' ORDER BY ordinal_position"),
            {table});
        if (!hubColumns)
            return rollback(hubColumns.error());
        QStringList columns;
        for (int i = 0; i < hubColumns->rows(); ++i)
            columns.append(hubColumns->text(i, 0));
        QString where;
        if (table == QLatin1String("setting"))
            where = QStringLiteral(" WHERE key NOT LIKE 'sync.%'");
        auto st = db.prepare(QStringLiteral("SELECT %1 FROM %2%3")
                                 .arg(columns.join(QStringLiteral(", ")), table, where));
        if (!st)
            return rollback(st.error());
        const int geomColumn = int(columns.indexOf(QStringLiteral("geom")));
        qint64 count = 0;
        Error stepError;
        bool failed = false;
        auto copied
            = m_conn.copyIn(QStringLiteral("COPY cc.%1 (%2) FROM STDIN")
                                .arg(table, columns.join(QStringLiteral(", "))),
                            [&](QByteArray &chunk) {
                                for (int n = 0; n < 2000; ++n) {
                                    auto row = st.value().step();
                                    if (!row) {
                                        stepError = row.error();
                                        failed = true;
                                        return false;
                                    }
                                    if (!row.value())
                                        return false;
                                    for (int c = 0; c < columns.size(); ++c) {
                                        if (c)
                                            chunk.append('\t');
                                        const QVariant v = st.value().value(c);
                                        if (c == geomColumn && !st.value().isNull(c))
                                            appendCopyField(chunk, ewkbHex(st.value().blob(c)));
                                        else if (v.typeId()
                                                 == QMetaType::QByteArray) // bytea: \x hex
                                            appendCopyField(chunk,
                                                            QString(QStringLiteral("\\x")
                                                                    + QString::fromLatin1(
                                                                        v.toByteArray().toHex())));
                                        else
                                            appendCopyField(chunk, v);
                                    }
                                    chunk.append('\n');
                                    ++count;
                                }
                                return true;
                            });
        if (failed)
            return rollback(stepError);
        if (!copied)
            return rollback(copied.error());
        report.rows.append({table, count});
        report.total += count;
        if (progress)
            progress(table, count);
    }
    if (auto r = m_conn.command(QStringLiteral("COMMIT")); !r)
        return r.error();
    // The basemap is no synced table: the city's first version, published like any later one
    // (hub schema 13; docs/hub.md, "basemap").
    if (version.value() >= 13
        && db.rowCount(QStringLiteral("basemap_area")) + db.rowCount(QStringLiteral("basemap_line"))
               > 0) {
        auto basemap = BasemapSync(m_conn).publish(db);
        if (!basemap)
            return basemap.error();
        report.rows.append({QStringLiteral("basemap"), basemap->areas + basemap->lines});
        if (progress)
            progress(QStringLiteral("basemap"), basemap->areas + basemap->lines);
    }
    return report;
}

// The PostgreSQL login of a CityCommand user, inside addUser's transaction.
Result<void> HubAdmin::grantLogin(const QString &login, const QString &userId,
                                  const QString &verifier)
{
    auto exists = m_conn.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {login});
    if (!exists)
        return (exists.error());
    // A CityCommand login of this or another hub database of the cluster (roles are per
    // cluster) is a member of cc_sync_client; any other role of that name is someone else's.
    auto known = m_conn.exec(
        QStringLiteral(
            "SELECT 1 FROM pg_roles WHERE rolname = $1 AND pg_has_role(rolname, 'cc_sync_client', 'MEMBER')"),
        {login});
    if (!known)
        return (known.error());
    if (exists->rows() && !known->rows())
        return (makeError(QStringLiteral("sync.role-taken"),
                          SyncTr::tr(
                              "PostgreSQL already has a role “%1” that is not a CityCommand login.")
                              .arg(login)));
    // The verifier, not the password, travels in the statement (and so in any server log).
    const QString ddl = QStringLiteral("%1 ROLE %2 LOGIN PASSWORD %3")
                            .arg(exists->rows() ? QStringLiteral("ALTER")
                                                : QStringLiteral("CREATE"),
                                 m_conn.identifier(login), m_conn.literal(verifier));
    if (auto r = m_conn.command(ddl); !r)
        return (r.error());
    if (auto r = m_conn.command(
            QStringLiteral("GRANT cc_sync_client TO %1").arg(m_conn.identifier(login)));
        !r)
        return (r.error());
    if (auto r = m_conn.command(
            QStringLiteral(
                "INSERT INTO cc.hub_login VALUES ($1, $2) ON CONFLICT (pg_role) DO UPDATE SET user_id = excluded.user_id"),
            {login, userId});
        !r)
        return (r.error());
    return {};
}

Result<void> HubAdmin::addUser(const QString &login, const QString &password,
                               const QStringList &roles, const QString &departmentCode,
                               const QString &displayName)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    if (!valid.match(login).hasMatch())
        return makeError(QStringLiteral("sync.bad-login"),
                         SyncTr::tr(
                             "A hub login is lower-case ASCII letters, digits and _ (got “%1”).")
                             .arg(login));
    if (password.size() < 8)
        return makeError(QStringLiteral("sync.weak-password"),
                         SyncTr::tr("The password needs at least 8 characters."));
    for (const QString &role : roles) {
        if (Core::roleFromId(role) == Core::Role::Invalid)
            return makeError(QStringLiteral("auth.unknown-role"),
                             SyncTr::tr("Unknown role “%1”.").arg(role));
    }
    auto version = schemaVersion();
    if (!version)
        return version.error();
    if (version.value() == 0)
        return makeError(QStringLiteral("sync.no-hub"), SyncTr::tr("Run cityctl hub init first."));
    auto verifier = m_conn.encryptPassword(password, login);
    if (!verifier)
        return verifier.error();

    if (auto r = m_conn.command(QStringLiteral("BEGIN")); !r)
        return r;
    auto rollback = [this](const Error &e) -> Result<void> {
        (void) m_conn.command(QStringLiteral("ROLLBACK"));
        return e;
    };
    auto user = m_conn.exec(QStringLiteral("SELECT id FROM cc.app_user WHERE login = $1"), {login});
    if (!user)
        return rollback(user.error());
    QString userId = user->rows() ? user->text(0, 0) : QString();
    QString departmentId;
    if (!departmentCode.isEmpty()) {
        auto d = m_conn.exec(QStringLiteral(
                                 "SELECT id FROM cc.department WHERE code = $1 OR id = $1"),
                             {departmentCode});
        if (!d)
            return rollback(d.error());
        if (!d->rows())
            return rollback(
                makeError(QStringLiteral("case.unknown-department"),
                          SyncTr::tr("The hub has no department “%1”.").arg(departmentCode)));
        departmentId = d->text(0, 0);
    }
    if (userId.isEmpty() && roles.isEmpty())
        return rollback(makeError(QStringLiteral("auth.unknown-user"),
                                  SyncTr::tr("The hub has no user “%1”; give --role to create one.")
                                      .arg(login)));
    if (auto r = m_conn.command(QStringLiteral("SELECT pg_advisory_xact_lock(7007)")); !r)
        return rollback(r.error());
    const QString now = Storage::isoUtc(QDateTime::currentDateTimeUtc());
    if (userId.isEmpty()) {
        userId = Core::uuidText(Core::makeUuidV7(QDateTime::currentMSecsSinceEpoch()));
        if (auto r = m_conn.command(
                QStringLiteral(
                    "INSERT INTO cc.app_user (id, login, display_name, department_id, updated_at) "
                    "VALUES ($1, $2, $3, $4, $5)"),
                {userId, login, displayName.isEmpty() ? login : displayName,
                 departmentId.isEmpty() ? QVariant() : QVariant(departmentId), now});
            !r)
            return rollback(r.error());
    } else if (!departmentId.isEmpty() || !displayName.isEmpty()) {
        if (auto r = m_conn.command(
                QStringLiteral(
                    "UPDATE cc.app_user SET department_id = COALESCE($2, department_id), "
                    "display_name = COALESCE($3, display_name), updated_at = $4 WHERE id = $1"),
                {userId, departmentId.isEmpty() ? QVariant() : QVariant(departmentId),
                 displayName.isEmpty() ? QVariant() : QVariant(displayName), now});
            !r)
            return rollback(r.error());
    }
    if (!roles.isEmpty()) {
        QStringList ids;
        for (const QString &role : roles)
            ids.append(Core::roleId(Core::roleFromId(role)));
        if (auto r = m_conn.command(
                QStringLiteral(
                    "DELETE FROM cc.user_role WHERE user_id = $1 AND NOT role = ANY($2::text[])"),
                {userId, QStringLiteral("{%1}").arg(ids.join(QLatin1Char(',')))});
            !r)
            return rollback(r.error());
        for (const QString &role : std::as_const(ids)) {
            if (auto r = m_conn.command(
                    QStringLiteral(
                        "INSERT INTO cc.user_role VALUES ($1, $2) ON CONFLICT DO NOTHING"),
                    {userId, role});
                !r)
                return rollback(r.error());
        }
    }
    if (auto r = grantLogin(login, userId, verifier.value()); !r)
        return rollback(r.error());
    if (auto r = m_conn.command(QStringLiteral("COMMIT")); !r)
        return r;
    return {};
}

} // namespace Cc::Sync
