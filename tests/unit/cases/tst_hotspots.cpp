// SPDX-License-Identifier: GPL-3.0-or-later
// The density layer (docs/hotspots.md): counts add up to the period's cases, one cell per case,
// category and period filters, the service's bounds; the 高发问题 ranking with its change.
#include <cc/cases/hotspots.h>
#include <cc/geo/distance.h>

#include "casefixture.h"

#include <QRandomGenerator>

#include <cmath>
#include <numbers>

using namespace Cc;
using namespace CcTest;

namespace {

QPointF offset(double eastM, double northM)
{
    const double perLat = Geo::metresPerDegree();
    return {kX0 + eastM / (perLat * std::cos(kY0 * std::numbers::pi / 180)), kY0 + northM / perLat};
}

qint64 sumOf(const Cases::HotspotLayer &layer)
{
    qint64 sum = 0;
    for (const Cases::HotspotCell &c : layer.cells)
        sum += c.count;
    return sum;
}

} // namespace

class TestHotspots : public QObject
{
    Q_OBJECT

private slots:
    void init() { f.setUp(); }

    void binsAddUp()
    {
        Cases::HotspotQuery q;
        q.cellM = 100;
        q.origin = QPointF(kX0, kY0);
        QList<QPointF> points;
        QRandomGenerator random(11);
        for (int i = 0; i < 5000; ++i)
            points << offset(random.bounded(1000.0), random.bounded(800.0));
        points << QPointF(qQNaN(), 35.0); // no point: counted apart, never in a cell
        const Cases::HotspotLayer layer = Cases::binPoints(q, points);
        QCOMPARE(layer.total, 5000);
        QCOMPARE(layer.withoutLocation, 1);
        QCOMPARE(sumOf(layer), 5000);
        for (int i = 1; i < layer.cells.size(); ++i)
            QVERIFY(layer.cells[i - 1].count >= layer.cells[i].count);
        QCOMPARE(layer.breaks.last(), layer.cells.first().count);
        QCOMPARE(layer.classOf(layer.cells.first().count), int(layer.breaks.size()) - 1);
        QCOMPARE(layer.classOf(0), 0);
    }

    void caseOnAnEdgeIsCountedOnce()
    {
        Cases::HotspotQuery q;
        q.cellM = 200;
        q.origin = QPointF(kX0, kY0);
        const Geo::HexGrid grid(q.cellM, q.origin);
        const QPointF edge = (grid.centre({0, 0}) + grid.centre({1, 0})) / 2;
        const QPointF corner = grid.corners({2, 3}).first();
        const Cases::HotspotLayer layer = Cases::binPoints(q, {edge, corner, grid.centre({0, 0})});
        QCOMPARE(layer.total, 3);
        QCOMPARE(sumOf(layer), 3);
        QCOMPARE(layer.cells.size(), 2);
        QCOMPARE(layer.cells[0].cell,
                 (Geo::HexCell{0, 0})); // the edge's western cell, with its centre
        QCOMPARE(layer.cells[0].count, 2);
        QCOMPARE(layer.cells[1].cell, (Geo::HexCell{2, 3}));
    }

    void layerFromDatabase()
    {
        // March: 4 rubbish + 1 cover, one rubbish 不予受理 (not counted); February: 2 rubbish.
        struct Spec
        {
            QString category;
            double east, north;
            QDateTime at;
            bool reject;
        };
        const QList<Spec> specs{{kRubbish, 10, 10, cst(2026, 3, 2, 9, 0), false},
                                {kRubbish, 12, 14, cst(2026, 3, 5, 9, 0), false},
                                {kRubbish, 20, 90, cst(2026, 3, 9, 9, 0), false},
                                {kRubbish, 15, 15, cst(2026, 3, 11, 9, 0), true},
                                {kCover, 60, 50, cst(2026, 3, 31, 23, 50), false},
                                {kRubbish, 10, 10, cst(2026, 2, 10, 9, 0), false},
                                {kRubbish, 10, 10, cst(2026, 2, 28, 23, 59), false},
                                {kRubbish, 10, 10, cst(2026, 4, 1, 0, 0),
                                 false}}; // the first instant after March
        for (const Spec &s : specs) {
            Storage::CaseRow row;
            QVERIFY(report(row, s.category, offset(s.east, s.north), s.at));
            if (s.reject)
                QVERIFY(f.act(row, CaseAction::Reject, f.op, s.at.addSecs(60)));
        }
        Cases::HotspotQuery q;
        q.from = cst(2026, 3, 1, 0, 0).toUTC();
        q.to = cst(2026, 4, 1, 0, 0).toUTC();
        q.cellM = 50;
        const Core::CategoryDictionary &dict = Core::CategoryDictionary::builtin();
        auto all = Cases::hotspotLayer(*f.db, q, dict);
        CC_VERIFY_OK(all);
        QCOMPARE(all->total, 4);
        QCOMPARE(sumOf(all.value()), 4);
        // The origin is the unit grids' centre, rounded to 0.01°.
        QCOMPARE(all->query.origin, QPointF(114.0, 35.0));
        QCOMPARE(all->cells.first().count, 2); // (10,10) and (12,14) share a 50 m cell

        for (const auto &[filter, expected] : {std::pair{QStringLiteral("event"), 3},
                                               {QStringLiteral("event:01"), 3},
                                               {kRubbish, 3},
                                               {kCover, 1},
                                               {QStringLiteral("part"), 1},
                                               {kDirtyRoad, 0}}) {
            q.category = filter;
            auto layer = Cases::hotspotLayer(*f.db, q, dict);
            CC_VERIFY_OK(layer);
            QVERIFY2(layer->total == expected, qPrintable(filter));
        }
    }

