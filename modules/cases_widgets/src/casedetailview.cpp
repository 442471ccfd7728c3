// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/casedetailview.h>

#include <cc/cases_widgets/photostrip.h>

#include <cc/core/category.h>

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

using Core::CaseAction;

CaseDetailView::CaseDetailView(const Core::CategoryDictionary &categories,
                               const Core::WorkCalendar &calendar, QWidget *parent)
    : QWidget(parent)
    , m_categories(categories)
    , m_calendar(calendar)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buildTitleRow());

    m_actionsBox = new QGroupBox(tr("Actions"));
    m_actionsBox->setObjectName(QStringLiteral("actions"));
    auto *actionsLayout = new QVBoxLayout(m_actionsBox);
    m_actions = new QWidget;
    new QGridLayout(m_actions);
    m_actions->layout()->setContentsMargins(0, 0, 0, 0);
    actionsLayout->addWidget(m_actions);
    layout->addWidget(m_actionsBox);

    // Fields, photos and timeline share the height; on a 768-pixel screen the user moves
    // the handles instead of scrolling the whole column.
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("detailSplitter"));
    split->setChildrenCollapsible(false);
    auto *scroll = new QScrollArea;
    scroll->setWidget(buildFields());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    split->addWidget(scroll);
    split->addWidget(buildPhotos());

    auto *timelineBox = new QWidget;
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    //: 案卷流转记录
    auto *timelineTitle = new QLabel(tr("Timeline"));
    timelineTitle->setObjectName(QStringLiteral("sectionTitle"));
    timelineLayout->addWidget(timelineTitle);
    m_timeline = new QTableWidget(0, TimelineColumns);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setHorizontalHeaderLabels({tr("Time"), tr("Action"), tr("Actor"), tr("Role"),
                                           tr("Deadline"),
                                           //: 按时 / 超时
                                           tr("In time"), tr("Note")});
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setWordWrap(false);
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(Note, QHeaderView::Stretch);
    m_timeline->verticalHeader()->setDefaultSectionSize(m_timeline->fontMetrics().height() + 6);
    timelineLayout->addWidget(m_timeline, 1);
    connect(m_timeline, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QTableWidgetItem *item = m_timeline->item(row, Time);
        const QString link = item ? item->data(Qt::UserRole + 1).toString() : QString();
        if (!link.isEmpty())
            emit timelineLinkActivated(link);
    });
    split->addWidget(timelineBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 2);
    layout->addWidget(split, 1);
    clear();
}

QLayout *CaseDetailView::buildTitleRow()
{
    m_title = new QLabel(tr("No case selected"));
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    // Where the case is: on the grid map, and through the cameras nearest to it.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    m_showOnMap = new QPushButton(tr("On the map"));
    m_showOnMap->setObjectName(QStringLiteral("showOnMap"));
    m_showOnMap->setToolTip(tr("Show the case on the grid map"));
    m_camerasNear = new QPushButton(tr("Cameras near"));
    m_camerasNear->setObjectName(QStringLiteral("camerasNear"));
    m_camerasNear->setToolTip(tr("Open the cameras nearest to the case on the video wall"));
    //: 查看录像: the nearest cameras' recordings of when the case was reported
    m_recordingsNear = new QPushButton(tr("View recordings"));
    m_recordingsNear->setObjectName(QStringLiteral("recordingsNear"));
    m_recordingsNear->setToolTip(
        tr("Play the nearest cameras' recordings on the video wall from %n minute(s) before the "
           "case was reported",
           nullptr, kRecordingsMinutesBefore));
    for (QPushButton *button : {m_showOnMap, m_camerasNear, m_recordingsNear}) {
        button->setVisible(false);
        titleRow->addWidget(button);
    }
    connect(m_showOnMap, &QPushButton::clicked, this, [this] {
        if (m_point)
            emit showOnMapRequested(m_caseId, *m_point);
    });
    connect(m_camerasNear, &QPushButton::clicked, this, [this] {
        if (m_point)
            emit camerasNearRequested(*m_point);
    });
    connect(m_recordingsNear, &QPushButton::clicked, this, [this] {
        if (m_point && m_reportedAt.isValid())
            emit recordingsNearRequested(*m_point, m_reportedAt, kRecordingsMinutesBefore);
    });
    return titleRow;
}

