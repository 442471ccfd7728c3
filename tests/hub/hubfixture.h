// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the hub tests: a cluster with a hub seeded from a small demo city, hub logins for
// one user per post, and workstations (local databases joined to the hub) that act through
// the real CaseService and sync through the real SyncClient.

#include "../integration/cityctlrunner.h"
#include "pgcluster.h"

#include <cc/cases/caseservice.h>
#include <cc/core/category.h>
#include <cc/core/workcalendar.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>
#include <cc/sync/hubadmin.h>
#include <cc/sync/pgconnection.h>
#include <cc/sync/syncclient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace HubTest {

using namespace Cc;
using CityctlTest::cityctl;
using CityctlTest::describe;

inline const QString kUserPassword = QStringLiteral("hub-pass-2026");

/// One workstation: its local database and the user working at it.
struct Workstation
{
    QString path, login;
    Core::Role role = Core::Role::Invalid;
    std::unique_ptr<Storage::Database> db;
    std::unique_ptr<Cases::CaseService> service;
    std::unique_ptr<Sync::SyncClient> client;
    Cases::Actor actor;

    Result<Sync::SyncReport> sync() { return client->syncOnce(); }

    Result<Storage::CaseRow> report(const QString &grid)
    {
        Cases::NewReport r;
        r.channel = role == Core::Role::Collector ? QStringLiteral("collector")
                                                  : QStringLiteral("hotline-12345");
        r.categoryKey = QStringLiteral("event:0102");
        r.description = QStringLiteral("暴露垃圾 %1").arg(login);
        r.address = QStringLiteral("人民路%1号").arg(QRandomGenerator::global()->bounded(1, 500));
        r.gridCode = grid;
        return service->report(r, actor);
    }

    Result<Storage::CaseRow> act(const QString &caseId, Core::CaseAction action,
                                 const QString &department = {})
    {
        Cases::ActionRequest a;
        a.action = action;
        a.departmentId = department;
        a.extensionHours = 8;
        a.note = QStringLiteral("by %1").arg(login);
        return service->act(caseId, a, actor);
    }

    std::optional<Storage::CaseRow> find(const QString &caseId)
    {
        auto r = service->find(caseId);
        if (!r)
            return std::nullopt;
        return r.value();
    }
};

class HubFixture
{
public:
    QTemporaryDir dir;
    PgCluster cluster;
    QString hubUrl, adminUrl, demoPath, grid;
    /// Login → (role, department id) of the users with hub logins.
    QHash<QString, std::pair<Core::Role, QString>> users;
    QString deptUserA, deptUserB, deptA, deptB; ///< two department users of different departments

    bool setUp(QString *why)
    {
        qputenv("PGPASSWORD", PgCluster::password().toUtf8());
        qputenv("CITYCOMMAND_HUB_PASSWORD", kUserPassword.toUtf8());
        qputenv("CC_HUB_CREDENTIALS", dir.filePath(QStringLiteral("credentials.json")).toUtf8());
        if (!cluster.start(why))
            return false;
        auto admin = adminConnection(QStringLiteral("postgres"));
        if (!admin) {
            *why = admin.error().message;
            return false;
        }
        if (!admin.value()->command(QStringLiteral("CREATE DATABASE city"))) {
            *why = QStringLiteral("CREATE DATABASE failed");
            return false;
        }
        hubUrl = cluster.url(QStringLiteral("city"));
        demoPath = dir.filePath(QStringLiteral("demo.gpkg"));
        auto demo = cityctl({QStringLiteral("init-demo"), QStringLiteral("--db"), demoPath,
                             QStringLiteral("--cases"), QStringLiteral("40"),
                             QStringLiteral("--components"), QStringLiteral("300")});
        if (demo.code != 0) {
            *why = describe(demo);
            return false;
        }
        adminUrl = QStringLiteral("postgresql://postgres@127.0.0.1:%1/city").arg(cluster.port());
        for (const QStringList &args :
             {QStringList{QStringLiteral("hub"), QStringLiteral("init"), QStringLiteral("--url"),
                          adminUrl},
              QStringList{QStringLiteral("hub"), QStringLiteral("seed"), QStringLiteral("--url"),
                          adminUrl, QStringLiteral("--from"), demoPath}}) {
            auto r = cityctl(args);
            if (r.code != 0) {
                *why = describe(r);
                return false;
            }
        }
        // Department users of two different departments, and a unit grid to report in.
        auto db = Storage::Database::open(demoPath, Storage::Database::OpenMode::ReadOnly);
        if (!db) {
            *why = db.error().message;
            return false;
        }
        auto st = db.value()->prepare(QStringLiteral(
            "SELECT u.login, u.department_id FROM app_user u JOIN user_role r ON r.user_id = u.id "
            "WHERE r.role = 'department' AND u.department_id IS NOT NULL ORDER BY u.login"));
        while (st && st.value().step().value()) {
            const QString login = st.value().text(0), dept = st.value().text(1);
            if (deptUserA.isEmpty()) {
                deptUserA = login;
                deptA = dept;
            } else if (deptUserB.isEmpty() && dept != deptA) {
                deptUserB = login;
                deptB = dept;
            }
        }
        auto g = db.value()->prepare(
            QStringLiteral("SELECT code FROM grid_unit ORDER BY code LIMIT 1"));
        if (g && g.value().step().value())
            grid = g.value().text(0);
        const QList<std::pair<QString, std::pair<Core::Role, QString>>> posts
            = {{QStringLiteral("op01"), {Core::Role::Operator, {}}},
               {QStringLiteral("op02"), {Core::Role::Operator, {}}},
               {QStringLiteral("sl01"), {Core::Role::ShiftLeader, {}}},
               {QStringLiteral("dp01"), {Core::Role::Dispatcher, {}}},
               {QStringLiteral("dp02"), {Core::Role::Dispatcher, {}}},
               {QStringLiteral("sv01"), {Core::Role::Supervisor, {}}},
               {QStringLiteral("sv02"), {Core::Role::Supervisor, {}}},
               {deptUserA, {Core::Role::Department, deptA}},
               {deptUserB, {Core::Role::Department, deptB}}};
        for (const auto &[login, post] : posts) {
            if (!addLogin(login, post.first, why, post.second))
                return false;
        }
        return true;
    }

