// SPDX-License-Identifier: GPL-3.0-or-later
// The demo town (modules/demogen): unit grids that follow its streets and its river, valid,
// not overlapping and covering the county, of a 万米单元网格's size (small in the centre,
// larger outside); the communities and responsibility grids made of them; components along
// the streets, cameras at crossings, cases by the streets and places (street trading at the
// markets, rubbish in the compounds); the basemap the map draws beneath the grids.
#include <cc/demogen/democity.h>
#include <cc/gazetteer/gazetteer.h>
#include <cc/geo/distance.h>
#include <cc/geo/geocoder.h>
#include <cc/geo/operations.h>
#include <cc/geo/validation.h>
#include <cc/map/maprenderer.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include <resultcheck.h>

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Cc;

namespace {

/// Metres between a point and a segment, lon/lat, in the town's local projection.
double metresToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const double kx = Geo::metresPerDegree() * std::cos(p.y() * M_PI / 180.0),
                 ky = Geo::metresPerDegree();
    const QPointF pa((p.x() - a.x()) * kx, (p.y() - a.y()) * ky);
    const QPointF ba((b.x() - a.x()) * kx, (b.y() - a.y()) * ky);
    const double len2 = QPointF::dotProduct(ba, ba);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(pa, ba) / len2, 0.0, 1.0) : 0;
    const QPointF d = pa - ba * t;
    return std::hypot(d.x(), d.y());
}

double metresToLine(const QPointF &p, const Core::Ring &line)
{
    double best = 1e300;
    for (qsizetype i = 0; i + 1 < line.size(); ++i)
        best = std::min(best, metresToSegment(p, line[i], line[i + 1]));
    return best;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

QPointF centroidOf(const Core::Ring &ring)
{
    QPointF sum;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i)
        sum += ring[i];
    return sum / double(std::max<qsizetype>(1, ring.size() - 1));
}

} // namespace

class tst_DemoTown : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void gridsValidAndTiled();
    void gridsCoverTheCounty();
    void gridSizes();
    void gridsFollowStreetsAndRiver();
    void componentsAlongStreets();
    void camerasAtCrossings();
    void casesByStreetsAndPlaces();
    void basemapDrawn();
    void sameSeedSameTown();

private:
    Result<std::unique_ptr<Storage::Database>> makeCity(const QString &name, int cases,
                                                        int components);
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    QList<Storage::UnitGridRow> m_grids;
    QList<Storage::CommunityRow> m_communities;
    QList<Storage::ResponsibilityGridRow> m_responsibility;
    QList<Storage::StreetRow> m_streets;
    Gazetteer::GazetteerData m_gazetteer;
    Geo::Geocoder m_gridIndex;
};

Result<std::unique_ptr<Storage::Database>> tst_DemoTown::makeCity(const QString &name, int cases,
                                                                  int components)
{
    auto db = Storage::Database::open(m_dir.filePath(name), Storage::Database::OpenMode::Create);
    if (!db)
        return db.error();
    Demo::DemoOptions options;
    options.cases = cases;
    options.components = components;
    options.end = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());
    auto summary = Demo::writeDemoCity(**db, options);
    if (!summary)
        return summary.error();
    if (summary->refusedActions > 0) // a simulated step the workflow refused: a real bug
        return makeError("demo.refused",
                         QStringLiteral("%1 demo actions refused").arg(summary->refusedActions));
    return std::move(db).value();
}

void tst_DemoTown::initTestCase()
{
    auto db = makeCity(QStringLiteral("town.gpkg"), 1500, 6000);
    CC_VERIFY_OK(db);
    m_db = std::move(db).value();
    Storage::SpatialRepository spatial(*m_db);
    m_grids = spatial.unitGrids().value();
    m_communities = spatial.communities().value();
    m_responsibility = spatial.responsibilityGrids().value();
    m_streets = spatial.streets().value();
    auto gazetteer = Gazetteer::GazetteerStore(*m_db).load();
    CC_VERIFY_OK(gazetteer);
    m_gazetteer = gazetteer.value();
    QStringList codes;
    QList<Geo::PolygonRings> polygons;
    for (const auto &g : std::as_const(m_grids))
        codes << g.code, polygons << g.geom;
    m_gridIndex = Geo::Geocoder(codes, polygons);
}

