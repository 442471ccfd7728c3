// SPDX-License-Identifier: GPL-3.0-or-later
// camsim's street scenes and scripted incidents (docs/video.md "Street scenes and scripted
// incidents"), seen through a real RTSP client: the fixed cameras show a street where the
// ground truth puts its zones, different per camera; a scripted stall and a parked car change
// the picture inside their truth box and hardly outside it, at the times the truth says
// (SEI stamps); the same seed gives the same truth; bad scripts are refused.
#include "camsimprocess.h"
#include "stampedgrabber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace {

constexpr int W = StampedGrabber::kWidth, H = StampedGrabber::kHeight;

const QByteArray kScript = R"({"incidents": [
  {"camera": "cam02", "kind": "stall",   "at_s": 6, "duration_s": 6},
  {"camera": "cam03", "kind": "parking", "at_s": 6, "duration_s": 6}
]})";

QStringList sceneArguments(const QString &script, const QString &truth, int seed = 7)
{
    return {QStringLiteral("--seconds"),   QStringLiteral("2"),
            QStringLiteral("--scenes"),    QStringLiteral("3"),
            QStringLiteral("--seed"),      QString::number(seed),
            QStringLiteral("--incidents"), script,
            QStringLiteral("--truth"),     truth};
}

QList<QJsonObject> readTruth(const QString &file)
{
    QFile f(file);
    QList<QJsonObject> lines;
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (!line.isEmpty())
                lines.push_back(QJsonDocument::fromJson(line).object());
    return lines;
}

QJsonObject find(const QList<QJsonObject> &truth, const QString &type, const QString &camera,
                 const QString &zone = {})
{
    for (const QJsonObject &o : truth)
        if (o[QLatin1String("type")].toString() == type
            && o[QLatin1String("camera")].toString() == camera
            && (zone.isEmpty() || o[QLatin1String("zone")].toString() == zone))
            return o;
    return {};
}

/// A normalized box [x0, y0, x1, y1] (or a polygon's bounds) in pixels of the grabbed pictures.
QRect pixels(const QJsonArray &box)
{
    return QRect(QPoint(int(std::ceil(box[0].toDouble() * W)),
                        int(std::ceil(box[1].toDouble() * H))),
                 QPoint(int(box[2].toDouble() * W) - 1, int(box[3].toDouble() * H) - 1));
}

QRect polygonBounds(const QJsonArray &polygon)
{
    double x0 = 1, y0 = 1, x1 = 0, y1 = 0;
    for (const QJsonValue &p : polygon) {
        x0 = std::min(x0, p[0].toDouble());
        y0 = std::min(y0, p[1].toDouble());
        x1 = std::max(x1, p[0].toDouble());
        y1 = std::max(y1, p[1].toDouble());
    }
    return pixels(QJsonArray{x0, y0, x1, y1});
}

/// The per-pixel median of the pictures stamped in [fromUs, toUs): moving traffic drops out.
QByteArray median(const std::vector<StampedPicture> &pictures, qint64 fromUs, qint64 toUs,
                  int *count = nullptr)
{
    std::vector<const QByteArray *> chosen;
    for (const StampedPicture &p : pictures)
        if (p.stampUs >= fromUs && p.stampUs < toUs)
            chosen.push_back(&p.luma);
    if (count)
        *count = int(chosen.size());
    QByteArray out(W * H, '\0');
    if (chosen.empty())
        return out;
    std::vector<unsigned char> values(chosen.size());
    for (int i = 0; i < W * H; ++i) {
        for (std::size_t k = 0; k < chosen.size(); ++k)
            values[k] = static_cast<unsigned char>(chosen[k]->at(i));
        std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
        out[i] = char(values[values.size() / 2]);
    }
    return out;
}

/// Mean absolute luma difference inside `box` (inside = true) or outside it.
double difference(const QByteArray &a, const QByteArray &b, const QRect &box, bool inside)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < H; ++y)
        for (int x = 0; x < W; ++x) {
            if (box.contains(x, y) != inside)
                continue;
            sum += std::abs(int(static_cast<unsigned char>(a[y * W + x]))
                            - int(static_cast<unsigned char>(b[y * W + x])));
            ++n;
        }
    return n ? sum / n : 0;
}

double meanLuma(const QByteArray &a, const QRect &r)
{
    double sum = 0;
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x, ++n)
            sum += static_cast<unsigned char>(a[y * W + x]);
    return n ? sum / n : 0;
}

