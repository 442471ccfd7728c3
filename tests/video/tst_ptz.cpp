// SPDX-License-Identifier: GPL-3.0-or-later
// PTZ (docs/video.md "PTZ"): the ONVIF client drives camsim's simulated PTZ camera over SOAP
// with WS-UsernameToken digest, and the moves show in the picture: pan right moves the street
// left, tilt up moves it down, zoom in magnifies it, a preset brings the first view back; a
// wrong password is refused. The wall's tile does the same through its controls' API.
#include "camsimprocess.h"

#include <cc/video/camerastream.h>
#include <cc/video/onvifptz.h>
#include <cc/video_quick/wallcontroller.h>

#include "resultcheck.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QVideoSink>

#include <cmath>
#include <functional>

using namespace Cc;
using namespace Cc::Video;

namespace {

/// The luma plane of a frame, for comparisons.
struct Luma
{
    int width = 0, height = 0;
    std::vector<quint8> y;
    int at(double x, double yy) const
    {
        const int xi = std::clamp(int(x), 0, width - 1), yi = std::clamp(int(yy), 0, height - 1);
        return y[std::size_t(yi) * width + xi];
    }
};

Luma lumaOf(QVideoFrame frame)
{
    Luma l;
    if (!frame.isValid() || !frame.map(QVideoFrame::ReadOnly))
        return l;
    l.width = frame.width();
    l.height = frame.height();
    l.y.resize(std::size_t(l.width) * l.height);
    for (int row = 0; row < l.height; ++row)
        std::memcpy(&l.y[std::size_t(row) * l.width], frame.bits(0) + row * frame.bytesPerLine(0),
                    std::size_t(l.width));
    frame.unmap();
    return l;
}

/// Mean |b(p) - a(map(p))| over a grid of points of b whose image lies inside a.
double mismatch(const Luma &a, const Luma &b, const std::function<QPointF(QPointF)> &map)
{
    double sum = 0;
    int n = 0;
    for (int gy = 1; gy < 48; ++gy) {
        for (int gx = 1; gx < 64; ++gx) {
            const QPointF p(b.width * gx / 64.0, b.height * gy / 48.0);
            const QPointF q = map(p);
            if (q.x() < 0 || q.y() < 0 || q.x() >= a.width || q.y() >= a.height)
                continue;
            sum += std::abs(b.at(p.x(), p.y()) - a.at(q.x(), q.y()));
            ++n;
        }
    }
    return n > 200 ? sum / n : 1e9;
}

/// The shift d (pixels) with b(x, y) ≈ a(x + dx, y + dy) along one axis.
int bestShift(const Luma &a, const Luma &b, bool horizontal)
{
    int best = 0;
    double bestCost = 1e18;
    const int range = (horizontal ? a.width : a.height) / 3;
    for (int d = -range; d <= range; ++d) {
        const double cost = mismatch(a, b, [&](QPointF p) {
            return horizontal ? QPointF(p.x() + d, p.y()) : QPointF(p.x(), p.y() + d);
        });
        if (cost < bestCost) {
            bestCost = cost;
            best = d;
        }
    }
    return best;
}

/// The magnification s with b(p) ≈ a(centre + (p - centre) / s).
double bestScale(const Luma &a, const Luma &b)
{
    double best = 1, bestCost = 1e18;
    const QPointF c(a.width / 2.0, a.height / 2.0);
    for (double s = 0.5; s <= 4.0; s += 0.02) {
        const double cost = mismatch(a, b, [&](QPointF p) { return c + (p - c) / s; });
        if (cost < bestCost) {
            bestCost = cost;
            best = s;
        }
    }
    return best;
}

} // namespace

class TstPtz : public QObject
{
    Q_OBJECT

    CamSimProcess m_sim;
    int m_onvifPort = 0;
    std::unique_ptr<CameraStream> m_stream;

