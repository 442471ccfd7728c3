// SPDX-License-Identifier: GPL-3.0-or-later
#include "streetscene.h"

#include <algorithm>
#include <cmath>

namespace CamSim {

namespace {

constexpr int kMaxVehicle = 420; // the longest vehicle: every lane's loop hides it off-picture

std::uint32_t nextRandom(std::uint32_t &state)
{
    // xorshift32: small, deterministic across platforms (std::uniform_* is not).
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

int between(std::uint32_t &rng, int lo, int hi) // inclusive
{
    return lo + int(nextRandom(rng) % std::uint32_t(hi - lo + 1));
}

double unit(std::uint32_t &rng)
{
    return double(nextRandom(rng) % 1000000u) / 1000000.0;
}

Yuv dim(Yuv c, double luma, double chroma)
{
    const auto scale = [](int value, int centre, double f) {
        return std::uint8_t(std::clamp(int(centre + (value - centre) * f), 0, 255));
    };
    return {scale(c.y, 16, luma), scale(c.u, 128, chroma), scale(c.v, 128, chroma)};
}

// Colours (Y, U, V), chosen to look like paint, cloth and asphalt.
constexpr Yuv kAsphalt{62, 128, 128}, kKerbLane{72, 128, 128}, kPaving{165, 124, 130},
    kSlabLine{135, 126, 130}, kKerbStone{200, 128, 128}, kYellow{180, 60, 150},
    kWhite{225, 128, 128}, kGlass{70, 138, 122}, kDoor{40, 130, 126}, kPole{45, 128, 128},
    kBright{235, 128, 128}, kLitWindow{200, 96, 150}, kTail{80, 100, 225}, kSkin{150, 110, 145},
    kHair{30, 128, 128}, kWheel{25, 128, 128}, kOrange{158, 39, 196}, kReflect{225, 128, 128};
constexpr Yuv kShirts[] = {{90, 170, 110}, {82, 90, 240},   {180, 128, 128}, {60, 128, 128},
                           {140, 80, 110}, {150, 100, 160}, {110, 150, 150}, {200, 110, 135}};
constexpr Yuv kTrousers[] = {{40, 128, 128}, {70, 150, 118}, {100, 128, 128}, {55, 120, 135}};
constexpr Yuv kCarPaint[] = {{200, 128, 128}, {40, 128, 128}, {82, 90, 240},  {90, 170, 110},
                             {140, 128, 128}, {210, 16, 146}, {110, 150, 90}, {60, 150, 120}};
constexpr Yuv kWalls[] = {{150, 120, 140}, {120, 126, 134}, {175, 118, 138},
                          {100, 132, 122}, {185, 128, 128}, {135, 110, 150}};
constexpr Yuv kSigns[] = {{82, 90, 240}, {210, 16, 146}, {90, 170, 110}, {145, 54, 34}};

template<typename T, std::size_t N>
const T &pick(const T (&palette)[N], int index)
{
    return palette[std::size_t(std::abs(index)) % N];
}

struct SpritePainter
{
    Painter &paint;
    bool night;

    Yuv c(Yuv colour) const { return night ? dim(colour, 0.45, 0.7) : colour; }

    void person(const Sprite &s, Yuv shirt)
    {
        const int x = int(std::lround(s.x)), fy = s.feetY;
        const int swing = int(std::lround(5 * std::sin(s.x * 0.35)));
        const Yuv legs = c(pick(kTrousers, s.look / 3));
        paint.rect(x - 6 + swing, fy - 31, x - 1 + swing, fy, legs);
        paint.rect(x + 1 - swing, fy - 31, x + 6 - swing, fy, legs);
        paint.rect(x - 8, fy - 56, x + 8, fy - 29, c(shirt));
        if (s.kind == Sprite::Worker)
            paint.rect(x - 8, fy - 45, x + 8, fy - 41, c(kReflect));
        paint.disc(x, fy - 61, 6, c(kSkin));
        paint.rect(x - 6, fy - 68, x + 7, fy - 63, c(kHair));
        if (s.flag) // carrying a bag of rubbish
            paint.rect(x + s.dir * 11 - 6, fy - 36, x + s.dir * 11 + 6, fy - 20,
                       c(Yuv{45, 120, 110}));
    }

    void vehicle(const Sprite &s)
    {
        const Box b = spriteBox(s);
        const int x0 = int(b.x0), x1 = int(b.x1), fy = s.feetY, h = int(b.y1 - b.y0);
        const int len = x1 - x0;
        const Yuv body = c(pick(kCarPaint, s.look)), glass = c(kGlass);
        if (s.kind == Sprite::Car) {
            paint.rect(x0, fy - h * 62 / 100, x1, fy - 10, body);
            paint.rect(x0 + len * 20 / 100, fy - h, x0 + len * 78 / 100, fy - h * 60 / 100, body);
            paint.rect(x0 + len * 25 / 100, fy - h + 5, x0 + len * 47 / 100, fy - h * 62 / 100,
                       glass);
            paint.rect(x0 + len * 51 / 100, fy - h + 5, x0 + len * 73 / 100, fy - h * 62 / 100,
                       glass);
        } else {
            paint.rect(x0, fy - h, x1, fy - 10, body);
            const int windows = s.kind == Sprite::Bus ? 8 : 2;
            for (int i = 0; i < windows; ++i) {
                const int wx = x0 + 12 + i * (len - 24) / windows;
                paint.rect(wx, fy - h + 8, wx + (len - 24) / windows - 8, fy - h * 55 / 100, glass);
            }
        }
        paint.disc(x0 + len * 18 / 100, fy - 11, 11, c(kWheel));
        paint.disc(x0 + len * 82 / 100, fy - 11, 11, c(kWheel));
        if (s.flag && night) { // head and tail lights
            const int front = s.dir > 0 ? x1 - 7 : x0, rear = s.dir > 0 ? x0 : x1 - 5;
            paint.rect(front, fy - h * 50 / 100, front + 7, fy - h * 36 / 100, kBright);
            paint.rect(rear, fy - h * 50 / 100, rear + 5, fy - h * 38 / 100, kTail);
        }
    }

    void draw(const Sprite &s)
    {
        const int x = int(std::lround(s.x)), fy = s.feetY;
        switch (s.kind) {
        case Sprite::Person:
            person(s, pick(kShirts, s.look));
            break;
        case Sprite::Worker:
            person(s, kOrange);
            break;
        case Sprite::Cart:
            paint.rect(x - 45, fy - 42, x + 45, fy - 14, c(pick(kCarPaint, s.look + 2)));
            paint.rect(x - 45, fy - 44, x + 45, fy - 41, c(kWhite));
            paint.disc(x - 30, fy - 8, 7, c(kWheel));
            paint.disc(x + 30, fy - 8, 7, c(kWheel));
            break;
        case Sprite::Umbrella:
            paint.rect(x - 2, fy - 104, x + 2, fy - 42, c(kPole));
            for (int i = 0; i < 7; ++i)
                paint.rect(x - 70 + i * 20, fy - 112, x - 50 + i * 20, fy - 98,
                           c(i % 2 ? kWhite : Yuv{82, 90, 240}));
            break;
        case Sprite::Goods:
            for (int i = 0; i < 5; ++i)
                paint.rect(x - 40 + i * 16, fy - 52, x - 28 + i * 16, fy - 44,
                           c(pick(kSigns, s.look + i)));
            break;
        case Sprite::Bags:
            paint.ellipse(x - 20, fy - 12, 18, 11, c(Yuv{30, 128, 128}));
            paint.ellipse(x + 14, fy - 11, 16, 10, c(Yuv{90, 150, 100}));
            paint.ellipse(x - 2, fy - 23, 14, 9, c(Yuv{205, 128, 128}));
            paint.ellipse(x + 28, fy - 7, 9, 6, c(Yuv{120, 140, 150}));
            break;
        case Sprite::Car:
        case Sprite::Van:
        case Sprite::Bus:
            vehicle(s);
            break;
        }
    }
};

void addNoise(Picture &p, std::uint32_t seed, int amplitude)
{
    std::uint32_t rng = seed | 1u;
    const int span = 2 * amplitude + 1;
    for (std::size_t i = 0; i + 4 <= p.y.size(); i += 4) {
        std::uint32_t r = nextRandom(rng);
        for (int k = 0; k < 4; ++k, r >>= 8) {
            const int v = p.y[i + k] + int(r & 0xff) % span - amplitude;
            p.y[i + k] = std::uint8_t(std::clamp(v, 0, 255));
        }
    }
}

} // namespace

Box Box::united(const Box &o) const
{
    if (empty())
        return o;
    if (o.empty())
        return *this;
    return {std::min(x0, o.x0), std::min(y0, o.y0), std::max(x1, o.x1), std::max(y1, o.y1)};
}

Box spriteBox(const Sprite &s)
{
    const double x = std::lround(s.x), fy = s.feetY;
    switch (s.kind) {
    case Sprite::Person:
    case Sprite::Worker:
        return s.flag ? Box{x - 17, fy - 68, x + 17, fy} : Box{x - 11, fy - 68, x + 11, fy};
    case Sprite::Cart:
        return {x - 45, fy - 44, x + 45, fy};
    case Sprite::Umbrella:
        return {x - 70, fy - 112, x + 70, fy - 42};
    case Sprite::Goods:
        return {x - 40, fy - 52, x + 40, fy - 44};
    case Sprite::Bags:
        return {x - 38, fy - 32, x + 37, fy};
    case Sprite::Car:
        return {x - 108, fy - 66, x + 108, fy};
    case Sprite::Van:
        return {x - 122, fy - 78, x + 122, fy};
    case Sprite::Bus:
        return {x - 200, fy - 80, x + 200, fy};
    }
    return {};
}

StreetScene::StreetScene(unsigned seed, int variant, Lighting lighting, int loopFrames)
    : m_lighting(lighting)
    , m_loopFrames(std::max(1, loopFrames))
    , m_variant(variant)
{
    auto &l = m_layout;
    l.width = kWidth;
    l.height = kHeight;
    l.sidewalkTop = (kHeight * (36 + variant % 5) / 100) & ~1;
    l.sidewalkBottom = l.sidewalkTop + 130;
    l.kerbTop = l.sidewalkBottom + 8;
    l.kerbBottom = l.kerbTop + 94;
    l.roadBottom = l.kerbBottom + 172;
    std::uint32_t rng = (seed * 0x9E3779B1u) ^ (std::uint32_t(variant + 1) * 0x85EBCA77u);
    if (rng == 0)
        rng = 1;
    plan(rng);
    paintBackground(rng);
}

void StreetScene::plan(std::uint32_t &rng)
{
    const int f = m_loopFrames;
    for (int lane = 0; lane < 2; ++lane) {
        const int count = between(rng, 2, 3), gap = between(rng, 100, 300);
        for (int i = 0; i < count; ++i) {
            const int roll = between(rng, 0, 9);
            const Sprite::Kind kind = roll == 0  ? Sprite::Bus
                                      : roll < 3 ? Sprite::Van
                                                 : Sprite::Car;
            const double phase = (i + 0.06 * (unit(rng) - 0.5)) / count;
            m_vehicles.push_back({kind, lane, phase, 0, gap, between(rng, 0, 7)});
        }
    }
    const int walkers = between(rng, 5, 7);
    for (int i = 0; i < walkers; ++i) {
        const double speed = 2.0 + 1.2 * unit(rng); // px per frame: 50-80 px/s
        const double frames = f * (0.5 + 0.4 * unit(rng));
        const double distance = speed * frames;
        const double x0 = -40 + unit(rng) * (kWidth + 80);
        int dir = nextRandom(rng) % 2 ? 1 : -1;
        if (x0 + dir * distance > kWidth + 60 || x0 + dir * distance < -60)
            dir = -dir;
        const double x1 = x0 + dir * distance;
        const int feetY = between(rng, m_layout.sidewalkTop + 72, m_layout.sidewalkBottom - 26);
        m_walkers.push_back({x0, x1, unit(rng) * f, frames, feetY, between(rng, 0, 23)});
        for (double x : {x0, x1}) // they come out of and go into shops
            if (x > 20 && x < kWidth - 20)
                m_doors.push_back(int(x));
    }
}

void StreetScene::paintBuildings(Painter &paint, std::uint32_t &rng)
{
    const auto &l = m_layout;
    const bool night = m_lighting == Lighting::Night;
    for (int x = 0; x < kWidth;) {
        const int bw = between(rng, 140, 320);
        const int top = between(rng, kHeight * 3 / 100, l.sidewalkTop - kHeight * 22 / 100);
        const Yuv wall = pick(kWalls, between(rng, 0, 5));
        paint.rect(x, top, x + bw - 3, l.sidewalkTop, wall);
        for (int wy = top + 14; wy + 16 < l.sidewalkTop - 78; wy += 30)
            for (int wx = x + 12; wx + 14 < x + bw - 10; wx += 26) {
                const bool lit = between(rng, 0, 4) < (night ? 2 : 1);
                paint.rect(wx, wy, wx + 14, wy + 16, lit && !night ? Yuv{190, 120, 132} : kGlass);
                if (lit && night)
                    m_lights.push_back(
                        {{double(wx), double(wy), wx + 14.0, wy + 16.0}, kLitWindow});
            }
        // The shop on the ground floor: a sign, a window.
        const int shop = l.sidewalkTop - 70;
        paint.rect(x + 6, shop, x + bw - 9, shop + 14, pick(kSigns, between(rng, 0, 3)));
        paint.rect(x + 10, shop + 18, x + bw - 13, l.sidewalkTop - 4, kGlass);
        if (night)
            m_lights.push_back(
                {{x + 10.0, shop + 18.0, x + bw - 13.0, l.sidewalkTop - 4.0}, Yuv{150, 105, 150}});
        x += bw;
    }
    for (int door : m_doors)
        paint.rect(door - 15, l.sidewalkTop - 56, door + 15, l.sidewalkTop, kDoor);
}

void StreetScene::paintBackground(std::uint32_t &rng)
{
    const auto &l = m_layout;
    m_background.allocate(kWidth, kHeight);
    Painter paint(m_background);
    for (int y = 0; y < l.sidewalkTop; y += 2)
        paint.rect(0, y, kWidth, y + 2, Yuv{std::uint8_t(150 + 55 * y / l.sidewalkTop), 150, 118});
    paintBuildings(paint, rng);
    paint.rect(0, l.sidewalkTop, kWidth, l.sidewalkBottom, kPaving);
    for (int x = between(rng, 0, 63); x < kWidth; x += 64)
        paint.rect(x, l.sidewalkTop, x + 2, l.sidewalkBottom, kSlabLine);
    paint.rect(0, (l.sidewalkTop + l.sidewalkBottom) / 2, kWidth,
               (l.sidewalkTop + l.sidewalkBottom) / 2 + 2, kSlabLine);
    paint.rect(0, l.sidewalkBottom, kWidth, l.kerbTop, kKerbStone);
    paint.rect(0, l.kerbTop, kWidth, l.kerbBottom, kKerbLane);
    paint.rect(0, l.kerbTop + 4, kWidth, l.kerbTop + 10, kYellow); // no parking: solid yellow
    paint.rect(0, l.kerbBottom, kWidth, l.roadBottom, kAsphalt);
    paint.rect(0, l.kerbBottom, kWidth, l.kerbBottom + 4, kWhite);
    const int mid = l.laneDivider();
    paint.rect(0, mid - 5, kWidth, mid - 2, kYellow);
    paint.rect(0, mid + 2, kWidth, mid + 5, kYellow);
    paint.rect(0, l.roadBottom, kWidth, l.roadBottom + 6, kKerbStone);
    paint.rect(0, l.roadBottom + 6, kWidth, kHeight, kPaving);
    // Lamp posts and trees along the kerb.
    for (int x = between(rng, 40, 200); x < kWidth; x += between(rng, 220, 360)) {
        if (nextRandom(rng) % 3) {
            m_lamps.push_back(x);
            paint.rect(x - 3, l.sidewalkTop - 110, x + 3, l.sidewalkBottom - 2, kPole);
            paint.rect(x - 3, l.sidewalkTop - 110, x + 30, l.sidewalkTop - 104, kPole);
            paint.rect(x + 18, l.sidewalkTop - 104, x + 32, l.sidewalkTop - 98, Yuv{170, 128, 128});
        } else {
            paint.rect(x - 4, l.sidewalkBottom - 60, x + 4, l.sidewalkBottom - 2,
                       Yuv{50, 118, 140});
            paint.disc(x, l.sidewalkBottom - 82, 30, Yuv{95, 100, 95});
        }
    }
    if (m_lighting == Lighting::Night) {
        for (auto &p : m_background.y)
            p = std::uint8_t(std::clamp(int(12 + (p - 16) * 0.3), 0, 255));
        for (auto *plane : {&m_background.u, &m_background.v})
            for (auto &p : *plane)
                p = std::uint8_t(128 + (int(p) - 128) * 6 / 10);
        paintLights(paint);
    }
}

void StreetScene::paintLights(Painter &paint)
{
    const auto &l = m_layout;
    for (const auto &[box, colour] : m_lights)
        paint.rect(int(box.x0), int(box.y0), int(box.x1), int(box.y1), colour);
    for (int x : m_lamps) {
        paint.ellipse(x + 25, l.sidewalkBottom - 30, 110, 28, Yuv{80, 120, 136}); // light pool
        paint.rect(x - 3, l.sidewalkTop - 110, x + 3, l.sidewalkBottom - 2, Yuv{20, 128, 128});
        paint.rect(x + 18, l.sidewalkTop - 104, x + 32, l.sidewalkTop - 98, kBright);
    }
}

std::vector<Sprite> StreetScene::movers(int frame) const
{
    std::vector<Sprite> out;
    const double f = double(frame % m_loopFrames) / m_loopFrames;
    const bool night = m_lighting == Lighting::Night;
    for (const Vehicle &v : m_vehicles) {
        Sprite s;
        s.kind = v.kind;
        s.look = v.look;
        s.flag = night;
        const double travel = kWidth + kMaxVehicle + v.gap;
        const double u = f + v.phase - std::floor(f + v.phase);
        const double half = (spriteBox(s).x1 - spriteBox(s).x0) / 2;
        if (v.lane == 0) { // drives left
            s.dir = -1;
            s.x = kWidth + v.gap - u * travel + half;
            s.feetY = m_layout.laneDivider() - 5;
        } else {
            s.dir = 1;
            s.x = -half - v.gap + u * travel;
            s.feetY = m_layout.roadBottom - 6;
        }
        out.push_back(s);
    }
    for (const Walker &w : m_walkers) {
        const double t = std::fmod(frame - w.start + 2.0 * m_loopFrames, m_loopFrames);
        if (t >= w.frames)
            continue;
        Sprite s;
        s.kind = Sprite::Person;
        s.x = w.x0 + (w.x1 - w.x0) * t / w.frames;
        s.feetY = w.feetY;
        s.look = w.look;
        s.dir = w.x1 > w.x0 ? 1 : -1;
        out.push_back(s);
    }
    return out;
}

void StreetScene::render(int frame, const std::vector<Sprite> &extra, Picture &out) const
{
    out = m_background;
    std::vector<Sprite> sprites = movers(frame);
    sprites.insert(sprites.end(), extra.begin(), extra.end());
    // Farther (higher in the picture) first: the painter's algorithm.
    std::stable_sort(sprites.begin(), sprites.end(),
                     [](const Sprite &a, const Sprite &b) { return a.feetY < b.feetY; });
    Painter paint(out);
    SpritePainter sp{paint, m_lighting == Lighting::Night};
    for (const Sprite &s : sprites)
        sp.draw(s);
    addNoise(out, std::uint32_t(frame + 1) * 2654435761u ^ std::uint32_t(m_variant),
             m_lighting == Lighting::Night ? 4 : 3);
}

void halve(const Picture &main, Picture &out)
{
    out.allocate(main.width / 2, main.height / 2);
    const auto shrink = [](const std::vector<std::uint8_t> &src, int w, int h,
                           std::vector<std::uint8_t> &dst) {
        for (int y = 0; y < h / 2; ++y)
            for (int x = 0; x < w / 2; ++x) {
                const std::size_t i = std::size_t(2 * y) * w + 2 * x;
                dst[std::size_t(y) * (w / 2) + x] = std::uint8_t(
                    (src[i] + src[i + 1] + src[i + w] + src[i + w + 1] + 2) / 4);
            }
    };
    shrink(main.y, main.width, main.height, out.y);
    shrink(main.u, main.width / 2, main.height / 2, out.u);
    shrink(main.v, main.width / 2, main.height / 2, out.v);
}

} // namespace CamSim
