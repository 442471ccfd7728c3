// SPDX-License-Identifier: GPL-3.0-or-later
// The hub derives, the client proposes (issue 12, docs/hub.md): forged outbox entries replayed
// straight into cc.push with a workstation's own hub login, one forged field at a time. Every
// derived field of a step or a report is ignored (the hub's row equals the honest
// workstation's), every forged decision that the hub cannot take is refused with its reason;
// positions only one's own or relayed, grid versions one up; a renumbered report refuses its
// old number; hub and workstation compute the same deadlines, on the calendar functions
// directly and over a year of random actions with holidays and make-up workdays.
#include "hubrows.h"

#include <cc/core/uuid.h>
#include <cc/sync/hubadmin.h>

#include "resultcheck.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace HubTest;
using Cc::Core::CaseAction;

namespace {

/// Sets `path` ("after/department_id", "seq") of an entry's payload to `value`.
QJsonObject forged(QJsonObject entry, const QString &path, const QJsonValue &value)
{
    QJsonObject payload = entry.value("payload").toObject();
    const QStringList parts = path.split('/');
    if (parts.size() == 1) {
        payload.insert(parts[0], value);
    } else {
        QJsonObject inner = payload.value(parts[0]).toObject();
        inner.insert(parts[1], value);
        payload.insert(parts[0], inner);
    }
    entry.insert("payload", payload);
    return entry;
}

QJsonValue jsonValue(const QString &text)
{
    return QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8()).array().first();
}

} // namespace

class tst_HubSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void forgedStepFieldsAreIgnored_data();
    void forgedStepFieldsAreIgnored();
    void forgedStepsAreRefused_data();
    void forgedStepsAreRefused();
    void forgedReportFieldsAreIgnored_data();
    void forgedReportFieldsAreIgnored();
    void forgedReportsAreRefused_data();
    void forgedReportsAreRefused();
    void revisitAndReopenAreCheckedOnTheHub();
    void positionsOnlyOwnOrRelayed();
    void rowEditsKeepToTheirColumns();
    void renumberedReportRefusesItsOldNumber();
    void calendarArithmeticAgrees();
    void aYearOfRandomActionsDerivesAlike();

private:
    QString disposingCase();
    QJsonObject lastEntry(Workstation &w);
    QJsonObject push(const QString &login, const QJsonObject &entry);
    QString userId(const QString &login);
    QJsonObject hubCase(const QString &id);
    void compareWithHub(Workstation &w, const QString &caseId);

    HubFixture m_hub;
    std::unique_ptr<Workstation> m_op, m_sl, m_dp, m_deptA;
    QString m_collector, m_collector2;
    int m_clients = 0;
};

void tst_HubSecurity::initTestCase()
{
    QString why;
    if (!m_hub.setUp(&why))
        QFAIL(qPrintable(why));
    // Two collectors with hub logins too.
    auto collectors = m_hub.adminConnection().value()->exec(QStringLiteral(
        "SELECT u.login FROM cc.app_user u JOIN cc.user_role r ON r.user_id = u.id AND r.role = 'collector' "
        "WHERE NOT EXISTS (SELECT 1 FROM cc.user_role o WHERE o.user_id = u.id AND o.role <> 'collector') ORDER BY 1 LIMIT 2"));
    QVERIFY(collectors && collectors->rows() == 2);
    m_collector = collectors->text(0, 0);
    m_collector2 = collectors->text(1, 0);
    for (const QString &login : {m_collector, m_collector2}) {
        if (!m_hub.addLogin(login, Core::Role::Collector, &why))
            QFAIL(qPrintable(why));
    }
    m_op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("secop"));
    m_sl = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("secsl"));
    m_dp = m_hub.mustJoin(QStringLiteral("dp01"), QStringLiteral("secdp"));
    m_deptA = m_hub.mustJoin(m_hub.deptUserA, QStringLiteral("secda"));
    QVERIFY(m_op && m_sl && m_dp && m_deptA);
}

QString tst_HubSecurity::disposingCase()
{
    // Reported, accepted, filed, dispatched to department A and signed for, each step by its
    // post and synced: what a department's 处理反馈 is taken on.
    if (!m_op->sync())
        return {};
    auto reported = m_op->report(m_hub.grid);
    if (!reported || !m_op->act(reported->id, CaseAction::Accept) || !m_op->sync())
        return {};
    if (!m_sl->sync() || !m_sl->act(reported->id, CaseAction::File) || !m_sl->sync())
        return {};
    if (!m_dp->sync() || !m_dp->act(reported->id, CaseAction::Dispatch, m_hub.deptA)
        || !m_dp->sync())
        return {};
    if (!m_deptA->sync() || !m_deptA->act(reported->id, CaseAction::DeptAccept) || !m_deptA->sync())
        return {};
    return reported->id;
}

QJsonObject tst_HubSecurity::lastEntry(Workstation &w)
{
    // As SyncClient sends it: the outbox row, the event's payload also as its exact text.
    auto rows = Storage::OutboxRepository(*w.db).pending(10000);
    if (!rows || rows->isEmpty())
        return {};
    const Storage::OutboxRow &row = rows->last();
    QJsonObject payload = QJsonDocument::fromJson(row.payload.toUtf8()).object();
    if (payload.value("payload").isObject())
        payload.insert("payloadText",
                       QString::fromUtf8(QJsonDocument(payload.value("payload").toObject())
                                             .toJson(QJsonDocument::Compact)));
    return QJsonObject{{"seq", row.seq},
                       {"entity", row.entity},
                       {"rowId", row.rowId},
                       {"op", row.op},
                       {"payload", payload}};
}

