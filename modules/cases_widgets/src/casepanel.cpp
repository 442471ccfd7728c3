// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/casepanel.h>

#include <cc/cases/casepanelqueries.h>
#include <cc/cases_widgets/actiondialog.h>
#include <cc/cases_widgets/batchfiledialog.h>
#include <cc/cases_widgets/casedetailview.h>
#include <cc/cases_widgets/casefilterbar.h>
#include <cc/cases_widgets/caselistmodel.h>
#include <cc/cases_widgets/intakedialog.h>
#include <cc/cases_widgets/intakedraftstore.h>
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
#include <QToolButton>
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

QHash<QString, QString> communityNames(Storage::Database &db)
{
    QHash<QString, QString> names;
    if (auto rows = Storage::SpatialRepository(db).communities()) {
        for (const Storage::CommunityRow &c : rows.value())
            names.insert(c.code, c.name);
    }
    return names;
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

    // Queues | list | case. At 1366×768 the side columns fold away (the buttons above the
    // list, or dragging the splitter) and the list hides its least needed columns first.
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("panelSplitter"));
    m_splitter->addWidget(buildQueueColumn());
    m_splitter->addWidget(
        buildListColumn(departments ? departments.value() : QList<Storage::DepartmentRow>{}));
    m_splitter->addWidget(buildDetailColumn());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({170, 760, 560});
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_splitter);

    buildQueues();
    connect(m_queueList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_queues.size())
            selectQueue(m_queues[row].key);
    });
    followChanges(city.changes());
    selectQueue(m_queues.isEmpty() ? kAll : m_queues.first().key);
    refreshCounts();
}