void tst_DemoTown::gridsValidAndTiled()
{
    QCOMPARE(m_grids.size(), 1738);
    QCOMPARE(m_responsibility.size(), 21);
    QList<Geo::GridFeature> grids;
    for (const auto &g : std::as_const(m_grids))
        grids.append({g.code, g.communityCode, g.responsibilityCode, g.geom});
    QList<Geo::ParentArea> communities, responsibility;
    for (const auto &c : std::as_const(m_communities))
        communities.append({c.code, c.geom});
    for (const auto &r : std::as_const(m_responsibility))
        responsibility.append({r.code, r.geom});
    // Valid polygons, no two overlapping, every community and responsibility grid covered
    // by its own grids and no grid outside its parents, codes nested in their communities.
    const QList<Geo::Problem> problems = Geo::GridValidator().all(grids, communities,
                                                                  responsibility);
    QStringList said;
    for (const Geo::Problem &p : problems.mid(0, 5))
        said << p.kind + QStringLiteral(" ") + p.featureCode + QStringLiteral(" ") + p.message;
    QVERIFY2(problems.isEmpty(), qPrintable(said.join(u'\n')));
    QHash<QString, int> perCommunity;
    for (const auto &g : std::as_const(m_grids))
        ++perCommunity[g.communityCode];
    for (auto it = perCommunity.cbegin(); it != perCommunity.cend(); ++it)
        QVERIFY2(it.value() <= 99, qPrintable(it.key())); // two digits in the code
}

void tst_DemoTown::gridsCoverTheCounty()
{
    // The streets (街道) are unions of whole grids and together the county: the grids'
    // areas add up to theirs, so nothing is left between grids and nothing counted twice.
    double grids = 0, streets = 0, stored = 0;
    for (const auto &g : std::as_const(m_grids)) {
        grids += Geo::areaM2(g.geom);
        stored += g.areaM2;
    }
    for (const auto &s : std::as_const(m_streets))
        streets += Geo::areaM2(s.geom);
    QVERIFY2(std::abs(grids - streets) < streets * 1e-3,
             qPrintable(QStringLiteral("%1 vs %2").arg(grids).arg(streets)));
    QVERIFY2(std::abs(stored - grids) < grids * 1e-2, qPrintable(QString::number(stored)));
    QVERIFY2(streets > 36e6 && streets < 41e6, qPrintable(QString::number(streets))); // 38.6 km²
    // Every point of the county lies in exactly one grid: a lattice of points in the
    // streets' polygons, each found in a grid.
    Geo::Geocoder streetIndex(QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                          QStringLiteral("c"), QStringLiteral("d")},
                              {m_streets[0].geom, m_streets[1].geom, m_streets[2].geom,
                               m_streets[3].geom});
    QRectF bounds;
    for (const auto &s : std::as_const(m_streets))
        bounds = bounds.united(Geo::boundsOf(s.geom));
    int inside = 0;
    for (int i = 0; i < 200; ++i) {
        for (int j = 0; j < 200; ++j) {
            const QPointF p(bounds.left() + bounds.width() * (i + 0.37) / 200,
                            bounds.top() + bounds.height() * (j + 0.61) / 200);
            if (streetIndex.locate(p) < 0)
                continue;
            ++inside;
            QVERIFY2(m_gridIndex.locate(p) >= 0, qPrintable(Geo::formatLonLat(p)));
        }
    }
    QVERIFY(inside > 10000);
}

