// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/gazetteer/gazetteer.h>

#include <QHash>

#include <memory>

namespace Cc::Gazetteer {

/// One ranked answer to a typed address.
struct Candidate
{
    enum class Kind { HouseNumber, Intersection, Place, Street };
    Kind kind = Kind::Street;
    QString label; ///< the canonical text, e.g. "人民路12号", "解放路与中华路交叉口向西180米北侧"
    double score = 0; ///< 0–1, higher is better
    QPointF point;    ///< lon/lat, with the gate, offset and side applied
    QString detail;   ///< why, for a tooltip: the range or place kind it came from
};

QString kindId(Candidate::Kind kind); ///< "house-number", "intersection", "place", "street"

/// Typed text → ranked candidates, built once over a gazetteer and immutable afterwards
/// (safe from any thread). Understands house numbers on a street ("人民路12号", "人民路12"),
/// intersections ("解放路与中华路交叉口"), places with a gate or side ("第一中学东门"), offsets
/// ("…向西180米北侧"), Chinese of any length (a prefix while typing), pinyin and its initials
/// ("rml12", "dyzx"), 路/街/大道 mixed up, and Chinese numerals. docs/gazetteer.md has the rules.
class Matcher
{
public:
    explicit Matcher(GazetteerData data);
    ~Matcher();
    Matcher(const Matcher &) = delete;
    Matcher &operator=(const Matcher &) = delete;

    QList<Candidate> match(const QString &text, int limit = 8) const;

    const GazetteerData &data() const;

private:
    struct Index;
    std::unique_ptr<Index> m_index;
};

} // namespace Cc::Gazetteer