QWidget *CaseDetailView::buildFields()
{
    auto *fields = new QWidget;
    auto *form = new QFormLayout(fields);
    form->setLabelAlignment(Qt::AlignRight);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    //: the domain names are in the translator comments: 状态, 来源, 类别 …
    addField(form, QStringLiteral("state"), tr("State:"));
    addField(form, QStringLiteral("category"), tr("Category:"));
    addField(form, QStringLiteral("level"), tr("Level:"));
    //: 来源
    addField(form, QStringLiteral("channel"), tr("Channel:"));
    addField(form, QStringLiteral("description"), tr("Description:"));
    addField(form, QStringLiteral("address"), tr("Address:"));
    //: 单元网格 / 责任网格 / 社区
    addField(form, QStringLiteral("grid"), tr("Grids:"));
    addField(form, QStringLiteral("point"), tr("Point:"));
    //: 部件标识码
    addField(form, QStringLiteral("component"), tr("Component:"));
    addField(form, QStringLiteral("reporter"), tr("Reporter:"));
    //: 专业部门
    addField(form, QStringLiteral("department"), tr("Department:"));
    addField(form, QStringLiteral("stageDeadline"), tr("Stage deadline:"));
    //: 处置时限
    addField(form, QStringLiteral("disposalDeadline"), tr("Disposal deadline:"));
    addField(form, QStringLiteral("times"), tr("Reported / filed / dispatched:"));
    addField(form, QStringLiteral("closing"), tr("Disposed / closed:"));
    //: 返工 / 派遣 / 延期 / 督办 / 催办 次数
    addField(form, QStringLiteral("counters"), tr("Counters:"));
    return fields;
}

QWidget *CaseDetailView::buildPhotos()
{
    // Photos before and after side by side: what was reported next to what was done
    // (shown when the case has any).
    m_photos = new QWidget;
    m_photos->setObjectName(QStringLiteral("photos"));
    auto *photos = new QHBoxLayout(m_photos);
    photos->setContentsMargins(0, 0, 0, 0);
    //: 处置前 (上报、核实的照片、视频截图)
    auto *beforeBox = new QGroupBox(tr("Photos before"));
    beforeBox->setObjectName(QStringLiteral("photosBefore"));
    m_photosBefore = new PhotoStrip(PhotoStrip::Mode::ReadOnly);
    (new QVBoxLayout(beforeBox))->addWidget(m_photosBefore);
    //: 处置后 (处理反馈、核查的照片)
    auto *afterBox = new QGroupBox(tr("Photos after"));
    afterBox->setObjectName(QStringLiteral("photosAfter"));
    m_photosAfter = new PhotoStrip(PhotoStrip::Mode::ReadOnly);
    (new QVBoxLayout(afterBox))->addWidget(m_photosAfter);
    photos->addWidget(beforeBox, 1);
    photos->addWidget(afterBox, 1);
    return m_photos;
}

QLabel *CaseDetailView::addField(QFormLayout *form, const QString &id, const QString &title)
{
    auto *value = new QLabel;
    value->setObjectName(QStringLiteral("field-") + id);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(title, value);
    m_fields.insert(id, value);
    return value;
}