QWidget *CasePanel::buildQueueColumn()
{
    m_queueList = new QListWidget;
    m_queueList->setObjectName(QStringLiteral("queues"));
    auto *left = new QWidget;
    left->setObjectName(QStringLiteral("queueColumn"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *queuesTitle = new QLabel(tr("Queues"));
    queuesTitle->setObjectName(QStringLiteral("sectionTitle"));
    leftLayout->addWidget(queuesTitle);
    leftLayout->addWidget(m_queueList, 1);
    QStringList roles;
    for (Role r : m_session.roles)
        roles.append(Core::roleName(r));
    auto *who = new QLabel(tr("%1 · %2").arg(m_session.user.displayName.toHtmlEscaped(),
                                             roles.join(QStringLiteral(", "))));
    who->setObjectName(QStringLiteral("sessionInfo"));
    who->setWordWrap(true);
    leftLayout->addWidget(who);
    return left;
}

QHBoxLayout *CasePanel::buildTools()
{
    auto *tools = new QHBoxLayout;
    // Fold the side columns away on a small screen.
    const auto fold = [this](const QString &name, const QString &text, const QString &tip,
                             int column) {
        auto *button = new QToolButton;
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setCheckable(true);
        button->setChecked(true);
        connect(button, &QToolButton::toggled, this,
                [this, column](bool shown) { m_splitter->widget(column)->setVisible(shown); });
        return button;
    };
    //: show/hide the queue column
    tools->addWidget(
        fold(QStringLiteral("toggleQueues"), tr("Queues"), tr("Show or hide the queues"), 0));
    m_listTitle = new QLabel;
    m_listTitle->setObjectName(QStringLiteral("sectionTitle"));
    tools->addWidget(m_listTitle, 1);
    //: 新建上报
    m_newReport = new QPushButton(tr("New report…"));
    m_newReport->setObjectName(QStringLiteral("newReport"));
    // Ctrl+N is the main window's, from every tab and the wall.
    m_newReport->setToolTip(tr("Register a new report (Ctrl+N)"));
    m_newReport->setVisible(canReport());
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
    //: show/hide the case detail column
    tools->addWidget(
        fold(QStringLiteral("toggleDetail"), tr("Case"), tr("Show or hide the case detail"), 2));
    return tools;
}

QWidget *CasePanel::buildListColumn(const QList<Storage::DepartmentRow> &departments)
{
    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addLayout(buildTools());

    m_filterBar = new CaseFilterBar(m_service.categories(), m_service.calendar().timeZone());
    m_filterBar->setDepartments(departments);
    connect(m_filterBar, &CaseFilterBar::filterChanged, this, [this] { reloadList(); });
    connect(m_filterBar, &CaseFilterBar::exportRequested, this, &CasePanel::exportRequested);
    centreLayout->addWidget(m_filterBar);
    auto *find = new QShortcut(QKeySequence::Find, this, [this] {
        selectQueue(kAll);
        if (auto *search = m_filterBar->findChild<QWidget *>(QStringLiteral("search")))
            search->setFocus();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);

    m_model = new CaseListModel(m_db, m_service.categories(), m_service.calendar(), this);
    connect(m_model, &CaseListModel::loadFailed, this,
            [this](const QString &message) { setStatus(message, true); });
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setModel(m_model);
    CaseListModel::setUpView(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CasePanel::showCurrentRow);
    // "Select the cases first" is stale once cases are selected.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_selectionHint) {
            m_selectionHint = false;
            setStatus({});
        }
    });
    centreLayout->addWidget(m_view, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLine"));
    m_status->setWordWrap(true);
    centreLayout->addWidget(m_status);
    return centre;
}

QWidget *CasePanel::buildDetailColumn()
{
    m_detail = new CaseDetailView(m_service.categories(), m_service.calendar());
    m_detail->setObjectName(QStringLiteral("caseDetail"));
    m_detail->setDepartmentNames(m_departmentNames);
    m_detail->setCommunityNames(communityNames(m_db));
    connect(m_detail, &CaseDetailView::actionTriggered, this, &CasePanel::runActionDialog);
    connect(m_detail, &CaseDetailView::showOnMapRequested, this, &CasePanel::showOnMapRequested);
    connect(m_detail, &CaseDetailView::camerasNearRequested, this,
            &CasePanel::camerasNearRequested);
    connect(m_detail, &CaseDetailView::recordingsNearRequested, this,
            &CasePanel::recordingsNearRequested);
    connect(m_detail, &CaseDetailView::timelineLinkActivated, this,
            &CasePanel::timelineLinkActivated);
    return m_detail;
}

void CasePanel::followChanges(City::ChangeNotifier &changes)
{
    auto mark = Cases::latestChangeMark(m_db);
    m_changeMark = mark ? mark.value() : 0;
    connect(&changes, &City::ChangeNotifier::casesChanged, this, &CasePanel::pollChanges);
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
    m_queues.append(
        {kOverdue, tr("Overdue cases"), Role::Invalid, overdue, Cases::CaseOrder::DeadlineFirst});
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
        const QString count = n < 0            ? QStringLiteral("?")
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
                                    .arg(c.number, q.title,
                                         Core::actionName(Core::actionFromId(c.action)), state));
            break;
        }
    }
    if (shownChanged) {
        auto details = m_service.details(m_caseId);
        if (details)
            showDetails(details.value());
    }
    if (!messages.isEmpty()) {
        QString text = QStringLiteral("%1  %2").arg(now()
                                                        .toTimeZone(m_service.calendar().timeZone())
                                                        .toString(QStringLiteral("HH:mm")),
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
        for (CaseAction action : m_service.allowedActions(details, m_session.actor(role))) {
            const bool offered = std::any_of(offers.cbegin(), offers.cend(),
                                             [action](const auto &o) {
                                                 return o.action == action;
                                             });
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
        if (departments) {
            // A retired department (docs/org.md) takes no new cases.
            departments->removeIf([](const Storage::DepartmentRow &d) { return !d.active; });
            dialog->setDepartments(departments.value());
        }
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
    if (m_placePreview)
        dialog->setPlacePreview(m_placePreview(dialog));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->created())
            return;
        const Storage::CaseRow &row = *dialog->created();
        // Show it where the user works: their queue when it lists the case, else all cases.
        const Queue *q = queue(m_currentQueue);
        if (!q
            || (q->role != Role::Invalid
                && !Cases::queueContains(q->filter, row.state, row.departmentId,
                                         row.responsibilityCode)))
            selectQueue(kAll);
        afterChange(row.id);
        setStatus(tr("Case %1 registered.").arg(row.number));
    });
    return dialog;
}

bool CasePanel::canReport() const
{
    return m_session.has(Role::Operator) || m_session.has(Role::Collector);
}

void CasePanel::newReport()
{
    runIntake(std::nullopt);
}

void CasePanel::newReportFrom(const Cases::NewReport &draft)
{
    runIntake(draft);
}

