// SPDX-License-Identifier: GPL-3.0-or-later
// Notifications that leave the centre (docs/notify.md) against real local servers: an HTTP
// receiver and an SMTP server (notify_receivers.py, python3-aiosmtpd). Rules matched per
// department, role, person and unit head; queued in the step's own transaction; delivered
// by the real `cityctl notify send`, killed with SIGKILL mid-batch and restarted; quiet
// hours; retries with backoff; 12345 callbacks signed with HMAC-SHA256 and checked by the
// receiver; the 督办单 PDF.
#include "../gui/democityfixture.h"
#include "cityctlrunner.h"
#include "notifyreceivers.h"

#include <cc/cases/caseservice.h>
#include <cc/city/citycontext.h>
#include <cc/notify/deliverylog.h>
#include <cc/notify/demosetup.h>
#include <cc/notify/notifier.h>
#include <cc/notify/notifysettings.h>
#include <cc/notify/rules.h>
#include <cc/notify/sender.h>
#include <cc/storage/repositories.h>

#include <QGuiApplication>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "resultcheck.h"

using namespace Cc;
using CityctlTest::cityctl;
using CityctlTest::describe;
using Core::CaseAction;
using Core::Role;

namespace {

const QByteArray kSecret = "s3cret-of-the-12345-platform";

} // namespace

