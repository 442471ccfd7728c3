// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/actiondialog.h>

#include <cc/cases_widgets/photostrip.h>

#include <cc/cases/configstore.h>
#include <cc/storage/repositories.h>

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

using Core::CaseAction;

namespace {

/// 核查 and 结案 judge the result against the 结案标准 of the rules the case was filed under
/// (docs/config.md).
QLabel *closingStandard(Cases::CaseService &service, const Storage::CaseRow &row)
{
    const Core::Category *category
        = service.config().at(row.reportedAt).rules->dictionary().findByKey(row.categoryKey);
    QString items;
    for (const QString &condition : category ? category->closingConditions : QStringList())
        items += QStringLiteral("<li>%1</li>").arg(condition.toHtmlEscaped());
    auto *standard = new QLabel(items.isEmpty()
                                    ? ActionDialog::tr("The category states no closing standard.")
                                    : QStringLiteral("<ul style=\"margin:0\">%1</ul>").arg(items));
    standard->setObjectName(QStringLiteral("closingStandard"));
    standard->setWordWrap(true);
    return standard;
}

/// Where a refusal is said, hidden until there is one.
QLabel *errorLabel()
{
    auto *error = new QLabel;
    error->setObjectName(QStringLiteral("error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    error->hide();
    return error;
}

} // namespace

ActionDialog::ActionDialog(Cases::CaseService &service, const Storage::CaseRow &row,
                           CaseAction action, Core::Role role, const QDateTime &now, Submit submit,
                           QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_row(row)
    , m_action(action)
    , m_role(role)
    , m_now(now)
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(tr("%1 — case %2").arg(Core::actionName(action), row.number));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(
        tr("<b>%1</b> as %2 on case %3 (%4)")
            .arg(Core::actionName(action).toHtmlEscaped(), Core::roleName(role).toHtmlEscaped(),
                 row.number, Core::stateName(Core::stateFromId(row.state)).toHtmlEscaped()));
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    if (action == CaseAction::Dispatch || action == CaseAction::Redispatch) {
        m_department = new QComboBox;
        m_department->setObjectName(QStringLiteral("department"));
        // 29 departments and more: typing any part of a name narrows the list.
        m_department->setEditable(true);
        m_department->setInsertPolicy(QComboBox::NoInsert);
        m_department->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_department->completer()->setFilterMode(Qt::MatchContains);
        m_department->lineEdit()->setPlaceholderText(tr("Type to search the departments"));
        const QString suggested = service.suggestDepartment(row.categoryKey,
                                                            row.responsibilityCode);
        form->addRow(tr("Department:"), m_department);
        m_deadline = new QLabel;
        m_deadline->setObjectName(QStringLiteral("deadlinePreview"));
        form->addRow(tr("Disposal deadline:"), m_deadline);
        setProperty("suggestedDepartment", suggested);
        connect(m_department, &QComboBox::currentIndexChanged, this, &ActionDialog::updateDeadline);
    }
    if (action == CaseAction::RequestPostpone || action == CaseAction::ApprovePostpone) {
        m_hours = new QSpinBox;
        m_hours->setObjectName(QStringLiteral("hours"));
        m_hours->setRange(action == CaseAction::ApprovePostpone ? 0 : 1,
                          service.maxExtensionHours());
        m_hours->setValue(action == CaseAction::ApprovePostpone ? 0 : 4);
        m_hours->setSuffix(tr(" working hours"));
        if (action == CaseAction::ApprovePostpone)
            m_hours->setSpecialValueText(tr("as requested"));
        form->addRow(tr("Extension:"), m_hours);
    }
    if (action == CaseAction::Revisit) {
        // 回访: how the caller judged the result. Nothing is chosen at first: the operator says
        // what the caller said, never a default.
        m_revisitResult = new QComboBox;
        m_revisitResult->setObjectName(QStringLiteral("revisitResult"));
        for (const QString &id : Cases::revisitResults())
            m_revisitResult->addItem(Cases::revisitResultName(id), id);
        m_revisitResult->setCurrentIndex(-1);
        m_revisitResult->setPlaceholderText(tr("Choose what the caller said"));
        //: 回访结果 (满意 / 基本满意 / 不满意)
        form->addRow(tr("Caller's judgement:"), m_revisitResult);
        connect(m_revisitResult, &QComboBox::currentIndexChanged, this, &ActionDialog::revalidate);
    }
    if (action == CaseAction::Feedback) {
        m_result = new QPlainTextEdit;
        m_result->setObjectName(QStringLiteral("result"));
        m_result->setPlaceholderText(tr("What was done (处理结果)"));
        m_result->setTabChangesFocus(true);
        form->addRow(tr("Result:"), m_result);
    }
    if (action == CaseAction::CheckPass || action == CaseAction::CheckFail
        || action == CaseAction::Close) {
        //: 结案标准
        form->addRow(tr("Closing standard:"), closingStandard(service, row));
    }
    if (takesPhotos(action)) {
        m_photos = new PhotoStrip(PhotoStrip::Mode::Editable);
        connect(m_photos, &PhotoStrip::refused, this, &ActionDialog::showError);
        //: 处置后照片 / 核查照片
        form->addRow(action == CaseAction::Feedback || action == CaseAction::SelfDispose
                         ? tr("Photos after:")
                         : tr("Photos:"),
                     m_photos);
    }
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(needsNote(action) ? tr("Required: give the reason")
                                                 : tr("Optional"));
    m_note->setMaximumHeight(120);
    form->addRow(needsNote(action) ? tr("Reason:") : tr("Note:"), m_note);

    m_error = errorLabel();
    layout->addWidget(m_error);
    // A message that no longer holds goes as soon as the field is filled.
    for (QPlainTextEdit *edit : {m_note, m_result}) {
        if (edit)
            connect(edit, &QPlainTextEdit::textChanged, this, &ActionDialog::revalidate);
    }
    if (m_department)
        connect(m_department, &QComboBox::currentTextChanged, this, &ActionDialog::revalidate);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(Core::actionName(action));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Operators work from the keyboard: Ctrl+Enter submits from any field, also the notes.
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &ActionDialog::submit);
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());
}

