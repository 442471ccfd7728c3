// SPDX-License-Identifier: GPL-3.0-or-later
// Saving grid edits: validation refusals that point at the spot and write nothing, the role
// re-checked against the database, one transaction with outbox rows, stale versions, and
// the geocoder built from the database.
#include "mapfixture.h"

#include <cc/geo/operations.h>
#include <cc/map/gridstore.h>
#include <cc/map/layerexport.h>
#include <cc/storage/geometry.h>
#include <cc/storage/repositories.h>

#include "resultcheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Cc;
using namespace Cc::Map;
using namespace MapFixture;

class TestGridStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("city-%1.gpkg").arg(m_counter++));
        auto db = Storage::Database::open(m_path, Storage::Database::OpenMode::Create);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        const QString failed = writeDatabase(*m_db);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_doc.setEditorRole(Core::Role::Supervisor);
        CC_VERIFY_OK(GridStore(*m_db).load(m_doc));
        QCOMPARE(m_doc.grids().size(), 4);
    }

    void cleanup() { m_db.reset(); }

    void savesInOneTransactionWithOutboxRows()
    {
        CC_VERIFY_OK(
            m_doc.moveSharedBoundary({at(1, 0), at(1, 1), at(1, 2)}, QPointF(0.25 * S, 0)));
        CC_VERIFY_OK(m_doc.splitGrid("g4", {at(1.6, 0.9), at(1.6, 2.1)}, {code(5)}));
        QList<Geo::Problem> problems;
        auto saved = GridStore(*m_db).save(m_doc, "sup01", &problems);
        CC_VERIFY_OK(saved);
        QVERIFY(problems.isEmpty());
        QCOMPARE(saved->updated, 4); // all four changed by the boundary move (04 also split)
        QCOMPARE(saved->inserted, 1);
        QCOMPARE(saved->deleted, 0);
        QVERIFY(!m_doc.isModified());

        Storage::OutboxRepository outbox(*m_db);
        auto pending = outbox.pending(100);
        CC_VERIFY_OK(pending);
        QCOMPARE(pending->size(), 5);
        for (const Storage::OutboxRow &row : *pending) {
            QCOMPARE(row.entity, QStringLiteral("grid_unit"));
            // The whole row after the edit (geometry as GeoPackage hex, as the hub pulls it)
            // and, for an update, the row it was made on.
            const QJsonObject o = QJsonDocument::fromJson(row.payload.toUtf8()).object();
            const QJsonObject after = o.value("row").toObject();
            QVERIFY(!o.value("actorId").toString().isEmpty());
            QCOMPARE(after.value("id").toString(), row.rowId);
            auto shape = Storage::Gpkg::decodePolygon(
                QByteArray::fromHex(after.value("geom").toString().toLatin1()));
            CC_VERIFY_OK(shape);
            QCOMPARE(after.value("version").toInt(), row.op == "insert" ? 1 : 2);
            QCOMPARE(o.value("base").isNull(), row.op == "insert");
            if (row.op == "update")
                QCOMPARE(o.value("base").toObject().value("version").toInt(), 1);
        }
        // The database holds the edit, versioned.
        Storage::SpatialRepository spatial(*m_db);
        auto g1 = spatial.unitGrid(code(1));
        QVERIFY(g1.ok() && g1->has_value());
        QCOMPARE((*g1)->version, 2);
        QVERIFY((*g1)->geom.first().contains(at(1.25, 0)));
        QVERIFY(std::abs((*g1)->areaM2 - Geo::areaM2((*g1)->geom)) < 1e-6);
        QVERIFY(spatial.unitGrid(code(5))->has_value());
    }

    void undoAfterSaveSavesAgain()
    {
        // Save an edit, undo it, save again: the history outlives the save and the second
        // save writes the original shapes on top of version 2 (not refused as stale).
        const Geo::PolygonRings original = m_doc.grid("g2")->geom;
        CC_VERIFY_OK(m_doc.moveSharedVertex(at(1, 1), at(1.1, 1.1)));
        auto first = GridStore(*m_db).save(m_doc, "sup01");
        CC_VERIFY_OK(first);
        QCOMPARE(first->updated, 4);
        QVERIFY(!m_doc.isModified());
        QVERIFY(m_doc.undoStack()->canUndo());
        m_doc.undoStack()->undo();
        QVERIFY(m_doc.isModified());
        auto saved = GridStore(*m_db).save(m_doc, "sup01");
        CC_VERIFY_OK(saved);
        QCOMPARE(saved->updated, 4);
        QVERIFY(!m_doc.isModified());
        Storage::SpatialRepository spatial(*m_db);
        auto g2 = spatial.unitGrid(code(2));
        QVERIFY(g2.ok() && g2->has_value());
        QCOMPARE((*g2)->version, 3);
        QCOMPARE((*g2)->geom, original);
        // Redo is a third change, saved like the others.
        m_doc.undoStack()->redo();
        QVERIFY(m_doc.isModified());
        CC_VERIFY_OK(GridStore(*m_db).save(m_doc, "sup01"));
        QCOMPARE((*spatial.unitGrid(code(2)))->version, 4);
        QCOMPARE(m_db->rowCount("outbox"), 12);
    }

    void undoneMergeAfterSaveInsertsTheGridAgain()
    {
        CC_VERIFY_OK(m_doc.mergeGrids({"g2", "g4"}));
        CC_VERIFY_OK(GridStore(*m_db).save(m_doc, "sup01"));
        QCOMPARE(m_db->rowCount("grid_unit"), 3);
        m_doc.undoStack()->undo(); // 02 back to its shape, 04 back
        auto saved = GridStore(*m_db).save(m_doc, "sup01");
        CC_VERIFY_OK(saved);
        QCOMPARE(saved->inserted, 1);
        QCOMPARE(saved->updated, 1);
        QCOMPARE(m_db->rowCount("grid_unit"), 4);
        QCOMPARE((*Storage::SpatialRepository(*m_db).unitGrid(code(4)))->version, 1);
        QVERIFY(!m_doc.isModified());
    }

    void refusesAndWritesNothing_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("kind");
        QTest::newRow("self-intersection") << "bowtie"
                                           << "sup01"
                                           << "map.invalid"
                                           << "geo.invalid";
        QTest::newRow("overlap") << "overlap"
                                 << "sup01"
                                 << "map.invalid"
                                 << "geo.overlap";
        QTest::newRow("gap") << "gap"
                             << "sup01"
                             << "map.invalid"
                             << "geo.gap";
        QTest::newRow("duplicate-code") << "duplicate"
                                        << "sup01"
                                        << "map.invalid"
                                        << "code.duplicate";
        QTest::newRow("malformed-code") << "malformed"
                                        << "sup01"
                                        << "map.invalid"
                                        << "code.malformed";
        QTest::newRow("operator-may-not-save") << "valid"
                                               << "op01"
                                               << "map.not-allowed"
                                               << "";
        QTest::newRow("unknown-user") << "valid"
                                      << "nobody"
                                      << "map.not-allowed"
                                      << "";
        QTest::newRow("stale-version") << "stale"
                                       << "sup01"
                                       << "map.stale"
                                       << "";
    }

    void refusesAndWritesNothing()
    {
        QFETCH(QString, edit);
        QFETCH(QString, login);
        QFETCH(QString, code);
        QFETCH(QString, kind);
        if (edit == "bowtie")
            QVERIFY(m_doc.moveVertex({"g4", 0, 2}, at(1, 2)).ok()
                    && m_doc.moveVertex({"g4", 0, 3}, at(2, 2)).ok());
        else if (edit == "overlap")
            CC_VERIFY_OK(m_doc.moveVertex({"g1", 0, 1}, at(1.2, 0)));
        else if (edit == "gap")
            CC_VERIFY_OK(m_doc.moveVertex({"g1", 0, 2}, at(0.8, 0.8)));
        else if (edit == "duplicate")
            CC_VERIFY_OK(m_doc.setCodes("g3", MapFixture::code(1), kCommunity, "R01"));
        else if (edit == "malformed")
            CC_VERIFY_OK(
                m_doc.setCodes("g3", "41052300100１03", kCommunity, "R01")); // full-width digit
        else if (edit == "valid" || edit == "stale") {
            CC_VERIFY_OK(m_doc.moveSharedVertex(at(1, 1), at(1.1, 1.1)));
            if (edit == "stale") // someone else saved grid 01 meanwhile
                CC_VERIFY_OK(m_db->exec("UPDATE grid_unit SET version = version + 1 WHERE code = '"
                                        + MapFixture::code(1) + "'"));
        }
        const QByteArray before = dump();
        QList<Geo::Problem> problems;
        auto saved = GridStore(*m_db).save(m_doc, login, &problems);
        QVERIFY(!saved.ok());
        QCOMPARE(CcTest::codeOf(saved), code);
        QVERIFY(!CcTest::messageOf(saved).isEmpty());
        if (!kind.isEmpty()) {
            QVERIFY(!problems.isEmpty());
            QCOMPARE(problems.first().kind, kind);
            // The message points at the spot.
            QVERIFY2(CcTest::messageOf(saved).contains(Geo::formatLonLat(problems.first().where)),
                     qPrintable(CcTest::messageOf(saved)));
        }
        QCOMPARE(dump(), before);    // nothing written, not even half
        QVERIFY(m_doc.isModified()); // the edit is kept for the user to fix
    }

    void locatorFromDatabase()
    {
        auto locator = GridLocator::load(*m_db);
        CC_VERIFY_OK(locator);
        const auto l = locator->locate(at(1.5, 0.5));
        QCOMPARE(l.unitGrid, code(2));
        QCOMPARE(l.responsibilityGrid, QStringLiteral("R01"));
        QCOMPARE(l.community, kCommunity);
        QCOMPARE(locator->locate(at(1, 1)).unitGrid, code(1)); // corner of four: smallest code
        QCOMPARE(locator->locate(at(5, 5)).unitGrid, QString());
    }

    void exportsEveryLayer_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::newRow("unit-grids-gpkg") << "unit-grids"
                                         << "g.gpkg" << 4;
        QTest::newRow("unit-grids-geojson") << "unit-grids"
                                            << "g.geojson" << 4;
        QTest::newRow("unit-grids-shp") << "unit-grids"
                                        << "g.shp" << 4;
        QTest::newRow("communities-gpkg") << "communities"
                                          << "c.gpkg" << 1;
        QTest::newRow("responsibility-geojson") << "responsibility-grids"
                                                << "r.geojson" << 1;
        QTest::newRow("streets-shp") << "streets"
                                     << "s.shp" << 1;
        QTest::newRow("cameras-empty") << "cameras"
                                       << "cam.geojson" << 0;
    }

    void exportsEveryLayer()
    {
        QFETCH(QString, layer);
        QFETCH(QString, file);
        QFETCH(int, count);
        const QString path = m_dir.filePath(file);
        auto written = exportLayer(*m_db, layerFromId(layer), path);
        CC_VERIFY_OK(written);
        QCOMPARE(*written, qint64(count));
        auto read = Geo::readLayer(path, {});
        CC_VERIFY_OK(read);
        QCOMPARE(read->size(), count);
        if (layer == "unit-grids") {
            QStringList codes;
            for (const Geo::VectorFeature &f : *read)
                codes << f.attributes.value("code").toString();
            codes.sort();
            QCOMPARE(codes, (QStringList{code(1), code(2), code(3), code(4)}));
        }
    }

private:
    /// Everything a save could touch.
    QByteArray dump()
    {
        QByteArray out;
        auto st = m_db->prepare("SELECT id, code, version, hex(geom) FROM grid_unit ORDER BY id");
        while (st.value().step().value())
            out += st.value().text(0).toUtf8() + st.value().text(1).toUtf8()
                   + QByteArray::number(st.value().integer(2)) + st.value().text(3).toUtf8() + '\n';
        out += "outbox " + QByteArray::number(m_db->rowCount("outbox"));
        return out;
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<Storage::Database> m_db;
    GridDocument m_doc;
};

QTEST_GUILESS_MAIN(TestGridStore)
#include "tst_gridstore.moc"
