// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's limits and isolation (docs/hub.md, "Limits"), against a real hub: oversized pushes
// refused whole and a workstation splitting its outbox under the caps without cutting a
// group, client ids bound to the login that first pushed with them, photos only with their
// step, password hashes that stay on the hub (join, pull, logins checked against the hub,
// offline login with the kept hash), and a forged doorbell flood that cannot make a
// workstation pull more than its rate limit allows.
#include "hubrows.h"

#include <cc/cases/auth.h>
#include <cc/core/uuid.h>
#include <cc/demogen/democity.h>
#include <cc/sync/hubadmin.h>
#include <cc/sync/hublogin.h>
#include <cc/sync/syncengine.h>

#include "resultcheck.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>

#include <atomic>
#include <cmath>
#include <thread>

using namespace HubTest;

namespace {

QString clientIdOf(Workstation &w)
{
    return Storage::SettingRepository(*w.db)
        .get(QStringLiteral("sync.clientId"))
        .value()
        .value_or(QString());
}

/// cc.push called by hand over `login`'s own hub connection: the verdicts, or {"error": code}.
QJsonValue rawPush(HubFixture &hub, const QString &login, const QString &client,
                   const QJsonArray &entries)
{
    auto conn = hub.userConnection(login);
    if (!conn)
        return QJsonObject{{"error", conn.error().code}};
    auto r = conn.value()->exec(QStringLiteral("SELECT cc.push($1, $2, $3::jsonb)"),
                                {Sync::kHubSchemaVersion, client,
                                 QString::fromUtf8(QJsonDocument(entries).toJson())});
    if (!r)
        return QJsonObject{{"error", r.error().code}, {"message", r.error().message}};
    return QJsonDocument::fromJson(r->bytes(0, 0)).array();
}

Result<Storage::CaseRow> reportWithPhoto(Workstation &w, const QString &grid,
                                         const QByteArray &photo)
{
    Cases::NewReport r;
    r.channel = QStringLiteral("hotline-12345");
    r.categoryKey = QStringLiteral("event:0102");
    r.description = QStringLiteral("暴露垃圾 带照片");
    r.gridCode = grid;
    r.attachments = {
        Cases::NewAttachment{QStringLiteral("before"), QStringLiteral("scene.png"), photo}};
    return w.service->report(r, w.actor);
}

/// A small valid PNG whose bytes differ by `salt`, so each has its own hash.
QByteArray pngWith(int salt)
{
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(QRgb(0xff000000u | quint32(salt * 2654435761u))));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class tst_HubLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oversizedPushIsRefusedWhole();
    void workstationSplitsItsOutboxUnderTheCaps();
    void foreignClientIdIsRefused();
    void retriesGetTheirFirstVerdict();
    void orphanPhotosAreRefused();
    void passwordHashesStayOnTheHub();
    void loginsAreCheckedAgainstTheHub();
    void forgedDoorbellIsRateLimited();

private:
    bool setLimit(const QString &key, qint64 value);
    HubFixture m_hub;
};

void tst_HubLimits::initTestCase()
{
    QString why;
    if (!m_hub.setUp(&why))
        QFAIL(qPrintable(why));
    QVERIFY(!m_hub.grid.isEmpty());
}

bool tst_HubLimits::setLimit(const QString &key, qint64 value)
{
    auto admin = m_hub.adminConnection();
    return admin
           && admin.value()->command(QStringLiteral(
                                         "UPDATE cc.hub_meta SET value = $2 WHERE key = $1"),
                                     {key, QString::number(value)});
}