bool ActionDialog::takesPhotos(CaseAction action)
{
    switch (action) {
    case CaseAction::Feedback:
    case CaseAction::SelfDispose:
    case CaseAction::VerifyConfirm:
    case CaseAction::CheckPass:
    case CaseAction::CheckFail:
        return true;
    default:
        return false;
    }
}

bool ActionDialog::needsNote(CaseAction action)
{
    switch (action) {
    case CaseAction::Reject:
    case CaseAction::VerifyReject:
    case CaseAction::Cancel:
    case CaseAction::RequestReturn:
    case CaseAction::RefuseReturn:
    case CaseAction::RequestPostpone:
    case CaseAction::RefusePostpone:
    case CaseAction::RequestHang:
    case CaseAction::RefuseHang:
    case CaseAction::CheckFail:
    case CaseAction::Supervise:
    case CaseAction::Urge:
    case CaseAction::Reopen:
        return true;
    default:
        return false;
    }
}

void ActionDialog::setDepartments(const QList<Storage::DepartmentRow> &departments)
{
    if (!m_department)
        return;
    const QString suggested = property("suggestedDepartment").toString();
    const QSignalBlocker block(m_department);
    m_department->clear();
    int current = -1;
    for (const Storage::DepartmentRow &d : departments) {
        if (d.id == suggested) {
            //: 建议 (the department the routing table suggests)
            m_department->insertItem(0, tr("%1 (suggested)").arg(d.nameZh), d.id);
            current = 0;
        } else {
            m_department->addItem(d.nameZh, d.id);
        }
    }
    if (current < 0 && m_department->count() > 0)
        current = 0;
    m_department->setCurrentIndex(current);
    updateDeadline();
}

void ActionDialog::updateDeadline()
{
    if (!m_deadline)
        return;
    // The service computes it with the step's own rules; the dialog only shows it.
    Cases::ActionRequest asked = request();
    asked.at = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    auto preview = m_service.previewDeadline(m_row, asked, m_role);
    if (!preview) {
        m_deadline->setText(preview.error().message);
        return;
    }
    if (!preview->stageDeadline.isValid()) {
        m_deadline->setText(tr("no time limit"));
        return;
    }
    QString text = tr("%1 (%2 from now)")
                       .arg(preview->stageDeadline.toTimeZone(m_service.calendar().timeZone())
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            preview->limit.displayText());
    if (preview->beyondKnownCalendar)
        text += tr(" — beyond the known holiday calendar");
    m_deadline->setText(text);
}

Cases::ActionRequest ActionDialog::request() const
{
    Cases::ActionRequest r;
    r.action = m_action;
    r.note = m_note->toPlainText().trimmed();
    if (m_department)
        r.departmentId = m_department->currentData().toString();
    if (m_hours)
        r.extensionHours = m_hours->value();
    if (m_revisitResult)
        r.revisitResult = m_revisitResult->currentData().toString();
    if (m_result) {
        const QString result = m_result->toPlainText().trimmed();
        r.payload.insert(QStringLiteral("result"), result);
        if (r.note.isEmpty())
            r.note = result; // the timeline shows the note: let it say what was done
    }
    if (m_photos)
        r.attachments = m_photos->attachments();
    if (m_now.isValid())
        r.at = m_now;
    return r;
}

QString ActionDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void ActionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString ActionDialog::missingInput() const
{
    QStringList missing;
    if (needsNote(m_action) && m_note->toPlainText().trimmed().isEmpty())
        missing << tr("Give a reason for “%1”.").arg(Core::actionName(m_action));
    if (m_result && m_result->toPlainText().trimmed().isEmpty())
        missing << tr("Describe what was done.");
    if (m_revisitResult && m_revisitResult->currentIndex() < 0)
        missing << tr(
            "Choose what the caller said: satisfied, basically satisfied or unsatisfied.");
    if (m_department
        && (m_department->currentIndex() < 0
            || m_department->currentText() != m_department->itemText(m_department->currentIndex())))
        missing << tr("Choose a department from the list.");
    return missing.join(QLatin1Char(' '));
}

void ActionDialog::revalidate()
{
    if (!m_validating)
        return;
    const QString missing = missingInput();
    m_error->setText(missing);
    m_error->setVisible(!missing.isEmpty());
}

void ActionDialog::submit()
{
    // Every missing field at once; the message then follows the typing.
    m_validating = true;
    if (const QString missing = missingInput(); !missing.isEmpty()) {
        showError(missing);
        if (needsNote(m_action) && m_note->toPlainText().trimmed().isEmpty())
            m_note->setFocus();
        else if (m_result && m_result->toPlainText().trimmed().isEmpty())
            m_result->setFocus();
        return;
    }
    const Result<void> r = m_submit(request());
    if (!r) {
        // The code is for logs and tests; people read the message.
        showError(r.error().message);
        return;
    }
    m_error->clear();
    m_error->hide();
    accept();
}

} // namespace Cc::CasesWidgets
