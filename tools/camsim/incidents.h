// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A scripted incident on a fixed camera's street (docs/video.md "Street scenes and scripted
// incidents"): who and what comes, where it stands still, when it goes. The same actors draw
// the clips and give the ground truth: the box is where they stand still, the moments are the
// frames in which something of them enters, settles in and leaves that box.

#include "streetscene.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace CamSim {

enum class IncidentKind { Stall, Rubbish, Parking, Crowd };

const char *kindName(IncidentKind kind);
std::optional<IncidentKind> kindFromName(std::string_view name);

/// Which clip of a camera's timeline: its bare street, or an incident's three clips.
enum class ClipRole { Street, Arrival, During, Departure };

/// Frames (within the arrival, resp. departure clip) of the ground truth's moments.
struct IncidentFrames
{
    int appears = 0, settled = 0; // in the arrival clip
    int leaves = 0, gone = 0;     // in the departure clip
};

class IncidentAnimation
{
public:
    /// `kind` centred at `centreX` (pixels of the main picture) on `scene`'s street, its actors
    /// coming from the left (`from` = -1) or the right (+1).
    IncidentAnimation(IncidentKind kind, double centreX, int from, const StreetScene &scene,
                      int look);

    IncidentKind kind() const { return m_kind; }
    /// The sprites of the incident in `frame` of the clip `role` (none for Street).
    std::vector<Sprite> sprites(ClipRole role, int frame) const;
    /// Where the incident stands still, in pixels of the main picture.
    const Box &bbox() const { return m_bbox; }
    const IncidentFrames &frames() const { return m_frames; }
    /// "sidewalk" or "kerb".
    const char *zone() const { return m_kind == IncidentKind::Parking ? "kerb" : "sidewalk"; }

private:
    struct Actor
    {
        Sprite look;                               // kind, feetY, look, dir
        std::vector<std::pair<double, double>> xs; // (fraction of the clip, x), by fraction
        double from = 0, until = 2;                // shown in [from, until)
        double flagFrom = 2, flagUntil = 2;        // Sprite::flag in [flagFrom, flagUntil)
    };
    void stall(double x, int d, const StreetLayout &l);
    void rubbish(double x, int d, const StreetLayout &l);
    void parking(double x, const StreetLayout &l, bool night);
    void crowd(double x, const StreetLayout &l);
    static std::vector<Sprite> at(const std::vector<Actor> &actors, double t);
    std::vector<Sprite> inBox(ClipRole role, int frame) const;
    void measure();

    IncidentKind m_kind;
    int m_loopFrames;
    int m_look;
    std::vector<Actor> m_arrival, m_departure;
    Box m_bbox;
    IncidentFrames m_frames;
};

} // namespace CamSim