void tst_HubLimits::oversizedPushIsRefusedWhole()
{
    const qint64 cap = m_hub.count(
        QStringLiteral("SELECT value::bigint FROM cc.hub_meta WHERE key = 'push_max_entries'"));
    QCOMPARE(cap, 500);
    const qint64 logged = m_hub.count(QStringLiteral("SELECT count(*) FROM cc.push_log"));
    // One entry more than the cap: refused with its code before any entry is looked at.
    QJsonArray entries;
    for (int i = 1; i <= cap + 1; ++i)
        entries.append(QJsonObject{{"seq", i},
                                   {"entity", "collector_position"},
                                   {"rowId", QString::number(i)},
                                   {"op", "insert"},
                                   {"payload", QJsonObject{}}});
    QJsonObject refused = rawPush(m_hub, QStringLiteral("op01"), QStringLiteral("big-1"), entries)
                              .toObject();
    QCOMPARE(refused.value("error").toString(), QStringLiteral("sync.push-too-large"));
    QVERIFY2(refused.value("message").toString().contains(QLatin1String("at most 500 entries")),
             qPrintable(refused.value("message").toString()));
    // Within the count but over the bytes.
    QVERIFY(setLimit(QStringLiteral("push_max_bytes"), 20000));
    const QJsonArray fat{
        QJsonObject{{"seq", 1},
                    {"entity", "collector_position"},
                    {"rowId", "x"},
                    {"op", "insert"},
                    {"payload", QJsonObject{{"note", QString(30000, QLatin1Char('x'))}}}}};
    refused = rawPush(m_hub, QStringLiteral("op01"), QStringLiteral("big-2"), fat).toObject();
    QVERIFY(setLimit(QStringLiteral("push_max_bytes"), 64 << 20));
    QCOMPARE(refused.value("error").toString(), QStringLiteral("sync.push-too-large"));
    // Not an array at all, or entries without their outbox number.
    auto conn = m_hub.userConnection(QStringLiteral("op01"));
    for (const char *junk :
         {"{}", "[{}]", "[1]", "[{\"seq\": \"7\"}]", "[{\"seq\": 1.5}]", "[{\"seq\": -3}]"}) {
        auto bad = conn.value()->exec(QStringLiteral("SELECT cc.push($1, 'big-3', $2::jsonb)"),
                                      {Sync::kHubSchemaVersion, QString::fromLatin1(junk)});
        QVERIFY2(!bad, junk);
        QVERIFY2(CcTest::codeOf(bad) == QLatin1String("sync.invalid-push"),
                 qPrintable(CcTest::codeOf(bad) + ' ' + junk));
    }
    // Nothing of them was taken, not even a verdict or the client id.
    QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.push_log")), logged);
    QCOMPARE(m_hub.count(QStringLiteral(
                 "SELECT count(*) FROM cc.push_client WHERE client_id LIKE 'big-%'")),
             0);
}

void tst_HubLimits::workstationSplitsItsOutboxUnderTheCaps()
{
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("split"));
    QVERIFY(op);
    QVERIFY(op->sync());
    // Tiny caps: 5 entries a push. Eleven reports, three of them with a photo (a group of two
    // entries each: the bytes and the step), queued while apart.
    QVERIFY(setLimit(QStringLiteral("push_max_entries"), 5));
    QStringList ids;
    for (int i = 0; i < 11; ++i) {
        auto r = i % 4 == 1 ? reportWithPhoto(*op, m_hub.grid, pngWith(100 + i))
                            : op->report(m_hub.grid);
        CC_VERIFY_OK(r);
        ids.append(r->id);
    }
    QCOMPARE(op->db->rowCount(QStringLiteral("outbox")), 14);
    auto pushed = op->sync();
    CC_VERIFY_OK(pushed);
    QCOMPARE(pushed->push.applied, 14);
    QCOMPARE(op->db->rowCount(QStringLiteral("outbox")), 0);
    // Several pushes (their verdicts carry each push's transaction time), none over the cap,
    // and each photo in the same push as its step.
    const QString client = clientIdOf(*op);
    QVERIFY(m_hub.count(
                QStringLiteral(
                    "SELECT count(DISTINCT received_at) FROM cc.push_log WHERE client_id = '%1'")
                    .arg(client))
            >= 3);
    QCOMPARE(
        m_hub.count(
            QStringLiteral(
                "SELECT max(n) FROM (SELECT count(*) AS n FROM cc.push_log WHERE client_id = '%1' "
                "GROUP BY received_at) p")
                .arg(client))
            <= 5,
        true);
    QCOMPARE(
        m_hub.count(
            QStringLiteral(
                "SELECT count(*) FROM cc.attachment a JOIN cc.attachment_content c USING (sha256) "
                "WHERE a.case_id IN ('%1')")
                .arg(ids.join(QStringLiteral("','")))),
        3);

    // The hub lowers its caps while the workstation is connected: its push is refused whole
    // (sync.push-too-large), it sends halves.
    for (int i = 0; i < 3; ++i)
        QVERIFY(op->report(m_hub.grid));
    QVERIFY(reportWithPhoto(*op, m_hub.grid, pngWith(200)));
    {
        // Caps read (5), then lowered before the push: what an administrator's change looks like.
        QVERIFY(setLimit(QStringLiteral("push_max_entries"), 5));
        Sync::SyncClient client2(*op->db, m_hub.credentials(op->login));
        QVERIFY(client2.pull());
        QVERIFY(setLimit(QStringLiteral("push_max_entries"), 2));
        auto halves = client2.push();
        CC_VERIFY_OK(halves);
        QCOMPARE(halves->applied, 5);
    }
    // With no time under the writer lock to spare, the hub takes one group a push and answers
    // only for it; the workstation sends the rest again until all are taken.
    QVERIFY(setLimit(QStringLiteral("push_max_ms"), 0));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 4; ++i)
        QVERIFY(op->report(m_hub.grid));
    auto oneByOne = op->sync();
    QVERIFY(setLimit(QStringLiteral("push_max_ms"), 100));
    QVERIFY(oneByOne);
    QCOMPARE(oneByOne->push.applied, 4);
    QCOMPARE(m_hub.count(
                 QStringLiteral(
                     "SELECT count(DISTINCT received_at) FROM cc.push_log WHERE client_id = '%1' "
                     "AND received_at >= '%2'")
                     .arg(client, before.toString(Qt::ISODateWithMs))),
             4);

    // A group larger than a push may be (a photo with its step, caps of one entry): it stays
    // queued with a clear error, and goes once the caps allow it.
    QVERIFY(setLimit(QStringLiteral("push_max_entries"), 1));
    QVERIFY(reportWithPhoto(*op, m_hub.grid, pngWith(300)));
    auto stuck = op->sync();
    QVERIFY(!stuck);
    QCOMPARE(CcTest::codeOf(stuck), QStringLiteral("sync.group-too-large"));
    QCOMPARE(op->db->rowCount(QStringLiteral("outbox")), 2);
    QVERIFY(setLimit(QStringLiteral("push_max_entries"), 500));
    auto freed = op->sync();
    QVERIFY(freed);
    QCOMPARE(freed->push.applied, 2);
}

