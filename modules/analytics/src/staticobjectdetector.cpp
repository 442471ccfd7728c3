// SPDX-License-Identifier: GPL-3.0-or-later
// New static objects against a long-term and a short-term background (docs/video.md
// "Video analytics").
#include "cc/analytics/staticobjectdetector.h"

#include <QSet>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Cc::Analytics {

namespace {

struct Track
{
    int id = 0;
    cv::Rect box;
    qint64 firstUs = 0, lastSeenUs = 0;
    int frames = 0, seen = 0; ///< frames since it began, and those it was seen in
    int peopleSeen = 0;       ///< frames its blob was made of upright parts (people standing)
    QSet<QString> raisedIn;   ///< zones it was reported in
};

/// A blob of resting pixels, and whether it is made of upright parts (a group of people
/// standing together, not an object left there).
struct Blob
{
    cv::Rect box;
    bool people = false;
};

struct ZoneMask
{
    DetectorZone zone;
    cv::Mat mask; ///< CV_8U, analysis size
};

double overlapOfSmallerPx(const cv::Rect &a, const cv::Rect &b)
{
    const double common = (a & b).area();
    const double smaller = std::min(a.area(), b.area());
    return smaller > 0 ? common / smaller : 0;
}

/// The median of a float image, from every 4th pixel of every 4th row (plenty for a global
/// light level, and cheap).
float sampledMedian(const cv::Mat &image)
{
    std::vector<float> samples;
    samples.reserve(size_t(image.rows / 4 + 1) * size_t(image.cols / 4 + 1));
    for (int y = 0; y < image.rows; y += 4) {
        const float *row = image.ptr<float>(y);
        for (int x = 0; x < image.cols; x += 4)
            samples.push_back(row[x]);
    }
    if (samples.empty())
        return 0;
    auto middle = samples.begin() + qsizetype(samples.size() / 2);
    std::nth_element(samples.begin(), middle, samples.end());
    return *middle;
}

double alphaFor(double dtSeconds, double timeConstantSeconds)
{
    return 1.0 - std::exp(-dtSeconds / std::max(0.01, timeConstantSeconds));
}

/// Luma, and the colour where there is one (a car as dark as the road differs in hue): three
/// planes at the analysis size, the chroma weighted ×2 (its differences are smaller), blurred.
cv::Mat analysisFrame(const cv::Mat &source, const cv::Size &analysis, const uchar *u,
                      const uchar *v, int chromaStride)
{
    const int width = source.cols, height = source.rows;
    std::vector<cv::Mat> planes(3);
    cv::resize(source, planes[0], analysis, 0, 0, cv::INTER_AREA);
    const bool colour = u && v && chromaStride >= (width + 1) / 2;
    for (int c = 1; c < 3; ++c) {
        if (!colour) {
            planes[size_t(c)] = cv::Mat(analysis, CV_8U, cv::Scalar(128));
            continue;
        }
        const cv::Mat chroma((height + 1) / 2, (width + 1) / 2, CV_8UC1,
                             const_cast<uchar *>(c == 1 ? u : v), size_t(chromaStride));
        cv::resize(chroma, planes[size_t(c)], analysis, 0, 0, cv::INTER_LINEAR);
    }
    cv::Mat merged, frame;
    cv::merge(planes, merged);
    cv::GaussianBlur(merged, merged, cv::Size(5, 5), 0);
    merged.convertTo(frame, CV_32FC3);
    return frame.mul(cv::Scalar(1, 2, 2));
}

bool isUpright(int width, int height)
{
    return height * 5 > width * 8; // taller than 1.6 × the width: a person, not an object
}

/// Whether a blob is a group of people standing together: before the closing joins them,
/// its pixels are mostly upright parts (people, one or two overlapping), at least two of
/// them. An object left there is one wide part (a cart, bags, a car), at most with one
/// person beside it (the vendor). `opened` is the resting mask before the closing, `labels`
/// the blob's label image after it.
bool madeOfPeople(const cv::Mat &opened, const cv::Mat &labels, int label, const cv::Rect &box)
{
    const cv::Mat mine = (labels(box) == label) & opened(box);
    cv::Mat partLabels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(mine, partLabels, stats, centroids, 8, CV_32S);
    int upright = 0, uprightArea = 0, area = 0;
    for (int i = 1; i < n; ++i) {
        const int a = stats.at<int>(i, cv::CC_STAT_AREA);
        area += a;
        // A pair of overlapping people is about as wide as tall: taller than wide counts.
        if (stats.at<int>(i, cv::CC_STAT_HEIGHT) > stats.at<int>(i, cv::CC_STAT_WIDTH)) {
            ++upright;
            uprightArea += a;
        }
    }
    return upright >= 2 && uprightArea * 2 >= area;
}

/// The resting pixels' blobs that can be objects left there, largest first: not too small,
/// and not upright like a person who stopped; each marked whether it is made of people.
std::vector<Blob> objectBlobs(const cv::Mat &resting, const cv::Mat &opened, double minAreaFraction,
                              double minWidthFraction)
{
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(resting, labels, stats, centroids, 8, CV_32S);
    const double minArea = minAreaFraction * double(resting.total());
    const int minWidth = int(minWidthFraction * resting.cols);
    std::vector<Blob> blobs;
    for (int i = 1; i < n; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        if (stats.at<int>(i, cv::CC_STAT_AREA) < minArea || w < minWidth || isUpright(w, h))
            continue;
        const cv::Rect box(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP), w,
                           h);
        blobs.push_back({box, madeOfPeople(opened, labels, i, box)});
    }
    std::sort(blobs.begin(), blobs.end(),
              [](const Blob &a, const Blob &b) { return a.box.area() > b.box.area(); });
    return blobs;
}