QJsonObject tst_HubSecurity::push(const QString &login, const QJsonObject &entry)
{
    auto conn = m_hub.userConnection(login);
    if (!conn)
        return QJsonObject{{"error", conn.error().message}};
    auto r = conn.value()
                 ->exec(QStringLiteral("SELECT cc.push($1, $2, $3::jsonb)"),
                        {Sync::kHubSchemaVersion, QStringLiteral("forger-%1").arg(++m_clients),
                         QString::fromUtf8(
                             QJsonDocument(QJsonArray{entry}).toJson(QJsonDocument::Compact))});
    if (!r)
        return QJsonObject{{"error", r.error().message}};
    return QJsonDocument::fromJson(r->bytes(0, 0)).array().first().toObject();
}

QString tst_HubSecurity::userId(const QString &login)
{
    auto admin = m_hub.adminConnection();
    return admin.value()
        ->exec(QStringLiteral("SELECT id FROM cc.app_user WHERE login = $1"), {login})
        ->text(0, 0);
}

QJsonObject tst_HubSecurity::hubCase(const QString &id)
{
    auto admin = m_hub.adminConnection();
    auto r = admin.value()->exec(
        QStringLiteral(
            "SELECT cc.row_json('case_record', to_jsonb(c), c.geom) FROM cc.case_record c "
            "WHERE id = $1"),
        {id});
    return r && r->rows() ? QJsonDocument::fromJson(r->bytes(0, 0)).object() : QJsonObject();
}

void tst_HubSecurity::compareWithHub(Workstation &w, const QString &caseId)
{
    // The workstation computed the step honestly; the hub, given a forged entry, derived the
    // very same case row and event.
    QCOMPARE(hubRows(m_hub, QStringLiteral("case_record")).filter(caseId),
             localRows(*w.db, QStringLiteral("case_record")).filter(caseId));
    QCOMPARE(hubRows(m_hub, QStringLiteral("case_event")).filter(caseId),
             localRows(*w.db, QStringLiteral("case_event")).filter(caseId));
}

void tst_HubSecurity::forgedStepFieldsAreIgnored_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value"); // JSON; "DEPT_B" stands for the other department
    QTest::newRow("department") << "after/department_id"
                                << "\"DEPT_B\"";
    QTest::newRow("event department") << "departmentId"
                                      << "\"DEPT_B\"";
    QTest::newRow("stage deadline") << "after/stage_deadline"
                                    << "\"2099-01-01T00:00:00.000Z\"";
    QTest::newRow("disposal deadline") << "after/disposal_deadline"
                                       << "\"2099-01-01T00:00:00.000Z\"";
    QTest::newRow("event deadline") << "deadline"
                                    << "\"2099-01-01T00:00:00.000Z\"";
    QTest::newRow("in time") << "inTime"
                             << "true";
    QTest::newRow("used minutes") << "usedMinutes"
                                  << "0";
    QTest::newRow("closed in time") << "after/closed_in_time"
                                    << "1";
    QTest::newRow("closed at") << "after/closed_at"
                               << "\"2020-01-01T00:00:00.000Z\"";
    QTest::newRow("hung") << "after/hung"
                          << "1";
    QTest::newRow("counters") << "after/rework_count"
                              << "9";
    QTest::newRow("reported at") << "after/reported_at"
                                 << "\"2020-01-01T00:00:00.000Z\"";
    QTest::newRow("seq jump") << "seq"
                              << "47";
    QTest::newRow("case row version") << "after/version"
                                      << "47";
    QTest::newRow("actor name") << "actorName"
                                << "\"督查组\"";
    QTest::newRow("state") << "after/state"
                           << "\"closed\"";
    QTest::newRow("target state") << "toState"
                                  << "\"closed\"";
    QTest::newRow("stage") << "stage"
                           << "\"evaluation\"";
    QTest::newRow("calendar flag") << "payloadText"
                                   << "\"{\\\"deadlineBeyondKnownCalendar\\\":true}\"";
}

void tst_HubSecurity::forgedStepFieldsAreIgnored()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    const QString id = disposingCase();
    QVERIFY(!id.isEmpty());
    QVERIFY(m_deptA->act(id, CaseAction::Feedback));
    const QJsonObject honest = lastEntry(*m_deptA);
    QCOMPARE(honest.value("payload").toObject().value("action").toString(),
             QStringLiteral("feedback"));
    value.replace(QStringLiteral("DEPT_B"), m_hub.deptB);
    const QJsonObject v = push(m_hub.deptUserA, forged(honest, path, jsonValue(value)));
    QVERIFY2(v.value("status").toString() == QLatin1String("applied"),
             qPrintable(QJsonDocument(v).toJson()));
    compareWithHub(*m_deptA, id);
    QCOMPARE(hubCase(id).value("state").toString(), QStringLiteral("disposed"));
    QCOMPARE(hubCase(id).value("department_id").toString(), m_hub.deptA);
    // The workstation's own push is then a duplicate, and nothing changes.
    auto s = m_deptA->sync();
    QVERIFY(s);
    QCOMPARE(s->push.rejected, 0);
    compareWithHub(*m_deptA, id);
}