    QString onvifTemplate() const
    {
        return QStringLiteral("http://127.0.0.1:%1/onvif/{camera}/device_service").arg(m_onvifPort);
    }
    PtzEndpoint endpoint(const QString &password = QStringLiteral("camsim")) const
    {
        auto e = ptzEndpointFor(m_sim.url(1, "sub", QStringLiteral("admin:") + password),
                                onvifTemplate());
        return e ? e.value() : PtzEndpoint{};
    }
    /// The newest picture once the camera has settled (the stream's latency passed).
    Luma settledPicture()
    {
        QTest::qWait(700);
        return lumaOf(m_stream->mailbox()->latest().frame);
    }
    static bool run(OnvifPtzClient &client, const std::function<void()> &command)
    {
        QSignalSpy ok(&client, &OnvifPtzClient::succeeded);
        QSignalSpy failed(&client, &OnvifPtzClient::failed);
        command();
        return QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 10000)
               && failed.isEmpty();
    }

private slots:
    void initTestCase()
    {
        m_sim.setExtraArguments({QStringLiteral("--ptz"), QStringLiteral("1"),
                                 QStringLiteral("--onvif-port"), QStringLiteral("0")});
        QVERIFY(m_sim.start(2) > 0);
        const QString line = m_sim.nextLine();
        QVERIFY2(line.startsWith(QLatin1String("onvif ")), qPrintable(line));
        m_onvifPort = line.mid(6).toInt();
        QVERIFY(m_onvifPort > 0);
        m_stream = std::make_unique<CameraStream>();
        m_stream->setUrl(m_sim.url(1, "sub"));
        m_stream->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_stream->mailbox()->latest().seq > 10, 60000);
        QCOMPARE(m_stream->mailbox()->latest().frame.size(), QSize(640, 360));
    }

    void digestOfTheOnvifGuide()
    {
        // The worked example of the ONVIF Application Programmer's Guide (WS-UsernameToken).
        QCOMPARE(Onvif::passwordDigest(QByteArray::fromBase64("LKqI6G/AikKCQrN0zqZFlg=="),
                                       QStringLiteral("2010-09-16T07:50:45Z"),
                                       QStringLiteral("userpassword")),
                 QByteArray("tuOSpGlFlIXsozq4HFNeeGeFLEI="));
        const QByteArray env = Onvif::envelope(QStringLiteral("a<b"), QStringLiteral("pw"),
                                               "<Stop/>", "0123456789abcdef",
                                               QDateTime::currentDateTimeUtc());
        QVERIFY(env.contains("<wsse:Username>a&lt;b</wsse:Username>"));
        QVERIFY(!env.contains(">pw<"));
        QVERIFY(Onvif::parseAnswer(200, env));
    }

    void endpointFromTheStream_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("addressTemplate");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("code");
        QTest::newRow("default") << "rtsp://admin:p%40ss@10.0.0.7:554/Streaming/101"
                                 << ""
                                 << "http://10.0.0.7/onvif/device_service"
                                 << "admin"
                                 << "ok";
        QTest::newRow("camsim") << "rtsp://127.0.0.1:8554/cam03/main"
                                << "http://127.0.0.1:9000/onvif/{camera}/device_service"
                                << "http://127.0.0.1:9000/onvif/cam03/device_service"
                                << ""
                                << "ok";
        QTest::newRow("not http") << "rtsp://h/x"
                                  << "ftp://{host}/x"
                                  << ""
                                  << ""
                                  << "ptz.bad-template";
        QTest::newRow("bad stream") << "http://h/x"
                                    << ""
                                    << ""
                                    << ""
                                    << "video.bad-url";
    }

    void endpointFromTheStream()
    {
        QFETCH(QString, url);
        QFETCH(QString, addressTemplate);
        QFETCH(QString, service);
        QFETCH(QString, user);
        QFETCH(QString, code);
        auto e = ptzEndpointFor(url, addressTemplate);
        QCOMPARE(CcTest::codeOf(e), code);
        if (e) {
            QCOMPARE(e->service.toString(), service);
            QCOMPARE(e->user, user);
        }
    }

    void faultsAreErrors()
    {
        const QByteArray fault
            = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body>"
              "<env:Fault><env:Code><env:Value>env:Sender</env:Value><env:Subcode><env:Value>"
              "ter:InvalidArgVal</env:Value></env:Subcode></env:Code><env:Reason><env:Text>No such"
              " preset</env:Text></env:Reason></env:Fault></env:Body></env:Envelope>";
        auto r = Onvif::parseAnswer(400, fault);
        QCOMPARE(CcTest::codeOf(r), QStringLiteral("ptz.fault"));
        QVERIFY(r.error().message.contains(QLatin1String("No such preset")));
        QCOMPARE(CcTest::codeOf(Onvif::parseAnswer(200, "<html>hello</html>")),
                 QStringLiteral("ptz.bad-answer"));
        QCOMPARE(CcTest::codeOf(Onvif::parseAnswer(401, "")), QStringLiteral("ptz.not-authorized"));
    }

    void wrongPasswordRefused()
    {
        OnvifPtzClient client(endpoint(QStringLiteral("wrong")));
        QSignalSpy failed(&client, &OnvifPtzClient::failed);
        client.continuousMove(1, 0, 0);
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 10000));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("ptz.not-authorized"));
    }

    void panTiltZoomShowInThePicture()
    {
        OnvifPtzClient client(endpoint());
        QSignalSpy presets(&client, &OnvifPtzClient::presetSet);
        // Home: the wide view, as a preset.
        QVERIFY(run(client, [&] { client.setPreset(QStringLiteral("home")); }));
        QCOMPARE(client.endpoint().profileToken, QStringLiteral("profile_main")); // GetProfiles
        QCOMPARE(presets.count(), 1);
        const QString home = presets.first().at(1).toString();
        QVERIFY(!home.isEmpty());
        const Luma start = settledPicture();

        // Pan right at half speed for a second: the street moves left (~80 px on the sub-stream).
        QVERIFY(run(client, [&] { client.continuousMove(0.5, 0, 0); }));
        QTest::qWait(1000);
        QVERIFY(run(client, [&] { client.stop(); }));
        const Luma panned = settledPicture();
        const int dx = bestShift(start, panned, true);
        qInfo("pan right 0.5 for 1 s: picture moved %d px left", dx);
        QVERIFY2(dx >= 30 && dx <= 200, qPrintable(QString::number(dx)));

        // Tilt up: the street moves down.
        QVERIFY(run(client, [&] { client.continuousMove(0, 0.5, 0); }));
        QTest::qWait(1000);
        QVERIFY(run(client, [&] { client.stop(); }));
        const Luma tilted = settledPicture();
        const int dy = bestShift(panned, tilted, false);
        qInfo("tilt up 0.5 for 1 s: picture moved %d px down", -dy);
        QVERIFY2(dy <= -15 && dy >= -150, qPrintable(QString::number(dy)));

        // Zoom in: magnified about the centre.
        QVERIFY(run(client, [&] { client.continuousMove(0, 0, 1.0); }));
        QTest::qWait(1000);
        QVERIFY(run(client, [&] { client.stop(); }));
        const Luma zoomed = settledPicture();
        const double s = bestScale(tilted, zoomed);
        qInfo("zoom in 1.0 for 1 s: magnified %.2fx", s);
        QVERIFY2(s >= 1.25 && s <= 2.5, qPrintable(QString::number(s)));

        // Back home: the first picture again.
        QVERIFY(run(client, [&] { client.gotoPreset(home); }));
        const Luma back = settledPicture();
        const auto same = [](QPointF p) { return p; };
        const double away = mismatch(start, zoomed, same), returned = mismatch(start, back, same);
        qInfo("mean |difference| to the first picture: zoomed %.1f, after GotoPreset %.1f", away,
              returned);
        QVERIFY2(returned < 6 && returned * 3 < away,
                 qPrintable(QStringLiteral("%1 vs %2").arg(returned).arg(away)));

        // An unknown preset is the camera's fault, said as such.
        QSignalSpy failed(&client, &OnvifPtzClient::failed);
        client.gotoPreset(QStringLiteral("no-such-preset"));
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 10000));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("ptz.fault"));
    }

    void cameraClockMinutesOff()
    {
        // A camera whose clock is 15 minutes ahead refuses a token dated by ours (its
        // tolerance is 5 minutes); the client dates it by the camera's GetSystemDateAndTime.
        CamSimProcess sim;
        sim.setExtraArguments({QStringLiteral("--ptz"), QStringLiteral("1"),
                               QStringLiteral("--onvif-port"), QStringLiteral("0"),
                               QStringLiteral("--onvif-clock-offset"), QStringLiteral("900")});
        QVERIFY(sim.start(1) > 0);
        const QString line = sim.nextLine();
        QVERIFY2(line.startsWith(QLatin1String("onvif ")), qPrintable(line));
        auto e = ptzEndpointFor(sim.url(1, "sub", QStringLiteral("admin:camsim")),
                                QStringLiteral("http://127.0.0.1:%1/onvif/{camera}/device_service")
                                    .arg(line.mid(6)));
        CC_VERIFY_OK(e);
        OnvifPtzClient client(e.value());
        QVERIFY(run(client, [&] { client.stop(); }));
        // Dated by our clock, the same camera refuses the account.
        const QByteArray ours = Onvif::envelope(
            QStringLiteral("admin"), QStringLiteral("camsim"),
            "<Stop xmlns=\"http://www.onvif.org/ver20/ptz/wsdl\"><ProfileToken>profile_main"
            "</ProfileToken></Stop>",
            "fedcba9876543210", QDateTime::currentDateTimeUtc());
        QNetworkAccessManager network;
        QNetworkRequest request(e->service);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/soap+xml; charset=utf-8"));
        std::unique_ptr<QNetworkReply> reply(network.post(request, ours));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        QCOMPARE(CcTest::codeOf(
                     Onvif::parseAnswer(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute)
                                            .toInt(),
                                        reply->readAll())),
                 QStringLiteral("ptz.not-authorized"));
    }

    void movesCoalesce()
    {
        // A drag sends many velocities; only the newest waits while one is under way.
        OnvifPtzClient client(endpoint());
        QSignalSpy ok(&client, &OnvifPtzClient::succeeded);
        for (int i = 0; i < 50; ++i)
            client.continuousMove(0.01 * i, 0, 0);
        client.stop();
        QVERIFY(QTest::qWaitFor([&] { return client.idle(); }, 10000));
        QVERIFY2(ok.count() <= 3, qPrintable(QString::number(ok.count())));
        QCOMPARE(ok.last().first().toString(), QStringLiteral("Stop"));
    }

    void wallTileDrivesTheCamera()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("wall.ini")), QSettings::IniFormat);
        VideoQuick::WallController wall(settings);
        wall.setOnvifTemplate(onvifTemplate());
        Storage::CameraRow ptz, fixed;
        ptz.id = QStringLiteral("cam-ptz");
        ptz.name = QStringLiteral("球机");
        ptz.urlMain = m_sim.url(1, "sub", QStringLiteral("admin:camsim"));
        ptz.urlSub = ptz.urlMain;
        ptz.ptz = true;
        fixed = ptz;
        fixed.id = QStringLiteral("cam-fixed");
        fixed.ptz = false;
        fixed.urlMain = fixed.urlSub = m_sim.url(2, "sub");
        wall.setCameras({ptz, fixed});
        wall.restore();
        VideoQuick::TilePtz *control = wall.tile(0)->ptz();
        QVERIFY(control->available());
        QVERIFY(!wall.tile(1)->ptz()->available()); // a fixed camera has no PTZ controls

        // Preset slot 1 here; the camera's token is kept with the wall's settings.
        QVERIFY(!control->hasPreset(1));
        QVERIFY(control->setPreset(1));
        QVERIFY(QTest::qWaitFor([&] { return control->hasPreset(1); }, 10000));
        const Luma start = settledPicture();
        control->move(-0.5, 0, 0); // pan left: the street moves right
        QVERIFY(control->moving());
        QTest::qWait(1000);
        control->stop();
        QVERIFY(!control->moving());
        const Luma left = settledPicture();
        const int dx = bestShift(start, left, true);
        QVERIFY2(dx <= -30, qPrintable(QString::number(dx)));
        QVERIFY(control->gotoPreset(1));
        const Luma back = settledPicture();
        QVERIFY(mismatch(start, back, [](QPointF p) { return p; }) < 6);
        QVERIFY(!control->gotoPreset(2)); // never set
        QVERIFY(control->statusText().contains(QLatin1Char('2')));
    }
};

QTEST_MAIN(TstPtz)
#include "tst_ptz.moc"
