// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QString>

#include <memory>

struct sqlite3;

namespace Cc::Storage {

class Database;

/// A GeoPackage R-tree (an `rtree(id, minx, maxx, miny, maxy)` virtual table such as
/// rtree_component_geom) built on a connection of its own, to a private temporary database,
/// so that a second thread can build it while the connection of the database it belongs to
/// goes on loading rows (SyncClient::join); copyInto() then puts it there in one go.
///
/// SQLite keeps an R-tree in three ordinary shadow tables (NAME_node, NAME_rowid,
/// NAME_parent), so the copy is three plain row copies instead of one R-tree insertion per
/// entry (~7 µs each on the reference machine). The node size follows the page size, so
/// the tree is built with the target's page size; SQLite's own rtreecheck() accepts the
/// result (tst_detachedrtree, tst_hub_sync).
class DetachedRtree
{
public:
    /// `name`: the R-tree's table name in the target; `pageSize`: the target's page size.
    static Result<std::unique_ptr<DetachedRtree>> create(const QString &name, int pageSize);
    ~DetachedRtree();
    DetachedRtree(const DetachedRtree &) = delete;
    DetachedRtree &operator=(const DetachedRtree &) = delete;

    QString name() const { return m_name; }
    /// One entry; a point has minX == maxX and minY == maxY.
    Result<void> add(qint64 id, double minX, double maxX, double minY, double maxY);
    /// Replaces what the R-tree `name()` of `target` holds with this tree, inside the
    /// target's open transaction. Not while add() runs on another thread.
    Result<void> copyInto(Database &target);

private:
    DetachedRtree() = default;
    QString m_name;
    sqlite3 *m_db = nullptr;
    struct Insert;
    std::unique_ptr<Insert> m_insert;
};

} // namespace Cc::Storage