/// One object seen as two blobs (a stall's awning above its cart, split by the dark gap
/// under it at night): side by side in x (the narrower mostly within the wider's span) and
/// no further apart in y than the taller one is high.
bool partsOfOneObject(const cv::Rect &a, const cv::Rect &b)
{
    const int commonX = std::min(a.x + a.width, b.x + b.width) - std::max(a.x, b.x);
    if (commonX * 2 < std::min(a.width, b.width))
        return false;
    const int gapY = std::max(a.y, b.y) - std::min(a.y + a.height, b.y + b.height);
    return gapY <= std::max(a.height, b.height);
}

} // namespace

struct StaticObjectDetector::Models
{
    cv::Size source, analysis;
    cv::Mat longBg, shortBg; ///< CV_32F
    cv::Mat resting;         ///< CV_8U, last frame
    qint64 lastUs = -1, firstUs = -1;
    int frames = 0;
    QList<DetectorZone> zoneDefs;
    std::vector<ZoneMask> zones;
    std::vector<Track> tracks;
    int nextTrack = 1;

    void buildZoneMasks()
    {
        zones.clear();
        if (analysis.empty())
            return;
        for (const DetectorZone &z : zoneDefs) {
            std::vector<cv::Point> points;
            for (const QPointF &p : z.polygon)
                points.emplace_back(int(std::lround(p.x() * analysis.width)),
                                    int(std::lround(p.y() * analysis.height)));
            ZoneMask m{z, cv::Mat::zeros(analysis, CV_8U)};
            if (points.size() >= 3)
                cv::fillPoly(m.mask, std::vector<std::vector<cv::Point>>{points}, cv::Scalar(255));
            zones.push_back(std::move(m));
        }
    }

    /// Matches this frame's blobs to the tracks; new blobs start tracks, lost ones expire.
    /// A track's box follows its largest blob while the object settles (`settleUs`), then
    /// stays: a neighbour that touches it later (a bus passing a parked car) does not drag
    /// it off the object, and a moving thing soon leaves its box and starts tracks anew.
    void track(const std::vector<Blob> &found, qint64 nowUs, double graceSeconds, qint64 settleUs)
    {
        std::vector<bool> matched(tracks.size(), false);
        for (const Blob &b : found) {
            const cv::Rect &blob = b.box;
            int best = -1;
            double bestOverlap = 0.5;
            for (size_t i = 0; i < tracks.size(); ++i) {
                const double o = overlapOfSmallerPx(tracks[i].box, blob);
                if (o >= bestOverlap) {
                    bestOverlap = o;
                    best = int(i);
                }
            }
            if (best < 0) {
                tracks.push_back({nextTrack++, blob, nowUs, nowUs, 0, 1, b.people ? 1 : 0, {}});
                matched.push_back(true);
                continue;
            }
            Track &t = tracks[size_t(best)];
            if (!matched[size_t(best)]) {
                ++t.seen;
                t.peopleSeen += b.people ? 1 : 0;
            }
            if (!matched[size_t(best)] && nowUs - t.firstUs < settleUs
                && blob.area() * 2 >= t.box.area())
                t.box = blob;
            matched[size_t(best)] = true;
            t.lastSeenUs = nowUs;
        }
        for (Track &t : tracks)
            ++t.frames;
        const qint64 graceUs = qint64(graceSeconds * 1e6);
        tracks.erase(std::remove_if(tracks.begin(), tracks.end(),
                                    [&](const Track &t) { return nowUs - t.lastSeenUs > graceUs; }),
                     tracks.end());
    }

