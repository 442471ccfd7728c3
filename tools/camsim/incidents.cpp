// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents.h"

#include <algorithm>
#include <cmath>

namespace CamSim {

namespace {

constexpr struct
{
    IncidentKind kind;
    const char *name;
} kKinds[] = {{IncidentKind::Stall, "stall"},
              {IncidentKind::Rubbish, "rubbish"},
              {IncidentKind::Parking, "parking"},
              {IncidentKind::Crowd, "crowd"}};

Sprite sprite(Sprite::Kind kind, int feetY, int look, int dir)
{
    Sprite s;
    s.kind = kind;
    s.feetY = feetY;
    s.look = look;
    s.dir = dir;
    return s;
}

double interpolate(const std::vector<std::pair<double, double>> &xs, double t)
{
    if (t <= xs.front().first)
        return xs.front().second;
    for (std::size_t i = 1; i < xs.size(); ++i)
        if (t < xs[i].first) {
            const auto &[t0, x0] = xs[i - 1];
            const auto &[t1, x1] = xs[i];
            return x0 + (x1 - x0) * (t - t0) / (t1 - t0);
        }
    return xs.back().second;
}

} // namespace

const char *kindName(IncidentKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return k.name;
    return "?";
}

std::optional<IncidentKind> kindFromName(std::string_view name)
{
    for (const auto &k : kKinds)
        if (name == k.name)
            return k.kind;
    return std::nullopt;
}

IncidentAnimation::IncidentAnimation(IncidentKind kind, double centreX, int from,
                                     const StreetScene &scene, int look)
    : m_kind(kind)
    , m_loopFrames(scene.loopFrames())
    , m_look(look)
{
    const StreetLayout &l = scene.layout();
    const int d = from < 0 ? 1 : -1; // the direction they walk in to arrive
    switch (kind) {
    case IncidentKind::Stall:
        stall(centreX, d, l);
        break;
    case IncidentKind::Rubbish:
        rubbish(centreX, d, l);
        break;
    case IncidentKind::Parking:
        parking(centreX, l, scene.lighting() == Lighting::Night);
        break;
    case IncidentKind::Crowd:
        crowd(centreX, l);
        break;
    }
    for (const Sprite &s : sprites(ClipRole::During, 0))
        m_bbox = m_bbox.united(spriteBox(s));
    m_bbox = {std::max(0.0, m_bbox.x0), std::max(0.0, m_bbox.y0),
              std::min(double(l.width), m_bbox.x1), std::min(double(l.height), m_bbox.y1)};
    measure();
}

// A vendor pushes a cart onto the sidewalk, opens the umbrella, lays out the goods; later
// packs up and pushes it away.
void IncidentAnimation::stall(double x, int d, const StreetLayout &l)
{
    const int fy = l.sidewalkBottom - 4;
    Actor cart{sprite(Sprite::Cart, fy, m_look, d), {{0.10, x - d * 220}, {0.55, x}}, 0.10};
    Actor vendor{sprite(Sprite::Person, fy, m_look, d),
                 {{0.10, x - d * 282}, {0.55, x - d * 62}},
                 0.10};
    Actor umbrella{sprite(Sprite::Umbrella, fy, m_look, d), {{0, x}}, 0.62};
    Actor goods{sprite(Sprite::Goods, fy, m_look, d), {{0, x}}, 0.68};
    m_arrival = {cart, goods, umbrella, vendor};
    goods.from = umbrella.from = cart.from = vendor.from = 0;
    goods.until = 0.12;
    umbrella.until = 0.20;
    cart.xs = {{0.25, x}, {0.70, x - d * 220}};
    cart.until = 0.70;
    vendor.xs = {{0.25, x - d * 62}, {0.70, x - d * 282}};
    vendor.until = 0.70;
    m_departure = {cart, goods, umbrella, vendor};
}

// Someone carries bags of rubbish in, drops them and goes; later a sanitation worker
// fetches them.
void IncidentAnimation::rubbish(double x, int d, const StreetLayout &l)
{
    const int fy = l.sidewalkBottom - 6;
    Actor bags{sprite(Sprite::Bags, fy, m_look, d), {{0, x}}, 0.50};
    Actor dumper{sprite(Sprite::Person, fy - 2, m_look, d),
                 {{0.10, x - d * 220}, {0.45, x - d * 50}, {0.52, x - d * 50}, {0.85, x - d * 270}},
                 0.10,
                 0.85,
                 0.10,
                 0.50};
    m_arrival = {bags, dumper};
    bags.from = 0;
    bags.until = 0.46;
    Actor worker{sprite(Sprite::Worker, fy - 2, m_look, d),
                 {{0.10, x - d * 240}, {0.40, x - d * 45}, {0.50, x - d * 45}, {0.85, x - d * 270}},
                 0.10,
                 0.85,
                 0.46,
                 0.85};
    m_departure = {bags, worker};
}

// A car drives along the kerb lane from the right and stops; later drives off to the left.
void IncidentAnimation::parking(double x, const StreetLayout &l, bool night)
{
    const int fy = l.kerbBottom - 6;
    const double enter = l.width + 130, leave = -130;
    Actor car{sprite(Sprite::Car, fy, m_look, -1),
              {{0.10, enter}, {0.42, x + 70}, {0.55, x + 10}, {0.60, x}},
              0.10};
    if (night) { // headlights on while it moves (only drawn at night)
        car.flagFrom = 0.10;
        car.flagUntil = 0.64;
    }
    m_arrival = {car};
    car.from = 0;
    car.xs = {{0.25, x}, {0.40, x - 40}, {0.80, leave}};
    car.until = 0.80;
    if (night)
        car.flagFrom = 0.15, car.flagUntil = 2;
    m_departure = {car};
}

// Seven people walk up from both sides and stand together; later they walk off.
void IncidentAnimation::crowd(double x, const StreetLayout &l)
{
    m_arrival.clear();
    m_departure.clear();
    for (int i = 0; i < 7; ++i) {
        const int side = i % 2 ? 1 : -1;
        const double start = x + side * (240 + 20 * i);
        const double spot = x + (i - 3) * 26 + ((m_look + i * 5) % 13 - 6);
        const int fy = l.sidewalkTop + 80 + (i * 37 + m_look) % 45;
        const int dir = spot > start ? 1 : -1;
        Actor person{sprite(Sprite::Person, fy, m_look * 7 + i, dir),
                     {{0.08 + 0.03 * i, start}, {0.50 + 0.02 * i, spot}},
                     0.08 + 0.03 * i};
        m_arrival.push_back(person);
        person.look.dir = -dir;
        person.from = 0;
        person.xs = {{0.15 + 0.03 * i, spot}, {0.60 + 0.03 * i, start}};
        person.until = 0.60 + 0.03 * i;
        m_departure.push_back(person);
    }
}

std::vector<Sprite> IncidentAnimation::at(const std::vector<Actor> &actors, double t)
{
    std::vector<Sprite> out;
    for (const Actor &a : actors) {
        if (t < a.from || t >= a.until)
            continue;
        Sprite s = a.look;
        s.x = interpolate(a.xs, t);
        s.flag = t >= a.flagFrom && t < a.flagUntil;
        out.push_back(s);
    }
    return out;
}

std::vector<Sprite> IncidentAnimation::sprites(ClipRole role, int frame) const
{
    const double t = double(frame) / m_loopFrames;
    switch (role) {
    case ClipRole::Street:
        return {};
    case ClipRole::Arrival:
        return at(m_arrival, t);
    case ClipRole::During:
        return at(m_arrival, 1.0);
    case ClipRole::Departure:
        return at(m_departure, t);
    }
    return {};
}

std::vector<Sprite> IncidentAnimation::inBox(ClipRole role, int frame) const
{
    std::vector<Sprite> out;
    for (const Sprite &s : sprites(role, frame))
        if (spriteBox(s).intersects(m_bbox)) {
            // As drawn: whole pixels; which way it faces shows only with a bag or lights.
            Sprite r = s;
            r.x = double(std::lround(s.x));
            if (!r.flag)
                r.dir = 0;
            out.push_back(r);
        }
    return out;
}

// The truth's moments: the frames in which what is drawn inside the box starts and stops
// changing (arrival) and starts changing again and empties (departure).
void IncidentAnimation::measure()
{
    const int n = m_loopFrames;
    const auto still = inBox(ClipRole::During, 0);
    m_frames.appears = n - 1;
    for (int f = 0; f < n; ++f)
        if (!inBox(ClipRole::Arrival, f).empty()) {
            m_frames.appears = f;
            break;
        }
    m_frames.settled = 0;
    for (int f = n - 1; f >= 0; --f)
        if (inBox(ClipRole::Arrival, f) != still) {
            m_frames.settled = f + 1;
            break;
        }
    m_frames.leaves = n - 1;
    for (int f = 0; f < n; ++f)
        if (inBox(ClipRole::Departure, f) != still) {
            m_frames.leaves = f;
            break;
        }
    m_frames.gone = 0;
    for (int f = n - 1; f >= 0; --f)
        if (!inBox(ClipRole::Departure, f).empty()) {
            m_frames.gone = f + 1;
            break;
        }
}

} // namespace CamSim
