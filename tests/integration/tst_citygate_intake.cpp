// SPDX-License-Identifier: GPL-3.0-or-later
// The real citygate process on a small demo city: the 12345 platform's 工单 (idempotent by its
// own id, with a callback URL), citizens' reports with photos and their tickets, Open311's
// tokens and media_url, and the field API's batched positions and survey counts
// (docs/citygate.md).
#include "../gui/democityfixture.h"
#include "citygateharness.h"

#include <cc/cases/auth.h>
#include <cc/cases/campaigns.h>
#include <cc/cases/caseservice.h>
#include <cc/cases/surveys.h>
#include <cc/city/citycontext.h>
#include <cc/gate/apikeys.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Cc;
using namespace CitygateHarness;

namespace {

const QString kPassword = QStringLiteral("field-pass-2026");

} // namespace

class TstCitygateIntake : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db, m_base;
    QByteArray m_hotlineKey, m_otherKey, m_wechatKey;
    QString m_collector, m_collectorId, m_collectorGrid, m_surveyTask;
    QPointF m_inside;
    QProcess m_gate;
    QNetworkAccessManager m_net;

    std::unique_ptr<Storage::Database> open() const
    {
        auto db = Storage::Database::open(m_db, Storage::Database::OpenMode::ReadOnly);
        return db ? std::move(db).value() : nullptr;
    }

    qint64 count(const QString &sql, const QStringList &args = {}) const
    {
        auto n = open()->scalar(sql, args);
        return n ? n.value() : -1;
    }

    Reply postJson(const QString &path, const QJsonObject &body,
                   QList<std::pair<QByteArray, QByteArray>> headers)
    {
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        return send(m_net, "POST", m_base + path, headers, QJsonDocument(body).toJson());
    }

    QJsonObject order(const QString &id) const
    {
        return {{"order_id", id},
                {"category", "event:0102"},
                {"lon", m_inside.x()},
                {"lat", m_inside.y()},
                {"description", "市民来电：路边垃圾堆积 " + id},
                {"address", "人民路 12 号"},
                {"caller_name", "李四"},
                {"caller_phone", "13900000001"},
                {"callback_url", "https://12345.example.gov.cn/callback?id=" + id}};
    }

    QString fieldToken()
    {
        const Reply r = postJson("/field/v1/login",
                                 {{"login", m_collector}, {"password", kPassword}}, {});
        return r.json.value("token").toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("city.gpkg");
        auto db = makeDemoCity(m_db, 200, 50);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        Gate::ApiKeys keys(*db.value());
        // Scoped keys as an operator would make them; the other platform's key may use all.
        m_hotlineKey = keys.add("12345-province", "op01", {"hotline"}).value().toLatin1();
        m_otherKey = keys.add("12345-city", "op01").value().toLatin1();
        m_wechatKey = keys.add("wechat-portal", "op01", {"citizen", "open311"}).value().toLatin1();
        auto users = Storage::UserRepository(*db.value()).all();
        QVERIFY(users);
        for (const Storage::UserRow &u : users.value()) {
            if (u.login.startsWith("col") && !u.responsibilityCode.isEmpty()) {
                m_collector = u.login;
                m_collectorId = u.id;
                m_collectorGrid = u.responsibilityCode;
                break;
            }
        }
        QVERIFY(!m_collector.isEmpty());
        QVERIFY(Cases::AuthService(*db.value()).setPassword(m_collector, kPassword));
        const auto [point, unitGrid] = pointIn(*db.value(), m_collectorGrid);
        m_inside = point;
        QVERIFY(!unitGrid.isEmpty());
        // A survey of this month with a counting task for the collector's unit grid.
        auto city = City::CityContext::load(*db.value());
        QVERIFY(city);
        const QDate today = city.value()->dateAt(QDateTime::currentDateTimeUtc());
        Cases::CampaignStore campaigns(*db.value(), city.value()->categories(),
                                       city.value()->calendar());
        Cases::Campaign survey;
        survey.name = QStringLiteral("汛前排查");
        survey.startsOn = today.addDays(-3);
        survey.endsOn = today.addDays(27);
        survey.gridCodes = {unitGrid};
        QVERIFY(campaigns.add(survey, "sl01", Core::Role::ShiftLeader));
        Cases::SurveyStore surveys(*db.value(), city.value()->categories(),
                                   city.value()->calendar());
        QVERIFY(
            surveys.setItems(survey.name, {"排水井", "防汛墙"}, "sl01", Core::Role::ShiftLeader));
        auto task = surveys.addTask(survey.name, unitGrid, m_collector, "sl01",
                                    Core::Role::ShiftLeader);
        QVERIFY2(task, qPrintable(task ? QString() : task.error().message));
        m_surveyTask = task->id;
        city.value().reset();
        db.value().reset();
        m_base = start(m_gate, m_db);
        QVERIFY(!m_base.isEmpty());
    }

    void cleanupTestCase() { QCOMPARE(stop(m_gate), 0); }

    /// A 工单 becomes a hotline-12345 case linked in case_external; the same id again is the
    /// same case (answered 200, naming it), nothing written; the platform reads its status by
    /// its own id; another platform does not find it.
    void hotlineOrderIdempotent()
    {
        const QList<std::pair<QByteArray, QByteArray>> key{{"X-Api-Key", m_hotlineKey}};
        const Reply first = postJson("/hotline/v1/orders", order("GD-2026-0001"), key);
        QVERIFY2(first.status == 201, first.body.constData());
        const QString number = first.json.value("number").toString();
        QVERIFY(!number.isEmpty());
        QCOMPARE(first.json.value("duplicate").toBool(), false);
        QCOMPARE(first.json.value("status").toString(), QStringLiteral("open"));
        const QString before = writtenRows(m_db);
        const Reply again = postJson("/hotline/v1/orders", order("GD-2026-0001"), key);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value("number").toString(), number);
        QCOMPARE(again.json.value("duplicate").toBool(), true);
        QCOMPARE(writtenRows(m_db), before);
        QCOMPARE(count("SELECT count(*) FROM case_record WHERE number = ?1 AND channel = "
                       "'hotline-12345' AND reporter LIKE '%13900000001%'",
                       {number}),
                 1);
        QCOMPARE(count("SELECT count(*) FROM case_external e JOIN case_record c ON c.fid = "
                       "e.case_id WHERE c.number = ?1 AND e.platform = '12345-province' AND "
                       "e.external_id = 'GD-2026-0001' AND e.callback_url = "
                       "'https://12345.example.gov.cn/callback?id=GD-2026-0001'",
                       {number}),
                 1);
        const Reply status = send(m_net, "GET", m_base + "/hotline/v1/orders/GD-2026-0001", key);
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json.value("number").toString(), number);
        QCOMPARE(status.json.value("order_id").toString(), QStringLiteral("GD-2026-0001"));
        QVERIFY(!status.body.contains("13900000001"));
        QVERIFY(!status.body.contains("李四"));
        // The same id from another platform is another 工单, and the first is not its to see.
        QCOMPARE(send(m_net, "GET", m_base + "/hotline/v1/orders/GD-2026-0001",
                      {{"X-Api-Key", m_otherKey}})
                     .status,
                 404);
        const Reply other = postJson("/hotline/v1/orders", order("GD-2026-0001"),
                                     {{"X-Api-Key", m_otherKey}});
        QCOMPARE(other.status, 201);
        QVERIFY(other.json.value("number").toString() != number);
        QCOMPARE(send(m_net, "GET", m_base + "/hotline/v1/orders/GD-2026-0002", key).status, 404);
    }

    /// A citizen's report with a photo and a contact gets a ticket; the ticket's status is
    /// that case's public status only: no contact, description or address of anyone.
    void citizenReportAndTicket()
    {
        const QList<std::pair<QByteArray, QByteArray>> key{{"X-Api-Key", m_wechatKey}};
        const Reply r = postMultipart(m_net, m_base + "/citizen/v1/reports", key,
                                      {{"category", "event:0102"},
                                       {"lon", QByteArray::number(m_inside.x(), 'f', 8)},
                                       {"lat", QByteArray::number(m_inside.y(), 'f', 8)},
                                       {"description", "小区门口垃圾没人清 citizen-1"},
                                       {"address", "幸福路 8 号"},
                                       {"contact_name", "王五"},
                                       {"contact_phone", "13700000002"}},
                                      {{"../../现场.jpg", "image/jpeg",
                                        picture("JPEG", "GPS 31.2,121.4 iPhone of 王五")}});
        QVERIFY2(r.status == 201, r.body.constData());
        const QString ticket = r.json.value("ticket").toString();
        QVERIFY(ticket.startsWith("WX") && ticket.size() == 14);
        const QString number = r.json.value("number").toString();
        QCOMPARE(count("SELECT count(*) FROM case_record WHERE number = ?1 AND channel = 'wechat' "
                       "AND reporter = '王五 / 13700000002'",
                       {number}),
                 1);
        QCOMPARE(count("SELECT count(*) FROM attachment a JOIN case_record c ON c.id = a.case_id "
                       "WHERE c.number = ?1 AND a.kind = 'before' AND a.file_name = '现场.jpg'",
                       {number}),
                 1);
        const Reply status = send(m_net, "GET", m_base + "/citizen/v1/tickets/" + ticket, key);
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json.value("number").toString(), number);
        QCOMPARE(status.json.value("ticket").toString(), ticket);
        for (const char *personal : {"13700000002", "王五", "幸福路", "citizen-1", "reporter"})
            QVERIFY2(!status.body.contains(personal), personal);
        QCOMPARE(send(m_net, "GET", m_base + "/citizen/v1/tickets/WXAAAAAAAAAAAA", key).status,
                 404);
        QCOMPARE(send(m_net, "GET", m_base + "/citizen/v1/tickets/" + ticket,
                      {{"X-Api-Key", m_otherKey}})
                     .status,
                 404); // another platform's ticket
        QCOMPARE(send(m_net, "GET", m_base + "/citizen/v1/tickets/" + ticket,
                      {{"X-Api-Key", m_hotlineKey}})
                     .json.value("code")
                     .toString(),
                 QStringLiteral("api.scope")); // a key for 12345 工单 only
        QCOMPARE(send(m_net, "GET", m_base + "/citizen/v1/tickets/" + ticket).status, 403);

        // Open311 shows the photo by a media_url that names nothing but the photo, redrawn
        // without the phone's metadata.
        const Reply request = send(m_net, "GET",
                                   m_base + "/open311/v2/requests/" + number + ".json");
        QCOMPARE(request.status, 200);
        const QString media = QJsonDocument::fromJson(request.body)
                                  .array()
                                  .at(0)
                                  .toObject()
                                  .value("media_url")
                                  .toString();
        QVERIFY2(media.startsWith(m_base + "/open311/v2/media/"), request.body.constData());
        QVERIFY(!media.contains(number) && !media.contains("现场"));
        const Reply photo = send(m_net, "GET", media);
        QCOMPARE(photo.status, 200);
        QCOMPARE(photo.contentType, QByteArray("image/jpeg"));
        QCOMPARE(QImage::fromData(photo.body).size(), QSize(64, 48));
        QVERIFY(!photo.body.contains("GPS"));
        QVERIFY(!photo.body.contains("iPhone"));
        QCOMPARE(send(m_net, "GET", m_base + "/open311/v2/media/../../etc/passwd.jpg").status, 404);
        QCOMPARE(send(m_net, "GET",
                      m_base + "/open311/v2/media/00000000-0000-7000-8000-000000000000.jpg")
                     .status,
                 404);
    }

    /// A portal resending a citizen's report with its Idempotency-Key (its answer was lost)
    /// gets the first answer, the same ticket, and no second case; the same key with another
    /// report is refused and writes nothing; another portal's key is its own.
    void citizenReportIdempotent()
    {
        const auto post = [&](const QByteArray &apiKey, const QByteArray &idem,
                              const QByteArray &text) {
            return postMultipart(m_net, m_base + "/citizen/v1/reports",
                                 {{"X-Api-Key", apiKey}, {"Idempotency-Key", idem}},
                                 {{"category", "event:0102"},
                                  {"lon", QByteArray::number(m_inside.x(), 'f', 8)},
                                  {"lat", QByteArray::number(m_inside.y(), 'f', 8)},
                                  {"description", text},
                                  {"contact_name", "赵六"},
                                  {"contact_phone", "13700000003"}},
                                 {{"a.png", "image/png", picture("PNG")}});
        };
        const QString cases = "SELECT count(*) FROM case_record";
        const qint64 before = count(cases);
        const Reply first = post(m_wechatKey, "wx-resend-1", "井盖松动 idem-1");
        QVERIFY2(first.status == 201, first.body.constData());
        const Reply again = post(m_wechatKey, "wx-resend-1", "井盖松动 idem-1");
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json.value("ticket").toString(), first.json.value("ticket").toString());
        QCOMPARE(again.json.value("number").toString(), first.json.value("number").toString());
        QCOMPARE(count(cases), before + 1);
        QCOMPARE(count("SELECT count(*) FROM attachment a JOIN case_record c ON c.id = a.case_id "
                       "WHERE c.number = ?1",
                       {first.json.value("number").toString()}),
                 1);

        const QString rows = writtenRows(m_db);
        const Reply reused = post(m_wechatKey, "wx-resend-1", "另一件事 idem-2");
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.json.value("code").toString(),
                 QStringLiteral("citizen.idempotency-reused"));
        QCOMPARE(reused.json.value("field").toString(), QStringLiteral("Idempotency-Key"));
        QCOMPARE(post(m_wechatKey, "bad key", "x").json.value("code").toString(),
                 QStringLiteral("citizen.bad-idempotency-key"));
        QCOMPARE(writtenRows(m_db), rows);
        // The same key from another portal is another request.
        const Reply other = post(m_otherKey, "wx-resend-1", "井盖松动 idem-1");
        QCOMPARE(other.status, 201);
        QVERIFY(other.json.value("ticket").toString() != first.json.value("ticket").toString());
        QCOMPARE(count(cases), before + 2);
    }

    /// Open311's POST answers a token; tokens/{token} names the request.
    void open311Token()
    {
        QUrlQuery form;
        form.addQueryItem("api_key", QString::fromLatin1(m_wechatKey));
        form.addQueryItem("service_code", "event:0102");
        form.addQueryItem("lat", QString::number(m_inside.y(), 'f', 8));
        form.addQueryItem("long", QString::number(m_inside.x(), 'f', 8));
        const Reply posted = send(m_net, "POST", m_base + "/open311/v2/requests.json",
                                  {{"Content-Type", "application/x-www-form-urlencoded"}},
                                  form.query(QUrl::FullyEncoded).toUtf8());
        QCOMPARE(posted.status, 200);
        const QJsonObject answer = QJsonDocument::fromJson(posted.body).array().at(0).toObject();
        const QString token = answer.value("token").toString();
        QVERIFY(!token.isEmpty());
        const Reply byToken = send(m_net, "GET", m_base + "/open311/v2/tokens/" + token + ".json");
        QCOMPARE(byToken.status, 200);
        QCOMPARE(QJsonDocument::fromJson(byToken.body)
                     .array()
                     .at(0)
                     .toObject()
                     .value("service_request_id")
                     .toString(),
                 answer.value("service_request_id").toString());
        QVERIFY(send(m_net, "GET", m_base + "/open311/v2/tokens/" + token + ".xml")
                    .body.contains("<service_request_id>"));
        QCOMPARE(send(m_net, "GET", m_base + "/open311/v2/tokens/nothing.json").status, 404);
    }

    /// A batch of the collector's own positions is stored whole (collector_position, with
    /// outbox rows); the same batch again stores nothing new.
    void fieldPositions()
    {
        const QString token = fieldToken();
        QVERIFY(!token.isEmpty());
        const QList<std::pair<QByteArray, QByteArray>> bearer{
            {"Authorization", "Bearer " + token.toLatin1()}};
        QJsonArray fixes;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 20; ++i)
            fixes.append(QJsonObject{{"lon", m_inside.x() + i * 1e-5},
                                     {"lat", m_inside.y()},
                                     {"at", now.addSecs(-600 + i * 10)
                                                .toOffsetFromUtc(8 * 3600)
                                                .toString(Qt::ISODate)},
                                     {"accuracy_m", 5}});
        const qint64 before = count("SELECT count(*) FROM collector_position WHERE user_id = ?1",
                                    {m_collectorId});
        const Reply r = postJson("/field/v1/positions", {{"positions", fixes}}, bearer);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json.value("stored").toInt(), 20);
        QCOMPARE(count("SELECT count(*) FROM collector_position WHERE user_id = ?1",
                       {m_collectorId}),
                 before + 20);
        QVERIFY(count("SELECT count(*) FROM outbox WHERE entity = 'collector_position'") >= 20);
        QCOMPARE(postJson("/field/v1/positions", {{"positions", fixes}}, bearer).status, 200);
        QCOMPARE(count("SELECT count(*) FROM collector_position WHERE user_id = ?1",
                       {m_collectorId}),
                 before + 20); // the same fixes are the same rows
    }

    /// My survey tasks list the task of my grid; counts submitted are the store's.
    void surveyCounts()
    {
        const QString token = fieldToken();
        const QList<std::pair<QByteArray, QByteArray>> bearer{
            {"Authorization", "Bearer " + token.toLatin1()}};
        const Reply list = send(m_net, "GET", m_base + "/field/v1/surveys", bearer);
        QCOMPARE(list.status, 200);
        const QJsonArray tasks = list.json.value("surveys").toArray();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.at(0).toObject().value("task_id").toString(), m_surveyTask);
        QCOMPARE(tasks.at(0).toObject().value("items").toArray().size(), 2);
        const QJsonArray counts{QJsonObject{{"item", "排水井"}, {"checked", 12}, {"problems", 3}},
                                QJsonObject{{"item", "防汛墙"}, {"checked", 4}, {"problems", 0}}};
        const Reply r = postJson("/field/v1/surveys/" + m_surveyTask + "/counts",
                                 {{"counts", counts}, {"note", "雨后复查"}}, bearer);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(count("SELECT sum(checked) FROM survey_result WHERE task_id = ?1", {m_surveyTask}),
                 16);
        const Reply unknown = postJson("/field/v1/surveys/no-such-task/counts",
                                       {{"counts", counts}}, bearer);
        QCOMPARE(unknown.status, 404);
    }
};

QTEST_GUILESS_MAIN(TstCitygateIntake)
#include "tst_citygate_intake.moc"