    /// The tracks that passed a zone's dwell with this frame, once per object and zone.
    QList<StaticObject> report(const cv::Mat &resting, qint64 nowUs, qint64 backdateUs,
                               const Config &config)
    {
        QList<StaticObject> out;
        for (Track &t : tracks) {
            // Seen now, and most of the time: something that only comes back now and then
            // (the inside of a bus on a busy lane) is not an object at rest. Nor is a group
            // of people standing together, most of the time it was seen.
            if (t.lastSeenUs != nowUs || t.seen < config.seenShare * t.frames
                || t.peopleSeen * 2 > t.seen)
                continue;
            const cv::Mat restingInBox = resting(t.box);
            const int total = cv::countNonZero(restingInBox);
            if (total == 0)
                continue;
            const qint64 sinceUs = t.firstUs - backdateUs;
            for (const ZoneMask &z : zones) {
                if (t.raisedIn.contains(z.zone.id)
                    || double(nowUs - sinceUs) < z.zone.dwellSeconds * 1e6)
                    continue;
                const int inside = cv::countNonZero(restingInBox & z.mask(t.box));
                if (inside < config.zoneShare * total)
                    continue;
                t.raisedIn.insert(z.zone.id);
                if (const auto box = joinParts(t, z.zone.id, nowUs))
                    out.append(
                        {z.zone.id,
                         QRectF(double(box->x) / analysis.width, double(box->y) / analysis.height,
                                double(box->width) / analysis.width,
                                double(box->height) / analysis.height),
                         sinceUs, nowUs, t.id});
            }
        }
        return out;
    }

    /// One object, one finding: nothing when `t` is a part of an object already reported in
    /// the zone (another track there, alive, the other part); else the box of the object, `t`
    /// and the parts seen with it now, which count as reported too.
    std::optional<cv::Rect> joinParts(const Track &t, const QString &zoneId, qint64 nowUs)
    {
        for (const Track &o : tracks)
            if (o.id != t.id && o.raisedIn.contains(zoneId) && partsOfOneObject(o.box, t.box)
                && o.seen > o.peopleSeen * 2)
                return std::nullopt;
        cv::Rect box = t.box;
        for (Track &o : tracks)
            if (o.id != t.id && o.lastSeenUs == nowUs && o.seen > o.peopleSeen * 2
                && partsOfOneObject(o.box, t.box)) {
                box |= o.box;
                o.raisedIn.insert(zoneId);
            }
        return box;
    }
};

StaticObjectDetector::StaticObjectDetector() : StaticObjectDetector(Config{}) {}

StaticObjectDetector::StaticObjectDetector(const Config &config)
    : m_config(config)
    , m_models(std::make_unique<Models>())
{}

StaticObjectDetector::~StaticObjectDetector() = default;

void StaticObjectDetector::setZones(const QList<DetectorZone> &zones)
{
    m_models->zoneDefs = zones;
    m_models->buildZoneMasks();
}

int StaticObjectDetector::frames() const
{
    return m_models->frames;
}

QList<QRectF> StaticObjectDetector::trackedBoxes() const
{
    QList<QRectF> out;
    const cv::Size a = m_models->analysis;
    for (const Track &t : m_models->tracks)
        out << QRectF(double(t.box.x) / a.width, double(t.box.y) / a.height,
                      double(t.box.width) / a.width, double(t.box.height) / a.height);
    return out;
}

