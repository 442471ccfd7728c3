// SPDX-License-Identifier: GPL-3.0-or-later
// The static-object detector on synthetic pictures (docs/video.md "Video analytics"): an
// object that comes to rest in a zone is found once after the zone's dwell; a passing car, a
// short stop, an object outside the zone, a change of light and a group of people standing
// together are not; an object seen in two pieces is one finding.
#include "syntheticscene.h"

#include <cc/analytics/staticobjectdetector.h>
#include <cc/analytics/zone.h>

#include <QTest>

#include <functional>

using namespace Cc::Analytics;
using CcTest::SceneObject;
using CcTest::SyntheticScene;

namespace {

constexpr double kFps = 5;

/// The lower-left quarter of the picture: a sidewalk where stalls are not allowed.
DetectorZone sidewalk(double dwell)
{
    return {QStringLiteral("sidewalk"),
            {QPointF(0.0, 0.5), QPointF(0.5, 0.5), QPointF(0.5, 1.0), QPointF(0.0, 1.0)},
            dwell};
}

struct Run
{
    QList<StaticObject> found;
    QList<double> foundAtS; ///< seconds since the run began
};

/// Feeds `seconds` of pictures at kFps; `scene(t)` gives the objects and `light(t)` the light.
Run run(
    StaticObjectDetector &detector, double seconds,
    const std::function<QVector<SceneObject>(double)> &objects,
    const std::function<int(double)> &light = [](double) { return 0; })
{
    SyntheticScene scene;
    Run out;
    const qint64 t0 = 1'700'000'000'000'000;
    for (int i = 0; i < int(seconds * kFps); ++i) {
        const double t = i / kFps;
        const auto &picture = scene.render(objects(t), light(t));
        const auto found = detector.feed(picture.data(), SyntheticScene::kWidth,
                                         SyntheticScene::kHeight, SyntheticScene::kWidth,
                                         t0 + qint64(t * 1e6));
        for (const auto &f : found) {
            out.found << f;
            out.foundAtS << double(f.atUs - t0) / 1e6;
        }
    }
    return out;
}

} // namespace

class TstStaticObjectDetector : public QObject
{
    Q_OBJECT

private slots:
    void restingObjectInZoneFoundAfterDwell_data()
    {
        QTest::addColumn<double>("dwell");
        QTest::addColumn<int>("grey");
        QTest::newRow("bright stall, 10 s") << 10.0 << 220;
        QTest::newRow("dark rubbish, 20 s") << 20.0 << 25;
        QTest::newRow("mid-grey car, 8 s") << 8.0 << 170;
    }
    void restingObjectInZoneFoundAfterDwell()
    {
        QFETCH(double, dwell);
        QFETCH(int, grey);
        StaticObjectDetector detector;
        detector.setZones({sidewalk(dwell)});
        const QRect stall(100, 230, 90, 60);
        const double appears = 8; // after the detector's 5 s of warm-up
        const Run r = run(detector, appears + dwell + 15, [&](double t) {
            return t >= appears ? QVector<SceneObject>{{stall, grey}} : QVector<SceneObject>{};
        });
        QCOMPARE(r.found.size(), 1); // once, not every frame after
        const StaticObject &f = r.found.first();
        QCOMPARE(f.zoneId, QStringLiteral("sidewalk"));
        // After the dwell, and not much later (the short-term model takes ~2 s to settle).
        QVERIFY2(r.foundAtS.first() >= appears + dwell - 1.0,
                 qPrintable(QString::number(r.foundAtS.first())));
        QVERIFY2(r.foundAtS.first() <= appears + dwell + 4.0,
                 qPrintable(QString::number(r.foundAtS.first())));
        // The box is the object's (normalized).
        const QRectF expected(stall.x() / 640.0, stall.y() / 360.0, stall.width() / 640.0,
                              stall.height() / 360.0);
        QVERIFY2(overlapOfSmallerRect(f.box, expected) > 0.8, "box off the object");
        QVERIFY(std::abs(f.box.width() - expected.width()) < 0.05);
    }

