// SPDX-License-Identifier: GPL-3.0-or-later
// collectorsim: simulated GNSS devices of the demo collectors (监督员). Each collector walks
// the boundary of its responsibility grid (a little inside it) at walking speed and reports
// $GPRMC/$GPGGA once a second, either on its own TCP port (one device per collector, as the
// app's Qt Positioning NMEA sources read them) or into an NMEA log file per collector.
//
//   collectorsim --db FILE [--port 10110] [--count N] [--speed M_PER_S] [--register]
//   collectorsim --db FILE --log DIR [--duration SECONDS] [--count N] [--register]
//
// --register writes the local setting "positioning.sources" so the app connects to them.
#include <cc/core/role.h>
#include <cc/geo/operations.h>
#include <cc/positioning/nmea.h>
#include <cc/storage/repositories.h>
#include <cc/storage/settings.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <memory>

using namespace Cc;

namespace {

/// A closed path and a walker on it.
struct Walk
{
    QString login;
    Geo::Ring path; ///< lon/lat
    double lengthM = 0;
    double offsetM = 0;

    QPointF at(double metres, double *courseDeg) const
    {
        const double kx = 111320.0 * std::cos(path.first().y() * M_PI / 180), ky = 110574.0;
        double d = std::fmod(metres + offsetM, lengthM);
        for (qsizetype i = 1; i < path.size(); ++i) {
            const QPointF a = path[i - 1], b = path[i];
            const double seg = std::hypot((b.x() - a.x()) * kx, (b.y() - a.y()) * ky);
            if (d <= seg || i == path.size() - 1) {
                const double t = seg > 0 ? std::min(1.0, d / seg) : 0;
                *courseDeg = std::fmod(360
                                           + std::atan2((b.x() - a.x()) * kx, (b.y() - a.y()) * ky)
                                                 * 180 / M_PI,
                                       360);
                return a + t * (b - a);
            }
            d -= seg;
        }
        return path.first();
    }
};

/// The ring pulled 15 % towards its centre: inside the grid, clear of the boundary.
Geo::Ring inset(const Geo::Ring &ring)
{
    const QPointF c = Geo::interiorPoint({ring});
    Geo::Ring out;
    for (const QPointF &p : ring)
        out << c + (p - c) * 0.85;
    return out;
}

/// One walk per active collector along the inset ring of their responsibility grid (the first
/// grid for one without), at most `limit` (0: all).
std::vector<Walk> walksOf(const auto &users, const auto &grids, int limit)
{
    QHash<QString, Geo::Ring> byCode;
    for (const auto &g : grids)
        if (!g.geom.isEmpty())
            byCode.insert(g.code, inset(g.geom.first()));
    std::vector<Walk> walks;
    for (const auto &u : users) {
        if (!u.active || !u.roles.contains(Core::roleId(Core::Role::Collector)))
            continue;
        const Geo::Ring path = byCode.value(u.responsibilityCode, byCode.isEmpty()
                                                                      ? Geo::Ring()
                                                                      : byCode.cbegin().value());
        if (path.size() < 4)
            continue;
        Walk w{u.login, path, 0, 0};
        const double kx = 111320.0 * std::cos(path.first().y() * M_PI / 180), ky = 110574.0;
        for (qsizetype i = 1; i < path.size(); ++i)
            w.lengthM += std::hypot((path[i].x() - path[i - 1].x()) * kx,
                                    (path[i].y() - path[i - 1].y()) * ky);
        // Collectors of one grid start spread along it.
        w.offsetM = std::fmod(double(walks.size()) * 397.0, w.lengthM);
        walks.push_back(w);
        if (limit > 0 && int(walks.size()) >= limit)
            break;
    }
    return walks;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulated GNSS devices of the demo collectors."));
    parser.addHelpOption();
    const QCommandLineOption db("db", "The local database.", "FILE");
    const QCommandLineOption port("port", "First TCP port (one per collector).", "PORT", "10110");
    const QCommandLineOption count("count", "How many collectors (default all).", "N", "0");
    const QCommandLineOption speed("speed", "Walking speed in m/s.", "M_PER_S", "1.4");
    const QCommandLineOption logDir("log", "Write NMEA log files here instead of serving TCP.",
                                    "DIR");
    const QCommandLineOption duration("duration", "Seconds of log to write.", "SECONDS", "600");
    const QCommandLineOption registerOption("register", "Write the positioning.sources setting.");
    parser.addOptions({db, port, count, speed, logDir, duration, registerOption});
    parser.process(app);

    auto opened = Storage::Database::open(parser.value(db), Storage::Database::OpenMode::ReadWrite);
    if (!opened) {
        std::fprintf(stderr, "collectorsim: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Storage::Database &database = **opened;
    auto users = Storage::UserRepository(database).all();
    auto grids = Storage::SpatialRepository(database).responsibilityGrids();
    if (!users || !grids) {
        std::fprintf(stderr, "collectorsim: cannot read users and grids\n");
        return 1;
    }
    std::vector<Walk> walks = walksOf(*users, *grids, parser.value(count).toInt());
    if (walks.empty()) {
        std::fprintf(stderr,
                     "collectorsim: the database has no collectors with a responsibility grid\n");
        return 1;
    }
    const double metresPerSecond = parser.value(speed).toDouble();
    const double knots = metresPerSecond * 1.943844;
    QJsonObject sources;

    if (parser.isSet(logDir)) {
        QDir dir(parser.value(logDir));
        dir.mkpath(QStringLiteral("."));
        const int seconds = parser.value(duration).toInt();
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-seconds);
        for (const Walk &w : walks) {
            QFile f(dir.filePath(w.login + QStringLiteral(".nmea")));
            if (!f.open(QIODevice::WriteOnly)) {
                std::fprintf(stderr, "collectorsim: cannot write %s\n", qPrintable(f.fileName()));
                return 1;
            }
            for (int s = 0; s < seconds; ++s) {
                double course = 0;
                const QPointF p = w.at(s * metresPerSecond, &course);
                f.write(Positioning::nmeaRmc(start.addSecs(s), p, knots, course));
                f.write(Positioning::nmeaGga(start.addSecs(s), p));
            }
            sources.insert(w.login, f.fileName());
        }
        std::printf("%d NMEA logs of %d s written to %s\n", int(walks.size()), seconds,
                    qPrintable(dir.absolutePath()));
    } else {
        const quint16 first = quint16(parser.value(port).toUInt());
        std::vector<std::unique_ptr<QTcpServer>> servers;
        for (size_t i = 0; i < walks.size(); ++i) {
            auto server = std::make_unique<QTcpServer>();
            if (!server->listen(QHostAddress::LocalHost, quint16(first + i))) {
                std::fprintf(stderr, "collectorsim: port %d: %s\n", int(first + i),
                             qPrintable(server->errorString()));
                return 1;
            }
            sources.insert(walks[i].login, QStringLiteral("tcp://127.0.0.1:%1").arg(first + i));
            servers.push_back(std::move(server));
        }
        QElapsedTimer clock;
        clock.start();
        auto *timer = new QTimer(&app);
        QObject::connect(timer, &QTimer::timeout, &app, [&] {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (size_t i = 0; i < walks.size(); ++i) {
                while (QTcpSocket *s = servers[i]->nextPendingConnection())
                    QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                double course = 0;
                const QPointF p = walks[i].at(clock.elapsed() / 1000.0 * metresPerSecond, &course);
                const QByteArray data = Positioning::nmeaRmc(now, p, knots, course)
                                        + Positioning::nmeaGga(now, p);
                for (QTcpSocket *s : servers[i]->findChildren<QTcpSocket *>())
                    if (s->state() == QAbstractSocket::ConnectedState)
                        s->write(data);
            }
        });
        timer->start(1000);
        std::printf("%d collectors on 127.0.0.1:%d–%d\n", int(walks.size()), int(first),
                    int(first + walks.size() - 1));
        std::fflush(stdout);
    }
    if (parser.isSet(registerOption)) {
        if (auto r = Storage::Settings(database).setPositioningSources(sources); !r) {
            std::fprintf(stderr, "collectorsim: %s\n", qPrintable(r.error().message));
            return 1;
        }
    }
    return parser.isSet(logDir) ? 0 : app.exec();
}
