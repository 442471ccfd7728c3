// SPDX-License-Identifier: GPL-3.0-or-later
// The real citygate process against bad input and abuse (docs/citygate.md, "Security"): a
// table of malformed requests, each answered with a 4xx JSON error naming the field and
// nothing written (the rows of every table a write touches, counted before and after); the
// rate limit (429, Retry-After), the login lockout (423), the audit log read by
// `cityctl api audit`, and `cityctl api token revoke`.
#include "../gui/democityfixture.h"
#include "citygateharness.h"

#include <cc/cases/auth.h>
#include <cc/gate/apikeys.h>

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Cc;
using namespace CitygateHarness;

namespace {

const QString kPassword = QStringLiteral("field-pass-2026");
using Headers = QList<std::pair<QByteArray, QByteArray>>;

/// A multipart/form-data body written by hand (boundary "b0und"), so that the table can send
/// what no client library would: invalid UTF-8, folders in file names.
QByteArray multipart(const QList<std::pair<QByteArray, QByteArray>> &fields,
                     const QList<Photo> &files = {})
{
    QByteArray body;
    for (const auto &[name, value] : fields)
        body += "--b0und\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n";
    for (const Photo &file : files)
        body += "--b0und\r\nContent-Disposition: form-data; name=\"photo\"; filename=\""
                + file.fileName + "\"\r\nContent-Type: " + file.contentType + "\r\n\r\n" + file.data
                + "\r\n";
    return body + "--b0und--\r\n";
}

/// What an error names: the field API's and the intake's "field", or the description of
/// Open311's [{code, description}] (its stable code names the field: "[open311.bad-lat]").
QString namedIn(const Reply &reply)
{
    if (reply.json.contains("field"))
        return reply.json.value("field").toString();
    return QJsonDocument::fromJson(reply.body)
        .array()
        .at(0)
        .toObject()
        .value("description")
        .toString();
}

} // namespace

