// SPDX-License-Identifier: GPL-3.0-or-later
// Joining a period's results (处理反馈) and 回访 to the cases they belong to, by case id, in the
// published figures' fast path (kpicasepass.cpp, docs/kpi.md "Performance"). A year has ~580,000
// results and ~650,000 cases: a hash table of the ids cost more CPU than reading the cases
// (an insert or lookup per id, each a cache miss). Here both sides append their ids to a flat
// list, each list is sorted by a 64-bit hash of the id, and the two sorted lists are merged;
// ids are compared byte by byte wherever the hashes are equal, so a collision never joins two
// different cases.
#pragma once

#include <cc/core/kpifigures.h>

#include <QByteArray>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

namespace Cc::Cases::Detail {

/// What a period's events add to a row besides the case columns.
struct Extra
{
    qint64 minutes = 0, timed = 0, revisited = 0, satisfied = 0;
    void addTo(Core::CaseFigures &f) const
    {
        f.disposalMinutes += minutes;
        f.disposalsTimed += timed;
        f.revisited += revisited;
        f.satisfied += satisfied;
    }
};

/// Ids in the order they were appended (index 0, 1, …), then sortable by hash for mergeMatches.
class IdList
{
public:
    struct Ref
    {
        quint64 hash;
        quint32 offset, length, index;
    };

    void append(std::string_view id)
    {
        m_refs.push_back(
            {hashOf(id), quint32(m_bytes.size()), quint32(id.size()), quint32(m_refs.size())});
        m_bytes.append(id.data(), qsizetype(id.size()));
    }
    size_t size() const { return m_refs.size(); }
    bool isEmpty() const { return m_refs.empty(); }
    /// The id of the index-th append (before sortByHash) or of a ref.
    std::string_view id(const Ref &r) const
    {
        return std::string_view(m_bytes.constData() + r.offset, r.length);
    }
    const std::vector<Ref> &refs() const { return m_refs; }

    void sortByHash()
    {
        std::sort(m_refs.begin(), m_refs.end(), [](const Ref &a, const Ref &b) {
            return a.hash < b.hash || (a.hash == b.hash && a.index < b.index);
        });
    }

    /// A 64-bit mix of the bytes, 8 at a time (ids are ~36-byte UUIDs): only an order for the
    /// merge, equal ids are still compared as bytes.
    static quint64 hashOf(std::string_view s)
    {
        quint64 h = 0x9e3779b97f4a7c15ull ^ s.size();
        size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            quint64 w;
            std::memcpy(&w, s.data() + i, 8);
            h = (h ^ w) * 0xff51afd7ed558ccdull;
            h ^= h >> 29;
        }
        quint64 w = 0;
        std::memcpy(&w, s.data() + i, s.size() - i);
        h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
        return h ^ (h >> 32);
    }

private:
    QByteArray m_bytes;
    std::vector<Ref> m_refs;
};

/// Calls match(indexInA, indexInB) for every pair of equal ids of two lists sorted by hash.
template<typename F>
void mergeMatches(const IdList &a, const IdList &b, F &&match)
{
    const auto &ra = a.refs();
    const auto &rb = b.refs();
    size_t i = 0, j = 0;
    while (i < ra.size() && j < rb.size()) {
        if (ra[i].hash < rb[j].hash) {
            ++i;
        } else if (rb[j].hash < ra[i].hash) {
            ++j;
        } else {
            const quint64 h = ra[i].hash;
            size_t ie = i, je = j;
            while (ie < ra.size() && ra[ie].hash == h)
                ++ie;
            while (je < rb.size() && rb[je].hash == h)
                ++je;
            for (size_t x = i; x < ie; ++x) {
                for (size_t y = j; y < je; ++y) {
                    if (a.id(ra[x]) == b.id(rb[y]))
                        match(ra[x].index, rb[y].index);
                }
            }
            i = ie;
            j = je;
        }
    }
}

} // namespace Cc::Cases::Detail
