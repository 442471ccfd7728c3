// SPDX-License-Identifier: GPL-3.0-or-later
// The 老不改 list: the recurring rule over a period's reports, and the reworked or reopened
// cases (docs/hotspots.md).
#include <cc/cases/recurring.h>

#include "casestr.h"
#include "hotspotread.h"

#include <cc/core/casestatemachine.h>
#include <cc/geo/distance.h>
#include <cc/storage/geometry.h>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <optional>
#include <vector>

namespace Cc::Cases {

QString reasonId(ReopenedCase::Reason reason)
{
    return reason == ReopenedCase::Reason::Rework ? QStringLiteral("rework")
                                                  : QStringLiteral("reopened");
}

QString reasonName(ReopenedCase::Reason reason)
{
    return reason == ReopenedCase::Reason::Rework ? Tr::tr("返工 (check failed)")
                                                  : Tr::tr("重办 (reopened after closing)");
}

namespace {

/// Union–find over report indices: places that share a report are one place.
class Places
{
public:
    explicit Places(qsizetype n) : m_parent(size_t(n))
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int i)
    {
        while (m_parent[size_t(i)] != i) {
            m_parent[size_t(i)] = m_parent[size_t(m_parent[size_t(i)])];
            i = m_parent[size_t(i)];
        }
        return i;
    }
    void unite(int a, int b) { m_parent[size_t(find(a))] = find(b); }

private:
    std::vector<int> m_parent;
};

/// The reports of one 小类 in time order, in square buckets at least radiusM wide: the
/// reports within radiusM of a point lie in its bucket and the eight around it. Each bucket
/// keeps its reports in time order and forgets those that fell out of the window.
class WindowIndex
{
public:
    WindowIndex(double radiusM, double maxAbsLat)
    {
        m_degLat = radiusM / Geo::metresPerDegree() * 1.001;
        m_degLon = m_degLat / std::max(0.01, std::cos(maxAbsLat * std::numbers::pi / 180.0));
    }
    template<typename Visit>
    void visitNear(const QPointF &p, qint64 notBeforeMs, const std::vector<qint64> &ms, Visit visit)
    {
        const qint64 cx = cellX(p), cy = cellY(p);
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                auto it = m_buckets.find(key(cx + dx, cy + dy));
                if (it == m_buckets.end())
                    continue;
                Bucket &b = it.value();
                while (b.start < b.items.size() && ms[size_t(b.items[b.start])] < notBeforeMs)
                    ++b.start;
                for (size_t k = b.start; k < b.items.size(); ++k)
                    visit(b.items[k]);
            }
        }
    }
    void add(const QPointF &p, int index)
    {
        m_buckets[key(cellX(p), cellY(p))].items.push_back(index);
    }

private:
    struct Bucket
    {
        std::vector<int> items;
        size_t start = 0;
    };
    qint64 cellX(const QPointF &p) const { return qint64(std::floor(p.x() / m_degLon)); }
    qint64 cellY(const QPointF &p) const { return qint64(std::floor(p.y() / m_degLat)); }
    static qint64 key(qint64 x, qint64 y) { return (x << 32) ^ (y & 0xffffffff); }
    double m_degLat = 0, m_degLon = 0;
    QHash<qint64, Bucket> m_buckets;
};

/// One report as the rule works on it: small and flat (a year is 650 k of them).
struct Item
{
    int category = 0; ///< index into the period's 小类
    qint64 ms = 0;
    QPointF pos;
    qint64 source = 0; ///< the caller's index or row
};

