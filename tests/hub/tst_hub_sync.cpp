// SPDX-License-Identifier: GPL-3.0-or-later
// Two and more workstations against one real hub (PostgreSQL 15 + PostGIS in a throwaway
// cluster): snapshot join, push/pull, the NOTIFY doorbell, offline queue and replay across a
// hub restart, conflicting actions, the hub's own checks (role, department, actor, direct
// table access), schema-version mismatch, kill -9 between push and acknowledgement, a
// corrupt local database, and convergence under random actions and disconnects. Row changes
// other than case actions: tst_hub_rows.
#include "hubrows.h"

#include <cc/core/uuid.h>
#include <cc/map/collectortracks.h>
#include <cc/map/griddocument.h>
#include <cc/map/gridstore.h>
#include <cc/sync/hubadmin.h>

#include "resultcheck.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>

#include <csignal>

using namespace HubTest;
using Cc::Core::CaseAction;

class tst_HubSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void joinDownloadsTheCity();
    void joinRefusesAnExistingFile();
    void pushAndPullBetweenTwoWorkstations();
    void photosTravelWithTheirStep();
    void doorbellPropagatesWithoutPolling();
    void offlineQueueReplaysAfterHubRestart();
    void conflictingDispatchIsRecordedAndShown();
    void hubRefusesHandMadeRequests();
    void schemaVersionMismatchSaysUpgrade();
    void killBetweenPushAndAckLosesAndDuplicatesNothing();
    void corruptLocalDatabaseIsRefused();
    void departmentReadsOnlyItsCases();
    void randomWorkConverges();

private:
    QString newFiledCase(Workstation &op, Workstation &sl);

    HubFixture m_hub;
};

void tst_HubSync::initTestCase()
{
    QString why;
    if (!m_hub.setUp(&why))
        QFAIL(qPrintable(why));
    QVERIFY(!m_hub.deptUserA.isEmpty() && !m_hub.deptUserB.isEmpty());
    QVERIFY(!m_hub.grid.isEmpty());
}

QString tst_HubSync::newFiledCase(Workstation &op, Workstation &sl)
{
    auto reported = op.report(m_hub.grid);
    if (!reported)
        return {};
    if (!op.act(reported->id, CaseAction::Accept) || !op.sync())
        return {};
    if (!sl.sync() || !sl.act(reported->id, CaseAction::File) || !sl.sync())
        return {};
    return reported->id;
}

