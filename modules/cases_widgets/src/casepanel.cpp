// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/casepanel.h>

#include <cc/cases/casepanelqueries.h>
#include <cc/cases_widgets/actiondialog.h>
#include <cc/cases_widgets/casedetailview.h>
#include <cc/cases_widgets/casefilterbar.h>
#include <cc/cases_widgets/caselistmodel.h>
#include <cc/cases_widgets/intakedialog.h>
#include <cc/storage/repositories.h>

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

using Core::CaseAction;
using Core::Role;

namespace {

const QString kAll = QStringLiteral("all");
const QString kOverdue = QStringLiteral("overdue");

QString roleQueueKey(Role role)
{
    return QStringLiteral("role:") + Core::roleId(role);
}

} // namespace

CasePanel::CasePanel(City::CityContext &city, Cases::CaseService &service,
                     const Cases::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_db(city.database())
    , m_service(service)
    , m_session(session)
    , m_query(city.database())
{
    Storage::Database &db = city.database();
    setObjectName(QStringLiteral("casePanel"));
    auto departments = Storage::DepartmentRepository(db).all();
    if (departments) {
        for (const Storage::DepartmentRow &d : departments.value())
            m_departmentNames.insert(d.id, d.nameZh);
    }

    // Left: the queues.
    m_queueList = new QListWidget;
    m_queueList->setObjectName(QStringLiteral("queues"));
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *queuesTitle = new QLabel(tr("Queues"));
    queuesTitle->setObjectName(QStringLiteral("sectionTitle"));
    leftLayout->addWidget(queuesTitle);
    leftLayout->addWidget(m_queueList, 1);
    auto *who = new QLabel(tr("%1 · %2").arg(session.user.displayName.toHtmlEscaped(), [&session] {
        QStringList roles;
        for (Role r : session.roles)
            roles.append(Core::roleName(r));
        return roles.join(QStringLiteral(", "));
    }()));
    who->setObjectName(QStringLiteral("sessionInfo"));
    who->setWordWrap(true);
    leftLayout->addWidget(who);

    // Centre: tools, filters, list, status.
    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    m_listTitle = new QLabel;
    m_listTitle->setObjectName(QStringLiteral("sectionTitle"));
    tools->addWidget(m_listTitle, 1);
    //: 新建上报
    m_newReport = new QPushButton(tr("New report…"));
    m_newReport->setObjectName(QStringLiteral("newReport"));
    m_newReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newReport->setToolTip(tr("Register a new report (Ctrl+N)"));
    m_newReport->setVisible(session.has(Role::Operator) || session.has(Role::Collector));
    connect(m_newReport, &QPushButton::clicked, this, &CasePanel::newReport);
    //: 批量立案
    m_batchFile = new QPushButton(tr("File selected"));
    m_batchFile->setObjectName(QStringLiteral("batchFile"));
    m_batchFile->setToolTip(tr("File every selected case (batch approve, Ctrl+Shift+F)"));
    m_batchFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_batchFile->hide();
    connect(m_batchFile, &QPushButton::clicked, this, &CasePanel::batchFileSelected);
    auto *refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setObjectName(QStringLiteral("refresh"));
    // F5 is the main window's one Refresh, which re-reads this panel when it is shown.
    refreshButton->setToolTip(tr("Re-read counts, list and case (F5)"));
    connect(refreshButton, &QPushButton::clicked, this, [this] { refresh(); });
    tools->addWidget(m_batchFile);
    tools->addWidget(m_newReport);
    tools->addWidget(refreshButton);
    centreLayout->addLayout(tools);

    m_filterBar = new CaseFilterBar(service.categories(), service.calendar().timeZone());
    if (departments)
        m_filterBar->setDepartments(departments.value());
    connect(m_filterBar, &CaseFilterBar::filterChanged, this, [this] { reloadList(); });
    connect(m_filterBar, &CaseFilterBar::exportRequested, this, &CasePanel::exportRequested);
    centreLayout->addWidget(m_filterBar);
    auto *find = new QShortcut(QKeySequence::Find, this, [this] {
        selectQueue(kAll);
        if (auto *search = m_filterBar->findChild<QWidget *>(QStringLiteral("search")))
            search->setFocus();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);

    m_model = new CaseListModel(db, service.categories(), service.calendar(), this);
    connect(m_model, &CaseListModel::loadFailed, this, [this](const QString &message) {
        setStatus(message, true);
    });
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(CaseListModel::Address, QHeaderView::Stretch);
    const QList<QPair<int, int>> widths = {
        {CaseListModel::Number, 100}, {CaseListModel::State, 120}, {CaseListModel::Category, 110},
        {CaseListModel::Level, 60}, {CaseListModel::Department, 130},
        {CaseListModel::Reported, 115}, {CaseListModel::Deadline, 115}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CasePanel::showCurrentRow);
    centreLayout->addWidget(m_view, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLine"));
    m_status->setWordWrap(true);
    centreLayout->addWidget(m_status);

    // Right: the case.
    m_detail = new CaseDetailView(service.categories(), service.calendar());
    m_detail->setObjectName(QStringLiteral("caseDetail"));
    m_detail->setDepartmentNames(m_departmentNames);
    connect(m_detail, &CaseDetailView::actionTriggered, this, &CasePanel::runActionDialog);
    connect(m_detail, &CaseDetailView::showOnMapRequested, this, &CasePanel::showOnMapRequested);
    connect(m_detail, &CaseDetailView::camerasNearRequested, this, &CasePanel::camerasNearRequested);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(centre);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({200, 760, 640});
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    buildQueues();
    connect(m_queueList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_queues.size())
            selectQueue(m_queues[row].key);
    });
    auto mark = Cases::latestChangeMark(db);
    m_changeMark = mark ? mark.value() : 0;
    connect(&city.changes(), &City::ChangeNotifier::casesChanged, this, &CasePanel::pollChanges);

    selectQueue(m_queues.isEmpty() ? kAll : m_queues.first().key);
    refreshCounts();
}

CasePanel::~CasePanel() = default;

void CasePanel::buildQueues()
{
    for (Role role : m_session.roles) {
        // Narrow a queue to the user only by what applies to that post.
        const QString department = role == Role::Department ? m_session.user.departmentId
                                                            : QString();
        const QString responsibility = role == Role::Collector ? m_session.user.responsibilityCode
                                                               : QString();
        Queue q;
        q.key = roleQueueKey(role);
        q.role = role;
        q.filter = Cases::queueFor(role, department, responsibility);
        // A post without a queue of its own (admin …) would only repeat 全部案卷.
        if (q.filter.states.isEmpty() && q.filter.departmentId.isEmpty()
            && q.filter.responsibilityCode.isEmpty() && !q.filter.overdueOnly)
            continue;
        //: the work queue of a post, e.g. 受理员 queue
        q.title = tr("%1 queue").arg(Core::roleName(role));
        m_queues.append(q);
    }
    //: 全部案卷
    m_queues.append({kAll, tr("All cases"), Role::Invalid, {}, Cases::CaseOrder::NewestFirst});
    Cases::CaseFilter overdue;
    overdue.overdueOnly = true;
    //: 超期案卷
    m_queues.append({kOverdue, tr("Overdue cases"), Role::Invalid, overdue,
                     Cases::CaseOrder::DeadlineFirst});
    const QSignalBlocker block(m_queueList);
    for (const Queue &q : std::as_const(m_queues)) {
        auto *item = new QListWidgetItem(q.title);
        item->setData(Qt::UserRole, q.key);
        m_queueList->addItem(item);
    }
}

const CasePanel::Queue *CasePanel::queue(const QString &key) const
{
    for (const Queue &q : m_queues) {
        if (q.key == key)
            return &q;
    }
    return nullptr;
}

QStringList CasePanel::queueKeys() const
{
    QStringList keys;
    for (const Queue &q : m_queues)
        keys.append(q.key);
    return keys;
}

Cases::CaseFilter CasePanel::queueFilter(const QString &key) const
{
    const Queue *q = queue(key);
    if (!q)
        return {};
    Cases::CaseFilter f = key == kAll ? m_filterBar->filter() : q->filter;
    f.now = now();
    return f;
}

void CasePanel::setNow(const QDateTime &now)
{
    m_now = now.toUTC();
    m_model->setNow(m_now);
}

QDateTime CasePanel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

bool CasePanel::selectQueue(const QString &key)
{
    const Queue *q = queue(key);
    if (!q)
        return false;
    m_currentQueue = key;
    {
        const QSignalBlocker block(m_queueList);
        for (int i = 0; i < m_queueList->count(); ++i) {
            if (m_queueList->item(i)->data(Qt::UserRole).toString() == key)
                m_queueList->setCurrentRow(i);
        }
    }
    m_filterBar->setVisible(key == kAll);
    m_batchFile->setVisible(q->role == Role::ShiftLeader);
    m_listTitle->setText(q->title);
    return reloadList();
}

bool CasePanel::reloadList()
{
    const Queue *q = queue(m_currentQueue);
    if (!q)
        return false;
    const bool ok = m_model->setFilter(queueFilter(m_currentQueue), q->order);
    if (ok && !m_caseId.isEmpty()) {
        const int row = m_model->rowOf(m_caseId);
        const QSignalBlocker block(m_view->selectionModel());
        if (row >= 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    }
    return ok;
}

bool CasePanel::refreshCounts()
{
    bool ok = true;
    for (const Queue &q : std::as_const(m_queues)) {
        auto count = m_query.count(queueFilter(q.key), kCountCap);
        if (!count) {
            setStatus(count.error().message, true);
            m_counts.remove(q.key);
            ok = false;
            continue;
        }
        m_counts.insert(q.key, count.value());
    }
    updateQueueItems();
    return ok;
}

void CasePanel::updateQueueItems()
{
    for (int i = 0; i < m_queueList->count() && i < m_queues.size(); ++i) {
        const Queue &q = m_queues[i];
        const qint64 n = m_counts.value(q.key, -1);
        const QString count = n < 0 ? QStringLiteral("?")
                              : n >= kCountCap ? QStringLiteral("%1+").arg(kCountCap)
                                               : QString::number(n);
        QListWidgetItem *item = m_queueList->item(i);
        item->setText(QStringLiteral("%1  (%2)").arg(q.title, count));
        item->setData(Qt::UserRole + 1, n);
    }
}

bool CasePanel::refresh()
{
    bool ok = refreshCounts();
    ok = reloadList() && ok;
    if (!m_caseId.isEmpty()) {
        auto details = m_service.details(m_caseId);
        if (details)
            showDetails(details.value());
        else
            ok = false;
    }
    return ok;
}

bool CasePanel::pollChanges()
{
    // case_event is append-only: a step anyone made shows as a newer mark.
    auto mark = Cases::latestChangeMark(m_db);
    if (!mark || mark.value() == m_changeMark)
        return false;
    refreshCounts();
    auto changes = Cases::changesSince(m_db, m_changeMark);
    if (!changes)
        return true;
    QStringList messages;
    bool shownChanged = false;
    for (const Cases::CaseChange &c : changes.value()) {
        m_changeMark = c.mark;
        if (c.caseId == m_caseId)
            shownChanged = true;
        if (c.actorId == m_session.user.id)
            continue; // my own steps need no telling
        for (const Queue &q : std::as_const(m_queues)) {
            if (q.role == Role::Invalid)
                continue;
            const bool inNow = Cases::queueContains(q.filter, c.toState, c.departmentId,
                                                    c.responsibilityCode);
            const bool inBefore = !c.fromState.isEmpty()
                                  && Cases::queueContains(q.filter, c.fromState, c.departmentId,
                                                          c.responsibilityCode);
            if (!inNow && !inBefore)
                continue;
            const QString state = Core::stateName(Core::stateFromId(c.toState));
            if (inNow && !inBefore)
                messages.append(tr("New in your %1: case %2 (%3)").arg(q.title, c.number, state));
            else
                messages.append(tr("Case %1 in your %2 changed: %3 → %4")
                                    .arg(c.number, q.title, Core::actionName(Core::actionFromId(c.action)),
                                         state));
            break;
        }
    }
    if (shownChanged) {
        auto details = m_service.details(m_caseId);
        if (details)
            showDetails(details.value());
    }
    if (!messages.isEmpty()) {
        QString text = QStringLiteral("%1  %2").arg(
            now().toTimeZone(m_service.calendar().timeZone()).toString(QStringLiteral("HH:mm")),
            messages.last());
        if (messages.size() > 1)
            text += tr(" (and %n more)", nullptr, int(messages.size() - 1));
        setStatus(text);
        emit notification(text);
    }
    return true;
}

void CasePanel::showCurrentRow()
{
    const Cases::CaseListRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (row)
        showCase(row->id);
}

bool CasePanel::showCase(const QString &caseIdOrNumber)
{
    auto details = m_service.details(caseIdOrNumber);
    if (!details) {
        setStatus(details.error().message, true);
        return false;
    }
    showDetails(details.value());
    const int row = m_model->rowOf(m_caseId);
    if (row >= 0 && m_view->currentIndex().row() != row) {
        const QSignalBlocker block(m_view->selectionModel());
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
        m_view->scrollTo(m_model->index(row, 0));
    }
    return true;
}

void CasePanel::showDetails(const Cases::CaseDetails &details)
{
    m_caseId = details.record.id;
    QList<CaseDetailView::Offer> offers;
    for (Role role : m_session.roles) {
        for (CaseAction action : m_service.allowedActions(details.record, m_session.actor(role))) {
            const bool offered = std::any_of(offers.cbegin(), offers.cend(),
                                             [action](const auto &o) { return o.action == action; });
            if (!offered)
                offers.append({role, action});
        }
    }
    m_detail->showCase(details, offers);
}

ActionDialog *CasePanel::createActionDialog(Role role, CaseAction action)
{
    auto row = m_service.find(m_caseId);
    if (!row) {
        setStatus(row.error().message, true);
        return nullptr;
    }
    const QString caseId = row->id;
    auto *dialog = new ActionDialog(
        m_service, row.value(), action, role, m_now,
        [this, caseId, role](const Cases::ActionRequest &request) -> Result<void> {
            // Re-read the case: someone may have acted on it since the dialog opened, and
            // the service's optimistic check needs the current version.
            auto current = m_service.find(caseId);
            if (!current)
                return current.error();
            Storage::CaseRow updated = current.value();
            return m_service.act(updated, request, m_session.actor(role));
        },
        this);
    if (action == CaseAction::Dispatch || action == CaseAction::Redispatch) {
        auto departments = Storage::DepartmentRepository(m_db).all();
        if (departments)
            dialog->setDepartments(departments.value());
    }
    connect(dialog, &QDialog::accepted, this, [this, caseId, action, number = row->number] {
        afterChange(caseId);
        setStatus(tr("%1 done on case %2.").arg(Core::actionName(action), number));
    });
    return dialog;
}

void CasePanel::runActionDialog(Role role, CaseAction action)
{
    ActionDialog *dialog = createActionDialog(role, action);
    if (!dialog)
        return;
    dialog->exec();
    dialog->deleteLater();
}

void CasePanel::afterChange(const QString &caseId)
{
    m_caseId = caseId;
    refreshCounts();
    reloadList();
    showCase(caseId);
}

IntakeDialog *CasePanel::createIntakeDialog()
{
    auto *dialog = new IntakeDialog(m_db, m_service, m_session, m_now, this);
    if (m_pointPicker)
        dialog->setPointPicker(m_pointPicker);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->created())
            return;
        const Storage::CaseRow &row = *dialog->created();
        // Show it where the user works: their queue when it lists the case, else all cases.
        const Queue *q = queue(m_currentQueue);
        if (!q || (q->role != Role::Invalid
                   && !Cases::queueContains(q->filter, row.state, row.departmentId,
                                            row.responsibilityCode)))
            selectQueue(kAll);
        afterChange(row.id);
        setStatus(tr("Case %1 registered.").arg(row.number));
    });
    return dialog;
}

