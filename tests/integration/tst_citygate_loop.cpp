// SPDX-License-Identifier: GPL-3.0-or-later
// One case through the centre's whole loop, its outside steps over citygate's API (issue 14,
// docs/citygate.md "The loop end to end"): the 12345 platform pushes a 工单 with a callback URL;
// the desk (CaseService in-process, as the app) sends it to be verified; the grid's collector
// confirms it on the phone (field API); the desk files it (立案) and dispatches it;
// the department's user takes it and feeds back with a photo on the phone; the desk sends it
// to be checked; the collector passes the check on the phone; the desk closes it; the real
// sender (`cityctl notify send`) delivers the 办结 callback to a local HTTP receiver, signed;
// the 回访 is recorded and its result reaches the receiver too; the platform reads the 工单
// closed. Every step is a real process or the real service; nothing is faked.
#include "../gui/democityfixture.h"
#include "cityctlrunner.h"
#include "citygateharness.h"
#include "notifyreceivers.h"

#include <cc/cases/auth.h>
#include <cc/cases/caseservice.h>
#include <cc/city/citycontext.h>
#include <cc/gate/apikeys.h>
#include <cc/notify/notifier.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Cc;
using namespace CitygateHarness;
using Core::CaseAction;
using Core::Role;

namespace {
const QString kPassword = QStringLiteral("loop-pass-2026");
const QByteArray kSecret = "loop-hmac-secret";
} // namespace