void tst_HubLimits::foreignClientIdIsRefused()
{
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("owner"));
    QVERIFY(op);
    QVERIFY(op->report(m_hub.grid));
    QVERIFY(op->sync()); // op01 owns this client id now
    const QString client = clientIdOf(*op);
    QCOMPARE(m_hub.count(
                 QStringLiteral(
                     "SELECT count(*) FROM cc.push_client p JOIN cc.app_user u ON u.id = p.user_id "
                     "WHERE p.client_id = '%1' AND u.login = 'op01'")
                     .arg(client)),
             1);
    const qint64 logged = m_hub.count(
        QStringLiteral("SELECT count(*) FROM cc.push_log WHERE client_id = '%1'").arg(client));
    // op02 tries to burn op01's next outbox numbers with junk verdicts.
    QJsonArray junk;
    for (int seq = 1; seq <= 50; ++seq)
        junk.append(QJsonObject{{"seq", seq},
                                {"entity", "nothing"},
                                {"rowId", "x"},
                                {"op", "insert"},
                                {"payload", QJsonObject{}}});
    const QJsonObject refused = rawPush(m_hub, QStringLiteral("op02"), client, junk).toObject();
    QCOMPARE(refused.value("error").toString(), QStringLiteral("sync.foreign-client"));
    QVERIFY(refused.value("message").toString().contains(
        QLatin1String("belongs to another hub login")));
    QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.push_log WHERE client_id = '%1'")
                             .arg(client)),
             logged);
    // A client id no one has used yet becomes op02's; op01's workstation keeps working.
    const QJsonValue own = rawPush(m_hub, QStringLiteral("op02"), QStringLiteral("op02-own"),
                                   QJsonArray{junk.first()});
    QVERIFY(own.isArray());
    QCOMPARE(own.toArray().first().toObject().value("code").toString(),
             QStringLiteral("sync.unsupported"));
    QVERIFY(op->report(m_hub.grid));
    auto again = op->sync();
    QVERIFY(again);
    QCOMPARE(again->push.applied, 1);
}

