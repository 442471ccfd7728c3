// SPDX-License-Identifier: GPL-3.0-or-later
// citysim: a live simulated city (issue 14, docs/citygate.md "The simulated city"). People
// work the centre through citygate's API as real ones would: collectors walk their grids
// (positions every 15 s) and report what they find with a photo, then verify and check the
// cases the desk sends them; the 12345 platform pushes 工单 at a daily rhythm with a callback
// URL this program answers; departments' users take the cases dispatched to them and feed back
// with a photo after realistic delays. The desk's own steps (受理, 立案, 派遣, 结案) stay with
// the people at the desk. Time runs --speedup times faster than the clock.
//
//   citysim --gate URL --db FILE --key HOTLINE_KEY [--password P] [--collectors N]
//           [--departments N] [--reports-per-hour R] [--orders-per-hour R] [--speedup X]
//           [--duration SECONDS]
//
// --db is read once for the cast (who collects where, which departments): every write goes
// through citygate.
#include "cast.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpMultiPart>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using namespace Cc;

namespace {

struct Options
{
    QString gate, db, key, password = QStringLiteral("citycommand");
    int collectors = 8, departments = 4, durationS = 0;
    double reportsPerHour = 4, ordersPerHour = 20, speedup = 1;
};

void say(const QString &line)
{
    std::printf("citysim: %s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

/// A photo as a phone would send it: 640×480 JPEG of something (shapes in random colours).
QByteArray photo(QRandomGenerator &random)
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(int(random.bounded(360)), 60, 200));
    QPainter painter(&image);
    for (int i = 0; i < 12; ++i) {
        painter.setBrush(QColor::fromHsv(int(random.bounded(360)), 180, 160));
        painter.drawEllipse(QPointF(random.bounded(640), random.bounded(480)),
                            20 + random.bounded(60), 20 + random.bounded(60));
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}

/// How busy the 12345 hotline is at this hour of the day (1 = average).
double hotlineRhythm(int hour)
{
    if (hour < 7)
        return 0.15;
    if ((hour >= 9 && hour < 12) || (hour >= 14 && hour < 18))
        return 1.6;
    return hour >= 21 ? 0.4 : 1.0;
}

class SimulatedCity
{
public:
    SimulatedCity(Options options, CitySim::Cast cast)
        : m_options(std::move(options))
        , m_cast(std::move(cast))
    {}

    bool start();

private:
    int realMs(double simSeconds) const
    {
        return std::max(20, int(simSeconds * 1000 / m_options.speedup));
    }
    /// Sim seconds since start.
    double simNow() const { return m_clock.elapsed() / 1000.0 * m_options.speedup; }
    QNetworkRequest request(const QString &path, const QString &token = {}) const;
    QNetworkReply *postJson(const QString &path, const QJsonObject &body, const QString &token,
                            const QByteArray &apiKey = {});
    QNetworkReply *postForm(const QString &path,
                            const QList<std::pair<QByteArray, QByteArray>> &fields,
                            const QString &token);
    /// Runs `then` with the login's bearer token (logging in first when needed).
    void withToken(const QString &login, const std::function<void(const QString &)> &then);
    void walk(CitySim::Collector &c);
    void pollTasks(const QString &login, bool department);
    void actOn(const QString &login, const QJsonObject &task, bool department);
    void hotlineTick();
    void answerCallback(QTcpSocket *socket);
    void every(double simSeconds, std::function<void()> tick);

    Options m_options;
    CitySim::Cast m_cast;
    QNetworkAccessManager m_net;
    QTcpServer m_receiver;
    QHash<QString, QString> m_tokens;
    QSet<QString> m_loggingIn;
    QHash<QString, double> m_firstSeen; ///< "case id/state" → sim time the task was first seen
    QElapsedTimer m_clock;
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
    QList<QTimer *> m_timers;
    int m_orders = 0;
};

QNetworkRequest SimulatedCity::request(const QString &path, const QString &token) const
{
    QNetworkRequest r{QUrl(m_options.gate + path)};
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return r;
}

QNetworkReply *SimulatedCity::postJson(const QString &path, const QJsonObject &body,
                                       const QString &token, const QByteArray &apiKey)
{
    QNetworkRequest r = request(path, token);
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!apiKey.isEmpty())
        r.setRawHeader("X-Api-Key", apiKey);
    return m_net.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QNetworkReply *SimulatedCity::postForm(const QString &path,
                                       const QList<std::pair<QByteArray, QByteArray>> &fields,
                                       const QString &token)
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const auto &[name, value] : fields) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       "form-data; name=\"" + name + "\"");
        part.setBody(value);
        multi->append(part);
    }
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentTypeHeader, "image/jpeg");
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   "form-data; name=\"photo\"; filename=\"photo.jpg\"");
    part.setBody(photo(m_random));
    multi->append(part);
    QNetworkRequest r = request(path, token);
    // A resend after a lost answer must not make a second case.
    r.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    QNetworkReply *reply = m_net.post(r, multi);
    multi->setParent(reply);
    return reply;
}