void tst_HubSecurity::forgedStepsAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>(
        "value"); // JSON; BEFORE_LAST / TOMORROW / VERSION±n stand for times and versions
    QTest::addColumn<QString>("code");
    QTest::newRow("dated 2020") << "at"
                                << "\"2020-03-01T08:00:00.000Z\""
                                << "case.time-out-of-bounds";
    QTest::newRow("before the previous event") << "at"
                                               << "\"BEFORE_LAST\""
                                               << "case.stale";
    QTest::newRow("in the future") << "at"
                                   << "\"TOMORROW\""
                                   << "case.time-out-of-bounds";
    QTest::newRow("older than the offline window") << "at"
                                                   << "\"FOUR_DAYS_AGO\""
                                                   << "case.time-out-of-bounds";
    QTest::newRow("not a time") << "at"
                                << "\"yesterday\""
                                << "case.time-out-of-bounds";
    QTest::newRow("skipped version") << "caseVersion"
                                     << "VERSION+5"
                                     << "case.stale";
    QTest::newRow("rewound version") << "caseVersion"
                                     << "VERSION-1"
                                     << "case.stale";
    QTest::newRow("role not held") << "role"
                                   << "\"shift-leader\""
                                   << "auth.role-not-held";
    QTest::newRow("another action") << "action"
                                    << "\"close\""
                                    << "workflow.illegal-step";
    QTest::newRow("someone else") << "actorId"
                                  << "\"SOMEONE\""
                                  << "sync.actor-mismatch";
}

void tst_HubSecurity::forgedStepsAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, code);
    const QString id = disposingCase();
    QVERIFY(!id.isEmpty());
    QVERIFY(m_deptA->act(id, CaseAction::Feedback));
    const QJsonObject honest = lastEntry(*m_deptA);
    const QJsonObject before = hubCase(id);
    const int version = before.value("version").toInt();
    const QDateTime last = Storage::fromIsoUtc(before.value("updated_at").toString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    value.replace(QStringLiteral("BEFORE_LAST"), Storage::isoUtc(last.addSecs(-60)))
        .replace(QStringLiteral("TOMORROW"), Storage::isoUtc(now.addDays(1)))
        .replace(QStringLiteral("FOUR_DAYS_AGO"), Storage::isoUtc(now.addDays(-4)))
        .replace(QStringLiteral("VERSION+5"), QString::number(version + 6))
        .replace(QStringLiteral("VERSION-1"), QString::number(version))
        .replace(QStringLiteral("SOMEONE"), userId(m_hub.deptUserB));
    const QJsonObject v = push(m_hub.deptUserA, forged(honest, path, jsonValue(value)));
    QCOMPARE(v.value("status").toString(), QStringLiteral("rejected"));
    QVERIFY2(v.value("code").toString() == code, qPrintable(QJsonDocument(v).toJson()));
    QVERIFY(!v.value("message").toString().isEmpty());
    QCOMPARE(hubCase(id), before);
    // The honest step itself is still taken.
    auto s = m_deptA->sync();
    QVERIFY(s);
    QCOMPARE(s->push.applied, 1);
    compareWithHub(*m_deptA, id);
}

void tst_HubSecurity::forgedReportFieldsAreIgnored_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value"); // JSON; ADMIN / DEPT_A stand for ids
    QTest::newRow("number") << "case/number"
                            << "\"HACK-000001\"";
    QTest::newRow("row number") << "after/number"
                                << "\"HACK-000001\"";
    QTest::newRow("department") << "after/department_id"
                                << "\"DEPT_A\"";
    QTest::newRow("created by") << "case/createdBy"
                                << "\"ADMIN\"";
    QTest::newRow("row created by") << "after/created_by"
                                    << "\"ADMIN\"";
    QTest::newRow("closed at") << "after/closed_at"
                               << "\"2026-01-01T00:00:00.000Z\"";
    QTest::newRow("hung") << "after/hung"
                          << "1";
    QTest::newRow("state") << "after/state"
                           << "\"closed\"";
    QTest::newRow("target state") << "toState"
                                  << "\"closed\"";
    QTest::newRow("born at version 50") << "after/version"
                                        << "50";
    QTest::newRow("stage deadline") << "after/stage_deadline"
                                    << "\"2099-01-01T00:00:00.000Z\"";
    QTest::newRow("counters") << "after/urge_count"
                              << "7";
    QTest::newRow("actor name") << "actorName"
                                << "\"督查组\"";
    QTest::newRow("kind") << "case/kind"
                          << "\"part\"";
    QTest::newRow("responsibility grid") << "case/responsibilityCode"
                                         << "\"X-999\"";
    QTest::newRow("community") << "case/communityCode"
                               << "\"X-999\"";
    QTest::newRow("row grid") << "after/grid_code"
                              << "\"X-999\"";
    QTest::newRow("reported at") << "case/reportedAt"
                                 << "\"2020-01-01T00:00:00.000Z\"";
    QTest::newRow("event seq") << "seq"
                               << "9";
    QTest::newRow("event payload") << "payloadText"
                                   << "\"{\\\"forged\\\":1}\"";
}