void tst_HubLimits::retriesGetTheirFirstVerdict()
{
    // A push answered but never acknowledged is sent again, maybe with an entry twice: each
    // entry gets its first verdict again, and is applied and logged once.
    auto op = m_hub.mustJoin(QStringLiteral("op02"), QStringLiteral("retries"));
    QVERIFY(op);
    QVERIFY(op->report(m_hub.grid));
    auto queued = Storage::OutboxRepository(*op->db).pending(1);
    QVERIFY(queued && queued->size() == 1);
    const QJsonObject report{{"seq", 1},
                             {"entity", queued->first().entity},
                             {"rowId", queued->first().rowId},
                             {"op", queued->first().op},
                             {"payload", QJsonDocument::fromJson(queued->first().payload.toUtf8()).object()}};
    const QJsonObject junk{{"seq", 2}, {"entity", "nothing"}, {"rowId", "x"}, {"op", "insert"},
                           {"payload", QJsonObject{}}};
    const QString client = QStringLiteral("op02-retries");
    const QJsonArray first = rawPush(m_hub, QStringLiteral("op02"), client, {report}).toArray();
    QCOMPARE(first.first().toObject().value("status").toString(), QStringLiteral("applied"));
    const QJsonArray again
        = rawPush(m_hub, QStringLiteral("op02"), client, {report, junk, junk}).toArray();
    QCOMPARE(again.size(), 3);
    const QStringList expected{QStringLiteral("applied duplicate"),
                               QStringLiteral("rejected sync.unsupported"),
                               QStringLiteral("rejected sync.unsupported duplicate")};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject v = again[i].toObject();
        QStringList got{v.value("status").toString()};
        if (v.contains("code"))
            got.append(v.value("code").toString());
        if (v.value("duplicate").toBool())
            got.append(QStringLiteral("duplicate"));
        QCOMPARE(got.join(QLatin1Char(' ')), expected[i]);
    }
    QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.push_log WHERE client_id = '%1'")
                             .arg(client)),
             2);
    QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.case_record WHERE id = '%1'")
                             .arg(report.value("payload").toObject().value("caseId").toString())),
             1);
}

void tst_HubLimits::orphanPhotosAreRefused()
{
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("orphan"));
    QVERIFY(op);
    const QByteArray bytes = pngWith(400);
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const auto photoEntry = [&](int seq, const QJsonValue &group) {
        QJsonObject payload{{"sha256", sha},
                            {"size", bytes.size()},
                            {"data", QString::fromLatin1(bytes.toBase64())}};
        if (!group.isUndefined())
            payload.insert("group", group);
        return QJsonObject{{"seq", seq},
                           {"entity", "attachment_content"},
                           {"rowId", sha},
                           {"op", "insert"},
                           {"payload", payload}};
    };
    const QString client = QStringLiteral("orphan-op01");
    // Alone, alone in a group, and in a group whose step shows another photo.
    const QJsonObject otherStep{{"seq", 4},
                                {"entity", "case_event"},
                                {"rowId", "e"},
                                {"op", "action"},
                                {"payload",
                                 QJsonObject{{"group", "g3"},
                                             {"caseId", "nope"},
                                             {"attachments",
                                              QJsonArray{QJsonObject{
                                                  {"sha256", QString(64, QLatin1Char('0'))}}}}}}};
    const QList<QJsonArray> pushes{{photoEntry(1, QJsonValue::Undefined)},
                                   {photoEntry(2, "g2")},
                                   {photoEntry(3, "g3"), otherStep}};
    for (const QJsonArray &push : pushes) {
        const QJsonArray verdicts = rawPush(m_hub, QStringLiteral("op01"), client, push).toArray();
        QCOMPARE(verdicts.size(), push.size());
        QCOMPARE(verdicts.first().toObject().value("status").toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(verdicts.first().toObject().value("code").toString(),
                 QStringLiteral("attachment.orphan"));
    }
    QCOMPARE(m_hub.count(
                 QStringLiteral("SELECT count(*) FROM cc.attachment_content WHERE sha256 = '%1'")
                     .arg(sha)),
             0);

    // With its step, through the workstation, it is taken.
    auto reported = reportWithPhoto(*op, m_hub.grid, bytes);
    QVERIFY(reported);
    auto pushed = op->sync();
    QVERIFY(pushed);
    QCOMPARE(pushed->push.applied, 2);
    QCOMPARE(m_hub.count(
                 QStringLiteral("SELECT count(*) FROM cc.attachment_content WHERE sha256 = '%1'")
                     .arg(sha)),
             1);

    // A photo queued by an older CityCommand (no group on either entry) still goes with its step.
    auto legacy = reportWithPhoto(*op, m_hub.grid, pngWith(401));
    QVERIFY(legacy);
    QVERIFY(op->db->exec(
        QStringLiteral("UPDATE outbox SET payload = json_remove(payload, '$.group')")));
    pushed = op->sync();
    QVERIFY(pushed);
    QCOMPARE(pushed->push.applied, 2);
}

