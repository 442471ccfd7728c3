// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/database.h>
#include <cc/storage/rows.h>

#include <QJsonObject>
#include <QList>
#include <optional>

namespace Cc::Storage {

/// Repositories: one per table, each a thin typed layer over prepared statements on a
/// Database the caller owns. They never open transactions themselves: the caller groups
/// writes (e.g. a case action = case row + event + outbox) in one Transaction. Writes that
/// must reach the hub also append to the outbox through OutboxRepository, which the caller
/// decides (seed data written by the demo generator does not).

class CategoryRepository
{
public:
    explicit CategoryRepository(Database &db) : m_db(db) {}
    Result<void> upsert(const CategoryRow &row);
    Result<QList<CategoryRow>> all();

private:
    Database &m_db;
};

class DepartmentRepository
{
public:
    explicit DepartmentRepository(Database &db) : m_db(db) {}
    Result<void> upsert(const DepartmentRow &row);
    Result<void> addCategory(const DepartmentCategoryRow &row);
    Result<QList<DepartmentRow>> all();
    Result<std::optional<DepartmentRow>> find(const QString &id);
    Result<std::optional<DepartmentRow>> findByCode(const QString &code);
    /// Departments responsible for a category: those bound to the responsibility grid first,
    /// then the city-wide ones.
    Result<QList<DepartmentRow>> responsibleFor(const QString &categoryKey,
                                                const QString &responsibilityCode);
    Result<QList<DepartmentCategoryRow>> allCategories();

private:
    Database &m_db;
};

class UserRepository
{
public:
    explicit UserRepository(Database &db) : m_db(db) {}
    Result<void> upsert(const UserRow &row); ///< also replaces its user_role rows
    Result<std::optional<UserRow>> findByLogin(const QString &login);
    Result<std::optional<UserRow>> find(const QString &id);
    Result<QList<UserRow>> all();

private:
    Database &m_db;
};

class CalendarRepository
{
public:
    explicit CalendarRepository(Database &db) : m_db(db) {}
    Result<void> save(const QByteArray &definitionJson,
                      const QString &id = QStringLiteral("default"));
    Result<std::optional<QByteArray>> load(const QString &id = QStringLiteral("default"));

private:
    Database &m_db;
};

class SettingRepository
{
public:
    explicit SettingRepository(Database &db) : m_db(db) {}
    Result<void> set(const QString &key, const QString &value);
    Result<std::optional<QString>> get(const QString &key);

private:
    Database &m_db;
};

/// Spatial layers: streets, communities, responsibility grids, unit grids, components,
/// cameras, collector positions (geometry as GPKG blobs, R-tree kept by triggers).
class SpatialRepository
{
public:
    explicit SpatialRepository(Database &db) : m_db(db) {}
    Result<void> insert(const StreetRow &row);
    Result<void> insert(const CommunityRow &row);
    Result<void> insert(const ResponsibilityGridRow &row);
    Result<void> insert(const UnitGridRow &row);
    Result<void> insert(const ComponentRow &row);
    Result<void> insert(const CameraRow &row);
    Result<void> insert(const CollectorPositionRow &row);

    Result<QList<StreetRow>> streets();
    Result<QList<CommunityRow>> communities();
    Result<QList<ResponsibilityGridRow>> responsibilityGrids();
    Result<QList<UnitGridRow>> unitGrids();
    Result<std::optional<UnitGridRow>> unitGrid(const QString &code);
    Result<QList<CameraRow>> cameras();
    /// Unit grids whose bounding box contains the point (R-tree); exact test is the caller's.
    Result<QList<UnitGridRow>> unitGridsNear(const QPointF &point);

private:
    Database &m_db;
    // Statements are prepared once per repository and reused (bulk inserts of the demo city).
    std::optional<Statement> m_insertComponent;
};

class CaseRepository
{
public:
    explicit CaseRepository(Database &db) : m_db(db) {}
    Result<void> insert(const CaseRow &row);
    /// Indexes a new case's description and address for full-text search (case_fts, keyed
    /// by the case's fid), in the caller's transaction, so a report and its index row commit
    /// or roll back together.
    Result<void> insertFullText(qint64 fid, const QString &description, const QString &address);
    /// Writes the workflow columns (state, department, deadlines, timestamps, counters,
    /// version) by id, only if the stored version is row.version − 1 (optimistic check;
    /// "case.stale" otherwise). The report's own fields are not changed by an action.
    Result<void> update(const CaseRow &row);
    Result<std::optional<CaseRow>> find(const QString &id);
    Result<std::optional<CaseRow>> findByNumber(const QString &number);
    /// Highest sequence used in case numbers of `year` ("2026-000123" → 123).
    Result<int> maxNumberSequence(int year);
    /// A number the hub took away from a case reported here: (the case's id, its new
    /// number), or nothing when `number` was never renumbered (migration 0010).
    Result<std::optional<std::pair<QString, QString>>> renumbered(const QString &number);

private:
    Database &m_db;
    std::optional<Statement> m_insert;
    std::optional<Statement> m_insertFullText;
    std::optional<Statement> m_update;
};

class CaseEventRepository
{
public:
    explicit CaseEventRepository(Database &db) : m_db(db) {}
    Result<void> append(const CaseEventRow &row);
    Result<QList<CaseEventRow>> forCase(const QString &caseId); ///< by seq
private:
    Database &m_db;
    std::optional<Statement> m_insert;
};

class AttachmentRepository
{
public:
    explicit AttachmentRepository(Database &db) : m_db(db) {}
    Result<void> insert(const AttachmentRow &row);
    Result<QList<AttachmentRow>> forCase(const QString &caseId);
    /// Stores the bytes under their SHA-256 (hex); a no-op when they are already there.
    /// Returns whether they were new.
    Result<bool> putContent(const QString &sha256, const QByteArray &data);
    /// The bytes of an attachment; nullopt when none are stored under that hash.
    Result<std::optional<QByteArray>> content(const QString &sha256);

private:
    Database &m_db;
};

class OutboxRepository
{
public:
    explicit OutboxRepository(Database &db) : m_db(db) {}
    /// Appends and returns the new seq.
    Result<qint64> append(const QString &entity, const QString &rowId, const QString &op,
                          const QString &payloadJson);
    /// Appends a change of one row of a synced table (op insert, update or delete), read from
    /// the table by `id` now: payload {"row": the row as it is (null after a delete), "base":
    /// `base`, the row as it was before (null for an insert), "actorId": `actorId` if any,
    /// "group": see beginGroup()}. Call it in the write's transaction, after the write.
    Result<qint64> appendRowChange(const QString &table, const QString &id, const QString &op,
                                   const std::optional<QJsonObject> &base,
                                   const QString &actorId = {});
    /// One row as the hub exchanges it: columns by name (not fid), numbers as numbers,
    /// geometry and other blobs as hex; nothing when the table has no row with that id.
    Result<std::optional<QJsonObject>> rowJson(const QString &table, const QString &id);
    /// The row changes appended from now on belong together (one save, one import): the hub
    /// takes all of them or none.
    void beginGroup();
    Result<QList<OutboxRow>> pending(int limit);
    Result<void> acknowledgeUpTo(qint64 seq);
    Result<qint64> count();

private:
    Database &m_db;
    std::optional<Statement> m_insert;
    QString m_group;
};

class ConflictRepository
{
public:
    explicit ConflictRepository(Database &db) : m_db(db) {}
    Result<void> insert(const ConflictRow &row);
    Result<QList<ConflictRow>> unresolved();
    Result<void> resolve(const QString &id, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace Cc::Storage
