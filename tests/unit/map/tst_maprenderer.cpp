// SPDX-License-Identifier: GPL-3.0-or-later
// Render jobs' lifetimes: a cancelled or superseded job delivers nothing and never makes the
// GUI thread wait (QGIS's cancelWithoutBlocking), destroying a renderer mid-render returns
// at once, and a cancelled layer job stops drawing.
#include <cc/map/maprenderer.h>

#include <QPainter>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <random>

using namespace Cc;
using namespace Cc::Map;

namespace {

std::shared_ptr<const MapData> pointCloud(int count)
{
    auto data = std::make_shared<MapData>();
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> u(0, 1);
    for (int i = 0; i < count; ++i)
        data->components.push_back(
            {QPointF(114.3 + 0.05 * u(rng), 35.9 + 0.05 * u(rng)), {}, {}, {}, 101, {}});
    data->cameras.push_back({QPointF(114.32, 35.92), "cam", "cam", "cam", 0, {}});
    data->extent = QRectF(114.3, 35.9, 0.05, 0.05);
    return data;
}

QList<LayerSettings> pointLayers()
{
    return {{LayerKind::Components, true, false, 1.0}, {LayerKind::Cameras, true, false, 1.0}};
}

/// A pool whose only thread is held until release(): jobs queue behind it, so a caller that
/// waited for them would hang (and the test time out) instead of passing.
class HeldPool
{
public:
    HeldPool()
    {
        pool.setMaxThreadCount(1);
        pool.start([this] { gate.acquire(); });
    }
    ~HeldPool() { release(); }
    void release()
    {
        if (!released) {
            gate.release();
            released = true;
        }
        pool.waitForDone();
    }
    QThreadPool pool;

private:
    QSemaphore gate;
    bool released = false;
};

bool hasInk(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) != 0)
                return true;
    return false;
}

QImage composed(const MapRenderer &renderer, const Viewport &v)
{
    QImage image(v.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    renderer.compose(p, v);
    return image;
}

} // namespace

class TestMapRenderer : public QObject
{
    Q_OBJECT

private slots:
    void destroyingMidRenderDoesNotWait()
    {
        HeldPool held;
        auto *renderer = new MapRenderer;
        renderer->setThreadPool(&held.pool);
        renderer->setData(pointCloud(1000));
        renderer->setLayers(pointLayers());
        QSignalSpy ready(renderer, &MapRenderer::ready);
        renderer->render(Viewport::fit(QRectF(114.3, 35.9, 0.05, 0.05), QSize(200, 200)));
        QVERIFY(renderer->isRendering());
        delete renderer; // the jobs cannot even start yet: waiting here would never end
        held.release();  // they run now, see the cancel and drop their pictures
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 0);
    }

    void cancelKeepsTheCacheAndDeliversNothing()
    {
        const Viewport v = Viewport::fit(QRectF(114.3, 35.9, 0.05, 0.05), QSize(200, 200));
        MapRenderer renderer;
        renderer.setData(pointCloud(1000));
        renderer.setLayers(pointLayers());
        QSignalSpy ready(&renderer, &MapRenderer::ready);
        renderer.render(v);
        renderer.waitForFinished();
        QCOMPARE(ready.count(), 2);
        QVERIFY(hasInk(composed(renderer, v)));

        HeldPool held;
        renderer.setThreadPool(&held.pool);
        renderer.setData(pointCloud(10));
        renderer.render(v);
        QVERIFY(renderer.isRendering());
        renderer.cancelWithoutBlocking();
        QVERIFY(!renderer.isRendering());
        held.release();
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 2);
        QVERIFY(hasInk(composed(renderer, v))); // the old pictures still show
    }

    void aNewViewportSupersedesTheRunningJob()
    {
        const Viewport a = Viewport::fit(QRectF(114.3, 35.9, 0.05, 0.05), QSize(200, 200));
        Viewport b = a;
        b.center += QPointF(0.01, 0);
        HeldPool held;
        MapRenderer renderer;
        renderer.setThreadPool(&held.pool);
        renderer.setData(pointCloud(1000));
        renderer.setLayers(pointLayers());
        QSignalSpy ready(&renderer, &MapRenderer::ready);
        renderer.render(a);
        renderer.render(a); // the same request again: no second job
        renderer.render(b);
        held.release();
        renderer.waitForFinished();
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 2); // one picture per layer, for b only
        renderer.render(b);
        QVERIFY(!renderer.isRendering()); // cached for b: nothing to do
    }

    void cancelledLayerJobStopsDrawing()
    {
        RenderInput input{pointCloud(5000), {}, {}, {}};
        const Viewport v = Viewport::fit(QRectF(114.3, 35.9, 0.05, 0.05), QSize(200, 200));
        RenderFeedback feedback;
        QVERIFY(hasInk(renderLayer(input, LayerKind::Components, v, false, &feedback)));
        feedback.cancel();
        QVERIFY(renderLayer(input, LayerKind::Components, v, false, &feedback).isNull());
    }
};

QTEST_MAIN(TestMapRenderer)
#include "tst_maprenderer.moc"