    void passingCarIsNotFound()
    {
        StaticObjectDetector detector;
        detector.setZones({sidewalk(8)});
        // A car of 120×60 crossing the zone at 150 px/s, one after the other, for a minute.
        const Run r = run(detector, 60, [](double t) {
            const int x = int(std::fmod(t * 150, 900)) - 130;
            return QVector<SceneObject>{{QRect(x, 250, 120, 60), 210}};
        });
        QCOMPARE(r.found.size(), 0);
    }

    void shortStopIsNotFound()
    {
        StaticObjectDetector detector;
        detector.setZones({sidewalk(15)});
        // A van stops for 8 s (less than the dwell) and drives on; twice.
        const Run r = run(detector, 60, [](double t) {
            const double local = std::fmod(t, 30);
            if (local < 5 || local > 20)
                return QVector<SceneObject>{};
            const int x = local < 8    ? int((local - 5) * 60)
                          : local < 16 ? 180
                                       : 180 + int((local - 16) * 150);
            return QVector<SceneObject>{{QRect(x, 240, 110, 70), 200}};
        });
        QCOMPARE(r.found.size(), 0);
    }

    void objectOutsideZoneIsNotFound_data()
    {
        QTest::addColumn<QRect>("rect");
        QTest::newRow("upper half") << QRect(120, 60, 90, 60);
        QTest::newRow("right of zone") << QRect(420, 240, 90, 60);
        QTest::newRow("mostly outside") << QRect(300, 200, 100, 60); // a third inside
    }
    void objectOutsideZoneIsNotFound()
    {
        QFETCH(QRect, rect);
        StaticObjectDetector detector;
        detector.setZones({sidewalk(8)});
        const Run r = run(detector, 45, [&](double t) {
            return t >= 8 ? QVector<SceneObject>{{rect, 220}} : QVector<SceneObject>{};
        });
        QCOMPARE(r.found.size(), 0);
    }

