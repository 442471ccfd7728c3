// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QDateTime>

#include <functional>

namespace Cc::Demo {

/// The password of every demo user (op01, sl01, dp01, d01, col01, admin …), so a person can
/// log in to a demo city. For the demo only: a real city's users get their own passwords
/// (cityctl user passwd), and anyone who has read this line knows this one.
inline constexpr char kDemoPassword[] = "citycommand";

/// What the demo city should hold. The defaults model the seed cities (docs/design.md §9):
/// a county town of about 38.6 km² on its streets and river (README, "The demo city") with
/// 1,738 unit grids in 21 responsibility grids, 29 departments, 30 cameras, 63 collectors,
/// 100,000 components and a year of ~67,000 cases.
struct DemoOptions
{
    quint64 seed = 20261123;
    int cases = 67000;
    int components = 100000;
    /// Unit grids the town's blocks are divided into (following its streets, river and
    /// walls); at least one per lot of a block (about 250), which a smaller number gets.
    int unitGrids = 1738;
    int cameras = 30;
    int collectors = 63;
    /// The year of cases ends here (cases still running then stay open). Invalid: now,
    /// rounded down to the minute. Same seed + same end = same city and cases.
    QDateTime end;
    QString cameraUrlBase = QStringLiteral("rtsp://127.0.0.1:8554"); ///< camsim's address
};

struct DemoSummary
{
    int unitGrids = 0, responsibilityGrids = 0, communities = 0, streets = 0;
    int roads = 0, places = 0, intersections = 0; ///< the gazetteer (docs/gazetteer.md)
    int departments = 0, users = 0, cameras = 0, components = 0;
    int cases = 0, actions = 0, refusedActions = 0;
};

/// Writes the demo city into an empty database: reference data, the spatial layers, users
/// and a year of cases produced by running the real state machine through CaseService (no
/// hand-set states). Refuses a database that already holds cases or grids.
/// `progress(done, total, what)` is called now and then.
Result<DemoSummary> writeDemoCity(
    Storage::Database &db, const DemoOptions &options,
    const std::function<void(int, int, const QString &)> &progress = {});

} // namespace Cc::Demo