void tst_DemoTown::gridSizes()
{
    QRectF bounds;
    for (const auto &s : std::as_const(m_streets))
        bounds = bounds.united(Geo::boundsOf(s.geom));
    const QPointF centre = bounds.center();
    QList<double> inner, outer;
    for (const auto &g : std::as_const(m_grids)) {
        const double d = Geo::groundDistanceM(centroidOf(g.geom.first()), centre);
        QVERIFY2(g.areaM2 > 1000 && g.areaM2 < 150000, qPrintable(g.code));
        if (d < 1000)
            inner << g.areaM2;
        else if (d > 3000)
            outer << g.areaM2;
    }
    // About 10,000 m² in the centre (万米), larger outside.
    QVERIFY2(median(inner) > 7000 && median(inner) < 14000,
             qPrintable(QString::number(median(inner))));
    QVERIFY2(median(outer) > 2.5 * median(inner), qPrintable(QString::number(median(outer))));
}

void tst_DemoTown::gridsFollowStreetsAndRiver()
{
    // A street's centreline is a grid boundary: a few metres to either side of it lie two
    // different grids (or the county's edge), all along it.
    const double kx = Geo::metresPerDegree() * std::cos(35.925 * M_PI / 180.0),
                 ky = Geo::metresPerDegree();
    int checked = 0;
    for (const Gazetteer::Street &s : std::as_const(m_gazetteer.streets)) {
        for (qsizetype i = 0; i + 1 < s.line.size(); ++i) {
            const QPointF a = s.line[i], b = s.line[i + 1], m = (a + b) / 2;
            const QPointF dir((b.x() - a.x()) * kx, (b.y() - a.y()) * ky);
            const double len = std::hypot(dir.x(), dir.y());
            const QPointF normal(-dir.y() / len * 4.0 / kx, dir.x() / len * 4.0 / ky);
            const int left = m_gridIndex.locate(m + normal), right = m_gridIndex.locate(m - normal);
            if (left == right && left >= 0) // (QVERIFY2 would build the message every time)
                QFAIL(qPrintable(s.name + QStringLiteral(" crosses ") + m_grids[left].code));
            ++checked;
        }
    }
    QVERIFY(checked > 1000);
    // The river: its own grids between the banks, and bridges over it.
    auto water = m_db->scalar(
        QStringLiteral("SELECT count(*) FROM basemap_area WHERE kind = 'water'"));
    QCOMPARE(water.value(), 1);
    auto bridges = m_db->scalar(
        QStringLiteral("SELECT count(*) FROM basemap_line WHERE kind = 'bridge'"));
    QVERIFY2(bridges.value() >= 8, qPrintable(QString::number(bridges.value())));
}

void tst_DemoTown::componentsAlongStreets()
{
    auto st = m_db->prepare(QStringLiteral("SELECT name, geom FROM component"));
    QVERIFY(st);
    int near = 0, total = 0, lamps = 0;
    while (st.value().step().value()) {
        const QPointF p = Storage::Gpkg::decodePoint(st.value().blob(1)).value();
        lamps += st.value().text(0) == QStringLiteral("路灯");
        if (total++ % 7) // a sample is enough
            continue;
        double best = 1e300;
        for (const Gazetteer::Street &s : std::as_const(m_gazetteer.streets))
            best = std::min(best, metresToLine(p, s.line));
        near += best < 35;
    }
    QCOMPARE(total, 6000 + 30); // and the cameras
    QVERIFY2(near >= 0.98 * (total / 7), qPrintable(QString::number(near)));
    QVERIFY(lamps > 500);
}

void tst_DemoTown::camerasAtCrossings()
{
    auto cameras = Storage::SpatialRepository(*m_db).cameras();
    CC_VERIFY_OK(cameras);
    QCOMPARE(cameras->size(), 30);
    for (const Storage::CameraRow &c : cameras.value()) {
        double best = 1e300;
        for (const Gazetteer::Intersection &x : std::as_const(m_gazetteer.intersections))
            best = std::min(best, Geo::groundDistanceM(c.geom, x.point));
        QVERIFY2(best < 30, qPrintable(c.name + QStringLiteral(" %1 m").arg(best)));
        QVERIFY(c.name.endsWith(QStringLiteral("路口")));
    }
}

