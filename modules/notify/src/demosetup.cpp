// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/role.h>
#include <cc/core/uuid.h>
#include <cc/notify/demosetup.h>
#include <cc/notify/notifysettings.h>
#include <cc/notify/rules.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

namespace Cc::Notify {

namespace {

/// Unit heads' names for the demo, one per department in order (then repeated).
const char *const kHeadNames[] = {"王建国", "李卫东", "张振华", "刘志强", "陈国栋", "杨永生",
                                  "赵立新", "黄志远", "周海涛", "吴春明", "徐光明", "孙德胜"};

} // namespace

Result<DemoSetup> installDemoSetup(Storage::Database &db)
{
    DemoSetup done;
    Storage::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    auto departments = Storage::DepartmentRepository(db).all();
    if (!departments)
        return departments.error();
    Storage::UserRepository users(db);
    NotifySettings settings(db);
    int i = 0;
    for (const Storage::DepartmentRow &d : departments.value()) {
        const QString login = d.code.toLower() + QStringLiteral("-head");
        auto existing = users.findByLogin(login);
        if (!existing)
            return existing.error();
        if (!existing.value()) {
            // The demo's password, as every demo user has: the department's own user's hash.
            auto hash = db.prepare(QStringLiteral(
                "SELECT password_hash FROM app_user WHERE department_id = ?1 LIMIT 1"));
            if (!hash)
                return hash.error();
            hash->bindText(1, d.id);
            auto found = hash->step();
            if (!found)
                return found.error();
            Storage::UserRow row;
            row.passwordHash = found.value() ? hash->text(0) : QString();
            row.id = Core::uuidText(Core::makeUuidV7(QDateTime::currentMSecsSinceEpoch()));
            row.login = login;
            row.displayName = QString::fromUtf8(kHeadNames[i % std::size(kHeadNames)]);
            row.departmentId = d.id;
            row.phone = QStringLiteral("138%1").arg(10000000 + i * 7919, 8, 10, QLatin1Char('0'));
            row.roles = {Core::roleId(Core::Role::Department)};
            if (auto r = users.upsert(row); !r)
                return r.error();
        }
        if (auto r = settings.setContact({login, {}, {}, {}, true}); !r)
            return r.error();
        ++done.unitHeads;
        ++i;
    }
    auto rules = RuleStore(db).installDefaults();
    if (!rules)
        return rules.error();
    done.rules = rules.value();
    if (auto r = settings.setQuietHours({QTime(22, 0), QTime(7, 0)}); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return done;
}

} // namespace Cc::Notify
