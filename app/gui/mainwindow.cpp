// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "clipevidence.h"
#include "notifications.h"
#include "videoanalytics.h"

#include "calendarbanner.h"

#include <cc/cases_widgets/dutybar.h>

#include "../common/appsupport.h"
#include "startuptrace.h"

#include <cc/overview/overviewpanel.h>
#include <cc/sync_widgets/hubstatuswidget.h>

#include <cc/bulletin/bulletin.h>
#include <cc/cases/auth.h>
#include <cc/cases/caseservice.h>
#include <cc/cases/kpipublication.h>
#include <cc/cases/orgstore.h>
#include <cc/cases_widgets/campaignview.h>
#include <cc/cases_widgets/caselistmodel.h>
#include <cc/cases_widgets/casepanel.h>
#include <cc/cases_widgets/configdialog.h>
#include <cc/cases_widgets/evaluationview.h>
#include <cc/cases_widgets/passworddialog.h>
#include <cc/city/citycontext.h>
#include <cc/map_widgets/areadrawer.h>
#include <cc/map_widgets/mapcanvas.h>
#include <cc/map_widgets/mappanel.h>
#include <cc/map_widgets/placepreview.h>
#include <cc/map_widgets/pointpicker.h>
#include <cc/storage/database.h>
#include <cc/video_quick/videowall.h>

#include <QAction>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QQuickWindow>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace Cc::App {

using namespace Cc::Overview;

namespace {

constexpr int kOverviewMinWindowWidth = 1500;
constexpr double kCaseZoomMetresPerPixel = 1.5; // "on the map": the case and its street

QTableView *caseView(CasesWidgets::CaseListModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    CasesWidgets::CaseListModel::setUpView(view);
    view->setAlternatingRowColors(true);
    return view;
}

QWidget *titled(const QString &title, QWidget *content)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title);
    label->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

