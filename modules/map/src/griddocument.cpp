// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map/griddocument.h>

#include <cc/core/uuid.h>
#include <cc/geo/operations.h>
#include <cc/geo/pointinpolygon.h>

#include "maptr.h"

#include <QSet>
#include <QUndoCommand>

namespace Cc::Map {

namespace {

// Shared boundaries share exact coordinates (snapping writes the neighbour's own double);
// the tolerance only absorbs a last-bit difference from an import.
bool samePoint(const QPointF &a, const QPointF &b)
{
    return std::abs(a.x() - b.x()) <= 1e-12 && std::abs(a.y() - b.y()) <= 1e-12;
}

Error refused(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message);
}

constexpr int kHighestSequence = 99; // GB/T 30428.1: two digits, 00 is the community itself

} // namespace

/// One edit: the affected grids before and after (nullopt = absent). Exact snapshots keep
/// undo/redo trivially correct for every kind of edit, including split and merge.
class GridDocument::ChangeCommand : public QUndoCommand
{
public:
    ChangeCommand(GridDocument *doc, const QString &text, State before, State after)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override { m_doc->apply(m_after); }
    void undo() override { m_doc->apply(m_before); }

private:
    GridDocument *m_doc;
    State m_before, m_after;
};

GridDocument::GridDocument(QObject *parent) : QObject(parent) {}

void GridDocument::reset(const QList<GridPolygon> &grids, const QList<Geo::ParentArea> &communities,
                         const QList<Geo::ParentArea> &responsibilityGrids)
{
    m_undo.clear();
    m_grids = grids;
    m_saved.clear();
    for (const GridPolygon &g : grids)
        m_saved.insert(g.id, g);
    m_communities = communities;
    m_responsibility = responsibilityGrids;
    ++m_revision;
    emit changed();
}

void GridDocument::reload(const QList<GridPolygon> &grids,
                          const QList<Geo::ParentArea> &communities,
                          const QList<Geo::ParentArea> &responsibilityGrids)
{
    if (!m_undo.isClean() || !isSavedState(grids)) {
        reset(grids, communities, responsibilityGrids);
        return;
    }
    // The database holds what was saved here (a refresh after the save, a sync of other
    // rows): the history stays, as after the save itself.
    if (communities == m_communities && responsibilityGrids == m_responsibility)
        return;
    m_communities = communities;
    m_responsibility = responsibilityGrids;
    ++m_revision;
    emit changed();
}

bool GridDocument::isSavedState(const QList<GridPolygon> &grids) const
{
    if (grids.size() != m_saved.size() || m_grids.size() != m_saved.size())
        return false;
    for (const GridPolygon &g : grids) {
        const auto it = m_saved.constFind(g.id);
        if (it == m_saved.cend() || !(*it == g))
            return false;
    }
    return true;
}

std::optional<GridPolygon> GridDocument::grid(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? std::nullopt : std::optional<GridPolygon>(m_grids[i]);
}

std::optional<GridPolygon> GridDocument::gridByCode(const QString &code) const
{
    for (const GridPolygon &g : m_grids)
        if (g.code == code)
            return g;
    return std::nullopt;
}

qsizetype GridDocument::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_grids.size(); ++i)
        if (m_grids[i].id == id)
            return i;
    return -1;
}

int GridDocument::savedVersion(const QString &id) const
{
    const auto it = m_saved.constFind(id);
    return it == m_saved.cend() ? 0 : it->version;
}

void GridDocument::apply(const State &state)
{
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        const qsizetype i = indexOf(it.key());
        if (!it.value()) {
            if (i >= 0)
                m_grids.removeAt(i);
            continue;
        }
        GridPolygon g = *it.value();
        g.version = savedVersion(g.id);
        if (i >= 0)
            m_grids[i] = std::move(g);
        else
            m_grids.append(std::move(g));
    }
    ++m_revision;
    emit changed();
}

Result<void> GridDocument::checkEditor() const
{
    if (!canEdit())
        return refused("map.not-allowed", MapTr::tr("Only a supervisor may edit grid boundaries."));
    return {};
}

Result<void> GridDocument::push(const QString &text, const State &after)
{
    State before;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        before.insert(it.key(), grid(it.key()));
    m_undo.push(new ChangeCommand(this, text, std::move(before), after));
    return {};
}