void tst_HubSecurity::forgedReportFieldsAreIgnored()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QVERIFY(m_op->sync());
    auto reported = m_op->report(m_hub.grid);
    QVERIFY(reported);
    const QJsonObject honest = lastEntry(*m_op);
    QCOMPARE(honest.value("payload").toObject().value("action").toString(),
             QStringLiteral("report"));
    value.replace(QStringLiteral("ADMIN"), userId(QStringLiteral("admin")))
        .replace(QStringLiteral("DEPT_A"), m_hub.deptA);
    const QJsonObject v = push(QStringLiteral("op01"), forged(honest, path, jsonValue(value)));
    QVERIFY2(v.value("status").toString() == QLatin1String("applied"),
             qPrintable(QJsonDocument(v).toJson()));
    compareWithHub(*m_op, reported->id);
    auto s = m_op->sync();
    QVERIFY(s);
    QCOMPARE(s->push.rejected, 0);
    compareWithHub(*m_op, reported->id);
}

void tst_HubSecurity::forgedReportsAreRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value"); // FAR_POINT: a GeoPackage point far from the city
    QTest::addColumn<QString>("code");
    QTest::newRow("channel 12345") << "op01"
                                   << "case/channel"
                                   << "\"12345\""
                                   << "case.unknown-channel";
    QTest::newRow("collector channel by an operator") << "op01"
                                                      << "case/channel"
                                                      << "\"collector\""
                                                      << "case.channel-role";
    QTest::newRow("hotline by a collector") << "COLLECTOR"
                                            << "case/channel"
                                            << "\"hotline-12345\""
                                            << "case.channel-role";
    QTest::newRow("unknown category") << "op01"
                                      << "case/categoryKey"
                                      << "\"event:9999\""
                                      << "case.unknown-category";
    QTest::newRow("unknown level") << "op01"
                                   << "case/level"
                                   << "\"apocalyptic\""
                                   << "case.unknown-level";
    QTest::newRow("unknown grid") << "op01"
                                  << "case/gridCode"
                                  << "\"999999999999999\""
                                  << "case.unknown-grid";
    QTest::newRow("outside the city") << "op01"
                                      << "after/geom"
                                      << "\"FAR_POINT\""
                                      << "case.outside-city";
    QTest::newRow("born at version 50") << "op01"
                                        << "caseVersion"
                                        << "50"
                                        << "sync.invalid-entry";
    QTest::newRow("dated 2020") << "op01"
                                << "at"
                                << "\"2020-01-01T00:00:00.000Z\""
                                << "case.time-out-of-bounds";
    QTest::newRow("role not held") << "op01"
                                   << "role"
                                   << "\"collector\""
                                   << "auth.role-not-held";
}

void tst_HubSecurity::forgedReportsAreRefused()
{
    QFETCH(QString, login);
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, code);
    std::unique_ptr<Workstation> collector;
    Workstation *w = m_op.get();
    if (login == QLatin1String("COLLECTOR")) {
        collector = m_hub.mustJoin(m_collector, QStringLiteral("seccol"));
        QVERIFY(collector);
        w = collector.get();
        login = m_collector;
    }
    auto reported = w->report(m_hub.grid);
    CC_VERIFY_OK(reported);
    const QJsonObject honest = lastEntry(*w);
    value.replace(QStringLiteral("FAR_POINT"),
                  QString::fromLatin1(Storage::Gpkg::encodePoint(QPointF(10.0, 10.0)).toHex()));
    const QJsonObject v = push(login, forged(honest, path, jsonValue(value)));
    QCOMPARE(v.value("status").toString(), QStringLiteral("rejected"));
    QVERIFY2(v.value("code").toString() == code, qPrintable(QJsonDocument(v).toJson()));
    QVERIFY(hubCase(reported->id).isEmpty());
    auto s = w->sync(); // the honest report is taken
    QVERIFY(s);
    QCOMPARE(s->push.applied, 1);
    compareWithHub(*w, reported->id);
}