void tst_DemoTown::casesByStreetsAndPlaces()
{
    QList<QPointF> markets, compounds;
    for (const Gazetteer::Place &p : std::as_const(m_gazetteer.places)) {
        if (p.kind == QLatin1String("market"))
            markets << p.point;
        if (p.kind == QLatin1String("compound"))
            compounds << p.point;
    }
    const auto within = [](const QPointF &p, const QList<QPointF> &places, double m) {
        for (const QPointF &q : places)
            if (Geo::groundDistanceM(p, q) < m)
                return true;
        return false;
    };
    auto st = m_db->prepare(QStringLiteral(
        "SELECT c.name_zh, r.grid_code, r.geom FROM case_record r JOIN category c ON c.key = "
        "r.category_key WHERE r.geom IS NOT NULL"));
    QVERIFY(st);
    int trading = 0, tradingAtMarket = 0, rubbish = 0, rubbishAtHome = 0, cases = 0;
    while (st.value().step().value()) {
        const QPointF p = Storage::Gpkg::decodePoint(st.value().blob(2)).value();
        const QString category = st.value().text(0);
        ++cases;
        QCOMPARE(m_gridIndex.keyAt(p), st.value().text(1)); // in the grid it names
        if (category == QStringLiteral("店外经营") || category == QStringLiteral("无照经营游商")) {
            ++trading;
            tradingAtMarket += within(p, markets, 260); // a lot is ~300 m across
        } else if (category == QStringLiteral("暴露垃圾")) {
            ++rubbish;
            rubbishAtHome += within(p, compounds, 260);
        }
    }
    QVERIFY(cases > 1000);
    QVERIFY(trading > 50 && rubbish > 50);
    // Markets and compounds are a few lots of the town: by chance only a few per cent of
    // cases would fall near them.
    QVERIFY2(tradingAtMarket > 0.4 * trading, qPrintable(QString::number(tradingAtMarket)));
    QVERIFY2(rubbishAtHome > 0.4 * rubbish,
             qPrintable(QStringLiteral("%1 of %2").arg(rubbishAtHome).arg(rubbish)));
}

void tst_DemoTown::basemapDrawn()
{
    auto data = Map::MapData::load(*m_db,
                                   QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc()));
    CC_VERIFY_OK(data);
    QVERIFY((*data)->basemapAreas.size() > 100);
    QVERIFY((*data)->basemapLines.size() > 200);
    Map::RenderInput input;
    input.data = data.value();
    const Map::Viewport v = Map::Viewport::fit((*data)->extent, QSize(600, 500));
    const QImage image = Map::renderLayer(input, Map::LayerKind::Basemap, v, false);
    QVERIFY(!image.isNull());
    int water = 0, arterial = 0, blocks = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            water += c == QColor(0xa8, 0xcc, 0xee);
            arterial += c == QColor(0xfc, 0xe3, 0x9c);
            blocks += c == QColor(0xe8, 0xe3, 0xdb);
        }
    }
    QVERIFY2(water > 500 && arterial > 500 && blocks > 20000,
             qPrintable(QStringLiteral("%1 %2 %3").arg(water).arg(arterial).arg(blocks)));
}

void tst_DemoTown::sameSeedSameTown()
{
    auto again = makeCity(QStringLiteral("again.gpkg"), 0, 0);
    CC_VERIFY_OK(again);
    auto grids = Storage::SpatialRepository(**again).unitGrids();
    CC_VERIFY_OK(grids);
    QCOMPARE(grids->size(), m_grids.size());
    for (qsizetype i = 0; i < m_grids.size(); ++i) {
        QCOMPARE(grids->at(i).code, m_grids[i].code);
        QCOMPARE(grids->at(i).geom, m_grids[i].geom);
    }
    QCOMPARE((*again)->rowCount(QStringLiteral("basemap_line")),
             m_db->rowCount(QStringLiteral("basemap_line")));
}

QTEST_GUILESS_MAIN(tst_DemoTown)
#include "tst_demotown.moc"