void CasePanel::runIntake(const std::optional<Cases::NewReport> &prefill)
{
    if (!canReport()) {
        //: Ctrl+N by a user who does not register reports
        setStatus(tr("New reports are registered by an operator (受理员) or a collector (监督员)."),
                  true);
        emit notification(statusText());
        return;
    }
    IntakeDialog *dialog = createIntakeDialog();
    IntakeDraftStore drafts(m_db);
    const QString login = m_session.user.login;
    if (prefill) {
        dialog->setDraft(*prefill);
    } else if (auto kept = drafts.load(login); kept && kept.value()) {
        dialog->setDraft(*kept.value());
        //: 已恢复上次未保存的草稿
        dialog->setNotice(tr("Your unsaved draft is back; Cancel offers to discard it."));
    }
    const bool saved = dialog->exec() == QDialog::Accepted;
    // A draft is kept until the report is saved or the user discards it.
    Result<void> stored;
    if (saved || dialog->closeChoice() == IntakeDialog::CloseChoice::Discard)
        stored = drafts.clear(login);
    else if (dialog->hasInput())
        stored = drafts.save(login, dialog->report());
    if (!stored)
        setStatus(tr("The draft could not be kept: %1").arg(stored.error().message), true);
    else if (!saved && dialog->hasInput()
             && dialog->closeChoice() == IntakeDialog::CloseChoice::KeepDraft)
        setStatus(tr("Draft kept: Ctrl+N opens it again."));
    dialog->deleteLater();
}

void CasePanel::setTimelineNotes(CaseDetailView::TimelineNotes notes)
{
    m_detail->setTimelineNotes(std::move(notes));
}

void CasePanel::setLinks(CaseDetailView::Links links)
{
    m_detail->setLinks(links);
    if (!m_caseId.isEmpty())
        showCase(m_caseId);
}

CasePanel::BatchResult CasePanel::batchFile(const QStringList &caseIds, const QString &note)
{
    BatchResult result;
    if (!m_session.has(Role::ShiftLeader))
        return result;
    const Cases::Actor actor = m_session.actor(Role::ShiftLeader);
    for (const QString &id : caseIds) {
        Cases::ActionRequest request;
        request.action = CaseAction::File;
        request.note = note;
        if (m_now.isValid())
            request.at = m_now;
        auto row = m_service.act(id, request, actor);
        if (row) {
            ++result.succeeded;
            continue;
        }
        auto found = m_service.find(id);
        result.refusals.append(
            QStringLiteral("%1: %2").arg(found ? found->number : id, row.error().message));
    }
    refreshCounts();
    reloadList();
    if (!m_caseId.isEmpty())
        showCase(m_caseId);
    return result;
}

void CasePanel::batchFileSelected()
{
    QStringList ids, numbers;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (const Cases::CaseListRow *row = m_model->rowAt(index.row())) {
            ids.append(row->id);
            numbers.append(row->number);
        }
    }
    if (ids.isEmpty()) {
        setStatus(tr("Select the cases to file first."), true);
        m_selectionHint = true;
        return;
    }
    // Window-modal but not blocking, so the list stays usable behind it (and tests go on).
    auto *confirm = new BatchFileDialog(numbers, this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QDialog::accepted, this,
            [this, ids, confirm] { showBatchResult(batchFile(ids, confirm->note())); });
    confirm->open();
}

void CasePanel::showBatchResult(const BatchResult &r)
{
    QString text = tr("%n case(s) filed.", nullptr, r.succeeded);
    const int refused = int(r.refusals.size());
    setStatus(refused == 0 ? text : tr("%1 %n refused.", nullptr, refused).arg(text), refused > 0);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Batch filing"), text, QMessageBox::Ok,
                                this);
    box->setObjectName(QStringLiteral("batchResult"));
    if (!r.refusals.isEmpty()) {
        box->setIcon(QMessageBox::Warning);
        box->setInformativeText(tr("Refused:"));
        box->setDetailedText(r.refusals.join(QLatin1Char('\n')));
        box->setText(tr("%1 %n refused: %2", nullptr, refused)
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
    auto written = m_query.exportCsv(filter, q->order, file, m_service.categories(),
                                     [&progress](qint64 rows) {
                                         if (progress.maximum() > 0)
                                             progress.setValue(
                                                 int(std::min<qint64>(rows, progress.maximum())));
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