void tst_HubSecurity::revisitAndReopenAreCheckedOnTheHub()
{
    // 回访 and 重办 (hub schema 5): the hub refuses what the workstation refuses, with the
    // same codes, on entries a workstation's own login pushes.
    auto co = m_hub.mustJoin(m_collector, QStringLiteral("secrv"));
    QVERIFY(co);
    const QString id = disposingCase(); // registered by op01 from the 12345 hotline
    QVERIFY(!id.isEmpty());
    QVERIFY(m_deptA->act(id, CaseAction::Feedback) && m_deptA->sync());
    QVERIFY(m_op->sync() && m_op->act(id, CaseAction::SendCheck) && m_op->sync());
    QVERIFY(co->sync() && co->act(id, CaseAction::CheckPass) && co->sync());
    QVERIFY(m_sl->sync() && m_sl->act(id, CaseAction::Close) && m_sl->sync());
    QVERIFY(m_op->sync());

    Cases::ActionRequest call;
    call.action = CaseAction::Revisit;
    call.revisitResult = QStringLiteral("unsatisfied");
    call.note = QStringLiteral("来电人称垃圾仍未清运");
    CC_VERIFY_OK(m_op->service->act(id, call, m_op->actor));
    const QJsonObject honest = lastEntry(*m_op);
    QCOMPARE(honest.value("payload").toObject().value("action").toString(),
             QStringLiteral("revisit"));
    const QString opLogin = m_op->login;
    for (const char *answer : {R"({"revisitResult":"delighted"})", "{}", R"({"revisitResult":1})",
                               R"({"revisitResult":"满意"})"}) {
        const QJsonObject v = push(opLogin, forged(honest, QStringLiteral("payloadText"),
                                                   QString::fromUtf8(answer)));
        QVERIFY2(v.value("code").toString() == QLatin1String("case.revisit-result"),
                 qPrintable(QJsonDocument(v).toJson()));
    }
    QJsonObject v = push(opLogin,
                         forged(honest, QStringLiteral("note"), QString(2001, QLatin1Char('x'))));
    QCOMPARE(v.value("code").toString(), QStringLiteral("case.note-too-long"));
    // The shift leader proposing it in its own name and role: not its step.
    const QString slLogin = m_sl->login;
    v = push(slLogin, forged(forged(honest, QStringLiteral("actorId"), userId(slLogin)),
                             QStringLiteral("role"), QStringLiteral("shift-leader")));
    QVERIFY2(v.value("code").toString() == QLatin1String("workflow.forbidden-role"),
             qPrintable(QJsonDocument(v).toJson()));

    auto s = m_op->sync();
    QVERIFY(s);
    QCOMPARE(s->push.rejected, 0);
    compareWithHub(*m_op, id);
    QCOMPARE(hubCase(id).value("state").toString(), QStringLiteral("closed"));

    // A second call-back of the same closing.
    const QString now = Storage::isoUtc(QDateTime::currentDateTimeUtc());
    QJsonObject again = forged(honest, QStringLiteral("id"), Core::uuidText(Core::makeUuidV7()));
    again = forged(again, QStringLiteral("caseVersion"), hubCase(id).value("version").toInt() + 1);
    again = forged(again, QStringLiteral("at"), now);
    v = push(opLogin, again);
    QVERIFY2(v.value("code").toString() == QLatin1String("case.already-revisited"),
             qPrintable(QJsonDocument(v).toJson()));

    // 重办 by the shift leader: the department's again, no longer closed.
    QVERIFY(m_sl->sync() && m_sl->act(id, CaseAction::Reopen));
    s = m_sl->sync();
    QVERIFY(s);
    QCOMPARE(s->push.rejected, 0);
    const QJsonObject reopened = hubCase(id);
    QCOMPARE(reopened.value("state").toString(), QStringLiteral("dispatched"));
    QCOMPARE(reopened.value("department_id").toString(), m_hub.deptA);
    QVERIFY(reopened.value("closed_at").isNull());
    compareWithHub(*m_sl, id);

    // A case of the collectors' channel is not called back: a forged 回访 on one.
    auto own = co->report(m_hub.grid);
    QVERIFY(own && co->act(own->id, CaseAction::SelfDispose) && co->sync());
    QVERIFY(m_sl->sync() && m_sl->act(own->id, CaseAction::Close) && m_sl->sync());
    QJsonObject other = forged(honest, QStringLiteral("id"), Core::uuidText(Core::makeUuidV7()));
    other = forged(other, QStringLiteral("caseId"), own->id);
    other = forged(other, QStringLiteral("caseVersion"),
                   hubCase(own->id).value("version").toInt() + 1);
    other = forged(other, QStringLiteral("at"), Storage::isoUtc(QDateTime::currentDateTimeUtc()));
    v = push(opLogin, other);
    QVERIFY2(v.value("code").toString() == QLatin1String("case.revisit-channel"),
             qPrintable(QJsonDocument(v).toJson()));
    // And 重办 without an unsatisfied call-back, on the workstation and proposed to the hub.
    QVERIFY(m_sl->sync());
    QCOMPARE(CcTest::codeOf(m_sl->act(own->id, CaseAction::Reopen)),
             QStringLiteral("case.reopen-not-unsatisfied"));
    other = forged(other, QStringLiteral("action"), QStringLiteral("reopen"));
    other = forged(other, QStringLiteral("role"), QStringLiteral("shift-leader"));
    other = forged(other, QStringLiteral("actorId"), userId(slLogin));
    other = forged(other, QStringLiteral("payloadText"), QStringLiteral("{}"));
    v = push(slLogin, other);
    QVERIFY2(v.value("code").toString() == QLatin1String("case.reopen-not-unsatisfied"),
             qPrintable(QJsonDocument(v).toJson()));
}

