// SPDX-License-Identifier: GPL-3.0-or-later
// tools/citysim against the real citygate on a small demo city, time running 300× faster:
// its collectors walk (positions) and report, the 12345 feed pushes 工单, a collector verifies
// the case the desk sent them, and a department's user takes and feeds back the case the desk
// dispatched to it — every write through citygate (docs/citygate.md, "The simulated city").
#include "../gui/democityfixture.h"
#include "citygateharness.h"

#include <cc/cases/auth.h>
#include <cc/cases/caseservice.h>
#include <cc/city/citycontext.h>
#include <cc/gate/apikeys.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Cc;
using namespace CitygateHarness;

namespace {
const QString kPassword = QStringLiteral("sim-pass-2026");
const QString kCitysim = QStringLiteral(CC_BINARY_DIR "/bin/citysim");
} // namespace

class TstCitysim : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    qint64 count(Storage::Database &db, const QString &sql, const QStringList &args = {})
    {
        auto n = db.scalar(sql, args);
        return n ? n.value() : -1;
    }

private slots:
    void cityAtWork()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath("city.gpkg");
        auto made = makeDemoCity(m_path, 0, 20);
        QVERIFY(made);
        Storage::Database &db = *made.value();
        // The cast as citysim reads it: the first collectors, the first user of each department.
        QStringList collectors, departmentUsers, departments;
        auto people = db.prepare(QStringLiteral(
            "SELECT u.login, r.role, COALESCE(u.department_id, '') FROM app_user u JOIN "
            "user_role r ON r.user_id = u.id WHERE u.active = 1 AND r.role IN ('collector', "
            "'department') ORDER BY u.login"));
        QVERIFY(people);
        while (people.value().step().value()) {
            const QString login = people.value().text(0), dept = people.value().text(2);
            if (people.value().text(1) == "collector" && collectors.size() < 3)
                collectors << login;
            else if (people.value().text(1) == "department" && departmentUsers.size() < 3
                     && !departments.contains(dept))
                departmentUsers << login, departments << dept;
        }
        Cases::AuthService auth(db);
        for (const QString &who : collectors + departmentUsers)
            QVERIFY(auth.setPassword(who, kPassword));
        const QString key = Gate::ApiKeys(db).add("12345-sim", "op01", {"hotline"}).value();

        // The desk's work for them: a case to verify in the first collector's grid, and one
        // dispatched to the first department.
        auto city = City::CityContext::load(db);
        QVERIFY(city);
        Cases::CaseService cases(db, city.value()->categories(), city.value()->calendar());
        auto user = Storage::UserRepository(db).findByLogin(collectors.first());
        QVERIFY(user && user->has_value());
        const QPointF inGrid = pointIn(db, (*user)->responsibilityCode).first;
        const auto actor = [&](const char *login, Core::Role role) {
            return cases.actor(login, role).value();
        };
        const auto registered = [&] {
            Cases::NewReport r;
            r.channel = "hotline-12345";
            r.categoryKey = "event:0102";
            r.description = "市民来电：垃圾";
            r.location = inGrid;
            return cases.report(r, actor("op01", Core::Role::Operator)).value();
        };
        const Storage::CaseRow toVerify = registered();
        QVERIFY(cases.act(toVerify.id, {Core::CaseAction::SendVerify},
                          actor("op01", Core::Role::Operator)));
        const Storage::CaseRow toDispose = registered();
        QVERIFY(cases.act(toDispose.id, {Core::CaseAction::Accept},
                          actor("op01", Core::Role::Operator)));
        QVERIFY(cases.act(toDispose.id, {Core::CaseAction::File},
                          actor("sl01", Core::Role::ShiftLeader)));
        Cases::ActionRequest dispatch{Core::CaseAction::Dispatch};
        dispatch.departmentId = departments.first();
        QVERIFY(cases.act(toDispose.id, dispatch, actor("dp01", Core::Role::Dispatcher)));
        made.value().reset();

        QProcess gate;
        const QString base = start(gate, m_path, {"--rate-limit", "0"});
        QVERIFY(!base.isEmpty());
        QProcess sim;
        sim.setProcessChannelMode(QProcess::MergedChannels);
        sim.start(kCitysim, {"--gate",
                             base,
                             "--db",
                             m_path,
                             "--key",
                             key,
                             "--password",
                             kPassword,
                             "--collectors",
                             "3",
                             "--departments",
                             "3",
                             "--reports-per-hour",
                             "12",
                             "--orders-per-hour",
                             "600",
                             "--speedup",
                             "300",
                             "--duration",
                             "30"});
        QVERIFY(sim.waitForFinished(60000));
        const QString said = QString::fromUtf8(sim.readAll());
        QCOMPARE(sim.exitCode(), 0);
        QCOMPARE(stop(gate), 0);

        auto after = Storage::Database::open(m_path, Storage::Database::OpenMode::ReadOnly);
        QVERIFY(after);
        Storage::Database &a = *after.value();
        const QString byCast = QStringLiteral("(SELECT id FROM app_user WHERE login IN ('%1'))")
                                   .arg((collectors + departmentUsers).join("','"));
        QVERIFY2(count(a, "SELECT count(*) FROM case_record WHERE channel = 'collector' AND "
                          "created_by IN "
                              + byCast)
                     > 0,
                 qPrintable(said));
        QVERIFY2(count(a, "SELECT count(*) FROM case_external WHERE platform = '12345-sim'") > 0,
                 qPrintable(said));
        QVERIFY2(count(a, "SELECT count(*) FROM collector_position") > 0, qPrintable(said));
        QVERIFY2(count(a,
                       "SELECT count(*) FROM case_event WHERE case_id = ?1 AND action IN "
                       "('verify-confirm', 'verify-reject')",
                       {toVerify.id})
                     == 1,
                 qPrintable(said));
        QVERIFY2(count(a,
                       "SELECT count(*) FROM case_event WHERE case_id = ?1 AND action IN "
                       "('dept-accept', 'feedback')",
                       {toDispose.id})
                     == 2,
                 qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TstCitysim)
#include "tst_citysim.moc"