void tst_HubLimits::passwordHashesStayOnTheHub()
{
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("hashes"));
    QVERIFY(op);
    const auto localHashes = [&](Workstation &w) {
        auto st = w.db->prepare(
            QStringLiteral("SELECT login FROM app_user WHERE password_hash <> '' ORDER BY login"));
        QStringList logins;
        while (st.value().step().value())
            logins.append(st.value().text(0));
        return logins;
    };
    QVERIFY(
        m_hub.count(QStringLiteral("SELECT count(*) FROM cc.app_user WHERE password_hash <> ''"))
        > 100);
    // The snapshot brought the user's own hash only, the hub's.
    QCOMPARE(localHashes(*op), QStringList{QStringLiteral("op01")});
    auto admin = m_hub.adminConnection();
    QVERIFY(admin);
    const QString ownHash = admin.value()
                                ->exec(QStringLiteral(
                                    "SELECT password_hash FROM cc.app_user WHERE login = 'op01'"))
                                ->text(0, 0);
    QCOMPARE(Storage::UserRepository(*op->db)
                 .findByLogin(QStringLiteral("op01"))
                 .value()
                 ->passwordHash,
             ownHash);

    // Asked by hand: neither a pull from the beginning nor a snapshot cursor hands out another's.
    auto conn = m_hub.userConnection(QStringLiteral("op01"));
    QVERIFY(conn);
    auto scope = conn.value()->exec(QStringLiteral("SELECT cc.hello($1)->>'scope'"),
                                    {Sync::kHubSchemaVersion});
    QVERIFY(scope);
    auto pulled = conn.value()->exec(
        QStringLiteral("SELECT data FROM cc.pull($1, $2, 0, 1000000) WHERE entity = 'app_user'"),
        {Sync::kHubSchemaVersion, scope->text(0, 0)});
    QVERIFY(pulled);
    int users = 0, withHash = 0;
    for (int i = 0; i < pulled->rows(); ++i) {
        const QJsonObject row = QJsonDocument::fromJson(pulled->bytes(i, 0)).object();
        ++users;
        if (row.contains(QStringLiteral("password_hash"))) {
            ++withHash;
            QCOMPARE(row.value("login").toString(), QStringLiteral("op01"));
        }
    }
    QVERIFY(users > 100);
    QCOMPARE(withHash, 1);
    QVERIFY(conn.value()->command(QStringLiteral("BEGIN")));
    QVERIFY(conn.value()->command(QStringLiteral("SELECT cc.snapshot_open($1, $2, 'app_user')"),
                                  {Sync::kHubSchemaVersion, scope->text(0, 0)}));
    auto snap = conn.value()->exec(QStringLiteral("FETCH ALL FROM snap"));
    QVERIFY(conn.value()->command(QStringLiteral("COMMIT")));
    QVERIFY(snap);
    int hashColumn = -1, loginColumn = -1;
    for (int c = 0; c < snap->columns(); ++c) {
        if (snap->columnName(c) == QLatin1String("password_hash"))
            hashColumn = c;
        if (snap->columnName(c) == QLatin1String("login"))
            loginColumn = c;
    }
    QVERIFY(hashColumn >= 0 && loginColumn >= 0);
    for (int i = 0; i < snap->rows(); ++i)
        QCOMPARE(snap->text(i, hashColumn).isEmpty(),
                 snap->text(i, loginColumn) != QLatin1String("op01"));

    // Another user's password changed on the hub: the row travels, the hash does not.
    const QString slHash = admin.value()
                               ->exec(QStringLiteral(
                                   "SELECT password_hash FROM cc.app_user WHERE login = 'sl01'"))
                               ->text(0, 0);
    QVERIFY(admin.value()->command(
        QStringLiteral("UPDATE cc.app_user SET password_hash = password_hash || 'x', "
                       "updated_at = '2026-12-02T00:00:00.000Z' WHERE login = 'sl01'")));
    auto synced = op->sync();
    QVERIFY(synced);
    QVERIFY(synced->pull.applied >= 1);
    {
        auto st = op->db->prepare(
            QStringLiteral("SELECT updated_at FROM app_user WHERE login = 'sl01'"));
        QVERIFY(st && st.value().step().value());
        QCOMPARE(st.value().text(0), QStringLiteral("2026-12-02T00:00:00.000Z"));
    }
    QCOMPARE(localHashes(*op), QStringList{QStringLiteral("op01")});
    QVERIFY(admin.value()
                ->command(QStringLiteral(
                              "UPDATE cc.app_user SET password_hash = $1 WHERE login = 'sl01'"),
                          {slHash}));

    // A workstation that joined before schema 4 holds everyone's hash: its first sync now
    // forgets all but its own user's.
    QVERIFY(op->db->exec(
        QStringLiteral("UPDATE app_user SET password_hash = 'old' WHERE login <> 'op01'")));
    QVERIFY(op->db->exec(QStringLiteral("DELETE FROM setting WHERE key = 'sync.ownHashesOnly'")));
    op->client = std::make_unique<Sync::SyncClient>(*op->db, m_hub.credentials(op->login));
    QVERIFY(op->sync());
    QCOMPARE(localHashes(*op), QStringList{QStringLiteral("op01")});
}

