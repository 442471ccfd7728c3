// SPDX-License-Identifier: GPL-3.0-or-later
// The geocoder against PostGIS ST_Covers on the same grids and points (issue: 100 %
// agreement). Starts a throwaway PostgreSQL 15 + PostGIS 3.3 cluster as the postgres user
// on a free loopback port, in a temporary directory, and stops it at the end.
#include <cc/geo/geocoder.h>

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <unistd.h>

using namespace Cc::Geo;

namespace {

const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

struct Cluster
{
    QTemporaryDir dir{QDir::tempPath() + "/cc-postgis-XXXXXX"};
    int port = 0;
    bool started = false;
    QString log;

    static QStringList asPostgres(const QString &program, const QStringList &args)
    {
        // As root: run the server as postgres (it refuses to run as root).
        if (::geteuid() == 0)
            return QStringList{"-u", "postgres", "--", program} + args;
        return QStringList{program} + args;
    }

    bool run(const QString &program, const QStringList &args, const QByteArray &input = {},
             QString *out = nullptr, int timeoutMs = 120000)
    {
        QProcess p;
        const QStringList full = asPostgres(program, args);
        if (::geteuid() == 0)
            p.start("runuser", full);
        else
            p.start(full.first(), full.mid(1));
        if (!p.waitForStarted(10000)) {
            log += "cannot start " + program + "\n";
            return false;
        }
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            log += program + " timed out\n";
            return false;
        }
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitCode() != 0) {
            log += program + " failed: " + err.left(2000) + "\n";
            return false;
        }
        return true;
    }

    bool start()
    {
        if (!dir.isValid())
            return false;
        dir.setAutoRemove(true);
        if (::geteuid() == 0
            && QProcess::execute("chown", {"-R", "postgres:postgres", dir.path()}) != 0)
            return false;
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return false;
        port = probe.serverPort();
        probe.close();
        const QString data = dir.filePath("data");
        if (!run(kPgBin + "/initdb",
                 {"-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"}))
            return false;
        started = run(kPgBin + "/pg_ctl",
                      {"-D", data, "-l", dir.filePath("server.log"), "-w", "-t", "60", "-o",
                       QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                           .arg(port)
                           .arg(dir.path()),
                       "start"});
        return started;
    }

    bool psql(const QByteArray &script, QString *out = nullptr)
    {
        return run("/usr/bin/psql",
                   {"-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
                    QString::number(port), "-U", "postgres", "-d", "postgres", "-At", "-F", ","},
                   script, out);
    }

    ~Cluster()
    {
        if (started)
            run(kPgBin + "/pg_ctl", {"-D", dir.filePath("data"), "-m", "immediate", "stop"});
    }
};

QString num(double v)
{
    return QString::number(v, 'g', 17);
}

} // namespace

