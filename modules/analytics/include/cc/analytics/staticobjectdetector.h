// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>

namespace Cc::Analytics {

/// A zone as the detector sees it: an id, a polygon in normalized image coordinates and the
/// dwell after which a resting object in it is reported.
struct DetectorZone
{
    QString id;
    QList<QPointF> polygon;
    double dwellSeconds = 300;
};

/// An object that has rested in a zone for the zone's dwell (reported once per object and
/// zone; `box` around all its parts seen then).
struct StaticObject
{
    QString zoneId;
    QRectF box;         ///< normalized image coordinates
    qint64 sinceUs = 0; ///< when it came to rest (frame time)
    qint64 atUs = 0;    ///< the frame it passed the dwell in
    int track = 0;
};

/// Finds new static objects with two backgrounds (docs/video.md "Video analytics"), on the
/// luma and, where given, the colour:
/// - a long-term background that follows the scene's light (pixels that match it adapt in
///   `backgroundSeconds`; pixels that do not join it only after `absorbSeconds`), and
/// - a short-term average of the last `shortSeconds`.
/// A pixel that differs from the long-term background but agrees with the short-term one is
/// something new that has stopped moving: a passing car differs from both, a parked one only
/// from the first. A global light change (clouds, dusk, camera gain) is taken out before the
/// comparison as the median difference to the long-term background. Resting pixels form
/// blobs; blobs are tracked across frames (an occluding pedestrian may hide one for up to
/// `graceSeconds`), and a track whose blob lies mostly in a zone for the zone's dwell is
/// reported — unless its blob was, most of the time, made of upright parts (a group of
/// people standing together). Two tracks that are parts of one object (an awning above its
/// cart) are one finding. Frames are taken at any rate up to ~5 per second; times are the
/// frames' own.
class StaticObjectDetector
{
public:
    struct Config
    {
        int analysisWidth = 384;         ///< frames are scaled to this width first
        double backgroundSeconds = 20;   ///< long-term model: adaptation of matching pixels
        double absorbSeconds = 1800;     ///< long-term model: a resting object joins it
        double shortSeconds = 2.5;       ///< short-term average
        int difference = 26;             ///< grey levels that make a pixel "different"
        double minAreaFraction = 0.0008; ///< smallest blob, of the picture's area
        double minWidthFraction = 0.03;  ///< narrowest blob, of the picture's width
        double graceSeconds = 3.0;       ///< a track survives this long unseen
        double seenShare = 0.7;          ///< share of its frames a track must be seen in
        double zoneShare = 0.5;          ///< share of the blob's pixels inside the zone
        double warmupSeconds = 5;        ///< a new stream's first seconds only teach the models
    };

    explicit StaticObjectDetector(const Config &config);
    StaticObjectDetector();
    ~StaticObjectDetector();
    StaticObjectDetector(const StaticObjectDetector &) = delete;
    StaticObjectDetector &operator=(const StaticObjectDetector &) = delete;

    /// Replaces the zones; tracks stay (a zone edited while an object rests keeps its age).
    void setZones(const QList<DetectorZone> &zones);
    const Config &config() const { return m_config; }

    /// One frame: 8-bit luma (the Y plane of I420) and, optionally, its chroma planes at half
    /// the size (I420's U and V); returns the objects that passed their zone's dwell with this
    /// frame. A frame of another size restarts the models.
    QList<StaticObject> feed(const uchar *luma, int width, int height, int stride, qint64 timeUs,
                             const uchar *u = nullptr, const uchar *v = nullptr,
                             int chromaStride = 0);

    /// For tests: the boxes of the objects at rest now (normalized), and frames fed.
    QList<QRectF> trackedBoxes() const;
    int frames() const;

private:
    struct Models;
    Config m_config;
    std::unique_ptr<Models> m_models;
};

} // namespace Cc::Analytics