    void lightChangesAreNotFound_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("dusk: -70 over 60 s") << 0;
        QTest::newRow("clouds: steps of ±20") << 1;
        QTest::newRow("camera gain flicker ±8") << 2;
    }
    void lightChangesAreNotFound()
    {
        QFETCH(int, kind);
        StaticObjectDetector detector;
        detector.setZones({sidewalk(8)});
        const Run r = run(
            detector, 70, [](double) { return QVector<SceneObject>{}; },
            [kind](double t) {
                if (kind == 0)
                    return -int(std::min(60.0, t) * 70 / 60);
                if (kind == 1)
                    return (int(t / 10) % 2) ? 20 : -5;
                return (int(t * 5) % 3 - 1) * 8;
            });
        QCOMPARE(r.found.size(), 0);
    }

    void restingObjectFoundWhileLightDrifts()
    {
        StaticObjectDetector detector;
        detector.setZones({sidewalk(10)});
        const Run r = run(
            detector, 40,
            [](double t) {
                return t >= 8 ? QVector<SceneObject>{{QRect(80, 220, 100, 70), 215}}
                              : QVector<SceneObject>{};
            },
            [](double t) { return -int(t); }); // dusk: −1 grey level a second
        QCOMPARE(r.found.size(), 1);
    }

    void objectBehindPassersByStillFoundOnce()
    {
        StaticObjectDetector detector;
        detector.setZones({sidewalk(12)});
        const QRect stall(90, 240, 100, 60);
        const Run r = run(detector, 45, [&](double t) {
            QVector<SceneObject> objects;
            if (t >= 8)
                objects.append({stall, 220});
            // A pedestrian (20×60) walks past in front of it every 6 s.
            const double walk = std::fmod(t, 6.0);
            if (walk < 3)
                objects.append({QRect(40 + int(walk * 60), 230, 20, 70), 40});
            return objects;
        });
        QCOMPARE(r.found.size(), 1);
    }

    void zonesHaveTheirOwnDwell()
    {
        StaticObjectDetector detector;
        DetectorZone road{QStringLiteral("road"),
                          {QPointF(0.5, 0.5), QPointF(1.0, 0.5), QPointF(1.0, 1.0),
                           QPointF(0.5, 1.0)},
                          20};
        detector.setZones({sidewalk(8), road});
        const Run r = run(detector, 45, [](double t) {
            if (t < 8)
                return QVector<SceneObject>{};
            return QVector<SceneObject>{{QRect(80, 230, 90, 60), 220},
                                        {QRect(420, 230, 120, 70), 30}};
        });
        QCOMPARE(r.found.size(), 2);
        QCOMPARE(r.found[0].zoneId, QStringLiteral("sidewalk"));
        QCOMPARE(r.found[1].zoneId, QStringLiteral("road"));
        QVERIFY(r.foundAtS[0] < 21); // 8 + 8 s, and the short-term model settling
        QVERIFY(r.foundAtS[1] >= 27);
    }

    void groupOfPeopleStandingIsNotFound_data()
    {
        QTest::addColumn<bool>("withCart");
        QTest::addColumn<int>("expected");
        QTest::newRow("six people standing together") << false << 0;
        QTest::newRow("a cart, its vendor beside it") << true << 1;
    }

    /// Upright figures (14×50) 24 px apart, their feet at different depths, come to rest one
    /// after the other: together they form one wide blob (the gaps close), which is people,
    /// not an object left there. A cart with one person beside it still is an object.
    void groupOfPeopleStandingIsNotFound()
    {
        QFETCH(bool, withCart);
        QFETCH(int, expected);
        StaticObjectDetector detector;
        detector.setZones({sidewalk(8)});
        double widest = 0;
        SyntheticScene scene;
        Run r;
        const qint64 t0 = 1'700'000'000'000'000;
        for (int i = 0; i < int(36 * kFps); ++i) {
            const double t = i / kFps;
            QVector<SceneObject> objects;
            if (withCart && t >= 8)
                objects = {{QRect(60, 250, 100, 40), 220}, {QRect(168, 236, 14, 54), 40}};
            for (int p = 0; !withCart && p < 6; ++p)
                if (t >= 8 + 0.3 * p)
                    objects.append(
                        {QRect(40 + 24 * p, 230 + (p * 7) % 20, 14, 50), p % 2 ? 40 : 220});
            const auto &picture = scene.render(objects);
            r.found << detector.feed(picture.data(), SyntheticScene::kWidth,
                                     SyntheticScene::kHeight, SyntheticScene::kWidth,
                                     t0 + qint64(t * 1e6));
            for (const QRectF &box : detector.trackedBoxes())
                widest = std::max(widest, box.width());
        }
        QCOMPARE(r.found.size(), expected);
        // The group was one wide blob (not six upright people dropped one by one).
        QVERIFY2(widest * SyntheticScene::kWidth > 100, "the group never formed one blob");
    }

    /// An awning (140×14) above its cart (90×40), a dark gap between them: two blobs, two
    /// tracks, one object — found once, its box around both.
    void objectInTwoPiecesIsOneFinding()
    {
        StaticObjectDetector detector;
        detector.setZones({sidewalk(8)});
        const QRect awning(40, 196, 140, 14), cart(65, 250, 90, 40);
        const Run r = run(detector, 30, [&](double t) {
            if (t < 8)
                return QVector<SceneObject>{};
            return QVector<SceneObject>{{awning, 230}, {cart, 30}};
        });
        QCOMPARE(r.found.size(), 1);
        const QRectF both(awning.united(cart));
        const QRectF expected(both.x() / SyntheticScene::kWidth, both.y() / SyntheticScene::kHeight,
                              both.width() / SyntheticScene::kWidth,
                              both.height() / SyntheticScene::kHeight);
        QVERIFY2(overlapOfSmallerRect(r.found.first().box, expected) > 0.8, "box off the object");
        QVERIFY2(r.found.first().box.height() > 0.8 * expected.height(),
                 "the box holds only one piece");
    }

private:
    static double overlapOfSmallerRect(const QRectF &a, const QRectF &b)
    {
        return overlapOfSmaller(a, b);
    }
};

QTEST_GUILESS_MAIN(TstStaticObjectDetector)
#include "tst_staticobjectdetector.moc"