void tst_HubSync::joinDownloadsTheCity()
{
    auto w = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("join"));
    QVERIFY(w);
    auto demo = Storage::Database::open(m_hub.demoPath, Storage::Database::OpenMode::ReadOnly);
    QVERIFY(demo);
    for (const QString &table :
         {QStringLiteral("category"), QStringLiteral("department"),
          QStringLiteral("department_category"), QStringLiteral("app_user"),
          QStringLiteral("user_role"), QStringLiteral("grid_unit"), QStringLiteral("component"),
          QStringLiteral("camera"), QStringLiteral("case_record"), QStringLiteral("case_event")}) {
        QVERIFY2(w->db->rowCount(table) > 0, qPrintable(table));
        if (table != QLatin1String("case_record") && table != QLatin1String("case_event"))
            QCOMPARE(w->db->rowCount(table), demo.value()->rowCount(table));
    }
    // Geometry survives GPKG → PostGIS → GPKG exactly (R-tree filled too).
    QCOMPARE(localRows(*w->db, QStringLiteral("grid_unit")),
             localRows(*demo.value(), QStringLiteral("grid_unit")));
    QCOMPARE(w->db->rowCount(QStringLiteral("rtree_grid_unit_geom")),
             demo.value()->rowCount(QStringLiteral("grid_unit")));
    QCOMPARE(w->db->rowCount(QStringLiteral("outbox")), 0);
    // The indexes the join set aside while loading are all back.
    const auto indexes = [](Storage::Database &db) {
        QStringList names;
        auto st = db.prepare(QStringLiteral(
            "SELECT name || ':' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name"));
        while (st.value().step().value())
            names.append(st.value().text(0));
        return names;
    };
    QCOMPARE(indexes(*w->db), indexes(*demo.value()));
    // Full-text search works on the downloaded cases.
    const QString match = QStringLiteral(
        "SELECT count(*) FROM case_fts WHERE case_fts MATCH '\"垃 圾\"'");
    auto fts = w->db->prepare(match);
    auto ftsDemo = demo.value()->prepare(match);
    QVERIFY(fts && fts.value().step().ok() && ftsDemo && ftsDemo.value().step().ok());
    QCOMPARE(fts.value().integer(0), ftsDemo.value().integer(0));

    // What the join rebuilt in bulk instead of per row (SnapshotLoad) equals what the demo's
    // triggers and the case service wrote, row by row (keyed by id: the local fids differ).
    const auto rows = [](Storage::Database &db, const QString &sql) {
        QStringList out;
        auto st = db.prepare(sql);
        if (!st)
            return QStringList{st.error().message};
        while (st.value().step().value()) {
            QStringList cells;
            for (int c = 0; c < st.value().columnCount(); ++c)
                cells.append(st.value().isNull(c) ? QStringLiteral("∅") : st.value().text(c));
            out.append(cells.join('|'));
        }
        return out;
    };
    const QStringList same = {
        QStringLiteral(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"),
        QStringLiteral(
            "SELECT day, actor_id, role, action, n, n_in_time, n_from_filed FROM kpi_post_day ORDER BY 1, 2, 3, 4"),
        // (The demo's cases went through states that now count 0; a joined case arrives in its last.)
        QStringLiteral("SELECT state, n FROM case_state_count WHERE n > 0 ORDER BY state"),
        QStringLiteral(
            "SELECT c.id, r.minx, r.maxx, r.miny, r.maxy FROM rtree_case_record_geom r JOIN case_record c ON c.fid = r.id ORDER BY c.id"),
        QStringLiteral(
            "SELECT c.id, r.minx, r.maxx, r.miny, r.maxy FROM rtree_component_geom r JOIN component c ON c.fid = r.id ORDER BY c.id"),
        QStringLiteral(
            "SELECT c.id, r.minx, r.maxx, r.miny, r.maxy FROM rtree_grid_unit_geom r JOIN grid_unit c ON c.fid = r.id ORDER BY c.id"),
        QStringLiteral(
            "SELECT c.id FROM case_fts f JOIN case_record c ON c.fid = f.rowid WHERE case_fts MATCH '\"垃 圾\"' ORDER BY c.id"),
        QStringLiteral(
            "SELECT c.id FROM case_fts f JOIN case_record c ON c.fid = f.rowid WHERE case_fts MATCH 'address:\"路\"' ORDER BY c.id"),
    };
    for (const QString &sql : same) {
        const QStringList joined = rows(*w->db, sql);
        const QStringList expected = rows(*demo.value(), sql);
        QVERIFY2(!joined.isEmpty(), qPrintable(sql));
        if (joined != expected)
            qWarning() << sql << joined << expected;
        QCOMPARE(joined, expected);
    }
    // The point tables' R-trees were built on a thread of their own and copied in: SQLite's
    // own check finds them sound, and a window query answers as the geometries say.
    for (const QString &table : {QStringLiteral("case_record"), QStringLiteral("component"),
                                 QStringLiteral("camera"), QStringLiteral("grid_unit")}) {
        QCOMPARE(rows(*w->db, QStringLiteral("SELECT rtreecheck('rtree_%1_geom')").arg(table)),
                 QStringList{QStringLiteral("ok")});
        const QString window = QStringLiteral(
            "SELECT count(*) FROM %1 WHERE fid IN (SELECT id FROM rtree_%1_geom WHERE maxx >= "
            "(SELECT avg(minx) FROM rtree_%1_geom) AND miny <= (SELECT avg(maxy) FROM rtree_%1_geom))");
        const QString scan = QStringLiteral(
            "SELECT count(*) FROM %1 WHERE geom IS NOT NULL AND ST_MaxX(geom) >= (SELECT avg(minx) "
            "FROM rtree_%1_geom) AND ST_MinY(geom) <= (SELECT avg(maxy) FROM rtree_%1_geom)");
        QCOMPARE(rows(*w->db, window.arg(table)), rows(*w->db, scan.arg(table)));
        QVERIFY(rows(*w->db, window.arg(table)).value(0).toLongLong() > 0);
    }
    QCOMPARE(w->db->rowCount(QStringLiteral("rtree_case_record_geom")),
             rows(*w->db, QStringLiteral("SELECT count(*) FROM case_record WHERE geom IS NOT NULL"))
                 .value(0)
                 .toLongLong());
    // The facts as the triggers would number them too: each (day, post, action) row in the
    // order its first event arrived.
    QCOMPARE(
        rows(*w->db, QStringLiteral(
                         "SELECT fid, day, actor_id, role, action FROM kpi_post_day ORDER BY fid")),
        rows(
            *w->db,
            QStringLiteral(
                "SELECT row_number() OVER (ORDER BY min(rowid)), date(at, '+8 hours'), actor_id, role, "
                "action FROM case_event GROUP BY 2, 3, 4, 5 ORDER BY min(rowid)")));
    // The triggers are back: a new case and its events are counted as they are written.
    const qint64 before
        = rows(*w->db, QStringLiteral("SELECT sum(n) FROM kpi_post_day")).value(0).toLongLong();
    QVERIFY(w->report(m_hub.grid));
    QVERIFY(rows(*w->db, QStringLiteral("SELECT sum(n) FROM kpi_post_day")).value(0).toLongLong()
            > before);
    QCOMPARE(rows(*w->db, QStringLiteral("SELECT sum(n) FROM case_state_count")),
             rows(*w->db, QStringLiteral("SELECT count(*) FROM case_record")));
    auto link = Sync::SyncClient::link(*w->db);
    QVERIFY(link && link->isValid());
    QCOMPARE(link->user, QStringLiteral("op01"));
    QVERIFY(!link->url.contains(kUserPassword));
}

void tst_HubSync::joinRefusesAnExistingFile()
{
    auto again = Sync::SyncClient::join(m_hub.demoPath, m_hub.credentials(QStringLiteral("op01")));
    QVERIFY(!again);
    QCOMPARE(CcTest::codeOf(again), QStringLiteral("sync.join-exists"));
    auto wrong = Sync::SyncClient::join(m_hub.dir.filePath(QStringLiteral("nope.gpkg")),
                                        {m_hub.hubUrl, QStringLiteral("op01"),
                                         QStringLiteral("wrong-password"), 3});
    QVERIFY(!wrong);
    QCOMPARE(CcTest::codeOf(wrong), QStringLiteral("sync.auth"));
    QVERIFY(!QFile::exists(m_hub.dir.filePath(QStringLiteral("nope.gpkg"))));
}