void CasePanel::newReport()
{
    if (!m_session.has(Role::Operator) && !m_session.has(Role::Collector))
        return;
    IntakeDialog *dialog = createIntakeDialog();
    dialog->exec();
    dialog->deleteLater();
}

void CasePanel::newReportFrom(const Cases::NewReport &draft)
{
    if (!m_session.has(Role::Operator) && !m_session.has(Role::Collector))
        return;
    IntakeDialog *dialog = createIntakeDialog();
    dialog->setDraft(draft);
    dialog->exec();
    dialog->deleteLater();
}

void CasePanel::setLinks(CaseDetailView::Links links)
{
    m_detail->setLinks(links);
    if (!m_caseId.isEmpty())
        showCase(m_caseId);
}

CasePanel::BatchResult CasePanel::batchFile(const QStringList &caseIds)
{
    BatchResult result;
    if (!m_session.has(Role::ShiftLeader))
        return result;
    const Cases::Actor actor = m_session.actor(Role::ShiftLeader);
    for (const QString &id : caseIds) {
        Cases::ActionRequest request;
        request.action = CaseAction::File;
        if (m_now.isValid())
            request.at = m_now;
        auto row = m_service.act(id, request, actor);
        if (row) {
            ++result.succeeded;
            continue;
        }
        auto found = m_service.find(id);
        result.refusals.append(QStringLiteral("%1: %2").arg(found ? found->number : id,
                                                            row.error().message));
    }
    refreshCounts();
    reloadList();
    if (!m_caseId.isEmpty())
        showCase(m_caseId);
    return result;
}