class TstCitygateSecurity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db, m_limitedDb, m_base;
    QHash<QString, QByteArray> m_credentials; ///< the table's credential column → header value
    QString m_collector, m_foreignCase;
    QPointF m_inside;
    QProcess m_gate;
    QNetworkAccessManager m_net;

    Reply postJson(const QString &base, const QString &path, const QJsonObject &body,
                   Headers headers = {})
    {
        headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        return send(m_net, "POST", base + path, headers, QJsonDocument(body).toJson());
    }

    QString login(const QString &base, const QString &who)
    {
        return postJson(base, "/field/v1/login", {{"login", who}, {"password", kPassword}})
            .json.value("token")
            .toString();
    }

    QByteArray lon() const { return QByteArray::number(m_inside.x(), 'f', 8); }
    QByteArray lat() const { return QByteArray::number(m_inside.y(), 'f', 8); }

    QByteArray order(const QJsonObject &changes, const QStringList &without = {}) const
    {
        QJsonObject o{{"order_id", "GD-SEC-1"},
                      {"category", "event:0102"},
                      {"lon", m_inside.x()},
                      {"lat", m_inside.y()},
                      {"description", "来电反映垃圾堆积"}};
        for (auto it = changes.begin(); it != changes.end(); ++it)
            o.insert(it.key(), it.value());
        for (const QString &key : without)
            o.remove(key);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    QList<std::pair<QByteArray, QByteArray>> citizen(const QByteArray &description = "垃圾") const
    {
        return {{"category", "event:0102"},
                {"lon", lon()},
                {"lat", lat()},
                {"description", description},
                {"contact_phone", "13700000002"}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("city.gpkg");
        auto db = makeDemoCity(m_db, 200, 50);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        Gate::ApiKeys keys(*db.value());
        m_credentials.insert("hotline", keys.add("12345-province", "op01").value().toLatin1());
        m_credentials.insert("wechat", keys.add("wechat-portal", "op01").value().toLatin1());
        m_credentials.insert("lost-role", keys.add("lost-role", "col01").value().toLatin1());
        m_credentials.insert("citizen-only",
                             keys.add("wechat-only", "op01", {"citizen"}).value().toLatin1());
        QCOMPARE(keys.add("bad-scope", "op01", {"everything"}).error().code,
                 QStringLiteral("api.bad-scope"));
        auto users = Storage::UserRepository(*db.value()).all();
        QString grid;
        for (const Storage::UserRow &u : users.value()) {
            if (u.login.startsWith("col") && !u.responsibilityCode.isEmpty()) {
                m_collector = u.login;
                grid = u.responsibilityCode;
                break;
            }
        }
        QVERIFY(!m_collector.isEmpty());
        QVERIFY(Cases::AuthService(*db.value()).setPassword(m_collector, kPassword));
        m_inside = pointIn(*db.value(), grid).first;
        {
            auto foreign = db.value()->prepare(
                "SELECT id FROM case_record WHERE responsibility_code <> ?1 LIMIT 1");
            foreign->bindText(1, grid);
            QVERIFY(foreign->step().value());
            m_foreignCase = foreign->text(0);
        }
        db.value().reset(); // closed, so that the copy below holds everything
        m_limitedDb = m_dir.filePath("limited.gpkg");
        QVERIFY(QFile::copy(m_db, m_limitedDb));

        m_base = start(m_gate, m_db);
        QVERIFY(!m_base.isEmpty());
        const QString token = login(m_base, m_collector);
        QVERIFY(!token.isEmpty());
        m_credentials.insert("token", "Bearer " + token.toLatin1());
        m_credentials.insert("bad-token", "Bearer ft_forged");
        // The Idempotency-Key the table replays with another body.
        const Reply first = postMultipart(m_net, m_base + "/field/v1/reports",
                                          {{"Authorization", m_credentials["token"]},
                                           {"Idempotency-Key", "phone-1-report-1"}},
                                          {{"category", "event:0102"},
                                           {"lon", lon()},
                                           {"lat", lat()},
                                           {"description", "first"}});
        QVERIFY2(first.status == 201, first.body.constData());
    }

    void cleanupTestCase() { QCOMPARE(stop(m_gate), 0); }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("credential"); ///< a key of m_credentials, or empty
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("named"); ///< the field the error names

        const QByteArray json = "application/json";
        const QByteArray form = "multipart/form-data; boundary=b0und";
        const QByteArray urlencoded = "application/x-www-form-urlencoded";
        const QByteArray notUtf8("\xff\xfe\xc3\x28", 4);
        const QByteArray png = picture("PNG");
        const QString orders = "/hotline/v1/orders";
        const QString reports = "/citizen/v1/reports";
        const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

        // 12345 工单 (JSON)
        row("order: order_id of a wrong type")
            << QByteArray("POST") << orders << "hotline" << json
            << order({{"order_id", QJsonObject()}}) << 400 << "order_id";
        row("order: no order_id") << QByteArray("POST") << orders << "hotline" << json
                                  << order({}, {"order_id"}) << 400 << "order_id";
        row("order: order_id with a slash")
            << QByteArray("POST") << orders << "hotline" << json
            << order({{"order_id", "../../etc/passwd"}}) << 400 << "order_id";
        row("order: order_id too long")
            << QByteArray("POST") << orders << "hotline" << json
            << order({{"order_id", QString(65, 'A')}}) << 400 << "order_id";
        row("order: no category") << QByteArray("POST") << orders << "hotline" << json
                                  << order({{"order_id", "GD-2"}}, {"category"}) << 400
                                  << "category";
        row("order: unknown category")
            << QByteArray("POST") << orders << "hotline" << json
            << order({{"order_id", "GD-3"}, {"category", "event:9999"}}) << 400 << "category";
        row("order: lon not a number")
            << QByteArray("POST") << orders << "hotline" << json
            << order({{"order_id", "GD-4"}, {"lon", "east"}}) << 400 << "lon";
        row("order: lon of a wrong type")
            << QByteArray("POST") << orders << "hotline" << json
            << order({{"order_id", "GD-4b"}, {"lon", true}}) << 400 << "lon";
        row("order: no lat") << QByteArray("POST") << orders << "hotline" << json
                             << order({{"order_id", "GD-5"}}, {"lat"}) << 400 << "lat";
        row("order: point outside the country")
            << QByteArray("POST") << orders << "hotline" << json
            << order({{"order_id", "GD-6"}, {"lon", 2.35}, {"lat", 48.85}}) << 400 << "lon";
        row("order: no description")
            << QByteArray("POST") << orders << "hotline" << json
            << order({{"order_id", "GD-7"}}, {"description"}) << 400 << "description";
        row("order: description too long")
            << QByteArray("POST") << orders << "hotline" << json
            << order({{"order_id", "GD-8"}, {"description", QString(4001, QChar(0x5783))}}) << 400
            << "description";
        row("order: control characters")
            << QByteArray("POST") << orders << "hotline" << json
            << order({{"order_id", "GD-9"}, {"address", "a\x01b"}}) << 400 << "address";
        row("order: callback not http")
            << QByteArray("POST") << orders << "hotline" << json
            << order({{"order_id", "GD-10"}, {"callback_url", "javascript:alert(1)"}}) << 400
            << "callback_url";
        row("order: bad level") << QByteArray("POST") << orders << "hotline" << json
                                << order({{"order_id", "GD-11"}, {"level", "critical"}}) << 400
                                << "level";
        row("order: bad phone") << QByteArray("POST") << orders << "hotline" << json
                                << order({{"order_id", "GD-12"}, {"caller_phone", "call me"}})
                                << 400 << "caller_phone";
        row("order: bad received_at")
            << QByteArray("POST") << orders << "hotline" << json
            << order({{"order_id", "GD-13"}, {"received_at", "昨天"}}) << 400 << "received_at";
        row("order: received_at far ahead")
            << QByteArray("POST") << orders << "hotline" << json
            << order({{"order_id", "GD-13b"}, {"received_at", "2099-01-01T00:00:00+08:00"}}) << 400
            << "received_at";
        row("order: not JSON") << QByteArray("POST") << orders << "hotline" << json
                               << QByteArray("{\"order_id\": ") << 400 << "body";
        row("order: JSON array") << QByteArray("POST") << orders << "hotline" << json
                                 << QByteArray("[]") << 400 << "body";
        row("order: invalid UTF-8")
            << QByteArray("POST") << orders << "hotline" << json
            << "{\"order_id\":\"GD-14\",\"description\":\"" + notUtf8 + "\"}" << 400 << "body";
        row("order: text/plain") << QByteArray("POST") << orders << "hotline"
                                 << QByteArray("text/plain") << order({{"order_id", "GD-15"}})
                                 << 415 << "Content-Type";
        row("order: huge body") << QByteArray("POST") << orders << "hotline" << json
                                << order({{"order_id", "GD-16"},
                                          {"description", QString(70000, QChar('x'))}})
                                << 413 << "body";
        row("order: no key") << QByteArray("POST") << orders << "" << json
                             << order({{"order_id", "GD-17"}}) << 403 << "X-Api-Key";
        row("order: forged key") << QByteArray("POST") << orders << "forged" << json
                                 << order({{"order_id", "GD-18"}}) << 403 << "X-Api-Key";
        row("order: key of a user without the role")
            << QByteArray("POST") << orders << "lost-role" << json << order({{"order_id", "GD-19"}})
            << 403 << "X-Api-Key";
        row("order: a field token as key") << QByteArray("POST") << orders << "token-as-key" << json
                                           << order({{"order_id", "GD-20"}}) << 403 << "X-Api-Key";
        row("order: a key for citizens' reports only")
            << QByteArray("POST") << orders << "citizen-only" << json
            << order({{"order_id", "GD-21"}}) << 403 << "X-Api-Key";
        row("open311: a key for citizens' reports only")
            << QByteArray("POST") << "/open311/v2/requests.json"
            << "open311-citizen-only" << urlencoded
            << "service_code=event:0102&lat=" + lat() + "&long=" + lon() << 403 << "api_key";
        row("order: another platform's id")
            << QByteArray("GET") << orders + "/GD-SEC-0"
            << "wechat" << QByteArray() << QByteArray() << 404 << "order_id";
        row("ticket: path traversal")
            << QByteArray("GET") << "/citizen/v1/tickets/..%2F..%2Fcity.gpkg"
            << "wechat" << QByteArray() << QByteArray() << 404 << "ticket";

        // Citizens' reports (multipart)
        row("citizen: photo not an image, folders in its name")
            << QByteArray("POST") << reports << "wechat" << form
            << multipart(citizen("passwd"),
                         {{"../../../etc/passwd", "image/png", "root:x:0:0:root"}})
            << 400 << "photo";
        row("citizen: photo of another type")
            << QByteArray("POST") << reports << "wechat" << form
            << multipart(citizen("gif"), {{"a.gif", "image/gif", "GIF89a"}}) << 415 << "photo";
        row("citizen: seven photos")
            << QByteArray("POST") << reports << "wechat" << form
            << multipart(citizen("seven"), QList<Photo>(7, Photo{"p.png", "image/png", png})) << 413
            << "photo";
        row("citizen: no phone") << QByteArray("POST") << reports << "wechat" << form
                                 << multipart(citizen().mid(0, 4)) << 400 << "contact_phone";
        row("citizen: invalid UTF-8") << QByteArray("POST") << reports << "wechat" << form
                                      << multipart(citizen(notUtf8)) << 400 << "description";
        row("citizen: a field twice")
            << QByteArray("POST") << reports << "wechat" << form
            << multipart(citizen("twice") + citizen().mid(1, 1)) << 400 << "lon";
        row("citizen: cut short") << QByteArray("POST") << reports << "wechat" << form
                                  << multipart(citizen("cut")).left(60) << 400 << "body";

        // Field API
        row("login: password of a wrong type")
            << QByteArray("POST") << "/field/v1/login"
            << "" << json << QByteArray("{\"login\":\"col01\",\"password\":12345678}") << 400
            << "password";
        row("login: no login") << QByteArray("POST") << "/field/v1/login"
                               << "" << json << QByteArray("{\"password\":\"x\"}") << 400
                               << "login";
        row("report: forged token")
            << QByteArray("POST") << "/field/v1/reports"
            << "bad-token" << form << multipart(citizen("forged")) << 401 << "Authorization";
        row("report: replayed key, another body") << QByteArray("POST") << "/field/v1/reports"
                                                  << "token+replay" << form
                                                  << multipart({{"category", "event:0102"},
                                                                {"lon", lon()},
                                                                {"lat", lat()},
                                                                {"description", "second"}})
                                                  << 422 << "Idempotency-Key";
        row("report: idempotency key with spaces")
            << QByteArray("POST") << "/field/v1/reports"
            << "token+spaces" << form << multipart(citizen("spaces")) << 400 << "Idempotency-Key";
        row("action: a case of another grid")
            << QByteArray("POST") << "/field/v1/cases/" + m_foreignCase + "/actions"
            << "token" << json << QByteArray("{\"action\":\"verify-confirm\",\"version\":1}") << 403
            << "case_id";
        row("action: version of a wrong type")
            << QByteArray("POST") << "/field/v1/cases/" + m_foreignCase + "/actions"
            << "token" << json << QByteArray("{\"action\":\"verify-confirm\",\"version\":[1]}")
            << 400 << "version";
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const auto fixes = [&](int n, const QByteArray &fix) {
            QByteArray list = "{\"positions\":[";
            for (int i = 0; i < n; ++i)
                list += (i ? "," : "") + fix;
            return list + "]}";
        };
        const QByteArray goodFix = "{\"lon\":" + lon() + ",\"lat\":" + lat() + ",\"at\":\""
                                   + now.toLatin1() + "\"}";
        row("positions: 501 fixes") << QByteArray("POST") << "/field/v1/positions"
                                    << "token" << json << fixes(501, goodFix) << 400 << "positions";
        row("positions: four days old") << QByteArray("POST") << "/field/v1/positions"
                                        << "token" << json
                                        << fixes(2, "{\"lon\":" + lon() + ",\"lat\":" + lat()
                                                        + ",\"at\":\"2020-01-01T00:00:00Z\"}")
                                        << 400 << "positions[0].at";
        row("positions: another collector's")
            << QByteArray("POST") << "/field/v1/positions"
            << "token" << json
            << fixes(1, "{\"login\":\"col02\",\"lon\":" + lon() + ",\"lat\":" + lat() + ",\"at\":\""
                            + now.toLatin1() + "\"}")
            << 403 << "positions[0].login";
        row("positions: lon as text") << QByteArray("POST") << "/field/v1/positions"
                                      << "token" << json
                                      << fixes(1, "{\"lon\":\"" + lon() + "\",\"lat\":" + lat()
                                                      + ",\"at\":\"" + now.toLatin1() + "\"}")
                                      << 400 << "positions[0].lon";
        row("survey: 2.5 wells") << QByteArray("POST") << "/field/v1/surveys/x/counts"
                                 << "token" << json
                                 << QByteArray("{\"counts\":[{\"item\":\"排水井\",\"checked\":2.5,"
                                               "\"problems\":0}]}")
                                 << 400 << "counts[0]";
        row("survey: bad day") << QByteArray("POST") << "/field/v1/surveys/x/counts"
                               << "token" << json
                               << QByteArray("{\"surveyed_on\":\"2026-13-45\",\"counts\":[]}")
                               << 400 << "surveyed_on";

        // Open311
        row("open311: lat not a number")
            << QByteArray("POST") << "/open311/v2/requests.json"
            << "open311" << urlencoded << "service_code=event:0102&lat=north&long=" + lon() << 400
            << "lat";
        row("open311: description not UTF-8")
            << QByteArray("POST") << "/open311/v2/requests.json"
            << "open311" << urlencoded
            << "service_code=event:0102&lat=" + lat() + "&long=" + lon() + "&description=%FF%FE"
            << 400 << "description";
        row("open311: no api_key")
            << QByteArray("POST") << "/open311/v2/requests.json"
            << "" << urlencoded << "service_code=event:0102&lat=" + lat() + "&long=" + lon() << 403
            << "api_key";
        row("open311: media path traversal")
            << QByteArray("GET") << "/open311/v2/media/..%2F..%2Fcity.gpkg.jpg"
            << "" << QByteArray() << QByteArray() << 404 << "route.unknown";
    }

    void malformed()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, credential);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, named);
        Headers headers;
        if (!contentType.isEmpty())
            headers.append({QByteArray("Content-Type"), contentType});
        if (credential == "token+replay" || credential == "token+spaces") {
            headers.append({QByteArray("Authorization"), m_credentials["token"]});
            headers.append({QByteArray("Idempotency-Key"), credential == "token+replay"
                                                               ? QByteArray("phone-1-report-1")
                                                               : QByteArray("a key")});
        } else if (credential == "token" || credential == "bad-token") {
            headers.append({QByteArray("Authorization"), m_credentials[credential]});
        } else if (credential == "token-as-key") {
            headers.append({QByteArray("X-Api-Key"), m_credentials["token"].mid(7)});
        } else if (credential == "forged") {
            headers.append({QByteArray("X-Api-Key"), QByteArray("cg_forged")});
        } else if (credential == "open311" || credential == "open311-citizen-only") {
            body = "api_key=" + m_credentials[credential == "open311" ? "wechat" : "citizen-only"]
                   + "&" + body;
        } else if (!credential.isEmpty()) {
            headers.append({QByteArray("X-Api-Key"), m_credentials[credential]});
        }
        const QString before = writtenRows(m_db);
        const Reply r = send(m_net, method, m_base + path, headers, body);
        QVERIFY2(r.status == status,
                 qPrintable(QString::number(r.status) + ' ' + r.body.left(300)));
        QVERIFY(r.contentType.startsWith("application/json"));
        QVERIFY2(namedIn(r).contains(named), r.body.left(300).constData());
        QVERIFY(!r.body.contains("database") && !r.body.contains("SQL"));
        QCOMPARE(writtenRows(m_db), before);
    }

    /// Over the limit a client is answered 429 with Retry-After, per key: another key is
    /// still served. Wrong passwords lock the login (423, Retry-After), the right one too.
    void rateLimitAndLockout()
    {
        QProcess limited;
        const QString base = start(limited, m_limitedDb,
                                   {"--rate-limit", "5", "--lockout-failures", "3",
                                    "--lockout-minutes", "1"});
        QVERIFY(!base.isEmpty());
        const Headers hotline{{"X-Api-Key", m_credentials["hotline"]}};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(send(m_net, "GET", base + "/hotline/v1/orders/none", hotline).status, 404);
        const Reply refused = send(m_net, "GET", base + "/hotline/v1/orders/none", hotline);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json.value("code").toString(), QStringLiteral("request.rate-limited"));
        QVERIFY(refused.retryAfter.toInt() >= 1 && refused.retryAfter.toInt() <= 12);
        QCOMPARE(send(m_net, "GET", base + "/hotline/v1/orders/none",
                      {{"X-Api-Key", m_credentials["wechat"]}})
                     .status,
                 404); // another key has its own bucket

        for (int i = 0; i < 3; ++i)
            QCOMPARE(postJson(base, "/field/v1/login",
                              {{"login", m_collector}, {"password", "wrong-1"}})
                         .status,
                     401);
        const Reply locked = postJson(base, "/field/v1/login",
                                      {{"login", m_collector}, {"password", kPassword}});
        QCOMPARE(locked.status, 423);
        QCOMPARE(locked.json.value("code").toString(), QStringLiteral("auth.locked"));
        QVERIFY(locked.retryAfter.toInt() > 0 && locked.retryAfter.toInt() <= 60);
        QCOMPARE(stop(limited), 0);
        // A restart unlocks nobody (the failures are in the database).
        const QString again = start(limited, m_limitedDb, {"--lockout-failures", "3"});
        QCOMPARE(postJson(again, "/field/v1/login",
                          {{"login", m_collector}, {"password", kPassword}})
                     .status,
                 423);
        QCOMPARE(stop(limited), 0);
    }

    /// Every write is in the audit log with who, which credential and the address; a token
    /// revoked by `cityctl api token revoke` is refused at once.
    void auditAndTokenRevoke()
    {
        const QString token = login(m_base, m_collector);
        QVERIFY(!token.isEmpty());
        const Reply order = send(m_net, "POST", m_base + "/hotline/v1/orders",
                                 {{"X-Api-Key", m_credentials["hotline"]},
                                  {"Content-Type", "application/json"}},
                                 this->order({{"order_id", "GD-AUDIT-1"}}));
        QCOMPARE(order.status, 201);
        // The log is written in groups, at most Gateway::kAuditFlushMs after the request.
        const QString number = order.json.value("number").toString();
        const QString expected = QStringLiteral("op01\tkey:12345-province\t127.0.0.1\tPOST\t"
                                                "/hotline/v1/orders\t201\torder GD-AUDIT-1: case ")
                                 + number;
        QProcess cityctl;
        QString log;
        for (int attempt = 0; attempt < 20 && !log.contains(expected); ++attempt) {
            QTest::qWait(100);
            cityctl.start(kCityctl, {"api", "audit", "--db", m_db, "--limit", "200"});
            QVERIFY(cityctl.waitForFinished(30000));
            QCOMPARE(cityctl.exitCode(), 0);
            log = QString::fromUtf8(cityctl.readAllStandardOutput());
        }
        QVERIFY2(log.contains(expected), qPrintable(log.left(2000)));
        QVERIFY(log.contains(m_collector + "\tpassword\t127.0.0.1\tPOST\t/field/v1/login\t200"));
        QVERIFY(log.contains("\t\t127.0.0.1\tPOST\t/field/v1/reports\t401\tfield.bad-token"));
        QVERIFY(!log.contains(token)); // never a secret

        const Headers bearer{{"Authorization", "Bearer " + token.toLatin1()}};
        QCOMPARE(send(m_net, "GET", m_base + "/field/v1/tasks", bearer).status, 200);
        cityctl.start(kCityctl, {"api", "token", "revoke", "--db", m_db, "--login", m_collector});
        QVERIFY(cityctl.waitForFinished(30000));
        QCOMPARE(cityctl.exitCode(), 0);
        QVERIFY(cityctl.readAllStandardOutput().contains("revoked"));
        QCOMPARE(send(m_net, "GET", m_base + "/field/v1/tasks", bearer).status, 401);
        m_credentials.insert("token", "Bearer " + login(m_base, m_collector).toLatin1());
    }
};

QTEST_GUILESS_MAIN(TstCitygateSecurity)
#include "tst_citygate_security.moc"