void tst_HubSync::pushAndPullBetweenTwoWorkstations()
{
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("op"));
    auto sl = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("sl"));
    QVERIFY(op && sl);
    auto reported = op->report(m_hub.grid);
    CC_VERIFY_OK(reported);
    QVERIFY(op->act(reported->id, CaseAction::Accept));
    QCOMPARE(op->db->rowCount(QStringLiteral("outbox")), 2);
    auto pushed = op->sync();
    CC_VERIFY_OK(pushed);
    if (pushed->push.applied != 2) {
        for (const auto &c : Storage::ConflictRepository(*op->db).unresolved().value())
            qWarning() << "refused:" << c.reason;
    }
    QCOMPARE(pushed->push.applied, 2);
    QCOMPARE(op->db->rowCount(QStringLiteral("outbox")), 0);
    QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.case_event WHERE case_id = '%1'")
                             .arg(reported->id)),
             2);

    auto pulled = sl->sync();
    QVERIFY(pulled);
    QVERIFY(pulled->pull.applied >= 3); // the case and its two events
    auto there = sl->find(reported->id);
    QVERIFY(there);
    QCOMPARE(there->state, QStringLiteral("pending-filing"));
    QCOMPARE(there->number, reported->number);
    QCOMPARE(there->version, 2);
    // The shift leader files it; it comes back to the operator.
    QVERIFY(sl->act(reported->id, CaseAction::File));
    QVERIFY(sl->sync());
    QVERIFY(op->sync());
    QCOMPARE(op->find(reported->id)->state, QStringLiteral("filed"));
    // Found by full-text search on the other workstation too.
    auto fts = sl->db->prepare(
        QStringLiteral("SELECT count(*) FROM case_fts WHERE case_fts MATCH '\"暴 露\"'"));
    QVERIFY(fts && fts.value().step().value());
    QVERIFY(fts.value().integer(0) >= 1);
}

void tst_HubSync::photosTravelWithTheirStep()
{
    // A 1×1 PNG with the report: its bytes go ahead as their own outbox entry, the attachment
    // row with the step; the other workstation has both, byte for byte.
    QByteArray photo;
    {
        // A whole PNG: the service decodes every photo (a truncated one is refused).
        QImage image(2, 2, QImage::Format_RGB32);
        image.fill(Qt::red);
        QBuffer buffer(&photo);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("pop"));
    auto sl = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("psl"));
    QVERIFY(op && sl);
    Cases::NewReport r;
    r.channel = QStringLiteral("hotline-12345");
    r.categoryKey = QStringLiteral("event:0102");
    r.description = QStringLiteral("暴露垃圾 带照片");
    r.gridCode = m_hub.grid;
    r.attachments = {
        Cases::NewAttachment{QStringLiteral("before"), QStringLiteral("scene.png"), photo}};
    auto reported = op->service->report(r, op->actor);
    CC_VERIFY_OK(reported);
    QCOMPARE(op->db->rowCount(QStringLiteral("outbox")), 2); // the bytes, then the report
    auto pushed = op->sync();
    QVERIFY(pushed);
    QCOMPARE(pushed->push.applied, 2);
    QVERIFY(sl->sync());
    auto rows = sl->service->attachments(reported->id);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().fileName, QStringLiteral("scene.png"));
    auto bytes = sl->service->attachmentData(rows->first().sha256);
    QVERIFY(bytes);
    QCOMPARE(bytes.value(), photo);
    QCOMPARE(localRows(*sl->db, QStringLiteral("attachment")).filter(reported->id),
             localRows(*op->db, QStringLiteral("attachment")).filter(reported->id));
    // A new workstation gets it in its snapshot.
    auto late = m_hub.mustJoin(QStringLiteral("dp01"), QStringLiteral("pdp"));
    QVERIFY(late);
    QCOMPARE(late->service->attachmentData(rows->first().sha256).value(), photo);
}

void tst_HubSync::doorbellPropagatesWithoutPolling()
{
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("bellop"));
    auto sl = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("bellsl"));
    QVERIFY(op && sl);
    // The shift leader's workstation keeps syncing in its own process, polling only every
    // 10 minutes: anything faster is the NOTIFY doorbell.
    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(CityctlTest::kCityctl,
              {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sync"),
               QStringLiteral("run"), QStringLiteral("--db"), sl->path, QStringLiteral("--poll"),
               QStringLiteral("600")});
    QVERIFY(run.waitForStarted());
    QElapsedTimer wait;
    wait.start();
    while (!run.readAll().contains("connected") && wait.elapsed() < 15000)
        run.waitForReadyRead(200);
    QVERIFY2(wait.elapsed() < 15000, "sync run did not connect");
    QTest::qWait(300); // LISTEN is in place once connected is printed; let the first pull end

    QList<qint64> latencies;
    for (int i = 0; i < 3; ++i) {
        auto reported = op->report(m_hub.grid);
        QVERIFY(reported);
        QElapsedTimer t;
        t.start();
        QVERIFY(op->sync());
        bool seen = false;
        while (!seen && t.elapsed() < 5000) {
            seen = sl->find(reported->id).has_value();
            if (!seen)
                QTest::qWait(10);
        }
        QVERIFY2(seen, "the case did not reach the other workstation within 5 s");
        latencies.append(t.elapsed());
    }
    qInfo() << "A → hub → B latencies (ms):" << latencies;
    // An administrator's SQL on the hub rings too: a camera removed there leaves B's disk.
    {
        auto admin = m_hub.adminConnection();
        QVERIFY(admin);
        auto camera = admin.value()->exec(QStringLiteral(
            "DELETE FROM cc.camera WHERE id = (SELECT max(id) FROM cc.camera) RETURNING id"));
        QVERIFY(camera && camera->rows() == 1);
        QElapsedTimer t;
        t.start();
        bool gone = false;
        while (!gone && t.elapsed() < 5000) {
            auto st = sl->db->prepare(QStringLiteral("SELECT count(*) FROM camera WHERE id = ?1"));
            st.value().bindText(1, camera->text(0, 0));
            gone = st.value().step().value() && st.value().integer(0) == 0;
            if (!gone)
                QTest::qWait(20);
        }
        QVERIFY2(gone, "a deletion on the hub did not reach the other workstation within 5 s");
    }
    run.terminate();
    QVERIFY(run.waitForFinished(10000));
    QCOMPARE(run.exitCode(), 0);
}