void CasePanel::batchFileSelected()
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (const Cases::CaseListRow *row = m_model->rowAt(index.row()))
            ids.append(row->id);
    }
    if (ids.isEmpty()) {
        setStatus(tr("Select the cases to file first."), true);
        return;
    }
    const BatchResult r = batchFile(ids);
    QString text = tr("%n case(s) filed.", nullptr, r.succeeded);
    const int refused = int(r.refusals.size());
    setStatus(refused == 0 ? text : tr("%1 %n refused.", nullptr, refused).arg(text), refused > 0);
    // Window-modal but not blocking, so the list stays usable behind it (and tests go on).
    auto *box = new QMessageBox(QMessageBox::Information, tr("Batch filing"), text,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("batchResult"));
    if (!r.refusals.isEmpty()) {
        box->setIcon(QMessageBox::Warning);
        box->setInformativeText(tr("Refused:"));
        box->setDetailedText(r.refusals.join(QLatin1Char('\n')));
        box->setText(tr("%1 %n refused: %2", nullptr, int(r.refusals.size()))
                         .arg(text, r.refusals.join(QStringLiteral("; "))));
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CasePanel::exportRequested()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export cases to CSV"),
                                                      QStringLiteral("cases.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool CasePanel::exportCsv(const QString &path)
{
    const Queue *q = queue(m_currentQueue);
    if (!q)
        return false;
    const Cases::CaseFilter filter = queueFilter(m_currentQueue);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        setStatus(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    constexpr qint64 kProgressCap = 1'000'000; // beyond that the bar just shows activity
    auto total = m_query.count(filter, kProgressCap);
    QProgressDialog progress(tr("Exporting cases…"), tr("Cancel"), 0,
                             total && total.value() < kProgressCap ? int(total.value()) : 0, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto written = m_query.exportCsv(filter, q->order, file, m_service.categories(), [&progress](qint64 rows) {
        if (progress.maximum() > 0)
            progress.setValue(int(std::min<qint64>(rows, progress.maximum())));
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    file.close();
    if (cancelled) {
        file.remove();
        setStatus(tr("Export cancelled."));
        return false;
    }
    if (!written) {
        file.remove();
        setStatus(written.error().message, true);
        return false;
    }
    setStatus(tr("%n case(s) exported to %1.", nullptr, int(written.value())).arg(path));
    return true;
}

QString CasePanel::statusText() const
{
    return m_status->text();
}

void CasePanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace Cc::CasesWidgets