void tst_HubLimits::loginsAreCheckedAgainstTheHub()
{
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("logins"));
    QVERIFY(op);
    const QString demo = QString::fromLatin1(Demo::kDemoPassword);
    auto hub = std::make_shared<Sync::HubLogin>(m_hub.credentials(op->login));
    std::atomic_bool reachable = true;
    Cases::LoginAuthority authority;
    authority.hashPrefix = [&](const QString &login) -> Result<QString> {
        if (!reachable)
            return makeError(QStringLiteral("sync.offline"), QStringLiteral("unplugged"));
        return hub->hashPrefix(login);
    };
    authority.check = [&](const QString &login, const QString &hash) -> Result<bool> {
        if (!reachable)
            return makeError(QStringLiteral("sync.offline"), QStringLiteral("unplugged"));
        return hub->check(login, hash);
    };
    Cases::AuthService auth(*op->db);
    auth.setAuthority(authority);
    const auto localHash = [&](const QString &login) {
        return Storage::UserRepository(*op->db).findByLogin(login).value()->passwordHash;
    };
    // The shift leader has never logged in here: no hash on this workstation, the hub says yes.
    QVERIFY(localHash(QStringLiteral("sl01")).isEmpty());
    QVERIFY(
        !Cases::AuthService(*op->db).login(QStringLiteral("sl01"), demo)); // without the hub: no
    auto in = auth.login(QStringLiteral("sl01"), demo);
    CC_VERIFY_OK(in);
    QCOMPARE(in->user.login, QStringLiteral("sl01"));
    // The hash the workstation computed is the hub's, and now kept here for offline logins.
    auto admin = m_hub.adminConnection();
    QCOMPARE(localHash(QStringLiteral("sl01")),
             admin.value()
                 ->exec(
                     QStringLiteral("SELECT password_hash FROM cc.app_user WHERE login = 'sl01'"))
                 ->text(0, 0));
    reachable = false;
    QVERIFY(auth.login(QStringLiteral("sl01"), demo));
    QVERIFY(!auth.login(QStringLiteral("sl01"), QStringLiteral("wrong-password")));
    reachable = true;
    // Wrong passwords and unknown logins: refused alike.
    for (const QString &login : {QStringLiteral("sl01"), QStringLiteral("nobody")}) {
        auto refused = auth.login(login, QStringLiteral("wrong-password"));
        QVERIFY(!refused);
        QCOMPARE(CcTest::codeOf(refused), QStringLiteral("auth.failed"));
    }
    // Disabled on the hub: refused while the hub is reachable, though the kept hash matches.
    QVERIFY(admin.value()->command(
        QStringLiteral("UPDATE cc.app_user SET active = 0 WHERE login = 'dp01'")));
    QVERIFY(!auth.login(QStringLiteral("dp01"), demo));
    QVERIFY(admin.value()->command(
        QStringLiteral("UPDATE cc.app_user SET active = 1 WHERE login = 'dp01'")));
    // Guessing is limited per workstation and user: the eleventh try within 15 minutes is
    // refused as locked, even with the right password.
    for (int i = 0; i < 10; ++i)
        QVERIFY(!auth.login(QStringLiteral("sv01"), QStringLiteral("guess-%1").arg(i)));
    auto locked = auth.login(QStringLiteral("sv01"), demo);
    QVERIFY(!locked);
    QCOMPARE(CcTest::codeOf(locked), QStringLiteral("auth.locked"));
    // The prefix of a hash computed here has the same form as a fresh hash's.
    auto fresh = Cases::AuthService::hashPassword(demo);
    QVERIFY(fresh);
    const QString prefix = fresh->left(fresh->lastIndexOf(QLatin1Char('$')) + 1);
    QCOMPARE(Cases::AuthService::hashWithPrefix(prefix, demo).value(), fresh.value());
}