void tst_HubSync::offlineQueueReplaysAfterHubRestart()
{
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("offop"));
    auto sl = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("offsl"));
    QVERIFY(op && sl);
    QVERIFY(op->sync()); // connected before the hub goes away
    QVERIFY(m_hub.cluster.stop());
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        auto r = op->report(m_hub.grid);
        QVERIFY(r);
        QVERIFY(op->act(r->id, CaseAction::Accept));
        ids.append(r->id);
    }
    auto offline = op->sync();
    QVERIFY(!offline);
    QCOMPARE(CcTest::codeOf(offline), QStringLiteral("sync.offline"));
    QCOMPARE(op->db->rowCount(QStringLiteral("outbox")), 10); // nothing lost, all queued
    // The workstation keeps working on its local database.
    QCOMPARE(op->find(ids.last())->state, QStringLiteral("pending-filing"));
    QString why;
    QVERIFY2(m_hub.cluster.startServer(&why), qPrintable(why));
    auto replay = op->sync();
    CC_VERIFY_OK(replay);
    QCOMPARE(replay->push.applied, 10);
    QCOMPARE(op->db->rowCount(QStringLiteral("outbox")), 0);
    QVERIFY(sl->sync());
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(sl->find(id)->state, QStringLiteral("pending-filing"));
        // In order: report then accept, seq 1 and 2.
        auto admin = m_hub.adminConnection();
        auto r = admin.value()->exec(
            QStringLiteral(
                "SELECT string_agg(action, ',' ORDER BY seq) FROM cc.case_event WHERE case_id = $1"),
            {id});
        QCOMPARE(r->text(0, 0), QStringLiteral("report,accept"));
    }
}

void tst_HubSync::conflictingDispatchIsRecordedAndShown()
{
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("cop"));
    auto sl = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("csl"));
    auto dp1 = m_hub.mustJoin(QStringLiteral("dp01"), QStringLiteral("cdp1"));
    auto dp2 = m_hub.mustJoin(QStringLiteral("dp02"), QStringLiteral("cdp2"));
    QVERIFY(op && sl && dp1 && dp2);
    const QString id = newFiledCase(*op, *sl);
    QVERIFY(!id.isEmpty());
    QVERIFY(dp1->sync());
    QVERIFY(dp2->sync());
    // Both dispatch while out of touch with each other, to different departments.
    QVERIFY(dp1->act(id, CaseAction::Dispatch, m_hub.deptA));
    QVERIFY(dp2->act(id, CaseAction::Dispatch, m_hub.deptB));
    auto first = dp1->sync();
    QVERIFY(first);
    QCOMPARE(first->push.applied, 1);
    auto second = dp2->sync();
    QVERIFY(second);
    QCOMPARE(second->push.rejected, 1);
    QCOMPARE(dp2->db->rowCount(QStringLiteral("outbox")), 0);
    // One conflict, with both versions, visible to its author.
    auto conflicts = Storage::ConflictRepository(*dp2->db).unresolved();
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    const Storage::ConflictRow &c = conflicts->first();
    QVERIFY2(c.reason.startsWith(QLatin1String("case.stale")), qPrintable(c.reason));
    const QJsonObject local = QJsonDocument::fromJson(c.localPayload.toUtf8()).object();
    const QJsonObject remote = QJsonDocument::fromJson(c.remotePayload.toUtf8()).object();
    QCOMPARE(local.value("after").toObject().value("department_id").toString(), m_hub.deptB);
    QCOMPARE(remote.value("case").toObject().value("department_id").toString(), m_hub.deptA);
    // The loser's workstation now shows the hub's case: dispatched to A, by dp01.
    auto mine = dp2->find(id);
    QCOMPARE(mine->departmentId, m_hub.deptA);
    QCOMPARE(localRows(*dp2->db, QStringLiteral("case_event")).filter(id).size(), 4);
    auto events = Storage::CaseEventRepository(*dp2->db).forCase(id);
    QCOMPARE(events->last().actorName.isEmpty(), false);
    QCOMPARE(events->last().actorId, dp1->actor.userId);
    // cityctl shows it.
    auto shown = cityctl(
        {QStringLiteral("sync"), QStringLiteral("conflicts"), QStringLiteral("--db"), dp2->path});
    QCOMPARE(shown.code, 0);
    QVERIFY2(shown.out.contains(QLatin1String("case.stale"))
                 && shown.out.contains(QLatin1String("dispatch")),
             qPrintable(describe(shown)));
    // The hub holds exactly one dispatch.
    QCOMPARE(
        m_hub.count(
            QStringLiteral(
                "SELECT count(*) FROM cc.case_event WHERE case_id = '%1' AND action = 'dispatch'")
                .arg(id)),
        1);
}

