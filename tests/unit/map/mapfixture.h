// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tiny city for the map tests: one street, one community of 2 × 2 unit grids, one
// responsibility grid, a supervisor and an operator, in a fresh GeoPackage.

#include <cc/core/role.h>
#include <cc/core/uuid.h>
#include <cc/map/griddocument.h>
#include <cc/storage/repositories.h>

#include <QTemporaryDir>

namespace MapFixture {

inline constexpr double X0 = 114.30, Y0 = 35.90, S = 0.002;
inline const QString kStreet = QStringLiteral("410523001");
inline const QString kCommunity = QStringLiteral("410523001001");

inline QPointF at(double i, double j)
{
    return QPointF(X0 + i * S, Y0 + j * S);
}

inline Cc::Geo::Ring cell(double i0, double j0, double i1, double j1)
{
    return {at(i0, j0), at(i1, j0), at(i1, j1), at(i0, j1), at(i0, j0)};
}

inline QString code(int n)
{
    return kCommunity + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

/// Grids 01 (sw), 02 (se), 03 (nw), 04 (ne) with fixed ids "g1" … "g4".
inline QList<Cc::Map::GridPolygon> grids()
{
    return {{"g1", code(1), kCommunity, "R01", 1, {cell(0, 0, 1, 1)}},
            {"g2", code(2), kCommunity, "R01", 1, {cell(1, 0, 2, 1)}},
            {"g3", code(3), kCommunity, "R01", 1, {cell(0, 1, 1, 2)}},
            {"g4", code(4), kCommunity, "R01", 1, {cell(1, 1, 2, 2)}}};
}

inline void resetDocument(Cc::Map::GridDocument &doc)
{
    doc.reset(grids(), {{kCommunity, {cell(0, 0, 2, 2)}}}, {{"R01", {cell(0, 0, 2, 2)}}});
    doc.setEditorRole(Cc::Core::Role::Supervisor);
}

/// Writes the tiny city into `path`; returns an empty string or what failed.
inline QString writeDatabase(Cc::Storage::Database &db)
{
    using namespace Cc::Storage;
    SpatialRepository spatial(db);
    auto id = [] { return Cc::Core::uuidText(Cc::Core::makeUuidV7()); };
    if (auto r = spatial.insert(StreetRow{id(), kStreet, "城关镇", {cell(0, 0, 2, 2)}}); !r)
        return r.error().message;
    if (auto r = spatial.insert(
            CommunityRow{id(), kCommunity, "东关社区", kStreet, {cell(0, 0, 2, 2)}});
        !r)
        return r.error().message;
    if (auto r = spatial.insert(
            ResponsibilityGridRow{id(), "R01", "责任网格 01", {cell(0, 0, 2, 2)}});
        !r)
        return r.error().message;
    for (const Cc::Map::GridPolygon &g : grids()) {
        if (auto r = spatial.insert(
                UnitGridRow{g.id, g.code, g.communityCode, g.responsibilityCode, 40000, 1, g.geom});
            !r)
            return r.error().message;
    }
    UserRepository users(db);
    UserRow sup{id(), "sup01", "督查员",
                "",   "",      "",
                "",   true,    {Cc::Core::roleId(Cc::Core::Role::Supervisor)}};
    UserRow op{id(), "op01", "受理员",
               "",   "",     "",
               "",   true,   {Cc::Core::roleId(Cc::Core::Role::Operator)}};
    if (auto r = users.upsert(sup); !r)
        return r.error().message;
    if (auto r = users.upsert(op); !r)
        return r.error().message;
    return {};
}

} // namespace MapFixture
