// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/category.h>
#include <cc/core/result.h>
#include <cc/geo/hexgrid.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QList>
#include <QPointF>

namespace Cc::Cases {

/// What the density layer counts (docs/hotspots.md): the cases reported in [from, to) — UTC
/// instants of the city's days, the caller's CityContext turns dates into them — of one
/// category or all, binned into hexagons `cellM` apart. 不予受理 and 作废 reports are no
/// problems on the ground and are left out.
struct HotspotQuery
{
    QDateTime from, to;
    /// Empty: every case. "part" / "event": a kind; "part:01": a 大类; "event:0502": a 小类.
    QString category;
    double cellM = 250;
    /// Centre of cell (0, 0); null: hotspotOrigin(db), so every period and category of a
    /// city shares one set of cells.
    QPointF origin;
};

/// The bounds the service holds every caller to.
inline constexpr double kMinCellM = 50;
inline constexpr double kMaxCellM = 5000;
inline constexpr int kMaxPeriodDays = 5 * 366;

struct HotspotCell
{
    Geo::HexCell cell;
    QPointF centre; ///< lon/lat
    int count = 0;
};

struct HotspotLayer
{
    HotspotQuery query;         ///< as computed (origin filled in)
    QList<HotspotCell> cells;   ///< cells with cases, most cases first (ties: south, then west)
    qint64 total = 0;           ///< cases counted (= the sum of the cells' counts)
    qint64 withoutLocation = 0; ///< cases of the period without a point (not on the map)
    /// Upper bounds of the legend's classes (ascending, the last = the busiest cell's count):
    /// quantiles of the cells' counts, so a few very busy cells do not wash out the rest.
    QList<int> breaks;

    Geo::HexGrid grid() const { return Geo::HexGrid(query.cellM, query.origin); }
    /// The legend class (0 … breaks.size() - 1) of a count.
    int classOf(int count) const;
};

/// Checks a query before anything is read: "hotspot.bad-period" (to not after from, longer
/// than kMaxPeriodDays), "hotspot.bad-cell-size" (outside kMinCellM–kMaxCellM, not finite),
/// "hotspot.unknown-category" (not a kind, 大类 or 小类 of `categories`).
Result<void> validateHotspotQuery(const HotspotQuery &query,
                                  const Core::CategoryDictionary &categories);

/// The city's fixed origin of hexagons: the centre of the unit grids' extent, rounded to
/// 0.01° (so small grid edits do not move the cells); (0, 0) for a city without grids.
Result<QPointF> hotspotOrigin(Storage::Database &db);

/// The density layer (validates the query first).
Result<HotspotLayer> hotspotLayer(Storage::Database &db, const HotspotQuery &query,
                                  const Core::CategoryDictionary &categories);

/// Bins points into the query's cells (the part of hotspotLayer after reading; for tests).
HotspotLayer binPoints(const HotspotQuery &query, const QList<QPointF> &points);

/// One 小类 of the 高发问题 ranking: its reports in the period and in the period of the same
/// length just before it.
struct CategoryTrend
{
    QString categoryKey;
    qint64 count = 0;
    qint64 previous = 0;
    /// (count − previous) / previous; NaN when the previous period had none ("—", not ∞).
    double change() const;
};

/// The `limit` 小类 with the most valid reports in [from, to) (ties: the key), with the
/// previous period's counts: the bulletin's top-10 高发问题.
Result<QList<CategoryTrend>> topCategories(Storage::Database &db, const QDateTime &from,
                                           const QDateTime &to, int limit = 10);

} // namespace Cc::Cases