QString CaseDetailView::time(const QDateTime &t) const
{
    return t.isValid()
               ? t.toTimeZone(m_calendar.timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QStringLiteral("–");
}

void CaseDetailView::clear()
{
    m_caseId.clear();
    m_title->setText(tr("No case selected"));
    for (QLabel *label : std::as_const(m_fields))
        label->clear();
    m_timeline->setRowCount(0);
    m_photosBefore->clear();
    m_photosAfter->clear();
    m_photos->hide();
    m_point.reset();
    m_showOnMap->hide();
    m_camerasNear->hide();
    m_recordingsNear->hide();
    m_reportedAt = {};
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_actionsBox->setEnabled(false);
}

CaseAction CaseDetailView::primaryAction(const QList<Offer> &offers)
{
    // The step that moves the case on along the main loop; refusals are never primary.
    static const CaseAction forward[]
        = {CaseAction::Accept,        CaseAction::VerifyConfirm,   CaseAction::File,
           CaseAction::Dispatch,      CaseAction::DeptAccept,      CaseAction::Feedback,
           CaseAction::SendCheck,     CaseAction::CheckPass,       CaseAction::Close,
           CaseAction::ApproveReturn, CaseAction::ApprovePostpone, CaseAction::ApproveHang,
           CaseAction::ResumeHang};
    for (CaseAction a : forward) {
        for (const Offer &o : offers) {
            if (o.action == a)
                return a;
        }
    }
    return CaseAction::Invalid;
}

void CaseDetailView::showCase(const Cases::CaseDetails &details, const QList<Offer> &offers)
{
    const Storage::CaseRow &c = details.record;
    m_caseId = c.id;
    //: 案卷
    m_title->setText(tr("Case %1").arg(c.number));
    m_point = c.geom;
    m_showOnMap->setVisible(m_point.has_value() && m_linked.testFlag(Link::Map));
    m_camerasNear->setVisible(m_point.has_value() && m_linked.testFlag(Link::Cameras));
    m_reportedAt = c.reportedAt;
    m_recordingsNear->setVisible(m_point.has_value() && c.reportedAt.isValid()
                                 && m_linked.testFlag(Link::Cameras));
    showPhotos(details);
    showFields(c);
    showTimeline(details.events);
    addTimelineNotes(c.id);
    showActions(offers);
}

void CaseDetailView::setField(const char *id, const QString &text, const QString &toolTip)
{
    QLabel *label = m_fields.value(QString::fromLatin1(id));
    label->setText(text);
    label->setToolTip(toolTip);
}

void CaseDetailView::showPhotos(const Cases::CaseDetails &details)
{
    m_photosBefore->clear();
    m_photosAfter->clear();
    for (const Cases::CaseAttachment &a : details.attachments) {
        const bool after = a.row.kind == QLatin1String("after")
                           || a.row.kind == QLatin1String("check");
        if (a.row.mime.startsWith(QLatin1String("image/")))
            (after ? m_photosAfter : m_photosBefore)->addPhoto(a.row.fileName, a.data);
    }
    m_photos->setVisible(m_photosBefore->count() + m_photosAfter->count() > 0);
}

void CaseDetailView::showFields(const Storage::CaseRow &c)
{
    const Core::CaseState state = Core::stateFromId(c.state);
    setField("state",
             c.hung ? tr("%1 (parked)").arg(Core::stateName(state)) : Core::stateName(state));
    // One language at a time: the other name in the tooltip.
    if (const Core::Category *category = m_categories.findByKey(c.categoryKey)) {
        const bool chinese = QLocale().language() == QLocale::Chinese;
        setField("category",
                 QStringLiteral("%1 %2 %3")
                     .arg(Core::kindName(category->kind), category->code,
                          chinese ? category->nameZh : category->nameEn),
                 chinese ? category->nameEn : category->nameZh);
    } else {
        setField("category", c.categoryKey);
    }
    setField("level", Core::levelName(Core::levelFromId(c.level)));
    setField("channel", Cases::channelName(c.channel));
    setField("description", c.description);
    setField("address", c.address.isEmpty() ? QStringLiteral("–") : c.address);
    if (c.gridCode.isEmpty())
        setField("grid", tr("outside every grid"));
    else
        setField("grid",
                 QStringLiteral("%1 / %2 / %3")
                     .arg(c.gridCode, c.responsibilityCode,
                          m_communities.value(c.communityCode, c.communityCode)),
                 tr("Unit grid / responsibility grid / community (%1)").arg(c.communityCode));
    setField("point",
             c.geom
                 ? QStringLiteral("%1, %2").arg(c.geom->x(), 0, 'f', 6).arg(c.geom->y(), 0, 'f', 6)
                 : QStringLiteral("–"));
    setField("component", c.componentCode.isEmpty() ? QStringLiteral("–") : c.componentCode);
    setField("reporter", c.reporter.isEmpty() ? QStringLiteral("–") : c.reporter);
    setField("department", c.departmentId.isEmpty()
                               ? QStringLiteral("–")
                               : m_departments.value(c.departmentId, c.departmentId));
    setField("stageDeadline", time(c.stageDeadline));
    setField("disposalDeadline", time(c.disposalDeadline));
    setField("times", QStringLiteral("%1 / %2 / %3")
                          .arg(time(c.reportedAt), time(c.filedAt), time(c.dispatchedAt)));
    QString closing = QStringLiteral("%1 / %2").arg(time(c.disposedAt), time(c.closedAt));
    if (c.closedInTime)
        closing += *c.closedInTime ? tr(" (closed in time)") : tr(" (closed late)");
    setField("closing", closing);
    setField("counters", tr("rework %1 · dispatch %2 · postpone %3 · supervise %4 · urge %5")
                             .arg(c.reworkCount)
                             .arg(c.dispatchCount)
                             .arg(c.postponeCount)
                             .arg(c.superviseCount)
                             .arg(c.urgeCount));
}

void CaseDetailView::showTimeline(const QList<Storage::CaseEventRow> &events)
{
    m_timeline->setRowCount(0);
    for (const Storage::CaseEventRow &e : events) {
        const int row = m_timeline->rowCount();
        m_timeline->insertRow(row);
        QString note = e.note;
        const QJsonObject payload = QJsonDocument::fromJson(e.payload.toUtf8()).object();
        if (payload.contains(QStringLiteral("extensionHours")))
            note = tr("%1 [+%2 working hours]")
                       .arg(note)
                       .arg(payload.value(QStringLiteral("extensionHours")).toInt());
        if (e.action == Core::actionId(CaseAction::Revisit))
            //: 回访 in the timeline: 【满意】 the operator's note
            note = tr("[%1] %2").arg(Cases::revisitResultName(
                                         payload.value(QStringLiteral("revisitResult")).toString()),
                                     note);
        if (!e.departmentId.isEmpty()
            && (e.action == Core::actionId(CaseAction::Dispatch)
                || e.action == Core::actionId(CaseAction::Redispatch)))
            note = tr("→ %1 %2").arg(m_departments.value(e.departmentId, e.departmentId), note);
        QString inTime;
        if (e.inTime)
            //: 按时 / 超时
            inTime = *e.inTime ? tr("in time") : tr("late");
        // The deadline is on the same or the next days: month and day are enough there.
        const QString deadline = e.deadline.isValid() ? e.deadline.toTimeZone(m_calendar.timeZone())
                                                            .toString(QStringLiteral("MM-dd HH:mm"))
                                                      : QString();
        const QStringList cells = {time(e.at),    Core::actionName(Core::actionFromId(e.action)),
                                   e.actorName,   Core::roleName(Core::roleFromId(e.role)),
                                   deadline,      inTime,
                                   note.trimmed()};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == Time)
                item->setData(Qt::UserRole, e.at); // where notes go in (addTimelineNotes)
            if (col == InTime && e.inTime && !*e.inTime)
                item->setForeground(QColor(217, 54, 62));
            if (col == Note)
                item->setToolTip(cells[col]);
            m_timeline->setItem(row, col, item);
        }
    }
    m_timeline->scrollToBottom();
}

