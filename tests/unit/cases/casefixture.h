// SPDX-License-Identifier: GPL-3.0-or-later
// A tiny city for the cases tests: 3 categories, 2 departments with routing, one user per
// post, one responsibility grid with two unit grids, and helpers that drive CaseService.
#pragma once

#include <cc/cases/caseservice.h>
#include <cc/core/category.h>
#include <cc/core/uuid.h>
#include <cc/core/workcalendar.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include "resultcheck.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace CcTest {

using namespace Cc;
using Core::CaseAction;
using Core::Role;

// Coordinates exactly representable in binary (multiples of 1/1024°), so that points on an
// edge or a vertex are exactly on it. Grid A = [X0, X1] × [Y0, Y1], grid B = [X1, X2] × [Y0, Y1].
inline constexpr double kX0 = 114.0;
inline constexpr double kX1 = 114.0009765625;
inline constexpr double kX2 = 114.001953125;
inline constexpr double kY0 = 35.0;
inline constexpr double kY1 = 35.0009765625;

inline const QString kGridA = QStringLiteral("41052300100101");
inline const QString kGridB = QStringLiteral("41052300100102");
inline const QString kCommunity = QStringLiteral("410523001001");
inline const QString kResp = QStringLiteral("R01");
inline const QString kRubbish = QStringLiteral("event:0102");   // 暴露垃圾 4wh / urgent 2wh
inline const QString kDirtyRoad = QStringLiteral("event:0104"); // 道路不洁 2wh
inline const QString kCover = QStringLiteral("part:0101");      // 上水井盖 2wd / urgent 6h

/// Local time in Asia/Shanghai.
inline QDateTime cst(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Asia/Shanghai"));
}

/// A literal UTC time, "2026-03-09T02:00:00Z".
inline QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return t.toUTC();
}

inline Storage::PolygonRings rect(double x0, double y0, double x1, double y1)
{
    return {{QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1), QPointF(x0, y0)}};
}

/// What a refused step must leave as it was.
struct Counts
{
    qint64 cases, events, outbox;
    friend bool operator==(const Counts &, const Counts &) = default;
};

class Fixture
{
public:
    QTemporaryDir dir;
    std::unique_ptr<Storage::Database> db;
    std::unique_ptr<Cases::CaseService> service;
    QString deptA, deptB; ///< ids of D01 环卫所 and D02 市政所
    Cases::Actor op, sl, dp, userA, userB, col, col2, sv;

    /// Builds the city in a new database file (again on every call, for init());
    /// check QTest::currentTestFailed() afterwards.
    void setUp()
    {
        service.reset();
        db.reset();
        QVERIFY(dir.isValid());
        auto opened = Storage::Database::open(dir.filePath(
                                                  QStringLiteral("city-%1.gpkg").arg(++m_files)),
                                              Storage::Database::OpenMode::Create);
        CC_VERIFY_OK(opened);
        db = std::move(opened.value());

        const Core::CategoryDictionary &dict = Core::CategoryDictionary::builtin();
        Storage::CategoryRepository categories(*db);
        for (const QString &key : {kRubbish, kDirtyRoad, kCover}) {
            const Core::Category *c = dict.findByKey(key);
            QVERIFY2(c, qPrintable(key));
            const Storage::CategoryRow row{c->key(),
                                           Core::kindId(c->kind),
                                           c->code,
                                           c->majorCode(),
                                           c->nameZh,
                                           c->nameEn,
                                           c->limitUrgent.toString(),
                                           c->limitNormal.toString(),
                                           c->filingConditions,
                                           c->closingConditions,
                                           c->departmentType};
            QVERIFY(categories.upsert(row));
        }

        Storage::DepartmentRepository departments(*db);
        deptA = newId();
        deptB = newId();
        QVERIFY(
            departments.upsert({deptA, "D01", "环卫所", "Sanitation", 1, {}, "sanitation", {}}));
        QVERIFY(departments.upsert({deptB, "D02", "市政所", "Municipal", 1, {}, "municipal", {}}));
        // Rubbish and dirty roads go to D01 city-wide, covers to D02; in R01 D02 also
        // sweeps roads, and a grid-bound department comes before a city-wide one.
        QVERIFY(departments.addCategory({deptA, kRubbish, {}}));
        QVERIFY(departments.addCategory({deptA, kDirtyRoad, {}}));
        QVERIFY(departments.addCategory({deptB, kCover, {}}));
        QVERIFY(departments.addCategory({deptB, kDirtyRoad, kResp}));

        Storage::UserRepository users(*db);
        auto add = [&](const QString &login, const QStringList &roles, const QString &dept = {},
                       const QString &resp = {}, bool active = true) {
            return users.upsert(
                {newId(), login, login.toUpper(), {}, dept, resp, {}, active, roles});
        };
        QVERIFY(add("op01", {"operator"}));
        QVERIFY(add("sl01", {"shift-leader"}));
        QVERIFY(add("dp01", {"dispatcher"}));
        QVERIFY(add("d01", {"department"}, deptA));
        QVERIFY(add("d02", {"department"}, deptB));
        QVERIFY(add("col01", {"collector"}, {}, kResp));
        QVERIFY(add("col02", {"collector"}, {}, kResp));
        QVERIFY(add("sv01", {"supervisor"}));
        QVERIFY(add("gone01", {"operator"}, {}, {}, false));

        Storage::SpatialRepository spatial(*db);
        QVERIFY(spatial.insert(Storage::ResponsibilityGridRow{newId(), kResp, "一号责任网格",
                                                              rect(kX0, kY0, kX2, kY1)}));
        QVERIFY(spatial.insert(Storage::UnitGridRow{newId(), kGridA, kCommunity, kResp, 9500, 1,
                                                    rect(kX0, kY0, kX1, kY1)}));
        QVERIFY(spatial.insert(Storage::UnitGridRow{newId(), kGridB, kCommunity, kResp, 9500, 1,
                                                    rect(kX1, kY0, kX2, kY1)}));

        service = std::make_unique<Cases::CaseService>(*db, dict,
                                                       Core::WorkCalendar::chinaDefault());
        struct
        {
            Cases::Actor *actor;
            const char *login;
            Role role;
        } posts[] = {{&op, "op01", Role::Operator},     {&sl, "sl01", Role::ShiftLeader},
                     {&dp, "dp01", Role::Dispatcher},   {&userA, "d01", Role::Department},
                     {&userB, "d02", Role::Department}, {&col, "col01", Role::Collector},
                     {&col2, "col02", Role::Collector}, {&sv, "sv01", Role::Supervisor}};
        for (const auto &p : posts) {
            auto a = service->actor(QString::fromLatin1(p.login), p.role);
            CC_VERIFY_OK(a);
            *p.actor = a.value();
        }
        QCOMPARE(userA.departmentId, deptA);
    }

