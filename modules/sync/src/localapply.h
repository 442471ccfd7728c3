// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QHash>
#include <QJsonObject>
#include <QPointF>
#include <QSet>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>

namespace Cc::Sync {
class PgResult;
}

namespace Cc::Sync::Internal {

/// Writes rows received from the hub (snapshot, pull, or the hub's copy of a refused case)
/// into the local GeoPackage, inside the caller's transaction. Columns are matched by name,
/// so a hub row may carry columns this workstation's schema lacks (they are ignored) and the
/// other way round (local defaults apply). Geometry arrives as GPKG hex and is re-encoded the
/// way CityCommand writes it locally, so a synced row equals a local one byte for byte.
class LocalApplier
{
public:
    explicit LocalApplier(Storage::Database &db) : m_db(db) {}

    Result<void> apply(const QString &entity, const QJsonObject &row);
    /// Snapshot rows as text columns named like the table's (into an empty database; the
    /// cases' full text is written by SnapshotLoad::finish). Values are bound straight from
    /// the received buffer; a point already in the form CityCommand writes is taken as it is.
    Result<void> insertRows(const QString &entity, const PgResult &rows);
    /// Replaces the local copy of a case (row and events) by the hub's; `hubCase` empty: the
    /// hub has no such case (a refused report), so the local one goes.
    Result<void> replaceCase(const QString &caseId, const QJsonObject &hubCase,
                             const QJsonArray &hubEvents);
    /// The hub gave case `caseId` the number `number` (it renumbered a report taken offline):
    /// a local case holding that number is parked aside, the old number is remembered.
    Result<void> renumber(const QString &caseId, const QString &number);
    /// Deletes the row of `entity` with the key `key` (column → value), if there is one: a
    /// row deleted on the hub, or a refused insert the hub does not have.
    Result<void> remove(const QString &entity, const QJsonObject &key);
    /// A refused change of departments and users (hub schema 10): the hub's rows it named
    /// replace the local ones, and those the hub does not have go (localapply_org.cpp).
    Result<void> restoreOrg(const QJsonObject &remote);

    /// Into an empty database (snapshot): plain inserts, no lookups for existing rows.
    void setFresh(bool fresh) { m_fresh = fresh; }

private:
    /// One snapshot table's INSERT and how each of its parameters is read from a result.
    struct BulkInsert
    {
        enum class Kind { Text, Point, Polygon, HexBlob };
        struct Column
        {
            int source = 0;
            Kind kind = Kind::Text;
        };
        std::optional<Storage::Statement> insert, role;
        QList<Column> columns;
        int roles = -1, id = -1; ///< app_user: result columns of the roles list and the id
    };
    Result<BulkInsert *> bulkInsert(const QString &entity, const PgResult &rows);
    Result<QStringList> columns(const QString &table);
    Result<void> upsert(const QString &table, const QJsonObject &row, const QString &conflictTarget,
                        bool ignoreExisting);
    Result<void> applyCase(const QJsonObject &row);
    Result<void> applyUser(const QJsonObject &row);
    Result<void> applyOrgChange(const QJsonObject &row);
    Result<void> applyEvent(const QJsonObject &row);
    /// Tables of hub schema 6 whose rows are unique by more than their id (a campaign's name,
    /// a task's grid …): localapply_campaigns.cpp.
    static bool hasNaturalKey(const QString &entity);
    Result<void> applyKeyed(const QString &entity, const QJsonObject &row);
    Result<void> deleteCase(const QString &caseId);
    Result<void> fullText(qint64 fid, const QJsonObject &row);
    Result<void> setRewinding(bool on);
    /// Runs `write` with case_event deletes allowed (migration 0006): the hub's word replaces
    /// local history.
    Result<void> whileRewinding(const std::function<Result<void>()> &write);
    Result<QVariant> value(const QString &table, const QString &column, const QJsonValue &v);

    Storage::Database &m_db;
    bool m_fresh = false;
    std::optional<Storage::Statement> m_insertFts;
    QHash<QString, QStringList> m_columns;
    QHash<QString, QString> m_geometryType; ///< table → POINT/POLYGON
    QSet<QString> m_blobColumns;            ///< "table.column" of BLOB columns (hex from the hub)
    std::map<QString, Storage::Statement> m_statements; // move-only values
    std::map<QString, BulkInsert> m_bulk;
    QList<QByteArray> m_buffers; ///< decoded hex values of the row being inserted
};

/// Hex text into `out` (its capacity reused from row to row); false on a non-hex digit.
bool fromHex(const char *text, int size, QByteArray &out);
/// The coordinates of a point exactly as Gpkg::encodePoint writes it (little-endian header
/// without envelope, SRS 4490, NDR 2-D WKB point, not empty): re-encoding it would give the
/// same bytes. None for any other blob.
std::optional<QPointF> canonicalPoint(const QByteArray &blob);

} // namespace Cc::Sync::Internal