/// The stamp of the first picture from `fromUs` on that, with the two after it, differs from
/// `reference` inside `box` by more (`above`) or less than `threshold`; 0 if none.
qint64 firstChange(const std::vector<StampedPicture> &pictures, qint64 fromUs,
                   const QByteArray &reference, const QRect &box, double threshold, bool above)
{
    for (std::size_t i = 0; i + 2 < pictures.size(); ++i) {
        if (pictures[i].stampUs < fromUs)
            continue;
        bool all = true;
        for (std::size_t k = i; k < i + 3; ++k)
            all = all
                  && ((difference(pictures[k].luma, reference, box, true) > threshold) == above);
        if (all)
            return pictures[i].stampUs;
    }
    return 0;
}

/// The truth without what depends on when camsim started: times relative to t0.
QStringList relativeTruth(const QList<QJsonObject> &truth)
{
    const qint64 t0 = qint64(truth.value(0)[QLatin1String("t0_us")].toDouble());
    QStringList out;
    for (QJsonObject o : truth) {
        o.remove(QLatin1String("t0_us"));
        for (const char *key : {"appears_us", "settled_us", "leaves_us", "gone_us"})
            if (o.contains(QLatin1String(key)))
                o[QLatin1String(key)] = double(qint64(o[QLatin1String(key)].toDouble()) - t0);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return out;
}

} // namespace

class TstCamSimScenes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { gst_init(nullptr, nullptr); }

    void streetsAndIncidents();
    void sameSeedSameTruth();
    void badScriptIsRefused_data();
    void badScriptIsRefused();
    void unwritableTruthIsRefused();

private:
    QString writeScript(const QByteArray &text)
    {
        const QString file = m_dir.filePath(QStringLiteral("script%1.json").arg(++m_scripts));
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        return file;
    }
    /// Runs camsim to its end; its exit code, stderr and whether it printed a port.
    int runCamsim(const QStringList &arguments, QByteArray &err, bool &printedPort)
    {
        QProcess p;
        p.start(QStringLiteral(CC_BINARY_DIR "/bin/camsim"),
                QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                            QStringLiteral("--cameras"), QStringLiteral("3"),
                            QStringLiteral("--cache"),
                            QStringLiteral(CC_BINARY_DIR "/camsim-cache")}
                    + arguments);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        err = p.readAllStandardError();
        printedPort = !p.readAllStandardOutput().trimmed().isEmpty();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QTemporaryDir m_dir;
    int m_scripts = 0;
};