void tst_HubSync::hubRefusesHandMadeRequests()
{
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("hop"));
    auto sl = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("hsl"));
    auto dp = m_hub.mustJoin(QStringLiteral("dp01"), QStringLiteral("hdp"));
    QVERIFY(op && sl && dp);
    const QString id = newFiledCase(*op, *sl);
    QVERIFY(!id.isEmpty());
    QVERIFY(dp->sync());
    QVERIFY(dp->act(id, CaseAction::Dispatch, m_hub.deptA));
    QVERIFY(dp->sync());

    // The other department's user crafts a 签收 by hand, straight into cc.push.
    auto hubCase = [&]() {
        auto admin = m_hub.adminConnection();
        auto r = admin.value()->exec(
            QStringLiteral(
                "SELECT cc.row_json('case_record', to_jsonb(c), c.geom) FROM cc.case_record c WHERE id = $1"),
            {id});
        return QJsonDocument::fromJson(r->bytes(0, 0)).object();
    }();
    QCOMPARE(hubCase.value("state").toString(), QStringLiteral("dispatched"));
    const int version = hubCase.value("version").toInt();
    auto craft = [&](const QString &login, const QString &role, const QString &action,
                     const QString &to, const QString &actorId) {
        QJsonObject after = hubCase;
        after.insert("state", to);
        after.insert("version", version + 1);
        QJsonObject payload{{"id",
                             Core::uuidText(Core::makeUuidV7(QDateTime::currentMSecsSinceEpoch()))},
                            {"caseId", id},
                            {"seq", version + 1},
                            {"stage", "disposal"},
                            {"action", action},
                            {"fromState", "dispatched"},
                            {"toState", to},
                            {"actorId", actorId},
                            {"actorName", login},
                            {"role", role},
                            {"at", Storage::isoUtc(QDateTime::currentDateTimeUtc())},
                            {"caseVersion", version + 1},
                            {"after", after}};
        return QJsonArray{QJsonObject{{"seq", 1},
                                      {"entity", "case_event"},
                                      {"rowId", payload.value("id")},
                                      {"op", "action"},
                                      {"payload", payload}}};
    };
    auto userIdOf = [&](const QString &login) {
        auto admin = m_hub.adminConnection();
        return admin.value()
            ->exec(QStringLiteral("SELECT id FROM cc.app_user WHERE login = $1"), {login})
            ->text(0, 0);
    };
    auto verdictOf = [&](const QString &login, const QJsonArray &entries, const QString &client) {
        auto conn = m_hub.userConnection(login);
        if (!conn)
            return QJsonObject{{"error", conn.error().message}};
        auto r = conn.value()->exec(QStringLiteral("SELECT cc.push($1, $2, $3::jsonb)"),
                                    {Sync::kHubSchemaVersion, client,
                                     QString::fromUtf8(QJsonDocument(entries).toJson())});
        if (!r)
            return QJsonObject{{"error", r.error().code}};
        return QJsonDocument::fromJson(r->bytes(0, 0)).array().first().toObject();
    };
    const QString b = m_hub.deptUserB, a = m_hub.deptUserA;
    struct Case
    {
        const char *name;
        QString login, role, action, to, actor, code;
    };
    const QList<Case> cases = {
        {"other-department", b, "department", "dept-accept", "disposing", userIdOf(b),
         "workflow.out-of-scope"},
        {"role-not-held", b, "shift-leader", "approve-return", "filed", userIdOf(b),
         "auth.role-not-held"},
        {"someone-elses-name", b, "department", "dept-accept", "disposing", userIdOf(a),
         "sync.actor-mismatch"},
        {"illegal-step", a, "department", "feedback", "disposed", userIdOf(a),
         "workflow.illegal-step"},
        // (A forged target state is not refused but ignored: the hub derives it, tst_hub_security.)
    };
    int client = 0;
    for (const Case &c : cases) {
        const QJsonObject v = verdictOf(c.login, craft(c.login, c.role, c.action, c.to, c.actor),
                                        QStringLiteral("evil-%1").arg(++client));
        QCOMPARE(v.value("status").toString(), QStringLiteral("rejected"));
        QVERIFY2(v.value("code").toString() == c.code,
                 qPrintable(QStringLiteral("%1: %2").arg(c.name, v.value("code").toString())));
    }
    QCOMPARE(m_hub.count(
                 QStringLiteral("SELECT version FROM cc.case_record WHERE id = '%1'").arg(id)),
             qint64(version));

    // No table can be read or written directly, nor the internal functions called.
    auto conn = m_hub.userConnection(b);
    QVERIFY(conn);
    for (const QString &sql : {QStringLiteral("UPDATE cc.case_record SET state = 'closed'"),
                               QStringLiteral("SELECT * FROM cc.case_record"),
                               QStringLiteral("INSERT INTO cc.case_event (id) VALUES ('x')"),
                               QStringLiteral("SELECT cc.apply_case_action(NULL, '{}')"),
                               QStringLiteral("SELECT * FROM cc.push_log")}) {
        auto r = conn.value()->exec(sql);
        QVERIFY2(!r, qPrintable(sql));
        QCOMPARE(CcTest::codeOf(r), QStringLiteral("sync.permission-denied"));
    }
    // The legitimate department signs for it.
    auto deptA = m_hub.mustJoin(a, QStringLiteral("hda"));
    QVERIFY(deptA);
    QVERIFY(deptA->act(id, CaseAction::DeptAccept));
    auto ok = deptA->sync();
    QVERIFY(ok);
    QCOMPARE(ok->push.applied, 1);
}

