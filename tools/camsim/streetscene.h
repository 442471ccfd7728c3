// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A fixed camera's street (docs/video.md "Street scenes and scripted incidents"): buildings
// with shops, a sidewalk, the kerb lane with its no-parking line, a road with two lanes, seen
// from across the street; vehicles and pedestrians move on it, by day or by night. The
// background is painted once; a frame adds what moves. Every mover's path is periodic in the
// loop (it enters and leaves the picture, or a shop door, within it), so a clip of one loop
// plays seamlessly again and again, and any two clips of the same street can follow each
// other at a loop boundary without a jump.

#include "painter.h"

#include <cstdint>
#include <vector>

namespace CamSim {

enum class Lighting { Day, Night };

/// The bands of the street, in pixels of the main picture (top to bottom).
struct StreetLayout
{
    int width = 0, height = 0;
    int sidewalkTop = 0, sidewalkBottom = 0; // between the shop fronts and the kerb stone
    int kerbTop = 0, kerbBottom = 0;         // the kerb lane: no parking
    int roadBottom = 0;                      // two traffic lanes from kerbBottom to here
    int laneDivider() const { return (kerbBottom + roadBottom) / 2; }
};

/// A box in pixels of the main picture.
struct Box
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    bool intersects(const Box &o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    Box united(const Box &o) const;
};

/// Something drawn over the background at a place: a passer-by, a vehicle, or a part of an
/// incident (incidents.h). `x` is the horizontal centre, `feetY` where it stands.
struct Sprite
{
    enum Kind { Person, Worker, Cart, Umbrella, Goods, Bags, Car, Van, Bus };
    Kind kind = Person;
    double x = 0;
    int feetY = 0;
    int look = 0;      // colours
    int dir = 1;       // +1 faces right, -1 left (vehicles' lights, the walk)
    bool flag = false; // a car's lights on; a person carrying bags
    bool operator==(const Sprite &) const = default;
};

/// The box a sprite covers (the same function draws it).
Box spriteBox(const Sprite &s);

class StreetScene
{
public:
    static constexpr int kWidth = 1280, kHeight = 720;

    /// The street `variant` of `seed`, moving with a loop of `loopFrames` frames.
    StreetScene(unsigned seed, int variant, Lighting lighting, int loopFrames);

    const StreetLayout &layout() const { return m_layout; }
    Lighting lighting() const { return m_lighting; }
    int loopFrames() const { return m_loopFrames; }

    /// Frame `frame` of the loop (main size) with `extra` sprites (an incident) drawn in.
    void render(int frame, const std::vector<Sprite> &extra, Picture &out) const;

private:
    struct Vehicle
    {
        Sprite::Kind kind;
        int lane; // 0: upper lane, drives left; 1: lower lane, drives right
        double phase;
        int length, gap, look;
    };
    struct Walker
    {
        double x0, x1;        // from (a door or beyond an edge) to
        double start, frames; // when in the loop, for how long
        int feetY, look;
    };
    struct Light
    {
        Box box;
        Yuv colour;
    };
    void paintBackground(std::uint32_t &rng);
    void paintBuildings(Painter &paint, std::uint32_t &rng);
    void paintLights(Painter &paint);
    void plan(std::uint32_t &rng);
    std::vector<Sprite> movers(int frame) const;

    StreetLayout m_layout;
    Lighting m_lighting;
    int m_loopFrames;
    int m_variant;
    Picture m_background;
    std::vector<Vehicle> m_vehicles;
    std::vector<Walker> m_walkers;
    std::vector<int> m_lamps, m_doors;
    std::vector<Light> m_lights; // lit windows and shops at night, painted after dimming
};

/// `main` halved in each direction (2×2 mean): the sub-stream's picture of the same scene.
void halve(const Picture &main, Picture &out);

} // namespace CamSim