void tst_HubSecurity::positionsOnlyOwnOrRelayed()
{
    const auto position = [&](const QString &collectorId, const QString &id) {
        const QJsonObject row{{"id", id},
                              {"user_id", collectorId},
                              {"at", Storage::isoUtc(QDateTime::currentDateTimeUtc())},
                              {"accuracy_m", 5},
                              {"geom",
                               QString::fromLatin1(
                                   Storage::Gpkg::encodePoint(QPointF(113.25, 34.01)).toHex())}};
        return QJsonObject{{"seq", 1},
                           {"entity", "collector_position"},
                           {"rowId", id},
                           {"op", "insert"},
                           {"payload", QJsonObject{{"row", row}, {"base", QJsonValue()}}}};
    };
    const QString me = userId(m_collector), other = userId(m_collector2);
    QCOMPARE(push(m_collector, position(me, QStringLiteral("pos-own"))).value("status").toString(),
             QStringLiteral("applied"));
    const QJsonObject foreign = push(m_collector, position(other, QStringLiteral("pos-foreign")));
    QCOMPARE(foreign.value("status").toString(), QStringLiteral("rejected"));
    QCOMPARE(foreign.value("code").toString(), QStringLiteral("auth.not-own-position"));
    // The centre relays the positioning feed: any collector, but only collectors.
    QCOMPARE(push(QStringLiteral("op01"), position(other, QStringLiteral("pos-relayed")))
                 .value("status")
                 .toString(),
             QStringLiteral("applied"));
    QCOMPARE(push(QStringLiteral("op01"),
                  position(userId(QStringLiteral("sl01")), QStringLiteral("pos-sl")))
                 .value("code")
                 .toString(),
             QStringLiteral("auth.not-own-position"));
    QCOMPARE(m_hub.count(QStringLiteral(
                 "SELECT count(*) FROM cc.collector_position WHERE id LIKE 'pos-%'")),
             2);
}

void tst_HubSecurity::rowEditsKeepToTheirColumns()
{
    auto admin = m_hub.adminConnection();
    auto row = admin.value()->exec(QStringLiteral(
        "SELECT cc.row_now('grid_unit', id) FROM cc.grid_unit ORDER BY code OFFSET 2 LIMIT 1"));
    QVERIFY(row && row->rows() == 1);
    const QJsonObject base = QJsonDocument::fromJson(row->bytes(0, 0)).object();
    const auto edit = [&](int version, const QJsonObject &extra) {
        QJsonObject after = base;
        after.insert("version", version);
        after.insert("updated_at", Storage::isoUtc(QDateTime::currentDateTimeUtc()));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            after.insert(it.key(), it.value());
        return QJsonObject{{"seq", 1},
                           {"entity", "grid_unit"},
                           {"rowId", base.value("id")},
                           {"op", "update"},
                           {"payload", QJsonObject{{"row", after}, {"base", base}}}};
    };
    const int version = base.value("version").toInt();
    const QJsonObject jumped = push(QStringLiteral("sv01"), edit(version + 40, {}));
    QCOMPARE(jumped.value("status").toString(), QStringLiteral("rejected"));
    QCOMPARE(jumped.value("code").toString(), QStringLiteral("grid.bad-version"));
    const QJsonObject ok = push(QStringLiteral("sv01"), edit(version + 1, {}));
    QVERIFY2(ok.value("status").toString() == QLatin1String("applied"),
             qPrintable(QJsonDocument(ok).toJson()));
    QCOMPARE(m_hub.count(QStringLiteral("SELECT version FROM cc.grid_unit WHERE id = '%1'")
                             .arg(base.value("id").toString())),
             qint64(version + 1));
    // An administrator's plain row change of a user keeps to the password (schema 10: the
    // name, roles, department … change through an org change, checked as such: tst_hub_org);
    // the login (tied to its PostgreSQL role) never changes.
    auto r = cityctl({QStringLiteral("hub"), QStringLiteral("user"), QStringLiteral("add"),
                      QStringLiteral("admin"), QStringLiteral("--url"), m_hub.adminUrl},
                     kUserPassword.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    auto user = admin.value()->exec(
        QStringLiteral("SELECT cc.row_now('app_user', id) FROM cc.app_user WHERE login = 'sv02'"));
    QVERIFY(user && user->rows() == 1);
    const QJsonObject before = QJsonDocument::fromJson(user->bytes(0, 0)).object();
    QJsonObject after = before;
    after.insert("login", "sl01");
    after.insert("display_name", "改名");
    const QJsonObject renamed = push(QStringLiteral("admin"),
                                     QJsonObject{{"seq", 1},
                                                 {"entity", "app_user"},
                                                 {"rowId", before.value("id")},
                                                 {"op", "update"},
                                                 {"payload",
                                                  QJsonObject{{"row", after}, {"base", before}}}});
    QVERIFY2(renamed.value("status").toString() == QLatin1String("applied"),
             qPrintable(QJsonDocument(renamed).toJson()));
    QCOMPARE(
        m_hub.count(
            QStringLiteral(
                "SELECT count(*) FROM cc.app_user WHERE id = '%1' AND login = 'sv02' AND display_name <> '改名'")
                .arg(before.value("id").toString())),
        1);
}

void tst_HubSecurity::renumberedReportRefusesItsOldNumber()
{
    // Two operators report while apart: both number their case alike; the later push is
    // renumbered by the hub, and its workstation refuses the old number with the new one.
    auto a = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("rna"));
    auto b = m_hub.mustJoin(QStringLiteral("op02"), QStringLiteral("rnb"));
    QVERIFY(a && b);
    auto first = a->report(m_hub.grid);
    auto second = b->report(m_hub.grid);
    QVERIFY(first && second);
    QCOMPARE(second->number, first->number);
    QVERIFY(a->sync());
    auto s = b->sync();
    QVERIFY(s);
    QCOMPARE(s->push.applied, 1);
    const QString renumbered = b->find(second->id)->number;
    QVERIFY(renumbered != first->number);
    QCOMPARE(hubCase(second->id).value("number").toString(), renumbered);
    QCOMPARE(b->find(first->id)->number, first->number); // the other case, pulled
    const QStringList act{QStringLiteral("case"),   QStringLiteral("act"),
                          QStringLiteral("--db"),   b->path,
                          QStringLiteral("--as"),   QStringLiteral("op02"),
                          QStringLiteral("--role"), QStringLiteral("operator")};
    auto refused = cityctl(act + QStringList{first->number, QStringLiteral("accept")});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("[case.renumbered]"))
                 && refused.err.contains(renumbered),
             qPrintable(describe(refused)));
    QCOMPARE(b->find(first->id)->state,
             QStringLiteral("reported")); // the other case was not touched
    auto byNewNumber = cityctl(act + QStringList{renumbered, QStringLiteral("accept")});
    QVERIFY2(byNewNumber.code == 0, qPrintable(describe(byNewNumber)));
    QCOMPARE(b->find(second->id)->state, QStringLiteral("pending-filing"));
}