Result<void> GridDocument::addPolygon(const GridPolygon &g)
{
    if (auto r = checkEditor(); !r)
        return r;
    GridPolygon grid = g;
    if (grid.id.isEmpty())
        grid.id = Core::uuidText(Core::makeUuidV7());
    if (indexOf(grid.id) >= 0)
        return refused("map.exists", MapTr::tr("A grid with this id exists already."));
    Geo::Ring &ring = grid.geom.isEmpty() ? grid.geom.emplace_back() : grid.geom.first();
    if (!ring.isEmpty() && ring.first() != ring.last())
        ring.append(ring.first()); // a drawn polygon closes itself
    if (ring.size() < 4)
        return refused("map.too-few-points", MapTr::tr("A grid needs at least three corners."));
    grid.version = 0;
    return push(MapTr::tr("Add grid %1").arg(grid.code), {{grid.id, grid}});
}

QString GridDocument::gridAt(const QPointF &lonLat) const
{
    const qsizetype i = Geo::firstCovering(m_grids, lonLat,
                                           [](const GridPolygon &g) { return g.geom; });
    return i < 0 ? QString() : m_grids[i].id;
}

QString GridDocument::communityAt(const QPointF &lonLat) const
{
    const qsizetype i = Geo::firstCovering(m_communities, lonLat,
                                           [](const Geo::ParentArea &a) { return a.geom; });
    return i < 0 ? QString() : m_communities[i].code;
}

QString GridDocument::responsibilityGridAt(const QPointF &lonLat) const
{
    const qsizetype i = Geo::firstCovering(m_responsibility, lonLat,
                                           [](const Geo::ParentArea &a) { return a.geom; });
    return i < 0 ? QString() : m_responsibility[i].code;
}

Result<QStringList> GridDocument::freeCodes(const QString &communityCode, int count) const
{
    QSet<QString> taken;
    int highest = 0;
    for (const GridPolygon &g : m_grids) {
        taken.insert(g.code);
        if (g.code.size() == communityCode.size() + 2
            && (g.communityCode == communityCode || g.code.startsWith(communityCode)))
            highest = std::max(highest, g.code.right(2).toInt());
    }
    const auto codeOf = [&](int n) {
        return communityCode + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
    };
    // After the highest first (the order surveyors number in); the numbers below it only
    // once 99 is taken, as a duplicate would make the whole layer unsavable.
    QStringList out;
    for (int n = highest + 1; n <= kHighestSequence && out.size() < count; ++n)
        if (!taken.contains(codeOf(n)))
            out << codeOf(n);
    for (int n = 1; n < highest && out.size() < count; ++n)
        if (!taken.contains(codeOf(n)))
            out << codeOf(n);
    if (out.size() < count)
        return refused("map.community-full",
                       MapTr::tr(
                           "Community %1 has %2 free unit-grid code(s) left (01–99) and %3 are "
                           "needed: renumber or merge grids first.")
                           .arg(communityCode)
                           .arg(out.size())
                           .arg(count));
    return out;
}

Result<void> GridDocument::drawGrid(const QList<QPointF> &corners)
{
    if (auto r = checkEditor(); !r)
        return r;
    if (corners.size() < 3)
        return refused("map.too-few-points", MapTr::tr("A grid needs at least three corners."));
    const QPointF inside = (corners[0] + corners[1] + corners[2]) / 3;
    GridPolygon g{{}, {}, communityAt(inside), responsibilityGridAt(inside), 0, {corners}};
    if (!g.communityCode.isEmpty()) {
        auto code = freeCodes(g.communityCode, 1);
        if (!code)
            return code.error();
        g.code = code->first();
    }
    return addPolygon(g);
}

Result<void> GridDocument::insertAndMoveVertex(const VertexRef &segment, const QPointF &at,
                                               const QPointF &to, bool shared)
{
    if (auto r = checkEditor(); !r)
        return r;
    const auto g = grid(segment.gridId);
    if (!g || segment.ring < 0 || segment.ring >= g->geom.size() || segment.index < 0
        || segment.index >= g->geom[segment.ring].size() - 1)
        return refused("map.no-vertex", MapTr::tr("There is no such segment."));
    // Checked above, the insertion cannot fail, and the move then finds the new vertex.
    m_undo.beginMacro(MapTr::tr("Add and move vertex"));
    Result<void> r = insertVertex(segment.gridId, segment.ring, segment.index, at);
    if (r)
        r = shared ? moveSharedVertex(at, to)
                   : moveVertex({segment.gridId, segment.ring, segment.index + 1}, to);
    m_undo.endMacro();
    return r;
}

Result<void> GridDocument::deleteGrid(const QString &id)
{
    if (auto r = checkEditor(); !r)
        return r;
    const auto g = grid(id);
    if (!g)
        return refused("map.no-grid", MapTr::tr("There is no such grid."));
    return push(MapTr::tr("Delete grid %1").arg(g->code), {{id, std::nullopt}});
}

