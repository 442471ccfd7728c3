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
#include <numbers>
#include <numeric>
#include <vector>

namespace Cc::Cases {

QString reasonId(ReopenedCase::Reason reason)
{
    return reason == ReopenedCase::Reason::Rework ? QStringLiteral("rework") : QStringLiteral("reopened");
}

QString reasonName(ReopenedCase::Reason reason)
{
    return reason == ReopenedCase::Reason::Rework ? Tr::tr("返工 (check failed)") : Tr::tr("重办 (reopened after closing)");
}

namespace {

/// Union–find over report indices: places that share a report are one place.
class Places
{
public:
    explicit Places(qsizetype n) : m_parent(size_t(n)) { std::iota(m_parent.begin(), m_parent.end(), 0); }
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
    void add(const QPointF &p, int index) { m_buckets[key(cellX(p), cellY(p))].items.push_back(index); }

private:
    struct Bucket { std::vector<int> items; size_t start = 0; };
    qint64 cellX(const QPointF &p) const { return qint64(std::floor(p.x() / m_degLon)); }
    qint64 cellY(const QPointF &p) const { return qint64(std::floor(p.y() / m_degLat)); }
    static qint64 key(qint64 x, qint64 y) { return (x << 32) ^ (y & 0xffffffff); }
    double m_degLat = 0, m_degLon = 0;
    QHash<qint64, Bucket> m_buckets;
};

} // namespace

QList<RecurringPlace> findRecurringPlaces(QList<RecurringReport> reports, const Storage::RecurringThresholds &rule,
                                          const QDateTime &countFrom)
{
    std::stable_sort(reports.begin(), reports.end(), [](const RecurringReport &a, const RecurringReport &b) {
        return a.categoryKey != b.categoryKey ? a.categoryKey < b.categoryKey : a.reportedAt < b.reportedAt;
    });
    const qsizetype n = reports.size();
    std::vector<qint64> ms(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        ms[size_t(i)] = reports[i].reportedAt.toMSecsSinceEpoch();
    const qint64 windowMs = qint64(rule.windowDays) * 24 * 3600 * 1000;
    const qint64 countFromMs = countFrom.isValid() ? countFrom.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    Places places(n);
    std::vector<char> repeat(size_t(n), 0);
    std::vector<int> near;
    for (qsizetype begin = 0; begin < n;) {
        qsizetype end = begin;
        double maxAbsLat = 0;
        while (end < n && reports[end].categoryKey == reports[begin].categoryKey) {
            if (std::isfinite(reports[end].pos.y()))
                maxAbsLat = std::max(maxAbsLat, std::abs(reports[end].pos.y()));
            ++end;
        }
        WindowIndex index(rule.radiusM, maxAbsLat);
        for (qsizetype i = begin; i < end; ++i) {
            const QPointF p = reports[i].pos;
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                continue;
            near.clear();
            index.visitNear(p, ms[size_t(i)] - windowMs, ms, [&](int k) {
                if (Geo::groundDistanceM(p, reports[k].pos) <= rule.radiusM)
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
    QHash<int, QList<int>> members;
    QHash<int, bool> counted;
    for (qsizetype i = 0; i < n; ++i) {
        if (!repeat[size_t(i)])
            continue;
        const int root = places.find(int(i));
        members[root]; // a place exists from its first repeat on
        if (ms[size_t(i)] >= countFromMs)
            counted[root] = true;
    }
    for (qsizetype i = 0; i < n; ++i) {
        const int root = places.find(int(i));
        if (auto it = members.find(root); it != members.end())
            it->append(int(i));
    }
    QList<RecurringPlace> out;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        if (!counted.value(it.key()))
            continue;
        RecurringPlace place;
        place.categoryKey = reports[it.value().first()].categoryKey;
        double x = 0, y = 0;
        for (int i : it.value()) {
            place.reports.append(reports[i]);
            x += reports[i].pos.x();
            y += reports[i].pos.y();
        }
        place.centre = QPointF(x / it.value().size(), y / it.value().size());
        out.append(place);
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

namespace {

Result<QList<RecurringPlace>> placesIn(Storage::Database &db, const QDateTime &from, const QDateTime &to,
                                       const Storage::RecurringThresholds &thresholds)
{
    if (auto valid = thresholds.validate(); !valid)
        return valid.error();
    if (!from.isValid() || !to.isValid() || to <= from || from.daysTo(to) > 5 * 366)
        return makeError(QStringLiteral("hotspot.bad-period"), Tr::tr("The period must end after it starts."));
    QList<RecurringReport> reports;
    QHash<QString, QString> keys; // one shared string per 小类
    const QDateTime readFrom = from.addDays(-thresholds.windowDays);
    auto read = readReports(db, readFrom, to, QString(), [&](const ReportRow &row) {
        if (!std::isfinite(row.pos.x()))
            return;
        QString &key = keys[row.categoryKey];
        if (key.isNull())
            key = row.categoryKey;
        reports.append({QString(), QString(), key, row.pos,
                        QDateTime::fromMSecsSinceEpoch(row.reportedMs, Qt::UTC), row.fid});
    }, true);
    if (!read)
        return read.error();
    QList<RecurringPlace> places = findRecurringPlaces(std::move(reports), thresholds, from);
    // Ids and numbers only for the reports listed (a few of the period's).
    auto st = db.prepare(QStringLiteral("SELECT id, number FROM case_record WHERE fid = ?1"));
    if (!st)
        return st.error();
    for (RecurringPlace &place : places) {
        for (RecurringReport &r : place.reports) {
            st->reset();
            st->bindInt(1, r.fid);
            auto row = st->step();
            if (!row)
                return row.error();
            if (row.value()) {
                r.caseId = st->text(0);
                r.number = st->text(1);
            }
        }
    }
    return places;
}

/// The cases with 返工 or 重办 steps in the period, from the events' indexes.
Result<QList<ReopenedCase>> reopenedIn(Storage::Database &db, const QDateTime &from, const QDateTime &to)
{
    QList<ReopenedCase> out;
    const QString events[2] = {
        QStringLiteral("SELECT case_id, count(*) AS n, max(at) AS last FROM case_event "
                       "WHERE action = '%1' AND at >= ?1 AND at < ?2 GROUP BY case_id")
            .arg(Core::actionId(Core::CaseAction::CheckFail)),
        QStringLiteral("SELECT case_id, count(*) AS n, max(at) AS last FROM case_event INDEXED BY case_event_reopened "
                       "WHERE from_state = 'closed' AND to_state NOT IN ('closed', 'rejected', 'cancelled') "
                       "AND at >= ?1 AND at < ?2 GROUP BY case_id")};
    for (int k = 0; k < 2; ++k) {
        auto st = db.prepare(QStringLiteral("SELECT c.id, c.number, c.category_key, c.reported_at, c.geom, e.n, e.last "
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

Result<RecurringList> recurringProblems(Storage::Database &db, const QDateTime &from, const QDateTime &to,
                                        const Storage::RecurringThresholds &thresholds)
{
    auto places = placesIn(db, from, to, thresholds);
    if (!places)
        return places.error();
    auto reopened = reopenedIn(db, from, to);
    if (!reopened)
        return reopened.error();
    return RecurringList{thresholds, std::move(places).value(), std::move(reopened).value()};
}

Result<QList<RecurringPlace>> topRecurringPlaces(Storage::Database &db, const QDateTime &from, const QDateTime &to,
                                                 const Storage::RecurringThresholds &thresholds, int limit)
{
    auto places = placesIn(db, from, to, thresholds);
    if (!places)
        return places.error();
    QList<RecurringPlace> out = std::move(places).value();
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace Cc::Cases
