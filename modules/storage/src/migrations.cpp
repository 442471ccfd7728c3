// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include <cc/storage/database.h>
#include <cc/storage/geometry.h>

#include "storage_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Cc::Storage::Migrations {

namespace {

// The GeoPackage 1.3 core tables, with the DDL GDAL 3.6 writes, so GDAL and QGIS see
// exactly what they would have created themselves.
constexpr const char *kGeoPackageCore = R"SQL(
PRAGMA application_id = 1196444487;
PRAGMA user_version = 10300;
CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL,srs_id INTEGER NOT NULL PRIMARY KEY,organization TEXT NOT NULL,organization_coordsys_id INTEGER NOT NULL,definition  TEXT NOT NULL,description TEXT);
CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY,data_type TEXT NOT NULL,identifier TEXT UNIQUE,description TEXT DEFAULT '',last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),min_x DOUBLE, min_y DOUBLE,max_x DOUBLE, max_y DOUBLE,srs_id INTEGER,CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL,column_name TEXT NOT NULL,geometry_type_name TEXT NOT NULL,srs_id INTEGER NOT NULL,z TINYINT NOT NULL,m TINYINT NOT NULL,CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),CONSTRAINT uk_gc_table_name UNIQUE (table_name),CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (table_name TEXT,column_name TEXT,extension_name TEXT NOT NULL,definition TEXT NOT NULL,scope TEXT NOT NULL,CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined Cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined Cartesian coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
INSERT INTO gpkg_spatial_ref_sys VALUES ('China Geodetic Coordinate System 2000', 4490, 'EPSG', 4490, 'GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4490"]]', 'CGCS2000 longitude/latitude coordinates in decimal degrees');
CREATE TABLE cc_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
)SQL";

// gpkg_rtree_index (GeoPackage 1.3 §F.3) exactly as GDAL 3.6 writes it; %1 table, %2 the
// geometry column, %3 the integer primary key.
constexpr const char *kRtree = R"SQL(
CREATE VIRTUAL TABLE "rtree_%1_%2" USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER "rtree_%1_%2_insert" AFTER INSERT ON "%1" WHEN (new."%2" NOT NULL AND NOT ST_IsEmpty(NEW."%2")) BEGIN INSERT OR REPLACE INTO "rtree_%1_%2" VALUES (NEW."%3",ST_MinX(NEW."%2"), ST_MaxX(NEW."%2"),ST_MinY(NEW."%2"), ST_MaxY(NEW."%2")); END;
CREATE TRIGGER "rtree_%1_%2_update1" AFTER UPDATE OF "%2" ON "%1" WHEN OLD."%3" = NEW."%3" AND (NEW."%2" NOTNULL AND NOT ST_IsEmpty(NEW."%2")) BEGIN INSERT OR REPLACE INTO "rtree_%1_%2" VALUES (NEW."%3",ST_MinX(NEW."%2"), ST_MaxX(NEW."%2"),ST_MinY(NEW."%2"), ST_MaxY(NEW."%2")); END;
CREATE TRIGGER "rtree_%1_%2_update2" AFTER UPDATE OF "%2" ON "%1" WHEN OLD."%3" = NEW."%3" AND (NEW."%2" ISNULL OR ST_IsEmpty(NEW."%2")) BEGIN DELETE FROM "rtree_%1_%2" WHERE id = OLD."%3"; END;
CREATE TRIGGER "rtree_%1_%2_update3" AFTER UPDATE ON "%1" WHEN OLD."%3" != NEW."%3" AND (NEW."%2" NOTNULL AND NOT ST_IsEmpty(NEW."%2")) BEGIN DELETE FROM "rtree_%1_%2" WHERE id = OLD."%3"; INSERT OR REPLACE INTO "rtree_%1_%2" VALUES (NEW."%3",ST_MinX(NEW."%2"), ST_MaxX(NEW."%2"),ST_MinY(NEW."%2"), ST_MaxY(NEW."%2")); END;
CREATE TRIGGER "rtree_%1_%2_update4" AFTER UPDATE ON "%1" WHEN OLD."%3" != NEW."%3" AND (NEW."%2" ISNULL OR ST_IsEmpty(NEW."%2")) BEGIN DELETE FROM "rtree_%1_%2" WHERE id IN (OLD."%3", NEW."%3"); END;
CREATE TRIGGER "rtree_%1_%2_delete" AFTER DELETE ON "%1" WHEN old."%2" NOT NULL BEGIN DELETE FROM "rtree_%1_%2" WHERE id = OLD."%3"; END;
INSERT INTO "rtree_%1_%2" SELECT "%3", ST_MinX("%2"), ST_MaxX("%2"), ST_MinY("%2"), ST_MaxY("%2") FROM "%1" WHERE "%2" NOT NULL AND NOT ST_IsEmpty("%2");
INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) VALUES ('%1', '%2', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
)SQL";

Result<QStringList> texts(Database &db, const QString &sql)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    QStringList rows;
    if (auto r = forEachRow(st.value(),
                            [&rows](const Statement &row) { rows.append(row.text(0)); });
        !r)
        return r.error();
    return rows;
}

