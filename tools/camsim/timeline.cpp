// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include <algorithm>
#include <cmath>

namespace CamSim {

namespace {

std::uint32_t mix(std::uint32_t a, std::uint32_t b)
{
    std::uint32_t h = a * 0x9E3779B1u ^ (b + 0x7F4A7C15u) * 0x85EBCA77u;
    h ^= h >> 15;
    h *= 0x2C1B3C6Du;
    h ^= h >> 12;
    return h;
}

std::int64_t slotsUp(double seconds, int loopFrames)
{
    return std::int64_t(std::ceil(seconds * kFps / loopFrames - 1e-9));
}

bool findCamera(const std::vector<CameraTimeline> &timelines,
                const std::vector<MountedCamera> &cameras, const ScriptedIncident &incident,
                std::size_t &at, std::string &error)
{
    const std::string where = "incident " + std::to_string(incident.index) + ": camera \""
                              + incident.camera + "\" ";
    int matches = 0;
    for (const MountedCamera &c : cameras) {
        if (c.name != incident.camera && c.mainPath != incident.camera)
            continue;
        if (c.ptz) {
            error = where + "is a PTZ camera (incidents play on fixed cameras)";
            return false;
        }
        ++matches;
        for (std::size_t i = 0; i < timelines.size(); ++i)
            if (timelines[i].camera.index == c.index)
                at = i;
    }
    if (matches == 0)
        error = where + "is not served";
    else if (matches > 1)
        error = where + "names several cameras: use its main mount path";
    return matches == 1;
}

bool checkRuns(const CameraTimeline &tl, int loopFrames, std::string &error)
{
    const double slotS = double(loopFrames) / kFps;
    for (std::size_t i = 0; i < tl.runs.size(); ++i) {
        const IncidentRun &r = tl.runs[i];
        if (i > 0 && r.firstSlot < tl.runs[i - 1].endSlot()) {
            error = "incidents " + std::to_string(tl.runs[i - 1].script.index) + " and "
                    + std::to_string(r.script.index) + " on " + tl.camera.name
                    + " overlap (an incident takes its arrival, its still time and its "
                      "departure, in slots of "
                    + std::to_string(int(slotS)) + " s)";
            return false;
        }
        if (tl.cycleSlots && r.endSlot() > tl.cycleSlots) {
            error = "\"repeat_s\" is shorter than the script: incident "
                    + std::to_string(r.script.index) + " ends at "
                    + std::to_string(std::int64_t(r.endSlot() * slotS)) + " s";
            return false;
        }
    }
    return true;
}

bool scheduleScript(const IncidentScript &script, const std::vector<MountedCamera> &cameras,
                    ClipBank &bank, std::vector<CameraTimeline> &out, std::string &error);

} // namespace

Lighting ClipBank::lighting(int variant) const
{
    switch (m_options.lighting) {
    case LightingMode::Day:
        return Lighting::Day;
    case LightingMode::Night:
        return Lighting::Night;
    case LightingMode::Mixed:
        break;
    }
    return variant % 4 == 3 ? Lighting::Night : Lighting::Day;
}

const StreetScene &ClipBank::scene(int variant)
{
    auto &scene = m_scenes[variant];
    if (!scene)
        scene = std::make_unique<StreetScene>(m_options.seed, variant, lighting(variant),
                                              m_options.loopFrames);
    return *scene;
}

const ClipPair *ClipBank::clip(const std::string &key, int variant, const FrameRenderer &render)
{
    const std::string full = "s" + std::to_string(m_options.seed) + "-v" + std::to_string(variant)
                             + (lighting(variant) == Lighting::Night ? "-night-" : "-day-") + key;
    auto &pair = m_clips[full];
    if (!pair) {
        auto fresh = std::make_unique<ClipPair>();
        if (!prepareScene(*fresh, full, m_options.loopFrames, render, m_options.cacheDir))
            return nullptr;
        pair = std::move(fresh);
        ++m_encoded;
    }
    return pair.get();
}

const ClipPair *ClipBank::street(int variant)
{
    const StreetScene &s = scene(variant);
    return clip("street", variant, [&s](int n, Picture &p) { s.render(n, {}, p); });
}

const ClipPair *ClipBank::incident(int variant, const IncidentAnimation &animation,
                                   const std::string &tag, ClipRole role)
{
    static const char *const names[] = {"street", "arrival", "still", "departure"};
    const StreetScene &s = scene(variant);
    return clip(tag + "-" + names[int(role)], variant,
                [&](int n, Picture &p) { s.render(n, animation.sprites(role, n), p); });
}

const ClipPair &CameraTimeline::at(std::int64_t slot) const
{
    if (runs.empty() || slot < 0)
        return *street;
    const std::int64_t s = cycleSlots ? slot % cycleSlots : slot;
    for (const IncidentRun &r : runs) {
        if (s < r.firstSlot || s >= r.endSlot())
            continue;
        const std::int64_t k = s - r.firstSlot;
        return k == 0 ? *r.arrival : k <= r.stillSlots ? *r.still : *r.departure;
    }
    return *street;
}

bool planTimelines(const std::vector<MountedCamera> &cameras, const IncidentScript *script,
                   ClipBank &bank, std::vector<CameraTimeline> &out, std::string &error)
{
    const StreetOptions &o = bank.options();
    out.clear();
    for (const MountedCamera &c : cameras) {
        if (c.ptz)
            continue;
        CameraTimeline tl;
        tl.camera = c;
        tl.variant = c.index % o.scenes;
        tl.lighting = bank.lighting(tl.variant);
        tl.layout = bank.scene(tl.variant).layout();
        tl.phaseFrames = std::int64_t(c.index) * kGop; // cameras of a variant differ in time
        out.push_back(std::move(tl));
    }
    if (script && !scheduleScript(*script, cameras, bank, out, error))
        return false;
    // Only now that the script fits: encode (or load) what will be shown.
    for (CameraTimeline &tl : out) {
        tl.street = bank.street(tl.variant);
        bool ok = tl.street != nullptr;
        for (IncidentRun &run : tl.runs) {
            const IncidentAnimation &a = *run.animation;
            run.arrival = bank.incident(tl.variant, a, run.tag, ClipRole::Arrival);
            run.still = bank.incident(tl.variant, a, run.tag, ClipRole::During);
            run.departure = bank.incident(tl.variant, a, run.tag, ClipRole::Departure);
            ok = ok && run.arrival && run.still && run.departure;
        }
        if (!ok) {
            error = "cannot encode the clips";
            return false;
        }
    }
    return true;
}

namespace {

// The script's incidents on their cameras' slots; checked before anything is encoded.
bool scheduleScript(const IncidentScript &script, const std::vector<MountedCamera> &cameras,
                    ClipBank &bank, std::vector<CameraTimeline> &out, std::string &error)
{
    const StreetOptions &o = bank.options();
    for (const ScriptedIncident &si : script.incidents) {
        std::size_t at = 0;
        if (!findCamera(out, cameras, si, at, error))
            return false;
        CameraTimeline &tl = out[at];
        tl.phaseFrames = 0; // slots start at t0, as the truth says
        tl.cycleSlots = script.repeatS > 0 ? slotsUp(script.repeatS, o.loopFrames) : 0;
        const std::uint32_t h = mix(o.seed, std::uint32_t(si.index));
        const double x = std::clamp(si.x.value_or(0.25 + 0.5 * double(h % 1001) / 1000), 0.1, 0.9);
        const int from = (h >> 12) % 2 ? 1 : -1, look = int((h >> 16) % 97);
        IncidentRun run;
        run.script = si;
        run.firstSlot = slotsUp(si.atS, o.loopFrames);
        run.stillSlots = std::max<std::int64_t>(1, slotsUp(si.durationS, o.loopFrames));
        run.animation = std::make_shared<IncidentAnimation>(si.kind, x * StreetScene::kWidth, from,
                                                            bank.scene(tl.variant), look);
        run.tag = std::string(kindName(si.kind)) + "-x" + std::to_string(std::lround(x * 1000))
                  + (from < 0 ? "L" : "R") + "-k" + std::to_string(look);
        tl.runs.push_back(std::move(run));
    }
    for (CameraTimeline &tl : out) {
        std::sort(tl.runs.begin(), tl.runs.end(), [](const IncidentRun &a, const IncidentRun &b) {
            return a.firstSlot < b.firstSlot;
        });
        if (!checkRuns(tl, o.loopFrames, error))
            return false;
    }
    return true;
}

} // namespace

} // namespace CamSim