MainWindow::MainWindow(City::CityContext &city, Cases::CaseService &service,
                       const Cases::Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_city(city)
    , m_service(&service)
    , m_session(session)
{
    setWindowTitle(tr("CityCommand — Digital City Management Command Centre"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/citycommand.svg")));

    Storage::Database &db = city.database();
    m_tabs = new QTabWidget;
    // The grid map: a supervisor edits grid boundaries (the map re-checks the role).
    m_map = new MapWidgets::MapPanel(db, session ? session->user.login : QString(),
                                     session && session->has(Core::Role::Supervisor));
    m_map->setCity(city);
    startupMark("map panel (its layers read)");
    const auto addPage = [this](Tab tab, QWidget *page, const QString &title) {
        m_tabPages.insert(tab, page);
        m_tabs->addTab(page, title);
    };
    if (session) {
        addPage(Tab::Workbench, buildWorkbench(service, *session),
                tr("Workbench — %1").arg(session->user.displayName));
        startupMark("workbench");
    }
    addPage(Tab::Map, m_map, tr("Grid map"));
    addPage(Tab::Cases, buildCasesTab(), tr("Cases"));
    addPage(Tab::Video, buildVideoTab(), tr("Video wall"));
    // 视频发现: what cityvision found in the cameras' zones, for the operator to decide.
    m_analytics = std::make_unique<VideoAnalytics>(service, db, session);
    m_findings = m_analytics->createQueue();
    addPage(Tab::Findings, m_findings, tr("Video findings"));
    connect(m_findings, &AnalyticsWidgets::CandidateQueue::pendingChanged, this, [this](int n) {
        m_tabs->setTabText(m_tabs->indexOf(m_findings),
                           n > 0 ? tr("Video findings (%1)").arg(n) : tr("Video findings"));
    });
    m_evaluation = new CasesWidgets::EvaluationView(city);
    // 值班长 and administrators publish a period's figures (the service checks it again).
    if (session) {
        for (Core::Role role : {Core::Role::ShiftLeader, Core::Role::Admin}) {
            if (session->has(role)) {
                m_evaluation->setPublisher(session->user.login, role);
                break;
            }
        }
    }
    // 通报: the bulletin module is wired in here, the evaluation tab may not link it
    // (docs/design.md §2). The dialog calls this on a worker thread: a connection of its own.
    m_evaluation->setBulletinWriter([](const CasesWidgets::BulletinRequest &r) {
        return Bulletin::writeBulletinFrom(r.databasePath, r.kind, r.period,
                                           Reports::formatFromId(r.format), r.file, r.now);
    });
    addPage(Tab::Evaluation, m_evaluation, tr("Evaluation"));
    addPage(Tab::Campaigns, buildCampaignsTab(), tr("Campaigns"));
    setCentralWidget(m_tabs);
    addCalendarBanner(this, city,
                      session && session->has(Core::Role::Admin) ? session->user.login : QString(),
                      QDate::currentDate());
    startupMark("cases, video and evaluation tabs");
    connect(m_map, &MapWidgets::MapPanel::openCaseRequested, this, [this](const QString &caseId) {
        if (m_casePanel && m_casePanel->showCase(caseId))
            showTab(Tab::Workbench);
        else
            m_status->setText(tr("Log in to open cases from the map."));
    });
    connect(m_map, &MapWidgets::MapPanel::playCameraRequested, this, &MainWindow::playCamera);
    if (m_casePanel) {
        // The workbench's links: a report's point picked on the map, a case shown on the
        // map, the cameras nearest a case on the wall.
        m_casePanel->setPointPicker([this](QWidget *parent, std::optional<QPointF> current) {
            return MapWidgets::PointPickerDialog::pick(*m_map, parent, current);
        });
        // The new report's address match, shown on a small copy of the grid map.
        m_casePanel->setPlacePreviewMaker([this](QWidget *parent) {
            auto *preview = new MapWidgets::PlacePreviewMap(*m_map, parent);
            return CasesWidgets::IntakeDialog::PlacePreview{preview,
                                                            [preview](const QPointF &lonLat) {
                                                                preview->showPlace(lonLat);
                                                            }};
        });
        m_casePanel->setLinks(CasesWidgets::CaseDetailView::Link::Map
                              | CasesWidgets::CaseDetailView::Link::Cameras);
        connect(m_casePanel, &CasesWidgets::CasePanel::showOnMapRequested, this,
                [this](const QString &, const QPointF &lonLat) {
                    showTab(Tab::Map);
                    m_map->canvas()->zoomToPoint(lonLat, kCaseZoomMetresPerPixel);
                });
        connect(m_casePanel, &CasesWidgets::CasePanel::camerasNearRequested, this,
                &MainWindow::showOnWall);
        connect(m_casePanel, &CasesWidgets::CasePanel::recordingsNearRequested, this,
                &MainWindow::showRecordingsOnWall);
    }

    m_overview = new OverviewPanel;
    m_overviewDock = new QDockWidget(tr("City overview"));
    m_overviewDock->setObjectName(QStringLiteral("overviewDock"));
    m_overviewDock->setWidget(m_overview);
    m_overviewDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                                | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_overviewDock);

    m_status = new QLabel;
    m_hub = new SyncWidgets::HubStatusWidget(db.path());
    statusBar()->addWidget(m_status, 1);
    m_rulesVersion = new QLabel;
    m_rulesVersion->setObjectName(QStringLiteral("rulesVersion"));
    showRulesVersion();
    statusBar()->addPermanentWidget(m_rulesVersion);
    if (auto newest = Cases::OrgStore(m_city.database()).newestChange())
        m_orgChange = newest->id;
    statusBar()->addPermanentWidget(m_hub);
    buildMenus();
    followChanges();
    startupMark("overview dock, hub status, menus");
    refresh();
    startupMark("overview read");
}

/// The workbench: the case panel under the shift on duty (docs/duty.md), with the clips
/// attached to cases in its timelines.
QWidget *MainWindow::buildWorkbench(Cases::CaseService &service, const Cases::Session &session)
{
    m_casePanel = new CasesWidgets::CasePanel(m_city, service, session);
    m_clipEvidence = std::make_unique<ClipEvidence>(service, m_city.database(), session);
    m_casePanel->setTimelineNotes(
        [this](const QString &caseId) { return m_clipEvidence->notes(caseId); });
    connect(m_casePanel, &CasesWidgets::CasePanel::timelineLinkActivated, this,
            [this](const QString &link) {
                if (auto r = m_clipEvidence->open(link, this); !r)
                    m_status->setText(r.error().message);
            });
    // The shift on duty over the workbench (docs/duty.md).
    auto *workbench = new QWidget;
    auto *workbenchLayout = new QVBoxLayout(workbench);
    workbenchLayout->setContentsMargins(0, 0, 0, 0);
    workbenchLayout->setSpacing(0);
    m_dutyBar = new CasesWidgets::DutyBar(m_city, session.user.login, workbench);
    workbenchLayout->addWidget(m_dutyBar);
    workbenchLayout->addWidget(m_casePanel, 1);
    return workbench;
}

void MainWindow::followChanges()
{
    // One notifier for every view: the user's own steps show at once, other workstations'
    // within its interval, and rows the hub delivers as they arrive. (The workbench follows
    // it by itself.)
    City::ChangeNotifier &changes = m_city.changes();
    connect(&changes, &City::ChangeNotifier::changed, this, &MainWindow::refresh);
    // The map reads its layers at its own pace (at most every few seconds while shown, else
    // when shown again): reading them is not free at millions of cases.
    for (auto layer :
         {&City::ChangeNotifier::casesChanged, &City::ChangeNotifier::gridsChanged,
          &City::ChangeNotifier::componentsChanged, &City::ChangeNotifier::camerasChanged})
        connect(&changes, layer, m_map, &MapWidgets::MapPanel::dataChanged);
    connect(m_hub, &SyncWidgets::HubStatusWidget::changesArrived, &changes,
            &City::ChangeNotifier::checkNow);
    connect(&changes, &City::ChangeNotifier::referenceChanged, this, &MainWindow::takeNewRules);
}

void MainWindow::showRulesVersion()
{
    //: 中心规则（类别、立结案标准、时限、派遣）的版本；0 = 国家标准默认
    m_rulesVersion->setText(m_city.configVersion() == 0
                                ? tr("Rules: national defaults")
                                : tr("Rules: version %1").arg(m_city.configVersion()));
    m_rulesVersion->setToolTip(
        tr("The centre's categories, filing and closing standards, time limits and routing "
           "(docs/config.md). Cases keep the rules they were reported under."));
}

void MainWindow::noteOrgChange()
{
    // One change of departments and users is one row, applied whole: say so once it is here.
    auto newest = Cases::OrgStore(m_city.database()).newestChange();
    if (!newest || newest->id.isEmpty() || newest->id == m_orgChange)
        return;
    m_orgChange = newest->id;
    //: 部门与人员已更新
    statusBar()->showMessage(tr("Departments and users changed by %1: %2")
                                 .arg(newest->changedByName, newest->summary),
                             60000);
}

void MainWindow::takeNewRules()
{
    noteOrgChange();
    auto changed = m_city.reloadConfig();
    if (!changed) {
        statusBar()->showMessage(changed.error().message, 30000);
        return;
    }
    if (!changed.value())
        return;
    showRulesVersion();
    // Applied whole (one version is one row): say so where the operators look.
    statusBar()->showMessage(tr("The centre's rules are now version %1: new reports use its "
                                "categories, standards, limits and routing; cases reported "
                                "before keep theirs.")
                                 .arg(m_city.configVersion()),
                             60000);
}

void MainWindow::openRulesSettings()
{
    if (!m_session || !m_service)
        return;
    CasesWidgets::ConfigDialog dialog(m_city.database(), m_session->user.login, this);
    dialog.exec();
    takeNewRules();
}

void MainWindow::refreshAll()
{
    m_city.changes().refreshAll();
    if (m_casePanel && m_tabs->currentWidget() == m_tabPages.value(Tab::Workbench)) {
        m_casePanel->refresh();
        m_dutyBar->refresh();
    } else if (m_tabs->currentWidget() == m_evaluation)
        m_evaluation->evaluate();
}

MainWindow::~MainWindow() = default;

VideoQuick::VideoWall *MainWindow::openVideoWall(bool fullScreen)
{
    if (!m_wall) {
        m_wallSettings = std::make_unique<QSettings>();
        m_wall = std::make_unique<VideoQuick::VideoWall>(*m_wallSettings);
        m_wall->controller().setOnvifTemplate(
            !m_onvifTemplate.isEmpty()
                ? m_onvifTemplate
                : m_wallSettings->value(QStringLiteral("video/onvifTemplate")).toString());
        m_wall->setCameras(m_snapshot ? m_snapshot->cameras : QList<Storage::CameraRow>{});
        // Layouts, presets and transports are this database's: another one has other cameras.
        m_wall->controller().setScope(QFileInfo(m_city.database().path()).absoluteFilePath());
        m_wall->controller().setRecordingRoot(recordingRoot());
        // A case seen on camera is registered by an operator (受理员), like the hotlines.
        if (m_service && m_session && m_session->has(Core::Role::Operator)) {
            m_wall->controller().setCaseReporter(
                [this](const Cases::NewReport &report) -> Result<QString> {
                    auto row = m_service->report(report, m_session->actor(Core::Role::Operator));
                    if (!row)
                        return row.error();
                    return row->number;
                },
                m_city.categories());
        }
        if (m_clipEvidence)
            m_wall->controller().setClipAttacher(m_clipEvidence->attacher());
        m_wall->controller().setZoneHooks(m_analytics->zoneHooks());
    }
    m_wall->show(fullScreen); // creates the window on first use
    // The wall is a Qt Quick window, which the widgets' shortcuts do not reach: Ctrl+N there too.
    if (m_wall->window())
        m_wall->window()->installEventFilter(this); // once: installing again moves it first
    return m_wall.get();
}

QString MainWindow::recordingRoot() const
{
    if (!m_recordingRoot.isEmpty())
        return m_recordingRoot;
    const QString set = QSettings().value(QStringLiteral("video/recordingRoot")).toString();
    if (!set.isEmpty())
        return set;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recordings"));
}

void MainWindow::showRecordingsOnWall(const QPointF &lonLat, const QDateTime &at, int minutesBefore)
{
    auto *wall = openVideoWall();
    // The case shown in the workbench is the one a clip marked now goes to.
    QString caseNumber;
    if (m_casePanel && m_service && !m_casePanel->currentCaseId().isEmpty())
        if (auto row = m_service->find(m_casePanel->currentCaseId()))
            caseNumber = row->number;
    const int found = wall->controller().showRecordingsNear(lonLat.x(), lonLat.y(), at,
                                                            minutesBefore, caseNumber);
    if (found == 0)
        m_status->setText(tr("No recordings of the cameras near the case at %1")
                              .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::showOnWall(const QPointF &lonLat)
{
    openVideoWall()->controller().showNearest(lonLat.x(), lonLat.y());
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addNewReportAction(file);
    QAction *reload = file->addAction(tr("&Refresh"), this, &MainWindow::refreshAll);
    reload->setShortcut(QKeySequence::Refresh);
    if (m_session) {
        file->addAction(tr("Change my &password…"), this, [this] {
            CasesWidgets::PasswordDialog dialog(m_city.database(), m_session->user.login, this);
            if (dialog.exec() == QDialog::Accepted)
                statusBar()->showMessage(tr("Password changed."), 5000);
        });
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const struct
    {
        Tab tab;
        QString text;
        const char *key;
    } tabs[] = {{Tab::Map, tr("Grid &map"), "Ctrl+1"},
                {Tab::Cases, tr("&Cases"), "Ctrl+2"},
                {Tab::Video, tr("&Video wall"), "Ctrl+3"},
                {Tab::Evaluation, tr("&Evaluation"), "Ctrl+4"},
                {Tab::Campaigns, tr("Cam&paigns"), "Ctrl+5"},
                {Tab::Findings, tr("Video &findings"), "Ctrl+6"},
                {Tab::Workbench, tr("&Workbench"), "Ctrl+0"}};
    for (const auto &t : tabs) {
        if (!m_tabPages.contains(t.tab))
            continue;
        QAction *a = view->addAction(t.text, this, [this, tab = t.tab] { showTab(tab); });
        a->setShortcut(QKeySequence(QString::fromLatin1(t.key)));
    }
    view->addSeparator();
    QAction *overview = m_overviewDock->toggleViewAction();
    overview->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    // Once the user chose, the window's width no longer decides.
    connect(overview, &QAction::triggered, this, [this] { m_overviewChosen = true; });
    view->addAction(overview);
    QAction *wall = view->addAction(tr("Open the video &wall window"), this,
                                    [this] { openVideoWall(); });
    wall->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+V")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CityCommand"), this, [this] {
        QMessageBox::about(
            this, tr("About CityCommand"),
            tr("<h3>CityCommand %1</h3><p>Command-hall client for digital city "
               "management (数字城管): the seven-step closed loop, grid map and video "
               "wall on one local GeoPackage database.</p>")
                .arg(QStringLiteral(CC_VERSION)));
    });
}

void MainWindow::setNotifications(Notifications *notifications)
{
    if (m_casePanel) {
        // The case timeline: the notices sent about it and its video evidence, in time order.
        m_casePanel->setTimelineNotes(
            [this, sent = notifications->timelineNotes()](const QString &caseId) {
                auto notes = sent(caseId);
                if (m_clipEvidence)
                    notes += m_clipEvidence->notes(caseId);
                std::stable_sort(notes.begin(), notes.end(),
                                 [](const auto &a, const auto &b) { return a.at < b.at; });
                return notes;
            });
    }
    // Who may change who is told what: the centre's shift leaders and the admin.
    if (m_session && !m_session->has(Core::Role::ShiftLeader) && !m_session->has(Core::Role::Admin))
        return;
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Notifications…"), this,
                        [this, notifications] { notifications->openSettings(this); });
    // The centre's rules are an administrator's (the service checks it again).
    if (m_session && m_session->has(Core::Role::Admin)) {
        //: 中心规则：类别、立结案标准、时限、派遣
        QAction *rules = settings->addAction(tr("Centre &rules…"), this,
                                             &MainWindow::openRulesSettings);
        rules->setObjectName(QStringLiteral("rulesSettingsAction"));
    }
}

void MainWindow::addNewReportAction(QMenu *menu)
{
    //: 新建上报
    QAction *newReport = menu->addAction(tr("&New report…"), this, &MainWindow::newReport);
    newReport->setObjectName(QStringLiteral("newReportAction"));
    newReport->setShortcut(QKeySequence::New);
    // From every tab and from the video wall's window too.
    newReport->setShortcutContext(Qt::ApplicationShortcut);
    menu->addSeparator();
}

void MainWindow::showHotspots()
{
    showTab(Tab::Map);
    m_map->showHotspots();
}

QString MainWindow::showEvaluation(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    const Cases::FigureScope scope = Cases::figureScopeFromId(parts.value(0));
    const auto period = Cases::parsePeriod(parts.value(1));
    if (scope == Cases::FigureScope::Invalid || scope == Cases::FigureScope::City || !period)
        return tr("--evaluation takes SCOPE:PERIOD[:compare][:rate], e.g. street:2026-11:compare");
    showTab(Tab::Evaluation);
    m_evaluation->setFigureScope(scope);
    m_evaluation->setPeriod(period->first, period->last);
    m_evaluation->setComparing(parts.contains(QLatin1String("compare")));
    if (parts.contains(QLatin1String("rate")))
        m_evaluation->setChartMeasure(CasesWidgets::EvaluationView::ChartMeasure::CloseRate);
    m_evaluation->evaluate();
    return {};
}

void MainWindow::newReport()
{
    if (!m_casePanel) {
        statusBar()->showMessage(tr("Log in to register reports."), 5000);
        return;
    }
    showTab(Tab::Workbench);
    // Coming from the wall: the dialog opens over this window.
    raise();
    activateWindow();
    m_casePanel->newReport();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (m_wall && watched == m_wall->window() && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::New)) {
        newReport();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // A 1366-pixel desk needs the width for the lists: the overview folds away (View menu,
    // Ctrl+Shift+O brings it back) until the user decides.
    if (!m_overviewChosen && m_overviewDock)
        m_overviewDock->setVisible(width() >= kOverviewMinWindowWidth);
}

QWidget *MainWindow::buildCasesTab()
{
    // The case workflow's table model, over the overview's short lists.
    m_latest = new CasesWidgets::CaseListModel(m_city.database(), m_city.categories(),
                                               m_city.calendar(), this);
    m_overdue = new CasesWidgets::CaseListModel(m_city.database(), m_city.categories(),
                                                m_city.calendar(), this);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(titled(tr("Overdue cases (most overdue first)"), caseView(m_overdue)));
    splitter->addWidget(titled(tr("Newest cases"), caseView(m_latest)));
    return splitter;
}

QWidget *MainWindow::buildCampaignsTab()
{
    m_campaigns = new CasesWidgets::CampaignView(m_city);
    // 新建专项 draws its area with the map's own drawing (the canvas's SketchArea tool).
    m_campaigns->setAreaDrawer([this](QWidget *parent, const Core::PolygonRings &current) {
        return MapWidgets::AreaDrawDialog::draw(*m_map, parent, current);
    });
    // 值班长 and administrators define campaigns (the store checks the role again).
    if (m_session) {
        for (Core::Role role : {Core::Role::ShiftLeader, Core::Role::Admin}) {
            if (m_session->has(role)) {
                m_campaigns->setDefiner(m_session->user.login, role);
                break;
            }
        }
    }
    // Each report retags its campaign's cases: read when the tab is shown, not on every change.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_campaigns)
            m_campaigns->refresh();
    });
    return m_campaigns;
}

