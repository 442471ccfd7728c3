// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The fixed cameras' clips: H.264 access units encoded once (x264 veryfast, High, no
// B-frames, an IDR every second) and cached on disk, looped from memory by camsim.

#include "painter.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace CamSim {

constexpr int kFps = 25;
constexpr int kGop = 25;

struct Frame
{
    std::vector<std::uint8_t> data;
    std::size_t vclOffset = 0; // where the SEI stamp goes: before the first slice NAL
};

struct Clip
{
    int width = 0, height = 0, kbps = 0;
    std::vector<Frame> frames;
};

/// One picture sequence in both streams: main 1280×720 at 2 Mbit/s, sub 640×360 at 600 kbit/s.
struct ClipPair
{
    Clip main{1280, 720, 2000, {}};
    Clip sub{640, 360, 600, {}};
};

/// Draws frame n (0-based) of a sequence at the main size.
using FrameRenderer = std::function<void(int n, Picture &main)>;

/// Encodes `frames` frames drawn by `render` into both streams (the sub picture is the main
/// one halved), or takes them from `cacheDir` (empty: no cache) under `key`. An IDR starts
/// every GOP, so a loop can be entered, or left for another clip, at any GOP boundary.
bool prepareScene(ClipPair &clips, const std::string &key, int frames, const FrameRenderer &render,
                  const std::string &cacheDir);

/// The old moving test card (--test-card), cached as before.
bool prepareTestCard(ClipPair &clips, int seconds, const std::string &cacheDir);

} // namespace CamSim
