// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/gazetteer/matcher.h>

#include "addressparser.h"
#include "gazetteertr.h"
#include "linegeometry.h"

#include <cc/core/pinyin.h>

#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace Cc::Gazetteer {

namespace {

constexpr double kDoorSetbackM = 12.0; // a door stands back from the centreline
constexpr double kSideM = 15.0;        // "北侧" of a street or crossing
constexpr double kMinNameScore = 0.45; // weaker name matches are noise
constexpr int kNamesPerPart = 4;       // streets tried per typed name

/// A name (or alias) as the matcher compares it.
struct NameEntry
{
    QString text, stem, initials, spelled; ///< spelled: the pinyin, first readings
    int target = -1;                       ///< street (index into streetNames) or place
};

NameEntry entryFor(const QString &text, int target)
{
    NameEntry e{text, streetStem(text), {}, {}, target};
    const Core::Pinyin &pinyin = Core::Pinyin::builtin();
    for (QChar c : text) {
        const QStringList readings = pinyin.readings(c);
        const QString r = readings.isEmpty() ? QString(c.toLower()) : readings.first();
        e.initials += r.front();
        e.spelled += r;
    }
    return e;
}

QString spelledOf(const QString &text)
{
    QString out;
    const Core::Pinyin &pinyin = Core::Pinyin::builtin();
    for (QChar c : text) {
        const QStringList readings = pinyin.readings(c);
        out += readings.isEmpty() ? QString(c) : readings.first();
    }
    return out;
}

/// How well a typed name fits an entry, 0–1 (docs/gazetteer.md, "Scores").
double nameScore(const QString &q, const NameEntry &e, bool latin)
{
    if (q.isEmpty())
        return 0;
    if (latin) {
        if (q == e.spelled || q == e.initials)
            return 0.93;
        if (e.initials.startsWith(q) || e.spelled.startsWith(q))
            return 0.55 + 0.35 * double(q.size()) / e.spelled.size();
        return Core::Pinyin::builtin().matches(e.text, q) ? 0.5 : 0;
    }
    if (q == e.text)
        return 1.0;
    const QString qStem = streetStem(q);
    if (!qStem.isEmpty() && qStem == e.stem && e.stem != e.text)
        return q == qStem ? 0.9 : 0.92; // 人民 / 人民街 for 人民路
    if (q.size() > e.text.size() && q.endsWith(e.text))
        return 0.88; // a prefix we could not name (a district, a county)
    if (e.text.startsWith(q))
        return 0.6 + 0.3 * double(q.size()) / e.text.size(); // still typing
    if (e.text.contains(q))
        return 0.55 + 0.3 * double(q.size()) / e.text.size();
    if (e.stem.size() >= 2 && q.contains(e.stem) && qStem.endsWith(e.stem))
        return 0.8;
    if (spelledOf(q) == e.spelled)
        return 0.8; // a homophone typed by mistake: 人名路 for 人民路
    return 0;
}

struct Scored
{
    int target;
    double score;
};

/// The best entries for a typed name, best first, at most `limit`, one per target.
QList<Scored> bestOf(const QList<NameEntry> &entries, const QString &q, bool latin, int limit)
{
    QHash<int, double> best;
    for (const NameEntry &e : entries) {
        const double s = nameScore(q, e, latin);
        if (s >= kMinNameScore && s > best.value(e.target, 0))
            best.insert(e.target, s);
    }
    QList<Scored> out;
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        out << Scored{it.key(), it.value()};
    std::sort(out.begin(), out.end(), [](const Scored &a, const Scored &b) {
        return a.score != b.score ? a.score > b.score : a.target < b.target;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace

QString kindId(Candidate::Kind kind)
{
    switch (kind) {
    case Candidate::Kind::HouseNumber:
        return QStringLiteral("house-number");
    case Candidate::Kind::Intersection:
        return QStringLiteral("intersection");
    case Candidate::Kind::Place:
        return QStringLiteral("place");
    case Candidate::Kind::Street:
        break;
    }
    return QStringLiteral("street");
}

struct Matcher::Index
{
    GazetteerData data;
    QStringList streetNames;            ///< distinct, in first-seen order
    QList<QList<int>> segmentsOfStreet; ///< per street name: its rows in data.streets
    QList<NameEntry> streetEntries, placeEntries;
    QHash<QString, QList<int>> crossings; ///< "a|b" → rows in data.intersections

    void build();
    QList<Candidate> candidatesFor(const ParsedAddress &p) const;
    void houseNumbers(const ParsedAddress &p, QList<Candidate> &out) const;
    void intersections(const ParsedAddress &p, QList<Candidate> &out) const;
    void names(const ParsedAddress &p, QList<Candidate> &out) const;
    QPointF streetMiddle(int street) const;
    /// The door of `number` on a street: (point, how well the ranges know it 0–1, detail).
    std::tuple<QPointF, double, QString> door(int street, int number) const;
    void applyModifiers(const ParsedAddress &p, double extentM, Candidate &c) const;
};

void Matcher::Index::build()
{
    QHash<QString, int> byName;
    for (int i = 0; i < data.streets.size(); ++i) {
        const Street &s = data.streets[i];
        auto it = byName.constFind(s.name);
        int id = it == byName.cend() ? -1 : it.value();
        if (id < 0) {
            id = int(streetNames.size());
            byName.insert(s.name, id);
            streetNames << s.name;
            segmentsOfStreet.append(QList<int>());
            streetEntries << entryFor(s.name, id);
        }
        segmentsOfStreet[id] << i;
        for (const QString &alias : s.aliases)
            if (!byName.contains(alias)) {
                byName.insert(alias, id);
                streetEntries << entryFor(alias, id);
            }
    }
    for (int i = 0; i < data.places.size(); ++i) {
        placeEntries << entryFor(data.places[i].name, i);
        for (const QString &alias : data.places[i].aliases)
            placeEntries << entryFor(alias, i);
    }
    for (int i = 0; i < data.intersections.size(); ++i) {
        const Intersection &x = data.intersections[i];
        crossings[x.streetA + u'|' + x.streetB] << i;
        crossings[x.streetB + u'|' + x.streetA] << i;
    }
}

QPointF Matcher::Index::streetMiddle(int street) const
{
    // The segment in the middle of the street's extent stands for the whole street.
    const QList<int> &rows = segmentsOfStreet[street];
    QPointF centre;
    for (int row : rows)
        centre += midpoint(data.streets[row].line);
    centre /= double(rows.size());
    QPointF best = midpoint(data.streets[rows.first()].line);
    double bestD = 1e300;
    for (int row : rows) {
        const QPointF m = midpoint(data.streets[row].line);
        const QPointF d = metresBetween(centre, m);
        if (const double dd = std::hypot(d.x(), d.y()); dd < bestD) {
            bestD = dd;
            best = m;
        }
    }
    return best;
}

std::tuple<QPointF, double, QString> Matcher::Index::door(int street, int number) const
{
    struct Side
    {
        int row, from, to;
        bool left;
    };
    QList<Side> sides;
    for (int row : segmentsOfStreet[street]) {
        const Street &s = data.streets[row];
        if (s.leftFrom > 0 || s.leftTo > 0)
            sides << Side{row, s.leftFrom, s.leftTo, true};
        if (s.rightFrom > 0 || s.rightTo > 0)
            sides << Side{row, s.rightFrom, s.rightTo, false};
    }
    if (sides.isEmpty())
        return {streetMiddle(street), 0.5, GazetteerTr::tr("no house numbers known")};
    // The side that holds the number with its parity; else the nearest range.
    const Side *best = nullptr;
    double bestCost = 1e300;
    for (const Side &side : sides) {
        const int lo = std::min(side.from, side.to), hi = std::max(side.from, side.to);
        const double outside = number < lo ? lo - number : number > hi ? number - hi : 0;
        const bool parity = (side.from > 0 ? side.from : side.to) % 2 == number % 2;
        const double cost = outside * 10 + (parity ? 0 : 1);
        if (cost < bestCost) {
            bestCost = cost;
            best = &side;
        }
    }
    const Street &s = data.streets[best->row];
    const double span = best->to - best->from;
    const double t = span == 0 ? 0.5 : std::clamp((number - best->from) / span, 0.0, 1.0);
    const Along at = alongLine(s.line, t);
    const QPointF normal = best->left ? QPointF(-at.direction.y(), at.direction.x())
                                      : QPointF(at.direction.y(), -at.direction.x());
    const QPointF point = movedBy(at.point, normal.x() * kDoorSetbackM, normal.y() * kDoorSetbackM);
    const double quality = bestCost == 0 ? 1.0 : bestCost < 10 ? 0.85 : 0.6;
    return {point, quality,
            GazetteerTr::tr("%1 side %2–%3")
                .arg(best->left ? GazetteerTr::tr("left") : GazetteerTr::tr("right"))
                .arg(best->from)
                .arg(best->to)};
}

void Matcher::Index::applyModifiers(const ParsedAddress &p, double extentM, Candidate &c) const
{
    if (!p.gate.isEmpty()) {
        // 正门/大门: no side known; the place's point stands for it.
        const QPointF v = directionVector(p.gate);
        c.point = movedBy(c.point, v.x() * extentM, v.y() * extentM);
        c.label += p.gate + QStringLiteral("门");
    }
    if (p.moveM > 0 && !p.moveDirection.isEmpty()) {
        const QPointF v = directionVector(p.moveDirection);
        c.point = movedBy(c.point, v.x() * p.moveM, v.y() * p.moveM);
        c.label += QStringLiteral("向%1%2米").arg(p.moveDirection).arg(p.moveM);
    }
    if (!p.side.isEmpty()) {
        const bool fromEdge = p.gate.isEmpty() && p.moveM <= 0;
        const double d = (fromEdge ? extentM : 0) + kSideM;
        const QPointF v = directionVector(p.side);
        c.point = movedBy(c.point, v.x() * d, v.y() * d);
        c.label += p.side + QStringLiteral("侧");
    }
}

void Matcher::Index::houseNumbers(const ParsedAddress &p, QList<Candidate> &out) const
{
    for (const Scored &hit : bestOf(streetEntries, p.name, p.latin, kNamesPerPart)) {
        auto [point, quality, detail] = door(hit.target, p.number);
        Candidate c{Candidate::Kind::HouseNumber,
                    QStringLiteral("%1%2号").arg(streetNames[hit.target]).arg(p.number),
                    hit.score * quality, point, detail};
        applyModifiers(p, 0, c);
        out << c;
    }
}

void Matcher::Index::intersections(const ParsedAddress &p, QList<Candidate> &out) const
{
    const QList<Scored> first = bestOf(streetEntries, p.name, p.latin, kNamesPerPart);
    const QList<Scored> second = p.secondName.isEmpty()
                                     ? QList<Scored>()
                                     : bestOf(streetEntries, p.secondName, p.latin, kNamesPerPart);
    for (const Scored &a : first) {
        const QString &nameA = streetNames[a.target];
        if (p.secondName.isEmpty()) {
            // Still typing the other street: every crossing of the first, weaker.
            for (int i = 0; i < data.intersections.size(); ++i) {
                const Intersection &x = data.intersections[i];
                if (x.streetA != nameA && x.streetB != nameA)
                    continue;
                const QString other = x.streetA == nameA ? x.streetB : x.streetA;
                Candidate c{Candidate::Kind::Intersection,
                            QStringLiteral("%1与%2交叉口").arg(nameA, other),
                            a.score * 0.7,
                            x.point,
                            {}};
                applyModifiers(p, 0, c);
                out << c;
            }
            continue;
        }
        for (const Scored &b : second) {
            const QString &nameB = streetNames[b.target];
            for (int i : crossings.value(nameA + u'|' + nameB)) {
                Candidate c{Candidate::Kind::Intersection,
                            QStringLiteral("%1与%2交叉口").arg(nameA, nameB),
                            std::min(a.score, b.score),
                            data.intersections[i].point,
                            {}};
                applyModifiers(p, 0, c);
                out << c;
            }
        }
    }
}

void Matcher::Index::names(const ParsedAddress &p, QList<Candidate> &out) const
{
    for (const Scored &hit : bestOf(placeEntries, p.name, p.latin, 8)) {
        const Place &place = data.places[hit.target];
        Candidate c{Candidate::Kind::Place, place.name, hit.score, place.point, place.kind};
        applyModifiers(p, place.extentM, c);
        out << c;
    }
    for (const Scored &hit : bestOf(streetEntries, p.name, p.latin, kNamesPerPart)) {
        // A street alone is a weak answer: somewhere along it.
        Candidate c{Candidate::Kind::Street, streetNames[hit.target], hit.score * 0.8,
                    streetMiddle(hit.target), GazetteerTr::tr("the middle of the street")};
        applyModifiers(p, 0, c);
        out << c;
    }
}

QList<Candidate> Matcher::Index::candidatesFor(const ParsedAddress &p) const
{
    QList<Candidate> out;
    switch (p.form) {
    case ParsedAddress::Form::HouseNumber:
        houseNumbers(p, out);
        break;
    case ParsedAddress::Form::Intersection:
        intersections(p, out);
        break;
    case ParsedAddress::Form::Name:
        names(p, out);
        break;
    }
    return out;
}

Matcher::Matcher(GazetteerData data) : m_index(std::make_unique<Index>())
{
    m_index->data = std::move(data);
    m_index->build();
}

Matcher::~Matcher() = default;

const GazetteerData &Matcher::data() const
{
    return m_index->data;
}

QList<Candidate> Matcher::match(const QString &text, int limit) const
{
    const QString normalised = normaliseAddress(text);
    QList<Candidate> all;
    for (const ParsedAddress &p : parseAddress(normalised))
        all += m_index->candidatesFor(p);
    // One per label, the best score; ties by kind then label, so the order is stable.
    std::sort(all.begin(), all.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.label < b.label;
    });
    QList<Candidate> out;
    QSet<QString> seen;
    for (const Candidate &c : all) {
        if (seen.contains(c.label))
            continue;
        seen.insert(c.label);
        out << c;
        if (out.size() >= limit)
            break;
    }
    return out;
}

} // namespace Cc::Gazetteer
