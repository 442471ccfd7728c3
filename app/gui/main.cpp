// SPDX-License-Identifier: GPL-3.0-or-later
// citycommand: the command-hall desktop client. main() reads the options, opens the city
// (database, then its context, once), logs in and shows the window; each step is one
// function below.
#include "../common/appsupport.h"
#include "integritycheck.h"
#include "mainwindow.h"
#include "notifications.h"
#include "startuptrace.h"

#include <cc/cases/auth.h>
#include <cc/cases/caseservice.h>
#include <cc/cases_widgets/logindialog.h>
#include <cc/city/citycontext.h>
#include <cc/demogen/democity.h>
#include <cc/gazetteer/reversegeocoder.h>
#include <cc/notify/demosetup.h>
#include <cc/storage/database.h>
#include <cc/sync/hublogin.h>
#include <cc/video_quick/videowall.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

using Cc::App::MainWindow;

/// The application's style sheet (resources/style/citycommand.qss, compiled in): the command
/// hall works in dim light, so a dark theme with one accent colour.
QString applicationStyleSheet()
{
    QFile file(QStringLiteral(":/style/citycommand.qss"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        // Compiled into the binary: only a broken build gets here, and the window still works.
        qWarning("citycommand: the style sheet :/style/citycommand.qss is missing");
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

/// The command line, read once.
struct Options
{
    QString database;
    bool databaseGiven = false;
    QString language, screenshot, tab, user, wallLayout, evaluation, recordings, onvifTemplate;
    bool wall = false;
    bool hotspots = false;
    std::optional<int> wallMeasureSeconds;
    std::optional<int> wallPlaybackMinutes;
    std::optional<int> wallPtzTile;
    /// No one at the keyboard: a screenshot or a measurement (no dialogs, no login prompt).
    bool unattended() const { return !screenshot.isEmpty() || wallMeasureSeconds.has_value(); }
};

QString defaultDatabase()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-city.gpkg"));
}

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("CityCommand — digital city-management command centre"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Local database (GeoPackage)."),
                                QStringLiteral("FILE"), defaultDatabase());
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("UI language (zh_CN, en)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Write a PNG of the window and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption
        tab(QStringLiteral("tab"),
            QStringLiteral(
                "Tab to show: workbench, map, cases, video, evaluation, campaigns, findings."),
            QStringLiteral("TAB"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QStringLiteral(
                                      "Log in as LOGIN (password asked, or taken from the "
                                      "environment variable CITYCOMMAND_PASSWORD)."),
                                  QStringLiteral("LOGIN"));
    const QCommandLineOption wall(QStringLiteral("wall"),
                                  QStringLiteral(
                                      "Open the video wall window at start (with --screenshot: "
                                      "grab the wall once its tiles play)."));
    const QCommandLineOption
        wallLayout(QStringLiteral("wall-layout"),
                   QStringLiteral("Video wall layout: 1, 4, 9, 16, 25, 36, 1+5, 1+7, 2+8."),
                   QStringLiteral("LAYOUT"));
    const QCommandLineOption
        wallMeasure(QStringLiteral("wall-measure"),
                    QStringLiteral("With --wall: print the rendered wall's CPU, redraws/s, "
                                   "fps per tile and memory over SECONDS, then exit."),
                    QStringLiteral("SECONDS"));
    const QCommandLineOption hotspots(QStringLiteral("hotspots"),
                                      QStringLiteral(
                                          "Show the map with its hotspot layer (this year) and the "
                                          "recurring-problem list."));
    const QCommandLineOption evaluation(
        QStringLiteral("evaluation"),
        QStringLiteral(
            "Show the evaluation tab for SCOPE (department, grid, post, street, "
            "community, unit-grid, channel, kind, class) and PERIOD (2026-11, "
            "2026-Q3, 2026-W47, 2026 or FROM..TO), optionally with 环比/同比 "
            "(compare) and the closing-rate chart (rate): e.g. street:2026-11:compare:rate."),
        QStringLiteral("SCOPE:PERIOD[:compare][:rate]"));
    const QCommandLineOption
        recordings(QStringLiteral("recordings"),
                   QStringLiteral(
                       "The folder cityrec records into (default: the setting video/recordingRoot, "
                       "else recordings/ in the user's data folder)."),
                   QStringLiteral("DIR"));
    const QCommandLineOption
        wallPlayback(QStringLiteral("wall-playback"),
                     QStringLiteral(
                         "With --wall: every tile plays its recording from MINUTES ago, in step."),
                     QStringLiteral("MINUTES"));
    const QCommandLineOption
        onvifTemplate(QStringLiteral("onvif-template"),
                      QStringLiteral(
                          "How PTZ cameras' ONVIF addresses are made from their stream URLs, with "
                          "{host}, {port} and {camera} (default: the setting video/onvifTemplate, "
                          "else http://{host}/onvif/device_service)."),
                      QStringLiteral("URL"));
    const QCommandLineOption wallPtz(QStringLiteral("wall-ptz"),
                                     QStringLiteral("With --wall: show the PTZ controls on TILE."),
                                     QStringLiteral("TILE"));
    parser.addOptions({db, lang, screenshot, tab, user, wall, wallLayout, wallMeasure, hotspots,
                       evaluation, recordings, wallPlayback, onvifTemplate, wallPtz});
    parser.process(app);

    Options options;
    options.database = parser.value(db);
    options.databaseGiven = parser.isSet(db);
    options.language = parser.value(lang);
    options.screenshot = parser.value(screenshot);
    options.tab = parser.value(tab);
    options.user = parser.isSet(user) ? parser.value(user) : QString();
    options.wall = parser.isSet(wall);
    options.hotspots = parser.isSet(hotspots);
    options.evaluation = parser.value(evaluation);
    options.wallLayout = parser.value(wallLayout);
    if (parser.isSet(wallMeasure))
        options.wallMeasureSeconds = parser.value(wallMeasure).toInt();
    options.recordings = parser.value(recordings);
    if (parser.isSet(wallPlayback))
        options.wallPlaybackMinutes = parser.value(wallPlayback).toInt();
    options.onvifTemplate = parser.value(onvifTemplate);
    if (parser.isSet(wallPtz))
        options.wallPtzTile = parser.value(wallPtz).toInt();
    return options;
}

/// An error before the window exists: on stderr when unattended, else in a message box.
void showError(const Options &options, const QString &message)
{
    if (options.unattended())
        qCritical("%s", qPrintable(message));
    else
        QMessageBox::critical(nullptr, QObject::tr("CityCommand"), message);
}

/// First run without a database: write the demo city, showing progress.
bool writeDemo(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = Cc::Storage::Database::open(path, Cc::Storage::Database::OpenMode::Create);
    if (!db) {
        QMessageBox::critical(nullptr, QObject::tr("CityCommand"), db.error().message);
        return false;
    }
    QProgressDialog progress(QObject::tr("Writing the demo city…"), QString(), 0, 100);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    auto summary
        = Cc::Demo::writeDemoCity(**db, {}, [&progress](int done, int total, const QString &what) {
              progress.setLabelText(QObject::tr("Writing the demo city: %1…").arg(what));
              progress.setValue(total > 0 ? 100 * done / total : 0);
              QCoreApplication::processEvents();
          });
    if (!summary) {
        QMessageBox::critical(nullptr, QObject::tr("CityCommand"), summary.error().message);
        db->reset();
        QFile::remove(path);
        return false;
    }
    // 一查二信 out of the box, as `cityctl init-demo` does.
    if (auto notify = Cc::Notify::installDemoSetup(**db); !notify)
        QMessageBox::warning(nullptr, QObject::tr("CityCommand"), notify.error().message);
    return true;
}

/// The database and the city it serves, opened once for the whole run.
struct OpenCity
{
    std::unique_ptr<Cc::Storage::Database> db;
    std::unique_ptr<Cc::City::CityContext> city;
};

std::optional<OpenCity> openCity(const Options &options)
{
    // The page-by-page integrity check reads the whole file (seconds on a large city): it
    // runs after start on its own thread, and the window says so if it finds damage.
    auto db = Cc::Storage::Database::open(options.database,
                                          Cc::Storage::Database::OpenMode::ReadWrite,
                                          Cc::Storage::Database::IntegrityCheck::Deferred);
    if (!db) {
        showError(options, QObject::tr("Cannot open the local database %1:\n%2")
                               .arg(options.database, db.error().message));
        return std::nullopt;
    }
    auto city = Cc::City::CityContext::load(**db);
    if (!city) {
        showError(options, QObject::tr("Cannot open the local database %1:\n%2")
                               .arg(options.database, city.error().message));
        return std::nullopt;
    }
    return OpenCity{std::move(db).value(), std::move(city).value()};
}

/// Log in: non-interactively with --user and CITYCOMMAND_PASSWORD (kiosks, screenshots),
/// else through the login dialog. Unattended without credentials: the public views only.
/// false: refused or cancelled (`exitCode` says which).
bool logIn(const Options &options, Cc::Storage::Database &db,
           std::optional<Cc::Cases::Session> &session, int &exitCode)
{
    // A workstation joined to a hub checks logins there first (docs/hub.md, "Logins").
    Cc::Cases::LoginAuthority authority;
    std::shared_ptr<Cc::Sync::HubLogin> hubLogin;
    if (auto credentials = Cc::Sync::HubLogin::forDatabase(db)) {
        hubLogin = std::make_shared<Cc::Sync::HubLogin>(*credentials);
        authority.hashPrefix = [hubLogin](const QString &login) {
            return hubLogin->hashPrefix(login);
        };
        authority.check = [hubLogin](const QString &login, const QString &hash) {
            return hubLogin->check(login, hash);
        };
    }
    const QString password = qEnvironmentVariable("CITYCOMMAND_PASSWORD");
    if (!options.user.isEmpty() && !password.isEmpty()) {
        Cc::Cases::AuthService auth(db);
        auth.setAuthority(authority);
        auto loggedIn = auth.login(options.user, password);
        if (!loggedIn) {
            qCritical("%s", qPrintable(loggedIn.error().message));
            exitCode = 1;
            return false;
        }
        session = loggedIn.value();
        return true;
    }
    if (options.unattended())
        return true;
    Cc::CasesWidgets::LoginDialog login(db);
    login.setAuthority(authority);
    if (!options.user.isEmpty())
        login.setLogin(options.user);
    if (login.exec() != QDialog::Accepted) {
        exitCode = 0;
        return false;
    }
    session = login.session();
    return true;
}

MainWindow::Tab startTab(const Options &options, bool loggedIn)
{
    using Tab = MainWindow::Tab;
    const QHash<QString, Tab> tabs = {{"workbench", Tab::Workbench},
                                      {"map", Tab::Map},
                                      {"cases", Tab::Cases},
                                      {"video", Tab::Video},
                                      {"evaluation", Tab::Evaluation},
                                      {"campaigns", Tab::Campaigns},
                                      {"findings", Tab::Findings}};
    return tabs.value(options.tab, loggedIn ? Tab::Workbench : Tab::Map);
}

/// --wall: the wall window, measured or grabbed when asked; nullopt: go on to the main window.
std::optional<int> runWall(const Options &options, MainWindow &window, QApplication &app)
{
    auto *wall = window.openVideoWall();
    if (!options.wallLayout.isEmpty() && !wall->controller().setLayout(options.wallLayout)) {
        qCritical("unknown wall layout %s", qPrintable(options.wallLayout));
        return 2;
    }
    if (options.wallPlaybackMinutes)
        wall->controller().playbackAll(
            wall->controller().minutesAgoMs(*options.wallPlaybackMinutes));
    if (options.wallPtzTile)
        wall->controller().setPtzTile(*options.wallPtzTile);
    if (options.wallMeasureSeconds) {
        wall->measureRendering(10000, *options.wallMeasureSeconds * 1000, [&app](const QString &r) {
            std::printf("%s\n", qPrintable(r));
            app.exit(0);
        });
        return app.exec();
    }
    if (options.screenshot.isEmpty())
        return std::nullopt;
    if (!wall->window()) {
        qCritical("%s", qPrintable(wall->loadError()));
        return 1;
    }
    wall->window()->resize(1600, 900);
    wall->screenshotWhenReady(options.screenshot, 30000, [&app](bool ok) { app.exit(ok ? 0 : 1); });
    return app.exec();
}

/// --screenshot: the window as drawn, as a PNG, then exit.
int runScreenshot(const QString &file, MainWindow &window, QApplication &app)
{
    window.resize(1600, 900);
    window.show();
    Cc::App::startupMark("window shown");
    QTimer::singleShot(300, &app, [&window, &app, file] {
        Cc::App::startupMark("grabbing (300 ms after shown, unless the event loop was busy)");
        const bool saved = window.grab().save(file, "PNG");
        Cc::App::startupMark("drawn and saved");
        if (!saved)
            qCritical("cannot write %s", qPrintable(file));
        app.exit(saved ? 0 : 1);
    });
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    Cc::App::startupMark("main");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("citycommand"));
    QApplication::setApplicationDisplayName(QStringLiteral("CityCommand"));
    QApplication::setOrganizationName(QStringLiteral("CityCommand"));
    QApplication::setApplicationVersion(QStringLiteral(CC_VERSION));
    const Options options = parseOptions(app);
    Cc::App::installTranslations(app, options.language);
    app.setStyleSheet(applicationStyleSheet());
    Cc::App::startupMark("application, options, translations");

    if (!QFileInfo::exists(options.database) && !options.databaseGiven
        && !writeDemo(options.database))
        return 1;
    std::optional<OpenCity> opened = openCity(options);
    if (!opened)
        return 1;
    Cc::App::startupMark("database and city context open");
    Cc::City::CityContext &city = *opened->city;
    Cc::Cases::CaseService service(city.database(), city.categories(), city.calendar());
    service.setAddressOf(Cc::Gazetteer::describerOf(city.database()));

    std::optional<Cc::Cases::Session> session;
    if (int exitCode = 0; !logIn(options, city.database(), session, exitCode))
        return exitCode;

    Cc::App::startupMark("logged in");
    // Before the window: its case panel shows what the notifier queued and the sender sent.
    Cc::App::Notifications notifications(city, service, options.screenshot.isEmpty());
    MainWindow window(city, service, session ? &*session : nullptr);
    window.setNotifications(&notifications);
    if (!options.recordings.isEmpty())
        window.setRecordingRoot(options.recordings);
    if (!options.onvifTemplate.isEmpty())
        window.setOnvifTemplate(options.onvifTemplate);
    Cc::App::startupMark("main window built");
    window.showTab(startTab(options, session.has_value()));
    if (options.hotspots)
        window.showHotspots();
    if (!options.evaluation.isEmpty()) {
        if (const QString error = window.showEvaluation(options.evaluation); !error.isEmpty()) {
            showError(options, error);
            return 2;
        }
    }
    Cc::App::IntegrityCheck integrity(options.database, &window);
    city.changes().start();
    if (options.wall) {
        if (auto exitCode = runWall(options, window, app))
            return *exitCode;
    }
    if (!options.screenshot.isEmpty()) {
        const int exitCode = runScreenshot(options.screenshot, window, app);
        Cc::App::startupMark("event loop left");
        return exitCode;
    }
    window.showMaximized();
    const int exitCode = app.exec();
    Cc::App::startupMark("event loop left");
    return exitCode;
}