Result<void> GridDocument::moveVertex(const VertexRef &v, const QPointF &to)
{
    if (auto r = checkEditor(); !r)
        return r;
    auto g = grid(v.gridId);
    if (!g || v.ring < 0 || v.ring >= g->geom.size() || v.index < 0
        || v.index >= g->geom[v.ring].size() - 1)
        return refused("map.no-vertex", MapTr::tr("There is no such vertex."));
    Geo::Ring &ring = g->geom[v.ring];
    ring[v.index] = to;
    if (v.index == 0)
        ring.last() = to;
    return push(MapTr::tr("Move vertex of %1").arg(g->code), {{g->id, *g}});
}

Result<void> GridDocument::moveSharedVertex(const QPointF &from, const QPointF &to)
{
    return moveSharedBoundary({from}, to - from);
}

Result<void> GridDocument::moveSharedBoundary(const QList<QPointF> &points, const QPointF &delta)
{
    if (auto r = checkEditor(); !r)
        return r;
    State after;
    QStringList codes;
    for (GridPolygon g : m_grids) {
        bool touched = false;
        for (Geo::Ring &ring : g.geom) {
            for (QPointF &p : ring) {
                for (const QPointF &q : points) {
                    if (samePoint(p, q)) {
                        p += delta;
                        touched = true;
                        break;
                    }
                }
            }
        }
        if (touched) {
            codes << g.code;
            after.insert(g.id, g);
        }
    }
    if (after.isEmpty())
        return refused("map.no-vertex", MapTr::tr("No grid has a vertex there."));
    return push(MapTr::tr("Move boundary of %1").arg(codes.join(QStringLiteral(", "))), after);
}

Result<void> GridDocument::insertVertex(const QString &gridId, int ringIndex, int afterIndex,
                                        const QPointF &at)
{
    if (auto r = checkEditor(); !r)
        return r;
    const auto g = grid(gridId);
    if (!g || ringIndex < 0 || ringIndex >= g->geom.size() || afterIndex < 0
        || afterIndex >= g->geom[ringIndex].size() - 1)
        return refused("map.no-vertex", MapTr::tr("There is no such segment."));
    const QPointF a = g->geom[ringIndex][afterIndex], b = g->geom[ringIndex][afterIndex + 1];
    State after;
    for (GridPolygon n : m_grids) {
        bool touched = false;
        for (Geo::Ring &ring : n.geom) {
            for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
                const bool same = (samePoint(ring[i], a) && samePoint(ring[i + 1], b))
                                  || (samePoint(ring[i], b) && samePoint(ring[i + 1], a));
                if (same) {
                    ring.insert(i + 1, at);
                    touched = true;
                    break;
                }
            }
        }
        if (touched)
            after.insert(n.id, n);
    }
    return push(MapTr::tr("Add vertex to %1").arg(g->code), after);
}

Result<void> GridDocument::deleteVertex(const QPointF &at)
{
    if (auto r = checkEditor(); !r)
        return r;
    State after;
    for (GridPolygon g : m_grids) {
        bool touched = false;
        for (Geo::Ring &ring : g.geom) {
            Geo::Ring open = ring.mid(0, ring.size() - 1);
            const qsizetype before = open.size();
            open.removeIf([&](const QPointF &p) { return samePoint(p, at); });
            if (open.size() == before)
                continue;
            if (open.size() < 3)
                return refused("map.too-few-points",
                               MapTr::tr(
                                   "Deleting this vertex would leave grid %1 with fewer than three "
                                   "corners.")
                                   .arg(g.code));
            open.append(open.first());
            ring = open;
            touched = true;
        }
        if (touched)
            after.insert(g.id, g);
    }
    if (after.isEmpty())
        return refused("map.no-vertex", MapTr::tr("No grid has a vertex there."));
    return push(MapTr::tr("Delete vertex at %1").arg(Geo::formatLonLat(at)), after);
}

Result<void> GridDocument::splitGrid(const QString &id, const QList<QPointF> &line,
                                     const QStringList &newCodes)
{
    return splitWith(id, line, newCodes);
}

Result<void> GridDocument::splitGrid(const QString &id, const QList<QPointF> &line)
{
    return splitWith(id, line, std::nullopt);
}

