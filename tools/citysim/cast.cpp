// SPDX-License-Identifier: GPL-3.0-or-later
#include "cast.h"

#include <cc/core/category.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include <QHash>

namespace Cc::CitySim {

namespace {

QPolygonF polygonOf(const Storage::UnitGridRow &grid)
{
    QPolygonF ring;
    for (const QPointF &p : grid.geom.first())
        ring << p;
    return ring;
}

} // namespace

Result<Cast> readCast(const QString &dbPath, int collectors, int departments)
{
    auto db = Storage::Database::open(dbPath, Storage::Database::OpenMode::ReadOnly);
    if (!db)
        return db.error();
    auto grids = Storage::SpatialRepository(*db.value()).unitGrids();
    if (!grids)
        return grids.error();
    Cast cast;
    QHash<QString, QList<QPolygonF>> byResponsibility;
    for (const Storage::UnitGridRow &grid : grids.value()) {
        cast.cityGrids << polygonOf(grid);
        byResponsibility[grid.responsibilityCode] << polygonOf(grid);
    }
    auto people = db.value()->prepare(QStringLiteral(
        "SELECT u.login, r.role, u.responsibility_code, COALESCE(u.department_id, '') "
        "FROM app_user u JOIN user_role r ON r.user_id = u.id "
        "WHERE u.active = 1 AND r.role IN ('collector', 'department') ORDER BY u.login"));
    if (!people)
        return people.error();
    QStringList departmentsSeen;
    while (people.value().step().value()) {
        const QString login = people.value().text(0), role = people.value().text(1);
        if (role == QLatin1String("collector") && cast.collectors.size() < collectors) {
            const QList<QPolygonF> mine = byResponsibility.value(people.value().text(2));
            if (!mine.isEmpty())
                cast.collectors.append({login, mine, mine.first().boundingRect().center()});
        } else if (role == QLatin1String("department") && cast.departmentUsers.size() < departments
                   && !departmentsSeen.contains(people.value().text(3))) {
            departmentsSeen << people.value().text(3);
            cast.departmentUsers << login;
        }
    }
    // 事件 of the shipped dictionary (a city's own dictionary has these too: 12345 and the
    // phones report events; components need a component code).
    for (const Core::Category &c :
         Core::CategoryDictionary::builtin().categories(Core::CaseKind::Event))
        cast.categories << c.key();
    return cast;
}

QPointF pointIn(const QPolygonF &ring, QRandomGenerator &random)
{
    const QRectF box = ring.boundingRect();
    for (int i = 0; i < 200; ++i) {
        const QPointF p(box.left() + random.generateDouble() * box.width(),
                        box.top() + random.generateDouble() * box.height());
        if (ring.containsPoint(p, Qt::OddEvenFill))
            return p;
    }
    return box.center();
}

} // namespace Cc::CitySim