void tst_HubLimits::forgedDoorbellIsRateLimited()
{
    auto sl = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("bell"));
    auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("bellop"));
    QVERIFY(sl && op);
    sl->client.reset();
    Sync::SyncEngine engine(sl->path, m_hub.credentials(sl->login));
    engine.setPollIntervalMs(600000);
    QSignalSpy status(&engine, &Sync::SyncEngine::statusChanged);
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(engine.status().state == Sync::SyncStatus::State::Connected, 15000);
    QTest::qWait(500);
    // Anyone with a hub login can NOTIFY: 3,000 forged rings from another connection, each its
    // own transaction (PostgreSQL folds identical ones only within one).
    const qint64 roundsBefore = engine.status().rounds;
    std::atomic_bool done = false;
    QElapsedTimer flood;
    flood.start();
    std::thread forger([&] {
        auto conn = m_hub.userConnection(QStringLiteral("op02"));
        for (int i = 0; conn && i < 3000; ++i)
            (void) conn.value()
                ->exec(QStringLiteral("SELECT pg_notify('cc_changes', $1)"),
                       {QStringLiteral("{\"scope\":\"city\",\"seq\":%1}").arg(1000000 + i)});
        done = true;
    });
    while (!done)
        QTest::qWait(20);
    forger.join();
    QTest::qWait(Sync::SyncEngine::kBellMaxMs); // a pull still due runs now
    const double seconds = flood.elapsed() / 1000.0;
    const qint64 pulls = engine.status().rounds - roundsBefore;
    // The interval doubles from the minimum to the maximum (the ramp), then one per maximum
    // interval; plus one for a ring already due when the flood began.
    const int ramp = int(std::ceil(std::log2(double(Sync::SyncEngine::kBellMaxMs)
                                             / Sync::SyncEngine::kBellMinMs)))
                     + 1;
    const qint64 bound = ramp + qint64(std::ceil(seconds * 1000 / Sync::SyncEngine::kBellMaxMs))
                         + 1;
    qInfo(
        "3000 forged notifications over %.1f s: %lld pulls (bound %lld: ramp %d, then one per %d ms)",
        seconds, static_cast<long long>(pulls), static_cast<long long>(bound), ramp,
        Sync::SyncEngine::kBellMaxMs);
    QVERIFY2(pulls <= bound, qPrintable(QStringLiteral("%1 pulls > %2").arg(pulls).arg(bound)));
    QVERIFY(pulls >= 1);
    // Real changes still arrive promptly once the flood is over.
    QTest::qWait(Sync::SyncEngine::kBellMaxMs);
    auto reported = op->report(m_hub.grid);
    QVERIFY(reported);
    QVERIFY(op->sync());
    QElapsedTimer arrival;
    arrival.start();
    auto seen = Storage::Database::open(sl->path, Storage::Database::OpenMode::ReadOnly);
    QVERIFY(seen);
    QTRY_VERIFY_WITH_TIMEOUT(
        Storage::CaseRepository(*seen.value()).find(reported->id).value().has_value(), 5000);
    qInfo("a real change after the flood arrived in %lld ms",
          static_cast<long long>(arrival.elapsed()));
    engine.stop();
}

QTEST_GUILESS_MAIN(tst_HubLimits)
#include "tst_hub_limits.moc"
