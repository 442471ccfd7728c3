// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <cc/sync_widgets/hubstatuswidget.h>

#include "../common/appsupport.h"
#include <cc/overview/casetablemodel.h>
#include <cc/overview/cityoverviewmap.h>
#include <cc/overview/overviewpanel.h>

#include <cc/cases_widgets/casepanel.h>
#include <cc/cases_widgets/evaluationview.h>
#include <cc/storage/database.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Cc::App {

using namespace Cc::Overview;

namespace {

constexpr int kRefreshMs = 30'000;

QTableView *caseView(CaseTableModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(CaseTableModel::Address, QHeaderView::Stretch);
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

MainWindow::MainWindow(Storage::Database &db, Cases::CaseService *service,
                       const Cases::Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
{
    setWindowTitle(tr("CityCommand — Digital City Management Command Centre"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/citycommand.svg")));

    m_tabs = new QTabWidget;
    m_map = new CityOverviewMap;
    const auto addPage = [this](Tab tab, QWidget *page, const QString &title) {
        m_tabPages.insert(tab, page);
        m_tabs->addTab(page, title);
    };
    CasesWidgets::CasePanel *workbench = nullptr;
    if (service && session) {
        workbench = new CasesWidgets::CasePanel(db, *service, *session);
        addPage(Tab::Workbench, workbench, tr("Workbench — %1").arg(session->user.displayName));
    }
    addPage(Tab::Map, m_map, tr("Grid map"));
    addPage(Tab::Cases, buildCasesTab(), tr("Cases"));
    addPage(Tab::Video, buildVideoTab(), tr("Video wall"));
    addPage(Tab::Evaluation, new CasesWidgets::EvaluationView(db), tr("Evaluation"));
    setCentralWidget(m_tabs);

    m_overview = new OverviewPanel;
    auto *dock = new QDockWidget(tr("City overview"));
    dock->setObjectName(QStringLiteral("overviewDock"));
    dock->setWidget(m_overview);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_status = new QLabel;
    // The hub's state; rows arriving from the hub refresh the overview at once.
    m_hub = new SyncWidgets::HubStatusWidget(db.path());
    connect(m_hub, &SyncWidgets::HubStatusWidget::changesArrived, this, &MainWindow::refresh);
    if (workbench) // the queues at once, not at their next 5-second poll
        connect(m_hub, &SyncWidgets::HubStatusWidget::changesArrived, workbench, &CasesWidgets::CasePanel::pollChanges);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_hub);
    buildMenus();

    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &MainWindow::refresh);
    timer->start(kRefreshMs);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *reload = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const struct { Tab tab; QString text; const char *key; } tabs[] = {
        {Tab::Map, tr("Grid &map"), "Ctrl+1"}, {Tab::Cases, tr("&Cases"), "Ctrl+2"},
        {Tab::Video, tr("&Video wall"), "Ctrl+3"}, {Tab::Evaluation, tr("&Evaluation"), "Ctrl+4"},
        {Tab::Workbench, tr("&Workbench"), "Ctrl+0"}};
    for (const auto &t : tabs) {
        if (!m_tabPages.contains(t.tab))
            continue;
        QAction *a = view->addAction(t.text, this, [this, tab = t.tab] { showTab(tab); });
        a->setShortcut(QKeySequence(QString::fromLatin1(t.key)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CityCommand"), this, [this] {
        QMessageBox::about(this, tr("About CityCommand"),
                           tr("<h3>CityCommand %1</h3><p>Command-hall client for digital city "
                              "management (数字城管): the seven-step closed loop, grid map and video "
                              "wall on one local GeoPackage database.</p>").arg(QStringLiteral(CC_VERSION)));
    });
}

QWidget *MainWindow::buildCasesTab()
{
    m_latest = new CaseTableModel(this);
    m_overdue = new CaseTableModel(this);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(titled(tr("Overdue cases (most overdue first)"), caseView(m_overdue)));
    splitter->addWidget(titled(tr("Newest cases"), caseView(m_latest)));
    return splitter;
}

QWidget *MainWindow::buildVideoTab()
{
    m_cameras = new QTableWidget(0, 5);
    m_cameras->setHorizontalHeaderLabels({tr("Camera"), tr("Group"), tr("Unit grid"), tr("PTZ"), tr("Stream")});
    m_cameras->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_cameras->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_cameras->verticalHeader()->hide();
    m_cameras->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cameras->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cameras->setAlternatingRowColors(true);
    return titled(tr("Cameras (部件 0136) of the city"), m_cameras);
}

void MainWindow::fillCameras()
{
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

void MainWindow::showTab(Tab tab)
{
    if (QWidget *page = m_tabPages.value(tab))
        m_tabs->setCurrentWidget(page);
}

bool MainWindow::refresh()
{
    auto snapshot = loadSnapshot(m_db, QDateTime::currentDateTimeUtc());
    if (!snapshot) {
        m_status->setText(tr("Could not read the database: %1").arg(snapshot.error().message));
        return false;
    }
    m_snapshot = std::make_unique<CitySnapshot>(std::move(snapshot.value()));
    if (!m_snapshot->cityName.isEmpty())
        setWindowTitle(tr("CityCommand — %1 Digital City Management Command Centre").arg(m_snapshot->cityName));
    m_overview->setSnapshot(*m_snapshot);
    m_map->setSnapshot(m_snapshot.get());
    m_latest->setCases(m_snapshot->latest);
    m_overdue->setCases(m_snapshot->overdue);
    fillCameras();
    m_status->setText(tr("Local database %1 · updated %2")
                          .arg(m_db.path(), QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    return true;
}

} // namespace Cc::App
