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
    QString id;                 ///< UUID (new grids get one when drawn)
    QString code;               ///< 14-digit GB/T 30428.1 code
    QString communityCode;
    QString responsibilityCode;
    int version = 1;            ///< as loaded; the saved row gets version + 1
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
/// pattern). Every edit is one command; undo/redo restores the exact previous polygons.
/// Only a supervisor may edit (checked here, not only in the UI); saving validates the whole
/// layer (GridStore::save).
class GridDocument : public QObject
{
    Q_OBJECT
public:
    explicit GridDocument(QObject *parent = nullptr);

    /// Loaded state: what the database holds (the base for "what changed" and undo).
    void reset(const QList<GridPolygon> &grids, const QList<Geo::ParentArea> &communities,
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

    // Edits. Each refuses (nothing changes) with a clear Error, or pushes one undo command.
    Result<void> addPolygon(const GridPolygon &grid);
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
    /// Deletes the vertex at `at` from every grid that has it; refused if a ring would keep
    /// fewer than three corners.
    Result<void> deleteVertex(const QPointF &at);
    /// Splits a grid along a line into pieces; the first keeps the grid's id and code, the
    /// others get `newCodes` in order (refused when too few codes are given).
    Result<void> splitGrid(const QString &id, const QList<QPointF> &line, const QStringList &newCodes);
    /// Merges grids into the first one (its id and code); the others are deleted.
    Result<void> mergeGrids(const QStringList &ids);
    /// Puts these grids in (same id: replaced, else added) as one undo step (imports).
    Result<void> replaceGrids(const QString &text, const QList<GridPolygon> &grids);
    Result<void> setCodes(const QString &id, const QString &code, const QString &communityCode,
                          const QString &responsibilityCode);

    /// Validation of the whole layer (GridValidator::all).
    QList<Geo::Problem> validate() const;

    /// Ids inserted, updated or deleted relative to the loaded state.
    struct Changes { QList<GridPolygon> inserted, updated; QList<GridPolygon> deleted; };
    Changes changes() const;
    bool isModified() const;
    /// After a successful save: the current state becomes the loaded state (versions + 1).
    void markSaved();

    /// Applies a set of replacements (used by the undo commands): id → polygon, or nullopt
    /// to remove. Not an edit entry point: it neither checks the role nor pushes a command.
    void apply(const QHash<QString, std::optional<GridPolygon>> &state);

signals:
    void changed();

private:
    Result<void> checkEditor() const;
    Result<void> push(const QString &text, const QHash<QString, std::optional<GridPolygon>> &after);
    qsizetype indexOf(const QString &id) const;

    QList<GridPolygon> m_grids;
    QHash<QString, GridPolygon> m_loaded;
    QList<Geo::ParentArea> m_communities, m_responsibility;
    QUndoStack m_undo;
    Core::Role m_role = Core::Role::Invalid;
    int m_revision = 0;
};

} // namespace Cc::Map
