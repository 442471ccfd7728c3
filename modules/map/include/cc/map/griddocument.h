// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/core/role.h>
#include <cc/geo/types.h>
#include <cc/geo/validation.h>

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <optional>

namespace Cc::Map {

/// One unit grid as the editor holds it.
struct GridPolygon
{
    QString id;   ///< UUID (new grids get one when drawn)
    QString code; ///< 14-digit GB/T 30428.1 code
    QString communityCode;
    QString responsibilityCode;
    int version = 1; ///< as loaded; the saved row gets version + 1
    Geo::PolygonRings geom;
    friend bool operator==(const GridPolygon &, const GridPolygon &) = default;
};

/// Where a vertex is: grid id, ring, index in the ring (the closing point is not counted:
/// index 0 also moves the last point).
struct VertexRef
{
    QString gridId;
    int ring = 0;
    int index = 0;
};

/// The editable unit-grid layer with its undo stack (Tiled's Document + QUndoCommand
/// pattern). Every edit is one command; undo/redo restores the exact previous polygons. The
/// document owns the editing rules: only a supervisor may edit (checked here, not only in
/// the UI), which community a drawn grid joins, which codes new grids get, which edits form
/// one undo step. Saving validates the whole layer (GridStore::save) and keeps the history:
/// the saved state is the undo stack's clean state.
class GridDocument : public QObject
{
    Q_OBJECT
public:
    explicit GridDocument(QObject *parent = nullptr);

    /// Loaded state: what the database holds (the base for "what changed"); clears the history.
    void reset(const QList<GridPolygon> &grids, const QList<Geo::ParentArea> &communities,
               const QList<Geo::ParentArea> &responsibilityGrids);
    /// What the database holds now (GridStore::load): when the document is at its saved state
    /// and the grids are just that, only the parents are taken and the history stays (a
    /// refresh after a save); else reset().
    void reload(const QList<GridPolygon> &grids, const QList<Geo::ParentArea> &communities,
                const QList<Geo::ParentArea> &responsibilityGrids);
    void setEditorRole(Core::Role role) { m_role = role; }
    Core::Role editorRole() const { return m_role; }
    bool canEdit() const { return m_role == Core::Role::Supervisor; }

    const QList<GridPolygon> &grids() const { return m_grids; }
    std::optional<GridPolygon> grid(const QString &id) const;
    std::optional<GridPolygon> gridByCode(const QString &code) const;
    const QList<Geo::ParentArea> &communities() const { return m_communities; }
    const QList<Geo::ParentArea> &responsibilityGrids() const { return m_responsibility; }
    QUndoStack *undoStack() { return &m_undo; }
    int revision() const { return m_revision; } ///< bumps on every change (render caches key on it)

    // Where a point lies (holes respected; a point on a boundary counts as inside): the id of
    // the first unit grid, the code of the first community or responsibility grid, or "".
    QString gridAt(const QPointF &lonLat) const;
    QString communityAt(const QPointF &lonLat) const;
    QString responsibilityGridAt(const QPointF &lonLat) const;

    /// `count` unused unit-grid codes of a community: the numbers after its highest code,
    /// then (once 99 is taken) the free numbers below it, never a code any grid has.
    /// Refused with `map.community-full` when fewer than `count` of 01–99 are free.
    Result<QStringList> freeCodes(const QString &communityCode, int count) const;

    // Edits. Each refuses (nothing changes) with a clear Error, or pushes one undo command.
    Result<void> addPolygon(const GridPolygon &grid);
    /// A grid drawn by its corners: it joins the community and the responsibility grid under
    /// the centre of its first three corners and gets that community's next free code (none
    /// outside every community: save-time validation then names it).
    Result<void> drawGrid(const QList<QPointF> &corners);
    Result<void> deleteGrid(const QString &id);
    /// Moves one vertex of one grid only (its neighbours keep theirs).
    Result<void> moveVertex(const VertexRef &vertex, const QPointF &to);
    /// Moves every grid's vertex lying at `from` (a shared corner): both neighbours change.
    Result<void> moveSharedVertex(const QPointF &from, const QPointF &to);
    /// Moves a shared boundary: every vertex at one of `points`, in every grid, by `delta`.
    Result<void> moveSharedBoundary(const QList<QPointF> &points, const QPointF &delta);
    /// Inserts `at` into the segment after vertex `afterIndex`, in this grid and in every
    /// neighbour that has the same segment (so the shared boundary stays shared).
    Result<void> insertVertex(const QString &gridId, int ring, int afterIndex, const QPointF &at);
    /// insertVertex on the segment after `segment`, then the new vertex moved to `to` (in
    /// every grid sharing it when `shared`, else in this grid only): one undo step.
    Result<void> insertAndMoveVertex(const VertexRef &segment, const QPointF &at, const QPointF &to,
                                     bool shared);
    /// Deletes the vertex at `at` from every grid that has it; refused if a ring would keep
    /// fewer than three corners.
    Result<void> deleteVertex(const QPointF &at);
    /// Splits a grid along a line into pieces; the first keeps the grid's id and code, the
    /// others get `newCodes` in order (refused when too few codes are given).
    Result<void> splitGrid(const QString &id, const QList<QPointF> &line,
                           const QStringList &newCodes);
    /// The same, the new pieces getting their community's next free codes (freeCodes).
    Result<void> splitGrid(const QString &id, const QList<QPointF> &line);
    /// Merges grids into the first one (its id and code); the others are deleted.
    Result<void> mergeGrids(const QStringList &ids);
    /// Puts these grids in (same id: replaced, else added) as one undo step (imports).
    Result<void> replaceGrids(const QString &text, const QList<GridPolygon> &grids);
    Result<void> setCodes(const QString &id, const QString &code, const QString &communityCode,
                          const QString &responsibilityCode);

    /// Validation of the whole layer (GridValidator::all).
    QList<Geo::Problem> validate() const;

    /// Ids inserted, updated or deleted relative to the saved state.
    struct Changes
    {
        QList<GridPolygon> inserted, updated;
        QList<GridPolygon> deleted;
    };
    Changes changes() const;
    /// Away from the undo stack's clean state (the last load or save) with something to
    /// write: a command that changed nothing (re-importing the same file) leaves nothing to save.
    bool isModified() const;
    /// After a successful save: the current state becomes the saved state (versions of the
    /// written grids + 1) and the stack's clean state; the history stays, so an undo after a
    /// save is a change to save like any other.
    void markSaved();

signals:
    void changed();

private:
    class ChangeCommand;
    using State = QHash<QString, std::optional<GridPolygon>>;

    /// Puts a state in (the undo commands' only way in): id → polygon, or nullopt to remove.
    /// Versions always come from the saved state, never from the command's snapshot, so
    /// undoing past a save yields a grid the database will accept.
    void apply(const State &state);
    Result<void> checkEditor() const;
    Result<void> push(const QString &text, const State &after);
    Result<void> splitWith(const QString &id, const QList<QPointF> &line,
                           const std::optional<QStringList> &codes);
    qsizetype indexOf(const QString &id) const;
    int savedVersion(const QString &id) const;
    bool isSavedState(const QList<GridPolygon> &grids) const;

    QList<GridPolygon> m_grids;
    QHash<QString, GridPolygon> m_saved;
    QList<Geo::ParentArea> m_communities, m_responsibility;
    QUndoStack m_undo;
    Core::Role m_role = Core::Role::Invalid;
    int m_revision = 0;
};

} // namespace Cc::Map