void SimulatedCity::withToken(const QString &login,
                              const std::function<void(const QString &)> &then)
{
    if (const QString token = m_tokens.value(login); !token.isEmpty())
        return then(token);
    // One login at a time per person (argon2id takes a while); meanwhile they wait.
    if (m_loggingIn.contains(login))
        return;
    m_loggingIn.insert(login);
    QNetworkReply *reply = postJson(QStringLiteral("/field/v1/login"),
                                    {{"login", login}, {"password", m_options.password}}, {});
    QObject::connect(reply, &QNetworkReply::finished, [this, reply, login, then] {
        reply->deleteLater();
        m_loggingIn.remove(login);
        const QString token
            = QJsonDocument::fromJson(reply->readAll()).object().value("token").toString();
        if (token.isEmpty())
            return say(
                QStringLiteral("%1 cannot log in (HTTP %2)")
                    .arg(login)
                    .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()));
        m_tokens.insert(login, token);
        then(token);
    });
}

void SimulatedCity::every(double simSeconds, std::function<void()> tick)
{
    auto *timer = new QTimer;
    m_timers << timer;
    // Spread the actors over the interval, so they do not all move at once.
    QTimer::singleShot(int(m_random.bounded(realMs(simSeconds))), timer, [timer, tick] {
        tick();
        timer->start();
    });
    timer->setInterval(realMs(simSeconds));
    QObject::connect(timer, &QTimer::timeout, std::move(tick));
}

void SimulatedCity::walk(CitySim::Collector &c)
{
    // 15 s at walking pace (about 1.2 m/s, 18 m) towards a point of one of their grids.
    const QPolygonF &grid = c.grids.at(int(m_random.bounded(int(c.grids.size()))));
    const QPointF target = CitySim::pointIn(grid, m_random);
    const QPointF step = target - c.at;
    const double metres = std::hypot(step.x() * 95000, step.y() * 111000);
    c.at += metres > 18 ? step * (18 / metres) : step;
    const QString login = c.login;
    const QPointF at = c.at;
    const bool report = m_random.generateDouble() < m_options.reportsPerHour * 15 / 3600;
    const QString category = m_cast.categories.value(
        int(m_random.bounded(int(std::max<qsizetype>(1, m_cast.categories.size())))));
    withToken(login, [=, this](const QString &token) {
        const QJsonObject fix{{"lon", at.x()},
                              {"lat", at.y()},
                              {"at",
                               QDateTime::currentDateTime()
                                   .toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                                   .toString(Qt::ISODate)},
                              {"accuracy_m", 5}};
        QNetworkReply *track = postJson(QStringLiteral("/field/v1/positions"),
                                        {{"positions", QJsonArray{fix}}}, token);
        QObject::connect(track, &QNetworkReply::finished, track, &QObject::deleteLater);
        if (!report)
            return;
        QNetworkReply *reply
            = postForm(QStringLiteral("/field/v1/reports"),
                       {{"category", category.toUtf8()},
                        {"lon", QByteArray::number(at.x(), 'f', 7)},
                        {"lat", QByteArray::number(at.y(), 'f', 7)},
                        {"description",
                         QStringLiteral("巡查发现（模拟）%1").arg(category).toUtf8()}},
                       token);
        QObject::connect(reply, &QNetworkReply::finished, [reply, login] {
            reply->deleteLater();
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            say(QStringLiteral("%1 reported %2")
                    .arg(login, answer.value("number").toString(reply->errorString())));
        });
    });
}