/// The rule on items (sorted here by 小类, time, source): groups of item indices, each a
/// place listed from `countFromMs` on, oldest first.
std::vector<std::vector<int>> recurringGroups(std::vector<Item> &items,
                                              const Storage::RecurringThresholds &rule,
                                              qint64 countFromMs)
{
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.category != b.category)
            return a.category < b.category;
        return a.ms != b.ms ? a.ms < b.ms : a.source < b.source;
    });
    const qsizetype n = qsizetype(items.size());
    const qint64 windowMs = qint64(rule.windowDays) * 24 * 3600 * 1000;
    Places places(n);
    std::vector<char> repeat(static_cast<size_t>(n), 0);
    std::vector<qint64> ms(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        ms[size_t(i)] = items[size_t(i)].ms;
    std::vector<int> near;
    for (qsizetype begin = 0; begin < n;) {
        qsizetype end = begin;
        double maxAbsLat = 0;
        while (end < n && items[size_t(end)].category == items[size_t(begin)].category)
            maxAbsLat = std::max(maxAbsLat, std::abs(items[size_t(end++)].pos.y()));
        WindowIndex index(rule.radiusM, maxAbsLat);
        for (qsizetype i = begin; i < end; ++i) {
            const QPointF p = items[size_t(i)].pos;
            near.clear();
            index.visitNear(p, ms[size_t(i)] - windowMs, ms, [&](int k) {
                if (Geo::groundDistanceM(p, items[size_t(k)].pos) <= rule.radiusM)
                    near.push_back(k);
            });
            if (qsizetype(near.size()) + 1 >= rule.minReports) {
                repeat[size_t(i)] = 1;
                for (int k : near)
                    places.unite(k, int(i));
            }
            index.add(p, int(i));
        }
        begin = end;
    }
    // A place: every report joined to a repeat; listed when one of its repeats is in the period.
    QHash<int, int> groupOf; // root → index into groups, for the listed places
    std::vector<std::vector<int>> groups;
    for (qsizetype i = 0; i < n; ++i) {
        if (repeat[size_t(i)] && ms[size_t(i)] >= countFromMs) {
            const int root = places.find(int(i));
            if (!groupOf.contains(root)) {
                groupOf.insert(root, int(groups.size()));
                groups.emplace_back();
            }
        }
    }
    for (qsizetype i = 0; i < n; ++i) { // in time order within a 小类, so each group is too
        if (auto it = groupOf.constFind(places.find(int(i))); it != groupOf.cend())
            groups[size_t(*it)].push_back(int(i));
    }
    return groups;
}

/// Places from groups; `report(itemIndex)` makes the report of an item.
template<typename MakeReport>
QList<RecurringPlace> placesOf(const std::vector<std::vector<int>> &groups,
                               const std::vector<Item> &items, MakeReport report)
{
    QList<RecurringPlace> out;
    out.reserve(qsizetype(groups.size()));
    for (const std::vector<int> &group : groups) {
        RecurringPlace place;
        double x = 0, y = 0;
        for (int i : group) {
            place.reports.append(report(i));
            x += items[size_t(i)].pos.x();
            y += items[size_t(i)].pos.y();
        }
        place.categoryKey = place.reports.first().categoryKey;
        place.centre = QPointF(x / double(group.size()), y / double(group.size()));
        out.append(std::move(place));
    }
    std::sort(out.begin(), out.end(), [](const RecurringPlace &a, const RecurringPlace &b) {
        if (a.reports.size() != b.reports.size())
            return a.reports.size() > b.reports.size();
        if (a.last() != b.last())
            return a.last() > b.last();
        return a.categoryKey < b.categoryKey;
    });
    return out;
}

} // namespace

QList<RecurringPlace> findRecurringPlaces(QList<RecurringReport> reports,
                                          const Storage::RecurringThresholds &rule,
                                          const QDateTime &countFrom)
{
    QHash<QString, int> categories;
    std::vector<Item> items;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const RecurringReport &r = reports[i];
        if (!std::isfinite(r.pos.x()) || !std::isfinite(r.pos.y()))
            continue;
        auto category = categories.constFind(r.categoryKey);
        if (category == categories.cend())
            category = categories.insert(r.categoryKey, int(categories.size()));
        items.push_back({*category, r.reportedAt.toMSecsSinceEpoch(), r.pos, i});
    }
    const qint64 countFromMs = countFrom.isValid() ? countFrom.toMSecsSinceEpoch()
                                                   : std::numeric_limits<qint64>::min();
    const auto groups = recurringGroups(items, rule, countFromMs);
    return placesOf(groups, items, [&](int i) { return reports[items[size_t(i)].source]; });
}