    /// A hub login for a user of the demo city (`cityctl hub user add`), remembered in `users`.
    bool addLogin(const QString &login, Core::Role role, QString *why,
                  const QString &departmentId = {})
    {
        auto r = cityctl({QStringLiteral("hub"), QStringLiteral("user"), QStringLiteral("add"),
                          login, QStringLiteral("--url"), adminUrl},
                         kUserPassword.toUtf8() + '\n');
        if (r.code != 0) {
            *why = describe(r);
            return false;
        }
        users.insert(login, {role, departmentId});
        return true;
    }

    Result<std::unique_ptr<Sync::PgConnection>> adminConnection(
        const QString &db = QStringLiteral("city"))
    {
        return Sync::PgConnection::connect(
            {cluster.url(db), QStringLiteral("postgres"), PgCluster::password(), 5});
    }

    Result<std::unique_ptr<Sync::PgConnection>> userConnection(const QString &login)
    {
        return Sync::PgConnection::connect({hubUrl, login, kUserPassword, 5});
    }

    /// `entries` pushed straight to cc.push by `login` from a client id of its own, as a forger
    /// with that login's credentials would: the hub's verdicts (empty when it could not ask).
    QJsonArray pushAs(const QString &login, const QJsonArray &entries)
    {
        auto conn = userConnection(login);
        if (!conn)
            return {};
        auto r = conn.value()->exec(
            QStringLiteral("SELECT cc.push($1, $2, $3::jsonb)"),
            {Sync::kHubSchemaVersion, QStringLiteral("forger-%1").arg(++m_pushes),
             QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact))});
        return r ? QJsonDocument::fromJson(r->bytes(0, 0)).array() : QJsonArray();
    }

    Sync::HubCredentials credentials(const QString &login) const
    {
        return {hubUrl, login, kUserPassword, 3};
    }

    /// Joins a new workstation for `login` (a fresh snapshot of the hub).
    std::unique_ptr<Workstation> join(const QString &login, const QString &name)
    {
        auto w = std::make_unique<Workstation>();
        w->path = dir.filePath(name + QStringLiteral(".gpkg"));
        w->login = login;
        w->role = users.value(login).first;
        auto joined = Sync::SyncClient::join(w->path, credentials(login));
        if (!joined) {
            qWarning() << "join failed:" << joined.error().code << joined.error().message;
            return nullptr;
        }
        if (!open(*w))
            return nullptr;
        return w;
    }

    /// join() into a file name of its own (`name` plus a counter), warning when it fails.
    std::unique_ptr<Workstation> mustJoin(const QString &login, const QString &name)
    {
        auto w = join(login, name + QString::number(++m_joins));
        if (!w)
            qWarning() << "cannot join as" << login;
        return w;
    }

    /// The first column of the first row of `sql`, run as the administrator (-1: failed).
    qint64 count(const QString &sql)
    {
        auto admin = adminConnection();
        if (!admin)
            return -1;
        auto r = admin.value()->exec(sql);
        return r && r->rows() ? r->integer(0, 0) : -1;
    }

    bool open(Workstation &w)
    {
        auto db = Storage::Database::open(w.path, Storage::Database::OpenMode::ReadWrite);
        if (!db)
            return false;
        w.db = std::move(db).value();
        w.service = std::make_unique<Cases::CaseService>(*w.db, Core::CategoryDictionary::builtin(),
                                                         Core::WorkCalendar::chinaDefault());
        auto actor = w.service->actor(w.login, w.role);
        if (!actor) {
            qWarning() << actor.error().message;
            return false;
        }
        w.actor = actor.value();
        w.client = std::make_unique<Sync::SyncClient>(*w.db, credentials(w.login));
        return true;
    }

private:
    int m_joins = 0, m_pushes = 0;
};

} // namespace HubTest