void SimulatedCity::pollTasks(const QString &login, bool department)
{
    withToken(login, [=, this](const QString &token) {
        QNetworkReply *reply = m_net.get(request(QStringLiteral("/field/v1/tasks"), token));
        QObject::connect(reply, &QNetworkReply::finished, [=, this] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 401)
                m_tokens.remove(login); // expired or revoked: log in again next time
            const QJsonArray tasks
                = QJsonDocument::fromJson(reply->readAll()).object().value("tasks").toArray();
            for (const QJsonValue &task : tasks)
                actOn(login, task.toObject(), department);
        });
    });
}

void SimulatedCity::actOn(const QString &login, const QJsonObject &task, bool department)
{
    // People take their time: a task is acted on a while after it was first seen.
    const QString kind = task.value("task").toString();
    const QString seenKey = task.value("id").toString() + '/' + task.value("state").toString();
    const double firstSeen = m_firstSeen.value(seenKey, -1);
    if (firstSeen < 0) {
        m_firstSeen.insert(seenKey, simNow());
        return;
    }
    const double delayS = kind == QLatin1String("dispose") ? 3600 : 600;
    if (simNow() - firstSeen < delayS || kind == QLatin1String("waiting"))
        return;
    QByteArray action;
    const bool good = m_random.generateDouble() < 0.85;
    if (kind == QLatin1String("verify"))
        action = good ? "verify-confirm" : "verify-reject";
    else if (kind == QLatin1String("check"))
        action = good ? "check-pass" : "check-fail";
    else if (kind == QLatin1String("accept"))
        action = "dept-accept";
    else if (kind == QLatin1String("dispose"))
        action = "feedback";
    if (action.isEmpty()
        || (department && kind != QLatin1String("accept") && kind != QLatin1String("dispose")))
        return;
    m_firstSeen.remove(seenKey);
    const QString number = task.value("number").toString();
    QNetworkReply *reply
        = postForm(QStringLiteral("/field/v1/cases/%1/actions").arg(task.value("id").toString()),
                   {{"action", action},
                    {"version", QByteArray::number(task.value("version").toInt())},
                    {"note", department ? "已处置（模拟）" : "现场核查（模拟）"}},
                   m_tokens.value(login));
    QObject::connect(reply, &QNetworkReply::finished, [=, this] {
        reply->deleteLater();
        say(QStringLiteral("%1 %2 %3: HTTP %4")
                .arg(login, QString::fromLatin1(action), number)
                .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()));
    });
}

void SimulatedCity::hotlineTick()
{
    const int hour = QDateTime::currentDateTime().time().hour();
    if (m_random.generateDouble() >= m_options.ordersPerHour / 60 * hotlineRhythm(hour))
        return;
    const QPolygonF &grid = m_cast.cityGrids.at(
        int(m_random.bounded(int(m_cast.cityGrids.size()))));
    const QPointF at = CitySim::pointIn(grid, m_random);
    const QString id = QStringLiteral("SIM-%1-%2")
                           .arg(QDateTime::currentDateTime().toString("yyyyMMddhhmmss"))
                           .arg(++m_orders);
    const QString category = m_cast.categories.value(
        int(m_random.bounded(int(std::max<qsizetype>(1, m_cast.categories.size())))));
    const QJsonObject
        order{{"order_id", id},
              {"category", category},
              {"lon", at.x()},
              {"lat", at.y()},
              {"description", QStringLiteral("市民来电反映（模拟）：%1").arg(category)},
              {"caller_name", QStringLiteral("市民")},
              {"caller_phone", QStringLiteral("1380000%1").arg(m_random.bounded(1000, 9999))},
              {"callback_url",
               QStringLiteral("http://127.0.0.1:%1/callback").arg(m_receiver.serverPort())}};
    QNetworkReply *reply = postJson(QStringLiteral("/hotline/v1/orders"), order, {},
                                    m_options.key.toLatin1());
    QObject::connect(reply, &QNetworkReply::finished, [reply, id] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        say(QStringLiteral("12345 工单 %1 → %2")
                .arg(id, answer.value("number").toString(answer.value("code").toString())));
    });
}

