// SPDX-License-Identifier: GPL-3.0-or-later
// citygate: the centre's HTTP service (docs/citygate.md). Open311 GeoReport v2 over the local
// database through the same case service as the desk.
#include "gatetr.h"
#include "httpfront.h"
#include "hubrelay.h"

#include "../common/appsupport.h"

#include <cc/cases/caseservice.h>
#include <cc/city/citycontext.h>
#include <cc/gate/gateway.h>
#include <cc/gate/groupcommit.h>
#include <cc/gazetteer/reversegeocoder.h>
#include <cc/notify/notifier.h>
#include <cc/storage/database.h>
#include <cc/sync/hublogin.h>
#include <cc/sync/syncclient.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <QSocketNotifier>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <thread>
#include <unistd.h>

namespace {

using Cc::GateApp::Tr;

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

int fail(const Cc::Error &error)
{
    std::fprintf(stderr, "citygate: %s [%s]\n", qUtf8Printable(error.message),
                 qUtf8Printable(error.code));
    return Failed;
}

int usage(const QCommandLineParser &parser, const QString &message)
{
    std::fprintf(stderr, "citygate: %s\n\n%s", qUtf8Printable(message),
                 qUtf8Printable(parser.helpText()));
    return Usage;
}

struct Options
{
    QString db, host, certFile, keyFile;
    int port = 0;
    /// Hub mode: the hub's URL (no password) and citygate's hub login; `db` is the copy.
    std::optional<Cc::Sync::HubCredentials> hub;
    Cc::Gate::GateSettings settings;
};

/// A whole number from `min` to `max` given to `option`, or nothing.
std::optional<int> boundedInt(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= min && value <= max ? std::optional<int>(value) : std::nullopt;
}

/// The hub's URL without its login, and the login (`--hub-user`, else the URL's).
Cc::Result<Cc::Sync::HubCredentials> hubCredentials(const QString &conninfo, const QString &user)
{
    QUrl url(conninfo, QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql")
            && url.scheme() != QLatin1String("postgres"))
        || url.host().isEmpty())
        return Cc::makeError("gate.bad-hub",
                             Tr::tr("--hub takes postgresql://LOGIN@HOST:PORT/DB."));
    if (!url.password().isEmpty())
        return Cc::makeError("gate.bad-hub",
                             Tr::tr("No password in --hub: give it in CITYCOMMAND_HUB_PASSWORD."));
    Cc::Sync::HubCredentials credentials;
    credentials.user = user.isEmpty() ? url.userName() : user;
    if (credentials.user.isEmpty())
        return Cc::makeError("gate.bad-hub",
                             Tr::tr("Name citygate's hub login: --hub-user LOGIN."));
    url.setUserInfo(QString());
    credentials.url = url.toString();
    credentials.password = qEnvironmentVariable("CITYCOMMAND_HUB_PASSWORD");
    credentials.connectTimeoutS = 3;
    return credentials;
}