void tst_HubSecurity::calendarArithmeticAgrees()
{
    // The hub's PL/pgSQL walk (cc.deadline, cc.minutes_used) against Core::WorkCalendar on the
    // calendar both hold, for random starts over 2025–2027 (holidays, make-up workdays, a
    // year beyond the known ones) and random limits of every unit.
    auto stored = Storage::CalendarRepository(*m_op->db).load();
    QVERIFY(stored && stored.value());
    auto calendar = Core::WorkCalendar::fromJson(*stored.value());
    QVERIFY(calendar);
    QRandomGenerator rng(20261204);
    const QDateTime from(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QStringList units{QStringLiteral("wh"), QStringLiteral("wd"), QStringLiteral("m"),
                            QStringLiteral("h")};
    QJsonArray input;
    QStringList expected;
    for (int i = 0; i < 3000; ++i) {
        // Half the starts on a working-time boundary or a whole hour, the rest anywhere.
        QDateTime start = from.addMSecs(qint64(rng.bounded(3 * 365 * 24 * 60)) * 60000);
        if (i % 2)
            start = start.addMSecs(rng.bounded(60000));
        const QDateTime end = start.addMSecs(qint64(rng.bounded(40 * 24 * 60)) * 60000
                                             + rng.bounded(60000));
        const QString unit = units[rng.bounded(int(units.size()))];
        const QString limitText = QString::number(
                                      1 + rng.bounded(unit == QLatin1String("m") ? 600 : 40))
                                  + unit;
        const Core::TimeLimit limit = Core::TimeLimit::parse(limitText).value();
        const Core::Deadline d = calendar->deadline(start, limit);
        input.append(QJsonArray{Storage::isoUtc(start), limitText, Storage::isoUtc(end)});
        expected.append(QStringLiteral("%1 %2 %3 %4")
                            .arg(Storage::isoUtc(d.at), d.beyondKnownCalendar
                                                            ? QStringLiteral("true")
                                                            : QStringLiteral("false"))
                            .arg(calendar->minutesUsed(start, end, limit))
                            .arg(calendar->workingMinutesBetween(end, start)));
    }
    auto admin = m_hub.adminConnection();
    auto r = admin.value()->exec(
        QStringLiteral(
            "SELECT string_agg(concat_ws(' ', COALESCE(cc.iso(d.at), ''), CASE WHEN d.beyond THEN 'true' ELSE 'false' END, "
            "cc.minutes_used(cc.parse_time(x->>0), cc.parse_time(x->>2), x->>1), "
            "cc.working_minutes_between(cc.parse_time(x->>2), cc.parse_time(x->>0))), '|' ORDER BY n) "
            "FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(x, n), "
            "LATERAL cc.deadline(cc.parse_time(x->>0), x->>1) d"),
        {QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact))});
    CC_VERIFY_OK(r);
    const QStringList hub = r->text(0, 0).split('|');
    QCOMPARE(hub.size(), expected.size());
    int differing = 0;
    for (int i = 0; i < hub.size(); ++i) {
        if (hub[i] != expected[i] && ++differing <= 5)
            qWarning() << input[i] << "hub:" << hub[i] << "workstation:" << expected[i];
    }
    QCOMPARE(differing, 0);
}

