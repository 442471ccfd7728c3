// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// camsim's ground truth (docs/video.md "The ground truth"): JSON lines naming every fixed
// camera, its zones and every scripted incident with its box and its moments on the clock
// of the frames' SEI stamps.

#include "timeline.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace CamSim {

class TruthWriter
{
public:
    TruthWriter() = default;
    ~TruthWriter();
    TruthWriter(const TruthWriter &) = delete;
    TruthWriter &operator=(const TruthWriter &) = delete;

    /// Truncates `path`; false (and why) if it cannot be written.
    bool open(const std::string &path, std::string &error);
    bool isOpen() const { return m_file != nullptr; }

    /// The start, camera and zone lines, and the first cycle's incidents (two if it repeats).
    void begin(std::int64_t t0Us, const ClipBank &bank, const IncidentScript *script,
               const std::vector<CameraTimeline> &timelines);
    /// A repeating script: appends the cycle after the one running at `nowUs`, once.
    void advance(std::int64_t nowUs);

private:
    void writeCycle(std::int64_t cycle);
    void line(const std::string &text);

    std::FILE *m_file = nullptr;
    std::int64_t m_t0Us = 0;
    int m_loopFrames = 0;
    std::int64_t m_cycleSlots = 0;
    std::int64_t m_cyclesWritten = 0;
    const std::vector<CameraTimeline> *m_timelines = nullptr;
};

} // namespace CamSim