QList<StaticObject> StaticObjectDetector::feed(const uchar *luma, int width, int height, int stride,
                                               qint64 timeUs, const uchar *u, const uchar *v,
                                               int chromaStride)
{
    Models &m = *m_models;
    if (!luma || width < 16 || height < 16 || stride < width)
        return {};
    const cv::Mat source(height, width, CV_8UC1, const_cast<uchar *>(luma), size_t(stride));
    if (m.source != source.size()) { // a new stream (or the first frame): start again
        const QList<DetectorZone> zones = m.zoneDefs;
        m = Models{};
        m.source = source.size();
        m.zoneDefs = zones;
        const int aw = std::min(m_config.analysisWidth, width);
        m.analysis = cv::Size(aw, std::max(8, int(std::lround(double(height) * aw / width))));
        m.buildZoneMasks();
    }
    const cv::Mat frame = analysisFrame(source, m.analysis, u, v, chromaStride);
    ++m.frames;
    if (m.lastUs < 0 || timeUs <= m.lastUs) {
        if (m.lastUs < 0) {
            m.longBg = frame.clone();
            m.shortBg = frame.clone();
            m.firstUs = timeUs;
        }
        m.lastUs = std::max(m.lastUs, timeUs);
        return {};
    }
    const double dt = std::min(2.0, double(timeUs - m.lastUs) / 1e6);
    m.lastUs = timeUs;

    // Warming up: both models learn the scene quickly (the first pictures of a stream can be
    // smeared until a keyframe), nothing is reported yet.
    if (double(timeUs - m.firstUs) < m_config.warmupSeconds * 1e6) {
        const double alpha = alphaFor(dt, m_config.shortSeconds);
        cv::accumulateWeighted(frame, m.longBg, alpha);
        cv::accumulateWeighted(frame, m.shortBg, alpha);
        return {};
    }

    // Against the long-term background, less the global light change (of the luma).
    cv::Mat diffLong = frame - m.longBg;
    std::vector<cv::Mat> diffPlanes;
    cv::split(diffLong, diffPlanes);
    const float light = sampledMedian(diffPlanes[0]);
    diffPlanes[0] -= light;
    for (cv::Mat &plane : diffPlanes)
        plane = cv::abs(plane);
    cv::Mat largest;
    cv::max(diffPlanes[0], diffPlanes[1], largest);
    cv::max(largest, diffPlanes[2], largest);
    cv::Mat foreground = largest > m_config.difference;
    std::vector<cv::Mat> shortPlanes;
    cv::split(cv::Mat(cv::abs(frame - m.shortBg)), shortPlanes);
    cv::Mat change;
    cv::max(shortPlanes[0], shortPlanes[1], change);
    cv::max(change, shortPlanes[2], change);
    cv::Mat stable = change < m_config.difference * 0.5;
    cv::Mat resting = foreground & stable;
    cv::morphologyEx(resting, resting, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    const cv::Mat opened = resting.clone();
    cv::morphologyEx(resting, resting, cv::MORPH_CLOSE,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(7, 7)));

    // Models: the light change at once, then matching pixels quickly and the rest slowly.
    m.longBg += cv::Scalar(light, 0, 0);
    cv::Mat background;
    cv::bitwise_not(foreground, background);
    cv::accumulateWeighted(frame, m.longBg, alphaFor(dt, m_config.backgroundSeconds), background);
    cv::accumulateWeighted(frame, m.longBg, alphaFor(dt, m_config.absorbSeconds), foreground);
    cv::accumulateWeighted(frame, m.shortBg, alphaFor(dt, m_config.shortSeconds));
    m.resting = resting;

    const std::vector<Blob> blobs = objectBlobs(resting, opened, m_config.minAreaFraction,
                                                m_config.minWidthFraction);
    // The short-term average needs 1…1.5 × shortSeconds to take in an object (to within half
    // the difference): its box follows the blob that long, and it is taken to have come to
    // rest half a shortSeconds before its track began (never earlier than it did: the dwell
    // is a minimum).
    const qint64 settleUs = qint64(1.5 * m_config.shortSeconds * 1e6);
    m.track(blobs, timeUs, m_config.graceSeconds, settleUs);
    return m.report(resting, timeUs, qint64(0.5 * m_config.shortSeconds * 1e6), m_config);
}

} // namespace Cc::Analytics