void tst_HubSecurity::aYearOfRandomActionsDerivesAlike()
{
    // One workstation works a year of cases as four posts, each action at its own time (with
    // the hub's offline window opened wide for it); the hub takes every entry through each
    // actor's own login and derives the same rows: states, deadlines over holidays and
    // make-up workdays, postponements, in-time flags, used minutes, counters.
    auto admin = m_hub.adminConnection();
    QVERIFY(admin.value()->command(QStringLiteral(
        "UPDATE cc.hub_meta SET value = '9600' WHERE key = 'offline_window_hours'")));
    auto w = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("year"));
    QVERIFY(w);
    QList<Cases::Actor> actors;
    for (const auto &[login, role] : {std::pair{QStringLiteral("op01"), Core::Role::Operator},
                                      std::pair{QStringLiteral("sl01"), Core::Role::ShiftLeader},
                                      std::pair{QStringLiteral("dp01"), Core::Role::Dispatcher},
                                      std::pair{m_hub.deptUserA, Core::Role::Department}}) {
        auto a = w->service->actor(login, role);
        QVERIFY2(a, qPrintable(login));
        actors.append(a.value());
    }
    QRandomGenerator rng(4242);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime yearAgo = now.addDays(-365);
    QStringList ids;
    int steps = 0;
    for (int k = 0; k < 60; ++k) {
        QDateTime at = yearAgo.addSecs(qint64(k) * 6 * 24 * 3600 + rng.bounded(24 * 3600));
        Cases::NewReport report;
        report.channel = QStringLiteral("hotline-12345");
        report.categoryKey = k % 3 ? QStringLiteral("event:0102") : QStringLiteral("part:0101");
        report.level = k % 4 ? Core::CaseLevel::Normal : Core::CaseLevel::Urgent;
        report.description = QStringLiteral("一年 %1").arg(k);
        report.gridCode = m_hub.grid;
        report.at = at;
        auto row = w->service->report(report, actors[0]);
        CC_VERIFY_OK(row);
        ids.append(row->id);
        Storage::CaseRow current = row.value();
        for (int step = 0; step < 16; ++step) {
            QList<std::pair<Cases::Actor, CaseAction>> choices;
            for (const Cases::Actor &a : std::as_const(actors)) {
                for (CaseAction action : w->service->allowedActions(current, a)) {
                    // Mostly along the loop: a case refused or cancelled early has little to derive.
                    if ((action != CaseAction::Reject && action != CaseAction::Cancel)
                        || rng.bounded(6) == 0)
                        choices.append({a, action});
                }
            }
            // Minutes to days between steps: stages end in time and late, across weekends.
            at = at.addSecs(qint64(rng.bounded(3)) == 0 ? rng.bounded(3 * 24 * 3600)
                                                        : rng.bounded(4 * 3600));
            if (choices.isEmpty() || at > now.addSecs(-600))
                break;
            const auto &[actor, action] = choices[rng.bounded(int(choices.size()))];
            Cases::ActionRequest request;
            request.action = action;
            request.at = at;
            request.note = QStringLiteral("step %1").arg(step);
            // 二次派遣 goes to the other department (the same one is refused).
            request.departmentId = action == CaseAction::Redispatch
                                           && current.departmentId == m_hub.deptA
                                       ? m_hub.deptB
                                       : m_hub.deptA;
            request.extensionHours = action == CaseAction::ApprovePostpone && rng.bounded(2)
                                         ? 0
                                         : 1 + rng.bounded(40);
            auto done = w->service->act(current, request, actor);
            CC_VERIFY_OK(done);
            ++steps;
        }
    }
    // Every entry through its actor's own login, in outbox order.
    QHash<QString, QString> loginOf;
    for (const Cases::Actor &a : std::as_const(actors))
        loginOf.insert(a.userId, a.login);
    QHash<QString, std::shared_ptr<Sync::PgConnection>> connections;
    auto pending = Storage::OutboxRepository(*w->db).pending(100000);
    QVERIFY(pending);
    for (const Storage::OutboxRow &row : pending.value()) {
        QJsonObject payload = QJsonDocument::fromJson(row.payload.toUtf8()).object();
        payload.insert("payloadText",
                       QString::fromUtf8(QJsonDocument(payload.value("payload").toObject())
                                             .toJson(QJsonDocument::Compact)));
        const QString login = loginOf.value(payload.value("actorId").toString());
        if (!connections.contains(login))
            connections.insert(login, std::shared_ptr<Sync::PgConnection>(
                                          m_hub.userConnection(login).value().release()));
        const QJsonObject entry{{"seq", row.seq},
                                {"entity", row.entity},
                                {"rowId", row.rowId},
                                {"op", row.op},
                                {"payload", payload}};
        auto r = connections.value(login)
                     ->exec(QStringLiteral("SELECT cc.push($1, $2, $3::jsonb)"),
                            {Sync::kHubSchemaVersion, QStringLiteral("year-") + login,
                             QString::fromUtf8(
                                 QJsonDocument(QJsonArray{entry}).toJson(QJsonDocument::Compact))});
        CC_VERIFY_OK(r);
        const QJsonObject v = QJsonDocument::fromJson(r->bytes(0, 0)).array().first().toObject();
        QVERIFY2(v.value("status").toString() == QLatin1String("applied"),
                 qPrintable(QJsonDocument(v).toJson()));
    }
    QVERIFY(admin.value()->command(
        QStringLiteral("UPDATE cc.hub_meta SET value = '72' WHERE key = 'offline_window_hours'")));
    qInfo() << "a year of work:" << ids.size() << "cases," << steps << "steps";
    QVERIFY(steps > 150);
    const QStringList hubCases = hubRows(m_hub, QStringLiteral("case_record")),
                      hubEvents = hubRows(m_hub, QStringLiteral("case_event"));
    const QStringList localCases = localRows(*w->db, QStringLiteral("case_record")),
                      localEvents = localRows(*w->db, QStringLiteral("case_event"));
    int beyond = 0;
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(hubCases.filter(id), localCases.filter(id));
        QCOMPARE(hubEvents.filter(id), localEvents.filter(id));
        beyond
            += localEvents.filter(id).filter(QStringLiteral("deadlineBeyondKnownCalendar")).size();
    }
    qInfo() << beyond << "steps with a deadline beyond the known calendar";
}

QTEST_GUILESS_MAIN(tst_HubSecurity)
#include "tst_hub_security.moc"