    static QString newId() { return Core::uuidText(Core::makeUuidV7()); }

    /// Reports a case; false (with the reason logged) when refused.
    bool report(Storage::CaseRow &out, const QString &category, const Cases::Actor &who,
                const QDateTime &at, const QString &channel = QStringLiteral("collector"),
                const QString &grid = kGridA, Core::CaseLevel level = Core::CaseLevel::Normal)
    {
        Cases::NewReport r;
        r.channel = channel;
        r.categoryKey = category;
        r.level = level;
        r.gridCode = grid;
        r.at = at;
        r.description = QStringLiteral("测试案卷");
        auto row = service->report(r, who);
        if (!row) {
            qWarning("report refused: %s [%s]", qPrintable(row.error().message),
                     qPrintable(row.error().code));
            return false;
        }
        out = row.value();
        return true;
    }

    /// Runs one action; false (with the reason logged) when refused.
    bool act(Storage::CaseRow &row, CaseAction action, const Cases::Actor &who, const QDateTime &at,
             const QString &department = {}, int hours = 0)
    {
        auto r = tryAct(row, action, who, at, department, hours);
        if (!r) {
            qWarning("%s refused: %s [%s]", qPrintable(Core::actionId(action)),
                     qPrintable(r.error().message), qPrintable(r.error().code));
            return false;
        }
        return true;
    }

    Result<void> tryAct(Storage::CaseRow &row, CaseAction action, const Cases::Actor &who,
                        const QDateTime &at, const QString &department = {}, int hours = 0)
    {
        Cases::ActionRequest request;
        request.action = action;
        request.at = at;
        request.departmentId = department;
        request.extensionHours = hours;
        return service->act(row, request, who);
    }

    /// The stored row, or a default row when missing.
    Storage::CaseRow stored(const QString &id)
    {
        auto row = service->find(id);
        return row ? row.value() : Storage::CaseRow{};
    }

    QList<Storage::CaseEventRow> events(const QString &caseId)
    {
        auto events = Storage::CaseEventRepository(*db).forCase(caseId);
        return events ? events.value() : QList<Storage::CaseEventRow>{};
    }

    qint64 rows(const char *table) { return db->rowCount(QString::fromLatin1(table)); }
    Counts counts() { return {rows("case_record"), rows("case_event"), rows("outbox")}; }

    /// The actor for a short key: op, sl, dp, userA, userB, col, sv.
    const Cases::Actor &who(const QString &key)
    {
        static const Cases::Actor none;
        const QHash<QString, const Cases::Actor *> byKey = {{"op", &op},       {"sl", &sl},
                                                            {"dp", &dp},       {"userA", &userA},
                                                            {"userB", &userB}, {"col", &col},
                                                            {"sv", &sv}};
        return byKey.contains(key) ? *byKey.value(key) : none;
    }

    /// A case reported by col01 on Monday 2026-03-09 09:00 (local) and driven on the standard
    /// path up to `until`: accept 09:05, file 09:10, dispatch 09:15 (to the suggested
    /// department; 暴露垃圾 4wh → disposal deadline 09:15 + 2h45 + 1h15 = 15:15 = 07:15Z),
    /// dept-accept 09:30.
    bool openCase(Storage::CaseRow &row, const QString &until, const QString &category = kRubbish)
    {
        if (!report(row, category, col, cst(2026, 3, 9, 9, 0)))
            return false;
        struct
        {
            const char *state;
            CaseAction action;
            const Cases::Actor *who;
            int minute;
        } path[] = {{"reported", CaseAction::Accept, &op, 5},
                    {"pending-filing", CaseAction::File, &sl, 10},
                    {"filed", CaseAction::Dispatch, &dp, 15},
                    {"dispatched", CaseAction::DeptAccept, nullptr, 30}};
        for (const auto &step : path) {
            if (until == QLatin1String(step.state))
                return true;
            const Cases::Actor &actor = step.who ? *step.who
                                                 : (row.departmentId == deptA ? userA : userB);
            if (!act(row, step.action, actor, cst(2026, 3, 9, 9, step.minute)))
                return false;
        }
        return until == QLatin1String("disposing");
    }

private:
    int m_files = 0;
};

/// -1 unset, 0 false, 1 true.
inline int tri(const std::optional<bool> &b)
{
    return b ? int(*b) : -1;
}

} // namespace CcTest
