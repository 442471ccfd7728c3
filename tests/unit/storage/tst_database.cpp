// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include "resultcheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

using namespace Cc;
using namespace Cc::Storage;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), data.size());
}

QString queryText(Database &db, const QString &sql)
{
    auto st = db.prepare(sql);
    if (!st)
        return QStringLiteral("ERROR: ") + st.error().message;
    auto row = st.value().step();
    if (!row || !row.value())
        return QString();
    return st.value().text(0);
}

} // namespace

// Migration numbers may have gaps (each feature owns its numbers): one row per shipped file.
static qint64 migrationCount()
{
    return QDir(QStringLiteral(":/cc/migrations"))
        .entryList({QStringLiteral("*.sql")}, QDir::Files)
        .size();
}

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath(const QString &stem)
    {
        return m_dir.filePath(QStringLiteral("%1-%2.gpkg").arg(stem).arg(++m_counter));
    }

    /// A real database with some content, closed (WAL checkpointed into the main file).
    QString makeRealDatabase()
    {
        const QString path = newPath(QStringLiteral("real"));
        auto db = Database::open(path, Database::OpenMode::Create);
        if (!db)
            qFatal("cannot create %s: %s", qPrintable(path), qPrintable(db.error().message));
        SettingRepository settings(*db.value());
        Transaction tx(*db.value());
        for (int i = 0; i < 2000; ++i)
            (void) settings.set(QStringLiteral("key-%1").arg(i), QString(200, QLatin1Char('x')));
        (void) tx.commit();
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void migrationMergedOutOfOrderIsApplied()
    {
        // A database migrated by a build without 0014 (branches land out of number order)
        // gets it at the next open, although 0015 is already there.
        const QString path = newPath(QStringLiteral("gap"));
        {
            auto db = Database::open(path, Database::OpenMode::Create);
            CC_VERIFY_OK(db);
            QVERIFY(db.value()->exec(QStringLiteral(
                "DROP TRIGGER kpi_publication_no_update; "
                "DROP TRIGGER kpi_publication_no_delete; DROP INDEX case_event_feedback_time; "
                "DELETE FROM gpkg_contents WHERE table_name = 'kpi_publication'; "
                "DROP TABLE kpi_publication; DELETE FROM cc_migration WHERE version = 14")));
            QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        }
        auto db = Database::open(path, Database::OpenMode::ReadWrite);
        CC_VERIFY_OK(db);
        QCOMPARE(queryText(*db.value(),
                           QStringLiteral("SELECT count(*) FROM cc_migration WHERE version = 14")),
                 QStringLiteral("1"));
        QCOMPARE(db.value()->rowCount(QStringLiteral("kpi_publication")), qint64(0));
    }

    void createOpenReopen()
    {
        const QString path = newPath(QStringLiteral("create"));
        {
            auto db = Database::open(path, Database::OpenMode::Create);
            CC_VERIFY_OK(db);
            QVERIFY(Database::latestSchemaVersion() >= 1);
            QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
            QCOMPARE(db.value()->rowCount(QStringLiteral("cc_migration")), migrationCount());
            QCOMPARE(queryText(*db.value(), QStringLiteral("PRAGMA journal_mode")),
                     QStringLiteral("wal"));
            QCOMPARE(queryText(*db.value(), QStringLiteral("PRAGMA foreign_keys")),
                     QStringLiteral("1"));
            QCOMPARE(queryText(*db.value(), QStringLiteral("PRAGMA synchronous")),
                     QStringLiteral("2")); // FULL
            QCOMPARE(queryText(*db.value(), QStringLiteral("PRAGMA busy_timeout")),
                     QStringLiteral("5000"));
            QCOMPARE(queryText(*db.value(), QStringLiteral("PRAGMA application_id")),
                     QString::number(0x47504B47));
            QCOMPARE(queryText(*db.value(), QStringLiteral("PRAGMA user_version")),
                     QStringLiteral("10300"));
            QCOMPARE(queryText(*db.value(), QStringLiteral("SELECT count(*) FROM gpkg_contents "
                                                           "WHERE data_type = 'features'")),
                     QStringLiteral("13")); // with the gazetteer's streets, places, crossings (0032/0033), the basemap's areas and lines (0035/0036)
            QCOMPARE(
                queryText(*db.value(), QStringLiteral("SELECT count(*) FROM gpkg_contents "
                                                      "WHERE data_type = 'attributes'")),
                QStringLiteral(
                    "45")); // with case_renumbered (0010), change_stamp (0012), case_revisit (0013), kpi_publication (0014), campaign (0015), survey_* (0017), api_key (0019), field_token and field_idempotency (0020), case_external (0021), api_audit and field_login_failure (0022), notify_* (0026), user_contact (0027), config_version (0028), case_clip (0031), duty_* (0034), org_change (0037), analytics_zone (0040), analytics_candidate (0041)
            QCOMPARE(queryText(*db.value(),
                               QStringLiteral("SELECT count(*) FROM gpkg_extensions WHERE "
                                              "extension_name = 'gpkg_rtree_index'")),
                     QStringLiteral("13"));
            QCOMPARE(queryText(*db.value(),
                               QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                              "'trigger' AND name LIKE 'rtree_%'")),
                     QStringLiteral("78"));
            QCOMPARE(queryText(*db.value(), QStringLiteral("SELECT organization_coordsys_id FROM "
                                                           "gpkg_spatial_ref_sys WHERE srs_id = "
                                                           "4490")),
                     QStringLiteral("4490"));
        }
        const QByteArray afterCreate = readAll(path);
        {
            auto db = Database::open(path, Database::OpenMode::ReadWrite);
            CC_VERIFY_OK(db);
            QCOMPARE(db.value()->rowCount(QStringLiteral("cc_migration")), migrationCount());
        }
        {
            // Create on an existing database opens it, never re-initialises it.
            auto db = Database::open(path, Database::OpenMode::Create);
            CC_VERIFY_OK(db);
            QCOMPARE(db.value()->rowCount(QStringLiteral("cc_migration")), migrationCount());
        }
        {
            auto db = Database::open(path, Database::OpenMode::ReadOnly);
            CC_VERIFY_OK(db);
            QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
            SettingRepository settings(*db.value());
            QCOMPARE(CcTest::codeOf(settings.set(QStringLiteral("k"), QStringLiteral("v"))),
                     QStringLiteral("database.read-only"));
        }
        QCOMPARE(readAll(path).size(), afterCreate.size());
    }

    void createInitialisesEmptyFile()
    {
        const QString path = newPath(QStringLiteral("empty"));
        writeAll(path, QByteArray());
        auto db = Database::open(path, Database::OpenMode::Create);
        CC_VERIFY_OK(db);
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("code");
        const int rw = int(Database::OpenMode::ReadWrite);
        const int create = int(Database::OpenMode::Create);
        const int ro = int(Database::OpenMode::ReadOnly);
        QTest::newRow("missing-file") << "missing" << rw << "database.missing";
        QTest::newRow("missing-file-read-only") << "missing" << ro << "database.missing";
        QTest::newRow("text-file") << "text" << rw << "database.corrupt";
        QTest::newRow("text-file-create") << "text" << create << "database.corrupt";
        QTest::newRow("tiny-file") << "tiny" << rw << "database.corrupt";
        QTest::newRow("truncated-copy") << "truncated" << rw << "database.corrupt";
        QTest::newRow("truncated-copy-create") << "truncated" << create << "database.corrupt";
        QTest::newRow("random-bytes-with-sqlite-header") << "random" << rw << "database.corrupt";
        QTest::newRow("plain-sqlite") << "plain" << rw << "database.not-geopackage";
        QTest::newRow("plain-sqlite-create") << "plain" << create << "database.not-geopackage";
        QTest::newRow("other-geopackage") << "gpkg" << rw << "database.not-geopackage";
        QTest::newRow("empty-file-read-write") << "empty" << rw << "database.not-geopackage";
        QTest::newRow("schema-too-new") << "too-new" << rw << "database.too-new";
        QTest::newRow("schema-too-new-read-only") << "too-new" << ro << "database.too-new";
    }

    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(int, mode);
        QFETCH(QString, code);

        QString path = newPath(kind);
        if (kind == QLatin1String("text")) {
            writeAll(path, QByteArray("城管案件 list\nnot a database at all\n").repeated(100));
        } else if (kind == QLatin1String("tiny")) {
            writeAll(path, QByteArray("SQLite format 3\0", 16));
        } else if (kind == QLatin1String("truncated")) {
            const QByteArray real = readAll(makeRealDatabase());
            QVERIFY(real.size() > 64 * 1024);
            writeAll(path, real.left(real.size() / 2));
        } else if (kind == QLatin1String("random")) {
            const QByteArray real = readAll(makeRealDatabase());
            QByteArray bytes = real.left(100);
            auto *random = QRandomGenerator::global();
            while (bytes.size() < real.size())
                bytes.append(char(random->bounded(256)));
            writeAll(path, bytes);
        } else if (kind == QLatin1String("plain") || kind == QLatin1String("gpkg")) {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            const char *sql = kind == QLatin1String("plain")
                                  ? "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);"
                                    "INSERT INTO notes(body) VALUES ('hello');"
                                  : "PRAGMA application_id = 1196444487;"
                                    "CREATE TABLE gpkg_contents(table_name TEXT PRIMARY KEY);";
            QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        } else if (kind == QLatin1String("empty")) {
            writeAll(path, QByteArray());
        } else if (kind == QLatin1String("too-new")) {
            {
                auto db = Database::open(path, Database::OpenMode::Create);
                CC_VERIFY_OK(db);
                QVERIFY(db.value()
                            ->exec(QStringLiteral("INSERT INTO cc_migration VALUES (9999, "
                                                  "'future', '2030-01-01T00:00:00.000Z')"))
                            .ok());
            }
        }

        const bool existed = QFile::exists(path);
        const QByteArray before = readAll(path);
        const QByteArray hashBefore = QCryptographicHash::hash(before, QCryptographicHash::Sha256);

        auto db = Database::open(path, Database::OpenMode(mode));
        QVERIFY(!db.ok());
        QCOMPARE(CcTest::codeOf(db), code);
        QVERIFY(!CcTest::messageOf(db).isEmpty());
        qInfo("%s: %s", qPrintable(code), qPrintable(db.error().message));

        QCOMPARE(QFile::exists(path), existed);
        const QByteArray after = readAll(path);
        QCOMPARE(after.size(), before.size());
        QCOMPARE(QCryptographicHash::hash(after, QCryptographicHash::Sha256), hashBefore);
    }

    void deferredIntegrityCheck()
    {
        // A damaged data page that opening does not read (the last page: setting rows):
        // AtOpen refuses the file, Deferred opens it at once and verify() finds the damage.
        const QString path = makeRealDatabase();
        QByteArray bytes = readAll(path);
        const int pageSize = qFromBigEndian<quint16>(
            reinterpret_cast<const uchar *>(bytes.constData()) + 16);
        QVERIFY(bytes.size() > 8 * pageSize);
        bytes.replace(bytes.size() - pageSize, pageSize, QByteArray(pageSize, char(0x5a)));
        writeAll(path, bytes);

        auto checked = Database::open(path, Database::OpenMode::ReadWrite);
        QVERIFY(!checked);
        QCOMPARE(CcTest::codeOf(checked), QStringLiteral("database.corrupt"));
        {
            auto deferred = Database::open(path, Database::OpenMode::ReadWrite,
                                           Database::IntegrityCheck::Deferred);
            CC_VERIFY_OK(deferred);
            const auto verified = Database::verify(path); // while the file is open
            QVERIFY(!verified);
            QCOMPARE(CcTest::codeOf(verified), QStringLiteral("database.corrupt"));
        }
        IntegrityVerifier cancelled;
        cancelled.cancel();
        QCOMPARE(CcTest::codeOf(cancelled.run(path)), QStringLiteral("database.check-cancelled"));
        QVERIFY(Database::verify(makeRealDatabase()));
    }

    void damageFoundStopsEveryWrite()
    {
        // A damaged page that opening does not read, found by a read: from then on no
        // connection writes to the file, in this process or the next one, until a passing
        // check (after the file was restored) clears the mark.
        const QString path = makeRealDatabase();
        const QByteArray good = readAll(path);
        QByteArray bytes = good;
        const int pageSize = qFromBigEndian<quint16>(
            reinterpret_cast<const uchar *>(bytes.constData()) + 16);
        bytes.replace(bytes.size() - pageSize, pageSize, QByteArray(pageSize, char(0x5a)));
        writeAll(path, bytes);
        QVERIFY(!Database::damage(path));
        {
            auto db = Database::open(path, Database::OpenMode::ReadWrite,
                                     Database::IntegrityCheck::Deferred);
            CC_VERIFY_OK(db);
            QVERIFY(!db.value()->isDamaged());
            auto st = db.value()->prepare(
                QStringLiteral("SELECT group_concat(value) FROM setting"));
            QVERIFY(st);
            auto read = st.value().step();
            QVERIFY(!read);
            QCOMPARE(CcTest::codeOf(read), QStringLiteral("database.corrupt"));
            QVERIFY(Database::damage(path));
            QVERIFY(QFile::exists(path + QStringLiteral(".damaged")));
            // The same connection, a prepared write and a plain exec: refused, clearly.
            auto write = db.value()->prepare(
                QStringLiteral("INSERT INTO setting (key, value) VALUES ('a', 'b')"));
            QVERIFY(write);
            auto written = write.value().exec();
            QVERIFY(!written);
            QCOMPARE(CcTest::codeOf(written), QStringLiteral("database.damaged"));
            auto execd = db.value()->exec(
                QStringLiteral("INSERT INTO setting (key, value) VALUES ('c', 'd')"));
            QVERIFY(!execd);
            QCOMPARE(CcTest::codeOf(execd), QStringLiteral("database.damaged"));
            Transaction tx(*db.value());
            QVERIFY(!tx.isActive());
            QCOMPARE(tx.beginError().code, QStringLiteral("database.damaged"));
        }
        const QByteArray damagedBytes = readAll(path);
        {
            auto again = Database::open(path, Database::OpenMode::ReadWrite,
                                        Database::IntegrityCheck::Deferred);
            QVERIFY(again);
            QVERIFY(again.value()->isDamaged());
            QCOMPARE(CcTest::codeOf(again.value()->refuseIfDamaged()),
                     QStringLiteral("database.damaged"));
            QVERIFY(again.value()->refuseIfDamaged().error().message.contains(
                QLatin1String("no longer writes")));
            QCOMPARE(CcTest::codeOf(SettingRepository(*again.value()).set("x", "y")),
                     QStringLiteral("database.damaged"));
        }
        QCOMPARE(readAll(path), damagedBytes); // nothing more was written
        // Restored from a backup: the check passes and the file is writable again.
        writeAll(path, good);
        QVERIFY(Database::verify(path));
        QVERIFY(!Database::damage(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".damaged")));
        auto restored = Database::open(path, Database::OpenMode::ReadWrite);
        QVERIFY(restored);
        QVERIFY(!restored.value()->isDamaged());
        QVERIFY(SettingRepository(*restored.value()).set("x", "y"));
    }

    void newFileUnderADamagedName()
    {
        // The damaged file was deleted and a new one created under its name: it starts clean.
        const QString path = newPath(QStringLiteral("renewed"));
        {
            auto db = Database::open(path, Database::OpenMode::Create);
            QVERIFY(db);
        }
        Database::markDamaged(path, QStringLiteral("test"));
        QVERIFY(QFile::exists(path + QStringLiteral(".damaged")));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        auto db = Database::open(path, Database::OpenMode::Create);
        QVERIFY(db);
        QVERIFY(!db.value()->isDamaged());
        QVERIFY(!Database::damage(path));
        QVERIFY(SettingRepository(*db.value()).set("x", "y"));
    }

    void transactionRollsBackOnDestruction()
    {
        auto db = Database::open(newPath(QStringLiteral("tx")), Database::OpenMode::Create);
        CC_VERIFY_OK(db);
        SettingRepository settings(*db.value());
        {
            Transaction tx(*db.value());
            QVERIFY(tx.isActive());
            CC_VERIFY_OK(settings.set(QStringLiteral("a"), QStringLiteral("1")));
            QCOMPARE(db.value()->rowCount(QStringLiteral("setting")), qint64(1));
        }
        QCOMPARE(db.value()->rowCount(QStringLiteral("setting")), qint64(0));
        {
            Transaction tx(*db.value());
            CC_VERIFY_OK(settings.set(QStringLiteral("a"), QStringLiteral("1")));
            // A second BEGIN inside the first is refused, not silently merged.
            Transaction nested(*db.value());
            QVERIFY(!nested.isActive());
            QVERIFY(!nested.beginError().message.isEmpty());
            QVERIFY(!nested.commit().ok());
            CC_VERIFY_OK(tx.commit());
            QVERIFY(!tx.isActive());
        }
        QCOMPARE(db.value()->rowCount(QStringLiteral("setting")), qint64(1));
        auto value = settings.get(QStringLiteral("a"));
        QVERIFY(value.ok() && value.value().has_value());
        QCOMPARE(*value.value(), QStringLiteral("1"));
    }

    void dataVersionSeesOtherConnectionsOnly()
    {
        const QString path = newPath(QStringLiteral("version"));
        auto mine = Database::open(path, Database::OpenMode::Create);
        CC_VERIFY_OK(mine);
        auto other = Database::open(path, Database::OpenMode::ReadWrite);
        CC_VERIFY_OK(other);
        auto before = mine.value()->dataVersion();
        CC_VERIFY_OK(before);
        // Its own commit leaves a connection's data_version as it was ...
        CC_VERIFY_OK(
            SettingRepository(*mine.value()).set(QStringLiteral("a"), QStringLiteral("1")));
        auto afterOwn = mine.value()->dataVersion();
        CC_VERIFY_OK(afterOwn);
        QCOMPARE(afterOwn.value(), before.value());
        // ... another connection's commit changes it, once.
        CC_VERIFY_OK(
            SettingRepository(*other.value()).set(QStringLiteral("b"), QStringLiteral("2")));
        auto afterOther = mine.value()->dataVersion();
        CC_VERIFY_OK(afterOther);
        QVERIFY(afterOther.value() != before.value());
        auto again = mine.value()->dataVersion();
        CC_VERIFY_OK(again);
        QCOMPARE(again.value(), afterOther.value());
    }

    void statementErrors()
    {
        auto db = Database::open(newPath(QStringLiteral("st")), Database::OpenMode::Create);
        CC_VERIFY_OK(db);
        auto bad = db.value()->prepare(QStringLiteral("SELEC nonsense"));
        QVERIFY(!bad.ok());
        QCOMPARE(CcTest::codeOf(bad), QStringLiteral("database.error"));
        QVERIFY(CcTest::messageOf(bad).contains(QStringLiteral("syntax")));

        auto st = db.value()->prepare(
            QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"));
        CC_VERIFY_OK(st);
        st.value().bind(1, QStringLiteral("k")).bind(2, QVariant());
        auto r = st.value().exec();
        QVERIFY(!r.ok());
        QCOMPARE(CcTest::codeOf(r), QStringLiteral("database.constraint"));
        QVERIFY(CcTest::messageOf(r).contains(QStringLiteral("NOT NULL")));
        // The statement is usable again after the failure.
        st.value().reset();
        st.value().bind(1, QStringLiteral("k")).bind(2, 42);
        CC_VERIFY_OK(st.value().exec());

        auto q2 = db.value()->prepare(QStringLiteral("SELECT ?, ?, ?, ?, ?"));
        CC_VERIFY_OK(q2);
        q2.value()
            .bind(1, QByteArray("\x01\x02", 2))
            .bind(2, 2.5)
            .bind(3, true)
            .bind(4, QVariant());
        q2.value().bind(5, QStringLiteral("城管"));
        auto row = q2.value().step();
        QVERIFY(row.ok() && row.value());
        QCOMPARE(q2.value().columnCount(), 5);
        QCOMPARE(q2.value().value(0), QVariant(QByteArray("\x01\x02", 2)));
        QCOMPARE(q2.value().value(1).toDouble(), 2.5);
        QCOMPARE(q2.value().value(2).toLongLong(), 1);
        QVERIFY(q2.value().isNull(3));
        QCOMPARE(q2.value().text(4), QStringLiteral("城管"));
    }

    void isoTimes_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("text");
        QTest::newRow("utc") << QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC)
                             << "2026-03-01T08:00:00.000Z";
        QTest::newRow("millis") << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC)
                                << "2026-12-31T23:59:59.999Z";
        QTest::newRow("beijing-offset")
            << QDateTime(QDate(2026, 3, 1), QTime(16, 0, 0, 5), Qt::OffsetFromUTC, 8 * 3600)
            << "2026-03-01T08:00:00.005Z";
    }

    void isoTimes()
    {
        QFETCH(QDateTime, time);
        QFETCH(QString, text);
        QCOMPARE(isoUtc(time), text);
        const QDateTime back = fromIsoUtc(text);
        QCOMPARE(back, time);
        QCOMPARE(back.timeSpec(), Qt::UTC);
        QVERIFY(isoUtc(QDateTime()).isEmpty());
        QVERIFY(!fromIsoUtc(QString()).isValid());
        QVERIFY(!fromIsoUtc(QStringLiteral("garbage")).isValid());
        QCOMPARE(fromIsoUtc(QStringLiteral("2026-03-01T16:00:00+08:00")),
                 QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
