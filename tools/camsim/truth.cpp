// SPDX-License-Identifier: GPL-3.0-or-later
#include "truth.h"

#include "minijson.h"

#include <cerrno>
#include <cstring>

namespace CamSim {

namespace {

constexpr std::int64_t kFrameUs = 1000000 / kFps;

std::string num(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", v);
    std::string s = buffer;
    while (s.back() == '0')
        s.pop_back();
    if (s.back() == '.')
        s.pop_back();
    return s == "-0" ? "0" : s;
}

std::string band(int top, int bottom)
{
    const double y0 = double(top) / StreetScene::kHeight,
                 y1 = double(bottom) / StreetScene::kHeight;
    return "[[0," + num(y0) + "],[1," + num(y0) + "],[1," + num(y1) + "],[0," + num(y1) + "]]";
}

std::string zonePolygon(const StreetLayout &l, const std::string &zone)
{
    if (zone == "sidewalk")
        return band(l.sidewalkTop, l.sidewalkBottom);
    if (zone == "kerb")
        return band(l.kerbTop, l.kerbBottom);
    return band(l.kerbBottom, l.roadBottom);
}

std::string cameraFields(const MountedCamera &c)
{
    return "\"camera\":" + Json::quote(c.name) + ",\"main\":" + Json::quote(c.mainPath)
           + ",\"sub\":" + Json::quote(c.subPath);
}

} // namespace

TruthWriter::~TruthWriter()
{
    if (m_file)
        std::fclose(m_file);
}

bool TruthWriter::open(const std::string &path, std::string &error)
{
    m_file = std::fopen(path.c_str(), "w");
    if (!m_file)
        error = std::strerror(errno);
    return m_file != nullptr;
}

void TruthWriter::line(const std::string &text)
{
    if (!m_file)
        return;
    std::fputs(text.c_str(), m_file);
    std::fputc('\n', m_file);
}

void TruthWriter::begin(std::int64_t t0Us, const ClipBank &bank, const IncidentScript *script,
                        const std::vector<CameraTimeline> &timelines)
{
    const StreetOptions &o = bank.options();
    m_t0Us = t0Us;
    m_loopFrames = o.loopFrames;
    m_timelines = &timelines;
    m_cycleSlots = 0;
    for (const CameraTimeline &tl : timelines)
        m_cycleSlots = std::max(m_cycleSlots, tl.cycleSlots);
    std::string start = "{\"type\":\"start\",\"t0_us\":" + std::to_string(t0Us)
                        + ",\"clip_s\":" + num(double(o.loopFrames) / kFps)
                        + ",\"fps\":" + std::to_string(kFps) + ",\"seed\":" + std::to_string(o.seed)
                        + ",\"scenes\":" + std::to_string(o.scenes);
    if (script)
        start += ",\"script\":" + Json::quote(script->name);
    if (script && script->repeatS > 0)
        start += ",\"repeat_s\":" + num(double(m_cycleSlots * o.loopFrames) / kFps);
    line(start + "}");
    static const std::pair<const char *, const char *> zones[]
        = {{"sidewalk", "[\"stall\",\"rubbish\",\"crowd\"]"},
           {"kerb", "[\"parking\"]"},
           {"road", "[]"}};
    for (const CameraTimeline &tl : timelines) {
        line("{\"type\":\"camera\"," + cameraFields(tl.camera)
             + ",\"scene\":" + std::to_string(tl.variant) + ",\"lighting\":\""
             + (tl.lighting == Lighting::Night ? "night" : "day") + "\"}");
        const StreetLayout &l = tl.layout;
        for (const auto &[zone, kinds] : zones)
            line("{\"type\":\"zone\",\"camera\":" + Json::quote(tl.camera.name) + ",\"zone\":\""
                 + zone + "\",\"kinds\":" + kinds + ",\"polygon\":" + zonePolygon(l, zone) + "}");
    }
    writeCycle(0);
    if (m_cycleSlots)
        writeCycle(1);
    if (m_file)
        std::fflush(m_file);
}

void TruthWriter::writeCycle(std::int64_t cycle)
{
    const std::int64_t frames = m_loopFrames;
    for (const CameraTimeline &tl : *m_timelines) {
        for (const IncidentRun &run : tl.runs) {
            const IncidentAnimation &a = *run.animation;
            const IncidentFrames &f = a.frames();
            const std::int64_t arrive = (cycle * m_cycleSlots + run.firstSlot) * frames;
            const std::int64_t depart = arrive + (run.stillSlots + 1) * frames;
            const auto at = [&](std::int64_t frame) {
                return std::to_string(m_t0Us + frame * kFrameUs);
            };
            const Box &b = a.bbox();
            line("{\"type\":\"incident\",\"id\":"
                 + Json::quote(tl.camera.name + "/" + std::to_string(run.script.index) + "/"
                               + std::to_string(cycle))
                 + "," + cameraFields(tl.camera) + ",\"kind\":\"" + kindName(a.kind())
                 + "\",\"zone\":\"" + a.zone()
                 + "\",\"zone_polygon\":" + zonePolygon(tl.layout, a.zone()) + ",\"bbox\":["
                 + num(b.x0 / StreetScene::kWidth) + "," + num(b.y0 / StreetScene::kHeight) + ","
                 + num(b.x1 / StreetScene::kWidth) + "," + num(b.y1 / StreetScene::kHeight)
                 + "],\"appears_us\":" + at(arrive + f.appears) + ",\"settled_us\":"
                 + at(arrive + f.settled) + ",\"leaves_us\":" + at(depart + f.leaves)
                 + ",\"gone_us\":" + at(depart + f.gone) + "}");
        }
    }
    m_cyclesWritten = cycle + 1;
}

void TruthWriter::advance(std::int64_t nowUs)
{
    if (!m_file || !m_cycleSlots)
        return;
    const std::int64_t slot = (nowUs - m_t0Us) / (m_loopFrames * kFrameUs);
    const std::int64_t cycle = std::max<std::int64_t>(0, slot / m_cycleSlots);
    bool wrote = false;
    while (m_cyclesWritten < cycle + 2) {
        writeCycle(m_cyclesWritten);
        wrote = true;
    }
    if (wrote)
        std::fflush(m_file);
}

} // namespace CamSim