void SimulatedCity::answerCallback(QTcpSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] {
        QByteArray &seen = *buffer;
        seen += socket->readAll();
        const qsizetype end = seen.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : seen.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (seen.size() < end + 4 + length)
            return;
        const QJsonObject body = QJsonDocument::fromJson(seen.mid(end + 4, length)).object();
        say(QStringLiteral("12345 callback: %1 %2 %3")
                .arg(body.value("event").toString(), body.value("externalId").toString(),
                     body.value("revisitResult").toString()));
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

bool SimulatedCity::start()
{
    if (!m_receiver.listen(QHostAddress::LocalHost, 0))
        return false;
    QObject::connect(&m_receiver, &QTcpServer::newConnection, [this] {
        while (QTcpSocket *socket = m_receiver.nextPendingConnection())
            answerCallback(socket);
    });
    m_clock.start();
    say(QStringLiteral("%1 collectors, %2 departments' users, the 12345 platform (callbacks at "
                       "127.0.0.1:%3); time ×%4")
            .arg(m_cast.collectors.size())
            .arg(m_cast.departmentUsers.size())
            .arg(m_receiver.serverPort())
            .arg(m_options.speedup));
    for (qsizetype i = 0; i < m_cast.collectors.size(); ++i) {
        every(15, [this, i] { walk(m_cast.collectors[i]); });
        every(60, [this, i] { pollTasks(m_cast.collectors[i].login, false); });
    }
    for (const QString &login : std::as_const(m_cast.departmentUsers))
        every(60, [this, login] { pollTasks(login, true); });
    if (!m_options.key.isEmpty())
        every(60, [this] { hotlineTick(); });
    return true;
}

std::optional<Options> parse(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "citysim: collectors, the 12345 platform and departments working the centre through "
        "citygate (docs/citygate.md, \"The simulated city\")."));
    parser.addHelpOption();
    const auto value = [&](const char *name, const char *what, const char *arg) {
        const QCommandLineOption o(QString::fromLatin1(name), QString::fromUtf8(what),
                                   QString::fromLatin1(arg));
        parser.addOption(o);
        return o;
    };
    const auto gate = value("gate", "citygate's URL (http://127.0.0.1:8311).", "URL");
    const auto db = value("db", "The city's database (read for the cast only).", "FILE");
    const auto key = value("key", "The 12345 platform's API key (none: no 工单).", "KEY");
    const auto password = value("password", "The people's password (the demo's).", "P");
    const auto collectors = value("collectors", "Collectors walking (8).", "N");
    const auto departments = value("departments", "Departments' users (4).", "N");
    const auto reports = value("reports-per-hour", "Reports per collector an hour (4).", "R");
    const auto orders = value("orders-per-hour", "12345 工单 an hour on average (20).", "R");
    const auto speedup = value("speedup", "Simulated time runs this much faster (1).", "X");
    const auto duration = value("duration", "Stop after this many seconds (0: never).", "S");
    parser.process(app);
    if (!parser.isSet(gate) || !parser.isSet(db)) {
        std::fprintf(stderr, "citysim: --gate URL and --db FILE are required\n");
        return std::nullopt;
    }
    Options o;
    o.gate = parser.value(gate);
    o.db = parser.value(db);
    o.key = parser.value(key);
    if (parser.isSet(password))
        o.password = parser.value(password);
    o.collectors = parser.isSet(collectors) ? parser.value(collectors).toInt() : o.collectors;
    o.departments = parser.isSet(departments) ? parser.value(departments).toInt() : o.departments;
    o.reportsPerHour = parser.isSet(reports) ? parser.value(reports).toDouble() : o.reportsPerHour;
    o.ordersPerHour = parser.isSet(orders) ? parser.value(orders).toDouble() : o.ordersPerHour;
    o.speedup = std::max(0.01, parser.isSet(speedup) ? parser.value(speedup).toDouble() : 1.0);
    o.durationS = parser.value(duration).toInt();
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto options = parse(app);
    if (!options)
        return 2;
    auto cast = CitySim::readCast(options->db, options->collectors, options->departments);
    if (!cast) {
        std::fprintf(stderr, "citysim: %s\n", qUtf8Printable(cast.error().message));
        return 1;
    }
    SimulatedCity city(*options, std::move(cast).value());
    if (!city.start())
        return 1;
    if (options->durationS > 0)
        QTimer::singleShot(options->durationS * 1000, &app, &QCoreApplication::quit);
    return app.exec();
}