namespace {

Result<QList<RecurringPlace>> placesIn(Storage::Database &db, const QDateTime &from,
                                       const QDateTime &to,
                                       const Storage::RecurringThresholds &thresholds)
{
    if (auto valid = thresholds.validate(); !valid)
        return valid.error();
    if (!from.isValid() || !to.isValid() || to <= from || from.daysTo(to) > 5 * 366)
        return makeError(QStringLiteral("hotspot.bad-period"),
                         Tr::tr("The period must end after it starts."));
    std::vector<Item> items;
    items.reserve(1 << 16);
    QHash<QByteArray, int> categoryIndex;
    QStringList categoryKeys;
    const QDateTime readFrom = from.addDays(-thresholds.windowDays);
    auto read = readReports(db, readFrom, to, QString(), true, [&](const ReportView &row) {
        if (!std::isfinite(row.pos.x()) || !std::isfinite(row.pos.y()))
            return;
        // Looked up without a copy; a 小类 is copied once, when first met.
        auto it = categoryIndex.constFind(
            QByteArray::fromRawData(row.categoryKey.data(), row.categoryKey.size()));
        if (it == categoryIndex.cend()) {
            it = categoryIndex.insert(row.categoryKey.toByteArray(), int(categoryKeys.size()));
            categoryKeys << QString::fromUtf8(row.categoryKey);
        }
        items.push_back({*it, storedMs(row.reportedAt), row.pos, row.fid});
    });
    if (!read)
        return read.error();
    const auto groups = recurringGroups(items, thresholds, from.toMSecsSinceEpoch());
    // Ids and numbers only for the reports listed, looked up in row order: each table page is
    // read once, not once per report (a year's list names ~140 k cases of a large city).
    std::vector<qint64> fids;
    for (const std::vector<int> &group : groups) {
        for (int i : group)
            fids.push_back(items[size_t(i)].source);
    }
    std::sort(fids.begin(), fids.end());
    QHash<qint64, std::pair<QString, QString>> names;
    names.reserve(qsizetype(fids.size()));
    auto st = db.prepare(QStringLiteral("SELECT id, number FROM case_record WHERE fid = ?1"));
    if (!st)
        return st.error();
    for (const qint64 fid : fids) {
        st->reset();
        st->bindInt(1, fid);
        auto row = st->step();
        if (!row)
            return row.error();
        if (row.value())
            names.insert(fid, {st->text(0), st->text(1)});
    }
    QList<RecurringPlace> places = placesOf(groups, items, [&](int i) {
        const Item &item = items[size_t(i)];
        const auto name = names.value(item.source);
        return RecurringReport{name.first,
                               name.second,
                               categoryKeys[item.category],
                               item.pos,
                               QDateTime::fromMSecsSinceEpoch(item.ms, Qt::UTC),
                               item.source};
    });
    return places;
}

/// The cases with 返工 or 重办 steps in the period, from the events' indexes.
Result<QList<ReopenedCase>> reopenedIn(Storage::Database &db, const QDateTime &from,
                                       const QDateTime &to)
{
    QList<ReopenedCase> out;
    const QString events[2] = {
        QStringLiteral("SELECT case_id, count(*) AS n, max(at) AS last FROM case_event "
                       "WHERE action = '%1' AND at >= ?1 AND at < ?2 GROUP BY case_id")
            .arg(Core::actionId(Core::CaseAction::CheckFail)),
        QStringLiteral(
            "SELECT case_id, count(*) AS n, max(at) AS last FROM case_event INDEXED BY case_event_reopened "
            "WHERE from_state = 'closed' AND to_state NOT IN ('closed', 'rejected', 'cancelled') "
            "AND at >= ?1 AND at < ?2 GROUP BY case_id")};
    for (int k = 0; k < 2; ++k) {
        auto st = db.prepare(
            QStringLiteral(
                "SELECT c.id, c.number, c.category_key, c.reported_at, c.geom, e.n, e.last "
                "FROM (%1) e JOIN case_record c ON c.id = e.case_id")
                .arg(events[k]));
        if (!st)
            return st.error();
        st->bindText(1, Storage::isoUtc(from));
        st->bindText(2, Storage::isoUtc(to));
        auto r = Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
            ReopenedCase c;
            c.reason = k == 0 ? ReopenedCase::Reason::Rework : ReopenedCase::Reason::Reopened;
            c.report.caseId = row.text(0);
            c.report.number = row.text(1);
            c.report.categoryKey = row.text(2);
            c.report.reportedAt = Storage::fromIsoUtc(row.text(3));
            c.report.pos = QPointF(qQNaN(), qQNaN());
            if (!row.isNull(4)) {
                if (auto p = Storage::Gpkg::decodePoint(row.blob(4)))
                    c.report.pos = p.value();
            }
            c.times = int(row.integer(5));
            c.lastAt = Storage::fromIsoUtc(row.text(6));
            out.append(c);
        });
        if (!r)
            return r.error();
    }
    std::sort(out.begin(), out.end(), [](const ReopenedCase &a, const ReopenedCase &b) {
        return a.lastAt != b.lastAt ? a.lastAt > b.lastAt : a.report.number < b.report.number;
    });
    return out;
}

} // namespace

Result<RecurringList> recurringProblems(Storage::Database &db, const QDateTime &from,
                                        const QDateTime &to,
                                        const Storage::RecurringThresholds &thresholds)
{
    ReadTransaction read(db);
    auto places = placesIn(db, from, to, thresholds);
    if (!places)
        return places.error();
    auto reopened = reopenedIn(db, from, to);
    if (!reopened)
        return reopened.error();
    return RecurringList{thresholds, std::move(places).value(), std::move(reopened).value()};
}

Result<QList<RecurringPlace>> topRecurringPlaces(Storage::Database &db, const QDateTime &from,
                                                 const QDateTime &to,
                                                 const Storage::RecurringThresholds &thresholds,
                                                 int limit)
{
    ReadTransaction read(db);
    auto places = placesIn(db, from, to, thresholds);
    if (!places)
        return places.error();
    QList<RecurringPlace> out = std::move(places).value();
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace Cc::Cases
