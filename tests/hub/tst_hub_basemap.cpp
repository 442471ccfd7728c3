// SPDX-License-Identifier: GPL-3.0-or-later
// The city's basemap through the hub (hub schema 13; docs/hub.md, "basemap"; docs/map.md,
// "The town basemap"). `cityctl hub seed` publishes the demo town's basemap with the city; a
// workstation that joins has it, feature for feature, and the map's layers draw it; an
// administrator's republication replaces it on every workstation at its next sync (and an
// unchanged basemap is not sent again); an operator cannot publish, and an invalid polygon
// refuses the whole publication, leaving the current version as it was.
#include "hubfixture.h"

#include <cc/map/mapdata.h>
#include <cc/sync/basemapsync.h>
#include <cc/sync/hubadmin.h>

#include <QCryptographicHash>
#include <QtEndian>

using namespace Cc;
using HubTest::HubFixture;
using HubTest::Workstation;

class TstHubBasemap : public QObject
{
    Q_OBJECT

private:
    HubFixture m_hub;
    std::unique_ptr<Workstation> m_op; ///< joined at the start, synced along

    /// Every feature of a database's basemap, in order, as one hash.
    static QByteArray digest(Storage::Database &db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char *sql : {"SELECT fid, kind, name, 0, geom FROM basemap_area ORDER BY fid",
                                "SELECT fid, kind, name, width_m, geom FROM basemap_line ORDER BY "
                                "fid"}) {
            auto st = db.prepare(QString::fromLatin1(sql));
            if (!st)
                return {};
            while (st->step().value()) {
                hash.addData(QByteArray::number(st->integer(0)) + st->text(1).toUtf8()
                             + st->text(2).toUtf8() + QByteArray::number(st->real(3)));
                hash.addData(st->blob(4));
            }
        }
        return hash.result();
    }

    Result<std::unique_ptr<Sync::PgConnection>> connectionOf(const QString &login)
    {
        return m_hub.userConnection(login);
    }

    /// A bow tie: a polygon that crosses itself, in GeoPackage form (no envelope, EPSG:4490).
    static QByteArray bowTie()
    {
        QByteArray b("GP", 2);
        b.append(char(0)).append(char(1)); // version 0, flags: little endian, no envelope
        qint32 srs = qToLittleEndian<qint32>(4490);
        b.append(reinterpret_cast<const char *>(&srs), 4);
        b.append(char(1)); // NDR
        const quint32 header[] = {3, 1, 5};
        for (quint32 v : header) {
            const quint32 le = qToLittleEndian(v);
            b.append(reinterpret_cast<const char *>(&le), 4);
        }
        const double xy[] = {114.0, 35.0, 114.01, 35.01, 114.01, 35.0, 114.0, 35.01, 114.0, 35.0};
        for (double v : xy)
            b.append(reinterpret_cast<const char *>(&v), 8);
        return b;
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!m_hub.setUp(&why))
            QFAIL(qPrintable(why));
        if (!m_hub.addLogin(QStringLiteral("admin"), Core::Role::Admin, &why))
            QFAIL(qPrintable(why));
    }

    void seededBasemapReachesAJoinedWorkstation()
    {
        auto demo = Storage::Database::open(m_hub.demoPath, Storage::Database::OpenMode::ReadOnly);
        QVERIFY(demo);
        const qint64 areas = demo.value()->rowCount(QStringLiteral("basemap_area"));
        const qint64 lines = demo.value()->rowCount(QStringLiteral("basemap_line"));
        QVERIFY(areas > 0 && lines > 0);
        QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.basemap_version WHERE "
                                            "version = 1 AND state = 'current'")),
                 1);
        QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.basemap_area")), areas);

        m_op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("op"));
        QVERIFY(m_op);
        QCOMPARE(m_op->db->rowCount(QStringLiteral("basemap_area")), areas);
        QCOMPARE(m_op->db->rowCount(QStringLiteral("basemap_line")), lines);
        QCOMPARE(digest(*m_op->db), digest(*demo.value()));
        // The map's layers draw it.
        auto map = Map::MapData::load(*m_op->db, QDateTime::currentDateTimeUtc());
        QVERIFY(map);
        QCOMPARE(map.value()->basemapAreas.size(), areas);
        QCOMPARE(map.value()->basemapLines.size(), lines);
        // Unchanged on the hub: not sent again.
        auto synced = m_op->sync();
        QVERIFY(synced);
        QCOMPARE(synced->basemap.version, 1);
        QVERIFY(!synced->basemap.changed);
    }

    void republishedBasemapReplacesTheOld()
    {
        QVERIFY(m_op);
        auto admin = m_hub.mustJoin(QStringLiteral("admin"), QStringLiteral("admin"));
        QVERIFY(admin);
        // The administrator's town changes: half the lines go, an area is renamed.
        QVERIFY(admin->db->exec(QStringLiteral(
            "DELETE FROM basemap_line WHERE fid % 2 = 0; UPDATE basemap_area SET name = '新城区' "
            "WHERE fid = (SELECT min(fid) FROM basemap_area)")));
        auto conn = connectionOf(QStringLiteral("admin"));
        QVERIFY(conn);
        auto published = Sync::BasemapSync(*conn.value()).publish(*admin->db);
        QVERIFY2(published, qPrintable(published ? QString() : published.error().message));
        QCOMPARE(published->version, 2);
        QCOMPARE(published->lines, admin->db->rowCount(QStringLiteral("basemap_line")));
        // Only the new version stays on the hub.
        QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.basemap_version")), 1);
        QCOMPARE(m_hub.count(
                     QStringLiteral("SELECT count(*) FROM cc.basemap_line WHERE version <> 2")),
                 0);

        auto synced = m_op->sync();
        QVERIFY(synced);
        QVERIFY(synced->basemap.changed);
        QCOMPARE(synced->basemap.version, 2);
        QCOMPARE(digest(*m_op->db), digest(*admin->db));
        auto map = Map::MapData::load(*m_op->db, QDateTime::currentDateTimeUtc());
        QVERIFY(map);
        QCOMPARE(map.value()->basemapLines.size(), published->lines);
        QCOMPARE(map.value()->basemapAreas.first().name, QStringLiteral("新城区"));
        auto again = m_op->sync();
        QVERIFY(again);
        QVERIFY(!again->basemap.changed);
    }

    void onlyAnAdministratorPublishesAWholeValidBasemap()
    {
        QVERIFY(m_op);
        const QByteArray before = digest(*m_op->db);
        // An operator: refused before anything is written.
        auto conn = connectionOf(QStringLiteral("op01"));
        QVERIFY(conn);
        auto refused = Sync::BasemapSync(*conn.value()).publish(*m_op->db);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("basemap.forbidden-role"));
        // Nor may it put features into a version being filled, or read an old one.
        auto put = conn.value()->exec(QStringLiteral("SELECT cc.basemap_put($1, 2, 'area', '[]')"),
                                      {Sync::kHubSchemaVersion});
        QVERIFY(!put);
        QCOMPARE(put.error().code, QStringLiteral("basemap.forbidden-role"));

        // The administrator with a self-crossing polygon: the whole publication is refused.
        auto admin = m_hub.mustJoin(QStringLiteral("admin"), QStringLiteral("admin"));
        QVERIFY(admin);
        auto st = admin->db->prepare(
            QStringLiteral("INSERT INTO basemap_area (geom, kind, name) VALUES (?1, 'block', '')"));
        QVERIFY(st);
        st->bindBlob(1, bowTie());
        QVERIFY(st->exec());
        auto adminConn = connectionOf(QStringLiteral("admin"));
        QVERIFY(adminConn);
        auto invalid = Sync::BasemapSync(*adminConn.value()).publish(*admin->db);
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().code, QStringLiteral("basemap.invalid-geometry"));
        QCOMPARE(m_hub.count(QStringLiteral("SELECT version FROM cc.basemap_version WHERE state = "
                                            "'current'")),
                 2);
        auto synced = m_op->sync();
        QVERIFY(synced);
        QVERIFY(!synced->basemap.changed);
        QCOMPARE(digest(*m_op->db), before);
    }
};

QTEST_GUILESS_MAIN(TstHubBasemap)
#include "tst_hub_basemap.moc"
