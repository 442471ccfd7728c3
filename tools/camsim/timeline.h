// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What each fixed camera shows when (docs/video.md "Street scenes and scripted incidents"):
// its street variant, looping, and the scripted incidents as runs of clips (arrival, still,
// departure) on slots of one loop length counted from t0. Clips are encoded once per distinct
// picture sequence (ClipBank) and shared by every camera that shows it.

#include "clips.h"
#include "incidents.h"
#include "script.h"
#include "streetscene.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace CamSim {

enum class LightingMode { Mixed, Day, Night };

struct StreetOptions
{
    unsigned seed = 1;
    int scenes = 4;
    LightingMode lighting = LightingMode::Mixed;
    int loopFrames = 125;
    std::string cacheDir;
};

/// A camera as mounted: its name (first path segment), mount paths, place in mount order.
struct MountedCamera
{
    std::string name, mainPath, subPath;
    int index = 0;
    bool ptz = false;
};

/// The street scenes and every clip made of them, each encoded (or loaded) once.
class ClipBank
{
public:
    explicit ClipBank(const StreetOptions &options) : m_options(options) {}
    const StreetOptions &options() const { return m_options; }
    const StreetScene &scene(int variant);
    Lighting lighting(int variant) const;
    /// The variant's bare street, looping; nullptr if it could not be encoded.
    const ClipPair *street(int variant);
    /// One of an incident's clips on the variant's street.
    const ClipPair *incident(int variant, const IncidentAnimation &animation,
                             const std::string &tag, ClipRole role);
    int encoded() const { return m_encoded; }

private:
    const ClipPair *clip(const std::string &key, int variant, const FrameRenderer &render);

    StreetOptions m_options;
    std::map<int, std::unique_ptr<StreetScene>> m_scenes;
    std::map<std::string, std::unique_ptr<ClipPair>> m_clips;
    int m_encoded = 0;
};

struct IncidentRun
{
    ScriptedIncident script;
    std::int64_t firstSlot = 0; // the arrival's slot within a cycle
    std::int64_t stillSlots = 1;
    std::shared_ptr<IncidentAnimation> animation;
    std::string tag; // its clips' cache key
    const ClipPair *arrival = nullptr, *still = nullptr, *departure = nullptr;
    std::int64_t endSlot() const { return firstSlot + stillSlots + 2; }
};

struct CameraTimeline
{
    MountedCamera camera;
    int variant = 0;
    Lighting lighting = Lighting::Day;
    StreetLayout layout;          // where its zones are
    std::int64_t phaseFrames = 0; // where in its loop the camera is at t0
    const ClipPair *street = nullptr;
    std::vector<IncidentRun> runs; // by slot
    std::int64_t cycleSlots = 0;   // 0: the script plays once

    /// The clips of slot `slot` (counted from t0).
    const ClipPair &at(std::int64_t slot) const;
};

/// The fixed cameras' timelines, with `script`'s incidents on theirs (null: none). On a
/// script that does not fit the cameras, returns false and says why.
bool planTimelines(const std::vector<MountedCamera> &cameras, const IncidentScript *script,
                   ClipBank &bank, std::vector<CameraTimeline> &out, std::string &error);

} // namespace CamSim