class TstCitygateLoop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path, m_base, m_collector, m_department, m_departmentId;
    QPointF m_point;
    QByteArray m_key;
    QProcess m_gate;
    QNetworkAccessManager m_net;
    NotifyTest::Receivers m_receivers;
    // The desk: the same services as the app, on their own connection to the file.
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<City::CityContext> m_city;
    std::unique_ptr<Notify::Notifier> m_notifier;
    std::unique_ptr<Cases::CaseService> m_cases;

    bool desk(const QString &caseId, CaseAction action, const QString &login, Role role,
              const QString &department = {}, const QString &revisit = {})
    {
        auto actor = m_cases->actor(login, role);
        if (!actor) {
            qWarning() << actor.error().message;
            return false;
        }
        Cases::ActionRequest step;
        step.action = action;
        step.departmentId = department;
        step.revisitResult = revisit;
        step.note = QStringLiteral("desk: %1").arg(Core::actionId(action));
        auto acted = m_cases->act(caseId, step, actor.value());
        if (!acted)
            qWarning() << acted.error().code << acted.error().message;
        return bool(acted);
    }

    QString fieldLogin(const QString &login)
    {
        const Reply r
            = send(m_net, "POST", m_base + "/field/v1/login",
                   {{"Content-Type", "application/json"}},
                   QJsonDocument(QJsonObject{{"login", login}, {"password", kPassword}}).toJson());
        return r.json.value("token").toString();
    }

    /// The phone's task for `caseId`: its kind and version ({} when it has none).
    QJsonObject task(const QString &token, const QString &caseId)
    {
        const Reply r = send(m_net, "GET", m_base + "/field/v1/tasks",
                             {{"Authorization", "Bearer " + token.toLatin1()}});
        for (const QJsonValue &t : r.json.value("tasks").toArray()) {
            if (t.toObject().value("id").toString() == caseId)
                return t.toObject();
        }
        return {};
    }

    /// A step from the phone, as the task listed it (a photo with it when given).
    Reply phoneStep(const QString &token, const QJsonObject &task, const QByteArray &action,
                    const QByteArray &photo = {})
    {
        QList<Photo> photos;
        if (!photo.isEmpty())
            photos.append({"after.png", "image/png", photo});
        return postMultipart(m_net,
                             m_base + "/field/v1/cases/" + task.value("id").toString() + "/actions",
                             {{"Authorization", "Bearer " + token.toLatin1()}},
                             {{"action", action},
                              {"version", QByteArray::number(task.value("version").toInt())},
                              {"note", "现场：" + action}},
                             photos);
    }

    QString state(const QString &caseId)
    {
        auto row = m_cases->find(caseId);
        return row ? row->state : QString();
    }

    QList<QJsonObject> callbacks()
    {
        QList<QJsonObject> out;
        for (const QJsonObject &e : m_receivers.entries()) {
            if (e.value("path").toString().section('?', 0, 0) == QLatin1String("/callback"))
                out << e;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath("city.gpkg");
        {
            auto db = makeDemoCity(m_path, 0, 20);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            auto users = Storage::UserRepository(*db.value()).all();
            QVERIFY(users);
            for (const Storage::UserRow &u : users.value()) {
                if (m_collector.isEmpty() && u.login.startsWith("col")
                    && !u.responsibilityCode.isEmpty()) {
                    m_collector = u.login;
                    m_point = pointIn(*db.value(), u.responsibilityCode).first;
                }
            }
            auto dept = db.value()->prepare(QStringLiteral(
                "SELECT u.login, u.department_id FROM app_user u JOIN user_role r ON r.user_id "
                "= u.id WHERE r.role = 'department' AND u.active = 1 AND u.department_id IS NOT "
                "NULL ORDER BY u.login LIMIT 1"));
            QVERIFY(dept && dept.value().step().value());
            m_department = dept.value().text(0);
            m_departmentId = dept.value().text(1);
            Cases::AuthService auth(*db.value());
            for (const QString &who : {m_collector, m_department})
                QVERIFY(auth.setPassword(who, kPassword));
            auto key = Gate::ApiKeys(*db.value()).add("12345-province", "op01", {"hotline"});
            QVERIFY(key);
            m_key = key.value().toLatin1();
            // Only the platform's callbacks here (the demo's SMS rules have no gateway).
            QVERIFY(db.value()->exec(QStringLiteral("DELETE FROM notify_rule")));
        }
        QVERIFY(!m_collector.isEmpty() && !m_point.isNull());
        const auto secret = CityctlTest::cityctl({"notify", "platform", "set", "12345-province",
                                                  "--db", m_path},
                                                 kSecret + "\n");
        QVERIFY2(secret.code == 0, qPrintable(CityctlTest::describe(secret)));
        QVERIFY(m_receivers.start(m_dir.filePath("received.jsonl"),
                                  {"--secret", QString::fromLatin1(kSecret)}));

        auto db = Storage::Database::open(m_path, Storage::Database::OpenMode::ReadWrite);
        QVERIFY(db);
        m_db = std::move(db).value();
        auto city = City::CityContext::load(*m_db);
        QVERIFY(city);
        m_city = std::move(city).value();
        m_notifier = std::make_unique<Notify::Notifier>(*m_db, m_city->categories(),
                                                        m_city->calendar());
        m_cases = std::make_unique<Cases::CaseService>(*m_db, m_city->categories(),
                                                       m_city->calendar());
        m_cases->addStepObserver(m_notifier->observer());
        m_base = start(m_gate, m_path, {"--rate-limit", "0"});
        QVERIFY(!m_base.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_gate.state() != QProcess::NotRunning)
            QCOMPARE(stop(m_gate), 0);
    }

    void wholeLoop()
    {
        // 12345 pushes its 工单.
        const QJsonObject order{{"order_id", "GD-LOOP-1"},
                                {"category", "event:0102"},
                                {"lon", m_point.x()},
                                {"lat", m_point.y()},
                                {"description", "市民来电：人行道垃圾堆积"},
                                {"caller_name", "陈先生"},
                                {"caller_phone", "13600000009"},
                                {"callback_url", m_receivers.url("/callback")}};
        const Reply pushed = send(m_net, "POST", m_base + "/hotline/v1/orders",
                                  {{"X-Api-Key", m_key}, {"Content-Type", "application/json"}},
                                  QJsonDocument(order).toJson());
        QVERIFY2(pushed.status == 201, pushed.body.constData());
        auto found = m_cases->find(pushed.json.value("number").toString());
        QVERIFY(found);
        const QString id = found->id;

        // 核实: the desk asks, the grid's collector confirms on the phone.
        QVERIFY(desk(id, CaseAction::SendVerify, "op01", Role::Operator));
        const QString collector = fieldLogin(m_collector);
        QVERIFY(!collector.isEmpty());
        const QJsonObject verify = task(collector, id);
        QCOMPARE(verify.value("task").toString(), QStringLiteral("verify"));
        const Reply confirmed = phoneStep(collector, verify, "verify-confirm");
        QVERIFY2(confirmed.status == 200, confirmed.body.constData());

        // Confirmed, it waits for 立案; 立案 and 派遣 at the desk.
        QCOMPARE(state(id), Core::stateId(Core::CaseState::PendingFiling));
        QVERIFY(desk(id, CaseAction::File, "sl01", Role::ShiftLeader));
        QVERIFY(desk(id, CaseAction::Dispatch, "dp01", Role::Dispatcher, m_departmentId));

        // 签收 and 处理反馈 with a photo, by the department's user on the phone.
        const QString department = fieldLogin(m_department);
        QVERIFY(!department.isEmpty());
        const QJsonObject accept = task(department, id);
        QCOMPARE(accept.value("task").toString(), QStringLiteral("accept"));
        QVERIFY2(task(collector, id).isEmpty(), "a collector sees no department's task");
        QCOMPARE(phoneStep(department, accept, "dept-accept").status, 200);
        const QJsonObject dispose = task(department, id);
        QCOMPARE(dispose.value("task").toString(), QStringLiteral("dispose"));
        const Reply fed = phoneStep(department, dispose, "feedback", picture("PNG"));
        QVERIFY2(fed.status == 200, fed.body.constData());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM attachment WHERE case_id = ?1 "
                                             "AND kind = 'after'"),
                              {id})
                     .value(),
                 qint64(1));

        // 核查: the desk asks, the collector passes it on the phone; 结案 at the desk.
        QVERIFY(desk(id, CaseAction::SendCheck, "op01", Role::Operator));
        const QJsonObject check = task(collector, id);
        QCOMPARE(check.value("task").toString(), QStringLiteral("check"));
        QCOMPARE(phoneStep(collector, check, "check-pass").status, 200);
        QVERIFY(desk(id, CaseAction::Close, "sl01", Role::ShiftLeader));
        QCOMPARE(state(id), Core::stateId(Core::CaseState::Closed));

        // The 办结 callback reaches the platform's receiver, signed.
        auto sent = CityctlTest::cityctl({"notify", "send", "--db", m_path});
        QVERIFY2(sent.code == 0, qPrintable(CityctlTest::describe(sent)));
        QCOMPARE(callbacks().size(), 1);

        // 回访: the caller is satisfied; the result goes back too.
        QVERIFY(desk(id, CaseAction::Revisit, "op01", Role::Operator, {}, "satisfied"));
        sent = CityctlTest::cityctl({"notify", "send", "--db", m_path});
        QVERIFY2(sent.code == 0, qPrintable(CityctlTest::describe(sent)));
        const QList<QJsonObject> got = callbacks();
        QCOMPARE(got.size(), 2);
        QStringList events;
        for (const QJsonObject &e : got) {
            QVERIFY(e.value("signatureValid").toBool());
            const QJsonObject body = QJsonDocument::fromJson(e.value("body").toString().toUtf8())
                                         .object();
            QCOMPARE(body.value("externalId").toString(), QStringLiteral("GD-LOOP-1"));
            QCOMPARE(body.value("caseNumber").toString(), found->number);
            events << body.value("event").toString();
            if (body.value("event") == QLatin1String("revisited"))
                QCOMPARE(body.value("revisitResult").toString(), QStringLiteral("satisfied"));
        }
        QCOMPARE(events, QStringList({"closed", "revisited"}));

        // The platform reads its 工单 closed; the case's history holds every step.
        const Reply status = send(m_net, "GET", m_base + "/hotline/v1/orders/GD-LOOP-1",
                                  {{"X-Api-Key", m_key}});
        QCOMPARE(status.json.value("status").toString(), QStringLiteral("closed"));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM case_event WHERE case_id = ?1"),
                              {id})
                     .value(),
                 qint64(11));
    }
};

QTEST_GUILESS_MAIN(TstCitygateLoop)
#include "tst_citygate_loop.moc"
