// SPDX-License-Identifier: GPL-3.0-or-later
// CaseService refusals: an illegal step, a bad report, a forbidden or forged actor, a point
// outside its grid and unbounded extensions are refused with their codes and leave nothing behind.
#include "casefixture.h"

#include "resultcheck.h"

#include <cmath>
#include <limits>

using namespace CcTest;
using Core::CaseState;

class TestCaseRefusals : public QObject
{
    Q_OBJECT

private:
    Fixture f;

private slots:
    void init() { f.setUp(); }

    void refusedAction_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("until");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("minutes"); // after the case's last change
        QTest::addColumn<QString>("department");
        QTest::addColumn<int>("hours");
        QTest::addColumn<QString>("code");
        auto row = [](const char *name, const QString &category, const char *until, CaseAction a,
                      const char *who, int minutes, const char *dept, int hours, const char *code) {
            QTest::newRow(name) << category << until << int(a) << who << minutes << dept << hours
                                << code;
        };
        row("illegal-step-file-reported", kRubbish, "reported", CaseAction::File, "sl", 5, "", 0,
            "workflow.illegal-step");
        row("illegal-step-report-again", kRubbish, "reported", CaseAction::Report, "op", 5, "", 0,
            "workflow.illegal-step");
        row("illegal-step-close-disposing", kRubbish, "disposing", CaseAction::Close, "sl", 5, "",
            0, "workflow.illegal-step");
        row("illegal-step-supervise-reported", kRubbish, "reported", CaseAction::Supervise, "sl", 5,
            "", 0, "workflow.illegal-step");
        row("forbidden-role-accept-by-shift-leader", kRubbish, "reported", CaseAction::Accept, "sl",
            5, "", 0, "workflow.forbidden-role");
        row("forbidden-role-dispatch-by-operator", kRubbish, "filed", CaseAction::Dispatch, "op", 5,
            "", 0, "workflow.forbidden-role");
        row("forbidden-role-urge-by-operator", kRubbish, "dispatched", CaseAction::Urge, "op", 5,
            "", 0, "workflow.forbidden-role");
        row("forbidden-role-self-dispose-by-operator", kRubbish, "reported",
            CaseAction::SelfDispose, "op", 5, "", 0, "workflow.forbidden-role");
        row("out-of-scope-dept-accept", kRubbish, "dispatched", CaseAction::DeptAccept, "userB", 5,
            "", 0, "workflow.out-of-scope");
        row("out-of-scope-feedback", kRubbish, "disposing", CaseAction::Feedback, "userB", 5, "", 0,
            "workflow.out-of-scope");
        row("out-of-scope-request-return", kCover, "disposing", CaseAction::RequestReturn, "userA",
            5, "", 0, "workflow.out-of-scope");
        row("time-before-last-change", kRubbish, "reported", CaseAction::Accept, "op", -1, "", 0,
            "case.time-order");
        row("time-before-last-change-dispatch", kRubbish, "filed", CaseAction::Dispatch, "dp", -30,
            "", 0, "case.time-order");
        row("unknown-department", kRubbish, "filed", CaseAction::Dispatch, "dp", 5, "D99", 0,
            "case.unknown-department");
        row("no-responsible-department", "event:0201", "filed", CaseAction::Dispatch, "dp", 5, "",
            0, "case.no-department");
        row("redispatch-same-department", kRubbish, "dispatched", CaseAction::Redispatch, "dp", 5,
            "D01", 0, "case.same-department");
        row("postpone-without-hours", kRubbish, "disposing", CaseAction::RequestPostpone, "userA",
            5, "", 0, "case.extension-missing");
        // 30 working days of 8 h are the default cap: 241 h and 2^31-1 h are refused at once.
        row("postpone-over-cap", kRubbish, "disposing", CaseAction::RequestPostpone, "userA", 5, "",
            241, "case.extension-too-long");
        row("postpone-int-max", kRubbish, "disposing", CaseAction::RequestPostpone, "userA", 5, "",
            2147483647, "case.extension-too-long");
        row("postpone-hundred-million", kRubbish, "disposing", CaseAction::RequestPostpone, "userA",
            5, "", 100000000, "case.extension-too-long");
        // Times outside [2000-01-01, now + 1 day].
        row("time-far-future", kRubbish, "reported", CaseAction::Accept, "op", 60 * 24 * 365 * 10,
            "", 0, "case.time-out-of-range");
    }

    void refusedAction()
    {
        QFETCH(QString, category);
        QFETCH(QString, until);
        QFETCH(int, action);
        QFETCH(QString, who);
        QFETCH(int, minutes);
        QFETCH(QString, department);
        QFETCH(int, hours);
        Storage::CaseRow row;
        QVERIFY(f.openCase(row, until, category));
        QCOMPARE(row.state, until);
        const Storage::CaseRow before = f.stored(row.id);
        const Counts countsBefore = f.counts();

        auto r = f.tryAct(row, CaseAction(action), this->f.who(who),
                          row.updatedAt.addSecs(60 * minutes), department, hours);
        QVERIFY(!r);
        QTEST(CcTest::codeOf(r), "code");
        QVERIFY(!CcTest::messageOf(r).isEmpty());

        // Nothing changed: the caller's row, the stored row, the events and the outbox.
        QCOMPARE(row.version, before.version);
        QCOMPARE(row.state, before.state);
        const Storage::CaseRow after = f.stored(row.id);
        QCOMPARE(after.version, before.version);
        QCOMPARE(after.state, before.state);
        QCOMPARE(after.updatedAt, before.updatedAt);
        QCOMPARE(after.departmentId, before.departmentId);
        QCOMPARE(after.stageDeadline, before.stageDeadline);
        QVERIFY(f.counts() == countsBefore);
        QCOMPARE(f.events(row.id).size(), before.version);
    }

    void refusedReport_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("grid");
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("code");
        const int normal = int(Core::CaseLevel::Normal);
        QTest::newRow("unknown-category")
            << "event:9999"
            << "collector" << kGridA << "col" << normal << "case.unknown-category";
        QTest::newRow("unknown-channel")
            << kRubbish << "fax" << kGridA << "col" << normal << "case.unknown-channel";
        QTest::newRow("unknown-grid") << kRubbish << "collector"
                                      << "41052300100199"
                                      << "col" << normal << "case.unknown-grid";
        QTest::newRow("unknown-level") << kRubbish << "collector" << kGridA << "col"
                                       << int(Core::CaseLevel::Invalid) << "case.unknown-level";
        QTest::newRow("forbidden-role-dispatcher")
            << kRubbish << "collector" << kGridA << "dp" << normal << "workflow.forbidden-role";
        QTest::newRow("forbidden-role-department")
            << kRubbish << "collector" << kGridA << "userA" << normal << "workflow.forbidden-role";
        QTest::newRow("collector-channel-by-operator")
            << kRubbish << "collector" << kGridA << "op" << normal << "case.channel-role";
        QTest::newRow("hotline-by-collector")
            << kRubbish << "hotline-12345" << kGridA << "col" << normal << "case.channel-role";
    }

    void refusedReport()
    {
        QFETCH(QString, category);
        QFETCH(QString, channel);
        QFETCH(QString, grid);
        QFETCH(QString, who);
        QFETCH(int, level);
        Storage::CaseRow first;
        QVERIFY(f.report(first, kRubbish, f.col, cst(2026, 3, 9, 9, 0)));
        const Counts before = f.counts();
        Cases::NewReport report;
        report.categoryKey = category;
        report.channel = channel;
        report.gridCode = grid;
        report.level = Core::CaseLevel(level);
        report.at = cst(2026, 3, 9, 9, 5);
        auto r = f.service->report(report, this->f.who(who));
        QVERIFY(!r);
        QTEST(CcTest::codeOf(r), "code");
        QVERIFY(f.counts() == before);
        // The number sequence did not move.
        Storage::CaseRow next;
        QVERIFY(f.report(next, kRubbish, f.col, cst(2026, 3, 9, 9, 10)));
        QCOMPARE(next.number, QStringLiteral("2026-000002"));
    }

    void refusedReportInput_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("code");
        const double nan = std::nan(""), inf = std::numeric_limits<double>::infinity();
        const QDateTime ok = cst(2026, 3, 9, 9, 5);
        const double x = 114.0005, y = 35.0005; // inside grid A
        QTest::newRow("lon-nan") << nan << y << ok << "case.bad-location";
        QTest::newRow("lat-nan") << x << nan << ok << "case.bad-location";
        QTest::newRow("lon-inf") << inf << y << ok << "case.bad-location";
        QTest::newRow("lon-1e308") << 1e308 << y << ok << "case.bad-location";
        QTest::newRow("lat-minus-1e308") << x << -1e308 << ok << "case.bad-location";
        QTest::newRow("lon-181") << 181.0 << y << ok << "case.bad-location";
        QTest::newRow("lat-91") << x << 91.0 << ok << "case.bad-location";
        QTest::newRow("dated-1900") << x << y << cst(1900, 1, 1, 9, 0) << "case.time-out-of-range";
        QTest::newRow("dated-1999")
            << x << y << cst(1999, 12, 31, 23, 0) << "case.time-out-of-range";
        QTest::newRow("dated-9999")
            << x << y << QDateTime(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::utc())
            << "case.time-out-of-range";
        QTest::newRow("dated-next-week")
            << x << y << QDateTime::currentDateTimeUtc().addDays(7) << "case.time-out-of-range";
        QTest::newRow("accepted") << x << y << ok << "ok";
    }

    void refusedReportInput()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QDateTime, at);
        const Counts before = f.counts();
        Cases::NewReport report;
        report.categoryKey = kRubbish;
        report.channel = QStringLiteral("collector");
        report.location = QPointF(lon, lat);
        report.at = at;
        auto r = f.service->report(report, f.col);
        QTEST(codeOf(r), "code");
        if (!r) {
            QVERIFY(!CcTest::messageOf(r).isEmpty());
            QVERIFY(f.counts() == before);
        } else {
            QCOMPARE(r->gridCode, kGridA);
        }
    }

    void extensionCapIsASetting()
    {
        // The cap comes from the database's settings; approving more than it is refused too.
        QVERIFY(Storage::SettingRepository(*f.db).set("case.max-extension-working-days", "2"));
        Cases::CaseService service(*f.db, Core::CategoryDictionary::builtin(),
                                   Core::WorkCalendar::chinaDefault());
        QCOMPARE(service.rules().maxExtensionWorkingDays, 2);
        QCOMPARE(service.maxExtensionHours(), 16);
        Storage::CaseRow row;
        QVERIFY(f.openCase(row, "disposing"));
        Cases::ActionRequest request;
        request.action = CaseAction::RequestPostpone;
        request.extensionHours = 17;
        request.at = cst(2026, 3, 9, 10, 0);
        QCOMPARE(codeOf(service.act(row, request, f.userA)),
                 QStringLiteral("case.extension-too-long"));
        request.extensionHours = 16;
        QCOMPARE(codeOf(service.act(row, request, f.userA)), QStringLiteral("ok"));
        Cases::ActionRequest approve;
        approve.action = CaseAction::ApprovePostpone;
        approve.extensionHours = 100;
        approve.at = cst(2026, 3, 9, 10, 10);
        QCOMPARE(codeOf(service.act(row, approve, f.sl)),
                 QStringLiteral("case.extension-too-long"));
        approve.extensionHours = 0; // as asked: 16 h from Mon 15:15 → Wed 15:15
        QCOMPARE(codeOf(service.act(row, approve, f.sl)), QStringLiteral("ok"));
        QCOMPARE(f.stored(row.id).disposalDeadline, utc("2026-03-11T07:15:00Z"));
        // An unusable setting falls back to the default.
        QVERIFY(Storage::SettingRepository(*f.db).set("case.max-extension-working-days", "many"));
        QCOMPARE(Cases::CaseRules::load(*f.db).maxExtensionWorkingDays, 30);
    }

    void refusedActor_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown-user") << "nobody" << int(Role::Operator) << "auth.unknown-user";
        QTest::newRow("inactive-user") << "gone01" << int(Role::Operator) << "auth.unknown-user";
        QTest::newRow("role-not-held") << "op01" << int(Role::ShiftLeader) << "auth.role-not-held";
        QTest::newRow("collector-as-department")
            << "col01" << int(Role::Department) << "auth.role-not-held";
        QTest::newRow("invalid-role") << "op01" << int(Role::Invalid) << "auth.unknown-role";
    }

    void refusedActor()
    {
        QFETCH(QString, login);
        QFETCH(int, role);
        const Counts before = f.counts();
        auto actor = f.service->actor(login, Role(role));
        QVERIFY(!actor);
        QTEST(CcTest::codeOf(actor), "code");
        QVERIFY(f.counts() == before);
    }

    void forgedActor_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("code");
        // Hand-made Actor claims, as a forged request would carry them.
        QTest::newRow("unknown-id") << "no-such-id" << int(Role::ShiftLeader) << ""
                                    << "auth.unknown-user";
        QTest::newRow("dispatcher-claims-shift-leader") << "dp" << int(Role::ShiftLeader) << ""
                                                        << "auth.role-not-held";
        QTest::newRow("department-claims-other-department")
            << "userA" << int(Role::Department) << "B"
            << "auth.department-mismatch";
    }

    void forgedActor()
    {
        QFETCH(QString, userId);
        QFETCH(int, role);
        QFETCH(QString, department);
        Storage::CaseRow row;
        QVERIFY(f.openCase(row, "disposing"));
        Cases::Actor forged = f.who(userId);
        if (forged.userId.isEmpty())
            forged.userId = userId;
        forged.role = Role(role);
        if (department == QLatin1String("B"))
            forged.departmentId = f.userB.departmentId;
        const Counts before = f.counts();
        const CaseAction action = forged.role == Role::Department ? CaseAction::Feedback
                                                                  : CaseAction::Supervise;
        auto r = f.tryAct(row, action, forged, cst(2026, 3, 9, 10, 0));
        QTEST(codeOf(r), "code");
        QVERIFY(f.counts() == before);
    }

    void pointOutsideItsGrid()
    {
        const Counts before = f.counts();
        Cases::NewReport report;
        report.channel = QStringLiteral("collector");
        report.categoryKey = kRubbish;
        report.gridCode = kGridA;
        report.location = QPointF(100.0, 20.0); // far from grid A
        report.at = cst(2026, 3, 9, 9, 0);
        auto r = f.service->report(report, f.col);
        QVERIFY(!r);
        QCOMPARE(CcTest::codeOf(r), QStringLiteral("case.point-outside-grid"));
        QVERIFY(f.counts() == before);
    }
};

QTEST_GUILESS_MAIN(TestCaseRefusals)
#include "tst_caserefusals.moc"
