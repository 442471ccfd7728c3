// SPDX-License-Identifier: GPL-3.0-or-later
// citygate in hub mode (docs/citygate.md, "Hub mode"): the real citygate process writing
// through a real hub (a throwaway PostgreSQL cluster) over a gateway login. A 12345 order and
// a collector's report are on the hub when their answers leave, acted for the key's and the
// token's users (not citygate's login); an ordinary login cannot serve as a gateway; with the
// hub stopped a write is answered 503 with Retry-After and nothing is written, and once it is
// back the same request passes; nothing acknowledged is missing from the hub. A write the hub
// refuses (here: a report older than the hub's offline window, which the copy's own checks
// let through) is answered 409 with the hub's code, alone among the writes that arrived with
// it, and leaves no case behind.
#include "../integration/citygateharness.h"
#include "hubfixture.h"

#include <cc/demogen/democity.h>
#include <cc/gate/apikeys.h>

#include <QJsonArray>

using namespace Cc;
using namespace CitygateHarness;
using HubTest::HubFixture;

class TestCitygateHub : public QObject
{
    Q_OBJECT

private:
    HubFixture m_hub;
    QString m_copy, m_base, m_collector, m_collectorId, m_opId;
    QByteArray m_token; ///< the collector's bearer token
    QPointF m_inGrid;
    QByteArray m_key;
    QProcess m_gate;
    QNetworkAccessManager m_net;
    QStringList m_acknowledged; ///< numbers citygate answered with

    Reply postOrder(const QString &orderId)
    {
        const QJsonObject order{{"order_id", orderId},
                                {"category", "event:0102"},
                                {"lon", m_inGrid.x()},
                                {"lat", m_inGrid.y()},
                                {"description", QStringLiteral("路边垃圾堆放 %1").arg(orderId)},
                                {"caller_name", QStringLiteral("王女士")},
                                {"caller_phone", "13800001111"}};
        return send(m_net, "POST", m_base + "/hotline/v1/orders",
                    {{"X-Api-Key", m_key}, {"Content-Type", "application/json"}},
                    QJsonDocument(order).toJson());
    }

    /// The hub's row of case `number`: its channel and created_by, "" when it has none.
    QString hubCase(const QString &number)
    {
        auto admin = m_hub.adminConnection();
        if (!admin)
            return QStringLiteral("no admin connection");
        auto r = admin.value()->exec(QStringLiteral(
                                         "SELECT channel || ' ' || created_by FROM cc.case_record "
                                         "WHERE number = $1"),
                                     {number});
        return r && r->rows() == 1 ? r->text(0, 0) : QString();
    }

    QString userId(const QString &login)
    {
        auto db = Storage::Database::open(m_copy, Storage::Database::OpenMode::ReadOnly);
        if (!db)
            return {};
        auto st = db.value()->prepare(QStringLiteral("SELECT id FROM app_user WHERE login = ?1"));
        st.value().bindText(1, login);
        return st.value().step().value() ? st.value().text(0) : QString();
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!m_hub.setUp(&why))
            QFAIL(qPrintable(why));
        // citygate's own hub login: a CityCommand user of the operator post, made a gateway
        // by the administrator.
        auto gate = HubTest::cityctl({"hub", "user", "add", "gate01", "--url", m_hub.adminUrl,
                                      "--role", "operator"},
                                     HubTest::kUserPassword.toUtf8() + '\n');
        QVERIFY2(gate.code == 0, qPrintable(HubTest::describe(gate)));
        auto admin = m_hub.adminConnection();
        QVERIFY(admin);
        QVERIFY(admin.value()->command(QStringLiteral("GRANT cc_gateway TO gate01")));

