// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input to cityctl is refused by the service with a stable code, at once, and nothing is
// written: NaN points, unbounded extensions, FIFOs and binary stdin, a damaged database.
#include "cityctlrunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/stat.h>

using namespace CityctlTest;

namespace {

const QString kEnd = QStringLiteral("2026-11-23T18:00:00+08:00");
// A point inside a unit grid of the demo city (the README's example).
const QStringList kPoint{QStringLiteral("--lon"), QStringLiteral("114.357"),
                         QStringLiteral("--lat"), QStringLiteral("35.925")};
#define CC_POINT_JSON R"("lon":114.357,"lat":35.925)"

} // namespace

class TestCityctlInput : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QString demo;

    QString path(const QString &name) const { return dir.filePath(name); }

    /// A hotline report in the demo city by op01, with extra options.
    Run fileReport(const QStringList &extra, const QString &db = {})
    {
        return cityctl(QStringList{"case", "file", "--db", db.isEmpty() ? demo : db, "--as", "op01",
                                   "--role", "operator", "--channel", "hotline-12345", "--category",
                                   "event:0102", "--at", "2026-11-24T09:00:00+08:00", "--json"}
                       + extra);
    }

    QString act(const QString &number, const QString &action, const QString &login,
                const QString &role, const QString &at, const QStringList &extra = {})
    {
        const Run r = cityctl(QStringList{"case", "act", "--db", demo, number, action, "--as",
                                          login, "--role", role, "--at", at, "--json"}
                              + extra);
        if (r.code != 0)
            qWarning("%s", qPrintable(describe(r)));
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value("state").toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(kCityctl));
        QVERIFY(dir.isValid());
        demo = path("demo.gpkg");
        const Run r = cityctl(
            {"init-demo", "--db", demo, "--cases", "10", "--components", "10", "--end", kEnd});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void badPointsRefused_data()
    {
        QTest::addColumn<QString>("lon");
        QTest::addColumn<QString>("lat");
        QTest::newRow("nan") << "nan"
                             << "nan";
        QTest::newRow("inf") << "inf"
                             << "35.9";
        QTest::newRow("1e308") << "1e308"
                               << "35.9";
        QTest::newRow("lat-95") << "114.35"
                                << "95";
    }

    void badPointsRefused()
    {
        QFETCH(QString, lon);
        QFETCH(QString, lat);
        const Run r = fileReport({"--lon", lon, "--lat", lat});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[case.bad-location]"), qPrintable(describe(r)));
    }

    void datesOutsideTheWindowRefused()
    {
        for (const char *at : {"1900-01-01T09:00:00+08:00", "9999-12-31T09:00:00+08:00"}) {
            const Run r = cityctl(QStringList{"case", "file", "--db", demo, "--as", "op01",
                                              "--role", "operator", "--channel", "hotline-12345",
                                              "--category", "event:0102", "--at",
                                              QString::fromLatin1(at)}
                                  + kPoint);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("[case.time-out-of-range]"), qPrintable(describe(r)));
        }
    }

    void extensionsAreCapped()
    {
        Run r = fileReport(kPoint);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QString number
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value("number").toString();
        QCOMPARE(act(number, "accept", "op01", "operator", "2026-11-24T09:10:00+08:00"),
                 QStringLiteral("pending-filing"));
        QCOMPARE(act(number, "file", "sl01", "shift-leader", "2026-11-24T09:20:00+08:00"),
                 QStringLiteral("filed"));
        QCOMPARE(act(number, "dispatch", "dp01", "dispatcher", "2026-11-24T09:30:00+08:00",
                     {"--department", "D01"}),
                 QStringLiteral("dispatched"));
        QCOMPARE(act(number, "dept-accept", "d01", "department", "2026-11-24T09:40:00+08:00"),
                 QStringLiteral("disposing"));
        QElapsedTimer timer;
        timer.start();
        for (const char *hours : {"2147483647", "100000000", "241"}) {
            r = cityctl({"case", "act", "--db", demo, number, "request-postpone", "--hours", hours,
                         "--as", "d01", "--role", "department", "--at",
                         "2026-11-24T09:50:00+08:00"});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("[case.extension-too-long]"), qPrintable(describe(r)));
        }
        qInfo("three refused extensions took %lld ms", timer.elapsed());
        QCOMPARE(act(number, "request-postpone", "d01", "department", "2026-11-24T09:50:00+08:00",
                     {"--hours", "240"}),
                 QStringLiteral("postpone-requested"));
        QCOMPARE(act(number, "approve-postpone", "sl01", "shift-leader",
                     "2026-11-24T10:00:00+08:00"),
                 QStringLiteral("disposing"));
        r = cityctl({"case", "show", "--db", demo, number, "--json"});
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().contains("stageDeadline"));
    }

    void photoMustBeARegularFile()
    {
        const QString fifo = path("photo.fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        Run r = fileReport(kPoint + QStringList{"--photo", fifo});
        QCOMPARE(r.code, 1); // -1 would be the runner killing a blocked cityctl
        QVERIFY2(r.err.contains("[cli.not-a-file]"), qPrintable(describe(r)));
        r = fileReport(kPoint + QStringList{"--photo", dir.path()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[cli.not-a-file]"), qPrintable(describe(r)));
        // A PNG signature followed by zeros is not a photo.
        const QString fake = path("fake.png");
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(4096, '\0'));
        file.close();
        r = fileReport(kPoint + QStringList{"--photo", fake});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[attachment.damaged-image]"), qPrintable(describe(r)));
    }

    void binaryStdinIsAnError()
    {
        // 64 MiB of NUL bytes (the finding used 3 GB): a clear error, not "0 lines applied".
        QElapsedTimer timer;
        timer.start();
        const Run r = cityctl({"case", "import", "--db", demo}, QByteArray(64 * 1024 * 1024, '\0'));
        qInfo("64 MiB of NUL bytes refused in %lld ms", timer.elapsed());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[import.not-text]"), qPrintable(describe(r)));
        QVERIFY(!r.out.contains("lines applied"));
    }

    void importMessagesAreClear()
    {
        const QByteArray input
            = "[1,2]\n"
              R"({"type":{"x":1},"actor":"op01","role":"operator"})"
              "\n"
              R"({"type":"report","actor":"op01","role":"operator","at":"9999-12-31T00:00:00Z","channel":"hotline-12345","category":"event:0102",)" CC_POINT_JSON
              "}\n"
              R"({"type":"report","actor":"op01","role":"operator","at":"2026-11-24T01:00:00Z","channel":"hotline-12345","category":"event:0102","lon":"abc","lat":35.9})"
              "\n"
              R"({"type":"report","actor":"op01","role":"operator","at":"2026-11-24T01:00:00Z","channel":"hotline-12345","category":"event:0102",)" CC_POINT_JSON
              "}\n";
        const Run r = cityctl({"case", "import", "--db", demo}, input);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("1 lines applied, 4 refused"), qPrintable(describe(r)));
        QVERIFY2(
            r.err.contains(
                "line 1: refused: A line must be one JSON object {…}, not a list. [import.bad-json]"),
            qPrintable(r.err));
        QVERIFY2(r.err.contains("not an object. [import.bad-type]"), qPrintable(r.err));
        QVERIFY2(r.err.contains("line 3: refused:") && r.err.contains("[case.time-out-of-range]"),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains("[import.bad-field]"), qPrintable(r.err));
        QVERIFY(!r.err.contains("no error occurred"));
        QVERIFY(!r.err.contains("NOT NULL"));
    }

    void damagedDatabaseIsNotWritten()
    {
        // A damaged page found by `info --check` (the app's deferred check does the same):
        // from then on every writing command refuses, reading still works, and the file
        // stays as it was.
        const QString db = path("damaged.gpkg");
        QVERIFY(QFile::copy(demo, db));
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray header = file.read(100);
        const int pageSize = qFromBigEndian<quint16>(
            reinterpret_cast<const uchar *>(header.constData()) + 16);
        QVERIFY(file.seek(file.size() - 4 * pageSize));
        file.write(QByteArray(pageSize, char(0x5a)));
        file.close();

        Run r = cityctl({"info", "--db", db, "--check"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[database.corrupt]"), qPrintable(describe(r)));
        QVERIFY(QFile::exists(db + ".damaged"));
        QFile damaged(db);
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        const QByteArray before = damaged.readAll();
        damaged.close();

        r = fileReport(kPoint, db);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[database.damaged]") && r.err.contains("no longer writes"),
                 qPrintable(describe(r)));
        r = cityctl(
            {"case", "import", "--db", db},
            R"({"type":"report","actor":"op01","role":"operator","at":"2026-11-24T01:00:00Z","channel":"hotline-12345","category":"event:0102",)" CC_POINT_JSON
            "}\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("[database.damaged]"), qPrintable(describe(r)));
        r = cityctl({"info", "--db", db}); // reads what it can; the damaged page may be among it
        QVERIFY2(r.code == 0 || r.err.contains("[database.corrupt]"), qPrintable(describe(r)));
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        QCOMPARE(damaged.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestCityctlInput)
#include "tst_cityctl_input.moc"