/// Reads and checks the command line; returns an exit code when the program should end now.
std::optional<int> parseOptions(QCoreApplication &app, Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("citygate: the centre's HTTP service (Open311 GeoReport v2, the field API, the "
               "12345 and citizens' intake, /openapi.json) over the local database, or through "
               "a hub (--hub); see docs/citygate.md."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), Tr::tr("The local database (GeoPackage)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    Tr::tr("Address and port to serve on (port 0: any free "
                                           "port, printed at start)."),
                                    QStringLiteral("ADDR:PORT"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"),
                                  Tr::tr("TLS certificate (PEM): serve HTTPS."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), Tr::tr("TLS private key (PEM)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption hub(QStringLiteral("hub"),
                                 Tr::tr("Write through this hub (postgresql://LOGIN@HOST:PORT/DB; "
                                        "password from CITYCOMMAND_HUB_PASSWORD or PGPASSWORD); "
                                        "--db is then its local copy, joined when missing."),
                                 QStringLiteral("CONNINFO"));
    const QCommandLineOption hubUser(QStringLiteral("hub-user"),
                                     Tr::tr("citygate's hub login (else the URL's)."),
                                     QStringLiteral("LOGIN"));
    const QCommandLineOption lang(QStringLiteral("lang"), Tr::tr("Language (zh_CN, en)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"),
                                  Tr::tr("Requests a minute per API key, token or address "
                                         "(0: none; default 600)."),
                                  QStringLiteral("N"));
    const QCommandLineOption failures(QStringLiteral("lockout-failures"),
                                      Tr::tr("Wrong passwords that lock a field login "
                                             "(default 10)."),
                                      QStringLiteral("N"));
    const QCommandLineOption minutes(QStringLiteral("lockout-minutes"),
                                     Tr::tr("How long they count and lock, in minutes "
                                            "(default 15)."),
                                     QStringLiteral("M"));
    parser.addOptions({db, listen, cert, key, hub, hubUser, lang, rate, failures, minutes});
    if (!parser.parse(app.arguments()))
        return usage(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return Ok;
    }
    if (!parser.isSet(db) || !parser.isSet(listen))
        return usage(parser, Tr::tr("--db FILE and --listen ADDR:PORT are required."));
    if (parser.isSet(cert) != parser.isSet(key))
        return usage(parser, Tr::tr("Give both --tls-cert and --tls-key, or neither."));
    static const QRegularExpression hostPort(QStringLiteral("^(.+):([0-9]{1,5})$"));
    const QRegularExpressionMatch match = hostPort.match(parser.value(listen));
    if (!match.hasMatch() || match.captured(2).toInt() > 65535)
        return usage(parser, Tr::tr("--listen takes ADDR:PORT, e.g. 127.0.0.1:8311."));
    options = {parser.value(db),  match.captured(1),         parser.value(cert),
               parser.value(key), match.captured(2).toInt(), {}};
    const auto rateValue = boundedInt(parser.value(rate), 0, 1000000);
    const auto failuresValue = boundedInt(parser.value(failures), 1, 1000);
    const auto minutesValue = boundedInt(parser.value(minutes), 1, 24 * 60);
    if ((parser.isSet(rate) && !rateValue) || (parser.isSet(failures) && !failuresValue)
        || (parser.isSet(minutes) && !minutesValue))
        return usage(parser, Tr::tr("--rate-limit takes 0 to 1000000, --lockout-failures 1 to "
                                    "1000, --lockout-minutes 1 to 1440."));
    if (parser.isSet(hub)) {
        auto credentials = hubCredentials(parser.value(hub), parser.value(hubUser));
        if (!credentials)
            return usage(parser, credentials.error().message);
        options.hub = credentials.value();
    }
    options.settings.ratePerMinute = rateValue.value_or(options.settings.ratePerMinute);
    options.settings.lockout.failures = failuresValue.value_or(options.settings.lockout.failures);
    options.settings.lockout.minutes = minutesValue.value_or(options.settings.lockout.minutes);
    return std::nullopt;
}

/// SIGTERM/SIGINT end the event loop (through a pipe: only async-signal-safe work in the
/// handler), so requests in flight get their answers before citygate exits.
void quitOnSignals(QCoreApplication &app)
{
    static int pipeFds[2] = {-1, -1};
    if (::pipe(pipeFds) != 0)
        return;
    auto handler = [](int) { (void) !::write(pipeFds[1], "x", 1); };
    std::signal(SIGTERM, handler);
    std::signal(SIGINT, handler);
    auto *notifier = new QSocketNotifier(pipeFds[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
}

/// Stops the front while this (the database's) thread keeps answering: the pool's threads
/// still in a request wait for it, and the front's stop waits for them.
void stopServing(Cc::Gate::HttpFront &front)
{
    std::atomic<bool> stopped = false;
    std::thread stopper([&] {
        front.stop();
        stopped = true;
    });
    while (!stopped)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    stopper.join();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("citygate"));
    QCoreApplication::setOrganizationName(QStringLiteral("CityCommand"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
    const QStringList args = app.arguments();
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    Cc::App::installTranslations(app, langAt > 0 ? args.value(langAt + 1) : QString());

    Options options;
    if (auto exit = parseOptions(app, options))
        return *exit;
    // Hub mode: the first start joins the hub into the copy, as a workstation does.
    if (options.hub && !QFileInfo::exists(options.db)) {
        auto joined = Cc::Sync::SyncClient::join(options.db, *options.hub);
        if (!joined)
            return fail(joined.error());
        std::fprintf(stderr, "citygate: joined the hub (%lld rows)\n",
                     static_cast<long long>(joined->rows));
    }
    auto db = Cc::Storage::Database::open(options.db, Cc::Storage::Database::OpenMode::ReadWrite,
                                          Cc::Storage::Database::IntegrityCheck::Deferred);
    if (!db)
        return fail(db.error());
    if (auto writable = db.value()->refuseIfDamaged(); !writable)
        return fail(writable.error());
    auto city = Cc::City::CityContext::load(*db.value());
    if (!city)
        return fail(city.error());
    // Steps through the API queue their notifications and 12345 callbacks too, in the step's
    // transaction (docs/notify.md); the sender runs apart (cityctl notify send --loop, the app).
    Cc::Notify::Notifier notifier(*db.value(), city.value()->categories(),
                                  city.value()->calendar());
    Cc::Cases::CaseService cases(*db.value(), city.value()->categories(), city.value()->calendar());
    cases.addStepObserver(notifier.observer());
    cases.setAddressOf(Cc::Gazetteer::describerOf(*db.value()));
    Cc::Gate::Gateway gateway(*db.value(), *city.value(), cases, options.settings);
    std::unique_ptr<Cc::Sync::HubLogin> hubLogin;
    std::unique_ptr<Cc::GateApp::HubRelay> relay;
    if (options.hub) {
        hubLogin = std::make_unique<Cc::Sync::HubLogin>(*options.hub);
        gateway.setLoginAuthority(
            {[&](const QString &login) { return hubLogin->hashPrefix(login); },
             [&](const QString &login, const QString &hash) {
                 return hubLogin->check(login, hash);
             }});
        relay = std::make_unique<Cc::GateApp::HubRelay>(*db.value(), *options.hub, gateway);
        if (auto started = relay->start(); !started)
            return fail(started.error());
    }

    // Requests that arrive together are committed together (docs/citygate.md, "Group commit").
    Cc::Gate::GroupCommit group(*db.value(), gateway);
    Cc::Gate::HttpFront front([&](const QList<Cc::Gate::HttpRequest> &requests) {
        return relay ? relay->handle(requests) : group.handle(requests);
    });
    auto port = front.listen(options.host, options.port, options.certFile, options.keyFile);
    if (!port)
        return fail(port.error());
    front.start();
    // Tests and scripts wait for this line (and read the port when 0 was asked for).
    std::fprintf(stderr, "citygate: listening on %s://%s:%d\n",
                 options.certFile.isEmpty() ? "http" : "https", qUtf8Printable(options.host),
                 port.value());
    std::fflush(stderr);
    quitOnSignals(app);
    const int code = app.exec();
    stopServing(front);
    std::fprintf(stderr, "citygate: stopped\n");
    return code;
}