        m_copy = m_hub.dir.filePath(QStringLiteral("gate-copy.gpkg"));
        auto joined = Sync::SyncClient::join(m_copy, m_hub.credentials(QStringLiteral("gate01")));
        QVERIFY2(joined, joined ? "" : qPrintable(joined.error().message));
        {
            auto db = Storage::Database::open(m_copy, Storage::Database::OpenMode::ReadWrite);
            QVERIFY(db);
            auto key = Gate::ApiKeys(*db.value()).add("12345-province", "op01", {"hotline"});
            QVERIFY(key);
            m_key = key.value().toLatin1();
            auto st = db.value()->prepare(QStringLiteral(
                "SELECT u.login, u.responsibility_code FROM app_user u JOIN user_role r ON "
                "r.user_id = u.id WHERE r.role = 'collector' AND u.active = 1 AND "
                "u.responsibility_code <> '' ORDER BY u.login LIMIT 1"));
            QVERIFY(st && st.value().step().value());
            m_collector = st.value().text(0);
            m_inGrid = pointIn(*db.value(), st.value().text(1)).first;
        }
        QVERIFY(!m_inGrid.isNull());
        m_collectorId = userId(m_collector);
        m_opId = userId(QStringLiteral("op01"));
        m_base = start(m_gate, m_copy,
                       {"--hub", m_hub.hubUrl, "--hub-user", "gate01", "--rate-limit", "0"});
        QVERIFY(!m_base.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_gate.state() != QProcess::NotRunning)
            stop(m_gate);
    }

    /// A login the administrator has not made a gateway: citygate does not start.
    void refusesOrdinaryLogin()
    {
        const QString copy = m_hub.dir.filePath(QStringLiteral("op02-copy.gpkg"));
        QProcess gate;
        gate.start(kCitygate, {"--db", copy, "--listen", "127.0.0.1:0", "--hub", m_hub.hubUrl,
                               "--hub-user", "op02"});
        QVERIFY(gate.waitForFinished(60000));
        QCOMPARE(gate.exitCode(), 1);
        QVERIFY2(gate.readAllStandardError().contains("gate.not-gateway"), "no gate.not-gateway");
    }

    /// A 12345 order is on the hub when its answer leaves, reported by the key's user.
    void orderIsOnTheHub()
    {
        const Reply r = postOrder(QStringLiteral("GD-HUB-1"));
        QVERIFY2(r.status == 201, r.body.constData());
        const QString number = r.json.value("number").toString();
        QCOMPARE(hubCase(number), QStringLiteral("hotline-12345 ") + m_opId);
        m_acknowledged << number;
        // The same 工单 again: one case.
        const Reply again = postOrder(QStringLiteral("GD-HUB-1"));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value("number").toString(), number);
        QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.case_record WHERE "
                                            "description LIKE '%GD-HUB-1'")),
                 1);
        QCOMPARE(writtenRows(m_copy).contains(QLatin1String("outbox=0")), true);
    }

    /// A collector logs in (checked against the hub: the copy keeps no one else's hash) and
    /// reports; the hub's case is the collector's own, not citygate's login's.
    void collectorReportIsTheCollectors()
    {
        const Reply login = send(m_net, "POST", m_base + "/field/v1/login",
                                 {{"Content-Type", "application/json"}},
                                 QJsonDocument(QJsonObject{{"login", m_collector},
                                                           {"password", Demo::kDemoPassword}})
                                     .toJson());
        QVERIFY2(login.status == 200, login.body.constData());
        const QByteArray token = login.json.value("token").toString().toLatin1();
        m_token = token;
        const Reply r = postMultipart(m_net, m_base + "/field/v1/reports",
                                      {{"Authorization", "Bearer " + token}},
                                      {{"category", "event:0102"},
                                       {"lon", QByteArray::number(m_inGrid.x(), 'f', 7)},
                                       {"lat", QByteArray::number(m_inGrid.y(), 'f', 7)},
                                       {"description", "井盖缺失"}},
                                      {{"a.png", "image/png", picture("PNG")}});
        QVERIFY2(r.status == 201, r.body.constData());
        const QString number = r.json.value("number").toString();
        QCOMPARE(hubCase(number), QStringLiteral("collector ") + m_collectorId);
        // Its photo went with it.
        QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.attachment a JOIN "
                                            "cc.case_record c ON c.id = a.case_id WHERE c.number "
                                            "= '%1'")
                                 .arg(number)),
                 1);
        m_acknowledged << number;

        // The collector's track reaches the hub as theirs.
        const QString positions = QStringLiteral("SELECT count(*) FROM cc.collector_position WHERE "
                                                 "user_id = '%1'")
                                      .arg(m_collectorId);
        const qint64 tracked = m_hub.count(positions);
        const QJsonObject fix{{"lon", m_inGrid.x()},
                              {"lat", m_inGrid.y()},
                              {"at",
                               QDateTime::currentDateTime().toOffsetFromUtc(8 * 3600).toString(
                                   Qt::ISODate)},
                              {"accuracy_m", 4}};
        const Reply track
            = send(m_net, "POST", m_base + "/field/v1/positions",
                   {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}},
                   QJsonDocument(QJsonObject{{"positions", QJsonArray{fix}}}).toJson());
        QVERIFY2(track.status == 200 || track.status == 201, track.body.constData());
        QCOMPARE(m_hub.count(positions), tracked + 1);
    }

    /// The hub refuses what the copy took: a report dated before the hub's offline window
    /// (72 hours; the copy takes any time since 2000). Sent at once with three good ones, so
    /// that citygate takes them together: the old one alone is answered 409 with the hub's
    /// code and is neither on the hub nor in the copy; the others are on the hub.
    void hubRefusalIs409()
    {
        QVERIFY(!m_token.isEmpty());
        const QString old
            = QDateTime::currentDateTimeUtc().addDays(-5).toOffsetFromUtc(8 * 3600).toString(
                Qt::ISODate);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i) {
            auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
            QList<std::pair<QByteArray, QByteArray>>
                fields{{"category", "event:0102"},
                       {"lon", QByteArray::number(m_inGrid.x(), 'f', 7)},
                       {"lat", QByteArray::number(m_inGrid.y(), 'f', 7)},
                       {"description", QStringLiteral("晚报的垃圾 %1").arg(i).toUtf8()}};
            if (i == 2)
                fields.append({"at", old.toLatin1()});
            for (const auto &[name, value] : std::as_const(fields)) {
                QHttpPart part;
                part.setHeader(QNetworkRequest::ContentDispositionHeader,
                               "form-data; name=\"" + name + "\"");
                part.setBody(value);
                multi->append(part);
            }
            QNetworkRequest request{QUrl(m_base + "/field/v1/reports")};
            request.setRawHeader("Authorization", "Bearer " + m_token);
            replies.append(m_net.post(request, multi));
            multi->setParent(replies.last());
        }
        QList<Reply> answers;
        for (QNetworkReply *reply : std::as_const(replies))
            answers.append(finish(reply));
        for (int i = 0; i < 4; ++i) {
            const QString description = QStringLiteral("晚报的垃圾 %1").arg(i);
            const QString onHub = QStringLiteral("SELECT count(*) FROM cc.case_record WHERE "
                                                 "description = '%1'")
                                      .arg(description);
            if (i != 2) {
                QVERIFY2(answers[i].status == 201, answers[i].body.constData());
                QCOMPARE(hubCase(answers[i].json.value("number").toString()),
                         QStringLiteral("collector ") + m_collectorId);
                QCOMPARE(m_hub.count(onHub), 1);
                continue;
            }
            QVERIFY2(answers[i].status == 409, answers[i].body.constData());
            QCOMPARE(answers[i].json.value("code").toString(),
                     QStringLiteral("case.time-out-of-bounds"));
            QVERIFY(answers[i].json.value("message").toString().contains("offline"));
            QCOMPARE(m_hub.count(onHub), 0);
            auto db = Storage::Database::open(m_copy, Storage::Database::OpenMode::ReadOnly);
            QVERIFY(db);
            QCOMPARE(db.value()
                         ->scalar(QStringLiteral("SELECT count(*) FROM case_record WHERE "
                                                 "description = ?1"),
                                  {description})
                         .value(),
                     0);
        }
    }

    /// The hub stopped: a write is refused with 503 and Retry-After, nothing written; reads
    /// are answered from the copy; once the hub is back the same request passes.
    void hubAwayRefusesWrites()
    {
        const QString before = writtenRows(m_copy);
        QVERIFY(m_hub.cluster.stop());
        // A write within HubRelay::kFreshMs of the last exchange would go ahead (acknowledged
        // and queued); after it, the hub is asked first.
        QTest::qWait(300);
        const Reply refused = postOrder(QStringLiteral("GD-HUB-2"));
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.json.value("code").toString(), QStringLiteral("gate.hub-unreachable"));
        QVERIFY(refused.retryAfter.toInt() >= 1);
        // Within the wait, at once, without trying the hub again.
        QElapsedTimer quick;
        quick.start();
        QCOMPARE(postOrder(QStringLiteral("GD-HUB-2")).status, 503);
        QVERIFY(quick.elapsed() < 1000);
        QCOMPARE(writtenRows(m_copy), before);
        const Reply read = send(m_net, "GET", m_base + "/hotline/v1/orders/GD-HUB-1",
                                {{"X-Api-Key", m_key}});
        QCOMPARE(read.status, 200);

        QString why;
        QVERIFY2(m_hub.cluster.startServer(&why), qPrintable(why));
        Reply passed;
        for (int i = 0; i < 40 && passed.status != 201; ++i) {
            QTest::qWait(500);
            passed = postOrder(QStringLiteral("GD-HUB-2"));
            QVERIFY2(passed.status == 201 || passed.status == 503, passed.body.constData());
        }
        QCOMPARE(passed.status, 201);
        m_acknowledged << passed.json.value("number").toString();
        // Everything acknowledged is on the hub, once.
        for (const QString &number : std::as_const(m_acknowledged))
            QVERIFY2(!hubCase(number).isEmpty(), qPrintable(number));
        QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.case_record WHERE "
                                            "description LIKE '%GD-HUB-2'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCitygateHub)
#include "tst_citygate_hub.moc"
