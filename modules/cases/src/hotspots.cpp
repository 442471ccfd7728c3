// SPDX-License-Identifier: GPL-3.0-or-later
// The density layer and the 高发问题 ranking (docs/hotspots.md).
#include <cc/cases/hotspots.h>

#include "casestr.h"
#include "hotspotread.h"

#include <cc/core/casestatemachine.h>
#include <cc/storage/geometry.h>

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Cc::Cases {

int HotspotLayer::classOf(int count) const
{
    for (int i = 0; i < breaks.size(); ++i) {
        if (count <= breaks[i])
            return i;
    }
    return int(breaks.size()) - 1;
}

double CategoryTrend::change() const
{
    return previous == 0 ? std::nan("") : double(count - previous) / double(previous);
}

Result<void> validateHotspotQuery(const HotspotQuery &query,
                                  const Core::CategoryDictionary &categories)
{
    if (!query.from.isValid() || !query.to.isValid() || query.to <= query.from)
        return makeError(QStringLiteral("hotspot.bad-period"),
                         Tr::tr("The period must end after it starts."));
    if (query.from.daysTo(query.to) > kMaxPeriodDays)
        return makeError(QStringLiteral("hotspot.bad-period"),
                         Tr::tr("A hotspot period may span at most %1 days.").arg(kMaxPeriodDays));
    if (!std::isfinite(query.cellM) || query.cellM < kMinCellM || query.cellM > kMaxCellM)
        return makeError(QStringLiteral("hotspot.bad-cell-size"),
                         Tr::tr("The cell size must be %1–%2 m, not %3.")
                             .arg(kMinCellM)
                             .arg(kMaxCellM)
                             .arg(query.cellM));
    if (!query.category.isEmpty() && !isKnownCategoryFilter(query.category, categories))
        return makeError(
            QStringLiteral("hotspot.unknown-category"),
            Tr::tr("“%1” is no kind, 大类 or 小类 of the category dictionary (e.g. event, "
                   "event:01, event:0102).")
                .arg(query.category));
    return {};
}

Result<QPointF> hotspotOrigin(Storage::Database &db)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT min(minx), max(maxx), min(miny), max(maxy) FROM rtree_grid_unit_geom"));
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value() || st->isNull(0))
        return QPointF(0, 0);
    const auto rounded = [](double v) { return std::round(v * 100) / 100; };
    return QPointF(rounded((st->real(0) + st->real(1)) / 2),
                   rounded((st->real(2) + st->real(3)) / 2));
}

HotspotLayer binPoints(const HotspotQuery &query, const QList<QPointF> &points)
{
    HotspotLayer layer;
    layer.query = query;
    const Geo::HexGrid grid = layer.grid();
    QHash<Geo::HexCell, int> counts;
    counts.reserve(4096);
    for (const QPointF &p : points) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y())) {
            ++layer.withoutLocation;
            continue;
        }
        ++counts[grid.cellAt(p)];
        ++layer.total;
    }
    layer.cells.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        layer.cells.append({it.key(), grid.centre(it.key()), it.value()});
    std::sort(layer.cells.begin(), layer.cells.end(),
              [](const HotspotCell &a, const HotspotCell &b) {
                  if (a.count != b.count)
                      return a.count > b.count;
                  return a.cell.r != b.cell.r ? a.cell.r < b.cell.r : a.cell.q < b.cell.q;
              });
    // Five classes at the quantiles of the cells' counts; equal bounds merge.
    if (!layer.cells.isEmpty()) {
        const qsizetype n = layer.cells.size();
        for (int k = 4; k >= 0; --k) {
            const int bound = layer.cells[std::min<qsizetype>(n - 1, (n * k) / 5)].count;
            if (layer.breaks.isEmpty() || bound > layer.breaks.last())
                layer.breaks.append(bound);
        }
    }
    return layer;
}

Result<HotspotLayer> hotspotLayer(Storage::Database &db, const HotspotQuery &query,
                                  const Core::CategoryDictionary &categories)
{
    if (auto valid = validateHotspotQuery(query, categories); !valid)
        return valid.error();
    HotspotQuery q = query;
    if (q.origin.isNull()) {
        auto origin = hotspotOrigin(db);
        if (!origin)
            return origin.error();
        q.origin = origin.value();
    }
    QList<QPointF> points;
    points.reserve(1 << 16);
    auto read = readReports(db, q.from, q.to, q.category, false,
                            [&points](const ReportView &row) { points.append(row.pos); });
    if (!read)
        return read.error();
    return binPoints(q, points);
}

Result<QList<CategoryTrend>> topCategories(Storage::Database &db, const QDateTime &from,
                                           const QDateTime &to, int limit)
{
    if (!from.isValid() || !to.isValid() || to <= from || from.daysTo(to) > kMaxPeriodDays)
        return makeError(QStringLiteral("hotspot.bad-period"),
                         Tr::tr("The period must end after it starts."));
    const QDateTime previousFrom = from.addMSecs(-from.msecsTo(to));
    const QString sql = QStringLiteral("SELECT category_key, count(*) FROM case_record "
                                       "WHERE reported_at >= ?1 AND reported_at < ?2 AND %1 "
                                       "GROUP BY category_key")
                            .arg(countedStates());
    QHash<QString, CategoryTrend> byKey;
    for (const bool current : {true, false}) {
        auto st = db.prepare(sql);
        if (!st)
            return st.error();
        st->bindText(1, Storage::isoUtc(current ? from : previousFrom));
        st->bindText(2, Storage::isoUtc(current ? to : from));
        auto r = Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
            CategoryTrend &t = byKey[row.text(0)];
            t.categoryKey = row.text(0);
            (current ? t.count : t.previous) = row.integer(1);
        });
        if (!r)
            return r.error();
    }
    QList<CategoryTrend> out;
    for (const CategoryTrend &t : std::as_const(byKey)) {
        if (t.count > 0)
            out.append(t);
    }
    std::sort(out.begin(), out.end(), [](const CategoryTrend &a, const CategoryTrend &b) {
        return a.count != b.count ? a.count > b.count : a.categoryKey < b.categoryKey;
    });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace Cc::Cases
