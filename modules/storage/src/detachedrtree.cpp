// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/storage/database.h>
#include <cc/storage/detachedrtree.h>

#include "storage_p.h"

#include <sqlite3.h>

namespace Cc::Storage {

using Internal::sqliteError;

namespace {

/// A statement on a raw connection, finalized on every way out.
struct Prepared
{
    sqlite3_stmt *stmt = nullptr;
    ~Prepared() { sqlite3_finalize(stmt); }
};

int prepare(sqlite3 *db, const QString &sql, Prepared &out)
{
    return sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &out.stmt, nullptr);
}

} // namespace

struct DetachedRtree::Insert
{
    Prepared statement;
};

Result<std::unique_ptr<DetachedRtree>> DetachedRtree::create(const QString &name, int pageSize)
{
    std::unique_ptr<DetachedRtree> tree(new DetachedRtree);
    tree->m_name = name;
    // "": a private temporary database, in memory until SQLite's cache spills it to a file.
    int rc = sqlite3_open_v2("", &tree->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(tree->m_db, rc);
    const QString setup = QStringLiteral(
                              "PRAGMA page_size = %1; PRAGMA cache_size = -65536; BEGIN; "
                              "CREATE VIRTUAL TABLE %2 USING rtree(id, minx, maxx, miny, maxy);")
                              .arg(pageSize)
                              .arg(quotedIdentifier(name));
    if ((rc = sqlite3_exec(tree->m_db, setup.toUtf8().constData(), nullptr, nullptr, nullptr))
        != SQLITE_OK)
        return sqliteError(tree->m_db, rc);
    tree->m_insert = std::make_unique<Insert>();
    if ((rc = prepare(tree->m_db,
                      QStringLiteral("INSERT INTO %1 VALUES (?1, ?2, ?3, ?4, ?5)")
                          .arg(quotedIdentifier(name)),
                      tree->m_insert->statement))
        != SQLITE_OK)
        return sqliteError(tree->m_db, rc);
    return tree;
}

DetachedRtree::~DetachedRtree()
{
    m_insert.reset();
    sqlite3_close(m_db);
}

Result<void> DetachedRtree::add(qint64 id, double minX, double maxX, double minY, double maxY)
{
    sqlite3_stmt *st = m_insert->statement.stmt;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_double(st, 2, minX);
    sqlite3_bind_double(st, 3, maxX);
    sqlite3_bind_double(st, 4, minY);
    sqlite3_bind_double(st, 5, maxY);
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, rc);
    return {};
}

Result<void> DetachedRtree::copyInto(Database &target)
{
    // Both trees must cut nodes alike: the node size is the page size less 64 bytes.
    if (auto size = target.scalar(QStringLiteral("PRAGMA page_size")); !size)
        return size.error();
    else if (Prepared mine; prepare(m_db, QStringLiteral("PRAGMA page_size"), mine) != SQLITE_OK
                            || sqlite3_step(mine.stmt) != SQLITE_ROW
                            || sqlite3_column_int64(mine.stmt, 0) != size.value())
        return makeError(QStringLiteral("database.rtree-page-size"),
                         QStringLiteral("The R-tree %1 was built for another page size.")
                             .arg(m_name));
    for (const char *suffix : {"_node", "_rowid", "_parent"}) {
        const QString table = quotedIdentifier(m_name + QLatin1String(suffix));
        if (auto r = target.exec(QStringLiteral("DELETE FROM %1").arg(table)); !r)
            return r;
        Prepared read, write;
        int rc = prepare(m_db, QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table), read);
        if (rc != SQLITE_OK)
            return sqliteError(m_db, rc);
        const int columns = sqlite3_column_count(read.stmt);
        QStringList marks;
        for (int c = 1; c <= columns; ++c)
            marks.append(QStringLiteral("?%1").arg(c));
        rc = prepare(target.handle(),
                     QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(table, marks.join(u',')),
                     write);
        if (rc != SQLITE_OK)
            return sqliteError(target.handle(), rc);
        while ((rc = sqlite3_step(read.stmt)) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c)
                sqlite3_bind_value(write.stmt, c + 1, sqlite3_column_value(read.stmt, c));
            if ((rc = sqlite3_step(write.stmt)) != SQLITE_DONE)
                return sqliteError(target.handle(), rc);
            sqlite3_reset(write.stmt);
        }
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, rc);
    }
    return {};
}

} // namespace Cc::Storage