    void serviceBounds()
    {
        const Core::CategoryDictionary &dict = Core::CategoryDictionary::builtin();
        Cases::HotspotQuery q;
        q.from = cst(2026, 3, 1, 0, 0);
        q.to = cst(2026, 4, 1, 0, 0);
        q.cellM = 10;
        CC_VERIFY_REFUSED(Cases::hotspotLayer(*f.db, q, dict), "hotspot.bad-cell-size",
                          QStringLiteral("10"));
        q.cellM = qQNaN();
        CC_VERIFY_REFUSED(Cases::hotspotLayer(*f.db, q, dict), "hotspot.bad-cell-size",
                          QStringLiteral("50"));
        q.cellM = 250;
        q.category = QStringLiteral("event:9999");
        CC_VERIFY_REFUSED(Cases::hotspotLayer(*f.db, q, dict), "hotspot.unknown-category",
                          QStringLiteral("event:9999"));
        q.category = QStringLiteral("事件");
        CC_VERIFY_REFUSED(Cases::hotspotLayer(*f.db, q, dict), "hotspot.unknown-category",
                          QStringLiteral("事件"));
        q.category.clear();
        q.to = q.from;
        CC_VERIFY_REFUSED(Cases::hotspotLayer(*f.db, q, dict), "hotspot.bad-period", QString());
        q.to = q.from.addDays(Cases::kMaxPeriodDays + 1);
        CC_VERIFY_REFUSED(Cases::hotspotLayer(*f.db, q, dict), "hotspot.bad-period",
                          QString::number(Cases::kMaxPeriodDays));
    }

    void topCategoriesWithChange()
    {
        // March: rubbish 3, cover 2, dirty road 1; February: rubbish 2, cover 0, dirty road 4.
        const QList<std::tuple<QString, int, int>> counts{{kRubbish, 3, 2},
                                                          {kCover, 2, 0},
                                                          {kDirtyRoad, 1, 4}};
        for (const auto &[key, march, february] : counts) {
            for (int i = 0; i < march; ++i) {
                Storage::CaseRow row;
                QVERIFY(report(row, key, offset(5, 5), cst(2026, 3, 10 + i, 9, 0)));
            }
            for (int i = 0; i < february; ++i) {
                Storage::CaseRow row;
                QVERIFY(report(row, key, offset(5, 5), cst(2026, 2, 10 + i, 9, 0)));
            }
        }
        // March has 31 days: the previous period is the 31 days before (from 29 January).
        auto top = Cases::topCategories(*f.db, cst(2026, 3, 1, 0, 0), cst(2026, 4, 1, 0, 0), 2);
        CC_VERIFY_OK(top);
        QCOMPARE(top->size(), 2);
        QCOMPARE(top->at(0).categoryKey, kRubbish);
        QCOMPARE(top->at(0).count, 3);
        QCOMPARE(top->at(0).previous, 2);
        QCOMPARE(top->at(0).change(), 0.5);
        QCOMPARE(top->at(1).categoryKey, kCover);
        QVERIFY(std::isnan(top->at(1).change())); // nothing before: "—", not +∞
        auto all = Cases::topCategories(*f.db, cst(2026, 3, 1, 0, 0), cst(2026, 4, 1, 0, 0));
        CC_VERIFY_OK(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(2).change(), -0.75);
    }

private:
    bool report(Storage::CaseRow &out, const QString &category, const QPointF &at,
                const QDateTime &when)
    {
        Cases::NewReport r;
        r.channel = QStringLiteral("collector");
        r.categoryKey = category;
        r.level = Core::CaseLevel::Normal;
        r.location = at;
        r.at = when;
        r.description = QStringLiteral("测试案卷");
        auto row = f.service->report(r, f.col);
        if (!row)
            qWarning("report refused: %s", qPrintable(row.error().message));
        else
            out = row.value();
        return row.ok();
    }

    Fixture f;
};

QTEST_GUILESS_MAIN(TestHotspots)
#include "tst_hotspots.moc"