class TestGeocoderPostgis : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithStCovers()
    {
        if (!QFileInfo::exists(kPgBin + "/initdb"))
            QFAIL("PostgreSQL 15 is required (packaging/debian-packages.txt: postgresql)");
        Cluster pg;
        QVERIFY2(pg.start(), qPrintable(pg.log));
        QVERIFY2(pg.psql("CREATE EXTENSION postgis;"), qPrintable(pg.log));

        // A jittered 40 × 40 lattice (slanted shared edges), some grids with a hole, keys in
        // an order unrelated to position.
        std::mt19937_64 rng(20261201);
        std::uniform_real_distribution<double> jitter(-0.3, 0.3);
        const int n = 40;
        const double step = 0.0017;
        QList<QList<QPointF>> v(n + 1, QList<QPointF>(n + 1));
        for (int i = 0; i <= n; ++i)
            for (int j = 0; j <= n; ++j) {
                const bool border = i == 0 || j == 0 || i == n || j == n;
                v[i][j] = QPointF(114.3 + step * (i + (border ? 0 : jitter(rng))),
                                  35.9 + step * (j + (border ? 0 : jitter(rng))));
            }
        QStringList keys;
        QList<PolygonRings> polys;
        QByteArray sql
            = "CREATE TABLE g (code text, geom geometry);\nCOPY g FROM stdin WITH (FORMAT csv, DELIMITER ';');\n";
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                Ring outer{v[i][j], v[i + 1][j], v[i + 1][j + 1], v[i][j + 1], v[i][j]};
                PolygonRings p{outer};
                if ((i * 3 + j) % 11 == 0) { // a hole around the cell's centre
                    const QPointF c = (v[i][j] + v[i + 1][j + 1]) / 2;
                    const double h = step * 0.1;
                    p << Ring{c + QPointF(-h, -h), c + QPointF(-h, h), c + QPointF(h, h),
                              c + QPointF(h, -h), c + QPointF(-h, -h)};
                }
                const QString key = QStringLiteral("%1").arg((i * 7919 + j * 104729) % 1000003, 8,
                                                             10, QLatin1Char('0'));
                keys << key;
                polys << p;
                QStringList rings;
                for (const Ring &r : p) {
                    QStringList pts;
                    for (const QPointF &q : r)
                        pts << num(q.x()) + " " + num(q.y());
                    rings << "(" + pts.join(",") + ")";
                }
                sql += (key + ";POLYGON(" + rings.join(",") + ")\n").toUtf8();
            }
        sql += "\\.\nCREATE INDEX ON g USING gist (geom);\nANALYZE g;\n";

        // Points: random over and around the lattice; every vertex; points computed on
        // random edges (on the line up to rounding, where the side test decides).
        QList<QPointF> points;
        std::uniform_real_distribution<double> ux(114.299, 114.3 + step * n + 0.001),
            uy(35.899, 35.9 + step * n + 0.001);
        for (int k = 0; k < 60000; ++k)
            points << QPointF(ux(rng), uy(rng));
        std::uniform_real_distribution<double> t(0, 1);
        for (const PolygonRings &p : polys) {
            for (const Ring &r : p) {
                for (qsizetype k = 0; k + 1 < r.size(); ++k) {
                    points << r[k];
                    if (k % 2 == 0)
                        points << r[k] + t(rng) * (r[k + 1] - r[k]);
                }
            }
        }
        sql += "CREATE TABLE p (id int, x float8, y float8);\nCOPY p FROM stdin WITH (FORMAT csv);\n";
        for (qsizetype k = 0; k < points.size(); ++k)
            sql += (QString::number(k) + "," + num(points[k].x()) + "," + num(points[k].y()) + "\n")
                       .toUtf8();
        sql += "\\.\n";
        QVERIFY2(pg.psql(sql), qPrintable(pg.log));

        QString out;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(
            pg.psql("SELECT p.id, coalesce(min(g.code), '') FROM p LEFT JOIN g "
                    "ON ST_Covers(g.geom, ST_MakePoint(p.x, p.y)) GROUP BY p.id ORDER BY p.id;",
                    &out),
            qPrintable(pg.log));
        const qint64 postgisMs = timer.elapsed();
        const QStringList lines = out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), points.size());

        const Geocoder geocoder(keys, polys);
        timer.restart();
        QStringList ours;
        ours.reserve(points.size());
        for (const QPointF &p : points)
            ours << geocoder.keyAt(p);
        const qint64 oursMs = timer.elapsed();
        int disagreements = 0, covered = 0;
        for (qsizetype k = 0; k < points.size(); ++k) {
            const QString theirs = lines[k].section(',', 1);
            covered += !theirs.isEmpty();
            if (theirs != ours[k] && ++disagreements <= 10)
                qWarning().noquote() << "point" << num(points[k].x()) << num(points[k].y())
                                     << "PostGIS" << theirs << "ours" << ours[k];
        }
        qInfo().noquote()
            << QStringLiteral(
                   "%1 points, %2 covered: PostGIS join %3 ms (with transfer), ours %4 ms")
                   .arg(points.size())
                   .arg(covered)
                   .arg(postgisMs)
                   .arg(oursMs);
        QVERIFY(covered > points.size() / 2);
        QCOMPARE(disagreements, 0);
    }
};

QTEST_GUILESS_MAIN(TestGeocoderPostgis)
#include "tst_geocoder_postgis.moc"
