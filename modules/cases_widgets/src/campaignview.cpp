// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/campaignview.h>

#include <cc/cases_widgets/campaigndialog.h>

#include "surveytaskdialog.h"

#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace Cc::CasesWidgets {

namespace {

QTableWidget *newTable(const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem *cell(qint64 n)
{
    return cell(QLocale().toString(n), true);
}

QString rateText(std::optional<double> rate)
{
    return rate ? QStringLiteral("%1 %").arg(*rate, 0, 'f', 2) : QStringLiteral("—");
}

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

} // namespace

/// What the list shows, read on a worker thread.
struct CampaignView::Listing
{
    bool ok = false;
    QString error;
    QList<Cases::CampaignReport> reports;
    QHash<QString, QString> gridCommunity;
};

namespace {

/// The campaigns with their reports on a connection of the worker's own (as the bulletin
/// writer does, Bulletin::writeBulletinFrom): a report retags its campaign's cases first, which
/// writes, so the connection reads and writes; SQLite's WAL lets the GUI's connection go on.
void readListing(const QString &path, const QDateTime &now, CampaignView::Listing &out)
{
    auto db = Storage::Database::open(path, Storage::Database::OpenMode::ReadWrite,
                                      Storage::Database::IntegrityCheck::Deferred);
    if (!db) {
        out.error = db.error().message;
        return;
    }
    auto city = City::CityContext::load(**db);
    if (!city) {
        out.error = city.error().message;
        return;
    }
    Cases::CampaignStore store(**db, (*city)->categories(), (*city)->calendar());
    auto all = store.all();
    auto areas = Cases::campaignAreaChoices(**db);
    if (!all || !areas) {
        out.error = (!all ? all.error() : areas.error()).message;
        return;
    }
    for (const auto &[code, community] : areas->unitGrids)
        out.gridCommunity.insert(code, community);
    for (const Cases::Campaign &c : all.value()) {
        auto r = store.report(c.id, now); // the module's counting, as cityctl's
        if (!r) {
            out.error = r.error().message;
            return;
        }
        out.reports << r.value();
    }
    out.ok = true;
}

} // namespace

CampaignView::CampaignView(const City::CityContext &city, QWidget *parent)
    : QWidget(parent)
    , m_city(city)
{
    m_create = new QPushButton(tr("New campaign…"));
    m_create->setObjectName(QStringLiteral("newCampaign"));
    m_create->setEnabled(false);
    m_create->setToolTip(tr("Only a shift leader or an administrator may define campaigns."));
    connect(m_create, &QPushButton::clicked, this, &CampaignView::createCampaign);
    m_reload = new QPushButton(tr("Refresh"));
    connect(m_reload, &QPushButton::clicked, this, &CampaignView::refresh);
    m_assign = new QPushButton(tr("Give survey task…"));
    m_assign->setObjectName(QStringLiteral("assignSurveyTask"));
    m_assign->setEnabled(false);
    connect(m_assign, &QPushButton::clicked, this, &CampaignView::assignTaskInteractively);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_assign);
    buttons->addWidget(m_reload);
    buttons->addStretch(1);
    m_busy = new QWidget;
    m_busy->setObjectName(QStringLiteral("campaignsBusy"));
    auto *busyRow = new QHBoxLayout(m_busy);
    busyRow->setContentsMargins(0, 0, 0, 0);
    busyRow->addWidget(new QLabel(tr("Counting the campaigns' cases…")));
    auto *bar = new QProgressBar;
    bar->setRange(0, 0); // busy: how long depends on the number of cases
    bar->setMaximumHeight(12);
    bar->setTextVisible(false);
    busyRow->addWidget(bar, 1);
    m_busy->hide();