void TstCamSimScenes::streetsAndIncidents()
{
    const QString truthFile = m_dir.filePath(QStringLiteral("truth.jsonl"));
    CamSimProcess sim;
    sim.setExtraArguments(sceneArguments(writeScript(kScript), truthFile));
    QVERIFY(sim.start(3) > 0);
    const QList<QJsonObject> truth = readTruth(truthFile);
    QVERIFY(!truth.isEmpty());
    const qint64 t0 = qint64(truth.front()[QLatin1String("t0_us")].toDouble());
    QVERIFY(t0 > 0);

    StampedGrabber cam1(sim.url(1)), cam2(sim.url(2)), cam3(sim.url(3));
    QVERIFY(cam1.isValid() && cam2.isValid() && cam3.isValid());
    // The script: arrival in 6–8 s, still until 14 s, departure 14–16 s (2 s slots).
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 45000
           && (cam2.pictures.empty() || cam2.pictures.back().stampUs < t0 + 17500000
               || cam3.pictures.empty() || cam3.pictures.back().stampUs < t0 + 17500000)) {
        cam1.pull(50);
        cam2.pull(50);
        cam3.pull(50);
    }
    QVERIFY2(!cam2.pictures.empty() && cam2.pictures.front().stampUs < t0 + 5000000,
             "the incident cameras were watched from before the arrival");
    qInfo("pictures: cam01 %zu, cam02 %zu, cam03 %zu", cam1.pictures.size(), cam2.pictures.size(),
          cam3.pictures.size());

    // A street where the truth's zones are: the sidewalk is paving, the road asphalt.
    const QByteArray street1 = median(cam1.pictures, 0, t0 + 100000000);
    const double sidewalk = meanLuma(street1,
                                     polygonBounds(
                                         find(truth, QStringLiteral("zone"),
                                              QStringLiteral("cam01"),
                                              QStringLiteral("sidewalk"))[QLatin1String("polygon")]
                                             .toArray()));
    const double road = meanLuma(street1,
                                 polygonBounds(
                                     find(truth, QStringLiteral("zone"), QStringLiteral("cam01"),
                                          QStringLiteral("road"))[QLatin1String("polygon")]
                                         .toArray()));
    qInfo("cam01: sidewalk luma %.0f, road luma %.0f", sidewalk, road);
    QVERIFY2(sidewalk > road + 50, "a light sidewalk above a dark road, where the truth says");

    // Seamless: where a camera goes from one clip to the next (every 2 s of its timeline: loop
    // points and the incident's clip changes), the picture moves no more than where a GOP starts
    // within a clip (an IDR is coded afresh) or between any two frames.
    for (const StampedGrabber *grabber : {&cam2, &cam3}) {
        double atSwitch = 0, atGop = 0, within = 0;
        const auto &p = grabber->pictures;
        for (std::size_t i = 0; i + 1 < p.size(); ++i) {
            const qint64 n = std::llround((p[i].stampUs - t0) / 40000.0) + 1;
            if (std::llround((p[i + 1].stampUs - t0) / 40000.0) != n)
                continue;
            const double d = difference(p[i].luma, p[i + 1].luma, QRect(0, 0, W, H), true);
            double &largest = n % 50 == 0 ? atSwitch : n % 25 == 0 ? atGop : within;
            largest = std::max(largest, d);
        }
        qInfo("largest change between two pictures: %.2f at a clip switch, %.2f at another GOP, "
              "%.2f within GOPs",
              atSwitch, atGop, within);
        QVERIFY(atSwitch > 0 && atGop > 0);
        QVERIFY2(atSwitch <= 1.5 * std::max(atGop, within), "no jump where clips meet");
    }

    for (const auto &[grabber, camera] :
         {std::pair{&cam2, QStringLiteral("cam02")}, std::pair{&cam3, QStringLiteral("cam03")}}) {
        const QJsonObject incident = find(truth, QStringLiteral("incident"), camera);
        QVERIFY2(!incident.isEmpty(), qPrintable(camera));
        const auto us = [&](const char *key) {
            return qint64(incident[QLatin1String(key)].toDouble());
        };
        const QRect box = pixels(incident[QLatin1String("bbox")].toArray());
        QVERIFY(polygonBounds(incident[QLatin1String("zone_polygon")].toArray())
                    .adjusted(-1, -1, 1, 1)
                    .contains(box));
        int before = 0, during = 0, after = 0;
        const QByteArray b = median(grabber->pictures, 0, us("appears_us") - 100000, &before);
        const QByteArray d = median(grabber->pictures, us("settled_us") + 100000,
                                    us("leaves_us") - 100000, &during);
        const QByteArray a = median(grabber->pictures, us("gone_us") + 100000, t0 + 100000000,
                                    &after);
        const double inside = difference(b, d, box, true), outside = difference(b, d, box, false);
        const double back = difference(b, a, box, true);
        qInfo("%s %s: medians of %d/%d/%d pictures; before→during inside %.1f, outside %.2f; "
              "before→after inside %.2f",
              qPrintable(camera), qPrintable(incident[QLatin1String("kind")].toString()), before,
              during, after, inside, outside, back);
        QVERIFY(before >= 25 && during >= 100 && after >= 10);
        QVERIFY2(inside > 20, "the object is there, in its box");
        QVERIFY2(outside < 2.5, "nothing else changed (traffic drops out of the median)");
        QVERIFY2(back < 3, "after it left, the street is as before");
        if (camera == QLatin1String("cam02"))
            QVERIFY2(difference(street1, b, QRect(0, 0, W, H), true) > 10,
                     "cameras show different streets");
        // The moments: the box starts changing near appears_us, is bare again near gone_us.
        const double threshold = inside / 3;
        const qint64 seen = firstChange(grabber->pictures, 0, b, box, threshold, true);
        const qint64 cleared = firstChange(grabber->pictures, us("leaves_us"), b, box, threshold,
                                           false);
        qInfo("%s: change seen %+.0f ms after appears_us, bare again %+.0f ms after gone_us",
              qPrintable(camera), (seen - us("appears_us")) / 1000.0,
              (cleared - us("gone_us")) / 1000.0);
        QVERIFY(seen > 0 && cleared > 0);
        // Not before the truth says (3 frames of slack for the clock), within a second after.
        QVERIFY(seen >= us("appears_us") - 120000 && seen <= us("appears_us") + 1000000);
        QVERIFY(cleared <= us("gone_us") + 120000 && cleared >= us("gone_us") - 1000000);
    }
}