void tst_HubSync::schemaVersionMismatchSaysUpgrade()
{
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("ver"));
    QVERIFY(op);
    auto admin = m_hub.adminConnection();
    QVERIFY(admin);
    const auto setOldest = [&](int version) {
        return admin.value()
            ->command(QStringLiteral(
                          "UPDATE cc.hub_meta SET value = $1 WHERE key = 'min_client_version'"),
                      {QString::number(version)});
    };
    QVERIFY(setOldest(Sync::kHubSchemaVersion + 1));
    auto refused = cityctl(
        {QStringLiteral("sync"), QStringLiteral("once"), QStringLiteral("--db"), op->path});
    QVERIFY(setOldest(Sync::kHubSchemaVersion));
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("[sync.upgrade-client]"))
                 && refused.err.contains(QLatin1String("upgrade CityCommand")),
             qPrintable(describe(refused)));
    // A workstation newer than the hub is told the hub needs upgrading.
    auto conn = m_hub.userConnection(QStringLiteral("op01"));
    auto newer = conn.value()->exec(QStringLiteral("SELECT cc.hello(99)"));
    QVERIFY(!newer);
    QCOMPARE(CcTest::codeOf(newer), QStringLiteral("sync.upgrade-hub"));
    QVERIFY(op->sync());
}

void tst_HubSync::killBetweenPushAndAckLosesAndDuplicatesNothing()
{
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("kill"));
    QVERIFY(op);
    auto r = op->report(m_hub.grid);
    QVERIFY(r);
    QVERIFY(op->act(r->id, CaseAction::Accept));
    op->db.reset(); // the subprocess owns the database now
    QProcess once;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CC_SYNC_PAUSE_BEFORE_ACK"), QStringLiteral("1"));
    once.setProcessEnvironment(env);
    once.start(CityctlTest::kCityctl,
               {QStringLiteral("sync"), QStringLiteral("once"), QStringLiteral("--db"), op->path});
    QVERIFY(once.waitForStarted());
    QElapsedTimer t;
    t.start();
    QByteArray output;
    while (!output.contains("paused-before-ack") && t.elapsed() < 20000) {
        once.waitForReadyRead(200);
        output += once.readAllStandardOutput();
    }
    QVERIFY2(output.contains("paused-before-ack"), once.readAllStandardError().constData());
    // The hub has applied the entries (both, or the first if its time under the writer lock ran
    // out after it: docs/hub.md, "Limits"); the workstation has not acknowledged them.
    QVERIFY(
        m_hub.count(
            QStringLiteral("SELECT count(*) FROM cc.case_event WHERE case_id = '%1'").arg(r->id))
        >= 1);
    ::kill(pid_t(once.processId()), SIGKILL);
    QVERIFY(once.waitForFinished(5000));
    QVERIFY(m_hub.open(*op));
    QCOMPARE(op->db->rowCount(QStringLiteral("outbox")), 2);
    auto again = op->sync();
    CC_VERIFY_OK(again);
    QCOMPARE(again->push.sent, 2);
    QCOMPARE(again->push.rejected, 0);
    QCOMPARE(op->db->rowCount(QStringLiteral("outbox")), 0);
    QCOMPARE(op->db->rowCount(QStringLiteral("conflict")), 0);
    QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.case_event WHERE case_id = '%1'")
                             .arg(r->id)),
             2);
    QCOMPARE(op->find(r->id)->state, QStringLiteral("pending-filing"));
}

void tst_HubSync::corruptLocalDatabaseIsRefused()
{
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("corrupt"));
    QVERIFY(op);
    const QString path = op->path;
    op.reset();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(f.size() / 3));
    f.close();
    QFile::remove(path + "-wal");
    auto r = cityctl(
        {QStringLiteral("sync"), QStringLiteral("once"), QStringLiteral("--db"), path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("[database.corrupt]")), qPrintable(describe(r)));
}

void tst_HubSync::departmentReadsOnlyItsCases()
{
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("sop"));
    auto sl = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("ssl"));
    auto dp = m_hub.mustJoin(QStringLiteral("dp01"), QStringLiteral("sdp"));
    auto b = m_hub.mustJoin(m_hub.deptUserB, QStringLiteral("sdb"));
    QVERIFY(op && sl && dp && b);
    const auto outside = [&] {
        auto st = b->db->prepare(QStringLiteral(
            "SELECT count(*) FROM case_record c WHERE NOT EXISTS "
            "(SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.department_id = ?1)"));
        st.value().bindText(1, m_hub.deptB);
        return st.value().step().ok() ? st.value().integer(0) : -1;
    };
    QCOMPARE(outside(), 0);
    const QString held
        = QStringLiteral(
              "SELECT count(*) FROM cc.case_record c WHERE EXISTS (SELECT 1 FROM cc.case_event e "
              "WHERE e.case_id = c.id AND e.department_id = '%1')")
              .arg(m_hub.deptB);
    QCOMPARE(b->db->rowCount(QStringLiteral("case_record")), m_hub.count(held));
    QVERIFY(b->db->rowCount(QStringLiteral("case_record"))
            < m_hub.count(QStringLiteral("SELECT count(*) FROM cc.case_record")));
    QCOMPARE(b->db->rowCount(QStringLiteral("grid_unit")),
             m_hub.count(QStringLiteral("SELECT count(*) FROM cc.grid_unit")));

    // A case dispatched to B arrives with its whole history, and B signs for it.
    const QString id = newFiledCase(*op, *sl);
    QVERIFY(!id.isEmpty());
    QVERIFY(dp->sync());
    QVERIFY(dp->act(id, CaseAction::Dispatch, m_hub.deptB));
    QVERIFY(dp->sync());
    QVERIFY(b->sync());
    auto c = b->find(id);
    QVERIFY(c);
    QCOMPARE(c->state, QStringLiteral("dispatched"));
    QCOMPARE(Storage::CaseEventRepository(*b->db).forCase(id)->size(), qsizetype(c->version));
    QVERIFY(b->act(id, CaseAction::DeptAccept));
    auto pushed = b->sync();
    QVERIFY(pushed);
    QCOMPARE(pushed->push.applied, 1);
    QCOMPARE(outside(), 0);

    // Asking for the whole city by hand is refused.
    auto conn = m_hub.userConnection(m_hub.deptUserB);
    auto all = conn.value()->exec(QStringLiteral("SELECT count(*) FROM cc.pull($1, 'city', 0, 10)"),
                                  {Sync::kHubSchemaVersion});
    QVERIFY(!all);
    QCOMPARE(CcTest::codeOf(all), QStringLiteral("sync.unknown-scope"));
}