/// Registers in gpkg_contents every table a migration created that is not registered yet:
/// tables with a `geom` column as features (with their geometry column and R-tree), the
/// others as attributes. Runs inside the migration's transaction.
Result<void> registerTables(Database &db)
{
    auto spatial = db.prepare(QStringLiteral(
        "SELECT m.name, upper(c.type), "
        "  (SELECT p.name FROM pragma_table_info(m.name) p WHERE p.pk = 1 "
        "   AND upper(p.type) = 'INTEGER') "
        "FROM sqlite_master m JOIN pragma_table_info(m.name) c ON c.name = 'geom' "
        "WHERE m.type = 'table' AND m.name NOT IN (SELECT table_name FROM gpkg_contents) "
        "ORDER BY m.name"));
    if (!spatial)
        return spatial.error();
    struct SpatialTable
    {
        QString name, type, pk;
    };
    QList<SpatialTable> tables;
    for (;;) {
        auto r = spatial.value().step();
        if (!r)
            return r.error();
        if (!r.value())
            break;
        tables.append({spatial.value().text(0), spatial.value().text(1), spatial.value().text(2)});
    }
    for (const auto &table : tables) {
        if (table.pk.isEmpty())
            return makeError(QStringLiteral("database.error"),
                             QCoreApplication::translate(
                                 "Cc::Storage", "Spatial table %1 lacks an integer primary key")
                                 .arg(table.name));
        auto contents = db.prepare(QStringLiteral(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
            "VALUES (?1, 'features', ?1, '', ?2)"));
        if (!contents)
            return contents.error();
        contents.value().bindText(1, table.name).bindInt(2, kSrsCgcs2000);
        if (auto r = contents.value().exec(); !r)
            return r.error();
        auto columns = db.prepare(
            QStringLiteral("INSERT INTO gpkg_geometry_columns VALUES (?1, 'geom', ?2, ?3, 0, 0)"));
        if (!columns)
            return columns.error();
        columns.value().bindText(1, table.name).bindText(2, table.type).bindInt(3, kSrsCgcs2000);
        if (auto r = columns.value().exec(); !r)
            return r.error();
        if (auto r = db.exec(
                QString::fromLatin1(kRtree).arg(table.name, QStringLiteral("geom"), table.pk));
            !r)
            return r.error();
    }
    // Only ordinary tables: a virtual table (case_fts) and its shadow tables are not
    // attributes a GIS could open (a contentless FTS5 table reads back as NULLs).
    return db.exec(QStringLiteral(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
        "SELECT name, 'attributes', name, '' FROM sqlite_master WHERE type = 'table' "
        "AND name IN (SELECT name FROM pragma_table_list WHERE schema = 'main' "
        "AND type = 'table') "
        "AND name NOT LIKE 'gpkg\\_%' ESCAPE '\\' AND name NOT LIKE 'rtree\\_%' ESCAPE '\\' "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'cc_migration' "
        "AND name NOT IN (SELECT table_name FROM gpkg_contents) ORDER BY name"));
}

} // namespace

QList<Migration> available()
{
    static const QList<Migration> list = [] {
        QList<Migration> result;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
        const QDir dir(QStringLiteral(":/cc/migrations"));
        for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
            const auto match = pattern.match(file);
            if (!match.hasMatch())
                continue;
            result.append({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
        }
        std::sort(result.begin(), result.end(),
                  [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return result;
    }();
    return list;
}

Result<void> migrate(Database &db)
{
    auto hasTable = texts(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                             "'table' AND name = 'cc_migration'"));
    if (!hasTable)
        return hasTable.error();
    if (hasTable.value().isEmpty()) {
        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginError();
        if (auto r = db.exec(QString::fromUtf8(kGeoPackageCore)); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r;
    }

    // Every shipped migration not recorded yet, not only those above the highest: branches
    // take numbers ahead and land out of order (a database migrated to 15 before 14 was
    // merged must still get 14). Each migration stands alone, so the order between a late
    // one and those already applied does not matter.
    auto applied = texts(db, QStringLiteral("SELECT version FROM cc_migration"));
    if (!applied)
        return applied.error();
    QSet<int> done;
    for (const QString &version : applied.value())
        done.insert(version.toInt());
    for (const Migration &migration : available()) {
        if (done.contains(migration.version))
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("database.error"),
                             QCoreApplication::translate("Cc::Storage", "Cannot read migration %1")
                                 .arg(migration.resource));
        const QString sql = QString::fromUtf8(file.readAll());

        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginError();
        if (auto r = db.exec(sql); !r) {
            Error error = r.error();
            error.message = QCoreApplication::translate("Cc::Storage", "Migration %1 failed: %2")
                                .arg(migration.version)
                                .arg(error.message);
            return error;
        }
        if (auto r = registerTables(db); !r)
            return r.error();
        auto record = db.prepare(QStringLiteral(
            "INSERT INTO cc_migration (version, name, applied_at) VALUES (?, ?, ?)"));
        if (!record)
            return record.error();
        record.value()
            .bindInt(1, migration.version)
            .bindText(2, migration.name)
            .bindText(3, Internal::nowIso());
        if (auto r = record.value().exec(); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r;
    }
    return {};
}

} // namespace Cc::Storage::Migrations