QWidget *MainWindow::buildVideoTab()
{
    m_cameras = new QTableWidget(0, 5);
    m_cameras->setHorizontalHeaderLabels(
        {tr("Camera"), tr("Group"), tr("Unit grid"), tr("PTZ"), tr("Stream")});
    m_cameras->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_cameras->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_cameras->verticalHeader()->hide();
    m_cameras->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cameras->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cameras->setAlternatingRowColors(true);
    // Double-click a camera: the wall with it and its nearest neighbours.
    connect(m_cameras, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (m_snapshot && row >= 0 && row < m_snapshot->cameras.size())
            showOnWall(m_snapshot->cameras[row].geom);
    });
    auto *box = titled(tr("Cameras (部件 0136) of the city"), m_cameras);
    auto *open = new QPushButton(
        tr("Open video wall (Ctrl+Shift+V) · double-click a camera: show it and its neighbours"));
    connect(open, &QPushButton::clicked, this, [this] { openVideoWall(); });
    static_cast<QVBoxLayout *>(box->layout())->insertWidget(1, open, 0, Qt::AlignLeft);
    return box;
}

void MainWindow::fillCameras()
{
    QHash<QString, QString> names;
    for (const Storage::CameraRow &camera : m_snapshot->cameras)
        names.insert(camera.id, camera.name);
    m_findings->setCameraNames(names);
    m_cameras->setRowCount(0);
    for (const Storage::CameraRow &camera : m_snapshot->cameras) {
        const int row = m_cameras->rowCount();
        m_cameras->insertRow(row);
        m_cameras->setItem(row, 0, new QTableWidgetItem(camera.name));
        m_cameras->setItem(row, 1, new QTableWidgetItem(camera.groupName));
        m_cameras->setItem(row, 2, new QTableWidgetItem(camera.gridCode));
        m_cameras->setItem(row, 3, new QTableWidgetItem(camera.ptz ? tr("yes") : tr("no")));
        m_cameras->setItem(row, 4, new QTableWidgetItem(redactCredentials(camera.urlMain)));
    }
}

