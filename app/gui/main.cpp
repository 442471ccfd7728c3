// SPDX-License-Identifier: GPL-3.0-or-later
// citycommand: the command-hall desktop client.
#include "../common/appsupport.h"
#include "integritycheck.h"
#include "mainwindow.h"

#include <cc/cases/auth.h>
#include <cc/cases/caseservice.h>
#include <cc/cases_widgets/logindialog.h>
#include <cc/core/category.h>
#include <cc/core/workcalendar.h>
#include <cc/demogen/democity.h>
#include <cc/storage/repositories.h>
#include <cc/storage/database.h>
#include <cc/video_quick/videowall.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QQuickWindow>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

// The command hall works in dim light: a dark theme with one accent colour.
const char kStyleSheet[] = R"(
QMainWindow, QWidget { background: #0f1724; color: #d0d8e4; }
QMenuBar, QMenu, QStatusBar { background: #0b121d; color: #d0d8e4; }
QMenu::item:selected, QMenuBar::item:selected { background: #1f3a5f; }
QTabWidget::pane { border: 1px solid #24344d; }
QTabBar::tab { background: #131e2f; color: #9fb0c6; padding: 6px 18px; border: 1px solid #24344d; }
QTabBar::tab:selected { background: #1f3a5f; color: #ffffff; }
QDockWidget::title { background: #0b121d; padding: 4px; }
QTableView, QTableWidget { background: #111b2a; alternate-background-color: #15223a;
    gridline-color: #24344d; selection-background-color: #1f3a5f; }
QHeaderView::section { background: #0b121d; color: #9fb0c6; border: 0; padding: 4px; }
#tile { background: #15223a; border-radius: 6px; }
#alarmTile { background: #3a1820; border-radius: 6px; }
#tileValue { font-size: 20px; font-weight: bold; color: #ffffff; background: transparent; }
#tileCaption { color: #8fa3bd; background: transparent; }
#sectionTitle { font-weight: bold; color: #8fc4ea; padding: 6px 2px 2px 2px; }
)";

QString defaultDatabase()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-city.gpkg"));
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
    auto summary = Cc::Demo::writeDemoCity(**db, {}, [&progress](int done, int total, const QString &what) {
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
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("citycommand"));
    QApplication::setApplicationDisplayName(QStringLiteral("CityCommand"));
    QApplication::setOrganizationName(QStringLiteral("CityCommand"));
    QApplication::setApplicationVersion(QStringLiteral(CC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CityCommand — digital city-management command centre"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Local database (GeoPackage)."),
                                      QStringLiteral("FILE"), defaultDatabase());
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("UI language (zh_CN, en)."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Write a PNG of the window and exit."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QStringLiteral("Tab to show: workbench, map, cases, video, evaluation."),
                                       QStringLiteral("TAB"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("Log in as LOGIN (password asked, or taken from the "
                                                       "environment variable CITYCOMMAND_PASSWORD)."),
                                        QStringLiteral("LOGIN"));
    const QCommandLineOption wallOption(QStringLiteral("wall"),
                                        QStringLiteral("Open the video wall window at start (with --screenshot: "
                                                       "grab the wall once its tiles play)."));
    const QCommandLineOption wallLayoutOption(QStringLiteral("wall-layout"),
                                              QStringLiteral("Video wall layout: 1, 4, 9, 16, 25, 36, 1+5, 1+7, 2+8."),
                                              QStringLiteral("LAYOUT"));
    const QCommandLineOption wallMeasureOption(QStringLiteral("wall-measure"),
                                               QStringLiteral("With --wall: print the rendered wall's CPU, redraws/s, "
                                                              "fps per tile and memory over SECONDS, then exit."),
                                               QStringLiteral("SECONDS"));
    parser.addOptions({dbOption, langOption, screenshotOption, tabOption, userOption, wallOption, wallLayoutOption,
                       wallMeasureOption});
    parser.process(app);

    Cc::App::installTranslations(app, parser.value(langOption));
    app.setStyleSheet(QString::fromLatin1(kStyleSheet));

    const QString path = parser.value(dbOption);
    if (!QFileInfo::exists(path) && !parser.isSet(dbOption) && !writeDemo(path))
        return 1;
    // The page-by-page integrity check reads the whole file (seconds on a large city): it
    // runs after start on its own thread, and the window says so if it finds damage.
    auto db = Cc::Storage::Database::open(path, Cc::Storage::Database::OpenMode::ReadWrite,
                                          Cc::Storage::Database::IntegrityCheck::Deferred);
    if (!db) {
        const QString message = QObject::tr("Cannot open the local database %1:\n%2").arg(path, db.error().message);
        if (parser.isSet(screenshotOption))
            qCritical("%s", qPrintable(message));
        else
            QMessageBox::critical(nullptr, QObject::tr("CityCommand"), message);
        return 1;
    }

    // The workflow runs on the city's own calendar when the database carries one.
    Cc::Core::WorkCalendar calendar = Cc::Core::WorkCalendar::chinaDefault();
    if (auto stored = Cc::Storage::CalendarRepository(**db).load(); stored && stored.value()) {
        if (auto parsed = Cc::Core::WorkCalendar::fromJson(*stored.value()))
            calendar = parsed.value();
    }
    Cc::Cases::CaseService service(**db, Cc::Core::CategoryDictionary::builtin(), calendar);

    // Log in: non-interactively with --user and CITYCOMMAND_PASSWORD (kiosks, screenshots),
    // else through the login dialog. A screenshot without credentials shows the public views.
    std::optional<Cc::Cases::Session> session;
    const QString password = qEnvironmentVariable("CITYCOMMAND_PASSWORD");
    if (parser.isSet(userOption) && !password.isEmpty()) {
        auto loggedIn = Cc::Cases::AuthService(**db).login(parser.value(userOption), password);
        if (!loggedIn) {
            qCritical("%s", qPrintable(loggedIn.error().message));
            return 1;
        }
        session = loggedIn.value();
    } else if (!parser.isSet(screenshotOption) && !parser.isSet(wallMeasureOption)) {
        Cc::CasesWidgets::LoginDialog login(**db);
        if (parser.isSet(userOption))
            login.setLogin(parser.value(userOption));
        if (login.exec() != QDialog::Accepted)
            return 0;
        session = login.session();
    }

    Cc::App::MainWindow window(**db, service, session ? &*session : nullptr);
    using Tab = Cc::App::MainWindow::Tab;
    const QHash<QString, Tab> tabs = {{"workbench", Tab::Workbench}, {"map", Tab::Map},
                                      {"cases", Tab::Cases}, {"video", Tab::Video},
                                      {"evaluation", Tab::Evaluation}};
    window.showTab(tabs.value(parser.value(tabOption), session ? Tab::Workbench : Tab::Map));
    Cc::App::IntegrityCheck integrity(path, &window);
    if (parser.isSet(wallOption)) {
        auto *wall = window.openVideoWall();
        if (parser.isSet(wallLayoutOption) && !wall->controller().setLayout(parser.value(wallLayoutOption))) {
            qCritical("unknown wall layout %s", qPrintable(parser.value(wallLayoutOption)));
            return 2;
        }
        if (parser.isSet(wallMeasureOption)) {
            wall->measureRendering(10000, parser.value(wallMeasureOption).toInt() * 1000, [&app](const QString &r) {
                std::printf("%s\n", qPrintable(r));
                app.exit(0);
            });
            return app.exec();
        }
        if (parser.isSet(screenshotOption)) {
            if (!wall->window()) {
                qCritical("%s", qPrintable(wall->loadError()));
                return 1;
            }
            wall->window()->resize(1600, 900);
            const QString file = parser.value(screenshotOption);
            wall->screenshotWhenReady(file, 30000, [&app](bool ok) { app.exit(ok ? 0 : 1); });
            return app.exec();
        }
    }
    if (parser.isSet(screenshotOption)) {
        window.resize(1600, 900);
        window.show();
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(300, &app, [&window, &app, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                qCritical("cannot write %s", qPrintable(file));
            app.exit(saved ? 0 : 1);
        });
        return app.exec();
    }
    window.showMaximized();
    return app.exec();
}