class TstNotify : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<City::CityContext> m_city;
    std::unique_ptr<Notify::Notifier> m_notifier;
    std::unique_ptr<Cases::CaseService> m_cases;
    NotifyTest::Receivers m_receivers;
    QString m_d08; ///< 县住房和城乡建设局's id

    Cases::Actor actor(const char *login, Role role)
    {
        auto a = m_cases->actor(QString::fromLatin1(login), role);
        return a ? a.value() : Cases::Actor{};
    }

    bool act(Storage::CaseRow &row, CaseAction action, const Cases::Actor &who,
             const QString &department = {}, const QString &note = {})
    {
        Cases::ActionRequest request;
        request.action = action;
        request.departmentId = department;
        request.note = note;
        if (action == CaseAction::Revisit)
            request.revisitResult = QStringLiteral("satisfied");
        auto r = m_cases->act(row, request, who);
        if (!r)
            qWarning() << Core::actionId(action) << r.error().message;
        return bool(r);
    }

    /// A 12345 case, accepted, filed and dispatched to `department`.
    Storage::CaseRow dispatched(const QString &department)
    {
        Cases::NewReport report;
        report.channel = QStringLiteral("hotline-12345");
        report.categoryKey = m_city->categories().categories(Core::CaseKind::Event).first().key();
        report.description = QStringLiteral("人行道井盖破损");
        report.address = QStringLiteral("建设路12号");
        auto row = m_cases->report(report, actor("op01", Role::Operator));
        if (!row) {
            qWarning() << row.error().message;
            return {};
        }
        Storage::CaseRow c = row.value();
        if (!act(c, CaseAction::Accept, actor("op01", Role::Operator))
            || !act(c, CaseAction::File, actor("sl01", Role::ShiftLeader))
            || !act(c, CaseAction::Dispatch, actor("dp01", Role::Dispatcher), department))
            return {};
        return c;
    }

    qint64 count(const QString &where = QStringLiteral("1"))
    {
        auto n = m_db->scalar(
            QStringLiteral("SELECT count(*) FROM notify_message WHERE %1").arg(where));
        return n ? n.value() : -1;
    }

    bool onlyRule(Notify::Trigger trigger, const QString &to, const QString &channel,
                  bool urgent = false)
    {
        if (!m_db->exec(QStringLiteral("DELETE FROM notify_rule")))
            return false;
        Notify::Rule rule;
        rule.name = QStringLiteral("测试规则");
        rule.trigger = trigger;
        rule.channel = channel;
        rule.urgent = urgent;
        rule.templateText = QStringLiteral(
            "{recipient}：案件{number}（{category}，{address}）{trigger}，"
            "责任单位{department}，时限{deadline}");
        if (!Notify::parseRecipient(to, rule))
            return false;
        auto added = Notify::RuleStore(*m_db).add(rule);
        if (!added)
            qWarning() << added.error().message;
        return bool(added);
    }

    bool queueWebhooks(int n, bool urgent, const QString &path = QStringLiteral("/hook"))
    {
        auto s = m_db->prepare(QStringLiteral(
            "INSERT INTO notify_message (message_id, case_id, trigger, channel, recipient, address, "
            "body, urgent, next_attempt_at, created_at) VALUES (?1, 'bench', 'dispatch', 'webhook', "
            "'测试组', ?2, ?3, ?4, ?5, ?5)"));
        if (!s)
            return false;
        const QString now = Storage::isoUtc(QDateTime::currentDateTimeUtc().addSecs(-1));
        for (int i = 0; i < n; ++i) {
            s->reset();
            s->bindText(1, QStringLiteral("%1-%2-%3").arg(path.mid(1)).arg(urgent).arg(i))
                .bindText(2, m_receivers.url(path))
                .bindText(3, QStringLiteral("消息 %1").arg(i))
                .bindInt(4, urgent ? 1 : 0)
                .bindText(5, now);
            if (!s->exec())
                return false;
        }
        return true;
    }

    QList<QJsonObject> received(const QString &path)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &e : m_receivers.entries()) {
            if (e.value("path").toString().section('?', 0, 0) == path)
                out << e;
        }
        return out;
    }

    CityctlTest::Run send(const QStringList &extra = {})
    {
        return cityctl(QStringList{"notify", "send", "--db", m_path} + extra);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("city.gpkg"));
        auto db = makeDemoCity(m_path, 0, 20);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_db = std::move(db).value();
        CC_VERIFY_OK(Notify::installDemoSetup(*m_db));
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        m_city = std::move(city).value();
        m_notifier = std::make_unique<Notify::Notifier>(*m_db, m_city->categories(),
                                                        m_city->calendar());
        m_cases = std::make_unique<Cases::CaseService>(*m_db, m_city->categories(),
                                                       m_city->calendar());
        m_cases->addStepObserver(m_notifier->observer());
        auto d08 = Storage::DepartmentRepository(*m_db).all();
        CC_VERIFY_OK(d08);
        for (const Storage::DepartmentRow &d : d08.value()) {
            if (d.code == QLatin1String("D08"))
                m_d08 = d.id;
        }
        QVERIFY(!m_d08.isEmpty());
        QVERIFY2(m_receivers.start(m_dir.filePath(QStringLiteral("received.jsonl")),
                                   {"--secret", QString::fromLatin1(kSecret), "--fail-first", "1"}),
                 "the receivers did not start (python3-aiosmtpd installed?)");
    }

    void ruleMatching_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("logins");
        QTest::newRow("the case's department") << "department" << QStringList{"d08", "d08-head"};
        QTest::newRow("a named department") << "department:D07" << QStringList{"d07", "d07-head"};
        QTest::newRow("the unit head") << "unit-head" << QStringList{"d08-head"};
        QTest::newRow("another unit head") << "unit-head:D01" << QStringList{"d01-head"};
        QTest::newRow("department role: the case's only")
            << "role:department" << QStringList{"d08", "d08-head"};
        QTest::newRow("a centre role")
            << "role:dispatcher" << QStringList{"dp01", "dp02", "dp03", "dp04"};
        QTest::newRow("a person") << "person:sl02" << QStringList{"sl02"};
    }

    void ruleMatching()
    {
        QFETCH(QString, to);
        QFETCH(QStringList, logins);
        QVERIFY(onlyRule(Notify::Trigger::Dispatch, to, QStringLiteral("sms")));
        const Storage::CaseRow c = dispatched(m_d08);
        QVERIFY(!c.id.isEmpty());
        auto s = m_db->prepare(QStringLiteral(
            "SELECT u.login, m.body, m.recipient FROM notify_message m JOIN app_user u "
            "ON u.phone = m.address WHERE m.case_id = ?1 ORDER BY u.login"));
        CC_VERIFY_OK(s);
        s->bindText(1, c.id);
        QStringList got;
        QVERIFY(Storage::forEachRow(*s, [&](const Storage::Statement &row) {
            got << row.text(0);
            // The template filled with the case's fields, the recipient labelled.
            QVERIFY2(row.text(1).contains(c.number) && row.text(1).contains("县住房和城乡建设局")
                         && row.text(1).contains("建设路12号"),
                     qPrintable(row.text(1)));
        }));
        QCOMPARE(got, logins);
        QCOMPARE(count(QStringLiteral("case_id = '%1'").arg(c.id)), qint64(logins.size()));
    }

    void badRulesRefused_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown department") << "department:D99"
                                            << "sms"
                                            << "x"
                                            << "notify.bad-recipient";
        QTest::newRow("unknown role") << "role:mayor"
                                      << "sms"
                                      << "x"
                                      << "notify.bad-recipient";
        QTest::newRow("unknown person") << "person:nobody"
                                        << "sms"
                                        << "x"
                                        << "notify.bad-recipient";
        QTest::newRow("unknown channel") << "department"
                                         << "fax"
                                         << "x"
                                         << "notify.unknown-channel";
        QTest::newRow("unknown field") << "department"
                                       << "sms"
                                       << "{password}"
                                       << "notify.bad-template";
        QTest::newRow("empty template") << "department"
                                        << "sms"
                                        << " "
                                        << "notify.bad-template";
    }

    void badRulesRefused()
    {
        QFETCH(QString, to);
        QFETCH(QString, channel);
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto r = cityctl({"notify", "rule", "add", "--db", m_path, "--name", "坏规则", "--on",
                                "dispatch", "--to", to, "--channel", channel, "--template", text});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[" + code + "]"), qPrintable(describe(r)));
        QVERIFY(!cityctl({"notify", "rule", "list", "--db", m_path}).out.contains("坏规则"));
    }

    void queuedInTheStepsTransaction()
    {
        QVERIFY(onlyRule(Notify::Trigger::Dispatch, QStringLiteral("department"),
                         QStringLiteral("sms")));
        Storage::CaseRow c = dispatched(m_d08);
        QVERIFY(!c.id.isEmpty());
        const qint64 before = count();
        // A refused step queues nothing.
        QVERIFY(!act(c, CaseAction::Close, actor("sl01", Role::ShiftLeader)));
        QCOMPARE(count(), before);
        // A step rolled back with its batch takes its messages with it.
        Storage::CaseRow again = c;
        CC_VERIFY_OK(m_cases->act(again, {CaseAction::RequestReturn, QStringLiteral("不属本单位")},
                                  actor("d08", Role::Department)));
        QVERIFY(onlyRule(Notify::Trigger::Return, QStringLiteral("role:shift-leader"),
                         QStringLiteral("sms")));
        Storage::CaseRow other = dispatched(m_d08);
        const qint64 withOther = count();
        CC_VERIFY_OK(m_cases->beginBatch());
        QVERIFY(act(other, CaseAction::RequestReturn, actor("d08", Role::Department), {}, "退回"));
        QVERIFY(count() > withOther);
        m_cases->rollbackBatch();
        QCOMPARE(count(), withOther);
    }

    void deliveredOverEveryChannel()
    {
        // The channels, as an operator sets them: JSON on standard input.
        const QString sms
            = QStringLiteral("{\"url\":\"%1\",\"authHeader\":\"Authorization: Bearer sms-token\"}")
                  .arg(m_receivers.url("/sms"));
        QCOMPARE(cityctl({"notify", "channel", "set", "sms", "--db", m_path}, sms.toUtf8()).code,
                 0);
        const QString mail
            = QStringLiteral("{\"url\":\"smtp://127.0.0.1:%1\",\"from\":\"notify@city.example\","
                             "\"starttls\":\"none\",\"password\":\"mail-pass\"}")
                  .arg(m_receivers.smtpPort);
        QCOMPARE(cityctl({"notify", "channel", "set", "email", "--db", m_path}, mail.toUtf8()).code,
                 0);
        for (const char *robot : {"wecom", "dingtalk", "wechat"}) {
            const QString cfg = QStringLiteral("{\"url\":\"%1\"}")
                                    .arg(m_receivers.url("/" + QString::fromLatin1(robot)));
            QCOMPARE(cityctl({"notify", "channel", "set", robot, "--db", m_path}, cfg.toUtf8())
                         .code,
                     0);
        }
        const auto shown = cityctl({"notify", "channel", "show", "--db", m_path});
        QVERIFY2(!shown.out.contains("sms-token") && !shown.out.contains("mail-pass"),
                 qPrintable(shown.out));
        QCOMPARE(cityctl({"notify", "contact", "--db", m_path, "--login", "d08-head", "--email",
                          "head@d08.example"})
                     .code,
                 0);
        QCOMPARE(cityctl(
                     {"notify", "contact", "--db", m_path, "--login", "d08", "--wechat", "oD08-wx"})
                     .code,
                 0);
        QCOMPARE(cityctl({"notify", "quiet-hours", "off", "--db", m_path}).code, 0);
        CC_VERIFY_OK(m_db->exec(QStringLiteral("DELETE FROM notify_message")));
        CC_VERIFY_OK(m_db->exec(QStringLiteral("DELETE FROM notify_rule")));
        const QStringList adds[] = {{"sms", "unit-head", "短信"},
                                    {"email", "unit-head", "邮件"},
                                    {"wecom", "department", "企业微信"},
                                    {"dingtalk", "department", "钉钉"},
                                    {"wechat", "person:d08", "微信"}};
        for (const QStringList &a : adds) {
            const auto r = cityctl({"notify", "rule", "add", "--db", m_path, "--name", a[2], "--on",
                                    "dispatch", "--to", a[1], "--channel", a[0], "--template",
                                    "{recipient}：案件{number}已派遣至{department}"});
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
        }
        const Storage::CaseRow c = dispatched(m_d08);
        QVERIFY(!c.id.isEmpty());
        const auto r = send();
        QVERIFY2(r.code == 0 && r.out.contains("sent 5,"), qPrintable(describe(r)));

        auto head = Storage::UserRepository(*m_db).findByLogin("d08-head");
        QVERIFY(head && head.value());
        const auto smsIn = received("/sms");
        QCOMPARE(smsIn.size(), 1);
        QCOMPARE(smsIn[0].value("authorization").toString(), QStringLiteral("Bearer sms-token"));
        const QJsonObject smsBody
            = QJsonDocument::fromJson(smsIn[0].value("body").toString().toUtf8()).object();
        QCOMPARE(smsBody.value("phone").toString(), head.value()->phone);
        QVERIFY(smsBody.value("text").toString().contains(c.number));
        QCOMPARE(smsBody.value("id").toString(), smsIn[0].value("messageId").toString());

        QList<QJsonObject> mails = received("smtp");
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails[0].value("to").toArray().first().toString(),
                 QStringLiteral("head@d08.example"));
        const QString data = mails[0].value("data").toString();
        QVERIFY(data.contains("Message-ID: <"));
        const QString b64 = data.section("\r\n\r\n", 1).remove("\r\n");
        QVERIFY2(QString::fromUtf8(QByteArray::fromBase64(b64.toLatin1())).contains(c.number),
                 qPrintable(data));

        const auto wecom = received("/wecom");
        QCOMPARE(wecom.size(), 1);
        const QJsonObject w = QJsonDocument::fromJson(wecom[0].value("body").toString().toUtf8())
                                  .object();
        QCOMPARE(w.value("msgtype").toString(), QStringLiteral("text"));
        QVERIFY(w.value("text")
                    .toObject()
                    .value("mentioned_mobile_list")
                    .toArray()
                    .contains(head.value()->phone));
        const auto ding = received("/dingtalk");
        QCOMPARE(ding.size(), 1);
        QVERIFY(QJsonDocument::fromJson(ding[0].value("body").toString().toUtf8())
                    .object()
                    .contains("at"));
        const auto wx = received("/wechat");
        QCOMPARE(wx.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(wx[0].value("body").toString().toUtf8())
                     .object()
                     .value("touser")
                     .toString(),
                 QStringLiteral("oD08-wx"));

        // The case timeline's lines.
        auto log = Notify::DeliveryLog(*m_db).forCase(c.id);
        CC_VERIFY_OK(log);
        QCOMPARE(log->size(), 5);
        for (const Notify::DeliveryEntry &e : log.value()) {
            QCOMPARE(e.status, QStringLiteral("sent"));
            const QString line = e.timelineText(m_city->calendar().timeZone());
            QVERIFY2(line.endsWith("✓") && line.contains("县住房和城乡建设局"), qPrintable(line));
        }
    }

    void killedMidBatchLosesNothingSendsNothingTwice()
    {
        NotifyTest::Receivers slow;
        QVERIFY(slow.start(m_dir.filePath("slow.jsonl"), {"--delay-ms", "8", "--no-smtp"}));
        CC_VERIFY_OK(
            m_db->exec(QStringLiteral("DELETE FROM notify_attempt; DELETE FROM notify_message")));
        std::swap(m_receivers.httpPort, slow.httpPort);
        const bool queued = queueWebhooks(400, false);
        std::swap(m_receivers.httpPort, slow.httpPort);
        QVERIFY(queued);
        QProcess sender;
        sender.start(CityctlTest::kCityctl,
                     {"--lang", "en", "notify", "send", "--db", m_path, "--batch", "50"});
        QVERIFY(sender.waitForStarted());
        // Kill it hard once it is well into a batch (not on a batch boundary by design).
        for (int i = 0; i < 300 && slow.entries().size() < 137; ++i)
            QThread::msleep(20);
        sender.kill(); // SIGKILL
        QVERIFY(sender.waitForFinished(5000));
        const qint64 sentBefore = count("status = 'sent'");
        QVERIFY2(sentBefore < 400, "the sender finished before it was killed");
        const auto again = send({"--batch", "50"});
        QVERIFY2(again.code == 0, qPrintable(describe(again)));
        QCOMPARE(count("status = 'sent'"), qint64(400));
        QCOMPARE(count("status <> 'sent'"), qint64(0));
        QSet<QString> delivered;
        int duplicates = 0;
        for (const QJsonObject &e : slow.entries()) {
            if (e.value("duplicate").toBool()) {
                ++duplicates;
                continue;
            }
            QVERIFY2(!delivered.contains(e.value("messageId").toString()), "delivered twice");
            delivered.insert(e.value("messageId").toString());
        }
        QCOMPARE(delivered.size(), 400);
        // Resent at most the one batch whose marks the kill lost, each under its own id.
        QVERIFY2(duplicates <= 50, qPrintable(QString::number(duplicates)));
        qInfo() << "killed after" << sentBefore << "marked sent;" << duplicates
                << "resent and dropped by the receiver";
    }

    void quietHoursHoldNonUrgent_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QTime>("at");
        QTest::addColumn<bool>("quiet");
        QTest::newRow("night, before midnight") << "22:00-07:00" << QTime(23, 30) << true;
        QTest::newRow("night, after midnight") << "22:00-07:00" << QTime(6, 59) << true;
        QTest::newRow("morning") << "22:00-07:00" << QTime(7, 0) << false;
        QTest::newRow("lunch") << "12:00-13:30" << QTime(12, 45) << true;
        QTest::newRow("off") << "off" << QTime(3, 0) << false;
    }

    void quietHoursHoldNonUrgent()
    {
        QFETCH(QString, hours);
        QFETCH(QTime, at);
        QFETCH(bool, quiet);
        auto parsed = Notify::QuietHours::parse(hours);
        CC_VERIFY_OK(parsed);
        QCOMPARE(parsed->contains(at), quiet);
    }

    void quietHoursDeferOnlyNonUrgent()
    {
        CC_VERIFY_OK(
            m_db->exec(QStringLiteral("DELETE FROM notify_attempt; DELETE FROM notify_message")));
        const QTimeZone zone = m_city->calendar().timeZone();
        const QTime now = QDateTime::currentDateTimeUtc().toTimeZone(zone).time();
        const Notify::QuietHours hours{now.addSecs(-3600), now.addSecs(3600)};
        CC_VERIFY_OK(Notify::NotifySettings(*m_db).setQuietHours(hours));
        QVERIFY(queueWebhooks(1, true, "/quiet"));
        QVERIFY(queueWebhooks(1, false, "/quiet"));
        const auto r = send();
        QVERIFY2(r.code == 0 && r.out.contains("sent 1,") && r.out.contains("quiet hours 1"),
                 qPrintable(describe(r)));
        const auto got = received("/quiet");
        QCOMPARE(got.size(), 1);
        QVERIFY(got[0].value("messageId").toString().contains("-1-"));
        auto next = m_db->prepare(
            QStringLiteral("SELECT next_attempt_at, status FROM notify_message WHERE urgent = 0"));
        CC_VERIFY_OK(next);
        QVERIFY(next->step().value());
        QCOMPARE(next->text(1), QStringLiteral("queued"));
        const QDateTime wakes = Storage::fromIsoUtc(next->text(0)).toTimeZone(zone);
        QCOMPARE(wakes.time().toString("HH:mm"), hours.to.toString("HH:mm"));
        QCOMPARE(count(
                     "fid IN (SELECT message_fid FROM notify_attempt WHERE outcome = 'deferred')"),
                 qint64(1));
        CC_VERIFY_OK(Notify::NotifySettings(*m_db).setQuietHours({}));
    }

    void retriedWithBackoff()
    {
        QCOMPARE(Notify::Sender::backoffSeconds(1, {}), qint64(30));
        QCOMPARE(Notify::Sender::backoffSeconds(2, {}), qint64(60));
        QCOMPARE(Notify::Sender::backoffSeconds(5, {}), qint64(480));
        QCOMPARE(Notify::Sender::backoffSeconds(20, {}), qint64(3600));
        CC_VERIFY_OK(
            m_db->exec(QStringLiteral("DELETE FROM notify_attempt; DELETE FROM notify_message")));
        QVERIFY(queueWebhooks(1, true, "/flaky")); // the receiver answers the first with 503
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto r = send({"--backoff", "1"});
        QVERIFY2(r.code == 0 && r.out.contains("to retry 1"), qPrintable(describe(r)));
        auto row = m_db->prepare(QStringLiteral(
            "SELECT status, attempts, next_attempt_at, last_error FROM notify_message"));
        CC_VERIFY_OK(row);
        QVERIFY(row->step().value());
        QCOMPARE(row->text(0), QStringLiteral("queued"));
        QCOMPARE(row->integer(1), qint64(1));
        QVERIFY(Storage::fromIsoUtc(row->text(2)) >= before.addSecs(1));
        QCOMPARE(row->text(3), QStringLiteral("HTTP 503"));
        row->reset();
        QThread::msleep(1300);
        r = send({"--backoff", "1"});
        QVERIFY2(r.code == 0 && r.out.contains("sent 1,"), qPrintable(describe(r)));
        QVERIFY(row->step().value());
        QCOMPARE(row->text(0), QStringLiteral("sent"));
        QCOMPARE(row->integer(1), qint64(2));
        const auto got = received("/flaky");
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].value("messageId"), got[1].value("messageId"));
    }

    void callbacksSignedAndVerified()
    {
        CC_VERIFY_OK(m_db->exec(QStringLiteral("DELETE FROM notify_rule")));
        const auto set = cityctl({"notify", "platform", "set", "12345", "--db", m_path},
                                 kSecret + "\n");
        QVERIFY2(set.code == 0, qPrintable(describe(set)));
        QVERIFY(!set.out.contains(QString::fromLatin1(kSecret)));
        const auto list = cityctl({"notify", "platform", "list", "--db", m_path});
        QVERIFY(list.out.contains("12345") && !list.out.contains(QString::fromLatin1(kSecret)));

        Storage::CaseRow c = dispatched(m_d08);
        QVERIFY(!c.id.isEmpty());
        // As citygate links a pushed 工单 (migration 0021: case_record's fid).
        auto ext = m_db->prepare(
            QStringLiteral("INSERT INTO case_external SELECT fid, '12345', 'GD-2026-0042', ?2, ?3 "
                           "FROM case_record WHERE id = ?1"));
        CC_VERIFY_OK(ext);
        ext->bindText(1, c.id)
            .bindText(2, m_receivers.url("/callback"))
            .bindText(3, Storage::isoUtc(QDateTime::currentDateTimeUtc()));
        CC_VERIFY_OK(ext->exec());
        const Cases::Actor dept = actor("d08", Role::Department);
        QVERIFY(act(c, CaseAction::DeptAccept, dept));
        QVERIFY(act(c, CaseAction::Feedback, dept, {}, "已更换井盖"));
        QVERIFY(act(c, CaseAction::SendCheck, actor("op01", Role::Operator)));
        QVERIFY(act(c, CaseAction::CheckPass, actor("col01", Role::Collector)));
        QVERIFY(act(c, CaseAction::Close, actor("sl01", Role::ShiftLeader), {}, "办结"));
        QVERIFY(act(c, CaseAction::Revisit, actor("op01", Role::Operator), {}, "市民满意"));
        QCOMPARE(count("channel = 'callback'"), qint64(2));
        const auto r = send();
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const auto got = received("/callback");
        QCOMPARE(got.size(), 2);
        QStringList events;
        for (const QJsonObject &e : got) {
            QVERIFY(e.value("signatureValid").toBool());
            QCOMPARE(e.value("status").toInt(), 200);
            const QJsonObject body = QJsonDocument::fromJson(e.value("body").toString().toUtf8())
                                         .object();
            QCOMPARE(body.value("externalId").toString(), QStringLiteral("GD-2026-0042"));
            QCOMPARE(body.value("messageId").toString(), e.value("messageId").toString());
            events << body.value("event").toString();
            if (body.value("event") == QLatin1String("revisited"))
                QCOMPARE(body.value("revisitResult").toString(), QStringLiteral("satisfied"));
        }
        QCOMPARE(events, QStringList({"closed", "revisited"}));
        QCOMPARE(count("channel = 'callback' AND status = 'sent'"), qint64(2));
        // The secret is stored for signing, never logged.
        QCOMPARE(m_db->scalar(QStringLiteral(
                                  "SELECT count(*) FROM notify_attempt WHERE detail LIKE ?1"),
                              {"%" + QString::fromLatin1(kSecret) + "%"})
                     .value(),
                 qint64(0));
    }

    void superviseWritesTheSheet()
    {
        CC_VERIFY_OK(m_db->exec(QStringLiteral("DELETE FROM notify_rule")));
        CC_VERIFY_OK(Notify::RuleStore(*m_db).installDefaults());
        Storage::CaseRow c = dispatched(m_d08);
        QVERIFY(!c.id.isEmpty());
        QVERIFY(act(c, CaseAction::Supervise, actor("sv01", Role::Supervisor), {}, "限今日办结"));
        auto details = m_cases->details(c.id);
        CC_VERIFY_OK(details);
        QByteArray pdf;
        for (const Cases::CaseAttachment &a : details->attachments) {
            if (a.row.kind == QLatin1String("document"))
                pdf = a.data;
        }
        QVERIFY(pdf.startsWith("%PDF"));
        const QString file = m_dir.filePath("sheet.pdf");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(pdf) == pdf.size());
        out.close();
        QProcess text;
        text.start("pdftotext", {file, "-"});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString &expected :
             {QStringLiteral("督办单"), c.number, QStringLiteral("限今日办结"),
              QStringLiteral("县住房和城乡建设局")})
            QVERIFY2(words.contains(expected), qPrintable(expected + "\n" + words));
        // The default 督办 rule texts the unit head, urgent (no quiet hours).
        QCOMPARE(count(QStringLiteral("case_id = '%1' AND trigger = 'supervise' AND urgent = 1")
                           .arg(c.id)),
                 qint64(1));
    }

    void scannerQueuesDeadlinesOnce()
    {
        CC_VERIFY_OK(m_db->exec(QStringLiteral("DELETE FROM notify_rule")));
        CC_VERIFY_OK(Notify::RuleStore(*m_db).installDefaults());
        // Only this case is open with a deadline ahead of the scans below.
        CC_VERIFY_OK(
            m_db->exec(QStringLiteral("UPDATE case_record SET hung = 1 WHERE closed_at IS NULL")));
        Storage::CaseRow c = dispatched(m_d08);
        QVERIFY(c.stageDeadline.isValid());
        const QString mine = QStringLiteral("case_id = '%1' AND trigger = '%2'");
        CC_VERIFY_OK(m_notifier->scanDeadlines(c.stageStartedAt.addSecs(60)));
        QCOMPARE(count(mine.arg(c.id, "deadline-80")), qint64(0));
        auto at80 = m_notifier->scanDeadlines(c.stageDeadline.addSecs(-60));
        CC_VERIFY_OK(at80);
        QCOMPARE(count(mine.arg(c.id, "deadline-80")), qint64(2)); // d08 and d08-head
        CC_VERIFY_OK(m_notifier->scanDeadlines(c.stageDeadline.addSecs(-30)));
        QCOMPARE(count(mine.arg(c.id, "deadline-80")), qint64(2)); // once only
        CC_VERIFY_OK(m_notifier->scanDeadlines(c.stageDeadline.addSecs(60)));
        QCOMPARE(count(mine.arg(c.id, "overdue")), qint64(1)); // the unit head
        CC_VERIFY_OK(m_notifier->scanDeadlines(c.stageDeadline.addSecs(600)));
        QCOMPARE(count(mine.arg(c.id, "overdue")), qint64(1));
    }
};

int main(int argc, char *argv[])
{
    // The 督办单 sets type: a QGuiApplication, offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TstNotify test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_notify.moc"