void TstCamSimScenes::sameSeedSameTruth()
{
    const QString script = writeScript(kScript);
    QList<QJsonObject> runs[3];
    const int seeds[3] = {7, 7, 8};
    for (int i = 0; i < 3; ++i) {
        const QString file = m_dir.filePath(QStringLiteral("truth-run%1.jsonl").arg(i));
        CamSimProcess sim;
        sim.setExtraArguments(sceneArguments(script, file, seeds[i]));
        QVERIFY(sim.start(3) > 0);
        runs[i] = readTruth(file);
        QVERIFY(sim.terminate());
    }
    QCOMPARE(runs[0].size(), 1 + 3 * 4 + 2); // start, 3 × (camera + 3 zones), 2 incidents
    QCOMPARE(relativeTruth(runs[1]), relativeTruth(runs[0]));
    QVERIFY(relativeTruth(runs[2]) != relativeTruth(runs[0])); // another seed, other places
}

void TstCamSimScenes::badScriptIsRefused_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("reason");
    const QStringList none;
    QTest::newRow("not JSON") << QByteArray("{\"incidents\": [") << none << QByteArray("not JSON");
    QTest::newRow("unknown key") << QByteArray(R"({"incidents": [], "repeat": 5})") << none
                                 << QByteArray("unknown key \"repeat\"");
    QTest::newRow("unknown kind") << QByteArray(
        R"({"incidents": [{"camera": "cam02", "kind": "fire", "at_s": 0, "duration_s": 5}]})")
                                  << none << QByteArray("\"kind\" must be one of");
    QTest::newRow("missing time") << QByteArray(
        R"({"incidents": [{"camera": "cam02", "kind": "stall", "duration_s": 5}]})")
                                  << none << QByteArray("\"at_s\" must be a number");
    QTest::newRow("negative time") << QByteArray(
        R"({"incidents": [{"camera": "cam02", "kind": "stall", "at_s": -1, "duration_s": 5}]})")
                                   << none << QByteArray("\"at_s\" must be between");
    QTest::newRow("x outside the picture") << QByteArray(
        R"({"incidents": [{"camera": "cam02", "kind": "crowd", "at_s": 0, "duration_s": 5, "x": 1.5}]})")
                                           << none << QByteArray("\"x\" must be between");
    QTest::newRow("camera not served") << QByteArray(
        R"({"incidents": [{"camera": "cam09", "kind": "stall", "at_s": 0, "duration_s": 5}]})")
                                       << none << QByteArray("camera \"cam09\" is not served");
    QTest::newRow("PTZ camera") << QByteArray(
        R"({"incidents": [{"camera": "cam01", "kind": "stall", "at_s": 0, "duration_s": 5}]})")
                                << QStringList{QStringLiteral("--ptz"), QStringLiteral("1")}
                                << QByteArray("is a PTZ camera");
    QTest::newRow("overlap") << QByteArray(
        R"({"incidents": [{"camera": "cam02", "kind": "stall", "at_s": 0, "duration_s": 10},
                                        {"camera": "cam02", "kind": "rubbish", "at_s": 8, "duration_s": 5}]})")
                             << none << QByteArray("incidents 1 and 2 on cam02 overlap");
    QTest::newRow("repeat shorter than the script") << QByteArray(
        R"({"repeat_s": 10, "incidents": [{"camera": "cam02", "kind": "stall", "at_s": 4, "duration_s": 10}]})")
                                                    << none
                                                    << QByteArray(
                                                           "\"repeat_s\" is shorter than the script");
}

void TstCamSimScenes::badScriptIsRefused()
{
    QFETCH(QByteArray, script);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, reason);
    QByteArray err;
    bool printedPort = true;
    const QString file = writeScript(script);
    const int code = runCamsim(QStringList{QStringLiteral("--incidents"), file} + extra, err,
                               printedPort);
    QCOMPARE(code, 1);
    QVERIFY(!printedPort);
    QVERIFY2(err.contains("camsim: [camsim.bad-script] " + file.toUtf8() + ": "), err.constData());
    QVERIFY2(err.contains(reason), err.constData());

    QCOMPARE(runCamsim({QStringLiteral("--incidents"), m_dir.filePath(QStringLiteral("none.json"))},
                       err, printedPort),
             1);
    QVERIFY2(err.contains("cannot read the file"), err.constData());
}

void TstCamSimScenes::unwritableTruthIsRefused()
{
    QByteArray err;
    bool printedPort = true;
    QCOMPARE(runCamsim({QStringLiteral("--truth"),
                        m_dir.filePath(QStringLiteral("no/such/dir/truth.jsonl"))},
                       err, printedPort),
             1);
    QVERIFY(!printedPort);
    QVERIFY2(err.contains("camsim: [camsim.truth-unwritable]"), err.constData());
}

QTEST_GUILESS_MAIN(TstCamSimScenes)
#include "tst_camsim_scenes.moc"