void tst_HubSync::randomWorkConverges()
{
    // Seven workstations take random legal steps on random cases, two supervisors nudge the
    // corners of the same few grids through the map's GridStore (so they race), and the
    // centre's workstations record collectors' fixes (the same fix heard twice at times); each
    // round a workstation may drop off the hub (its work queues) or come back and sync. At the
    // end, everyone syncs and every table of every local database equals the hub's, row by row.
    // Two operators report while apart, so case numbers collide and the hub renumbers.
    const QStringList logins{QStringLiteral("op01"), QStringLiteral("op02"), QStringLiteral("sl01"),
                             QStringLiteral("dp01"), m_hub.deptUserA,        QStringLiteral("sv01"),
                             QStringLiteral("sv02")};
    QStringList racedGrids, collectors;
    {
        auto admin = m_hub.adminConnection();
        auto g = admin.value()->exec(
            QStringLiteral("SELECT code FROM cc.grid_unit ORDER BY code OFFSET 5 LIMIT 3"));
        for (int i = 0; i < g->rows(); ++i)
            racedGrids.append(g->text(i, 0));
        auto c = admin.value()->exec(QStringLiteral(
            "SELECT u.id FROM cc.app_user u JOIN cc.user_role r ON r.user_id = u.id WHERE r.role = 'collector' ORDER BY 1 LIMIT 3"));
        for (int i = 0; i < c->rows(); ++i)
            collectors.append(c->text(i, 0));
    }
    QVERIFY(racedGrids.size() == 3 && !collectors.isEmpty());
    const QDateTime start = QDateTime::currentDateTimeUtc();
    int gridSaves = 0, fixes = 0;
    std::vector<std::unique_ptr<Workstation>> ws;
    for (const QString &login : logins) {
        ws.push_back(m_hub.mustJoin(login, QStringLiteral("conv")));
        QVERIFY(ws.back());
    }
    QRandomGenerator rng(20261201);
    std::vector<bool> online(ws.size(), true);
    int actions = 0, rejectedTotal = 0;
    for (int round = 0; round < 150; ++round) {
        const size_t i = rng.bounded(int(ws.size()));
        Workstation &w = *ws[i];
        if (rng.bounded(5) == 0)
            online[i] = !online[i];
        if (w.role == Core::Role::Operator && rng.bounded(3) == 0) {
            if (w.report(m_hub.grid))
                ++actions;
        }
        if (w.role == Core::Role::Supervisor) {
            Map::GridDocument doc;
            doc.setEditorRole(Core::Role::Supervisor);
            QVERIFY(Map::GridStore(*w.db).load(doc));
            const Map::GridPolygon g = *doc.gridByCode(racedGrids[rng.bounded(3)]);
            const QPointF from = g.geom.first().at(rng.bounded(int(g.geom.first().size() - 1)));
            const QPointF to = from
                               + QPointF((rng.bounded(2) * 2 - 1) * 2e-6,
                                         (rng.bounded(2) * 2 - 1) * 2e-6);
            // A corner on a community's edge may not move out of it: that save is refused here.
            if (doc.moveSharedVertex(from, to) && Map::GridStore(*w.db).save(doc, w.login))
                ++gridSaves;
        } else if (w.role != Core::Role::Department && rng.bounded(3) == 0) {
            Map::CollectorTracks heard(*w.db);
            heard.add(collectors[rng.bounded(int(collectors.size()))],
                      QPointF(113.2 + round * 1e-5, 34.0), start.addSecs(round / 4), 5);
            if (heard.flush())
                ++fixes;
        }
        auto st = w.db->prepare(QStringLiteral(
            "SELECT id FROM case_record WHERE state NOT IN ('closed', 'rejected', 'cancelled') "
            "ORDER BY updated_at DESC LIMIT 15"));
        QStringList ids;
        while (st.value().step().value())
            ids.append(st.value().text(0));
        for (int k = 0; k < 3 && !ids.isEmpty(); ++k) {
            const QString id = ids[rng.bounded(int(ids.size()))];
            auto row = w.find(id);
            const QList<CaseAction> allowed = w.service->allowedActions(*row, w.actor);
            if (allowed.isEmpty())
                continue;
            if (w.act(id, allowed[rng.bounded(int(allowed.size()))]))
                ++actions;
        }
        if (online[i]) {
            auto s = w.sync();
            CC_VERIFY_OK(s);
            rejectedTotal += s->push.rejected;
        }
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (auto &w : ws) {
            auto s = w->sync();
            CC_VERIFY_OK(s);
            rejectedTotal += s->push.rejected;
        }
    }
    qInfo() << "convergence:" << actions << "local actions," << gridSaves << "grid saves," << fixes
            << "fixes," << rejectedTotal << "refused by the hub";
    QVERIFY(actions > 20 && gridSaves > 5 && fixes > 5);
    // Honest work is refused only for races (stale versions and what goes with them), never
    // for what the hub derives or bounds itself.
    QMap<QString, int> reasons;
    for (auto &w : ws) {
        for (const Storage::ConflictRow &c :
             Storage::ConflictRepository(*w->db).unresolved().value())
            ++reasons[c.reason.section(QLatin1Char(':'), 0, 0)];
    }
    qInfo() << "refused by reason:" << reasons;
    for (const QString &code : reasons.keys())
        QVERIFY2(code.endsWith(QLatin1String(".stale"))
                     || code == QLatin1String("sync.group-refused")
                     || code.startsWith(QLatin1String("workflow."))
                     || code == QLatin1String("case.same-department"),
                 qPrintable(code));
    // Every synced table; a department's scope has the reference ones and its own cases.
    const QStringList referenceTables{"category",  "department",    "department_category",
                                      "app_user",  "work_calendar", "setting",
                                      "street",    "community",     "grid_responsibility",
                                      "grid_unit", "component",     "camera"};
    const QStringList centreTables{"case_record", "case_event", "attachment", "attachment_content",
                                   "collector_position"};
    QHash<QString, QStringList> hubTables;
    for (const QString &table : referenceTables + centreTables)
        hubTables.insert(table, hubRows(m_hub, table));
    QVERIFY(!hubTables.value("case_record").isEmpty()
            && !hubTables.value("collector_position").isEmpty());
    for (auto &w : ws) {
        QCOMPARE(w->db->rowCount(QStringLiteral("outbox")), 0);
        // The per-post KPI facts agree with the events, refused (rewound) ones included (no
        // row of zeros either: migration 0008). The differing rows, if any, are named.
        auto facts = w->db->prepare(QStringLiteral(
            "SELECT day || ' ' || actor_id || ' ' || role || ' ' || action || ' n=' || n || ' in_time=' || n_in_time "
            "|| ' from_filed=' || n_from_filed FROM (SELECT day, actor_id, role, action, n, n_in_time, n_from_filed FROM kpi_post_day "
            "EXCEPT SELECT date(at, '+8 hours'), actor_id, role, action, count(*), sum(ifnull(in_time, 0) = 1), "
            "sum(ifnull(from_state, '') = 'filed') FROM case_event GROUP BY 1, 2, 3, 4)"));
        QVERIFY(facts);
        QStringList differing;
        while (facts.value().step().value())
            differing.append(facts.value().text(0));
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(QStringLiteral("; "))));
        for (const QString &table : referenceTables) {
            if (localRows(*w->db, table) != hubTables.value(table))
                QFAIL(
                    qPrintable(QStringLiteral("%1: %2 differs from the hub").arg(w->login, table)));
        }
        if (w->role == Core::Role::Department) {
            QCOMPARE(localRows(*w->db, QStringLiteral("case_record")),
                     hubRows(m_hub, QStringLiteral("case_record"), m_hub.deptA));
            QCOMPARE(localRows(*w->db, QStringLiteral("case_event")),
                     hubRows(m_hub, QStringLiteral("case_event"), m_hub.deptA));
            QCOMPARE(w->db->rowCount(QStringLiteral("collector_position")), 0);
            continue;
        }
        for (const QString &table : centreTables) {
            if (localRows(*w->db, table) != hubTables.value(table))
                QFAIL(
                    qPrintable(QStringLiteral("%1: %2 differs from the hub").arg(w->login, table)));
        }
    }
    // The case/event invariant on the hub and every workstation: version = number of events =
    // the last event's seq, state = the last event's state, and the actor's name is the hub's.
    const QString broken = QStringLiteral(
        "SELECT count(*) FROM %1case_record c WHERE c.version <> (SELECT count(*) FROM %1case_event e WHERE e.case_id = c.id) "
        "OR c.version <> (SELECT max(e.seq) FROM %1case_event e WHERE e.case_id = c.id) "
        "OR c.state <> (SELECT e.to_state FROM %1case_event e WHERE e.case_id = c.id ORDER BY e.seq DESC LIMIT 1) "
        "OR EXISTS (SELECT 1 FROM %1case_event e JOIN %1app_user u ON u.id = e.actor_id WHERE e.case_id = c.id "
        "AND e.at >= '%2' AND e.actor_name <> u.display_name)");
    const QString since = Storage::isoUtc(start);
    QCOMPARE(m_hub.count(broken.arg(QStringLiteral("cc."), since)), 0);
    for (auto &w : ws) {
        auto st = w->db->prepare(broken.arg(QString(), since));
        QVERIFY(st && st.value().step().value());
        QVERIFY2(st.value().integer(0) == 0, qPrintable(w->login));
    }
}

QTEST_GUILESS_MAIN(tst_HubSync)
#include "tst_hub_sync.moc"