Result<void> GridDocument::splitWith(const QString &id, const QList<QPointF> &line,
                                     const std::optional<QStringList> &givenCodes)
{
    if (auto r = checkEditor(); !r)
        return r;
    const auto g = grid(id);
    if (!g)
        return refused("map.no-grid", MapTr::tr("There is no such grid."));
    auto pieces = Geo::splitPolygon(g->geom, line);
    if (!pieces)
        return pieces.error();
    const int needed = int(pieces->size() - 1);
    QStringList newCodes;
    if (givenCodes) {
        newCodes = *givenCodes;
    } else if (g->communityCode.isEmpty()) {
        newCodes = QStringList(needed, QString()); // no community, no code: validation names it
    } else {
        auto codes = freeCodes(g->communityCode, needed);
        if (!codes)
            return codes.error();
        newCodes = *codes;
    }
    if (newCodes.size() < needed)
        return refused(
            "map.codes-needed",
            MapTr::tr("The line cuts grid %1 into %n pieces: give a code for each new piece.",
                      nullptr, int(pieces->size()))
                .arg(g->code));
    State after;
    GridPolygon first = *g;
    first.geom = pieces->first();
    after.insert(first.id, first);
    for (qsizetype i = 1; i < pieces->size(); ++i) {
        GridPolygon piece{Core::uuidText(Core::makeUuidV7()),
                          newCodes[i - 1],
                          g->communityCode,
                          g->responsibilityCode,
                          0,
                          pieces->at(i)};
        after.insert(piece.id, piece);
    }
    return push(MapTr::tr("Split grid %1").arg(g->code), after);
}

Result<void> GridDocument::mergeGrids(const QStringList &ids)
{
    if (auto r = checkEditor(); !r)
        return r;
    QList<Geo::PolygonRings> geoms;
    QList<GridPolygon> grids;
    for (const QString &id : ids) {
        const auto g = grid(id);
        if (!g)
            return refused("map.no-grid", MapTr::tr("There is no such grid."));
        grids << *g;
        geoms << g->geom;
    }
    auto merged = Geo::mergePolygons(geoms);
    if (!merged)
        return merged.error();
    State after;
    GridPolygon first = grids.first();
    first.geom = *merged;
    after.insert(first.id, first);
    QStringList codes;
    for (qsizetype i = 1; i < grids.size(); ++i) {
        after.insert(grids[i].id, std::nullopt);
        codes << grids[i].code;
    }
    return push(MapTr::tr("Merge %1 into %2").arg(codes.join(QStringLiteral(", ")), first.code),
                after);
}

Result<void> GridDocument::replaceGrids(const QString &text, const QList<GridPolygon> &grids)
{
    if (auto r = checkEditor(); !r)
        return r;
    if (grids.isEmpty())
        return refused("map.no-grid", MapTr::tr("The file holds no grids."));
    State after;
    for (const GridPolygon &g : grids)
        after.insert(g.id, g);
    return push(text, after);
}

Result<void> GridDocument::setCodes(const QString &id, const QString &code,
                                    const QString &communityCode, const QString &responsibilityCode)
{
    if (auto r = checkEditor(); !r)
        return r;
    auto g = grid(id);
    if (!g)
        return refused("map.no-grid", MapTr::tr("There is no such grid."));
    const QString old = g->code;
    g->code = code;
    g->communityCode = communityCode;
    g->responsibilityCode = responsibilityCode;
    return push(MapTr::tr("Code %1 → %2").arg(old, code), {{id, *g}});
}

QList<Geo::Problem> GridDocument::validate() const
{
    QList<Geo::GridFeature> features;
    features.reserve(m_grids.size());
    for (const GridPolygon &g : m_grids)
        features.append({g.code, g.communityCode, g.responsibilityCode, g.geom});
    return Geo::GridValidator().all(features, m_communities, m_responsibility);
}

GridDocument::Changes GridDocument::changes() const
{
    Changes c;
    QSet<QString> present;
    for (const GridPolygon &g : m_grids) {
        present.insert(g.id);
        const auto it = m_saved.constFind(g.id);
        if (it == m_saved.cend())
            c.inserted << g;
        else if (!(*it == g))
            c.updated << g;
    }
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
        if (!present.contains(it.key()))
            c.deleted << it.value();
    return c;
}

bool GridDocument::isModified() const
{
    if (m_undo.isClean())
        return false;
    const Changes c = changes();
    return !c.inserted.isEmpty() || !c.updated.isEmpty() || !c.deleted.isEmpty();
}

void GridDocument::markSaved()
{
    const Changes c = changes();
    QSet<QString> written;
    for (const GridPolygon &g : c.inserted)
        written.insert(g.id);
    for (const GridPolygon &g : c.updated)
        written.insert(g.id);
    for (GridPolygon &g : m_grids)
        if (written.contains(g.id))
            ++g.version;
    m_saved.clear();
    for (const GridPolygon &g : m_grids)
        m_saved.insert(g.id, g);
    // Tiled's Document::save: the history stays, the stack only learns where "saved" is
    // (apply() takes versions from m_saved, so the old snapshots stay valid).
    m_undo.setClean();
    ++m_revision;
    emit changed();
}

} // namespace Cc::Map
