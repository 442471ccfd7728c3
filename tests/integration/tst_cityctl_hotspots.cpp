// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl hotspots / recurring on a small demo city (docs/hotspots.md): the JSON adds up to the
// cases the database holds, every listed case exists with the place's 小类, the service's
// bounds come back as stable error codes.
#include "cityctlrunner.h"

#include <cc/storage/database.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace CityctlTest;

class TestCityctlHotspots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("city.gpkg"));
        const Run r = cityctl({"init-demo", "--db", m_db, "--cases", "4000", "--components", "200",
                               "--end", "2026-11-23T18:00:00+08:00"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void hotspotsJsonAddsUp()
    {
        const Run r = cityctl({"hotspots", "--db", m_db, "--from", "2026-01-01", "--to",
                               "2026-12-31", "--cell-m", "300", "--json"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o["cell_m"].toDouble(), 300.0);
        qint64 sum = 0;
        int lastCount = INT_MAX;
        for (const QJsonValue &cell : o["cells"].toArray()) {
            const int count = cell["count"].toInt();
            QVERIFY(count > 0 && count <= lastCount); // busiest first
            lastCount = count;
            sum += count;
            QVERIFY(cell["class"].toInt() >= 0
                    && cell["class"].toInt() < o["breaks"].toArray().size());
        }
        QCOMPARE(qint64(o["total"].toInteger()), sum);
        // The same count straight from the table (cases of 2026 in the city's days, with a
        // point, not 不予受理 or 作废).
        QCOMPARE(
            sum,
            scalar(
                "SELECT count(*) FROM case_record WHERE geom IS NOT NULL "
                "AND reported_at >= '2025-12-31T16:00:00.000Z' AND reported_at < '2026-12-31T16:00:00.000Z' "
                "AND state NOT IN ('rejected', 'cancelled')"));
        QVERIFY(sum > 1000);

        const Run rubbish = cityctl({"hotspots", "--db", m_db, "--from", "2026-01-01", "--to",
                                     "2026-12-31", "--category", "event:0102", "--json"});
        QVERIFY2(rubbish.code == 0, qPrintable(describe(rubbish)));
        const QJsonObject ro = QJsonDocument::fromJson(rubbish.out.toUtf8()).object();
        QCOMPARE(
            qint64(ro["total"].toInteger()),
            scalar(
                "SELECT count(*) FROM case_record WHERE geom IS NOT NULL AND category_key = 'event:0102' "
                "AND reported_at >= '2025-12-31T16:00:00.000Z' AND reported_at < '2026-12-31T16:00:00.000Z' "
                "AND state NOT IN ('rejected', 'cancelled')"));
    }

    void recurringJsonLinksCases()
    {
        const Run r = cityctl(
            {"recurring", "--db", m_db, "--from", "2026-01-01", "--to", "2026-11-23", "--json"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o["thresholds"]["radius_m"].toDouble(), 50.0);
        QCOMPARE(o["thresholds"]["min_reports"].toInt(), 3);
        QCOMPARE(o["thresholds"]["window_days"].toInt(), 30);
        for (const QJsonValue &place : o["places"].toArray()) {
            const QJsonArray cases = place["cases"].toArray();
            QVERIFY(cases.size() >= 3);
            QCOMPARE(place["count"].toInt(), cases.size());
            for (const QJsonValue &c : cases)
                QCOMPARE(
                    scalar(
                        QStringLiteral(
                            "SELECT count(*) FROM case_record WHERE number = '%1' AND category_key = '%2'")
                            .arg(c["number"].toString(), place["category"].toString())),
                    1);
        }
        int reworked = 0;
        for (const QJsonValue &c : o["reopened"].toArray()) {
            QVERIFY(c["reason"].toString() == "rework" || c["reason"].toString() == "reopened");
            reworked += c["reason"].toString() == "rework";
        }
        QCOMPARE(reworked,
                 scalar(
                     "SELECT count(DISTINCT case_id) FROM case_event WHERE action = 'check-fail' "
                     "AND at >= '2025-12-31T16:00:00.000Z' AND at < '2026-11-23T16:00:00.000Z'"));
        QVERIFY(reworked > 0);
    }

    void boundsAreRefused()
    {
        Run r = cityctl({"hotspots", "--db", m_db, "--from", "2026-01-01", "--to", "2026-01-31",
                         "--cell-m", "5"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[hotspot.bad-cell-size]"), qPrintable(r.err));
        r = cityctl({"hotspots", "--db", m_db, "--from", "2026-01-01", "--to", "2026-01-31",
                     "--category", "event:99"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[hotspot.unknown-category]"), qPrintable(r.err));
        r = cityctl({"recurring", "--db", m_db, "--from", "2026-01-01", "--to", "2026-01-31",
                     "--radius-m", "0"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[hotspot.bad-threshold]"), qPrintable(r.err));
        r = cityctl({"hotspots", "--db", m_db, "--from", "2026-02-30", "--to", "2026-01-31"});
        QCOMPARE(r.code, 2);
        r = cityctl({"recurring", "--db", m_db, "--from", "2026-03-01", "--to", "2026-01-31"});
        QCOMPARE(r.code, 2);
    }

private:
    qint64 scalar(const QString &sql)
    {
        auto db = Cc::Storage::Database::open(m_db, Cc::Storage::Database::OpenMode::ReadOnly);
        if (!db)
            return -1;
        auto st = db.value()->prepare(sql);
        if (!st || !st->step().value())
            return -1;
        return st->integer(0);
    }

    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCityctlHotspots)
#include "tst_cityctl_hotspots.moc"