void CaseDetailView::addTimelineNotes(const QString &caseId)
{
    if (!m_notes)
        return;
    // Each note goes in after the last event at or before its time, so the lines read in order.
    for (const TimelineNote &note : m_notes(caseId)) {
        int row = m_timeline->rowCount();
        while (row > 0) {
            const QTableWidgetItem *item = m_timeline->item(row - 1, Time);
            if (item && item->data(Qt::UserRole).toDateTime() <= note.at)
                break;
            --row;
        }
        m_timeline->insertRow(row);
        const QStringList cells = {time(note.at), note.action, {}, {}, {}, {}, note.text};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == Time) {
                item->setData(Qt::UserRole, note.at);
                item->setData(Qt::UserRole + 1, note.link);
            }
            if (col == Note) {
                item->setToolTip(note.text);
                if (note.failed)
                    item->setForeground(QColor(217, 54, 62));
            }
            m_timeline->setItem(row, col, item);
        }
    }
    m_timeline->scrollToBottom();
}

void CaseDetailView::showActions(const QList<Offer> &offers)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    auto *grid = static_cast<QGridLayout *>(m_actions->layout());
    const CaseAction primary = primaryAction(offers);
    int index = 0;
    for (const Offer &offer : offers) {
        auto *button = new QPushButton(Core::actionName(offer.action));
        button->setObjectName(QStringLiteral("action-") + Core::actionId(offer.action));
        button->setProperty("role", Core::roleId(offer.role));
        // One scheme for every post: Alt+1…9 in button order, Ctrl+Enter the main step.
        QString keys;
        if (index < 9) {
            button->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index)));
            keys = QStringLiteral("Alt+%1").arg(index + 1);
        }
        if (offer.action == primary) {
            button->setDefault(true);
            auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), button);
            shortcut->setContext(Qt::WindowShortcut);
            connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
            keys = keys.isEmpty() ? QStringLiteral("Ctrl+Enter")
                                  : keys + QStringLiteral(", Ctrl+Enter");
            QFont bold = button->font();
            bold.setBold(true);
            button->setFont(bold);
        }
        button->setToolTip(
            tr("%1 as %2 (%3)")
                .arg(Core::actionName(offer.action), Core::roleName(offer.role), keys));
        connect(button, &QPushButton::clicked, this,
                [this, offer] { emit actionTriggered(offer.role, offer.action); });
        grid->addWidget(button, index / 4, index % 4);
        m_buttons.append(button);
        ++index;
    }
    m_actionsBox->setEnabled(true);
    m_actionsBox->setTitle(offers.isEmpty() ? tr("Actions: nothing for you to do on this case now")
                                            : tr("Actions"));
}

} // namespace Cc::CasesWidgets