void MainWindow::playCamera(const QString &cameraId)
{
    // The camera clicked on the map: on the wall with its nearest neighbours, and picked in
    // the camera list.
    if (!m_snapshot)
        return;
    for (int i = 0; i < int(m_snapshot->cameras.size()); ++i) {
        if (m_snapshot->cameras[i].id == cameraId) {
            if (i < m_cameras->rowCount())
                m_cameras->selectRow(i);
            showOnWall(m_snapshot->cameras[i].geom);
            return;
        }
    }
}

void MainWindow::showTab(Tab tab)
{
    if (QWidget *page = m_tabPages.value(tab))
        m_tabs->setCurrentWidget(page);
}

bool MainWindow::refresh()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto snapshot = loadSnapshot(m_city, now);
    if (!snapshot) {
        m_status->setText(tr("Could not read the database: %1").arg(snapshot.error().message));
        return false;
    }
    m_snapshot = std::make_unique<CitySnapshot>(std::move(snapshot.value()));
    if (!m_snapshot->cityName.isEmpty())
        setWindowTitle(tr("CityCommand — %1 Digital City Management Command Centre")
                           .arg(m_snapshot->cityName));
    m_overview->setSnapshot(*m_snapshot);
    m_latest->setRows(m_snapshot->latest);
    m_overdue->setRows(m_snapshot->overdue);
    fillCameras();
    // The city's clock, as every time the cases show (not the machine's zone).
    m_status->setText(tr("Local database %1 · updated %2")
                          .arg(m_city.database().path(),
                               QLocale().toString(m_city.local(now).time(), QLocale::ShortFormat)));
    return true;
}

} // namespace Cc::App