    m_campaigns = newTable("campaigns", {tr("Campaign"), tr("Period"), tr("Cases"), tr("Filed"),
                                         tr("Closed"), tr("Closing rate"), tr("Overdue")});
    connect(m_campaigns, &QTableWidget::itemSelectionChanged, this, &CampaignView::showSelected);
    m_report = new QLabel;
    m_report->setObjectName(QStringLiteral("campaignReport"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_topGrids = newTable("topGrids", {tr("Unit grid"), tr("Community"), tr("Cases")});
    m_topCategories = newTable("topCategories", {tr("Category"), tr("Name"), tr("Cases")});
    auto *tops = new QHBoxLayout;
    for (auto [title, table] : {std::pair{tr("Top grids"), m_topGrids},
                                std::pair{tr("Top categories"), m_topCategories}}) {
        auto *box = new QVBoxLayout;
        box->addWidget(heading(title));
        box->addWidget(table);
        tops->addLayout(box);
    }
    m_survey = new QLabel;
    m_survey->setObjectName(QStringLiteral("surveyReport"));
    m_survey->setWordWrap(true);
    m_tasks = newTable("surveyTasks", {});

    auto *detail = new QWidget;
    auto *right = new QVBoxLayout(detail);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(heading(tr("Report")));
    right->addWidget(m_report);
    right->addLayout(tops, 2);
    right->addWidget(heading(tr("专项普查: counting tasks and results")));
    right->addWidget(m_survey);
    right->addWidget(m_tasks, 3);
    auto *list = new QWidget;
    auto *left = new QVBoxLayout(list);
    left->setContentsMargins(0, 0, 0, 0);
    left->addLayout(buttons);
    left->addWidget(m_busy);
    left->addWidget(m_campaigns);
    auto *splitter = new QSplitter;
    splitter->addWidget(list);
    splitter->addWidget(detail);
    // The list's seven columns fit without scrolling at 1366 px; the report takes the rest.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({540, 760});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void CampaignView::setDefiner(const QString &login, Core::Role role)
{
    m_login = login;
    m_role = role;
    const bool may = Cases::CampaignStore::mayDefine(role) && !login.isEmpty();
    m_create->setEnabled(may);
    m_create->setToolTip(may ? tr("Define a 专项整治 or 专项普查 campaign.")
                             : tr("Only a shift leader or an administrator may define campaigns."));
}

void CampaignView::fail(const QString &message)
{
    emit errorOccurred(message);
    if (m_interactive)
        QMessageBox::warning(this, tr("Campaigns"), message);
}

CampaignView::~CampaignView()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void CampaignView::refresh()
{
    if (m_worker) {
        m_readAgain = true;
        return;
    }
    setBusy(true);
    auto listing = std::make_shared<Listing>();
    m_worker = QThread::create([listing, path = m_city.database().path(), at = now()] {
        readListing(path, at, *listing);
    });
    connect(m_worker, &QThread::finished, this, [this, listing] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (std::exchange(m_readAgain, false)) {
            refresh();
            return;
        }
        setBusy(false);
        showListing(*listing);
    });
    m_worker->start();
}

void CampaignView::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_reload->setEnabled(!busy);
}

void CampaignView::showListing(const Listing &listing)
{
    if (!listing.ok) {
        fail(listing.error);
        emit refreshed(false);
        return;
    }
    const QString selected = m_selectAfter.isEmpty() ? selectedName() : m_selectAfter;
    m_selectAfter.clear();
    m_gridCommunity = listing.gridCommunity;
    m_reports = listing.reports;
    const QSignalBlocker blocker(m_campaigns);
    m_campaigns->setRowCount(0);
    for (const Cases::CampaignReport &r : m_reports) {
        const Cases::Campaign &c = r.campaign;
        const int row = m_campaigns->rowCount();
        m_campaigns->insertRow(row);
        m_campaigns->setItem(row, 0, cell(c.name));
        m_campaigns->setItem(row, 1,
                             cell(QStringLiteral("%1 – %2").arg(c.startsOn.toString(Qt::ISODate),
                                                                c.endsOn.toString(Qt::ISODate))));
        m_campaigns->setItem(row, 2, cell(r.cases));
        m_campaigns->setItem(row, 3, cell(r.filed));
        m_campaigns->setItem(row, 4, cell(r.closed));
        m_campaigns->setItem(row, 5, cell(rateText(r.closeRate()), true));
        m_campaigns->setItem(row, 6, cell(r.overdue));
    }
    m_campaigns->resizeColumnsToContents();
    if (!select(selected) && !m_reports.isEmpty())
        m_campaigns->setCurrentCell(0, 0);
    showSelected();
    emit refreshed(true);
}

bool CampaignView::select(const QString &name)
{
    for (int row = 0; row < m_reports.size(); ++row) {
        if (m_reports[row].campaign.name == name) {
            m_campaigns->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

QString CampaignView::selectedName() const
{
    const int row = m_campaigns->currentRow();
    return row >= 0 && row < m_reports.size() ? m_reports[row].campaign.name : QString();
}

QString CampaignView::reportLine() const
{
    return m_report->text();
}

QString CampaignView::surveyLine() const
{
    return m_survey->text();
}

void CampaignView::showSelected()
{
    const int row = m_campaigns->currentRow();
    if (row < 0 || row >= m_reports.size()) {
        m_report->setText(tr("No campaign yet."));
        showTop(m_topGrids, {}, false);
        showTop(m_topCategories, {}, true);
        m_survey->clear();
        m_tasks->setRowCount(0);
        m_assign->setEnabled(false);
        return;
    }
    const Cases::CampaignReport &r = m_reports[row];
    m_report->setText(tr("%1 (%2 – %3): %4 cases, %5 filed, %6 closed (%7), %8 open, %9 overdue")
                          .arg(r.campaign.name, r.campaign.startsOn.toString(Qt::ISODate),
                               r.campaign.endsOn.toString(Qt::ISODate))
                          .arg(r.cases)
                          .arg(r.filed)
                          .arg(r.closed)
                          .arg(rateText(r.closeRate()))
                          .arg(r.open)
                          .arg(r.overdue));
    showTop(m_topGrids, r.topGrids, false);
    showTop(m_topCategories, r.topCategories, true);
    showSurvey(r.campaign);
}

void CampaignView::showTop(QTableWidget *table, const QList<std::pair<QString, qint64>> &top,
                           bool categories)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    table->setRowCount(0);
    for (const auto &[key, n] : top) {
        const int row = table->rowCount();
        table->insertRow(row);
        QString name = m_gridCommunity.value(key);
        if (categories) {
            const Core::Category *c = m_city.categories().findByKey(key);
            name = c ? (chinese ? c->nameZh : c->nameEn) : QString();
        }
        table->setItem(row, 0, cell(key));
        table->setItem(row, 1, cell(name));
        table->setItem(row, 2, cell(n));
    }
    table->resizeColumnsToContents();
}

void CampaignView::showSurvey(const Cases::Campaign &campaign)
{
    Cases::SurveyStore store(m_city.database(), m_city.categories(), m_city.calendar());
    auto r = store.report(campaign.id);
    m_tasks->setRowCount(0);
    if (!r) {
        m_survey->setText(r.error().message);
        return;
    }
    m_assign->setEnabled(m_create->isEnabled() && !r->items.isEmpty());
    if (r->items.isEmpty()) {
        m_survey->setText(tr("Not a survey: this campaign counts no items."));
        m_tasks->setColumnCount(0);
        return;
    }
    QStringList totals;
    for (const Cases::SurveyCount &t : r->totals)
        totals << tr("%1 %2 checked, %3 with problems").arg(t.item).arg(t.checked).arg(t.problems);
    m_survey->setText(tr("%1 of %2 tasks complete · %3")
                          .arg(r->completeTasks())
                          .arg(r->tasks.size())
                          .arg(totals.join(tr("; "))));
    QStringList headers{tr("Unit grid"), tr("Collector")};
    for (const QString &item : r->items)
        headers << tr("%1\nchecked").arg(item) << tr("%1\nproblems").arg(item);
    headers << tr("Surveyed on");
    m_tasks->setColumnCount(int(headers.size()));
    m_tasks->setHorizontalHeaderLabels(headers);
    for (const Cases::SurveyReport::Row &task : r->tasks) {
        const int row = m_tasks->rowCount();
        m_tasks->insertRow(row);
        m_tasks->setItem(row, 0, cell(task.task.gridCode));
        m_tasks->setItem(row, 1, cell(task.task.collectorName));
        for (int i = 0; i < r->items.size(); ++i) {
            const auto &count = task.counts[i];
            m_tasks->setItem(row, 2 + 2 * i,
                             count ? cell(count->checked) : cell(QStringLiteral("—"), true));
            m_tasks->setItem(row, 3 + 2 * i,
                             count ? cell(count->problems) : cell(QStringLiteral("—"), true));
        }
        m_tasks->setItem(row, int(headers.size()) - 1,
                         cell(task.lastSurveyedOn.isValid()
                                  ? task.lastSurveyedOn.toString(Qt::ISODate)
                                  : tr("not yet")));
    }
    m_tasks->resizeColumnsToContents();
}

Result<Cases::SurveyTask> CampaignView::assignTask(const QString &grid,
                                                   const QString &collectorLogin)
{
    const QString campaign = selectedName();
    if (campaign.isEmpty())
        return makeError(QStringLiteral("campaign.not-found"), tr("Select a campaign first."));
    Cases::SurveyStore store(m_city.database(), m_city.categories(), m_city.calendar());
    auto task = store.addTask(campaign, grid, collectorLogin, m_login, m_role);
    if (task)
        showSelected();
    return task;
}

void CampaignView::assignTaskInteractively()
{
    Cases::SurveyStore store(m_city.database(), m_city.categories(), m_city.calendar());
    auto grids = store.gridsInArea(selectedName());
    auto users = Storage::UserRepository(m_city.database()).all();
    if (!grids || !users) {
        fail((!grids ? grids.error() : users.error()).message);
        return;
    }
    QList<std::pair<QString, QString>> collectors;
    for (const Storage::UserRow &u : users.value()) {
        if (u.active && u.roles.contains(Core::roleId(Core::Role::Collector)))
            collectors.append({u.login, u.displayName});
    }
    auto *dialog = new SurveyTaskDialog(
        selectedName(), grids.value(), collectors,
        [this](const QString &grid, const QString &login) { return assignTask(grid, login); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

CampaignDialog *CampaignView::newCampaignDialog()
{
    auto *dialog = new CampaignDialog(m_city, m_login, m_role, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAreaDrawer(m_areaDrawer);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_selectAfter = dialog->saved().name;
        refresh();
        emit campaignCreated(dialog->saved().id);
    });
    return dialog;
}

void CampaignView::createCampaign()
{
    CampaignDialog *dialog = newCampaignDialog();
    if (m_interactive)
        dialog->open();
    else
        dialog->show();
}

} // namespace Cc::CasesWidgets
